import { describe, expect, it } from 'vitest';
import { SMS_CODE_TTL_MS, SmsCodeStore } from './sms-codes.js';

function storeWithClock() {
  let now = 1_000_000;
  const store = new SmsCodeStore({ now: () => now });
  return { store, advance: (ms: number) => (now += ms) };
}

function otherCode(code: string): string {
  return code === '000000' ? '000001' : '000000';
}

describe('SmsCodeStore', () => {
  it('issues 6-digit codes', () => {
    const { store } = storeWithClock();
    const codes = new Set(Array.from({ length: 50 }, (_, i) => store.issue(`k${i}`)));
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    // 50 random 6-digit codes being all equal would mean no randomness at all.
    expect(codes.size).toBeGreaterThan(1);
  });

  it('accepts the right code once', () => {
    const { store } = storeWithClock();
    const code = store.issue('a');
    expect(store.current('a')).toBe(code);
    expect(store.verify('a', code)).toEqual({ status: 'ok' });
    expect(store.verify('a', code)).toEqual({ status: 'missing' });
    expect(store.current('a')).toBeUndefined();
  });

  it('counts wrong attempts and locks on the third, refusing the right code afterwards', () => {
    const { store } = storeWithClock();
    const code = store.issue('a');
    expect(store.verify('a', otherCode(code))).toEqual({ status: 'wrong', attemptsLeft: 2 });
    expect(store.verify('a', '12')).toEqual({ status: 'wrong', attemptsLeft: 1 });
    expect(store.verify('a', otherCode(code))).toEqual({ status: 'locked' });
    expect(store.isLocked('a')).toBe(true);
    expect(store.verify('a', code)).toEqual({ status: 'locked' });
    expect(store.current('a')).toBeUndefined();
  });

  it('expires codes after 5 minutes without counting an attempt', () => {
    const { store, advance } = storeWithClock();
    const code = store.issue('a');
    advance(SMS_CODE_TTL_MS - 1);
    expect(store.current('a')).toBe(code);
    advance(1);
    expect(store.current('a')).toBeUndefined();
    expect(store.verify('a', code)).toEqual({ status: 'expired' });
    expect(store.verify('a', otherCode(code))).toEqual({ status: 'expired' });
    expect(store.isLocked('a')).toBe(false);
  });

  it('replaces a code with a fresh one that keeps the wrong attempts of the key', () => {
    const { store, advance } = storeWithClock();
    const first = store.issue('a');
    store.verify('a', otherCode(first));
    advance(SMS_CODE_TTL_MS);
    const second = store.issue('a');
    expect(store.current('a')).toBe(second);
    expect(store.verify('a', otherCode(second))).toEqual({ status: 'wrong', attemptsLeft: 1 });
    expect(store.verify('a', second)).toEqual({ status: 'ok' });
  });

  it('keeps the count when a code is replaced before it expires, and issues none for a locked key', () => {
    const { store } = storeWithClock();
    const first = store.issue('a');
    store.verify('a', otherCode(first));
    store.verify('a', otherCode(first));
    const second = store.issue('a');
    expect(store.verify('a', otherCode(second))).toEqual({ status: 'locked' });
    expect(() => store.issue('a')).toThrow(/locked/);
    expect(store.verify('a', second)).toEqual({ status: 'locked' });
  });

  it('keeps keys apart', () => {
    const { store } = storeWithClock();
    const a = store.issue('a');
    const b = store.issue('b');
    if (a !== b) expect(store.verify('a', b).status).toBe('wrong');
    expect(store.verify('b', b)).toEqual({ status: 'ok' });
  });
});
