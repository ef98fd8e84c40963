import type { CreatedToken, OperatorInstance, OperatorIssuerResult, RevokedToken, TokenList } from '@czp/contract';
import { issuerSchema } from '@czp/contract';
import { createTokenBodySchema, tokenNameSchema, tokenParamsSchema } from '@czp/contract/api-schemas';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import { parseOrRefuse, Refusal } from '../../http/refusal.js';
import type { OperatorCredential } from '../../operations/operator.js';
import { writeAudit } from './audit.js';
import { createIssuer, createIssuerToken, requireIssuer } from './issuers.js';
import { listTokens, revokeToken } from './tokens.js';

interface OperatorPublisherDeps {
  db: Database;
  operator: OperatorCredential;
  version: string;
  now: () => Date;
  /** The process that answers (tests give the child's). */
  pid?: number;
}

const issuerBodySchema = z.object({
  // Checked by createIssuer, which names every field of the issuer that is wrong.
  issuer: z.unknown(),
  tokenName: tokenNameSchema.default('initial'),
});
const issuerParamsSchema = z.object({ issuerId: issuerSchema.shape.id });
const KEEP_IT = 'Keep this token secret; it is shown only now. Send it as Authorization: Bearer <token>';

/**
 * The operator's publishers API: register an issuer, create, list and revoke its tokens (`czp-admin` sends its commands
 * here while this server holds the embedded database, so that no other process writes it). Operator token only; each
 * change is in the issuer's audit log as done by the operator (no token of the issuer).
 */
export function registerOperatorPublishers(app: FastifyInstance, deps: OperatorPublisherDeps): void {
  const { db, operator, now } = deps;
  const requireOperator = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!operator.allows(request)) {
      reply.header('WWW-Authenticate', 'Bearer realm="czp-operator"');
      throw new Refusal(401, 'operator-only', 'This needs the operator token (Authorization: Bearer <token>)');
    }
    reply.header('Cache-Control', 'no-store');
  };
  const options = { onRequest: requireOperator };
  const audit = (request: FastifyRequest, issuerId: string, action: 'token.create' | 'token.revoke', message: string) =>
    writeAudit(db, {
      issuerId,
      tokenId: null,
      action,
      outcome: 'ok',
      message: `the portal operator ${message}`,
      ip: request.ip ?? null,
      userAgent: request.headers['user-agent'] ?? null,
      at: now(),
    });

  app.get('/api/operations/instance', options, async (): Promise<OperatorInstance> => {
    return { pid: deps.pid ?? process.pid, database: db.kind, version: deps.version };
  });

  app.post('/api/operations/issuers', options, async (request, reply) => {
    const body = parseOrRefuse(issuerBodySchema, request.body ?? {}, 'request body');
    const result = await createIssuer(db, body.issuer, body.tokenName);
    await audit(
      request,
      result.issuer.id,
      'token.create',
      `${result.created ? 'registered the issuer and ' : ''}created the token "${result.token.name}" (${result.token.id})`,
    );
    const answer: OperatorIssuerResult = {
      issuer: result.issuer,
      created: result.created,
      token: { ...result.token, message: KEEP_IT },
    };
    return reply.code(result.created ? 201 : 200).send(answer);
  });

  app.get('/api/operations/issuers/:issuerId/tokens', options, async (request): Promise<TokenList> => {
    const { issuerId } = parseOrRefuse(issuerParamsSchema, request.params ?? {}, 'issuer id');
    await requireIssuer(db, issuerId);
    const tokens = await listTokens(db, issuerId);
    return { issuerId, tokens: tokens.map((token) => ({ ...token, current: false })) };
  });

  app.post('/api/operations/issuers/:issuerId/tokens', options, async (request, reply) => {
    const { issuerId } = parseOrRefuse(issuerParamsSchema, request.params ?? {}, 'issuer id');
    const { name } = parseOrRefuse(createTokenBodySchema, request.body ?? {}, 'request body');
    const created = await createIssuerToken(db, issuerId, name);
    await audit(request, issuerId, 'token.create', `created the token "${name}" (${created.id})`);
    const answer: CreatedToken = { ...created, message: KEEP_IT };
    return reply.code(201).send(answer);
  });

  app.delete('/api/operations/issuers/:issuerId/tokens/:id', options, async (request): Promise<RevokedToken> => {
    const params = request.params as Record<string, unknown> | undefined;
    const { issuerId } = parseOrRefuse(issuerParamsSchema, { issuerId: params?.issuerId }, 'issuer id');
    const { id } = parseOrRefuse(tokenParamsSchema, { id: params?.id }, 'token id');
    await requireIssuer(db, issuerId);
    const revoked = await revokeToken(db, issuerId, id, now());
    if (!revoked) throw new Refusal(404, 'not-found', `${issuerId} has no token ${id}`, 'id');
    const message = `revoked the token "${revoked.name}" (${revoked.id})`;
    await audit(request, issuerId, 'token.revoke', message);
    return { ...revoked, message: `Revoked the token "${revoked.name}" (${revoked.id}) of ${issuerId}.` };
  });
}
