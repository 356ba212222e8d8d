import { describe, expect, it } from 'vitest';
import { createMemoCache } from './memo-cache';

describe('memo cache for public renders', () => {
  it('computes once per key within the time to live, then again', async () => {
    const cache = createMemoCache<number>({ ttlMs: 1000, max: 10 });
    let runs = 0;
    const compute = async () => ++runs;
    expect(await cache.get('a', compute, 0)).toBe(1);
    expect(await cache.get('a', compute, 999)).toBe(1);
    expect(await cache.get('b', compute, 999)).toBe(2);
    expect(await cache.get('a', compute, 1000)).toBe(3);
  });

  it('shares one computation between callers asking at the same time', async () => {
    const cache = createMemoCache<string>({ ttlMs: 1000, max: 10 });
    let runs = 0;
    const compute = () => new Promise<string>((resolve) => setTimeout(() => resolve(`run ${++runs}`), 10));
    const [first, second] = await Promise.all([cache.get('k', compute, 0), cache.get('k', compute, 1)]);
    expect([first, second]).toEqual(['run 1', 'run 1']);
  });

  it('forgets a failure and keeps at most max entries, dropping the oldest', async () => {
    const cache = createMemoCache<number>({ ttlMs: 10_000, max: 2 });
    await expect(cache.get('x', () => Promise.reject(new Error('kaputt')), 0)).rejects.toThrow('kaputt');
    expect(await cache.get('x', async () => 7, 1)).toBe(7);
    let runs = 0;
    const compute = async () => ++runs;
    await cache.get('y', compute, 2);
    await cache.get('z', compute, 3); // x is dropped
    expect(await cache.get('x', async () => 8, 4)).toBe(8);
  });
});
