// What the browser grid draws, computed once per snapshot: display text, merges, marks, frozen
// panes and column widths; and where the cell cursor goes on a key. Kept apart from the component
// so it can be tested without a DOM.
import type { PlanTable } from "../core/model";
import type { CellValue, Mark, MarkPlan, SheetSnapshot } from "../core/schema";

/** A merge as the grid sees it: the anchor (top-left) cell and the span. */
export interface MergeSpan {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface CellPos {
  row: number;
  col: number;
}

/** What stays in place while the sheet scrolls, as Excel's 冻结窗格 would set it for this table. */
export interface FrozenPanes {
  /** 0-based rows of the table's header block, first and last; null when no table was read. */
  header: { top: number; bottom: number } | null;
  /** Columns 0 .. cols-1 stay at the left: up to the 序号 column; 0 when there is none. */
  cols: number;
}

export interface GridModel {
  rowCount: number;
  colCount: number;
  /** Pixel width of each column at its content (index = absolute 0-based column). */
  widths: number[];
  frozen: FrozenPanes;
  /** The first row the virtualised list draws: rows above it (title, header) are drawn apart. */
  bodyStart: number;
  text(row: number, col: number): string;
  /** The merge a cell belongs to (anchor or covered), if any. */
  mergeAt(row: number, col: number): MergeSpan | undefined;
  /** The mark shown on a cell; a mark on any cell of a merge shows on its anchor. */
  markAt(row: number, col: number): Mark | undefined;
  /** The marked cell first in reading order (top to bottom, then left to right). */
  firstMark: Mark | null;
}

/** The part of the core's reading the grid needs: which rows are the header, which column is 序号. */
export type TableShape = Pick<PlanTable, "info" | "columnIndex">;

/** Text size in the grid (px): 14 px is the least a clerk reads comfortably. */
export const FONT_PX = 14;
export const PAD_X = 6;
/** A column with no text at all: wide enough for its letter. */
export const EMPTY_WIDTH = 28;
export const MIN_WIDTH = 44;
export const MAX_WIDTH = 320;
/** A header label wraps: it asks for no more than four CJK characters of width. */
const HEADER_LABEL_WIDTH = 4 * FONT_PX + 2 * PAD_X + 1;
/** Long text wraps over this many lines in a row before it is cut with an ellipsis. */
export const WRAP_LINES = 2;
/** Text merged down several rows (a 栏目 beside its tasks) shows this many lines, kept in view while scrolling. */
export const TALL_LINES = 3;
/** Text up to this wide stays on one line; longer text wraps, in a column no narrower. */
const WRAP_AT = 8 * FONT_PX + 2 * PAD_X + 1;
/** A tall merge's text wraps down to this width. */
const TALL_WRAP_AT = 5 * FONT_PX + 2 * PAD_X + 1;
/** Columns shrunk to fit the view keep at least this width. */
export const FIT_FLOOR = 160;
/** Frozen columns wider than this would leave too little of the sheet to scroll: none are frozen. */
const MAX_FROZEN_WIDTH = 160;
/** Columns are sized from the first rows only: enough to see the shape, cheap on 100k rows. */
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

/** On-screen width of text at the grid's font, padding included: CJK characters are square, Latin about half. */
export function textWidth(text: string): number {
  let widest = 0;
  for (const line of text.split("\n")) {
    let w = 0;
    for (const ch of line) w += ch.charCodeAt(0) > 0x2e80 ? FONT_PX : FONT_PX * 0.58;
    widest = Math.max(widest, w);
  }
  return Math.ceil(widest) + 2 * PAD_X + 1;
}

/** The width a cell's text asks of its column: one line if it is short, else wrapped over the lines it has. */
function wantedWidth(text: string, rows: number): number {
  const oneLine = textWidth(text);
  const [lines, least] = rows > 1 ? [TALL_LINES, TALL_WRAP_AT] : [WRAP_LINES, WRAP_AT];
  if (oneLine <= least) return oneLine;
  return Math.max(least, Math.ceil((oneLine - 2 * PAD_X - 1) / lines) + 2 * PAD_X + 1);
}

export function frozenPanes(table: TableShape | null, widths: readonly number[]): FrozenPanes {
  if (!table || table.info.headerRows.length === 0) return { header: null, cols: 0 };
  const header = { top: Math.min(...table.info.headerRows) - 1, bottom: Math.max(...table.info.headerRows) - 1 };
  const seq = table.columnIndex.seq;
  const cols = seq === undefined ? 0 : seq + 1;
  const width = widths.slice(0, cols).reduce((a, b) => a + b, 0);
  return { header, cols: width <= MAX_FROZEN_WIDTH ? cols : 0 };
}

/** The grid's model without the marks: the costly part (widths measure hundreds of cells), kept
 * while only the marks change, as they do after every check. */
export type SheetLayout = Omit<GridModel, "markAt" | "firstMark">;

export function sheetLayout(snapshot: SheetSnapshot, table: TableShape | null = null): SheetLayout {
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

  const text = (row: number, col: number): string => {
    const r = values[row - origin.row];
    const v = r?.[col - origin.col];
    return v === undefined ? "" : cellText(v, dates.has(key(row, col)));
  };

  const headerRows = new Set((table?.info.headerRows ?? []).map((r) => r - 1));
  const widths = Array<number>(colCount).fill(EMPTY_WIDTH);
  const sampleEnd = Math.min(rowCount, origin.row + WIDTH_SAMPLE_ROWS);
  for (let row = origin.row; row < sampleEnd; row++) {
    for (let col = origin.col; col < colCount; col++) {
      const span = merges.get(key(row, col));
      if (span && (span.cols > 1 || span.top !== row)) continue; // a title across the table says nothing about one column
      const t = text(row, col);
      if (!t) continue;
      const wanted = headerRows.has(row) ? Math.min(textWidth(t), HEADER_LABEL_WIDTH) : wantedWidth(t, span?.rows ?? 1);
      widths[col] = Math.max(widths[col], MIN_WIDTH, Math.min(MAX_WIDTH, wanted));
    }
  }

  const frozen = frozenPanes(table, widths);
  return {
    rowCount,
    colCount,
    widths,
    frozen,
    bodyStart: frozen.header ? Math.min(rowCount, frozen.header.bottom + 1) : 0,
    text,
    mergeAt: (row, col) => merges.get(key(row, col)),
  };
}

/** The layout with this tool's marks on it: a lookup by cell, one pass over the marks. */
export function withMarks(layout: SheetLayout, marks: MarkPlan | null): GridModel {
  const markMap = new Map<number, Mark>();
  let firstMark: Mark | null = null;
  for (const mark of marks?.marks ?? []) {
    const span = layout.mergeAt(mark.row, mark.col);
    const at = span ? key(span.top, span.left) : key(mark.row, mark.col);
    if (!markMap.has(at)) markMap.set(at, mark);
    if (!firstMark || mark.row < firstMark.row || (mark.row === firstMark.row && mark.col < firstMark.col)) firstMark = mark;
  }
  return { ...layout, markAt: (row, col) => markMap.get(key(row, col)), firstMark };
}

export function buildGridModel(snapshot: SheetSnapshot, marks: MarkPlan | null, table: TableShape | null = null): GridModel {
  return withMarks(sheetLayout(snapshot, table), marks);
}

/**
 * Column widths for a view `available` px wide: the widest columns give up width, evenly down to
 * FIT_FLOOR, until the table fits (their text then wraps or ends in an ellipsis), so the unit and
 * deadline columns at the right of a plan are on screen beside the long task text. Columns that
 * fit already are left alone; when even the floors do not fit, the sheet scrolls sideways.
 */
export function fitWidths(widths: readonly number[], available: number): number[] {
  const out = [...widths];
  let excess = out.reduce((a, b) => a + b, 0) - available;
  while (excess > 0.5) {
    const shrinkable = out.map((w, i) => (w > FIT_FLOOR ? i : -1)).filter((i) => i >= 0);
    if (shrinkable.length === 0) break;
    const share = excess / shrinkable.length;
    for (const i of shrinkable) {
      const cut = Math.min(share, out[i] - FIT_FLOOR);
      out[i] -= cut;
      excess -= cut;
    }
  }
  return out.map(Math.floor);
}

/** Left edge of each column (after the row numbers) and the total width. */
export function columnLefts(widths: readonly number[]): { lefts: number[]; total: number } {
  const lefts: number[] = [];
  let x = 0;
  for (const w of widths) {
    lefts.push(x);
    x += w;
  }
  return { lefts, total: x };
}

/** The anchor of the merge holding a cell, or the cell itself. */
export function anchorOf(model: GridModel, at: CellPos): CellPos {
  const span = model.mergeAt(at.row, at.col);
  return span ? { row: span.top, col: span.left } : at;
}

export interface KeyPress {
  key: string;
  ctrl: boolean;
  /** Rows a PageUp / PageDown moves: those that fit in the view. */
  pageRows: number;
}

/**
 * Where the cell cursor goes on a key, as in Excel: arrows step one cell and over a merge in one
 * step, keeping the row (or column) the cursor came along; Home / End go to the row's first /
 * last column, with Ctrl to the sheet's first / last cell; PageUp / PageDown move a view's rows.
 * Null for a key the grid does not handle. The result is the position walked to; the cell shown
 * as selected is its merge's anchor (anchorOf).
 */
export function moveCursor(model: GridModel, at: CellPos, press: KeyPress): CellPos | null {
  const span = model.mergeAt(at.row, at.col);
  const top = span?.top ?? at.row;
  const left = span?.left ?? at.col;
  const bottom = span ? span.top + span.rows - 1 : at.row;
  const right = span ? span.left + span.cols - 1 : at.col;
  const lastRow = model.rowCount - 1;
  const lastCol = model.colCount - 1;
  const clampRow = (r: number) => Math.max(0, Math.min(lastRow, r));
  switch (press.key) {
    case "ArrowUp":
      return { row: Math.max(0, top - 1), col: at.col };
    case "ArrowDown":
      return { row: bottom < lastRow ? bottom + 1 : at.row, col: at.col };
    case "ArrowLeft":
      return { row: at.row, col: Math.max(0, left - 1) };
    case "ArrowRight":
      return { row: at.row, col: right < lastCol ? right + 1 : at.col };
    case "Home":
      return press.ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case "End":
      return press.ctrl ? { row: lastRow, col: lastCol } : { row: at.row, col: lastCol };
    case "PageUp":
      return { row: clampRow(at.row - press.pageRows), col: at.col };
    case "PageDown":
      return { row: clampRow(at.row + press.pageRows), col: at.col };
    default:
      return null;
  }
}
