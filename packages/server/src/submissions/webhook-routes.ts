import {
  SERVICE_WEBHOOK_PATH,
  serviceIdSchema,
  type WebhookInfo,
  type WebhookPingEvent,
  type WebhookRemoved,
  type WebhookSaved,
  type WebhookTestResult,
} from '@czp/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authenticate } from '../catalogue/publisher-api/tokens.js';
import type { Queryable } from '../db/database.js';
import { parseOrRefuse, Refusal } from '../http/refusal.js';
import type { JobQueue } from '../jobs/queue.js';
import type { SubmissionsContext } from './store.js';
import { delivered, registerWebhookSender, sendAttempt } from './webhook-jobs.js';
import { httpTransport, type WebhookTransport } from './webhook-send.js';
import { newWebhookSecret } from './webhook-signature.js';
import {
  createDelivery,
  findWebhook,
  listDeliveries,
  readDelivery,
  recordAttempt,
  removeWebhook,
  rotateSecret,
  saveWebhook,
  setDeliveryState,
} from './webhook-store.js';
import { checkWebhookUrl, type Resolver, systemResolver } from './webhook-url.js';

/** What the wiring and tests reach through `app.webhooks`: read at each use, so a test may switch them. */
interface WebhooksRuntime {
  /** Production refuses http:// and private addresses (NODE_ENV=production when the app is built). */
  production: boolean;
  resolve: Resolver;
  /** Null: real HTTP under the policy above. */
  transport: WebhookTransport | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    webhooks: WebhooksRuntime;
  }
}

export interface WebhookDeps {
  context: SubmissionsContext;
  jobs: JobQueue;
}

const RATE_LIMIT = { config: { rateLimit: { max: 60, timeWindow: '1 minute' } } };
/** A ping makes the portal call out: fewer. */
const PING_RATE_LIMIT = { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } };
const paramsSchema = z.object({ serviceId: z.string().pipe(serviceIdSchema) });
const bodySchema = z.object({ url: z.string({ error: 'url is required: the https:// address of your receiver' }) });

const SECRET_NOTE =
  'Keep the secret now: it is not shown again (czp webhook rotate makes a new one). Check X-CzP-Signature with it.';

/**
 * The issuer's webhook of a service, with its publishing token, below /api/publisher/services/:serviceId/webhook:
 * PUT sets the URL (the secret answered once), GET shows it and the last deliveries, DELETE removes it, POST rotate
 * makes a new secret and POST test sends a ping at once. Another issuer's service is 403, an unknown one 404. Also
 * registers the job that sends `submission.created`.
 */
export function registerWebhooks(app: FastifyInstance, deps: WebhookDeps): void {
  const { context } = deps;
  const { db, now } = context;
  const runtime: WebhooksRuntime = {
    production: process.env.NODE_ENV === 'production',
    resolve: systemResolver,
    transport: null,
  };
  app.decorate('webhooks', runtime);
  const transport = () => runtime.transport ?? httpTransport(runtime, runtime.resolve);
  registerWebhookSender(deps.jobs, { transport, now });

  const issuers = new WeakMap<FastifyRequest, string>();
  /** The service of the path, after checking it is the token's issuer's. */
  const serviceOf = async (request: FastifyRequest, q: Queryable = db): Promise<string> => {
    const issuerId = issuers.get(request);
    if (!issuerId) throw new Error('a webhook route ran without a token');
    const params = paramsSchema.safeParse(request.params);
    if (!params.success) throw unknownService(String((request.params as { serviceId?: unknown }).serviceId));
    const { serviceId } = params.data;
    const [service] = await q.query<{ issuer_id: string }>('select issuer_id from services where id = $1', [serviceId]);
    if (!service) throw unknownService(serviceId);
    if (service.issuer_id !== issuerId) {
      throw new Refusal(
        403,
        'issuer-mismatch',
        `This token belongs to ${issuerId}; the service ${serviceId} is published by another issuer`,
      );
    }
    return serviceId;
  };
  const noWebhook = (serviceId: string) =>
    new Refusal(
      404,
      'no-webhook',
      `The service ${serviceId} has no webhook: set one with PUT /api/publisher/services/${serviceId}/webhook`,
    );

  void app.register(
    async (scope) => {
      scope.addHook('preParsing', async (request, reply, payload) => {
        const result = await authenticate(db, request.headers.authorization, now());
        if (!result.ok) {
          reply.header('WWW-Authenticate', 'Bearer realm="czp-publisher"');
          throw new Refusal(401, result.code, result.message);
        }
        issuers.set(request, result.issuerId);
        return payload;
      });
      scope.addHook('onSend', async (_request, reply, payload) => {
        reply.header('Cache-Control', 'no-store');
        return payload;
      });

      scope.put('', RATE_LIMIT, async (request, reply): Promise<WebhookSaved> => {
        const serviceId = await serviceOf(request);
        const { url: given } = parseOrRefuse(bodySchema, request.body ?? {}, 'request body');
        const url = (await checkWebhookUrl(given.trim(), runtime, runtime.resolve)).href;
        const secret = newWebhookSecret();
        const issuerId = issuers.get(request) ?? '';
        const created = await db.transaction(async (tx) => {
          await serviceOf(request, tx);
          return saveWebhook(tx, { serviceId, issuerId, url, secret, now: now() });
        });
        reply.code(created ? 201 : 200);
        return created
          ? {
              serviceId,
              url,
              created,
              secret,
              message: `${serviceId} tells ${url} of each new submission. ${SECRET_NOTE}`,
            }
          : {
              serviceId,
              url,
              created,
              secret: null,
              message: `${serviceId} now tells ${url}; the secret is unchanged.`,
            };
      });

      scope.get('', RATE_LIMIT, async (request): Promise<WebhookInfo> => {
        const serviceId = await serviceOf(request);
        const webhook = await findWebhook(db, serviceId);
        if (!webhook) throw noWebhook(serviceId);
        return {
          serviceId,
          url: webhook.url,
          createdAt: new Date(webhook.created_at).toISOString(),
          updatedAt: new Date(webhook.updated_at).toISOString(),
          secretCreatedAt: new Date(webhook.secret_created_at).toISOString(),
          deliveries: await listDeliveries(db, serviceId),
        };
      });

      scope.delete('', RATE_LIMIT, async (request): Promise<WebhookRemoved> => {
        const serviceId = await serviceOf(request);
        const removed = await db.transaction((tx) => removeWebhook(tx, serviceId));
        if (!removed) throw noWebhook(serviceId);
        return {
          serviceId,
          removed: true,
          message: `${serviceId} no longer has a webhook; deliveries still pending are cancelled.`,
        };
      });

      scope.post('/rotate', RATE_LIMIT, async (request): Promise<WebhookSaved> => {
        const serviceId = await serviceOf(request);
        const secret = newWebhookSecret();
        if (!(await rotateSecret(db, serviceId, secret, now()))) throw noWebhook(serviceId);
        const webhook = await findWebhook(db, serviceId);
        return {
          serviceId,
          url: webhook?.url ?? '',
          created: false,
          secret,
          message: `A new secret signs every request from now on, retries too; the old one is no longer used. ${SECRET_NOTE}`,
        };
      });

      // At once, in this request (not a job): the issuer sees whether its receiver answers. Outside any transaction,
      // so a slow receiver holds no lock.
      scope.post('/test', PING_RATE_LIMIT, async (request): Promise<WebhookTestResult> => {
        const serviceId = await serviceOf(request);
        const webhook = await findWebhook(db, serviceId);
        if (!webhook) throw noWebhook(serviceId);
        const at = now();
        const body: WebhookPingEvent = { event: 'ping', serviceId, sentAt: at.toISOString() };
        const deliveryId = await createDelivery(db, {
          serviceId,
          event: 'ping',
          submissionId: null,
          body: JSON.stringify(body),
          now: at,
        });
        if (!deliveryId) throw new Error('the ping was not stored');
        const sent = await sendAttempt({ transport, now }, webhook, {
          id: deliveryId,
          event: 'ping',
          body: JSON.stringify(body),
        });
        const success = delivered(sent.outcome);
        await db.transaction(async (tx) => {
          await recordAttempt(tx, deliveryId, 1, sent.at, sent.outcome);
          await setDeliveryState(tx, deliveryId, success ? 'delivered' : 'failed');
        });
        const delivery = await readDelivery(db, deliveryId);
        if (!delivery) throw new Error('the ping was not stored');
        const answer = sent.outcome.status === null ? sent.outcome.error : `HTTP ${sent.outcome.status}`;
        return {
          serviceId,
          ok: success,
          delivery,
          message: success
            ? `${webhook.url} answered ${answer} to the ping.`
            : `${webhook.url} did not take the ping: ${answer}${sent.outcome.error && sent.outcome.status !== null ? ` (${sent.outcome.error})` : ''}. A submission's delivery is retried; a ping is not.`,
        };
      });
    },
    { prefix: `/api/publisher/services/:serviceId${SERVICE_WEBHOOK_PATH}` },
  );
}

function unknownService(serviceId: string): Refusal {
  return new Refusal(
    404,
    'unknown-service',
    `There is no service ${serviceId.slice(0, 100)}; publish a first version with czp publish`,
  );
}
