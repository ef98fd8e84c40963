import { randomUUID } from 'node:crypto';
import {
  AUTHORITY_STATES,
  type AuthorityBox,
  canMove,
  type LocalizedText,
  type SubmissionActor,
  type SubmissionAttachment,
  type SubmissionDetail,
  type SubmissionHistoryEntry,
  type SubmissionState,
  type SubmissionSummary,
  type SubmissionTypeDeclaration,
  WITHDRAWABLE_STATES,
} from '@czp/contract';
import type { AttachmentStore, Blob } from '../data-box/attachments.js';
import type { Authorities } from '../data-box/authorities.js';
import { findAuthorityBox, syncAuthorityBoxes } from '../data-box/boxes.js';
import type { IncomingAttachment } from '../data-box/upload.js';
import type { Database, Queryable } from '../db/database.js';
import { Refusal } from '../http/refusal.js';
import { enqueue } from '../jobs/job.js';
import { putFiles, sendFromCitizen, sendToCitizen } from './delivery.js';
import { submissionChanged } from './jobs.js';
import { nextReference } from './reference.js';
import { changeMessage, DEFAULT_NOTES, submissionMessage } from './texts.js';
import { enqueueSubmissionWebhook } from './webhook-store.js';

/** What every operation needs; `afterChange` lets the development clerk schedule its next step in the same transaction. */
export interface SubmissionsContext {
  db: Database;
  store: AttachmentStore;
  authorities: Authorities;
  now: () => Date;
  afterChange?: (
    tx: Queryable,
    change: { submissionId: string; state: SubmissionState; submittedAt: Date },
  ) => Promise<void>;
}

/** Whose submissions a request may see: the citizen's own, or the issuer's (its publishing token). */
export type Viewer = { personId: string } | { issuerId: string };

interface SubmissionRow {
  id: string;
  reference: string;
  service_id: string;
  service_name: LocalizedText;
  issuer_id: string;
  issuer_name: LocalizedText;
  type_id: string;
  type_name: LocalizedText;
  state: SubmissionState;
  submitted_at: Date | string;
  updated_at: Date | string;
  data: Record<string, unknown>;
  conversation_id: string;
  box_id: string;
  citizen_name: string;
}

const SELECT = `
  select su.id, su.reference, su.service_id, s.metadata->'name' as service_name, su.issuer_id, i.name as issuer_name,
         su.type_id, su.type_name, su.state, su.submitted_at, su.updated_at, su.data, su.conversation_id, su.box_id,
         p.name as citizen_name
  from submissions su
  join services s on s.id = su.service_id
  join issuers i on i.id = su.issuer_id
  join persons p on p.id = su.person_id`;

const iso = (value: Date | string) => new Date(value).toISOString();

function viewerFilter(viewer: Viewer, params: unknown[]): string {
  if ('personId' in viewer) {
    params.push(viewer.personId);
    return `su.person_id = $${params.length}`;
  }
  params.push(viewer.issuerId);
  return `su.issuer_id = $${params.length}`;
}

function summaryOf(row: SubmissionRow): SubmissionSummary {
  return {
    id: row.id,
    reference: row.reference,
    serviceId: row.service_id,
    serviceName: row.service_name,
    issuer: { id: row.issuer_id, name: row.issuer_name },
    type: row.type_id,
    typeName: row.type_name,
    state: row.state,
    submittedAt: iso(row.submitted_at),
    updatedAt: iso(row.updated_at),
  };
}

/** The viewer's submissions, newest first, by service and state when asked. */
export async function listSubmissions(
  db: Queryable,
  viewer: Viewer,
  filters: { service?: string | undefined; state?: SubmissionState | undefined },
): Promise<(SubmissionSummary & { citizen: { name: string } })[]> {
  const params: unknown[] = [];
  let where = viewerFilter(viewer, params);
  if (filters.service) {
    params.push(filters.service);
    where += ` and su.service_id = $${params.length}`;
  }
  if (filters.state) {
    params.push(filters.state);
    where += ` and su.state = $${params.length}`;
  }
  const rows = await db.query<SubmissionRow>(
    `${SELECT} where ${where} order by su.submitted_at desc, su.reference desc limit 500`,
    params,
  );
  return rows.map((row) => ({ ...summaryOf(row), citizen: { name: row.citizen_name } }));
}

export const notFound = () =>
  new Refusal(404, 'not-found', 'There is no such submission. It may belong to someone else, or the link is wrong.');

async function findRow(db: Queryable, viewer: Viewer, id: string, lock = false): Promise<SubmissionRow> {
  const params: unknown[] = [id];
  const [row] = await db.query<SubmissionRow>(
    `${SELECT} where su.id = $1 and ${viewerFilter(viewer, params)}${lock ? ' for update of su' : ''}`,
    params,
  );
  if (!row) throw notFound();
  return row;
}

/** One submission with its data, history and files; 404 for another citizen's or another issuer's. */
export async function readSubmission(
  db: Queryable,
  viewer: Viewer,
  id: string,
): Promise<SubmissionDetail & { citizen: { name: string } }> {
  const row = await findRow(db, viewer, id);
  const attachments = (
    await db.query<{ position: number; seq: number; name: string; size: string; media_type: string }>(
      `select position, seq, name, size, media_type from submission_attachments where submission_id = $1
       order by position`,
      [id],
    )
  ).map(
    (file): SubmissionAttachment => ({
      position: file.position,
      seq: file.seq,
      name: file.name,
      size: Number(file.size),
      mediaType: file.media_type,
    }),
  );
  const history = (
    await db.query<{
      seq: number;
      state: SubmissionState;
      at: Date | string;
      actor: SubmissionActor;
      note: LocalizedText | null;
    }>('select seq, state, at, actor, note from submission_history where submission_id = $1 order by seq', [id])
  ).map(
    (entry): SubmissionHistoryEntry => ({
      seq: entry.seq,
      state: entry.state,
      at: iso(entry.at),
      actor: entry.actor,
      note: entry.note,
      attachments: attachments.filter((file) => file.seq === entry.seq),
    }),
  );
  return {
    ...summaryOf(row),
    data: row.data,
    history,
    attachments,
    conversationId: row.conversation_id,
    actions: {
      withdraw: WITHDRAWABLE_STATES.includes(row.state),
      supplement: row.state === 'needs-information',
    },
    citizen: { name: row.citizen_name },
  };
}

/** The bytes of one file of a submission the viewer may see; null (→ 404) for anything else. */
export async function readSubmissionAttachment(
  db: Queryable,
  store: AttachmentStore,
  viewer: Viewer,
  id: string,
  position: number,
): Promise<{ name: string; blob: Blob } | null> {
  const params: unknown[] = [id, position];
  const [row] = await db.query<{ name: string; sha256: string }>(
    `select a.name, a.sha256 from submission_attachments a join submissions su on su.id = a.submission_id
     where a.submission_id = $1 and a.position = $2 and ${viewerFilter(viewer, params)}`,
    params,
  );
  if (!row) return null;
  const blob = await store.get(db, row.sha256);
  return blob ? { name: row.name, blob } : null;
}

/** The issuer's box: from the catalogue, brought up to date when the issuer published since. */
async function issuerBox(tx: Queryable, issuerId: string, authorities: Authorities): Promise<AuthorityBox> {
  let box = await findAuthorityBox(tx, issuerId);
  if (!box) {
    await syncAuthorityBoxes(tx, authorities);
    box = await findAuthorityBox(tx, issuerId);
  }
  if (!box) throw new Error(`the issuer ${issuerId} has no authority box`);
  return box;
}

async function addFiles(
  tx: Queryable,
  store: AttachmentStore,
  submissionId: string,
  seq: number,
  files: readonly IncomingAttachment[],
): Promise<void> {
  if (files.length === 0) return;
  const hashes = await putFiles(tx, store, files);
  const [row] = await tx.query<{ next: number }>(
    'select coalesce(max(position) + 1, 0)::int as next from submission_attachments where submission_id = $1',
    [submissionId],
  );
  const from = row?.next ?? 0;
  for (const [index, file] of files.entries()) {
    await tx.query(
      `insert into submission_attachments (submission_id, position, seq, name, sha256, size, media_type)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [submissionId, from + index, seq, file.name, hashes[index], file.content.length, file.mediaType],
    );
  }
}

async function addHistory(
  tx: Queryable,
  entry: {
    submissionId: string;
    seq: number;
    state: SubmissionState;
    at: Date;
    actor: SubmissionActor;
    note: LocalizedText | null;
    messageId: string | null;
    deadline?: string | null;
  },
): Promise<void> {
  await tx.query(
    `insert into submission_history (submission_id, seq, state, at, actor, note, message_id, deadline)
     values ($1, $2, $3, $4, $5, $6, $7, $8::date)`,
    [
      entry.submissionId,
      entry.seq,
      entry.state,
      entry.at,
      entry.actor,
      entry.note === null ? null : JSON.stringify(entry.note),
      entry.messageId,
      entry.deadline ?? null,
    ],
  );
  await enqueue(
    tx,
    submissionChanged,
    { submissionId: entry.submissionId, state: entry.state, seq: entry.seq },
    { key: `${entry.submissionId}:${entry.seq}` },
  );
}

/** A validated submission of a signed-in citizen with a data box. */
export interface NewSubmission {
  personId: string;
  boxId: string;
  serviceId: string;
  serviceVersion: string;
  issuerId: string;
  declaration: SubmissionTypeDeclaration;
  data: Record<string, unknown>;
  attachments: IncomingAttachment[];
  idempotencyKey?: string | undefined;
}

/**
 * Stores a submission with its reference number and delivers it to the issuer's box, in one transaction: the
 * citizen's data message with the form and files, the portal's receipt in the citizen's box, and the history
 * submitted → delivered. The same idempotency key again returns the first submission (created: false), never a second.
 */
export async function createSubmission(
  context: SubmissionsContext,
  input: NewSubmission,
): Promise<{ id: string; created: boolean }> {
  const { db, store } = context;
  return db.transaction(async (tx) => {
    // One change at a time in the citizen's box (the data box's own lock): a concurrent request with the same key waits
    // here and then finds the first one.
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`czp-data-box:${input.boxId}`]);
    if (input.idempotencyKey) {
      const [existing] = await tx.query<{ id: string }>(
        'select id from submissions where person_id = $1 and service_id = $2 and idempotency_key = $3',
        [input.personId, input.serviceId, input.idempotencyKey],
      );
      if (existing) return { id: existing.id, created: false };
    }
    const now = context.now();
    const id = randomUUID();
    const conversationId = randomUUID();
    const to = await issuerBox(tx, input.issuerId, context.authorities);
    const reference = await nextReference(tx, input.issuerId, now);
    const typeName = input.declaration.name;
    await tx.query(
      `insert into submissions (id, issuer_id, reference, service_id, service_version, type_id, type_name, person_id,
                                box_id, state, data, conversation_id, idempotency_key, submitted_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'delivered', $10, $11, $12, $13, $13)`,
      [
        id,
        input.issuerId,
        reference,
        input.serviceId,
        input.serviceVersion,
        input.declaration.id,
        JSON.stringify(typeName),
        input.personId,
        input.boxId,
        JSON.stringify(input.data),
        conversationId,
        input.idempotencyKey ?? null,
        now,
      ],
    );
    const sent = submissionMessage({ reference, typeName, data: input.data });
    const sentId = await sendFromCitizen(tx, store, {
      boxId: input.boxId,
      to,
      conversationId,
      ...sent,
      attachments: input.attachments,
      now,
    });
    await addHistory(tx, {
      submissionId: id,
      seq: 1,
      state: 'submitted',
      at: now,
      actor: 'citizen',
      note: null,
      messageId: sentId,
    });
    await addFiles(tx, store, id, 1, input.attachments);
    const note = DEFAULT_NOTES.delivered;
    const receiptId = await sendToCitizen(tx, store, {
      boxId: input.boxId,
      from: to,
      conversationId,
      ...changeMessage({ reference, state: 'delivered', note }),
      attachments: [],
      now,
    });
    await addHistory(tx, {
      submissionId: id,
      seq: 2,
      state: 'delivered',
      at: now,
      actor: 'portal',
      note,
      messageId: receiptId,
    });
    await context.afterChange?.(tx, { submissionId: id, state: 'delivered', submittedAt: now });
    await enqueueSubmissionWebhook(tx, {
      id,
      reference,
      serviceId: input.serviceId,
      type: input.declaration.id,
      submittedAt: now,
    });
    return { id, created: true };
  });
}

/** A change of state asked for by someone. */
export interface StateChange {
  viewer: Viewer;
  submissionId: string;
  to: SubmissionState;
  actor: SubmissionActor;
  /** Null: the state's default note. */
  note: LocalizedText | null;
  attachments: IncomingAttachment[];
  /** needs-information only: the day (YYYY-MM-DD) to supplement by (the citizen's calendar shows it). */
  deadline?: string | null;
}

/** Who may set which state: the issuer (and its clerk) the authority's states, the citizen withdraw and supplement. */
function mayActorSet(actor: SubmissionActor, to: SubmissionState): boolean {
  if (actor === 'authority' || actor === 'clerk') return AUTHORITY_STATES.includes(to);
  if (actor === 'citizen') return to === 'withdrawn' || to === 'supplemented';
  return true;
}

/**
 * Moves a submission on, in the caller's transaction: its row locked, the transition checked (409 naming the state it
 * is in), the history written, the data message sent (the citizen's to the issuer, the issuer's into the citizen's
 * box) and `submissions.changed` enqueued. Returns the state it left.
 */
export async function applyChange(
  tx: Queryable,
  context: Omit<SubmissionsContext, 'db'>,
  change: StateChange,
): Promise<SubmissionState> {
  const row = await findRow(tx, change.viewer, change.submissionId, true);
  const from = row.state;
  if (!mayActorSet(change.actor, change.to)) {
    throw new Refusal(
      400,
      'validation',
      change.actor === 'citizen'
        ? 'A citizen can only withdraw a submission or supplement it'
        : `status must be one of ${AUTHORITY_STATES.join(', ')}`,
      'status',
    );
  }
  if (change.deadline && change.to !== 'needs-information') {
    throw new Refusal(400, 'validation', 'deadline can be given only with the status needs-information', 'deadline');
  }
  if (!canMove(from, change.to)) {
    throw new Refusal(
      409,
      'illegal-transition',
      `The submission ${row.reference} is ${from}; it cannot become ${change.to} from there.`,
      'status',
    );
  }
  const now = context.now();
  const [last] = await tx.query<{ seq: number }>(
    'select max(seq)::int as seq from submission_history where submission_id = $1',
    [row.id],
  );
  const seq = (last?.seq ?? 0) + 1;
  const note = change.note ?? DEFAULT_NOTES[change.to];
  const box = await issuerBox(tx, row.issuer_id, context.authorities);
  const message = changeMessage({ reference: row.reference, state: change.to, note });
  const messageId =
    change.actor === 'citizen'
      ? await sendFromCitizen(tx, context.store, {
          boxId: row.box_id,
          to: box,
          conversationId: row.conversation_id,
          ...message,
          attachments: change.attachments,
          now,
        })
      : await sendToCitizen(tx, context.store, {
          boxId: row.box_id,
          from: box,
          conversationId: row.conversation_id,
          ...message,
          attachments: change.attachments,
          now,
        });
  await tx.query('update submissions set state = $2, updated_at = $3 where id = $1', [row.id, change.to, now]);
  await addHistory(tx, {
    submissionId: row.id,
    seq,
    state: change.to,
    at: now,
    actor: change.actor,
    note,
    messageId,
    deadline: change.to === 'needs-information' ? (change.deadline ?? null) : null,
  });
  await addFiles(tx, context.store, row.id, seq, change.attachments);
  await context.afterChange?.(tx, {
    submissionId: row.id,
    state: change.to,
    submittedAt: new Date(row.submitted_at),
  });
  return from;
}

/** `applyChange` in a transaction of its own, answering the submission as it is after. */
export async function changeState(
  context: SubmissionsContext,
  change: StateChange,
): Promise<{ previousState: SubmissionState; submission: SubmissionSummary }> {
  const previousState = await context.db.transaction((tx) => applyChange(tx, context, change));
  const row = await findRow(context.db, change.viewer, change.submissionId);
  return { previousState, submission: summaryOf(row) };
}
