/** Memoises a one-argument function of a string (or of any key a Map compares by value, a column index): plans repeat the same unit, deadline and date
 * texts a lot, and each reading is pure. With a `limit`, the cache starts afresh once it holds that
 * many texts, so a module-level cache stays bounded over a long session. */
export function memo<T, K = string>(fn: (key: K) => T, limit = Infinity): (key: K) => T {
  const cache = new Map<K, T>();
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
