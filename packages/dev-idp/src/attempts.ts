import type { Locale } from './messages.js';

/** What one login attempt (one oidc-provider interaction) has gone through so far. */
export interface AttemptState {
  /** Language picked with `?lang=` on one of the pages; wins over `ui_locales`. */
  lang?: Locale;
  /**
   * Why the attempt is locked, and until when the card or the account's SMS step is (when it is); then only going
   * back to the service is possible. The card and account locks themselves live in LoginGuards, beyond the attempt.
   */
  locked?: { reason: 'pin'; until: number } | { reason: 'sms'; until?: number };
  /** Subject of the citizen whose name and password were right and who now owes the SMS code. */
  smsFor?: string;
  expiresAt: number;
}

/**
 * Per-interaction state in memory, keyed by interaction uid. It lives as long as the interaction does
 * (10 minutes), so a stale entry cannot outlive the login it belongs to.
 */
export class AttemptStore {
  readonly #states = new Map<string, AttemptState>();
  readonly #now: () => number;
  readonly #ttlMs: number;

  constructor(now: () => number, ttlMs: number) {
    this.#now = now;
    this.#ttlMs = ttlMs;
  }

  /** The state of the attempt, created on first use. */
  get(uid: string): AttemptState {
    const existing = this.#states.get(uid);
    if (existing && existing.expiresAt > this.#now()) return existing;
    this.#sweep();
    const state: AttemptState = { expiresAt: this.#now() + this.#ttlMs };
    this.#states.set(uid, state);
    return state;
  }

  delete(uid: string): void {
    this.#states.delete(uid);
  }

  #sweep(): void {
    const now = this.#now();
    for (const [uid, state] of this.#states) {
      if (state.expiresAt <= now) this.#states.delete(uid);
    }
  }
}
