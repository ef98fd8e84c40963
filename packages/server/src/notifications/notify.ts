/**
 * The one notification service every feature tells (issue 14): a data box message, a submission's change, a document
 * about to expire, a citizen's own reminder. `notify` is called inside the transaction of the change that caused it,
 * so the notification exists if and only if that change committed; delivery (the centre, e-mail, SMS by the person's
 * choices and verified contacts) runs from the durable job queue. The notifications feature implements it.
 */
import { randomUUID } from 'node:crypto';
import { NOTIFICATION_KINDS, NOTIFICATION_LIMITS, type NotificationKind } from '@czp/contract';
import type { Queryable } from '../db/database.js';
import { enqueue } from '../jobs/job.js';
import { deliverNotification } from './jobs.js';

export interface NotificationRequest {
  personId: string;
  kind: NotificationKind;
  /** Shown in the centre and used as the e-mail's subject; both languages, the person's locale picks. */
  title: { cs: string; en: string };
  body: { cs: string; en: string };
  /** Where the centre's entry leads in the portal (a path starting with /). */
  link?: string;
  /** Once per key, forever (a reminder keyed by what and when it reminds of is sent once however often asked). */
  key: string;
}

export type Notify = (tx: Queryable, request: NotificationRequest) => Promise<void>;

/**
 * Writes the notification and enqueues its delivery, both in `tx`: nothing is sent before the caller's change commits,
 * and a crash after the commit loses nothing (the queue runs the delivery then). The same key for the same person
 * again is a no-op. Throws on a request no feature should make (an unknown kind, a link that is not a portal path,
 * empty texts), which rolls the caller back: a bug, not the citizen's input. The queue picks the delivery up at its
 * next poll; a caller outside a job may call `app.jobs.notify()` after its commit to start it at once.
 */
export const notify: Notify = async (tx, request) => {
  const problem = problemOf(request);
  if (problem) throw new Error(`notify(): ${problem}`);
  const cut = (text: { cs: string; en: string }, length: number) => ({
    cs: text.cs.trim().slice(0, length),
    en: text.en.trim().slice(0, length),
  });
  const [row] = await tx.query<{ id: string }>(
    `insert into notifications (id, person_id, kind, title, body, link, key)
     values ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7)
     on conflict (person_id, key) do nothing
     returning id::text as id`,
    [
      randomUUID(),
      request.personId,
      request.kind,
      JSON.stringify(cut(request.title, NOTIFICATION_LIMITS.titleLength)),
      JSON.stringify(cut(request.body, NOTIFICATION_LIMITS.bodyLength)),
      request.link ?? null,
      request.key,
    ],
  );
  if (row) await enqueue(tx, deliverNotification, { notificationId: row.id }, { key: row.id });
};

function problemOf(request: NotificationRequest): string | null {
  if (!NOTIFICATION_KINDS.includes(request.kind)) return `unknown kind ${String(request.kind)}`;
  if (!request.key || request.key.length > NOTIFICATION_LIMITS.keyLength) {
    return `key must have 1 to ${NOTIFICATION_LIMITS.keyLength} characters`;
  }
  for (const part of ['title', 'body'] as const) {
    if (!request[part]?.cs?.trim() || !request[part]?.en?.trim()) return `${part} needs Czech and English text`;
  }
  const { link } = request;
  // A path in the portal, never another origin (`//evil.example`) or a scheme.
  if (
    link !== undefined &&
    (!/^\/(?!\/)/.test(link) || /[\s\\]/.test(link) || link.length > NOTIFICATION_LIMITS.linkLength)
  ) {
    return `link must be a path in the portal starting with / (got ${link.slice(0, 50)})`;
  }
  return null;
}
