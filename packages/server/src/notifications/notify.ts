/**
 * The one notification service every feature tells (issue 14): a data box message, a submission's change, a document
 * about to expire, a citizen's own reminder. `notify` is called inside the transaction of the change that caused it,
 * so the notification exists if and only if that change committed; delivery (the centre, e-mail, SMS by the person's
 * choices and verified contacts) runs from the durable job queue. The notifications feature implements it.
 */
import type { NotificationKind } from '@czp/contract';
import type { Queryable } from '../db/database.js';

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
