import { randomUUID } from 'node:crypto';
import type { AuthorityBox } from '@czp/contract';
import { type AttachmentStore, sha256Hex } from '../data-box/attachments.js';
import { enqueueArrivalNotice } from '../data-box/jobs.js';
import { assertFits, lockBox, messageSize, sizesOf } from '../data-box/quota.js';
import { deliverReceived } from '../data-box/store.js';
import { fold } from '../data-box/text.js';
import type { IncomingAttachment } from '../data-box/upload.js';
import type { Queryable } from '../db/database.js';

/**
 * A submission's data messages, in the caller's transaction (the submission and its messages commit together).
 * The citizen's side goes from their box to the issuer's authority box and is delivered at once (the authority's box
 * is the portal's own); the issuer's side arrives in the citizen's box with an arrival notice, as every message does.
 */

/** Stores the files once (content-addressed) and returns their hashes in order. */
export async function putFiles(
  tx: Queryable,
  store: AttachmentStore,
  files: readonly IncomingAttachment[],
): Promise<string[]> {
  const hashes: string[] = [];
  for (const file of files) {
    const sha256 = sha256Hex(file.content);
    await store.put(tx, { sha256, content: file.content, mediaType: file.mediaType });
    hashes.push(sha256);
  }
  return hashes;
}

/**
 * The citizen's message to the issuer, in the conversation of the submission. Counts against the citizen's quota like
 * every message they send (refused whole, nothing stored, when it does not fit). Returns the message id.
 */
export async function sendFromCitizen(
  tx: Queryable,
  store: AttachmentStore,
  input: {
    boxId: string;
    to: AuthorityBox;
    conversationId: string;
    subject: string;
    body: string;
    attachments: readonly IncomingAttachment[];
    now: Date;
  },
): Promise<string> {
  await lockBox(tx, input.boxId);
  const size = messageSize(input.subject, input.body, sizesOf([...input.attachments]));
  await assertFits(tx, input.boxId, size);
  const id = randomUUID();
  await tx.query(
    `insert into messages (id, box_id, conversation_id, direction, counterpart_box_id, subject, body, status,
                           created_at, sent_at, size_bytes, search_text)
     values ($1, $2, $3, 'sent', $4, $5, $6, 'delivered', $7, $7, $8, $9)`,
    [
      id,
      input.boxId,
      input.conversationId,
      input.to.id,
      input.subject.slice(0, 255),
      input.body,
      input.now,
      size,
      fold([input.subject, input.body, input.to.name.cs, input.to.name.en].join('\n')),
    ],
  );
  const hashes = await putFiles(tx, store, input.attachments);
  for (const [position, file] of input.attachments.entries()) {
    await tx.query(
      `insert into message_attachments (message_id, position, name, sha256, size, media_type)
       values ($1, $2, $3, $4, $5, $6)`,
      [id, position, file.name, hashes[position], file.content.length, file.mediaType],
    );
  }
  return id;
}

/** The issuer's message into the citizen's box (never refused for quota: official mail must arrive), with its notice. */
export async function sendToCitizen(
  tx: Queryable,
  store: AttachmentStore,
  input: {
    boxId: string;
    from: AuthorityBox;
    conversationId: string;
    subject: string;
    body: string;
    attachments: IncomingAttachment[];
    now: Date;
  },
): Promise<string> {
  const id = await deliverReceived(tx, store, {
    boxId: input.boxId,
    from: input.from,
    conversationId: input.conversationId,
    subject: input.subject.slice(0, 255),
    body: input.body,
    attachments: input.attachments,
    now: input.now,
  });
  await enqueueArrivalNotice(tx, { messageId: id, boxId: input.boxId, sender: input.from.name.cs });
  return id;
}
