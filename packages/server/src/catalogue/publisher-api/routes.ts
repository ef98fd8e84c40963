import type { AuditAction } from '@czp/contract';
import {
  activateBodySchema,
  auditQuerySchema,
  createTokenBodySchema,
  externalBodySchema,
  serviceParamsSchema,
  tokenParamsSchema,
} from '@czp/contract/api-schemas';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../../db/database.js';
import { frameworkMessage } from '../../http/errors.js';
import { parseOrRefuse, Refusal } from '../../http/refusal.js';
import type { BundleStore } from '../bundle-store.js';
import { listFailureReports } from '../failure-reports.js';
import { activateVersion, listVersions, withdrawService } from '../publishing/activation.js';
import { registerExternalRemote } from '../publishing/external.js';
import { checkPublisherOwns, type Publisher } from '../publishing/ownership.js';
import { publishBundle } from '../publishing/publish.js';
import { readBundleArchive } from './archive.js';
import { listAudit, writeAudit } from './audit.js';
import { refusalOf } from './errors.js';
import { authenticate, createToken, listTokens, revokeToken, type TokenIdentity } from './tokens.js';
import { readPublishUpload, UPLOAD_LIMITS } from './upload.js';

export interface PublisherRouteDeps {
  db: Database;
  store: BundleStore;
  now: () => Date;
  /** Origins remotes may be hosted on by their issuers (CZP_REMOTE_ORIGINS). */
  remoteOrigins: readonly string[];
}

const PUBLISHER_PREFIX = '/api/publisher';
/** Per route and client address: enough for a CI pipeline, too few to guess tokens. */
const PUBLISHER_RATE_LIMIT = { max: 60, timeWindow: '1 minute' };

/** What a request is about, for its audit entry. */
interface RequestNote {
  action: AuditAction;
  serviceId?: string;
  version?: string;
}

const ACTIONS: Record<string, AuditAction> = {
  'POST /services/:serviceId/versions': 'publish',
  'POST /services/:serviceId/external': 'publish.external',
  'GET /services/:serviceId/versions': 'versions.list',
  'GET /services/:serviceId/reports': 'reports.list',
  'POST /services/:serviceId/active': 'activate',
  'DELETE /services/:serviceId/active': 'withdraw',
  'POST /tokens': 'token.create',
  'DELETE /tokens/:id': 'token.revoke',
};

/** The publishing API under /api/publisher/ (issuer tokens, versions, activation, audit). */
export function registerPublisherRoutes(app: FastifyInstance, deps: PublisherRouteDeps): void {
  app.register(
    async (scope) => {
      await publisherApi(scope, deps);
    },
    { prefix: PUBLISHER_PREFIX },
  );
}

async function publisherApi(scope: FastifyInstance, deps: PublisherRouteDeps): Promise<void> {
  const { db, store, now, remoteOrigins } = deps;
  const identities = new WeakMap<FastifyRequest, TokenIdentity>();
  const notes = new WeakMap<FastifyRequest, RequestNote>();

  // Registered in this scope only: nowhere else does the server take multipart bodies.
  await scope.register(fastifyMultipart, {
    limits: {
      fileSize: UPLOAD_LIMITS.fileBytes,
      files: 1,
      fieldSize: UPLOAD_LIMITS.fieldBytes,
      fields: UPLOAD_LIMITS.fields,
      parts: UPLOAD_LIMITS.parts,
    },
    throwFileSizeLimit: true,
  });

  const identity = (request: FastifyRequest): TokenIdentity => {
    const found = identities.get(request);
    if (!found) throw new Error('the publishing API route ran without an authenticated token');
    return found;
  };
  const note = (request: FastifyRequest, update: Partial<RequestNote>) => {
    const action = notes.get(request)?.action ?? actionOf(request) ?? 'publish';
    notes.set(request, { ...notes.get(request), action, ...update });
  };
  const audit = (
    request: FastifyRequest,
    outcome: 'ok' | 'refused',
    message: string,
    who = identities.get(request),
  ) => {
    const about = notes.get(request);
    // A revoked token is refused before any route: its entry names what it tried, or `authenticate`.
    const action = about?.action ?? actionOf(request) ?? (who ? 'authenticate' : undefined);
    if (!who || !action) return Promise.resolve();
    return writeAudit(db, {
      issuerId: who.issuerId,
      tokenId: who.tokenId,
      action,
      serviceId: about?.serviceId ?? null,
      version: about?.version ?? null,
      outcome,
      message,
      ip: request.ip ?? null,
      userAgent: request.headers['user-agent'] ?? null,
      at: now(),
    });
  };

  // After the rate limit (onRequest), before a body is read: an unknown caller never gets an upload parsed.
  scope.addHook('preParsing', async (request, _reply, payload) => {
    const result = await authenticate(db, request.headers.authorization, now());
    if (!result.ok) {
      if (result.code === 'token-revoked') {
        await audit(request, 'refused', result.message, { issuerId: result.issuerId, tokenId: result.tokenId });
      }
      throw new Refusal(401, result.code, result.message);
    }
    identities.set(request, { issuerId: result.issuerId, tokenId: result.tokenId });
    return payload;
  });

  scope.addHook('onSend', async (_request, reply, payload) => {
    reply.header('Cache-Control', 'no-store');
    return payload;
  });

  scope.setErrorHandler(async (error: FastifyError, request, reply) => {
    const refusal = refusalOf(error) ?? frameworkRefusal(error, request);
    if (!refusal) {
      request.log.error({ err: error }, 'a publishing API request failed');
      // An issuer sees every attempt with its token in the audit, also one that failed on the portal's side.
      try {
        await audit(request, 'refused', `failed on the portal's side (request ${request.id}); try again later`);
      } catch (auditError) {
        request.log.error({ err: auditError }, 'a failed publishing API request could not be written to the audit log');
      }
      return reply.code(500).send({ error: 'internal', message: 'Something went wrong on our side. Try again later.' });
    }
    if (refusal.status === 401) reply.header('WWW-Authenticate', 'Bearer realm="czp-publisher"');
    try {
      await audit(request, 'refused', refusal.message);
    } catch (auditError) {
      request.log.error({ err: auditError }, 'a refusal of the publishing API could not be written to the audit log');
    }
    return reply.code(refusal.status).send(refusal.body());
  });

  const rateLimit = { config: { rateLimit: PUBLISHER_RATE_LIMIT } };

  scope.post('/services/:serviceId/versions', rateLimit, async (request, reply) => {
    const { serviceId } = parseOrRefuse(serviceParamsSchema, request.params ?? {}, 'service id');
    const publisher = identity(request);
    note(request, { serviceId });
    const upload = await readPublishUpload(request);
    note(request, { version: upload.version });
    const files = await readBundleArchive(upload.bundle);

    await checkTarget(db, publisher, serviceId, upload.metadata);
    const result = await publishBundle(db, store, {
      metadata: upload.metadata,
      version: upload.version,
      files,
      activate: upload.activate,
      publisher,
      labels: { metadata: 'metadata', bundle: 'bundle' },
    });
    await audit(request, 'ok', result.message);
    return reply.code(result.status === 'published' ? 201 : 200).send({
      serviceId: result.serviceId,
      version: result.version,
      status: result.status,
      active: result.active,
      activeVersion: result.activeVersion,
      files: result.files,
      message: result.message,
    });
  });

  scope.post('/services/:serviceId/external', rateLimit, async (request, reply) => {
    const { serviceId } = parseOrRefuse(serviceParamsSchema, request.params ?? {}, 'service id');
    const publisher = identity(request);
    note(request, { serviceId });
    const body = parseOrRefuse(externalBodySchema, request.body ?? {}, 'request body');
    note(request, { version: body.version });
    // Who and what before the issuer's server is contacted: a foreign token never makes the portal fetch anything.
    await checkTarget(db, publisher, serviceId, body.metadata);
    const result = await registerExternalRemote(db, store, {
      metadata: body.metadata,
      version: body.version,
      baseUrl: body.baseUrl,
      activate: body.activate,
      publisher,
      allowedOrigins: remoteOrigins,
    });
    await audit(request, 'ok', `${result.message} (hosted at ${result.baseUrl})`);
    return reply.code(result.status === 'published' ? 201 : 200).send({
      serviceId: result.serviceId,
      version: result.version,
      status: result.status,
      active: result.active,
      activeVersion: result.activeVersion,
      files: result.files,
      baseUrl: result.baseUrl,
      message: result.message,
    });
  });

  scope.get('/services/:serviceId/versions', rateLimit, async (request) => {
    const { serviceId } = parseOrRefuse(serviceParamsSchema, request.params ?? {}, 'service id');
    note(request, { serviceId });
    return listVersions(db, identity(request), serviceId);
  });

  scope.get('/services/:serviceId/reports', rateLimit, async (request) => {
    const { serviceId } = parseOrRefuse(serviceParamsSchema, request.params ?? {}, 'service id');
    note(request, { serviceId });
    // The same limit as the audit log's: 1–500, 50 by default.
    const { limit } = parseOrRefuse(auditQuerySchema, request.query ?? {}, 'query');
    return listFailureReports(db, identity(request), serviceId, limit);
  });

  scope.post('/services/:serviceId/active', rateLimit, async (request) => {
    const { serviceId } = parseOrRefuse(serviceParamsSchema, request.params ?? {}, 'service id');
    note(request, { serviceId });
    const { version } = parseOrRefuse(activateBodySchema, request.body ?? {}, 'request body');
    note(request, { version });
    const result = await activateVersion(db, identity(request), serviceId, version);
    await audit(request, 'ok', result.message);
    return result;
  });

  scope.delete('/services/:serviceId/active', rateLimit, async (request) => {
    const { serviceId } = parseOrRefuse(serviceParamsSchema, request.params ?? {}, 'service id');
    note(request, { serviceId });
    const result = await withdrawService(db, identity(request), serviceId, now());
    note(request, { version: result.previousVersion ?? undefined });
    await audit(request, 'ok', result.message);
    return result;
  });

  scope.get('/tokens', rateLimit, async (request) => {
    const { issuerId, tokenId } = identity(request);
    const tokens = await listTokens(db, issuerId);
    return { issuerId, tokens: tokens.map((token) => ({ ...token, current: token.id === tokenId })) };
  });

  scope.post('/tokens', rateLimit, async (request, reply) => {
    const { name } = parseOrRefuse(createTokenBodySchema, request.body ?? {}, 'request body');
    const created = await createToken(db, identity(request).issuerId, name);
    await audit(request, 'ok', `created the token "${name}" (${created.id})`);
    return reply.code(201).send({
      id: created.id,
      name: created.name,
      createdAt: created.createdAt,
      token: created.token,
      message: 'Keep this token secret; it is shown only now. Send it as Authorization: Bearer <token>',
    });
  });

  scope.delete('/tokens/:id', rateLimit, async (request) => {
    const { id } = parseOrRefuse(tokenParamsSchema, request.params ?? {}, 'token id');
    const { issuerId } = identity(request);
    const revoked = await revokeToken(db, issuerId, id, now());
    if (!revoked) {
      throw new Refusal(404, 'not-found', `${issuerId} has no token ${id}; list them with GET /api/publisher/tokens`);
    }
    const message = `revoked the token "${revoked.name}" (${revoked.id})`;
    await audit(request, 'ok', message);
    return { ...revoked, message };
  });

  scope.get('/audit', rateLimit, async (request) => {
    const { limit } = parseOrRefuse(auditQuerySchema, request.query ?? {}, 'query');
    return { entries: await listAudit(db, identity(request).issuerId, limit) };
  });
}

/** The token's issuer publishes this service, and the metadata is of this service and names that issuer. */
async function checkTarget(db: Database, publisher: Publisher, serviceId: string, rawMetadata: unknown): Promise<void> {
  const metadata = rawMetadata as { id?: unknown; issuer?: { id?: unknown } } | null;
  const metadataIssuer = typeof metadata?.issuer?.id === 'string' ? metadata.issuer.id : undefined;
  const [service] = await db.query<{ issuer_id: string }>('select issuer_id from services where id = $1', [serviceId]);
  checkPublisherOwns(publisher, serviceId, metadataIssuer, service?.issuer_id);
  if (metadata?.id !== serviceId) {
    throw new Refusal(
      400,
      'service-id-mismatch',
      `The address names the service ${serviceId}, but the metadata's id is ${JSON.stringify(metadata?.id ?? null)}; ` +
        'publish to the address of that service, or correct id in czp.service.json',
      'metadata.id',
    );
  }
}

/** The audit action of a route, also for a refusal that comes before its handler runs. */
function actionOf(request: FastifyRequest): AuditAction | undefined {
  const url = request.routeOptions.url?.slice(PUBLISHER_PREFIX.length) ?? '';
  return ACTIONS[`${request.method} ${url}`];
}

/** Fastify's own 4xx errors (body parsing, rate limit) in the API's error shape; null for anything else. */
function frameworkRefusal(error: FastifyError, request: FastifyRequest): Refusal | null {
  const status = error.statusCode ?? 500;
  if (status < 400 || status >= 500) return null;
  if (status === 429) return new Refusal(429, 'rate-limited', error.message);
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return actionOf(request) === 'publish'
      ? new Refusal(
          415,
          'unsupported-media-type',
          'Send multipart/form-data with the fields version, metadata, activate and the file bundle',
        )
      : new Refusal(415, 'unsupported-media-type', 'Send the request body as JSON (Content-Type: application/json)');
  }
  const message = frameworkMessage(error);
  return new Refusal(status, status === 413 ? 'too-large' : 'bad-request', message ?? 'The request is not valid');
}
