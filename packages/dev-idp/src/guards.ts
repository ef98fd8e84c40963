import type { TestCitizen } from './citizens.js';
import { Lockout } from './lockout.js';
import { RateLimiter } from './rate-limit.js';

const MINUTE = 60 * 1000;

/** Every lock and limit of the login steps in one place; the README's "Locks and limits" section mirrors it. */
export const LIMITS = {
  /** Wrong PINs per card, across attempts. */
  pin: { maxFailures: 3, lockMs: 15 * MINUTE },
  /** Wrong passwords per account (or per unknown name), across attempts. */
  password: { maxFailures: 5, lockMs: 15 * MINUTE },
  /** Wrong SMS codes per account, across attempts and codes. */
  smsCode: { maxFailures: 3, lockMs: 15 * MINUTE },
  /** SMS codes sent per account. */
  smsSent: { max: 5, windowMs: 15 * MINUTE },
  /** Login form posts per client address. */
  postsPerIp: { max: 60, windowMs: MINUTE },
  /** Login form posts per account. */
  postsPerAccount: { max: 20, windowMs: MINUTE },
} as const;

/**
 * The process-wide guards of the login steps. They outlive any one attempt on purpose: a lock that a new attempt
 * (another tab, another device) could start afresh would not be a lock.
 */
export class LoginGuards {
  /** Keyed by card number. */
  readonly pins: Lockout;
  /** Keyed by account (see accountKey). */
  readonly passwords: Lockout;
  /** Keyed by the citizen's subject. */
  readonly smsCodes: Lockout;
  /** Keyed by the citizen's subject. */
  readonly smsSent: RateLimiter;
  /** Keyed by the client's address. */
  readonly postsPerIp: RateLimiter;
  /** Keyed by account (see accountKey). */
  readonly postsPerAccount: RateLimiter;

  constructor(now: () => number) {
    this.pins = new Lockout(LIMITS.pin, now);
    this.passwords = new Lockout(LIMITS.password, now);
    this.smsCodes = new Lockout(LIMITS.smsCode, now);
    this.smsSent = new RateLimiter(LIMITS.smsSent, now);
    this.postsPerIp = new RateLimiter(LIMITS.postsPerIp, now);
    this.postsPerAccount = new RateLimiter(LIMITS.postsPerAccount, now);
  }
}

/**
 * The account a login post is about: the citizen's subject whichever method names them (card, name, SMS step), or
 * the typed name when no citizen has it, so an unknown name is counted and locked exactly like a known one.
 */
export function accountKey(citizen: TestCitizen | undefined, typedName?: string): string {
  return citizen ? `sub:${citizen.sub}` : `name:${typedName ?? ''}`;
}
