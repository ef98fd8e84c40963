/**
 * The development controls: each register answers normally, slowly (after a delay) or fails (503), so tests and
 * e2e can show one panel's failure while the others load. Pending delays end when the server closes, so close()
 * never waits for a slow answer.
 */
import { REGISTERS, type RegisterId } from '@czp/contract';

export const REGISTER_MODES = ['ok', 'slow', 'fail'] as const;
export type RegisterMode = (typeof REGISTER_MODES)[number];

/** How long a slow register takes by default: longer than any sensible time-out of a caller. */
export const DEFAULT_DELAY_MS = 10_000;
export const MAX_DELAY_MS = 600_000;

export interface RegisterControls {
  set(register: RegisterId, mode: RegisterMode, delayMs?: number): void;
  mode(register: RegisterId): { mode: RegisterMode; delayMs: number };
  /** Every register back to `ok`. */
  reset(): void;
  modes(): Record<RegisterId, RegisterMode>;
  /**
   * Waits the register's delay. Resolves true when the time is up, false when `signal` aborted (the caller went
   * away) or the controls were closed first.
   */
  wait(delayMs: number, signal: AbortSignal): Promise<boolean>;
  /** Ends every pending wait (with false) and refuses new ones. */
  close(): void;
}

export function createControls(): RegisterControls {
  const state = new Map<RegisterId, { mode: RegisterMode; delayMs: number }>();
  const pending = new Set<() => void>();
  let closed = false;

  return {
    set(register, mode, delayMs = DEFAULT_DELAY_MS) {
      if (mode === 'ok') state.delete(register);
      else state.set(register, { mode, delayMs });
    },
    mode: (register) => state.get(register) ?? { mode: 'ok', delayMs: 0 },
    reset: () => state.clear(),
    modes: () =>
      Object.fromEntries(REGISTERS.map((r) => [r, state.get(r)?.mode ?? 'ok'])) as Record<RegisterId, RegisterMode>,
    wait(delayMs, signal) {
      if (closed || signal.aborted) return Promise.resolve(false);
      return new Promise<boolean>((resolve) => {
        const finish = (elapsed: boolean) => {
          clearTimeout(timer);
          signal.removeEventListener('abort', abort);
          pending.delete(abort);
          resolve(elapsed);
        };
        const abort = () => finish(false);
        const timer = setTimeout(() => finish(true), delayMs);
        signal.addEventListener('abort', abort, { once: true });
        pending.add(abort);
      });
    },
    close() {
      closed = true;
      for (const abort of [...pending]) abort();
    },
  };
}
