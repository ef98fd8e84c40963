export interface RatePolicy {
  max: number;
  windowMs: number;
}

export type RateCheck = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * A sliding-window limit per key: at most `max` events in any `windowMs`. Refused events are not counted, so a
 * client that keeps trying gets in again once its oldest counted event leaves the window.
 *
 * Hand-made rather than a library: the login routes are plain node:http handlers (oidc-provider's Koa app only
 * serves its own endpoints), and the tests move an injected clock instead of sleeping, which the usual in-memory
 * stores (Date.now and timers inside) do not allow.
 */
export class RateLimiter {
  readonly #events = new Map<string, number[]>();
  readonly #policy: RatePolicy;
  readonly #now: () => number;

  constructor(policy: RatePolicy, now: () => number) {
    this.#policy = policy;
    this.#now = now;
  }

  /** Counts an event for the key if the limit allows it. */
  hit(key: string): RateCheck {
    const now = this.#now();
    const events = this.#recent(key, now);
    const oldest = events[0];
    if (events.length >= this.#policy.max && oldest !== undefined) {
      return { allowed: false, retryAfterMs: oldest + this.#policy.windowMs - now };
    }
    if (events.length === 0) this.#sweep(now);
    events.push(now);
    this.#events.set(key, events);
    return { allowed: true };
  }

  /** Forgets the key's events (a success that ends what the limit guards). */
  reset(key: string): void {
    this.#events.delete(key);
  }

  #recent(key: string, now: number): number[] {
    const events = this.#events.get(key) ?? [];
    const from = events.findIndex((at) => now - at < this.#policy.windowMs);
    return from === -1 ? [] : events.slice(from);
  }

  #sweep(now: number): void {
    for (const [key, events] of this.#events) {
      const last = events.at(-1);
      if (last === undefined || now - last >= this.#policy.windowMs) this.#events.delete(key);
    }
  }
}
