// Merge-aware access to a snapshot. A merged cell's text applies to every cell it covers.
import { excelSerialToIso } from "./dates";
import { decodeCharacterReferences, stripPinyinGlosses } from "./normalise";
import type { CellValue, Rect, SheetSnapshot } from "./schema";

type CellKey = number | string;

export class Grid {
  readonly sheet: string;
  /** One past the last absolute row / column holding a value. */
  readonly rowEnd: number;
  readonly colEnd: number;
  private readonly origin: { row: number; col: number };
  private readonly values: CellValue[][];
  private readonly width: number;
  private readonly dates = new Set<CellKey>();
  /** The merges each row crosses (a few at most), by absolute row: found without hashing. */
  private readonly rowMerges: (readonly Rect[])[];
  private readonly hiddenRows: Set<number>;
  private readonly struck = new Set<CellKey>();

  /** `decoded`: the values are a grid's own already (a part of it, or its text without glosses), their
   * character references read; a snapshot from a host is read here once. */
  constructor(
    private readonly snapshot: SheetSnapshot,
    decoded = false,
  ) {
    this.sheet = snapshot.sheet;
    this.origin = snapshot.origin;
    this.values = decoded ? snapshot.values : withCharacterReferencesDecoded(snapshot.values);
    this.rowEnd = snapshot.origin.row + snapshot.values.length;
    let width = 0;
    for (const r of snapshot.values) width = Math.max(width, r.length);
    this.width = width;
    this.colEnd = snapshot.origin.col + width;
    for (const [r, c] of snapshot.dateCells) this.dates.add(this.key(r, c));
    this.hiddenRows = new Set(snapshot.hiddenRows ?? []);
    for (const [r, c] of snapshot.struckCells ?? []) this.struck.add(this.key(r, c));
    const byRow = mergesByRow(snapshot.merges);
    // Every row up to the last gets an entry (most the same empty list): V8 reads a hole of a
    // sparse array on a slow path, and merge() is asked for nearly every cell.
    this.rowMerges = [];
    for (let r = 0, end = Math.max(this.rowEnd, byRow.length); r < end; r++) this.rowMerges.push(byRow[r] ?? NO_MERGES);
  }

  /** The sheet above row `end` only: a second table under the plan left out. */
  rowsAbove(end: number): Grid {
    return new Grid({ ...this.snapshot, values: this.values.slice(0, Math.max(0, end - this.origin.row)) }, true);
  }

  /** The sheet with the pinyin glosses of a mirror site's copy removed (鄉(xiāng)鎮(zhèn) as 鄉鎮): the text
   * whose shape (how long, how it ends) says whether a cell is a label, a heading or a task. Itself
   * when no cell holds a gloss. */
  withoutGlosses(): Grid {
    const glossed = (v: CellValue) => typeof v === "string" && stripPinyinGlosses(v) !== v;
    // Most sheets hold none: no copy of a long plan's values.
    if (!this.values.some((line) => line.some(glossed))) return this;
    const values = this.values.map((line) => line.map((v) => (typeof v === "string" ? stripPinyinGlosses(v) : v)));
    return new Grid({ ...this.snapshot, values }, true);
  }

  /** A cell's key: its place in the values, a small integer V8 hashes fast (absolute row × 16384
   * overflows those past 131k rows); a cell outside the values (a merge reaching past them) by name. */
  private key(row: number, col: number): CellKey {
    const r = row - this.origin.row;
    const c = col - this.origin.col;
    return r >= 0 && c >= 0 && c < this.width && r < this.values.length ? r * this.width + c : `${row}:${col}`;
  }

  /** The value stored in the cell itself (a covered cell of a merge is empty). */
  raw(row: number, col: number): CellValue {
    const line = this.values[row - this.origin.row];
    if (!line) return null;
    const v = line[col - this.origin.col];
    return v === undefined ? null : v;
  }

  isDate(row: number, col: number): boolean {
    return this.dates.has(this.key(row, col));
  }

  get hasStruckCells(): boolean {
    return this.struck.size > 0;
  }

  isHidden(row: number): boolean {
    return this.hiddenRows.has(row);
  }

  /** The cell's own text is struck through in full. */
  isStruck(row: number, col: number): boolean {
    return this.struck.has(this.key(row, col));
  }

  merge(row: number, col: number): Rect | undefined {
    const crossing = this.rowMerges[row];
    // By index: asked for nearly every cell, mostly before V8 optimizes it, where a for…of
    // makes an iterator each call.
    if (crossing) for (let i = 0; i < crossing.length; i++) if (crossing[i].left <= col && col <= crossing[i].right) return crossing[i];
    return undefined;
  }

  /** The cell that holds the text shown at (row, col): the top-left of its merge, or itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** The shown text at (row, col), merges resolved; dates as YYYY-MM-DD, errors as "". */
  text(row: number, col: number): string {
    // Called for most cells of a plan: no anchor object allocated.
    const m = this.merge(row, col);
    return m ? this.ownText(m.top, m.left) : this.ownText(row, col);
  }

  /** Text of the cell itself, without taking a merge's text. */
  ownText(row: number, col: number): string {
    const v = this.raw(row, col);
    // Most cells hold text: only a number can be a date.
    return typeof v === "string" ? v : cellText(v, typeof v === "number" && this.isDate(row, col));
  }
}

/**
 * The merges crossing each row, in the order the snapshot lists them. Rows crossed by the same
 * merges share one list: a category cell merged down over its tasks does not give every task row
 * a list of its own.
 */
const NO_MERGES: readonly Rect[] = [];

function mergesByRow(merges: readonly Rect[]): Rect[][] {
  const byRow: Rect[][] = [];
  // (Lists here are built by Array.from or push, not map: map inlined by the optimiser returns a
  // holey array where the builtin's is packed, and merge(), inlined nearly everywhere, reading a
  // list of the other kind, is thrown out of optimised code and compiled again.)
  const order = Array.from(merges, (_, i) => i)
    .filter((i) => merges[i].bottom >= merges[i].top)
    .sort((a, b) => merges[a].top - merges[b].top || a - b);
  // Swept top to bottom: the merges crossing `row` (by their place in the snapshot), and their list.
  let crossing: number[] = [];
  let list: Rect[] = [];
  let next = 0;
  let row = 0;
  for (;;) {
    let changed = false;
    if (crossing.some((i) => merges[i].bottom < row)) {
      crossing = crossing.filter((i) => merges[i].bottom >= row);
      changed = true;
    }
    if (crossing.length === 0) {
      if (next === order.length) break;
      row = merges[order[next]].top;
    }
    for (; next < order.length && merges[order[next]].top === row; next++) {
      // Kept in the snapshot's order by insertion (a sort would copy the list for every change).
      let at = crossing.push(order[next]) - 1;
      for (; at > 0 && crossing[at - 1] > crossing[at]; at--) [crossing[at - 1], crossing[at]] = [crossing[at], crossing[at - 1]];
      changed = true;
    }
    if (changed) {
      list = [];
      for (const i of crossing) list.push(merges[i]);
    }
    // The list holds down to the row before the next merge starts or one ends.
    let end = next < order.length ? merges[order[next]].top : Infinity;
    for (const i of crossing) end = Math.min(end, merges[i].bottom + 1);
    for (let r = row; r < end; r++) byRow[r] = list;
    row = end;
  }
  return byRow;
}

export function cellText(v: CellValue, isDate = false): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return isDate ? excelSerialToIso(v) ?? String(v) : String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return "";
}

/** The values with every numeric character reference a mirror site's copy wrote into a cell's text
 * (&#8546;-1-&#9312; for Ⅲ-1-①) read as the character the publisher wrote; the values themselves
 * when no cell holds one (most sheets: no copy). */
function withCharacterReferencesDecoded(values: CellValue[][]): CellValue[][] {
  const decoded = (v: CellValue) => typeof v === "string" && decodeCharacterReferences(v) !== v;
  if (!values.some((line) => line.some(decoded))) return values;
  return values.map((line) => line.map((v) => (typeof v === "string" ? decodeCharacterReferences(v) : v)));
}
