// Things a run may never need are made on first use, not when their module loads: every
// command-line run pays for what its modules load. Zod schemas use it (building all of them cost
// ~20 ms a run, which parses with one or two; the schema stays the type:
// `z.infer<ReturnType<typeof XSchema>>`), and so does the browser's zip codec.

/** `build`'s value, made by the first call and kept for every later one (null and undefined too). */
export function lazily<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) [value, built] = [build(), true];
    return value;
  };
}
