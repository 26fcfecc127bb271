// Spotting one unit written two ways (建设局局 / 建设局, 教育文卫 / 教育文卫局, 法规科 / 局法规科).
// Deliberately conservative: short names that differ by a real character are different units
// (财政局 / 税务局, 县发改局 / 县税务局, 市财政局 / 市民政局), so plain edit distance never decides.
import { normaliseText } from "./normalise";

/** Levenshtein distance over code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length];
}

const UNIT_SUFFIXES = ["局", "办", "科", "中心", "委"];
// A name that already ends like a body is complete: 市政府 / 市政府办 are two units.
const COMPLETE_ENDING = /(?:局|办|科|中心|委|府|室|处|所|站|院|队|部|门|位)$/u;
const LEVEL_PREFIXES = ["局", "市", "县", "区"];

/** The most a variant's length can differ from its canonical form's (a doubled character, a
 * suffix, a prefix): names further apart in length are never variants, and need no comparing. */
const MAX_LENGTH_GAP = Math.max(1, ...UNIT_SUFFIXES.map((s) => s.length), ...LEVEL_PREFIXES.map((p) => p.length));

export type VariantKind = "doubled-last-char" | "missing-suffix" | "level-prefix";

/** How `variant` is another way of writing `canonical`, or null when they are different units. */
export function variantKind(variant: string, canonical: string): VariantKind | null {
  if (variant === canonical) return null;
  if (variant.length >= 3 && variant === canonical + canonical.slice(-1)) return "doubled-last-char";
  const suffix = canonical.startsWith(variant) ? canonical.slice(variant.length) : null;
  if (suffix && UNIT_SUFFIXES.includes(suffix) && variant.length >= 2 && !COMPLETE_ENDING.test(variant)) {
    return "missing-suffix";
  }
  const prefix = canonical.endsWith(variant) ? canonical.slice(0, -variant.length) : null;
  if (prefix && LEVEL_PREFIXES.includes(prefix) && variant.length >= 2) return "level-prefix";
  return null;
}

function nearEitherWay(a: string, b: string): boolean {
  return variantKind(a, b) !== null || variantKind(b, a) !== null;
}

/** The candidate that is the same unit as `name` (equal or a near variant after normalisation),
 * the closest by edit distance; null when none is. */
export function nearestName(name: string, candidates: string[]): { name: string; distance: number } | null {
  const n = normaliseText(name);
  let best: { name: string; distance: number } | null = null;
  for (const candidate of candidates) {
    const c = normaliseText(candidate);
    if (c !== n && !nearEitherWay(n, c)) continue;
    const distance = editDistance(n, c);
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  return best;
}

/** Of two names for one unit, the one to keep: the intended form for a typo (建设局局 → 建设局,
 * 教育文卫 → 教育文卫局); for a missing level prefix (法规科 / 局法规科) the more frequent form, the
 * prefixed one on a tie. Null when the names are different units. */
function preferredName(a: string, b: string, frequency: (name: string) => number): string | null {
  const [variant, canonical] = variantKind(a, b) ? [a, b] : variantKind(b, a) ? [b, a] : [null, null];
  if (variant === null || canonical === null) return null;
  if (variantKind(variant, canonical) !== "level-prefix") return canonical;
  return frequency(variant) > frequency(canonical) ? variant : canonical;
}

/** For each name that looks like a variant of another name in the list, the name to use instead
 * (see preferredName). `names` may repeat (all units of a sheet): frequency breaks level-prefix
 * pairs. Each variant is reported once, in order of first appearance. */
export function findNearDuplicates(names: string[]): { name: string; suggestion: string }[] {
  const written = new Map<string, number>();
  // By index: `names` is every unit of every row (25k in a 10k-row plan).
  for (let i = 0; i < names.length; i++) written.set(names[i], (written.get(names[i]) ?? 0) + 1);
  return nearDuplicatesOfWritten(written);
}

/** findNearDuplicates of names already counted: each name, in order of first appearance, and how
 * often it is written. */
export function nearDuplicatesOfWritten(written: ReadonlyMap<string, number>): { name: string; suggestion: string }[] {
  const counts = new Map<string, number>();
  for (const [name, n] of written) {
    const key = normaliseText(name);
    counts.set(key, (counts.get(key) ?? 0) + n);
  }
  const frequency = (name: string) => counts.get(name) ?? 0;
  const distinct = [...counts.keys()];
  // Every variant kind makes one name the other's prefix or suffix (up to MAX_LENGTH_GAP longer),
  // so only those pairs are compared: comparing all pairs of a 300-department plan made 90k
  // string pairs (a twentieth of a split's time).
  const trimmedTo = new Map<string, number[]>();
  distinct.forEach((name, i) => {
    for (const short of trimmings(name)) trimmedTo.set(short, [...(trimmedTo.get(short) ?? []), i]);
  });
  const position = new Map(distinct.map((name, i) => [name, i]));
  const found: { name: string; suggestion: string }[] = [];
  for (const name of distinct) {
    const shorter = trimmings(name).flatMap((short) => position.get(short) ?? []);
    const candidates = [...new Set([...shorter, ...(trimmedTo.get(name) ?? [])])].sort((a, b) => a - b);
    const suggestion = candidates.map((i) => distinct[i]).find((other) => preferredName(name, other, frequency) === other);
    if (suggestion) found.push({ name, suggestion });
  }
  return found;
}

/** `name` without 1 to MAX_LENGTH_GAP code units at its start or at its end (never empty). */
function trimmings(name: string): string[] {
  const out: string[] = [];
  for (let gap = 1; gap <= MAX_LENGTH_GAP && gap < name.length; gap++) out.push(name.slice(0, -gap), name.slice(gap));
  return out;
}
