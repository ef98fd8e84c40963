/** How many failures lock a key, and for how long. */
export interface LockoutPolicy {
  maxFailures: number;
  /** How long a lock lasts; failures are also forgotten this long after the last one. */
  lockMs: number;
}

export type LockoutStatus = { locked: false; failuresLeft: number } | { locked: true; until: number };

interface Entry {
  failures: number;
  lastFailureAt: number;
  lockedUntil?: number;
}

/**
 * Counts failures per key (a card, an account) and locks the key for a while at the limit. In memory: the
 * development provider is one process, and a restart forgetting every lock is fine there.
 */
export class Lockout {
  readonly #entries = new Map<string, Entry>();
  readonly #policy: LockoutPolicy;
  readonly #now: () => number;

  constructor(policy: LockoutPolicy, now: () => number) {
    this.#policy = policy;
    this.#now = now;
  }

  status(key: string): LockoutStatus {
    const entry = this.#current(key);
    if (entry?.lockedUntil !== undefined) return { locked: true, until: entry.lockedUntil };
    return { locked: false, failuresLeft: this.#policy.maxFailures - (entry?.failures ?? 0) };
  }

  /** Counts one failure; the one reaching the limit locks the key. Failing while locked does not extend the lock. */
  fail(key: string): LockoutStatus {
    const now = this.#now();
    let entry = this.#current(key);
    if (entry?.lockedUntil !== undefined) return { locked: true, until: entry.lockedUntil };
    if (!entry) {
      this.#sweep();
      entry = { failures: 0, lastFailureAt: now };
      this.#entries.set(key, entry);
    }
    entry.failures += 1;
    entry.lastFailureAt = now;
    if (entry.failures >= this.#policy.maxFailures) entry.lockedUntil = now + this.#policy.lockMs;
    return this.status(key);
  }

  /** A success: the failures so far are forgotten. Callers check status() first, so a lock is never lifted early. */
  reset(key: string): void {
    this.#entries.delete(key);
  }

  /** The key's entry unless its lock has run out or its failures are old enough to forget. */
  #current(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (this.#expired(entry, this.#now())) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  #expired(entry: Entry, now: number): boolean {
    if (entry.lockedUntil !== undefined) return now >= entry.lockedUntil;
    return now - entry.lastFailureAt >= this.#policy.lockMs;
  }

  /** Keeps a long-running provider from growing with every name ever typed. */
  #sweep(): void {
    const now = this.#now();
    for (const [key, entry] of this.#entries) {
      if (this.#expired(entry, now)) this.#entries.delete(key);
    }
  }
}
