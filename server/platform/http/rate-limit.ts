import { DomainError } from './errors';

/**
 * A fixed-window counter per client, held in this process's memory only: the anonymous public endpoints must not
 * store an IP address or any other identifier anywhere, so the key lives for one window and never reaches the
 * database or the log. Behind a load balancer each app server counts for itself (n servers allow n × limit);
 * a proxy in front (nginx `limit_req`) is the place for a hard global limit.
 */
export type RateLimiter = { hit(key: string, now?: number): void };

export function createRateLimiter(options: { limit: number; windowMs: number; message: string }): RateLimiter {
  let windowStart = 0;
  let counts = new Map<string, number>();
  return {
    hit(key, now = Date.now()) {
      if (now - windowStart >= options.windowMs) {
        windowStart = now - (now % options.windowMs);
        counts = new Map();
      }
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      if (count > options.limit) {
        const retryAfter = Math.max(1, Math.ceil((windowStart + options.windowMs - now) / 1000));
        throw new DomainError('RATE_LIMITED', options.message, undefined, { 'Retry-After': String(retryAfter) });
      }
    },
  };
}
