import { serviceIdSchema } from '@czp/contract';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { RequestSessions } from '../auth/request-session.js';
import type { Database } from '../db/database.js';
import { parseOrRefuse } from '../http/refusal.js';
import { addMyService, listMyServices, removeMyService, reorderMyServices } from './store.js';

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

/**
 * The citizen's own list of services: what they added from the catalogue, in their order. Stored on the server so it
 * follows them to another browser. Needs a login (not the consent: it holds no register data).
 */
export function registerMyServicesRoutes(app: FastifyInstance, { db, sessions }: MyServicesRouteDeps): void {
  const guard = { preHandler: sessions.guard() };
  const personOf = async (request: Parameters<RequestSessions['active']>[0], reply: FastifyReply) =>
    (await sessions.active(request, reply))?.personId ?? '';
  app.get('/api/my-services', guard, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return { services: await listMyServices(db, await personOf(request, reply)) };
  });

  app.put('/api/my-services/:serviceId', guard, async (request, reply) => {
    const { serviceId } = parseOrRefuse(paramsSchema, request.params);
    const body = parseOrRefuse(addSchema, request.body ?? undefined);
    const personId = await personOf(request, reply);
    return { services: await addMyService(db, personId, serviceId, body?.position) };
  });

  app.delete('/api/my-services/:serviceId', guard, async (request, reply) => {
    const { serviceId } = parseOrRefuse(paramsSchema, request.params);
    const personId = await personOf(request, reply);
    return { services: await removeMyService(db, personId, serviceId) };
  });

  app.put('/api/my-services', guard, async (request, reply) => {
    const { services } = parseOrRefuse(reorderSchema, request.body ?? {});
    const personId = await personOf(request, reply);
    return { services: await reorderMyServices(db, personId, services) };
  });
}
