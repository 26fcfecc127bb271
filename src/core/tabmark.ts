// How a tab says "this tool made it, from this plan, with this content": a sheet-scoped, hidden
// defined name (TAB_MARK_NAME) holding a short string. Unlike the print footer used before, it
// is invisible in print, survives save, reopen, rename and copy in Excel, WPS and LibreOffice,
// and a tab the user made never carries it. The digest of what was written lets a later run see
// that the user edited the tab since, and keep it rather than replace it.

/** Name of the sheet-scoped hidden defined name. */
export const TAB_MARK_NAME = "taskplan.tab";

/** The same mark on a 检查结果 sheet, under its own name: it is no department tab, so 生成分表
 * neither replaces nor counts it, and checking skips it. */
export const RESULTS_MARK_NAME = "taskplan.results";

/** Footer text of tabs made by earlier versions: still recognised, never written. */
export const LEGACY_TAB_FOOTER = "由任务分工助手生成 · taskplan";

export interface TabMark {
  /** Identifies the plan the tab was generated from (planKey). */
  plan: string;
  /** tabDigest of the cell texts written. */
  digest: string;
}

/** FNV-1a, 32-bit, over `text` from state `h`: fnv1aStep(fnv1aStep(h, a), b) is the state after a + b. */
function fnv1aStep(h: number, text: string): number {
  // Unsigned once at the end: the product's low 32 bits are the same signed or not.
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

const FNV_PRIME = 0x01000193;
/** The step over one separator character, without a string and a call for it. */
const fnv1aChar = (h: number, code: number): number => Math.imul(h ^ code, FNV_PRIME) >>> 0;

const FNV_OFFSET = 0x811c9dc5;

const hex8 = (h: number) => h.toString(16).padStart(8, "0");

/** FNV-1a, 32-bit, as 8 hex digits: short enough for a defined name's string constant. */
export function fnv1a(text: string, seed = FNV_OFFSET): string {
  return hex8(fnv1aStep(seed >>> 0, text));
}

/** Identifies a plan by the sheet it was read from and its title. */
export function planKey(sourceSheet: string, title: string): string {
  return fnv1a(`${sourceSheet}\u0000${title}`);
}

/** Identifies the checked sheet a 检查结果 sheet reports on (the `plan` of its mark). */
export function resultsKey(checkedSheet: string): string {
  return fnv1a(`results\u0000${checkedSheet}`);
}

/** Digest of a tab's cell texts, row by row (empty cells as ""), as any host reads them back.
 * Hashed as it goes: the texts of a 100k-row plan's 检查结果 sheet joined would be one more
 * copy of them all. */
export function tabDigest(rows: Iterable<readonly (string | number | boolean | null | undefined)[]>): string {
  const empty = (v: unknown) => v === null || v === undefined || v === "";
  let h = FNV_OFFSET;
  let first = true;
  for (const row of rows) {
    let end = row.length;
    while (end > 0 && empty(row[end - 1])) end--;
    if (end === 0) continue;
    if (!first) h = fnv1aChar(h, 2);
    first = false;
    for (let c = 0; c < end; c++) {
      if (c > 0) h = fnv1aChar(h, 1);
      const v = row[c];
      if (typeof v === "string") h = fnv1aStep(h, v);
      else if (v !== null && v !== undefined) h = fnv1aStep(h, String(v));
    }
  }
  return hex8(h);
}

/** The defined name's formula: a string constant. */
export function tabMarkFormula(mark: TabMark): string {
  return `"tp1|${mark.plan}|${mark.digest}"`;
}

/** Reads a mark back from a defined name's formula (with or without "="); null if not ours. */
export function parseTabMark(formula: string): TabMark | null {
  const m = /^=?"tp1\|([0-9a-f]{8})\|([0-9a-f]{8})"$/.exec(formula.trim());
  return m ? { plan: m[1], digest: m[2] } : null;
}
