import { randomUUID } from 'node:crypto';
import {
  type AttachmentView,
  type AuthorityBox,
  type BoxSummary,
  DATA_BOX_LIMITS,
  type Folder,
  type LocalizedText,
  type MessagePage,
  type MessageStatus,
  type MessageView,
} from '@czp/contract';
import type { Database, Queryable } from '../db/database.js';
import { Refusal } from '../http/refusal.js';
import { type AttachmentStore, type Blob, sha256Hex } from './attachments.js';
import type { Authorities } from './authorities.js';
import { canonicalBoxSql, findAuthorityBox, syncAuthorityBoxes } from './boxes.js';
import { notFound } from './errors.js';
import { enqueueMessageSent } from './jobs.js';
import { assertFits, lockBox, messageSize, sizesOf } from './quota.js';
import { fold } from './text.js';
import type { IncomingAttachment } from './upload.js';

const PAGE_SIZE = DATA_BOX_LIMITS.pageSize;

/** What a citizen writes: a new message, or the new content of a draft. */
export interface Draft {
  recipient: string;
  subject: string;
  body: string;
  attachments: IncomingAttachment[];
}

interface MessageRow {
  id: string;
  conversation_id: string;
  box_id: string;
  direction: 'received' | 'sent';
  status: MessageStatus;
  subject: string;
  body: string;
  created_at: Date | string;
  sent_at: Date | string | null;
  read_at: Date | string | null;
  counterpart_id: string;
  counterpart_name: LocalizedText;
  counterpart_kind: AuthorityBox['kind'];
  idempotency_key: string | null;
  citizen_name: string;
}

/**
 * The idempotency key of a received message an automat delivered (a delivery confirmation, an extract): it marks the
 * message as automatic, so no reply is offered or accepted. A received message has no key of its own; a column of its
 * own can replace this with a migration.
 */
const AUTOMATIC_KEY_PREFIX = 'automatic:';

const SELECT_MESSAGE = `
  select m.id, m.conversation_id, m.box_id, m.direction, m.status, m.subject, m.body, m.created_at, m.sent_at,
         m.read_at, m.idempotency_key, coalesce(c.id, a.id) as counterpart_id,
         coalesce(c.name, a.name) as counterpart_name, coalesce(c.kind, a.kind) as counterpart_kind,
         p.name as citizen_name
  from messages m
  join authority_boxes a on a.id = m.counterpart_box_id
  -- A fixed box that became an issuer's is shown as the issuer's box: one authority, one box.
  left join authority_boxes c on c.id = ${canonicalBoxSql('a')}
  join data_boxes b on b.id = m.box_id
  join persons p on p.id = b.person_id`;

const FOLDER_FILTER: Record<Folder, string> = {
  inbox: `m.direction = 'received'`,
  sent: `m.direction = 'sent' and m.status <> 'draft'`,
  drafts: `m.status = 'draft'`,
};

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

async function attachmentsOf(db: Queryable, ids: string[]): Promise<Map<string, AttachmentView[]>> {
  const byMessage = new Map<string, AttachmentView[]>();
  if (ids.length === 0) return byMessage;
  const rows = await db.query<{ message_id: string; position: number; name: string; size: string; media_type: string }>(
    `select message_id, position, name, size, media_type from message_attachments
     where message_id = any($1::uuid[]) order by position`,
    [ids],
  );
  for (const row of rows) {
    const list = byMessage.get(row.message_id) ?? [];
    list.push({ position: row.position, name: row.name, size: Number(row.size), mediaType: row.media_type });
    byMessage.set(row.message_id, list);
  }
  return byMessage;
}

async function toViews(db: Queryable, rows: MessageRow[], withBody: boolean): Promise<MessageView[]> {
  const attachments = await attachmentsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const citizen = { boxId: row.box_id, name: { cs: row.citizen_name, en: row.citizen_name } };
    const authority = { boxId: row.counterpart_id, name: row.counterpart_name };
    const sent = row.direction === 'sent';
    const automatic =
      !sent && (row.counterpart_kind === 'system' || (row.idempotency_key ?? '').startsWith(AUTOMATIC_KEY_PREFIX));
    return {
      id: row.id,
      conversationId: row.conversation_id,
      folder: row.status === 'draft' ? 'drafts' : sent ? 'sent' : 'inbox',
      direction: row.direction,
      status: row.status,
      sender: sent ? citizen : authority,
      recipient: sent ? authority : citizen,
      subject: row.subject,
      date: iso(row.sent_at ?? row.created_at) ?? '',
      readAt: iso(row.read_at),
      unread: !sent && row.read_at === null,
      attachments: attachments.get(row.id) ?? [],
      automatic,
      ...(withBody ? { body: row.body } : {}),
    };
  });
}

export async function unreadCount(db: Queryable, boxId: string): Promise<number> {
  const [row] = await db.query<{ unread: number }>(
    `select count(*)::int as unread from messages where box_id = $1 and direction = 'received' and read_at is null`,
    [boxId],
  );
  return row?.unread ?? 0;
}

export async function boxSummary(db: Queryable, boxId: string): Promise<BoxSummary> {
  const [row] = await db.query<{ quota: string; used: string; unread: number }>(
    `select b.quota_bytes as quota,
            coalesce((select sum(size_bytes) from messages where box_id = b.id), 0) as used,
            (select count(*)::int from messages where box_id = b.id and direction = 'received' and read_at is null)
              as unread
     from data_boxes b where b.id = $1`,
    [boxId],
  );
  return {
    exists: true,
    id: boxId,
    quotaBytes: Number(row?.quota ?? 0),
    usedBytes: Number(row?.used ?? 0),
    unread: row?.unread ?? 0,
  };
}

/** A folder, newest first, 20 a page; `q` matches subject, body and counterpart name without regard to case or accents. */
export async function listMessages(
  db: Queryable,
  boxId: string,
  options: { folder: Folder; page: number; q?: string | undefined },
): Promise<MessagePage> {
  const params: unknown[] = [boxId];
  let where = `m.box_id = $1 and ${FOLDER_FILTER[options.folder]}`;
  const q = options.q ? fold(options.q).trim() : '';
  if (q) {
    params.push(q);
    where += ` and position($${params.length} in m.search_text) > 0`;
  }
  const [count] = await db.query<{ total: number }>(
    `select count(*)::int as total from messages m where ${where}`,
    params,
  );
  const rows = await db.query<MessageRow>(
    `${SELECT_MESSAGE} where ${where}
     order by coalesce(m.sent_at, m.created_at) desc, m.seq desc
     limit ${PAGE_SIZE} offset ${(options.page - 1) * PAGE_SIZE}`,
    params,
  );
  return {
    folder: options.folder,
    page: options.page,
    pageSize: PAGE_SIZE,
    total: count?.total ?? 0,
    messages: await toViews(db, rows, false),
  };
}

async function findRow(db: Queryable, boxId: string, id: string): Promise<MessageRow | null> {
  const [row] = await db.query<MessageRow>(`${SELECT_MESSAGE} where m.box_id = $1 and m.id = $2`, [boxId, id]);
  return row ?? null;
}

/** One message of the box with its body; reading a received one marks it read. */
export async function readMessage(db: Queryable, boxId: string, id: string, now: Date): Promise<MessageView> {
  await db.query(
    `update messages set read_at = $3 where box_id = $1 and id = $2 and direction = 'received' and read_at is null`,
    [boxId, id, now],
  );
  const row = await findRow(db, boxId, id);
  if (!row) throw notFound();
  const [view] = await toViews(db, [row], true);
  if (!view) throw notFound();
  return view;
}

/** The messages of one conversation in this box, oldest first. */
export async function readConversation(
  db: Queryable,
  boxId: string,
  conversationId: string,
): Promise<{ id: string; messages: MessageView[] }> {
  const rows = await db.query<MessageRow>(
    `${SELECT_MESSAGE} where m.box_id = $1 and m.conversation_id = $2 order by coalesce(m.sent_at, m.created_at), m.seq`,
    [boxId, conversationId],
  );
  if (rows.length === 0) throw notFound('conversation');
  return { id: conversationId, messages: await toViews(db, rows, true) };
}

async function recipientBox(db: Queryable, id: string, authorities: Authorities): Promise<AuthorityBox> {
  let box = await findAuthorityBox(db, id);
  if (!box) {
    // A municipality published since the boxes were last brought up to date.
    await syncAuthorityBoxes(db, authorities);
    box = await findAuthorityBox(db, id);
  }
  if (!box || box.kind === 'system') {
    throw new Refusal(
      400,
      'unknown-recipient',
      `There is no authority with the data box "${id}". Choose a recipient from the list.`,
      'recipient',
    );
  }
  return box;
}

async function writeAttachments(
  tx: Queryable,
  store: AttachmentStore,
  messageId: string,
  attachments: readonly IncomingAttachment[],
  from = 0,
): Promise<void> {
  for (const [index, attachment] of attachments.entries()) {
    const blob: Blob = {
      sha256: sha256Hex(attachment.content),
      content: attachment.content,
      mediaType: attachment.mediaType,
    };
    await store.put(tx, blob);
    await tx.query(
      `insert into message_attachments (message_id, position, name, sha256, size, media_type)
       values ($1, $2, $3, $4, $5, $6)`,
      [messageId, from + index, attachment.name, blob.sha256, attachment.content.length, attachment.mediaType],
    );
  }
}

const searchText = (subject: string, body: string, counterpart: LocalizedText) =>
  fold([subject, body, counterpart.cs, counterpart.en].join('\n'));

/**
 * Stores a citizen's message (sent at once, or kept as a draft). The same idempotency key again returns the first
 * message instead of storing a second. Refused whole (nothing stored) when it does not fit the quota.
 */
export async function createMessage(
  db: Database,
  store: AttachmentStore,
  input: Draft & {
    boxId: string;
    draft: boolean;
    idempotencyKey?: string | undefined;
    /** The message of this box it answers: the reply joins its conversation (never an automatic one). */
    replyTo?: string | undefined;
    now: Date;
    authorities: Authorities;
  },
): Promise<{ message: MessageView; created: boolean }> {
  const { boxId } = input;
  const result = await db.transaction(async (tx) => {
    await lockBox(tx, boxId);
    if (input.idempotencyKey) {
      const [existing] = await tx.query<{ id: string }>(
        'select id from messages where box_id = $1 and idempotency_key = $2',
        [boxId, input.idempotencyKey],
      );
      if (existing) return { id: existing.id, created: false };
    }
    const recipient = await recipientBox(tx, input.recipient, input.authorities);
    const conversationId = input.replyTo
      ? await conversationOfReply(tx, boxId, input.replyTo, recipient)
      : randomUUID();
    const size = messageSize(input.subject, input.body, sizesOf(input.attachments));
    await assertFits(tx, boxId, size);
    const id = randomUUID();
    await tx.query(
      `insert into messages (id, box_id, conversation_id, direction, counterpart_box_id, subject, body, status,
                             created_at, sent_at, idempotency_key, size_bytes, search_text)
       values ($1, $2, $3, 'sent', $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        id,
        boxId,
        conversationId,
        recipient.id,
        input.subject,
        input.body,
        input.draft ? 'draft' : 'sent',
        input.now,
        input.draft ? null : input.now,
        input.idempotencyKey ?? null,
        size,
        searchText(input.subject, input.body, recipient.name),
      ],
    );
    await writeAttachments(tx, store, id, input.attachments);
    // The automatic replies: a job in this transaction, so a message acknowledged as sent is always answered.
    if (!input.draft) await enqueueMessageSent(tx, id);
    return { id, created: true };
  });
  return { message: await readMessage(db, boxId, result.id, input.now), created: result.created };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The conversation a reply joins: that of a message of this box, to its counterpart. An automatic message (a delivery
 * confirmation, a system notice) says not to reply to it: 409 naming `replyTo`.
 */
async function conversationOfReply(
  tx: Queryable,
  boxId: string,
  replyTo: string,
  recipient: AuthorityBox,
): Promise<string> {
  const row = UUID.test(replyTo) ? await findRow(tx, boxId, replyTo) : null;
  if (!row) {
    throw new Refusal(400, 'unknown-message', 'There is no message in your data box to reply to.', 'replyTo');
  }
  const [view] = await toViews(tx, [row], false);
  if (view?.automatic) {
    throw new Refusal(
      409,
      'automatic-message',
      'This message was sent automatically and cannot be replied to. Write a new message instead.',
      'replyTo',
    );
  }
  if (row.counterpart_id !== recipient.id) {
    throw new Refusal(
      400,
      'reply-recipient',
      'A reply goes to the other party of the message it answers. Choose that recipient or write a new message.',
      'recipient',
    );
  }
  return row.conversation_id;
}

async function lockedDraft(tx: Queryable, boxId: string, id: string): Promise<{ size: number }> {
  await lockBox(tx, boxId);
  const [row] = await tx.query<{ status: MessageStatus; direction: string; sent_at: Date | null; size_bytes: string }>(
    'select status, direction, sent_at, size_bytes from messages where box_id = $1 and id = $2',
    [boxId, id],
  );
  if (!row) throw notFound('draft');
  if (row.status !== 'draft') {
    const when = row.sent_at ? ` on ${new Date(row.sent_at).toISOString().slice(0, 10)}` : '';
    throw new Refusal(
      409,
      row.direction === 'received' ? 'received-message' : 'already-sent',
      row.direction === 'received'
        ? 'This is a message you received; it cannot be changed or deleted.'
        : `This message was sent${when} and can no longer be changed or deleted. Write a new message instead.`,
    );
  }
  return { size: Number(row.size_bytes) };
}

/** New content of a draft: the attachments at `keep` positions stay (in that order), the new files follow. */
export async function updateDraft(
  db: Database,
  store: AttachmentStore,
  input: Draft & { boxId: string; id: string; keep: number[]; now: Date; authorities: Authorities },
): Promise<MessageView> {
  const { boxId, id } = input;
  await db.transaction(async (tx) => {
    const old = await lockedDraft(tx, boxId, id);
    const recipient = await recipientBox(tx, input.recipient, input.authorities);
    const kept = await tx.query<{ name: string; sha256: string; size: string; media_type: string }>(
      `select name, sha256, size, media_type from message_attachments
       where message_id = $1 and position = any($2::int[]) order by array_position($2::int[], position)`,
      [id, input.keep],
    );
    const keptSizes = kept.map((row) => ({ size: Number(row.size) }));
    const size = messageSize(input.subject, input.body, [...keptSizes, ...sizesOf(input.attachments)]);
    await assertFits(tx, boxId, size, old.size);
    await tx.query('delete from message_attachments where message_id = $1', [id]);
    for (const [position, row] of kept.entries()) {
      await tx.query(
        `insert into message_attachments (message_id, position, name, sha256, size, media_type)
         values ($1, $2, $3, $4, $5, $6)`,
        [id, position, row.name, row.sha256, row.size, row.media_type],
      );
    }
    await writeAttachments(tx, store, id, input.attachments, kept.length);
    await tx.query(
      `update messages set counterpart_box_id = $3, subject = $4, body = $5, created_at = $6, size_bytes = $7,
                           search_text = $8
       where box_id = $1 and id = $2`,
      [
        boxId,
        id,
        recipient.id,
        input.subject,
        input.body,
        input.now,
        size,
        searchText(input.subject, input.body, recipient.name),
      ],
    );
  });
  return readMessage(db, boxId, id, input.now);
}

export async function sendDraft(db: Database, boxId: string, id: string, now: Date): Promise<MessageView> {
  await db.transaction(async (tx) => {
    await lockedDraft(tx, boxId, id);
    await tx.query(`update messages set status = 'sent', sent_at = $3 where box_id = $1 and id = $2`, [boxId, id, now]);
    await enqueueMessageSent(tx, id);
  });
  return readMessage(db, boxId, id, now);
}

export async function deleteDraft(db: Database, boxId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    await lockedDraft(tx, boxId, id);
    await tx.query('delete from messages where box_id = $1 and id = $2', [boxId, id]);
  });
}

/**
 * An authority's message arriving in a citizen's box (never refused for quota: official mail must arrive). In the
 * caller's transaction: the automat's job stores its replies together with "delivered" and its own "done".
 */
export async function deliverReceived(
  tx: Queryable,
  store: AttachmentStore,
  input: {
    boxId: string;
    from: AuthorityBox;
    conversationId?: string;
    subject: string;
    body: string;
    attachments?: IncomingAttachment[];
    /** Sent by an automat (a delivery confirmation, an extract): no reply is offered or accepted. */
    automatic?: boolean;
    now: Date;
  },
): Promise<string> {
  const id = randomUUID();
  const attachments = input.attachments ?? [];
  await lockBox(tx, input.boxId);
  await tx.query(
    `insert into messages (id, box_id, conversation_id, direction, counterpart_box_id, subject, body, status,
                           created_at, sent_at, size_bytes, search_text, idempotency_key)
     values ($1, $2, $3, 'received', $4, $5, $6, 'delivered', $7, $7, $8, $9, $10)`,
    [
      id,
      input.boxId,
      input.conversationId ?? randomUUID(),
      input.from.id,
      input.subject,
      input.body,
      input.now,
      messageSize(input.subject, input.body, sizesOf(attachments)),
      searchText(input.subject, input.body, input.from.name),
      input.automatic ? `${AUTOMATIC_KEY_PREFIX}${id}` : null,
    ],
  );
  await writeAttachments(tx, store, id, attachments);
  return id;
}

/** The bytes of one attachment of the box's own message; null (→ 404) for anything else. */
export async function readAttachment(
  db: Queryable,
  store: AttachmentStore,
  boxId: string,
  messageId: string,
  position: number,
): Promise<{ name: string; blob: Blob } | null> {
  const [row] = await db.query<{ name: string; sha256: string }>(
    `select ma.name, ma.sha256 from message_attachments ma join messages m on m.id = ma.message_id
     where m.box_id = $1 and ma.message_id = $2 and ma.position = $3`,
    [boxId, messageId, position],
  );
  if (!row) return null;
  const blob = await store.get(db, row.sha256);
  return blob ? { name: row.name, blob } : null;
}
