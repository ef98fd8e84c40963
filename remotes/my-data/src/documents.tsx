import { DOCUMENT_EXPIRING_DAYS, type DocumentView, REGISTER_INFO } from '@czp/contract';
import { EmptyState, Notice } from '@czp/design-system';
import { RegisterDataPanel } from '@czp/design-system/content';
import { useTranslator } from '@czp/remote-sdk';
import { useId } from 'react';
import { countKey, messages } from './messages.js';
import { documentKind, formatDay } from './panels.js';
import { paths } from './routes.js';
import { Button, ServiceLink, useLoad, useMyDataApi, ViewHeading } from './shared.js';

const ORDER: Record<DocumentView['kind'], number> = { 'id-card': 0, passport: 1, 'driving-licence': 2 };

/** The DOCUMENTS tab: the citizen's documents known to the state, with their validity in words and in a mark. */
export function DocumentsPage() {
  const { t, locale } = useTranslator(messages);
  const api = useMyDataApi();
  const list = useLoad(() => api.documents(), [api]);

  return (
    <div className="my-data">
      <ViewHeading>{t('documentsTitle')}</ViewHeading>
      <p>{t('documentsLead', { days: DOCUMENT_EXPIRING_DAYS })}</p>
      {list.state === 'loading' && <p>{t('loading')}</p>}
      {list.state === 'failed' && (
        <Notice kind="error" role="alert">
          <p>{t('loadFailed')}</p>
          <Button onClick={list.retry}>{t('retry')}</Button>
        </Notice>
      )}
      {list.state === 'ready' && (
        <>
          {list.data.unavailable.length > 0 && (
            <Notice kind="warning" title={t('documentsUnavailableTitle')}>
              <p>
                {t('documentsUnavailable', {
                  registers: list.data.unavailable.map((r) => REGISTER_INFO[r].name[locale]).join(', '),
                })}
              </p>
              <Button onClick={list.retry}>{t('retry')}</Button>
            </Notice>
          )}
          {list.data.documents.length === 0 ? (
            <EmptyState title={t('noDocumentsTitle')} text={t('noDocuments')} headingLevel={3} />
          ) : (
            <ul className="my-data-documents">
              {[...list.data.documents]
                .sort((a, b) => ORDER[a.kind] - ORDER[b.kind])
                .map((document) => (
                  <li key={`${document.kind}-${document.number}`}>
                    <DocumentCard document={document} />
                  </li>
                ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

function DocumentCard({ document }: { document: DocumentView }) {
  const translator = useTranslator(messages);
  const { t, locale } = translator;
  const titleId = useId();
  const complaint = paths.complaint(document.register, document.register === 'drivers' ? 'licence' : 'documents');
  const state =
    document.state === 'expired'
      ? t(countKey('stateExpired', locale, -document.daysLeft), { days: translator.formatNumber(-document.daysLeft) })
      : document.state === 'expiring'
        ? t(countKey('stateExpiring', locale, document.daysLeft), {
            days: translator.formatNumber(document.daysLeft),
          })
        : t('stateValid');
  return (
    <div className={`my-data-document my-data-document--${document.state}`}>
      <RegisterDataPanel
        as="article"
        title={documentKind(translator, document.kind)}
        headingLevel={3}
        titleId={titleId}
        emptyText={t('empty')}
        lead={
          <p
            className={`my-data-state my-data-state--${document.state === 'valid' ? 'ok' : document.state === 'expiring' ? 'wait' : 'bad'}`}
          >
            {/* The mark repeats the words' meaning in a shape; the words carry it alone for screen readers. */}
            <span aria-hidden="true" className="my-data-state__mark">
              {document.state === 'valid' ? '✓' : document.state === 'expiring' ? '!' : '✕'}
            </span>{' '}
            {state}
          </p>
        }
        rows={[
          { label: t('documentNumber'), value: document.number },
          {
            label: t('issuedOn'),
            value: formatDay(translator, document.issuedOn),
            dateTime: document.issuedOn,
          },
          {
            label: t('validUntil'),
            value: formatDay(translator, document.validUntil),
            dateTime: document.validUntil,
          },
          { label: t('issuer'), value: document.issuer[locale] },
          { label: t('source'), value: REGISTER_INFO[document.register].name[locale] },
        ]}
      >
        <p>
          <ServiceLink to={complaint} describedBy={titleId}>
            {t('complaint')}
          </ServiceLink>
        </p>
      </RegisterDataPanel>
    </div>
  );
}
