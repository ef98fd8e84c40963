import { type DocumentView, SUBMISSION_STATE_NAMES, type SubmissionSummary } from '@czp/contract';
import { GovButton, isPlainLeftClick, Notice } from '@czp/design-system';
import { createTranslator } from '@czp/remote-sdk';
import type { MouseEvent, ReactNode } from 'react';
import { useShellActions } from '../../actions/shell-actions.js';
import { useT } from '../../i18n/translator-context.js';
import { servicePath } from '../../routing/routes.js';
import { useHomeClient } from './home-api.js';
import { type HomeMessageKey, homeMessages } from './home-messages.js';
import { type BlockState, useBlock } from './use-block.js';

/** The overview's translator in the frame's language. */
export function useHomeT() {
  return createTranslator(homeMessages, useT().locale);
}

/** How many submissions in progress the overview lists (the rest are one link away). */
const SUBMISSIONS_SHOWN = 3;

const KIND: Record<DocumentView['kind'], HomeMessageKey> = {
  'id-card': 'kindIdCard',
  passport: 'kindPassport',
  'driving-licence': 'kindDrivingLicence',
};

/** A link within the portal: a plain click navigates without a page load. */
export function PortalLink({ href, children }: { href: string; children: ReactNode }) {
  const { navigate } = useShellActions();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainLeftClick(event)) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={onClick}>
      {children}
    </a>
  );
}

/**
 * One block: its heading and link are drawn at once (server render included); its content is a placeholder of a
 * fixed height until the data comes, then the content or the block's own failure with a retry.
 */
function Block<T>({
  id,
  title,
  link,
  block,
  children,
}: {
  id: string;
  title: string;
  link: { href: string; label: string };
  block: BlockState<T> & { retry(): void };
  children: (value: T) => ReactNode;
}) {
  const t = useHomeT();
  const headingId = `czp-home-${id}-title`;
  return (
    <section className="czp-home-block" aria-labelledby={headingId} aria-busy={block.state === 'loading'}>
      <h2 id={headingId}>{title}</h2>
      <div className="czp-home-block__body" data-home-block={id} data-state={block.state}>
        {block.state === 'loading' && <p className="czp-home-block__placeholder">{t.t('loading')}</p>}
        {block.state === 'failed' && (
          <Notice kind="warning">
            <p>{t.t('failed')}</p>
            <GovButton asChild type="outlined" color="primary" size="s">
              <button type="button" onClick={block.retry}>
                {t.t('retry')}
              </button>
            </GovButton>
          </Notice>
        )}
        {block.state === 'ready' && children(block.value)}
      </div>
      <p className="czp-home-block__link">
        <PortalLink href={link.href}>{link.label}</PortalLink>
      </p>
    </section>
  );
}

/** Czech counts have three forms (1 zprávu, 2–4 zprávy, 5+ zpráv); English two. */
export function unreadKey(count: number, locale: 'cs' | 'en'): HomeMessageKey {
  if (count === 0) return 'messagesUnread0';
  const form = new Intl.PluralRules(locale === 'cs' ? 'cs-CZ' : 'en-GB').select(count);
  if (form === 'one') return 'messagesUnread1';
  return form === 'few' ? 'messagesUnread2' : 'messagesUnread5';
}

export function DataBoxBlock() {
  const t = useHomeT();
  const client = useHomeClient();
  const block = useBlock(client.box);
  return (
    <Block
      id="data-box"
      title={t.t('messagesTitle')}
      link={{ href: servicePath('data-box'), label: t.t('messagesLink') }}
      block={block}
    >
      {(box) => (
        <p>
          {box.exists
            ? t.t(unreadKey(box.unread, t.locale), { count: t.formatNumber(box.unread) })
            : t.t('messagesNoBox')}
        </p>
      )}
    </Block>
  );
}

/** The documents that expire within DOCUMENT_EXPIRING_DAYS or have expired, soonest first. */
export function expiringDocuments(documents: readonly DocumentView[]): DocumentView[] {
  return documents.filter((d) => d.state !== 'valid').sort((a, b) => a.daysLeft - b.daysLeft);
}

export function DocumentsBlock() {
  const t = useHomeT();
  const client = useHomeClient();
  const block = useBlock(client.documents);
  // A calendar day (YYYY-MM-DD): read and written in UTC, so no time zone moves it to the day before.
  const day = (date: string) => t.formatDate(`${date}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <Block
      id="documents"
      title={t.t('documentsTitle')}
      link={{ href: `${servicePath('my-data')}/documents`, label: t.t('documentsLink') }}
      block={block}
    >
      {({ documents, unavailable }) => {
        const shown = expiringDocuments(documents);
        return (
          <>
            {shown.length === 0 ? (
              <p>{t.t('documentsNone')}</p>
            ) : (
              <ul className="czp-home-list">
                {shown.map((document) => (
                  <li key={`${document.kind}-${document.number}`}>
                    <strong>{t.t(KIND[document.kind])}</strong> {document.number}:{' '}
                    {t.t(document.state === 'expired' ? 'documentsExpired' : 'documentsExpiring', {
                      date: day(document.validUntil),
                    })}
                  </li>
                ))}
              </ul>
            )}
            {unavailable.length > 0 && <p>{t.t('documentsPartial')}</p>}
          </>
        );
      }}
    </Block>
  );
}

export function SubmissionsBlock() {
  const t = useHomeT();
  const client = useHomeClient();
  const block = useBlock(client.submissionsInProgress);
  const base = servicePath('submissions');
  const date = (at: string) => t.formatDate(at, { dateStyle: 'long', timeZone: 'Europe/Prague' });
  return (
    <Block
      id="submissions"
      title={t.t('submissionsTitle')}
      link={{ href: base, label: t.t('submissionsLink') }}
      block={block}
    >
      {(submissions: SubmissionSummary[]) =>
        submissions.length === 0 ? (
          <p>{t.t('submissionsNone')}</p>
        ) : (
          <ul className="czp-home-list">
            {submissions.slice(0, SUBMISSIONS_SHOWN).map((submission) => (
              <li key={submission.id}>
                <PortalLink href={`${base}/${encodeURIComponent(submission.id)}`}>
                  {submission.typeName[t.locale]}
                </PortalLink>{' '}
                ({submission.reference}, {submission.serviceName[t.locale]}):{' '}
                <strong>{SUBMISSION_STATE_NAMES[submission.state][t.locale]}</strong>,{' '}
                {t.t('submissionsSubmitted', { date: date(submission.submittedAt) })}
              </li>
            ))}
          </ul>
        )
      }
    </Block>
  );
}
