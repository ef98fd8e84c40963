import { SUBMISSION_STATES, type SubmissionState, type SubmissionSummary } from '@czp/contract';
import { EmptyState, Notice } from '@czp/design-system';
import { SubmissionStatus } from '@czp/design-system/content';
import { SelectField } from '@czp/design-system/forms';
import { useServicePath, useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { isState, type ListQuery, listSearch } from './api.js';
import { messages } from './messages.js';
import { stateName, summarySteps } from './progress.js';
import { paths } from './routes.js';
import { Button, ServiceLink, useLoad, useNavigate, useSubmissionsApi, ViewHeading } from './shared.js';

/** The portal's catalogue of services (the shell's SERVICES_PATH): where a submission is made. */
const CATALOGUE = '/services';

/** PODÁNÍ: every submission of the citizen across all services, newest first (the server's order), with filters. */
export function ListPage({ query }: { query: ListQuery }) {
  const translator = useTranslator(messages);
  const { t, locale } = translator;
  const api = useSubmissionsApi();
  const key = listSearch(query);
  const list = useLoad(() => api.list(query), [api, key]);
  const everything = useEverything(key, list.state === 'ready' ? list.data.submissions : null);
  return (
    <div className="submissions">
      <ViewHeading>{t('listTitle')}</ViewHeading>
      <p>{t('listLead')}</p>
      {(key || everything.length > 0) && <Filters query={query} services={servicesOf(everything, query, locale)} />}
      {list.state === 'loading' && <p role="status">{t('loading')}</p>}
      {list.state === 'failed' && (
        <Notice kind="error" role="alert">
          <p>{t('loadFailed')}</p>
          <Button onClick={list.retry}>{t('retry')}</Button>
        </Notice>
      )}
      {list.state === 'ready' && <Results submissions={list.data.submissions} filtered={key !== ''} />}
    </div>
  );
}

/**
 * Every submission of the citizen, for the services to filter by: the list itself when it is not filtered, else the
 * unfiltered list asked once (a filtered list names only the services it holds).
 */
function useEverything(key: string, shown: readonly SubmissionSummary[] | null): readonly SubmissionSummary[] {
  const api = useSubmissionsApi();
  const [fetched, setFetched] = useState<readonly SubmissionSummary[]>([]);
  const filtered = key !== '';
  useEffect(() => {
    if (!filtered) return;
    let cancelled = false;
    void api.list({}).then((result) => {
      if (!cancelled && result.ok) setFetched(result.data.submissions);
    });
    return () => {
      cancelled = true;
    };
  }, [api, filtered]);
  return filtered ? fetched : (shown ?? fetched);
}

function servicesOf(submissions: readonly SubmissionSummary[], query: ListQuery, locale: 'cs' | 'en') {
  const names = new Map<string, string>();
  for (const submission of submissions) names.set(submission.serviceId, submission.serviceName[locale]);
  // A service in the address the citizen has nothing from stays selectable, so the field shows what filters the list.
  if (query.service && !names.has(query.service)) names.set(query.service, query.service);
  return [...names].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, locale));
}

function Results({ submissions, filtered }: { submissions: readonly SubmissionSummary[]; filtered: boolean }) {
  const { t, formatNumber } = useTranslator(messages);
  const { href } = useServicePath();
  const navigate = useNavigate();
  if (submissions.length === 0) {
    if (filtered) return <p role="status">{t('emptyFiltered')}</p>;
    return (
      <EmptyState
        title={t('emptyTitle')}
        text={t('emptyText')}
        headingLevel={3}
        action={{ href: CATALOGUE, label: t('emptyLink'), onNavigate: navigate }}
      />
    );
  }
  const countId = `${href('/')}-count`;
  return (
    <>
      <p id={countId} role="status">
        {t('listCount', { count: formatNumber(submissions.length) })}
      </p>
      <ul className="submissions-list" aria-labelledby={countId}>
        {submissions.map((submission) => (
          <li key={submission.id}>
            <Item submission={submission} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Item({ submission }: { submission: SubmissionSummary }) {
  const translator = useTranslator(messages);
  const { t, locale, formatDate } = translator;
  return (
    <article className="submissions-item">
      <h3>
        <ServiceLink to={paths.detail(submission.id)}>{submission.typeName[locale]}</ServiceLink>
      </h3>
      <dl className="submissions-facts">
        <div>
          <dt>{t('fieldReference')}</dt>
          <dd>{submission.reference}</dd>
        </div>
        <div>
          <dt>{t('fieldService')}</dt>
          <dd>{submission.serviceName[locale]}</dd>
        </div>
        <div>
          <dt>{t('fieldSubmitted')}</dt>
          <dd>
            <time dateTime={submission.submittedAt}>{formatDate(submission.submittedAt, { dateStyle: 'long' })}</time>
          </dd>
        </div>
        <div>
          <dt>{t('fieldState')}</dt>
          <dd>
            <strong>{stateName(submission.state, locale)}</strong>
          </dd>
        </div>
      </dl>
      <SubmissionStatus
        size="s"
        className="submissions-progress"
        label={t('progressLabel', { reference: submission.reference })}
        steps={summarySteps(submission, translator)}
        stateLabels={{
          done: t('stateDone'),
          current: t('stateCurrent'),
          upcoming: t('stateUpcoming'),
          rejected: t('stateRejected'),
        }}
      />
    </article>
  );
}

/**
 * The filters as a GET form (its action is the list's address, so it works as a plain form too): Enter or the button
 * applies them through the portal's navigation, the address keeps them, back brings the previous ones.
 */
function Filters({ query, services }: { query: ListQuery; services: { value: string; label: string }[] }) {
  const { t, locale } = useTranslator(messages);
  const { href, go } = useServicePath();
  const id = useId();
  const [service, setService] = useState(query.service ?? '');
  const [state, setState] = useState<string>(query.state ?? '');

  // The address changed (back, forward, clearing): the fields show its filters.
  const search = listSearch(query);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query's text says when it changed
  useEffect(() => {
    setService(query.service ?? '');
    setState(query.state ?? '');
  }, [search]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: ListQuery = {};
    if (service) next.service = service;
    if (isState(state)) next.state = state;
    go(paths.list(next));
  };

  return (
    <form
      className="submissions-filters"
      method="get"
      action={href('/')}
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t('filtersTitle')}</h3>
      <div className="submissions-filters__fields">
        <SelectField
          id={`${id}-service`}
          name="service"
          label={t('filterService')}
          placeholder={t('filterAllServices')}
          options={services}
          value={service}
          onChange={(event) => setService(event.target.value)}
        />
        <SelectField
          id={`${id}-state`}
          name="state"
          label={t('filterState')}
          placeholder={t('filterAllStates')}
          options={SUBMISSION_STATES.map((value: SubmissionState) => ({ value, label: stateName(value, locale) }))}
          value={state}
          onChange={(event) => setState(event.target.value)}
        />
      </div>
      <div className="submissions-row">
        <Button type="submit" variant="primary">
          {t('filterApply')}
        </Button>
        {search && <ServiceLink to={paths.list()}>{t('filterClear')}</ServiceLink>}
      </div>
    </form>
  );
}
