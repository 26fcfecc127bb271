// What the browser grid draws, computed once per snapshot: display text, merges, marks and
// column widths. Kept apart from the component so it can be tested without a DOM.
import type { CellValue, Mark, MarkPlan, SheetSnapshot } from "../core/schema";

/** A merge as the grid sees it: the anchor (top-left) cell and the span. */
export interface MergeSpan {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface GridModel {
  rowCount: number;
  colCount: number;
  /** Pixel width of each column (index = absolute 0-based column). */
  widths: number[];
  /** Left edge of each column, after the row-number column. */
  lefts: number[];
  totalWidth: number;
  text(row: number, col: number): string;
  /** The merge a cell belongs to (anchor or covered), if any. */
  mergeAt(row: number, col: number): MergeSpan | undefined;
  /** The mark shown on a cell; a mark on any cell of a merge shows on its anchor. */
  markAt(row: number, col: number): Mark | undefined;
}

const MIN_WIDTH = 56;
const MAX_WIDTH = 300;
const LINES_PER_ROW = 2;
/** Columns are sized from the first rows only: enough to see the shape, cheap on 10k rows. */
const WIDTH_SAMPLE_ROWS = 400;

const key = (row: number, col: number): number => row * 16384 + col;

/** Excel serial day → YYYY-MM-DD (1900 date system, as exceljs and Office.js report it). */
export function serialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400 * 1000);
  return new Date(ms).toISOString().slice(0, 10);
}

export function cellText(value: CellValue, isDate: boolean): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "number") return isDate ? serialToIso(value) : String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/** Rough on-screen width of text at the grid's font: CJK characters are twice as wide as Latin. */
function textWidth(text: string): number {
  let units = 0;
  for (const line of text.split("\n")) {
    let n = 0;
    for (const ch of line) n += ch.charCodeAt(0) > 0x2e80 ? 2 : 1.1;
    units = Math.max(units, n);
  }
  return units * 6.5 + 14;
}

export function buildGridModel(snapshot: SheetSnapshot, marks: MarkPlan | null): GridModel {
  const { origin, values } = snapshot;
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  const rowCount = origin.row + values.length;
  const colCount = Math.max(1, origin.col + width);
  const dates = new Set(snapshot.dateCells.map(([r, c]) => key(r, c)));

  const merges = new Map<number, MergeSpan>();
  for (const m of snapshot.merges) {
    const span = { top: m.top, left: m.left, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 };
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) merges.set(key(r, c), span);
  }

  const markMap = new Map<number, Mark>();
  for (const mark of marks?.marks ?? []) {
    const span = merges.get(key(mark.row, mark.col));
    const at = span ? key(span.top, span.left) : key(mark.row, mark.col);
    if (!markMap.has(at)) markMap.set(at, mark);
  }

  const text = (row: number, col: number): string => {
    const r = values[row - origin.row];
    const v = r?.[col - origin.col];
    return v === undefined ? "" : cellText(v, dates.has(key(row, col)));
  };

  const widths = Array<number>(colCount).fill(MIN_WIDTH);
  const sampleEnd = Math.min(rowCount, origin.row + WIDTH_SAMPLE_ROWS);
  for (let row = origin.row; row < sampleEnd; row++) {
    for (let col = origin.col; col < colCount; col++) {
      const span = merges.get(key(row, col));
      if (span && span.cols > 1) continue; // a title across the table says nothing about one column
      const t = text(row, col);
      if (!t) continue;
      // Text wraps: two lines per row, more in a tall merge; short text stays on one line.
      const lines = t.length > 12 ? LINES_PER_ROW * (span?.rows ?? 1) : 1;
      const wanted = lines > 1 ? Math.max(MIN_WIDTH * 2, textWidth(t) / lines) : textWidth(t);
      widths[col] = Math.max(widths[col], Math.round(Math.min(MAX_WIDTH, wanted)));
    }
  }
  const lefts: number[] = [];
  let x = 0;
  for (const w of widths) {
    lefts.push(x);
    x += w;
  }

  return {
    rowCount,
    colCount,
    widths,
    lefts,
    totalWidth: x,
    text,
    mergeAt: (row, col) => merges.get(key(row, col)),
    markAt: (row, col) => markMap.get(key(row, col)),
  };
}

