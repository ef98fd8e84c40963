import { RadioGroup } from '@czp/design-system/forms';
import { defineRemote, useHostState, useServicePath } from '@czp/remote-sdk';
import { Suspense, use, useDeferredValue, useState } from 'react';
import { LIFE_SITUATIONS, type LifeSituation } from './life-situations.js';
import { loadListMessages, ShownLocaleContext, useListMessages } from './messages.js';
import './telc.css';

/**
 * The first load is the list of life situations (in Czech; English is fetched when chosen). A situation's page and
 * the application form are chunks of their own, fetched from this remote's folder when first shown.
 */
function chunk<T>(load: () => Promise<T>) {
  let module: T | undefined;
  let loading: Promise<T> | undefined;
  const preload = (): Promise<T> => {
    loading ??= load().then(
      (loaded) => {
        module = loaded;
        return loaded;
      },
      (error: unknown) => {
        // Tried again on the next render (the shell's retry remounts the remote).
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  // Once loaded the module is read at once: no Suspense fallback for a chunk already there.
  return { preload, read: (): T => module ?? use(preload()) };
}

const situationChunk = chunk(() => import('./situation.js'));
const applicationChunk = chunk(() => import('./application-page.js'));

/** Every chunk at hand, as the tests render synchronously. */
export function preloadTelc(): Promise<unknown> {
  return Promise.all([situationChunk.preload(), applicationChunk.preload(), loadListMessages('en')]);
}

/** The path segment of a situation's online application: /services/telc/<situation>/zadost. */
const APPLY = 'zadost';

function SituationPage({ id }: { id: string }) {
  const { SituationDetail } = situationChunk.read();
  return <SituationDetail id={id} />;
}

function ApplicationPage({ situationId }: { situationId: string }) {
  const { ApplicationRoute } = applicationChunk.read();
  return <ApplicationRoute situationId={situationId} />;
}

const LOADING = { cs: 'Načítá se…', en: 'Loading…' } as const;

type Area = 'all' | LifeSituation['area'];

function SituationList() {
  const { t, formatNumber, locale } = useListMessages();
  const { href, go } = useServicePath();
  const [area, setArea] = useState<Area>('all');
  const shown = LIFE_SITUATIONS.filter((s) => area === 'all' || s.area === area);
  const areas: { value: Area; label: string }[] = [
    { value: 'all', label: t('areaAll') },
    { value: 'civil', label: t('areaCivil') },
    { value: 'business', label: t('areaBusiness') },
  ];
  return (
    <>
      <h2>{t('title')}</h2>
      <p>{t('lead')}</p>
      <RadioGroup
        className="telc-filter"
        legend={t('areaFilter')}
        name="telc-area"
        inline
        options={areas}
        value={area}
        onChange={(value) => setArea(value as Area)}
      />
      <p role="status">{t('count', { count: formatNumber(shown.length) })}</p>
      <ul className="telc-situations">
        {shown.map((s) => (
          <li key={s.id}>
            <a
              href={href(`/${s.id}`)}
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                go(`/${s.id}`);
              }}
            >
              {s.title[locale]}
            </a>
            <p>{s.summary[locale]}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Which page a path below /services/telc is: the list, a situation, or a situation's online application. */
function page(path: string) {
  const [id, sub, ...rest] = path.split('/').filter(Boolean);
  if (!id) return <SituationList />;
  if (sub === APPLY && rest.length === 0) return <ApplicationPage situationId={id} />;
  return <SituationPage id={sub === undefined ? id : ''} />;
}

/**
 * Telč's remote: its life situations, listed and in detail, and two of them as online applications. A new page or
 * language is drawn once its chunk is there: until then the previous one stays (useDeferredValue), so navigating or
 * switching the language shows no loading text and never mixes two pages or languages.
 */
export function TelcPortal() {
  const { path } = useServicePath();
  const { locale } = useHostState();
  const shownPath = useDeferredValue(path);
  const shownLocale = useDeferredValue(locale);
  return (
    <ShownLocaleContext.Provider value={shownLocale}>
      <div className="telc">
        <Suspense fallback={<p>{LOADING[locale]}</p>}>{page(shownPath)}</Suspense>
      </div>
    </ShownLocaleContext.Provider>
  );
}

export default defineRemote(TelcPortal);
