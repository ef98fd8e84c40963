import { describe, expect, it } from 'vitest';
import { expiryPhase, formatRemaining, WARN_BEFORE_MS } from './session-expiry.js';

const end = Date.parse('2026-11-27T10:15:00.000Z');
const at = (msBeforeEnd: number) => end - msBeforeEnd;

describe('session expiry', () => {
  it('is active until the warning time, warns, then ends', () => {
    expect(expiryPhase(null, at(0))).toMatchObject({ phase: 'none', changesInMs: null });
    expect(expiryPhase('2026-11-27T10:15:00.000Z', at(10 * 60_000))).toEqual({
      phase: 'active',
      changesInMs: 10 * 60_000 - WARN_BEFORE_MS,
      remainingMs: 10 * 60_000,
    });
    expect(expiryPhase('2026-11-27T10:15:00.000Z', at(WARN_BEFORE_MS))).toMatchObject({ phase: 'warning' });
    expect(expiryPhase('2026-11-27T10:15:00.000Z', at(1000))).toEqual({
      phase: 'warning',
      changesInMs: 1000,
      remainingMs: 1000,
    });
    expect(expiryPhase('2026-11-27T10:15:00.000Z', at(0))).toMatchObject({ phase: 'ended' });
    expect(expiryPhase('not a date', at(0))).toMatchObject({ phase: 'none' });
  });

  it('shows minutes and seconds left', () => {
    expect(formatRemaining(119_001)).toBe('2:00');
    expect(formatRemaining(119_000)).toBe('1:59');
    expect(formatRemaining(5_000)).toBe('0:05');
    expect(formatRemaining(-1)).toBe('0:00');
  });
});
