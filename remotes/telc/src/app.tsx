import { ButtonLink, Notice } from '@czp/design-system';
import { RadioGroup } from '@czp/design-system/forms';
import { defineRemote, useHost, useHostState, usePageTitle, useServicePath, useTranslator } from '@czp/remote-sdk';
import { useState } from 'react';
import { type Application, applicationOf } from './applications.js';
import { ApplyForm } from './apply-form.js';
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

/** The path segment of a situation's online application: /services/telc/<situation>/zadost. */
const APPLY = 'zadost';

/** The data box's form for a new message (the portal's own service). */
const DATA_BOX_COMPOSE = '/services/data-box/compose';

/**
 * The other ways to apply: at the office in person or by a message from the data box. For a situation with an online
 * application they come second; for the others they are the only ways.
 */
function ApplyElsewhere() {
  const { t } = useTranslator(messages);
  const { locale } = useHostState();
  const host = useHost();
  const [before, after] = t('applyDataBox').split('{link}');
  return (
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
  );
}

/** Where to apply: online first where Telč takes the application through the portal, else the office and the data box. */
function HowToApply({ situationId }: { situationId: string }) {
  const { t } = useTranslator(messages);
  const { href, go } = useServicePath();
  const application = applicationOf(situationId);
  if (!application) {
    return (
      <>
        <h3>{t('apply')}</h3>
        <p>{t('applyNotOnline')}</p>
        <ApplyElsewhere />
      </>
    );
  }
  return (
    <>
      <h3>{t('apply')}</h3>
      <p>{t('applyOnline')}</p>
      <p>
        <ButtonLink href={href(`/${situationId}/${APPLY}`)} onNavigate={() => go(`/${situationId}/${APPLY}`)}>
          {t('applyOnlineButton')}
        </ButtonLink>
      </p>
      <p>{t('applyElsewhere')}</p>
      <ApplyElsewhere />
    </>
  );
}

/** The portal's login, coming back to `path` afterwards (a page load: the login is the server's). */
const loginHref = (path: string) => `/auth/login?returnTo=${encodeURIComponent(path)}`;

/** A situation's online application: the form for a signed-in citizen, else the way to log in; the other ways below. */
function ApplicationPage({ application }: { application: Application }) {
  const { t } = useTranslator(messages);
  const { locale, person } = useHostState();
  const { href, go } = useServicePath();
  const here = href(`/${application.situationId}/${APPLY}`);
  usePageTitle(application.name[locale]);
  return (
    <article>
      <p>
        <a
          href={href(`/${application.situationId}`)}
          onClick={(event) => {
            event.preventDefault();
            go(`/${application.situationId}`);
          }}
        >
          {t('backToSituation')}
        </a>
      </p>
      <h2>{application.name[locale]}</h2>
      {person ? (
        <ApplyForm application={application} />
      ) : (
        <Notice kind="info">
          {t('applyLogin')} <a href={loginHref(here)}>{t('applyLoginLink')}</a>
        </Notice>
      )}
      <h3>{t('applyElsewhere')}</h3>
      <ApplyElsewhere />
    </article>
  );
}

function SituationDetail({ id }: { id: string }) {
  const { t, formatNumber } = useTranslator(messages);
  const { locale } = useHostState();
  const { href, go } = useServicePath();
  const situation = findLifeSituation(id);
  // The tab names the situation: "Ohlášení živnosti – Portál občana města Telč – Portál občana".
  usePageTitle(situation ? situation.title[locale] : null);
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
      <HowToApply situationId={situation.id} />
    </article>
  );
}

/** Which page a path below /services/telc is: the list, a situation, or a situation's online application. */
function page(path: string) {
  const [id, sub, ...rest] = path.split('/').filter(Boolean);
  if (!id) return <SituationList />;
  const application = sub === APPLY && rest.length === 0 ? applicationOf(id) : undefined;
  if (application) return <ApplicationPage application={application} />;
  return <SituationDetail id={sub === undefined ? id : ''} />;
}

/** Telč's remote: its life situations, listed and in detail, and two of them as online applications. */
export function TelcPortal() {
  const { path } = useServicePath();
  return <div className="telc">{page(path)}</div>;
}

export default defineRemote(TelcPortal);
