import { describe, expect, it } from 'vitest';
import { Lockout } from './lockout.js';

function lockoutWithClock() {
  let now = 1_000_000;
  const lockout = new Lockout({ maxFailures: 3, lockMs: 60_000 }, () => now);
  return { lockout, advance: (ms: number) => (now += ms), now: () => now };
}

describe('Lockout', () => {
  it('counts failures per key and locks at the limit for the lock period', () => {
    const { lockout, now } = lockoutWithClock();
    expect(lockout.status('a')).toEqual({ locked: false, failuresLeft: 3 });
    expect(lockout.fail('a')).toEqual({ locked: false, failuresLeft: 2 });
    expect(lockout.fail('a')).toEqual({ locked: false, failuresLeft: 1 });
    expect(lockout.fail('a')).toEqual({ locked: true, until: now() + 60_000 });
    expect(lockout.status('a')).toEqual({ locked: true, until: now() + 60_000 });
    expect(lockout.status('b')).toEqual({ locked: false, failuresLeft: 3 });
  });

  it('does not extend a lock by failing while locked', () => {
    const { lockout, advance, now } = lockoutWithClock();
    for (let i = 0; i < 3; i += 1) lockout.fail('a');
    const until = now() + 60_000;
    advance(30_000);
    expect(lockout.fail('a')).toEqual({ locked: true, until });
  });

  it('lifts the lock when it runs out, with a fresh count', () => {
    const { lockout, advance } = lockoutWithClock();
    for (let i = 0; i < 3; i += 1) lockout.fail('a');
    advance(59_999);
    expect(lockout.status('a').locked).toBe(true);
    advance(1);
    expect(lockout.status('a')).toEqual({ locked: false, failuresLeft: 3 });
    expect(lockout.fail('a')).toEqual({ locked: false, failuresLeft: 2 });
  });

  it('forgets failures a lock period after the last one, and on reset', () => {
    const { lockout, advance } = lockoutWithClock();
    lockout.fail('a');
    advance(50_000);
    lockout.fail('a');
    advance(50_000);
    expect(lockout.status('a')).toEqual({ locked: false, failuresLeft: 1 });
    advance(10_000);
    expect(lockout.status('a')).toEqual({ locked: false, failuresLeft: 3 });
    lockout.fail('b');
    lockout.reset('b');
    expect(lockout.status('b')).toEqual({ locked: false, failuresLeft: 3 });
  });
});
