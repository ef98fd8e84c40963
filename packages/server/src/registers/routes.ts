import {
  READ_PURPOSES,
  REGISTER_ITEMS,
  REGISTERS,
  type ReadPurpose,
  type RegisterAnswer,
  type RegisterId,
  SERVICE_REGISTERS_PATH,
  satisfiesLevel,
  serviceIdSchema,
} from '@czp/contract';
import type { PersonRef, ReadRequest, ServiceBus } from '@czp/service-bus';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { RequestSessions } from '../auth/request-session.js';
import type { Queryable } from '../db/database.js';
import { parseOrRefuse, Refusal } from '../http/refusal.js';
import { refusalOfBus } from './bus-refusal.js';
import { serviceReader } from './service-reader.js';

export interface ServiceRegisterRouteDeps {
  db: Queryable;
  sessions: RequestSessions;
  bus: ServiceBus;
  personRef(personId: string): Promise<PersonRef>;
  now: () => Date;
}

const PURPOSES = Object.keys(READ_PURPOSES) as [ReadPurpose, ...ReadPurpose[]];

const paramsSchema = z.object({
  serviceId: z.string().pipe(serviceIdSchema),
  register: z.enum(REGISTERS, { error: `register must be one of: ${REGISTERS.join(', ')}` }),
});

const querySchemas = Object.fromEntries(
  REGISTERS.map((register) => [register, queryOf(register)]),
) as unknown as Record<RegisterId, z.ZodType<{ items: string[]; purpose: ReadPurpose }>>;

/** `items=a,b` (each an item of that register, each once) and `purpose` (READ_PURPOSES), both required. */
function queryOf(register: RegisterId) {
  const known = Object.keys(REGISTER_ITEMS[register]);
  const expected = `items must name what to read of ${register}, comma-separated, from: ${known.join(', ')}`;
  return z.object({
    items: z.string({ error: expected }).transform((value, context) => {
      const items = [...new Set(value.split(',').map((item) => item.trim()))];
      const unknown = items.filter((item) => !known.includes(item));
      if (items.length === 0 || unknown.length > 0) {
        context.issues.push({
          code: 'custom',
          input: value,
          message: unknown.some(Boolean)
            ? `${register} has no item ${unknown.map((item) => `"${item}"`).join(', ')}; ${expected}`
            : expected,
        });
        return z.NEVER;
      }
      return items;
    }),
    purpose: z.enum(PURPOSES, { error: `purpose must be one of: ${PURPOSES.join(', ')}` }),
  });
}

/**
 * A service's reads of the signed-in citizen's register data: GET /api/services/<id>/registers/<register>, below the
 * one API namespace its remote may reach. Only with the portal consent, only what the active version declares in
 * `dataReads`, only once the citizen added the service; each read (or its refusal) is in the citizen's access log
 * under the service's name. The portal's own sections read under /api/services/my-data/ (a static path: Fastify
 * matches it before this parametric one, as /api/services/data-box/ too).
 */
export function registerServiceRegisterRoutes(app: FastifyInstance, deps: ServiceRegisterRouteDeps): void {
  const { db, sessions, bus } = deps;
  app.get(
    `/api/services/:serviceId${SERVICE_REGISTERS_PATH}/:register`,
    {
      // Personal data: never kept by a cache, also not a refusal's answer.
      onRequest: async (_request, reply) => {
        reply.header('Cache-Control', 'private, no-store');
      },
      preHandler: sessions.guard({ consent: true }),
    },
    async (request, reply: FastifyReply): Promise<RegisterAnswer> => {
      const { serviceId, register } = parseOrRefuse(paramsSchema, request.params);
      const { items, purpose } = parseOrRefuse(querySchemas[register], request.query, 'query');
      const session = await sessions.active(request, reply);
      if (!session) throw new Refusal(401, 'signed-out', 'Log in to continue.');
      const found = await serviceReader(db, serviceId, session.personId);
      if (!found) {
        throw new Refusal(404, 'not-in-catalogue', `There is no service "${serviceId}" in the catalogue`, 'serviceId');
      }
      if (!satisfiesLevel(session.level, found.requiredLevel)) {
        throw new Refusal(
          403,
          'level-too-low',
          `This service needs a ${found.requiredLevel} level of assurance; you logged in with ${session.level}. Log in again with a stronger method.`,
        );
      }
      const person = await deps.personRef(session.personId);
      try {
        // The query's items were checked against this register's items; the union of registers loses that pairing.
        const read = { person, reader: found.reader, register, items, purpose } as unknown as ReadRequest;
        const data = await bus.read(read);
        return { register, data, readAt: deps.now().toISOString() };
      } catch (error) {
        throw refusalOfBus(error);
      }
    },
  );
}
