import type { DevelopmentTokenRequest, DevelopmentTokenResult } from '@czp/contract';
import { issuerSchema } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import { Refusal } from '../../http/refusal.js';
import { DEVELOPMENT_TOKEN_PREFIX, hashToken } from './tokens.js';

interface DevelopmentTokenDeps {
  db: Database;
}

export const DEVELOPMENT_TOKENS_PATH = '/api/publisher/development-tokens';

const bodySchema: z.ZodType<DevelopmentTokenRequest> = z.object({ issuer: issuerSchema });

/** Whether this process is a development portal: the same test as every development-only part (start.ts). */
function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

/**
 * Development only, and so never registered in production: `POST /api/publisher/development-tokens` with the issuer
 * of a service's czp.service.json registers that issuer when the portal does not know it and answers its development
 * token, `czp_dev_<issuer id>`, the one the portal seeds on start for the issuers of its own remotes/. It gives a
 * newcomer's remote outside remotes/ its token without guessing. Nothing here is secret: the value is documented and
 * refused by a production portal (tokens.ts). An issuer registered with another IČO is refused (409), so one
 * municipality's remote cannot take over another's id.
 */
export function registerDevelopmentTokens(app: FastifyInstance, deps: DevelopmentTokenDeps): void {
  if (isProduction()) return;
  const { db } = deps;
  app.post(
    DEVELOPMENT_TOKENS_PATH,
    { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const parsed = bodySchema.safeParse(request.body ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Refusal(
          400,
          'invalid-issuer',
          `The issuer is not valid: ${issue?.message ?? 'give the issuer of czp.service.json'}`,
          issue?.path.map(String).join('.') || 'issuer',
        );
      }
      const { issuer } = parsed.data;
      const token = `${DEVELOPMENT_TOKEN_PREFIX}${issuer.id}`;
      const created = await db.transaction(async (tx) => {
        const [existing] = await tx.query<{ ico: string }>('select ico from issuers where id = $1 for update', [
          issuer.id,
        ]);
        if (existing && existing.ico !== issuer.ico) {
          throw new Refusal(
            409,
            'issuer-exists',
            `The issuer ${issuer.id} is already registered on this portal with the IČO ${existing.ico}, not ` +
              `${issuer.ico}: correct the IČO in czp.service.json, or choose another issuer id`,
            'issuer.ico',
          );
        }
        if (!existing) {
          await tx.query('insert into issuers (id, name, ico) values ($1, $2::jsonb, $3)', [
            issuer.id,
            JSON.stringify(issuer.name),
            issuer.ico,
          ]);
        }
        // As seedDevelopmentPublishers: one development token per issuer, revived when it was revoked.
        await tx.query(
          `insert into publisher_tokens (issuer_id, name, token_hash) values ($1, 'development', $2)
           on conflict (token_hash) do update set revoked_at = null
           where publisher_tokens.issuer_id = excluded.issuer_id`,
          [issuer.id, hashToken(token)],
        );
        return !existing;
      });
      const answer: DevelopmentTokenResult = {
        issuerId: issuer.id,
        token,
        created,
        message: created
          ? `Registered ${issuer.id} on this development portal; its development token is ${token}`
          : `The development token of ${issuer.id} is ${token}`,
      };
      reply.header('Cache-Control', 'no-store');
      return reply.code(created ? 201 : 200).send(answer);
    },
  );
}
