import { createServiceBus, type PersonRef, type ResilienceOptions, type ServiceBus } from '@czp/service-bus';
import type { RequestSessions } from '../auth/request-session.js';
import type { Database } from '../db/database.js';
import type { Feature } from '../feature.js';
import type { JobQueue } from '../jobs/queue.js';
import { databaseAccessLog } from './access-log-store.js';
import type { RegistersGateway } from './gateway.js';
import { REGISTERS_MIGRATIONS } from './migrations.js';
import { personRefOf } from './person-ref.js';
import { handleRetention, scheduleRetention } from './retention.js';
import { registerServiceRegisterRoutes } from './routes.js';
import { unavailableGateway } from './unavailable-gateway.js';

/** Deps of the registers feature: the database (the access log), the job queue (its retention) and the gateway. */
export interface RegistersDeps {
  db: Database;
  jobs: JobQueue;
  sessions: RequestSessions;
  now: () => Date;
  /** The registers behind the bus (`httpGateway(url)` of @czp/service-bus). None: every read is 503 register-unavailable. */
  registersGateway?: RegistersGateway;
  /** The bus's time-outs, retries and circuit breakers (tests: small timings). */
  registersResilience?: ResilienceOptions;
}

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * The one way any feature reads a citizen's register data: checked, logged in register_access_log before the
     * register is asked, resilient and validated. Rejects with BusRefusal; `refusalOfBus` (bus-refusal.ts) makes it
     * the server's Refusal.
     */
    serviceBus: ServiceBus;
    /** The person a session names, as the bus needs them (persons.id and the identity provider's subject). */
    personRef(personId: string): Promise<PersonRef>;
  }
}

/** The service bus wired to the portal: the access log, and services' register reads under /api/services/<id>/registers/. */
export const registers: Feature<RegistersDeps> = {
  name: 'registers',
  migrations: REGISTERS_MIGRATIONS,
  register: (app, deps) => {
    const { db, jobs, now } = deps;
    const bus = createServiceBus({
      ...(deps.registersGateway ?? unavailableGateway()),
      log: databaseAccessLog(db),
      now,
      ...(deps.registersResilience ? { resilience: deps.registersResilience } : {}),
    });
    const personRef = (personId: string) => personRefOf(db, personId);
    app.decorate('serviceBus', bus);
    app.decorate('personRef', personRef);

    handleRetention(jobs, { now, log: app.log });
    // Not awaited: readiness must not wait for the database (the job queue starts the same way); a failure is logged
    // and the next start (or another replica) schedules the day's run.
    app.addHook('onReady', async () => {
      scheduleRetention(db, jobs, now()).catch((error: unknown) =>
        app.log.error({ err: error }, 'could not schedule the access log retention'),
      );
    });

    registerServiceRegisterRoutes(app, { db, sessions: deps.sessions, bus, personRef, now });
  },
};
