import { randomInt, timingSafeEqual } from 'node:crypto';

export type SmsCodeCheck =
  | { status: 'ok' }
  | { status: 'wrong'; attemptsLeft: number }
  | { status: 'locked' }
  | { status: 'expired' }
  | { status: 'missing' };

export interface SmsCodeStoreOptions {
  /** Clock in milliseconds; tests advance it. */
  now?: () => number;
  ttlMs?: number;
  maxAttempts?: number;
}

export const SMS_CODE_TTL_MS = 5 * 60 * 1000;
const SMS_CODE_MAX_ATTEMPTS = 3;

interface Entry {
  code: string;
  expiresAt: number;
  failures: number;
  locked: boolean;
}

/**
 * One-time 6-digit codes "sent by SMS", one per key (the interaction uid). A code expires after 5 minutes. Wrong
 * attempts belong to the key, not to one code: a new code keeps the count, and the third wrong attempt locks the key
 * for good, so the right code is refused afterwards and only a new login attempt helps. (The account's own count,
 * across attempts, is LoginGuards'.)
 */
export class SmsCodeStore {
  readonly #entries = new Map<string, Entry>();
  readonly #now: () => number;
  readonly #ttlMs: number;
  readonly #maxAttempts: number;

  constructor(options: SmsCodeStoreOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#ttlMs = options.ttlMs ?? SMS_CODE_TTL_MS;
    this.#maxAttempts = options.maxAttempts ?? SMS_CODE_MAX_ATTEMPTS;
  }

  /** Generates a new code for the key, replacing any previous one but keeping its wrong attempts. */
  issue(key: string): string {
    this.#sweep();
    const previous = this.#entries.get(key);
    if (previous?.locked) throw new Error('a locked key gets no new code');
    const code = randomInt(0, 1_000_000).toString().padStart(6, '0');
    const failures = previous?.failures ?? 0;
    this.#entries.set(key, { code, expiresAt: this.#now() + this.#ttlMs, failures, locked: false });
    return code;
  }

  /** The code still usable for the key (neither expired nor locked), for the developer box. */
  current(key: string): string | undefined {
    const entry = this.#entries.get(key);
    if (!entry || entry.locked || this.#now() >= entry.expiresAt) return undefined;
    return entry.code;
  }

  /** Checks a submitted code. A right code is consumed: it cannot be used twice. */
  verify(key: string, submitted: string): SmsCodeCheck {
    const entry = this.#entries.get(key);
    if (!entry) return { status: 'missing' };
    if (entry.locked) return { status: 'locked' };
    // An expired code does not count as an attempt: the person only needs a new one.
    if (this.#now() >= entry.expiresAt) return { status: 'expired' };
    if (sameCode(entry.code, submitted)) {
      this.#entries.delete(key);
      return { status: 'ok' };
    }
    entry.failures += 1;
    if (entry.failures >= this.#maxAttempts) {
      entry.locked = true;
      return { status: 'locked' };
    }
    return { status: 'wrong', attemptsLeft: this.#maxAttempts - entry.failures };
  }

  isLocked(key: string): boolean {
    return this.#entries.get(key)?.locked === true;
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  /** Drops entries long past use so a long-running dev server does not grow; locked ones stay while relevant. */
  #sweep(): void {
    const horizon = this.#now() - this.#ttlMs;
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt < horizon) this.#entries.delete(key);
    }
  }
}

function sameCode(expected: string, submitted: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(submitted);
  return a.length === b.length && timingSafeEqual(a, b);
}
