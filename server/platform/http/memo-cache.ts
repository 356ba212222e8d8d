/**
 * A small in-memory cache for work that is the same for every anonymous caller (a public PDF rendered from the
 * data): at most `max` entries, each kept `ttlMs`. Callers asking at the same time share one computation. It bounds
 * what a public route can cost; the content may be up to `ttlMs` old. Each app server keeps its own.
 */
export type MemoCache<T> = { get(key: string, compute: () => Promise<T>, now?: number): Promise<T>; clear(): void };

export function createMemoCache<T>(options: { ttlMs: number; max: number }): MemoCache<T> {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(key, compute, now = Date.now()) {
      const hit = entries.get(key);
      if (hit && now - hit.at < options.ttlMs) return hit.value;
      entries.delete(key);
      const value = compute();
      entries.set(key, { at: now, value });
      // A failed computation is not kept: the next caller tries again.
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      while (entries.size > options.max) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return value;
    },
    clear() {
      entries.clear();
    },
  };
}
