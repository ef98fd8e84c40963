import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.js';

function limiterWithClock() {
  let now = 1_000_000;
  const limiter = new RateLimiter({ max: 3, windowMs: 60_000 }, () => now);
  return { limiter, advance: (ms: number) => (now += ms) };
}

describe('RateLimiter', () => {
  it('allows max events per key in the window and tells when the next one is allowed', () => {
    const { limiter, advance } = limiterWithClock();
    expect(limiter.hit('a')).toEqual({ allowed: true });
    advance(10_000);
    expect(limiter.hit('a')).toEqual({ allowed: true });
    expect(limiter.hit('a')).toEqual({ allowed: true });
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterMs: 50_000 });
    expect(limiter.hit('b')).toEqual({ allowed: true });
  });

  it('slides: the oldest event leaving the window frees one place, refused events do not count', () => {
    const { limiter, advance } = limiterWithClock();
    limiter.hit('a');
    advance(10_000);
    limiter.hit('a');
    limiter.hit('a');
    for (let i = 0; i < 5; i += 1) expect(limiter.hit('a').allowed).toBe(false);
    advance(50_000);
    expect(limiter.hit('a')).toEqual({ allowed: true });
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterMs: 10_000 });
    advance(10_000);
    expect(limiter.hit('a')).toEqual({ allowed: true });
    expect(limiter.hit('a')).toEqual({ allowed: true });
  });

  it('forgets a key on reset', () => {
    const { limiter } = limiterWithClock();
    for (let i = 0; i < 3; i += 1) limiter.hit('a');
    limiter.reset('a');
    expect(limiter.hit('a')).toEqual({ allowed: true });
  });
});
