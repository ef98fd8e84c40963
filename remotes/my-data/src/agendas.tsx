import type { AgendaRecord } from '@czp/contract';
import { Notice } from '@czp/design-system';
import { useTranslator } from '@czp/remote-sdk';
import { useId } from 'react';
import { messages } from './messages.js';
import { paths } from './routes.js';
import { Button, ServiceLink, useLoad, useMyDataApi, ViewHeading } from './shared.js';

/** WHERE THE STATE KEEPS MY DATA: the agendas of the register of rights and obligations that hold the citizen's data. */
export function AgendasPage() {
  const { t } = useTranslator(messages);
  const api = useMyDataApi();
  const list = useLoad(() => api.agendas(), [api]);

  return (
    <div className="my-data">
      <ViewHeading>{t('agendasTitle')}</ViewHeading>
      <p>{t('agendasPageLead')}</p>
      {list.state === 'loading' && <p>{t('loading')}</p>}
      {list.state === 'failed' && (
        <Notice kind="error" role="alert">
          <p>{t('loadFailed')}</p>
          <Button onClick={list.retry}>{t('retry')}</Button>
        </Notice>
      )}
      {list.state === 'ready' &&
        (list.data.agendas.length === 0 ? (
          <p>{t('agendasEmpty')}</p>
        ) : (
          <ul className="my-data-agendas">
            {list.data.agendas.map((agenda) => (
              <li key={agenda.code}>
                <Agenda agenda={agenda} />
              </li>
            ))}
          </ul>
        ))}
      <p>
        <ServiceLink to={paths.accessLog}>{t('whoUsedLink')}</ServiceLink>
      </p>
    </div>
  );
}

function Agenda({ agenda }: { agenda: AgendaRecord }) {
  const { t, locale } = useTranslator(messages);
  const titleId = useId();
  return (
    <article className="czp-register-data-panel" aria-labelledby={titleId}>
      <h3 id={titleId} className="czp-register-data-panel__title">
        {agenda.name[locale]}
      </h3>
      <dl className="czp-register-data-panel__rows">
        <div className="czp-register-data-panel__row">
          <dt>{t('agendaCode')}</dt>
          <dd>{agenda.code}</dd>
        </div>
        <div className="czp-register-data-panel__row">
          <dt>{t('agendaAdministrator')}</dt>
          <dd>{agenda.administrator[locale]}</dd>
        </div>
        <div className="czp-register-data-panel__row">
          <dt>{t('agendaHolds')}</dt>
          <dd>
            {agenda.holds.length === 0 ? (
              t('empty')
            ) : (
              <ul className="my-data-plain-list">
                {agenda.holds.map((what) => (
                  <li key={what.cs}>{what[locale]}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </article>
  );
}
