import { WEBHOOK_HEADERS, type WebhookEventName } from '@czp/contract';
import type { Queryable } from '../db/database.js';
import type { JobQueue } from '../jobs/queue.js';
import type { WebhookOutcome, WebhookTransport } from './webhook-send.js';
import { signWebhook } from './webhook-signature.js';
import {
  enqueueAttempt,
  findWebhook,
  recordAttempt,
  retryDelayMs,
  setDeliveryState,
  WEBHOOK_MAX_ATTEMPTS,
  webhookDelivery,
} from './webhook-store.js';

export interface WebhookSenderDeps {
  /** Read at each attempt: tests replace it after the app is built. */
  transport: () => WebhookTransport;
  now: () => Date;
}

const USER_AGENT = 'CzP-Webhook/1 (+https://portal.gov.cz)';

const ok = (outcome: WebhookOutcome) => outcome.status !== null && outcome.status >= 200 && outcome.status < 300;

/** Signs and sends one attempt of a delivery with the webhook's current URL and secret. */
export async function sendAttempt(
  deps: WebhookSenderDeps,
  target: { url: string; secret: string },
  delivery: { id: string; event: WebhookEventName; body: string },
): Promise<{ at: Date; outcome: WebhookOutcome }> {
  const at = deps.now();
  const timestamp = Math.floor(at.getTime() / 1000);
  const outcome = await deps.transport()({
    url: target.url,
    body: delivery.body,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'User-Agent': USER_AGENT,
      [WEBHOOK_HEADERS.signature]: signWebhook(target.secret, timestamp, delivery.body),
      [WEBHOOK_HEADERS.timestamp]: String(timestamp),
      [WEBHOOK_HEADERS.delivery]: delivery.id,
      [WEBHOOK_HEADERS.event]: delivery.event,
    },
  });
  const redirect = outcome.status !== null && outcome.status >= 300 && outcome.status < 400;
  return {
    at,
    outcome: redirect && !outcome.error ? { ...outcome, error: 'redirects are not followed' } : outcome,
  };
}

/**
 * The job `submissions.webhook`: one attempt. A 2xx answer delivers it; anything else schedules the next attempt by
 * the queue's backoff, until WEBHOOK_MAX_ATTEMPTS, and every attempt is recorded. A delivery that is no longer pending
 * (delivered, cancelled) is never sent again. At least once: a process that stops after the receiver answered but
 * before the commit sends that attempt again, with the same X-CzP-Delivery, which the receiver uses to skip it.
 */
export function registerWebhookSender(queue: JobQueue, deps: WebhookSenderDeps): void {
  queue.handle(webhookDelivery, async (job, tx) => {
    const { deliveryId, attempt } = job.payload;
    const delivery = await lockDelivery(tx, deliveryId);
    if (delivery?.state !== 'pending') return;
    const webhook = await findWebhook(tx, delivery.service_id);
    if (!webhook) {
      await setDeliveryState(tx, deliveryId, 'cancelled');
      return;
    }
    const { at, outcome } = await sendAttempt(deps, webhook, { ...delivery, id: deliveryId });
    await recordAttempt(tx, deliveryId, attempt, at, outcome);
    if (ok(outcome)) await setDeliveryState(tx, deliveryId, 'delivered');
    else if (attempt >= WEBHOOK_MAX_ATTEMPTS) await setDeliveryState(tx, deliveryId, 'failed');
    else await enqueueAttempt(tx, deliveryId, attempt + 1, new Date(at.getTime() + retryDelayMs(attempt)));
  });
}

async function lockDelivery(tx: Queryable, deliveryId: string) {
  const [row] = await tx.query<{ service_id: string; event: WebhookEventName; body: string; state: string }>(
    'select service_id, event, body, state from submission_webhook_deliveries where id = $1 for update',
    [deliveryId],
  );
  return row;
}

/** Whether an outcome delivered (for the ping's answer). */
export const delivered = ok;
