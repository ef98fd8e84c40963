import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Database, Queryable } from '../db/database.js';

/** Queue depth as the job queue reports it (app.jobs.stats()): one row per kind and state that has jobs. */
export interface QueueDepth {
  kind: string;
  state: string;
  count: number;
}

/**
 * The portal's Prometheus metrics, one registry per app (tests build many apps in one process). Every label has a
 * bounded set of values: the matched route pattern (never the raw URL), the method, the status code, the database
 * operation, the job kind and state, and registered service ids.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly requests: Counter<'method' | 'route' | 'status'>;
  readonly durations: Histogram<'method' | 'route'>;
  readonly queryErrors: Counter<'operation'>;
  readonly queryDurations: Histogram<'operation'>;
  readonly queriesInFlight: Gauge;
  private sources: { db?: Queryable; queueDepth?: () => Promise<readonly QueueDepth[]> } = {};

  constructor(options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: 'czp_' });
    this.requests = new Counter({
      name: 'czp_http_requests_total',
      help: 'HTTP requests answered, by method, matched route pattern and status code.',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.durations = new Histogram({
      name: 'czp_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method and matched route pattern.',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.queryErrors = new Counter({
      name: 'czp_db_query_errors_total',
      help: 'Database queries and transactions that failed (connection lost, constraint, timeout).',
      labelNames: ['operation'],
      registers,
    });
    this.queryDurations = new Histogram({
      name: 'czp_db_query_duration_seconds',
      help: 'Time of database queries and whole transactions.',
      labelNames: ['operation'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
      registers,
    });
    this.queriesInFlight = new Gauge({
      name: 'czp_db_queries_in_flight',
      help: 'Database queries and transactions running now (waiting for or holding a pool connection).',
      registers,
    });
    const sources = () => this.sources;
    new Gauge({
      name: 'czp_jobs',
      help: 'Jobs of the durable queue by kind and state (ready, scheduled, running, done, failed).',
      labelNames: ['kind', 'state'],
      registers,
      async collect() {
        this.reset();
        const depth = sources().queueDepth;
        if (!depth) return;
        for (const row of await depth()) this.set({ kind: row.kind, state: row.state }, row.count);
      },
    });
    new Gauge({
      name: 'czp_remote_failure_reports',
      help: 'Failure reports of remotes sent by browsers, per service, in all (window="total") and the last 24 hours.',
      labelNames: ['service', 'window'],
      registers,
      async collect() {
        this.reset();
        const db = sources().db;
        if (!db) return;
        const rows = await db.query<{ service_id: string; total: number; recent: number }>(
          `select s.id as service_id, count(r.id)::int as total,
                  (count(r.id) filter (where r.created_at > now() - interval '24 hours'))::int as recent
             from services s left join remote_failure_reports r on r.service_id = s.id
            group by s.id`,
        );
        for (const row of rows) {
          this.set({ service: row.service_id, window: 'total' }, row.total);
          this.set({ service: row.service_id, window: '24h' }, row.recent);
        }
      },
    });
  }

  /** What the gauges read when scraped: the database (failure reports) and the job queue's depth, when there is one. */
  observe(sources: { db: Queryable; queueDepth?: () => Promise<readonly QueueDepth[]> }): void {
    this.sources = sources;
  }

  /** The database with every query and transaction timed and its failures counted. */
  instrument(db: Database): Database {
    const timed = async <T>(operation: string, run: () => Promise<T>): Promise<T> => {
      const stop = this.queryDurations.startTimer({ operation });
      this.queriesInFlight.inc();
      try {
        return await run();
      } catch (error) {
        this.queryErrors.inc({ operation });
        throw error;
      } finally {
        this.queriesInFlight.dec();
        stop();
      }
    };
    return {
      ...db,
      kind: db.kind,
      query: (sql, params) => timed('query', () => db.query(sql, params)),
      exec: (sql) => timed('exec', () => db.exec(sql)),
      // Statements inside a transaction are timed as part of it.
      transaction: (fn) => timed('transaction', () => db.transaction(fn)),
      close: () => db.close(),
    };
  }
}
