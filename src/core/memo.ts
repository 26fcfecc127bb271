/** Memoises a one-argument function of a string: plans repeat the same unit, deadline and date
 * texts a lot, and each reading is pure. */
export function memo<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = fn(key);
      cache.set(key, v);
    }
    return v;
  };
}
