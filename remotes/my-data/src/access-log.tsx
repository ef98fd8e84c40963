import {
  ACCESS_LOG_LIMITS,
  type AccessLogEntry,
  type AccessLogQuery,
  type Locale,
  PORTAL_READERS,
  REGISTER_INFO,
  REGISTER_ITEM_LABELS,
  REGISTERS,
} from '@czp/contract';
import { Notice } from '@czp/design-system';
import { ErrorSummary, SelectField, TextField } from '@czp/design-system/forms';
import { useServicePath, useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { accessLogExportHref, accessLogSearch } from './api.js';
import { type MessageKey, messages } from './messages.js';
import { paths } from './routes.js';
import { Button, ServiceLink, useLoad, useMyDataApi, ViewHeading } from './shared.js';

type Translate = ReturnType<typeof useTranslator<MessageKey>>;

const REFUSALS: Record<string, MessageKey> = {
  'undeclared-read': 'refusal_undeclared',
  'service-not-added': 'refusal_notAdded',
  'consent-required': 'refusal_consent',
  'access-log-unavailable': 'refusal_logUnavailable',
  'register-unavailable': 'refusal_registerUnavailable',
};

const logPath = (query: AccessLogQuery) => `${paths.accessLog}${accessLogSearch(query)}`;

/** WHO USED MY DATA: every read of the citizen's data, newest first, with filters, pages and exports. */
export function AccessLogPage({ query }: { query: AccessLogQuery }) {
  const translator = useTranslator(messages);
  const { t, locale } = translator;
  const api = useMyDataApi();
  const key = accessLogSearch(query);
  const log = useLoad(() => api.accessLog(query), [api, key]);

  return (
    <div className="my-data">
      <ViewHeading>{t('accessLogTitle')}</ViewHeading>
      <p>{t('accessLogLead')}</p>
      <p className="my-data-note">{t('accessLogRetention', { years: Math.round(ACCESS_LOG_LIMITS.keepDays / 366) })}</p>
      <Filters query={query} />
      <p className="my-data-row">
        <a href={accessLogExportHref('csv', query, locale)} download>
          {t('exportCsv')}
        </a>
        <a href={accessLogExportHref('pdf', query, locale)} download>
          {t('exportPdf')}
        </a>
      </p>
      {log.state === 'loading' && <p>{t('loading')}</p>}
      {log.state === 'failed' && (
        <Notice kind="error" role="alert">
          <p>{t('loadFailed')}</p>
          <Button onClick={log.retry}>{t('retry')}</Button>
        </Notice>
      )}
      {log.state === 'ready' && (
        <>
          {log.data.unavailable.length > 0 && (
            <Notice kind="warning">
              {t('accessLogUnavailable', {
                registers: log.data.unavailable.map((r) => REGISTER_INFO[r].name[locale]).join(', '),
              })}
            </Notice>
          )}
          {log.data.entries.length === 0 ? (
            <p>{t(key ? 'accessLogEmptyFiltered' : 'accessLogEmpty')}</p>
          ) : (
            <div className="my-data-table-wrap">
              <table className="my-data-table">
                <caption>
                  {t('accessLogCaption', {
                    total: translator.formatNumber(log.data.total),
                    page: translator.formatNumber(log.data.page),
                    pages: translator.formatNumber(Math.max(1, Math.ceil(log.data.total / log.data.pageSize))),
                  })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('colWhen')}</th>
                    <th scope="col">{t('colWho')}</th>
                    <th scope="col">{t('colRegister')}</th>
                    <th scope="col">{t('colItems')}</th>
                    <th scope="col">{t('colPurpose')}</th>
                    <th scope="col">{t('colOutcome')}</th>
                  </tr>
                </thead>
                <tbody>
                  {log.data.entries.map((entry) => (
                    <EntryRow key={entry.id} entry={entry} translator={translator} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination query={query} page={log.data.page} pages={Math.ceil(log.data.total / log.data.pageSize)} />
        </>
      )}
    </div>
  );
}

function itemText(locale: Locale, entry: AccessLogEntry): string {
  const labels: Record<string, { cs: string; en: string } | undefined> = REGISTER_ITEM_LABELS[entry.register];
  return entry.items.map((item) => (entry.source === 'portal' ? (labels[item]?.[locale] ?? item) : item)).join(', ');
}

/** Why the bus refused a read, in the citizen's words (an unknown code as it came). */
function refusalText({ t }: Translate, refusal: string | undefined): string {
  if (!refusal) return '';
  const key = REFUSALS[refusal];
  return key ? t(key) : refusal;
}

function EntryRow({ entry, translator }: { entry: AccessLogEntry; translator: Translate }) {
  const { t, locale } = translator;
  const outcome =
    entry.outcome === 'ok'
      ? t('outcome_ok')
      : entry.outcome === 'failed'
        ? t('outcome_failed')
        : t('outcome_refused', {
            reason: refusalText(translator, entry.refusal),
          });
  return (
    <tr className={entry.outcome === 'refused' ? 'my-data-table__refused' : undefined}>
      <td>
        <time dateTime={entry.at}>{translator.formatDate(entry.at, { dateStyle: 'medium', timeStyle: 'short' })}</time>
      </td>
      <td>
        {entry.reader.name[locale]} <span className="my-data-table__kind">{t(`readerKind_${entry.reader.kind}`)}</span>
      </td>
      <td>{REGISTER_INFO[entry.register].name[locale]}</td>
      <td>{itemText(locale, entry)}</td>
      <td>{entry.purpose[locale]}</td>
      <td>
        {entry.outcome === 'refused' ? <strong>{outcome}</strong> : outcome}{' '}
        {entry.source === 'register' && <span className="my-data-table__kind">{t('sourceRegisterRecord')}</span>}
      </td>
    </tr>
  );
}

type FilterField = 'register' | 'reader' | 'from' | 'to';
const FILTER_FIELDS: readonly FilterField[] = ['register', 'reader', 'from', 'to'];

/** The filters as a GET form: Enter submits, the address keeps them, the back button brings the last ones back. */
function Filters({ query }: { query: AccessLogQuery }) {
  const { t, locale } = useTranslator(messages);
  const { href, go } = useServicePath();
  const id = useId();
  const [register, setRegister] = useState<string>(query.register ?? '');
  const [reader, setReader] = useState(query.reader ?? '');
  const [from, setFrom] = useState(query.from ?? '');
  const [to, setTo] = useState(query.to ?? '');
  const [errors, setErrors] = useState<Partial<Record<FilterField, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const fieldId = (field: FilterField) => `${id}-${field}`;

  // The address changed (back, forward, a page link, clearing): the fields show its filters. Not a remount, so the
  // focus stays on the button that submitted them.
  const search = accessLogSearch(query, { withPage: false });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query's text says when it changed
  useEffect(() => {
    setRegister(query.register ?? '');
    setReader(query.reader ?? '');
    setFrom(query.from ?? '');
    setTo(query.to ?? '');
    setErrors({});
  }, [search]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<FilterField, string>> = {};
    const day = /^\d{4}-\d{2}-\d{2}$/;
    if (from && !day.test(from)) found.from = t('errorDate');
    if (to && !day.test(to)) found.to = t('errorDate');
    if (!found.from && !found.to && from && to && from > to) found.to = t('errorPeriod');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt(attempt + 1);
      return;
    }
    const next: AccessLogQuery = {};
    if (register) next.register = register as AccessLogQuery['register'] & string;
    if (reader) next.reader = reader;
    if (from) next.from = from;
    if (to) next.to = to;
    go(logPath(next));
  };

  return (
    <form
      className="my-data-filters"
      method="get"
      action={href(paths.accessLog)}
      noValidate
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t('filtersTitle')}</h3>
      <ErrorSummary
        title={t('errorSummary')}
        headingLevel={4}
        focusKey={attempt}
        errors={FILTER_FIELDS.flatMap((field) => {
          const text = errors[field];
          return text ? [{ fieldId: fieldId(field), text }] : [];
        })}
      />
      <div className="my-data-filters__fields">
        <SelectField
          id={fieldId('register')}
          name="register"
          label={t('filterRegister')}
          placeholder={t('filterAllRegisters')}
          options={REGISTERS.map((r) => ({ value: r, label: REGISTER_INFO[r].name[locale] }))}
          value={register}
          onChange={(event) => setRegister(event.target.value)}
        />
        <SelectField
          id={fieldId('reader')}
          name="reader"
          label={t('filterReader')}
          placeholder={t('filterAllReaders')}
          options={[
            {
              group: t('filterReaderKinds'),
              options: (['portal', 'service', 'authority'] as const).map((kind) => ({
                value: kind,
                label: t(`readerKindFilter_${kind}`),
              })),
            },
            {
              group: t('filterPortalSections'),
              options: (Object.keys(PORTAL_READERS) as (keyof typeof PORTAL_READERS)[]).map((section) => ({
                value: section,
                label: PORTAL_READERS[section][locale],
              })),
            },
          ]}
          value={reader}
          onChange={(event) => setReader(event.target.value)}
        />
        <TextField
          id={fieldId('from')}
          name="from"
          type="date"
          label={t('filterFrom')}
          width="m"
          value={from}
          error={errors.from}
          onChange={(event) => setFrom(event.target.value)}
        />
        <TextField
          id={fieldId('to')}
          name="to"
          type="date"
          label={t('filterTo')}
          width="m"
          value={to}
          error={errors.to}
          onChange={(event) => setTo(event.target.value)}
        />
      </div>
      <div className="my-data-row">
        <Button type="submit" variant="primary">
          {t('filter')}
        </Button>
        {(query.register || query.reader || query.from || query.to) && (
          <ServiceLink to={paths.accessLog}>{t('filterClear')}</ServiceLink>
        )}
      </div>
    </form>
  );
}

function Pagination({ query, page, pages }: { query: AccessLogQuery; page: number; pages: number }) {
  const { t, formatNumber } = useTranslator(messages);
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('pagination')} className="my-data-row">
      {page > 1 && <ServiceLink to={logPath({ ...query, page: page - 1 })}>{t('previous')}</ServiceLink>}
      <span>{t('pageOf', { page: formatNumber(page), pages: formatNumber(pages) })}</span>
      {page < pages && <ServiceLink to={logPath({ ...query, page: page + 1 })}>{t('next')}</ServiceLink>}
    </nav>
  );
}
