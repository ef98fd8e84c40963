import type { AgendaRecord } from '@czp/contract';
import { Notice } from '@czp/design-system';
import { RegisterDataPanel } from '@czp/design-system/content';
import { useTranslator } from '@czp/remote-sdk';
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
  return (
    <RegisterDataPanel
      as="article"
      title={agenda.name[locale]}
      headingLevel={3}
      emptyText={t('empty')}
      rows={[
        { label: t('agendaCode'), value: agenda.code },
        { label: t('agendaAdministrator'), value: agenda.administrator[locale] },
        {
          label: t('agendaHolds'),
          content:
            agenda.holds.length === 0 ? (
              t('empty')
            ) : (
              <ul className="my-data-plain-list">
                {agenda.holds.map((what) => (
                  <li key={what.cs}>{what[locale]}</li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}
