import { describe, expect, it, vi } from 'vitest';
import { createControls, DEFAULT_DELAY_MS } from './control.js';

describe('register controls', () => {
  it('keeps a mode per register, slow with 10 s by default, and resets all to ok', () => {
    const controls = createControls();
    controls.set('drivers', 'slow');
    controls.set('health', 'fail');
    expect(controls.mode('drivers')).toEqual({ mode: 'slow', delayMs: DEFAULT_DELAY_MS });
    expect(controls.modes()).toMatchObject({ drivers: 'slow', health: 'fail', residents: 'ok' });
    controls.set('drivers', 'ok');
    expect(controls.mode('drivers').mode).toBe('ok');
    controls.reset();
    expect(Object.values(controls.modes())).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('waits the delay, ends a wait when its caller aborts, and ends every wait on close', async () => {
    vi.useFakeTimers();
    try {
      const controls = createControls();
      const elapsed = controls.wait(1000, new AbortController().signal);
      await vi.advanceTimersByTimeAsync(1000);
      await expect(elapsed).resolves.toBe(true);

      const caller = new AbortController();
      const abandoned = controls.wait(10_000, caller.signal);
      caller.abort();
      await expect(abandoned).resolves.toBe(false);
      expect(vi.getTimerCount()).toBe(0);

      const pending = controls.wait(10_000, new AbortController().signal);
      expect(vi.getTimerCount()).toBe(1);
      controls.close();
      await expect(pending).resolves.toBe(false);
      expect(vi.getTimerCount()).toBe(0);
      await expect(controls.wait(10, new AbortController().signal)).resolves.toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
