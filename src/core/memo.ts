/** Memoises a one-argument function of a string: plans repeat the same unit, deadline and date
 * texts a lot, and each reading is pure. With a `limit`, the cache starts afresh once it holds that
 * many texts, so a module-level cache stays bounded over a long session. */
export function memo<T>(fn: (key: string) => T, limit = Infinity): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = fn(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, v);
    }
    return v;
  };
}
