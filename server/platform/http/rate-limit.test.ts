import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { createRateLimiter } from './rate-limit';

const MINUTE = 60_000;
// A moment well inside a window: windows start at whole multiples of their length.
const T0 = 1_700_000_000_000 - (1_700_000_000_000 % MINUTE) + 5_000;

function refusal(run: () => void): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the limiter to refuse');
}

describe('createRateLimiter', () => {
  it('allows the limit within a window and refuses the next call with RATE_LIMITED and the message', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: MINUTE, message: 'Bitte warten.' });
    for (let i = 0; i < 3; i++) expect(() => limiter.hit('a', T0 + i)).not.toThrow();
    const error = refusal(() => limiter.hit('a', T0 + 3));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.detail).toBe('Bitte warten.');
    // It stays refused for the rest of the window.
    expect(() => limiter.hit('a', T0 + 50_000)).toThrow(DomainError);
  });

  it('counts per key', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: MINUTE, message: 'x' });
    limiter.hit('a', T0);
    limiter.hit('a', T0);
    expect(() => limiter.hit('a', T0)).toThrow(DomainError);
    expect(() => limiter.hit('b', T0)).not.toThrow();
    expect(() => limiter.hit('b', T0)).not.toThrow();
    expect(() => limiter.hit('b', T0)).toThrow(DomainError);
    expect(() => limiter.hit('c', T0)).not.toThrow();
  });

  it('starts counting afresh when the window is over', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: MINUTE, message: 'x' });
    limiter.hit('a', T0);
    expect(() => limiter.hit('a', T0 + 1)).toThrow(DomainError);
    const nextWindow = T0 - 5_000 + MINUTE;
    expect(() => limiter.hit('a', nextWindow)).not.toThrow();
    expect(() => limiter.hit('a', nextWindow + 1)).toThrow(DomainError);
    // Two windows later as well, for every key.
    expect(() => limiter.hit('a', nextWindow + 2 * MINUTE)).not.toThrow();
  });

  it('says in Retry-After how many seconds are left of the window (rounded up, at least one)', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: MINUTE, message: 'x' });
    const windowStart = T0 - 5_000;
    limiter.hit('a', T0);
    expect(refusal(() => limiter.hit('a', T0)).headers).toEqual({ 'Retry-After': '55' });
    expect(refusal(() => limiter.hit('a', windowStart + 20_500)).headers).toEqual({ 'Retry-After': '40' });
    expect(refusal(() => limiter.hit('a', windowStart + MINUTE - 1)).headers).toEqual({ 'Retry-After': '1' });
  });

  it('works with the real clock when no time is passed', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 10 * MINUTE, message: 'x' });
    limiter.hit('a');
    const error = refusal(() => limiter.hit('a'));
    const seconds = Number(error.headers?.['Retry-After']);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(600);
  });
});
