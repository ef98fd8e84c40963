import { serviceIdSchema } from '@czp/contract';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { RequestSessions } from '../auth/request-session.js';
import type { Database } from '../db/database.js';
import { addMyService, listMyServices, MyServicesError, removeMyService, reorderMyServices } from './store.js';

export interface MyServicesRouteDeps {
  db: Database;
  sessions: RequestSessions;
}

const paramsSchema = z.object({ serviceId: z.string().pipe(serviceIdSchema) });
const addSchema = z.object({ position: z.number().int().min(0).max(1000).optional() }).optional();
const reorderSchema = z.object({
  services: z
    .array(z.string().pipe(serviceIdSchema), {
      error: 'services must be the list of your service ids in the new order',
    })
    .max(500),
});

function refuse(reply: FastifyReply, issue: { message: string; path: PropertyKey[] } | undefined) {
  return reply.code(400).send({
    error: 'validation',
    message: issue?.message ?? 'The request is not valid',
    field: issue?.path.map(String).join('.') ?? '',
  });
}

/**
 * The citizen's own list of services: what they added from the catalogue, in their order. Stored on the server so it
 * follows them to another browser. Needs a login (not the consent: it holds no register data).
 */
export function registerMyServicesRoutes(app: FastifyInstance, { db, sessions }: MyServicesRouteDeps): void {
  const guard = { preHandler: sessions.guard() };
  const personOf = async (request: Parameters<RequestSessions['active']>[0], reply: FastifyReply) =>
    (await sessions.active(request, reply))?.personId ?? '';
  const handle = async (reply: FastifyReply, change: () => Promise<string[]>) => {
    try {
      return { services: await change() };
    } catch (error) {
      if (error instanceof MyServicesError) {
        return reply.code(error.status).send({ error: error.code, message: error.message, field: 'serviceId' });
      }
      throw error;
    }
  };

  app.get('/api/my-services', guard, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return { services: await listMyServices(db, await personOf(request, reply)) };
  });

  app.put('/api/my-services/:serviceId', guard, async (request, reply) => {
    const params = paramsSchema.safeParse(request.params);
    if (!params.success) return refuse(reply, params.error.issues[0]);
    const body = addSchema.safeParse(request.body ?? undefined);
    if (!body.success) return refuse(reply, body.error.issues[0]);
    const personId = await personOf(request, reply);
    return handle(reply, () => addMyService(db, personId, params.data.serviceId, body.data?.position));
  });

  app.delete('/api/my-services/:serviceId', guard, async (request, reply) => {
    const params = paramsSchema.safeParse(request.params);
    if (!params.success) return refuse(reply, params.error.issues[0]);
    const personId = await personOf(request, reply);
    return handle(reply, () => removeMyService(db, personId, params.data.serviceId));
  });

  app.put('/api/my-services', guard, async (request, reply) => {
    const body = reorderSchema.safeParse(request.body ?? {});
    if (!body.success) return refuse(reply, body.error.issues[0]);
    const personId = await personOf(request, reply);
    return handle(reply, () => reorderMyServices(db, personId, body.data.services));
  });
}
