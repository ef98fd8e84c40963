/**
 * One remote party's resilience (a register, the conversion authority, the register of rights and obligations):
 * every call gets a time-out, a failed call is retried with a short backoff, and consecutive failures open a circuit
 * breaker that refuses at once (without calling) until it lets one test call through. Built on cockatiel.
 *
 * The order is retry(breaker(timeout(call))): each attempt counts towards the breaker, and once it is open the retry
 * stops instead of knocking on a register that is down.
 */
import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  ExponentialBackoff,
  handleWhen,
  retry,
  TimeoutStrategy,
  timeout,
  wrap,
} from 'cockatiel';
import { InvalidAnswerError, UnknownPersonError } from './errors.js';
import type { ResilienceOptions } from './types.js';

type BreakerState = 'closed' | 'open' | 'half-open';

export const RESILIENCE_DEFAULTS: Required<ResilienceOptions> = {
  timeoutMs: 2000,
  retries: 1,
  breakerThreshold: 5,
  breakerHalfOpenAfterMs: 30_000,
};

export interface Resilient {
  /** Runs `call` with the signal that aborts when an attempt times out. */
  execute<T>(call: (signal: AbortSignal) => Promise<T>): Promise<T>;
  state(): BreakerState;
}

/** Not the remote party's fault (it answered, the person is unknown): neither retried nor counted. */
const notAFault = (error: Error) => error instanceof UnknownPersonError;

export function resilient(options: ResilienceOptions = {}): Resilient {
  const settings = { ...RESILIENCE_DEFAULTS, ...options };
  const breaker = circuitBreaker(
    handleWhen((error) => !notAFault(error)),
    { halfOpenAfter: settings.breakerHalfOpenAfterMs, breaker: new ConsecutiveBreaker(settings.breakerThreshold) },
  );
  // An invalid answer would be invalid again; an open breaker means the register is down.
  const retryPolicy = retry(
    handleWhen(
      (error) => !(notAFault(error) || error instanceof InvalidAnswerError || error instanceof BrokenCircuitError),
    ),
    { maxAttempts: settings.retries, backoff: new ExponentialBackoff({ initialDelay: 50, maxDelay: 400 }) },
  );
  // Aggressive: a slow register's answer is not waited for; its request is aborted through the signal.
  const policy = wrap(retryPolicy, breaker, timeout(settings.timeoutMs, TimeoutStrategy.Aggressive));

  // cockatiel moves from open to half-open only when the next call comes; the state reported says what that call
  // would meet, so an open breaker whose time is up reads as half-open.
  let openedAt = 0;
  breaker.onBreak(() => {
    openedAt = Date.now();
  });

  return {
    execute: (call) => policy.execute(({ signal }) => call(signal)),
    state() {
      switch (breaker.state) {
        case CircuitState.Closed:
          return 'closed';
        case CircuitState.HalfOpen:
          return 'half-open';
        default:
          return breaker.state === CircuitState.Open && Date.now() - openedAt >= settings.breakerHalfOpenAfterMs
            ? 'half-open'
            : 'open';
      }
    },
  };
}
