import { RadioGroup } from '@czp/design-system/forms';
import { defineRemote, useHost, useHostState, useServicePath, useTranslator } from '@czp/remote-sdk';
import { useState } from 'react';
import { findLifeSituation, LIFE_SITUATIONS, type LifeSituation, TELC_OFFICE } from './life-situations.js';
import { messages } from './messages.js';
import './telc.css';

type Area = 'all' | LifeSituation['area'];

function SituationList() {
  const { t, formatNumber } = useTranslator(messages);
  const { locale } = useHostState();
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

/** The data box's form for a new message (the portal's own service). */
const DATA_BOX_COMPOSE = '/services/data-box/compose';

/**
 * Where to apply. The portal takes no applications for Telč yet (the submissions feature brings them), so the page
 * says so and gives the office and the data box instead of promising an online form.
 */
function HowToApply() {
  const { t } = useTranslator(messages);
  const { locale } = useHostState();
  const host = useHost();
  const [before, after] = t('applyDataBox').split('{link}');
  return (
    <>
      <h3>{t('apply')}</h3>
      <p>{t('applyNotOnline')}</p>
      <ul>
        <li>{t('applyInPerson', { office: TELC_OFFICE.name[locale], address: TELC_OFFICE.address })}</li>
        <li>
          {before}
          <a
            href={DATA_BOX_COMPOSE}
            onClick={(event) => {
              if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
              event.preventDefault();
              host.navigate(DATA_BOX_COMPOSE);
            }}
          >
            {t('applyDataBoxLink')}
          </a>
          {after}
        </li>
      </ul>
    </>
  );
}

function SituationDetail({ id }: { id: string }) {
  const { t, formatNumber } = useTranslator(messages);
  const { locale } = useHostState();
  const { href, go } = useServicePath();
  const situation = findLifeSituation(id);
  const back = (
    <a
      href={href('/')}
      onClick={(event) => {
        event.preventDefault();
        go('/');
      }}
    >
      {t('back')}
    </a>
  );
  if (!situation) {
    return (
      <>
        <h2>{t('title')}</h2>
        <p>{t('notFound')}</p>
        <p>{back}</p>
      </>
    );
  }
  return (
    <article>
      <p>{back}</p>
      <h2>{situation.title[locale]}</h2>
      <p>{situation.summary[locale]}</p>
      <h3>{t('documents')}</h3>
      <ul>
        {situation.documents.map((d) => (
          <li key={d.en}>{d[locale]}</li>
        ))}
      </ul>
      <h3>{t('fee')}</h3>
      <p>
        {situation.feeCzk === 0
          ? t('free')
          : formatNumber(situation.feeCzk, { style: 'currency', currency: 'CZK', maximumFractionDigits: 0 })}
      </p>
      <h3>{t('office')}</h3>
      <p>{situation.office[locale]}</p>
      <HowToApply />
    </article>
  );
}

/** Telč's remote: its life situations, listed and in detail, routed below /services/telc. */
export function TelcPortal() {
  const { path } = useServicePath();
  const id = path.slice(1);
  return <div className="telc">{id ? <SituationDetail id={id} /> : <SituationList />}</div>;
}

export default defineRemote(TelcPortal);
