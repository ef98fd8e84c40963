import type { ConsentState, LevelOfAssurance } from '@czp/contract';
import type { Queryable } from '../db/database.js';
import { hashId, isOpaqueId, newOpaqueId } from './tokens.js';

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleTimeoutMs: number;
  /** A session ends this long after login, however busy. */
  absoluteTimeoutMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleTimeoutMs: 15 * 60 * 1000,
  absoluteTimeoutMs: 10 * 60 * 60 * 1000,
};

export interface Session {
  personId: string;
  name: string;
  consent: ConsentState;
  level: LevelOfAssurance;
  idToken: string | null;
  expiresAt: Date;
}

export type SessionLookup = { status: 'none' } | { status: 'expired' } | { status: 'active'; session: Session };

interface SessionRow {
  person_id: string;
  name: string;
  consent: ConsentState;
  level: LevelOfAssurance;
  id_token: string | null;
  idle_expires_at: Date | string;
  absolute_expires_at: Date | string;
  last_seen_at: Date | string;
}

/** Server-side sessions in the database, so every API replica shares them. The cookie holds only a random id. */
export class SessionStore {
  constructor(
    private readonly db: Queryable,
    readonly policy: SessionPolicy = DEFAULT_SESSION_POLICY,
  ) {}

  /** A new session with a new id: never reuse an id from before login (session fixation). */
  async create(
    input: { personId: string; level: LevelOfAssurance; idToken: string | null },
    now: Date,
  ): Promise<{ id: string; expiresAt: Date }> {
    const id = newOpaqueId();
    const idleExpiresAt = new Date(now.getTime() + this.policy.idleTimeoutMs);
    const absoluteExpiresAt = new Date(now.getTime() + this.policy.absoluteTimeoutMs);
    await this.db.query('delete from sessions where idle_expires_at < $1 or absolute_expires_at < $1', [now]);
    await this.db.query(
      `insert into sessions (id_hash, person_id, level, id_token, created_at, last_seen_at, idle_expires_at, absolute_expires_at)
       values ($1, $2, $3, $4, $5, $5, $6, $7)`,
      [hashId(id), input.personId, input.level, input.idToken, now, idleExpiresAt, absoluteExpiresAt],
    );
    return { id, expiresAt: earlier(idleExpiresAt, absoluteExpiresAt) };
  }

  /** The session behind a cookie value; an expired one is deleted and reported as such. */
  async find(id: unknown, now: Date): Promise<SessionLookup> {
    if (!isOpaqueId(id)) return { status: 'none' };
    const [row] = await this.db.query<SessionRow>(
      `select s.person_id, p.name, p.consent, s.level, s.id_token, s.idle_expires_at, s.absolute_expires_at, s.last_seen_at
       from sessions s join persons p on p.id = s.person_id where s.id_hash = $1`,
      [hashId(id)],
    );
    if (!row) return { status: 'none' };
    const idle = new Date(row.idle_expires_at);
    const absolute = new Date(row.absolute_expires_at);
    if (idle.getTime() <= now.getTime() || absolute.getTime() <= now.getTime()) {
      await this.destroy(id);
      return { status: 'expired' };
    }
    return {
      status: 'active',
      session: {
        personId: row.person_id,
        name: row.name,
        consent: row.consent,
        level: row.level,
        idToken: row.id_token,
        expiresAt: earlier(idle, absolute),
      },
    };
  }

  /** The citizen did something: the idle clock starts again (never past the absolute limit). */
  async touch(id: string, session: Session, now: Date): Promise<Session> {
    const idleExpiresAt = new Date(now.getTime() + this.policy.idleTimeoutMs);
    const [row] = await this.db.query<{ idle_expires_at: Date | string; absolute_expires_at: Date | string }>(
      `update sessions set last_seen_at = $2, idle_expires_at = $3 where id_hash = $1
       returning idle_expires_at, absolute_expires_at`,
      [hashId(id), now, idleExpiresAt],
    );
    if (!row) return session;
    return { ...session, expiresAt: earlier(new Date(row.idle_expires_at), new Date(row.absolute_expires_at)) };
  }

  async destroy(id: unknown): Promise<void> {
    if (!isOpaqueId(id)) return;
    await this.db.query('delete from sessions where id_hash = $1', [hashId(id)]);
  }
}

function earlier(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}
