/** When to warn: this long before an idle session ends. */
export const WARN_BEFORE_MS = 2 * 60 * 1000;

type ExpiryPhase = 'none' | 'active' | 'warning' | 'ended';

/** Where a session is in its life at `now`, and in how many ms that changes (null: it will not). */
export function expiryPhase(
  expiresAt: string | null,
  now: number,
  warnBeforeMs = WARN_BEFORE_MS,
): { phase: ExpiryPhase; changesInMs: number | null; remainingMs: number } {
  if (!expiresAt) return { phase: 'none', changesInMs: null, remainingMs: 0 };
  const end = Date.parse(expiresAt);
  if (Number.isNaN(end)) return { phase: 'none', changesInMs: null, remainingMs: 0 };
  const remainingMs = end - now;
  if (remainingMs <= 0) return { phase: 'ended', changesInMs: null, remainingMs: 0 };
  if (remainingMs <= warnBeforeMs) return { phase: 'warning', changesInMs: remainingMs, remainingMs };
  return { phase: 'active', changesInMs: remainingMs - warnBeforeMs, remainingMs };
}

/** "1:59": minutes and seconds left, for the warning. */
export function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
