import { ButtonLink } from '@czp/design-system';
import { createTranslator, useHost, usePageTitle, useServicePath } from '@czp/remote-sdk';
import { findLifeSituation } from './life-situations.js';
import { useListMessages, useShownLocale } from './messages.js';
import { ONLINE_APPLICATIONS, SITUATION_DETAILS, TELC_OFFICE } from './situation-details.js';
import { situationMessages } from './situation-messages.js';

/** A life situation's page and the application page's frame: a chunk of its own, loaded when one is first shown. */

/** The path segment of a situation's online application: /services/telc/<situation>/zadost. */
export const APPLY = 'zadost';

/** The data box's form for a new message (the portal's own service). */
const DATA_BOX_COMPOSE = '/services/data-box/compose';

export function useSituationMessages() {
  return createTranslator(situationMessages, useShownLocale());
}

/**
 * The other ways to apply: at the office in person or by a message from the data box. For a situation with an online
 * application they come second; for the others they are the only ways.
 */
export function ApplyElsewhere() {
  const { t, locale } = useSituationMessages();
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
  const { t } = useSituationMessages();
  const { href, go } = useServicePath();
  if (!ONLINE_APPLICATIONS.has(situationId)) {
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

export function SituationDetail({ id }: { id: string }) {
  const list = useListMessages();
  const { t, formatNumber, locale } = useSituationMessages();
  const { href, go } = useServicePath();
  const situation = findLifeSituation(id);
  const details = situation && SITUATION_DETAILS[situation.id];
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
  if (!situation || !details) {
    return (
      <>
        <h2>{list.t('title')}</h2>
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
        {details.documents.map((d) => (
          <li key={d.en}>{d[locale]}</li>
        ))}
      </ul>
      <h3>{t('fee')}</h3>
      <p>
        {details.feeCzk === 0
          ? t('free')
          : formatNumber(details.feeCzk, { style: 'currency', currency: 'CZK', maximumFractionDigits: 0 })}
      </p>
      <h3>{t('office')}</h3>
      <p>{details.office[locale]}</p>
      <HowToApply situationId={situation.id} />
    </article>
  );
}
