// The matches of a global expression, walked by exec on the expression itself. String.prototype.
// matchAll copies the expression (a new RegExp built from it) on every call: on the readers run for
// every deadline and unit cell the copy costs more than the matching.

/** Every match of the global expression `pattern` in `text`, in order, as `text.matchAll(pattern)`
 * gives them (past an empty match by one character, a whole code point in a u or v expression).
 * Each step sets the expression's lastIndex from its own position, so a walk of the same expression
 * inside the loop does not disturb it; the expression is left at 0. */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global expression: ${pattern}`);
  let from = 0;
  for (;;) {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (m === null) return;
    from = m[0] === "" ? stepPast(text, pattern.lastIndex, pattern) : pattern.lastIndex;
    pattern.lastIndex = 0;
    yield m;
  }
}

function stepPast(text: string, at: number, pattern: RegExp): number {
  const wholeCodePoints = pattern.unicode || pattern.flags.includes("v");
  return wholeCodePoints && (text.codePointAt(at) ?? 0) > 0xffff ? at + 2 : at + 1;
}
