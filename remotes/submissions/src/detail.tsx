import type { SubmissionAttachment, SubmissionDetail } from '@czp/contract';
import { EmptyState, isPlainLeftClick, Notice } from '@czp/design-system';
import { AttachmentList, MessageList, SubmissionStatus } from '@czp/design-system/content';
import { useHost, useServicePath, useTranslator } from '@czp/remote-sdk';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { attachmentHref, useDetailApi } from './detail-api.js';
import { countKey, detailMessages as messages } from './detail-messages.js';
import { dataRows, formatSize } from './format.js';
import { historySteps } from './history-steps.js';
import { stateName } from './progress.js';
import { paths } from './routes.js';
import { Button, ServiceLink, useLoad, useNavigate, ViewHeading } from './shared.js';
import { type Outcome, SupplementForm } from './supplement.js';
import { WithdrawPanel } from './withdraw.js';

/** A message in the data box remote (remotes/data-box/src/routes.ts: `/message/:id`; its page shows the conversation). */
const dataBoxMessage = (id: string) => `/services/data-box/message/${encodeURIComponent(id)}`;

/** A link to another part of the portal (a message in the data box): a real href, no page load. */
function PortalLink({ href, children }: { href: string; children: ReactNode }) {
  const host = useHost();
  return (
    <a
      href={href}
      onClick={(event) => {
        if (!isPlainLeftClick(event)) return;
        event.preventDefault();
        host.navigate(href);
      }}
    >
      {children}
    </a>
  );
}

/** What the last action said: its words, or that the submission had moved on (said with the state it is in now). */
type Flash = { kind: 'success' | 'error'; text: string } | { kind: 'conflict' } | null;

/** One submission: its summary and progress, the data, files, history, the conversation and what can be done now. */
export function DetailPage({ id }: { id: string }) {
  const { t } = useTranslator(messages);
  const api = useDetailApi();
  const { href } = useServicePath();
  const navigate = useNavigate();
  const detail = useLoad(() => api.detail(id), [api, id]);
  const [flash, setFlash] = useState<Flash>(null);
  // While it loads again after an action, the page keeps showing what it showed (no jump to "loading…").
  const last = useRef<SubmissionDetail | null>(null);
  if (detail.state === 'ready') last.current = detail.data;
  else if (detail.state === 'failed' || last.current?.id !== id) last.current = null;

  // Another submission (a link from the list): nothing said about the previous one is kept.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the id says when
  useEffect(() => setFlash(null), [id]);

  const onOutcome = (outcome: Outcome) => {
    if (outcome.kind === 'done') setFlash({ kind: 'success', text: outcome.text });
    if (outcome.kind === 'gone') setFlash({ kind: 'error', text: t('errorGone') });
    if (outcome.kind === 'conflict') setFlash({ kind: 'conflict' });
    // Whatever happened, the server's state is the truth: load it again.
    detail.retry();
  };

  if (detail.state === 'failed') {
    if (detail.problem.status === 404) {
      return (
        <>
          {flash && flash.kind !== 'conflict' && <FlashNotice flash={flash} />}
          <EmptyState
            title={t('notFoundTitle')}
            text={t('notFoundText')}
            action={{ href: href(paths.list()), label: t('backToList'), onNavigate: navigate }}
          />
        </>
      );
    }
    return (
      <Notice kind="error" role="alert">
        <p>{t('loadFailed')}</p>
        <Button onClick={detail.retry}>{t('retry')}</Button>
      </Notice>
    );
  }
  if (!last.current) return <p role="status">{t('loading')}</p>;
  // A new version of the submission (its last change) starts the forms anew.
  // What the last action said is shown with the state it led to, not over the stale page while that loads.
  const said = detail.state === 'ready' && detail.fresh ? flash : null;
  return <Detail key={last.current.updatedAt} submission={last.current} flash={said} onOutcome={onOutcome} />;
}

function FlashNotice({ flash }: { flash: { kind: 'success' | 'error'; text: string } }) {
  return (
    <Notice kind={flash.kind} role={flash.kind === 'error' ? 'alert' : 'status'}>
      <p>{flash.text}</p>
    </Notice>
  );
}

function Detail({
  submission,
  flash,
  onOutcome,
}: {
  submission: SubmissionDetail;
  flash: Flash;
  onOutcome: (outcome: Outcome) => void;
}) {
  const translator = useTranslator(messages);
  const { t, locale, formatDate } = translator;
  const id = useId();
  const date = (iso: string) => formatDate(iso, { dateStyle: 'long', timeStyle: 'short' });
  const shown =
    flash?.kind === 'conflict'
      ? { kind: 'error' as const, text: t('errorConflict', { state: stateName(submission.state, locale) }) }
      : flash;
  return (
    <div className="submissions">
      <ViewHeading>{submission.typeName[locale]}</ViewHeading>
      <p>{t('detailLead', { service: submission.serviceName[locale], reference: submission.reference })}</p>
      {shown && <FlashNotice flash={shown} />}

      <section className="submissions-panel" aria-labelledby={`${id}-summary`}>
        <h3 id={`${id}-summary`}>{t('summaryTitle')}</h3>
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
            <dt>{t('fieldIssuer')}</dt>
            <dd>{submission.issuer.name[locale]}</dd>
          </div>
          <div>
            <dt>{t('fieldSubmitted')}</dt>
            <dd>
              <time dateTime={submission.submittedAt}>{date(submission.submittedAt)}</time>
            </dd>
          </div>
          <div>
            <dt>{t('fieldUpdated')}</dt>
            <dd>
              <time dateTime={submission.updatedAt}>{date(submission.updatedAt)}</time>
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
          label={t('progressLabel', { reference: submission.reference })}
          steps={historySteps(submission.history, translator)}
          stateLabels={{
            done: t('stateDone'),
            current: t('stateCurrent'),
            upcoming: t('stateUpcoming'),
            rejected: t('stateRejected'),
          }}
        />
      </section>

      {submission.actions.supplement && <SupplementForm submission={submission} onOutcome={onOutcome} />}

      <DataSection submission={submission} />
      <AttachmentList
        title={t('attachmentsTitle')}
        headingLevel={3}
        emptyText={t('attachmentsEmpty')}
        items={submission.attachments.map((file) => attachmentItem(submission.id, file, translator.formatNumber))}
      />
      <HistorySection submission={submission} />
      <ConversationSection submission={submission} />

      {submission.actions.withdraw && <WithdrawPanel submission={submission} onOutcome={onOutcome} />}
      <p>
        <ServiceLink to={paths.list()}>{t('backToList')}</ServiceLink>
      </p>
    </div>
  );
}

const mediaLabel = (mediaType: string) => (mediaType.split('/')[1] ?? mediaType).toUpperCase();

function attachmentItem(
  submissionId: string,
  file: SubmissionAttachment,
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string,
) {
  return {
    key: String(file.position),
    name: file.name,
    href: attachmentHref(submissionId, file.position),
    type: mediaLabel(file.mediaType),
    size: formatSize(file.size, formatNumber),
  };
}

function DataSection({ submission }: { submission: SubmissionDetail }) {
  const { t, formatNumber } = useTranslator(messages);
  const id = useId();
  const rows = dataRows(submission.data, { yes: t('dataYes'), no: t('dataNo'), formatNumber });
  return (
    <section className="submissions-panel" aria-labelledby={`${id}-data`}>
      <h3 id={`${id}-data`}>{t('dataTitle')}</h3>
      {rows.length === 0 ? (
        <p>{t('dataEmpty')}</p>
      ) : (
        <dl className="submissions-data">
          {rows.map((row) => (
            <div key={row.label}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/** Every change of state, newest first (the progress above reads oldest first). */
function HistorySection({ submission }: { submission: SubmissionDetail }) {
  const { t, locale, formatDate, formatNumber } = useTranslator(messages);
  const id = useId();
  const changes = [...submission.history].reverse();
  return (
    <section className="submissions-panel" aria-labelledby={`${id}-history`}>
      <h3 id={`${id}-history`}>{t('historyTitle')}</h3>
      <div className="submissions-table-wrap">
        <table className="submissions-table">
          <caption>{t('historyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colWhen')}</th>
              <th scope="col">{t('colState')}</th>
              <th scope="col">{t('colWho')}</th>
              <th scope="col">{t('colNote')}</th>
              <th scope="col">{t('colFiles')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.seq}>
                <td>
                  <time dateTime={change.at}>{formatDate(change.at, { dateStyle: 'medium', timeStyle: 'short' })}</time>
                </td>
                <th scope="row">{stateName(change.state, locale)}</th>
                <td>{t(`actor_${change.actor}`)}</td>
                <td>{change.note ? change.note[locale] : t('noNote')}</td>
                <td>
                  {change.attachments.length === 0 ? (
                    t('noFiles')
                  ) : (
                    <ul className="submissions-plain-list">
                      {change.attachments.map((file) => (
                        <li key={file.position}>
                          <a href={attachmentHref(submission.id, file.position)} download={file.name}>
                            {file.name}
                          </a>{' '}
                          ({formatSize(file.size, formatNumber)})
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The submission's data messages in the citizen's box, each a link to it in the data box (its page has the thread). */
function ConversationSection({ submission }: { submission: SubmissionDetail }) {
  const { t, locale, formatDate } = useTranslator(messages);
  const api = useDetailApi();
  const navigate = useNavigate();
  const id = useId();
  const conversation = useLoad(() => api.conversation(submission.id), [api, submission.id]);
  return (
    <section className="submissions-panel" aria-labelledby={`${id}-conversation`}>
      <h3 id={`${id}-conversation`}>{t('conversationTitle')}</h3>
      <p>{t('conversationLead')}</p>
      {conversation.state === 'loading' && <p>{t('loading')}</p>}
      {conversation.state === 'failed' &&
        (conversation.problem.status === 404 || conversation.problem.status === 403 ? (
          <p>{t('conversationNone')}</p>
        ) : (
          <Notice kind="error">
            <p>{t('conversationFailed')}</p>
            <Button onClick={conversation.retry}>{t('retry')}</Button>
          </Notice>
        ))}
      {conversation.state === 'ready' && (
        <>
          <MessageList
            label={t('conversationTitle')}
            partyLabel={t('conversationParty')}
            unreadLabel={t('conversationUnread')}
            emptyText={t('conversationNone')}
            onNavigate={navigate}
            items={conversation.data.messages.map((message) => ({
              id: message.id,
              href: dataBoxMessage(message.id),
              party: message.sender.name[locale],
              subject: message.subject || t('noSubject'),
              date: formatDate(message.date, { dateStyle: 'medium', timeStyle: 'short' }),
              dateTime: message.date,
              unread: message.unread,
              ...(message.attachments.length > 0
                ? {
                    attachments: t(countKey('conversationFiles', locale, message.attachments.length), {
                      count: message.attachments.length,
                    }),
                  }
                : {}),
            }))}
          />
          {conversation.data.messages[0] && (
            <p>
              <PortalLink href={dataBoxMessage(conversation.data.messages[0].id)}>{t('openInDataBox')}</PortalLink>
            </p>
          )}
        </>
      )}
    </section>
  );
}
