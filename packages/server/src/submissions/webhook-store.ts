import { randomUUID } from 'node:crypto';
import type {
  SubmissionCreatedEvent,
  WebhookAttempt,
  WebhookDelivery,
  WebhookDeliveryState,
  WebhookEventName,
} from '@czp/contract';
import type { Queryable } from '../db/database.js';
import { defineJob, enqueue } from '../jobs/job.js';
import type { WebhookOutcome } from './webhook-send.js';

/**
 * The webhooks' tables: a service's webhook, its deliveries (one per event, its id the X-CzP-Delivery header) and
 * every attempt of each. The delivery and its first job are written in the transaction of the submission (the outbox):
 * a new submission is told exactly when it commits, whatever happens to the process afterwards.
 */

/**
 * One attempt of a delivery. Each attempt is a job of its own (keyed `<delivery id>:<attempt>`) rather than a retry
 * of the queue: a throwing handler's writes are rolled back, and the attempt and what was answered must be kept. The
 * queue's own retry still covers a process that stops mid-attempt (the same attempt runs again).
 */
export const webhookDelivery = defineJob<{ deliveryId: string; attempt: number }>('submissions.webhook');

/** Attempts of one delivery: with the backoff below, the last one is about 17 minutes after the first. */
export const WEBHOOK_MAX_ATTEMPTS = 10;

/** The queue's backoff: 1 s before the second attempt, doubling, at most an hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(60 * 60 * 1000, 1000 * 2 ** (attempt - 1));
}

/** A job's own runs for one attempt (a crash or a database error mid-attempt), not the webhook's attempts. */
const RUNS_PER_ATTEMPT = 3;

export interface WebhookRow {
  service_id: string;
  issuer_id: string;
  url: string;
  secret: string;
  created_at: Date | string;
  updated_at: Date | string;
  secret_created_at: Date | string;
}

const iso = (value: Date | string) => new Date(value).toISOString();

export async function findWebhook(q: Queryable, serviceId: string, lock = false): Promise<WebhookRow | undefined> {
  const [row] = await q.query<WebhookRow>(
    `select service_id, issuer_id, url, secret, created_at, updated_at, secret_created_at from submission_webhooks
     where service_id = $1${lock ? ' for update' : ''}`,
    [serviceId],
  );
  return row;
}

/** Creates the webhook with this secret, or changes only its URL (the secret stays). Returns whether it was created. */
export async function saveWebhook(
  q: Queryable,
  input: { serviceId: string; issuerId: string; url: string; secret: string; now: Date },
): Promise<boolean> {
  const [row] = await q.query<{ created: boolean }>(
    `insert into submission_webhooks (service_id, issuer_id, url, secret, created_at, updated_at, secret_created_at)
     values ($1, $2, $3, $4, $5, $5, $5)
     on conflict (service_id) do update set url = excluded.url, updated_at = excluded.updated_at
     returning (xmax = 0) as created`,
    [input.serviceId, input.issuerId, input.url, input.secret, input.now],
  );
  return row?.created ?? false;
}

export async function rotateSecret(q: Queryable, serviceId: string, secret: string, now: Date): Promise<boolean> {
  const rows = await q.query(
    `update submission_webhooks set secret = $2, secret_created_at = $3, updated_at = $3 where service_id = $1
     returning service_id`,
    [serviceId, secret, now],
  );
  return rows.length > 0;
}

/** Removes the webhook; what is still pending is cancelled (kept in the history). */
export async function removeWebhook(q: Queryable, serviceId: string): Promise<boolean> {
  const rows = await q.query('delete from submission_webhooks where service_id = $1 returning service_id', [serviceId]);
  await q.query(
    `update submission_webhook_deliveries set state = 'cancelled' where service_id = $1 and state = 'pending'`,
    [serviceId],
  );
  return rows.length > 0;
}

/** A delivery of an event to the service's webhook, with the exact body every attempt sends. Returns its id. */
export async function createDelivery(
  q: Queryable,
  input: { serviceId: string; event: WebhookEventName; submissionId: string | null; body: string; now: Date },
): Promise<string | null> {
  const [row] = await q.query<{ id: string }>(
    `insert into submission_webhook_deliveries (id, service_id, event, submission_id, body, state, created_at)
     values ($1, $2, $3, $4, $5, 'pending', $6)
     on conflict do nothing
     returning id`,
    [randomUUID(), input.serviceId, input.event, input.submissionId, input.body, input.now],
  );
  return row?.id ?? null;
}

/**
 * In the transaction that creates the submission: when its service has a webhook, the delivery and its first attempt
 * (a job). The body holds only what the issuer can already read with its token, and no form data or name.
 */
export async function enqueueSubmissionWebhook(
  tx: Queryable,
  submission: { id: string; reference: string; serviceId: string; type: string; submittedAt: Date },
): Promise<void> {
  if (!(await findWebhook(tx, submission.serviceId))) return;
  const body: SubmissionCreatedEvent = {
    event: 'submission.created',
    id: submission.id,
    reference: submission.reference,
    serviceId: submission.serviceId,
    type: submission.type,
    submittedAt: submission.submittedAt.toISOString(),
  };
  const deliveryId = await createDelivery(tx, {
    serviceId: submission.serviceId,
    event: 'submission.created',
    submissionId: submission.id,
    body: JSON.stringify(body),
    now: submission.submittedAt,
  });
  if (deliveryId) await enqueueAttempt(tx, deliveryId, 1);
}

export function enqueueAttempt(tx: Queryable, deliveryId: string, attempt: number, runAt?: Date) {
  return enqueue(
    tx,
    webhookDelivery,
    { deliveryId, attempt },
    { key: `${deliveryId}:${attempt}`, maxAttempts: RUNS_PER_ATTEMPT, ...(runAt ? { runAt } : {}) },
  );
}

/** An attempt as it happened; the same attempt run again (after a crash) replaces its record. */
export async function recordAttempt(
  q: Queryable,
  deliveryId: string,
  attempt: number,
  at: Date,
  outcome: WebhookOutcome,
): Promise<void> {
  await q.query(
    `insert into submission_webhook_attempts (delivery_id, attempt, at, status, error, duration_ms)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (delivery_id, attempt) do update
       set at = excluded.at, status = excluded.status, error = excluded.error, duration_ms = excluded.duration_ms`,
    [deliveryId, attempt, at, outcome.status, outcome.error?.slice(0, 500) ?? null, Math.round(outcome.durationMs)],
  );
}

export async function setDeliveryState(q: Queryable, deliveryId: string, state: WebhookDeliveryState) {
  await q.query('update submission_webhook_deliveries set state = $2 where id = $1', [deliveryId, state]);
}

/** The service's last deliveries, newest first, each with its attempts. */
export async function listDeliveries(q: Queryable, serviceId: string, limit = 20): Promise<WebhookDelivery[]> {
  return readDeliveries(q, 'd.service_id = $1 order by d.created_at desc, d.id limit $2', [serviceId, limit]);
}

export async function readDelivery(q: Queryable, deliveryId: string): Promise<WebhookDelivery | undefined> {
  const [delivery] = await readDeliveries(q, 'd.id = $1', [deliveryId]);
  return delivery;
}

async function readDeliveries(q: Queryable, where: string, params: unknown[]): Promise<WebhookDelivery[]> {
  const rows = await q.query<{
    id: string;
    event: WebhookEventName;
    submission_id: string | null;
    reference: string | null;
    created_at: Date | string;
    state: WebhookDeliveryState;
  }>(
    `select d.id, d.event, d.submission_id, su.reference, d.created_at, d.state
     from submission_webhook_deliveries d left join submissions su on su.id = d.submission_id
     where ${where}`,
    params,
  );
  if (rows.length === 0) return [];
  const attempts = await q.query<{
    delivery_id: string;
    attempt: number;
    at: Date | string;
    status: number | null;
    error: string | null;
    duration_ms: number;
  }>(
    `select delivery_id, attempt, at, status, error, duration_ms from submission_webhook_attempts
     where delivery_id = any($1::uuid[]) order by attempt`,
    [rows.map((row) => row.id)],
  );
  return rows.map((row) => ({
    id: row.id,
    event: row.event,
    submissionId: row.submission_id,
    reference: row.reference,
    createdAt: iso(row.created_at),
    state: row.state,
    attempts: attempts
      .filter((attempt) => attempt.delivery_id === row.id)
      .map(
        (attempt): WebhookAttempt => ({
          attempt: attempt.attempt,
          at: iso(attempt.at),
          status: attempt.status,
          error: attempt.error,
          durationMs: attempt.duration_ms,
        }),
      ),
  }));
}
