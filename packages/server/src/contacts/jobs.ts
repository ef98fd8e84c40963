import type { ContactKind, Locale } from '@czp/contract';
import type { Queryable } from '../db/database.js';
import { defineJob, enqueue } from '../jobs/job.js';
import type { JobQueue } from '../jobs/queue.js';
import type { EmailChannel } from '../notifications/channels/email.js';
import type { SmsGateway } from '../notifications/channels/sms.js';
import { type CodeHasher, newCode } from './codes.js';
import { codeEmail, codeSms } from './messages.js';

/**
 * A citizen asked to verify a new e-mail address or phone number: make a code and send it there. The payload holds
 * no code: the job makes it, stores its hash and sends it in one transaction, so the code exists nowhere in the clear
 * and is valid only once it was handed to the channel (a failed send rolls the hash back and the job is retried).
 * `expiresAt` identifies the request: a newer request for the same contact supersedes this one.
 */
const sendContactCode = defineJob<CodeRequest>('contacts.send-code');

// A type, not an interface: a job's payload must be assignable to JsonObject, which an interface is not.
type CodeRequest = {
  personId: string;
  kind: ContactKind;
  /** Where the code goes, as stored in pending_value. */
  value: string;
  /** ISO 8601: the request's code_expires_at. */
  expiresAt: string;
  /** The language of the message: the citizen's when they asked. */
  locale: Locale;
};

/** In the transaction that stores the pending value: the job exists if and only if the request does. */
export function enqueueCode(tx: Queryable, request: CodeRequest): Promise<string | null> {
  return enqueue(tx, sendContactCode, request);
}

export interface CodeSenderDeps {
  hasher: CodeHasher;
  /** Read at each send: tests (and start-up wiring) may replace the channels after the routes are registered. */
  channels: () => { email: EmailChannel; sms: SmsGateway };
  now: () => Date;
}

export function registerCodeSender(queue: JobQueue, deps: CodeSenderDeps): void {
  queue.handle(sendContactCode, async (job, tx) => {
    const { personId, kind, value, expiresAt, locale } = job.payload;
    const [pending] = await tx.query<{ code_expires_at: Date }>(
      `select code_expires_at from person_contacts
       where person_id = $1 and kind = $2 and pending_value = $3 and code_expires_at = $4::timestamptz
       for update`,
      [personId, kind, value, expiresAt],
    );
    // Verified, removed, replaced by a newer request, or voided by wrong attempts: nothing to send.
    if (!pending) return;
    // Sent this late it could not be entered any more.
    if (pending.code_expires_at <= deps.now()) return;
    const code = newCode();
    await tx.query('update person_contacts set code_hash = $3, code_attempts = 0 where person_id = $1 and kind = $2', [
      personId,
      kind,
      deps.hasher.hash(personId, kind, value, code),
    ]);
    const { email, sms } = deps.channels();
    // The key is per attempt: a retry makes a new code, and the citizen must get that one too.
    const key = `${job.id}:${job.attempt}`;
    if (kind === 'email') await email.send({ to: value, ...codeEmail(code, locale), key });
    else await sms.send({ to: value, text: codeSms(code, locale), key });
  });
}
