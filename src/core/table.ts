// Finding the table on a sheet: the header block by its labels, the role of every column, and
// which rows below are tasks, category rows, repeated headers or closing notes.
import { columnIndex } from "./address";
import { roleOfLabel, type ColumnRole } from "./columns";
import type { Grid } from "./grid";
import { compactLabel, normaliseText } from "./normalise";
import type { Config } from "./schema";

/** How many rows from the top are searched for a header. */
const HEADER_SEARCH_ROWS = 60;
/** A header label is short; longer text is a title or prose, never a label. */
const MAX_LABEL_LENGTH = 16;

export interface ColumnRoles {
  seq?: number;
  category: number[];
  requirement: number[];
  units?: number;
  lead?: number;
  co?: number;
  deadline?: number;
  remark?: number;
}

export type BodyRowKind = "task" | "category" | "note";

export interface TableLayout {
  /** 0-based rows of the header block. */
  headerRows: number[];
  columns: ColumnRoles;
  /** Table columns, left to right (0-based). */
  span: { left: number; right: number };
  body: { row: number; kind: BodyRowKind }[];
  /** Text above the header (title, notice), top to bottom. */
  above: string[];
}

function labelAt(grid: Grid, row: number, col: number): string {
  const label = compactLabel(grid.text(row, col));
  return label.length <= MAX_LABEL_LENGTH ? label : "";
}

function rolesOfRow(grid: Grid, row: number): (ColumnRole | null)[] {
  const roles: (ColumnRole | null)[] = [];
  for (let c = 0; c < grid.colEnd; c++) roles.push(roleOfLabel(labelAt(grid, row, c)));
  return roles;
}

function isHeaderRow(roles: (ColumnRole | null)[]): boolean {
  const has = new Set(roles.filter((r): r is ColumnRole => r !== null && r !== "ignored"));
  const responsible = has.has("units") || has.has("lead");
  const others = ["seq", "category", "requirement", "deadline"].filter((r) => has.has(r as ColumnRole)).length;
  return responsible && others >= 1;
}

/**
 * Every non-empty cell of the row is a header label (used for a second header row). A category
 * row just under the header (一、年底前专项工作任务, merged across the table) is not one.
 */
function isLabelRow(grid: Grid, row: number): boolean {
  let labels = 0;
  for (let c = 0; c < grid.colEnd; c++) {
    const own = grid.ownText(row, c).trim();
    if (!own) continue;
    if (LEVEL_MARKER.test(own) || !roleOfLabel(labelAt(grid, row, c))) return false;
    const m = grid.merge(row, c);
    if (m && m.right - m.left >= 2) return false;
    labels++;
  }
  return labels > 0;
}

/**
 * A column of bare numbers under no 序号 label (the first sub-column of 工作任务, or a column
 * with an empty header) is the numbering.
 */
function findUnlabelledSeq(grid: Grid, firstBodyRow: number, candidates: number[]): number | undefined {
  const end = Math.min(grid.rowEnd, firstBodyRow + 100);
  for (const c of candidates) {
    let numbers = 0;
    let filled = 0;
    for (let r = firstBodyRow; r < end; r++) {
      const t = grid.ownText(r, c).trim();
      if (!t) continue;
      filled++;
      if (SEQ_NUMBER.test(t)) numbers++;
    }
    if (numbers >= 2 && numbers >= 0.8 * filled) return c;
  }
  return undefined;
}

function assignRoles(grid: Grid, headerRows: number[]): ColumnRoles {
  const roles: ColumnRoles = { category: [], requirement: [] };
  const unlabelled: number[] = [];
  for (let c = 0; c < grid.colEnd; c++) {
    // The lowest header row is the most specific (一级栏目 under 栏目设置).
    let role: ColumnRole | null = null;
    for (let i = headerRows.length - 1; i >= 0 && !role; i--) role = roleOfLabel(labelAt(grid, headerRows[i], c));
    if (!role) unlabelled.push(c);
    if (!role || role === "ignored") continue;
    if (role === "category" || role === "requirement") roles[role].push(c);
    else if (roles[role] === undefined) roles[role] = c;
  }
  if (roles.seq === undefined) {
    const firstBody = headerRows[headerRows.length - 1] + 1;
    const candidates = [...roles.category, ...unlabelled].sort((a, b) => a - b);
    roles.seq = findUnlabelledSeq(grid, firstBody, candidates);
    roles.category = roles.category.filter((c) => c !== roles.seq);
  }
  // 主要责任单位 | 协同配合单位, 责任单位 | 配合单位: paired with a co-operating column, the
  // responsible column names who leads, as a 牵头 column would.
  if (roles.co !== undefined && roles.lead === undefined && roles.units !== undefined) {
    roles.lead = roles.units;
    roles.units = undefined;
  }
  // A table with task columns but no requirement column (序号 | 工作任务 | 责任单位): the
  // last task column holds the task text itself.
  if (roles.requirement.length === 0 && roles.category.length > 0) {
    roles.requirement.push(roles.category.pop() as number);
  }
  return roles;
}

/** The user's column roles over the detected ones. A column the user gives a role keeps only
 * that role: a detected role on the same column is dropped (units set to E: E is no longer the
 * requirement). */
function applyOverrides(roles: ColumnRoles, config: Config): ColumnRoles {
  const o = config.columns;
  if (!o) return roles;
  const col = (letter: string | undefined) => (letter ? columnIndex(letter) : undefined);
  const claimed = new Set(
    [o.seq, o.requirement, o.units, o.lead, o.co, o.deadline, o.remark, ...(o.category ?? [])]
      .filter((l): l is string => l !== undefined)
      .map((l) => columnIndex(l)),
  );
  const detected = (c: number | undefined) => (c !== undefined && claimed.has(c) ? undefined : c);
  const unclaimed = (cs: number[]) => cs.filter((c) => !claimed.has(c));
  return {
    seq: col(o.seq) ?? detected(roles.seq),
    category: o.category ? o.category.map((l) => columnIndex(l)) : unclaimed(roles.category),
    requirement: o.requirement ? [columnIndex(o.requirement)] : unclaimed(roles.requirement),
    units: col(o.units) ?? detected(roles.units),
    lead: col(o.lead) ?? detected(roles.lead),
    co: col(o.co) ?? detected(roles.co),
    deadline: col(o.deadline) ?? detected(roles.deadline),
    remark: col(o.remark) ?? detected(roles.remark),
  };
}

function roleColumns(roles: ColumnRoles): number[] {
  const single = [roles.seq, roles.units, roles.lead, roles.co, roles.deadline, roles.remark];
  return [...single.filter((c): c is number => c !== undefined), ...roles.category, ...roles.requirement];
}

function headerBlock(grid: Grid, top: number): number[] {
  let bottom = top;
  // Header cells merged downwards (内容说明 over two header rows) make a deeper block.
  for (let c = 0; c < grid.colEnd; c++) {
    const m = grid.merge(top, c);
    if (m && m.top === top) bottom = Math.max(bottom, m.bottom);
  }
  if (bottom === top && top + 1 < grid.rowEnd && isLabelRow(grid, top + 1)) bottom = top + 1;
  const rows: number[] = [];
  for (let r = top; r <= bottom; r++) rows.push(r);
  return rows;
}

const NOTE = /^(注|附注|备注|说明)\s*\d*\s*[:：]/;
const PAGE_FURNITURE = /^(第\s*\d+\s*页.*|[-—]?\s*\d+\s*[-—]?|共\s*\d+\s*页)$/;
const SEQ_NUMBER = /^[\d一二三四五六七八九十]+\s*[、.．]?$/;
const LEVEL_MARKER = /^\s*([一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+\s*[、.．](?!\d))/;

interface RowShape {
  /** The first non-empty text of the row, left to right ("" when the row is empty). */
  first: string;
  /** Whether the row shows one text only (in one cell, or one merged cell across several). */
  single: boolean;
  /** The row's only own text sits in a cell merged across the responsible column. */
  spansTable: boolean;
  hasSeq: boolean;
  hasUnits: boolean;
  hasDeadline: boolean;
}

function rowShape(grid: Grid, row: number, roles: ColumnRoles, span: { left: number; right: number }): RowShape {
  let first = "";
  let single = true;
  for (let c = span.left; c <= span.right; c++) {
    const t = grid.text(row, c).trim();
    if (!t) continue;
    if (!first) first = t;
    else if (t !== first) {
      single = false;
      break;
    }
  }
  const at = (c: number | undefined) => (c === undefined ? "" : grid.text(row, c).trim());
  const responsible = roles.units ?? roles.lead;
  const m = responsible === undefined ? undefined : grid.merge(row, responsible);
  return {
    first,
    single: first !== "" && single,
    spansTable: m !== undefined && m.left < responsible! && m.top <= row && m.bottom >= row && m.right > m.left,
    hasSeq: SEQ_NUMBER.test(at(roles.seq)),
    hasUnits: at(roles.units) !== "" || at(roles.lead) !== "" || at(roles.co) !== "",
    hasDeadline: at(roles.deadline) !== "",
  };
}

function isRepeatedHeader(grid: Grid, row: number, headerRows: number[], span: { left: number; right: number }): boolean {
  let same = 0;
  let filled = 0;
  for (let c = span.left; c <= span.right; c++) {
    const text = grid.ownText(row, c);
    if (!text.trim()) continue;
    // Task text is long; only short cells can repeat a header label.
    if (text.length > MAX_LABEL_LENGTH * 2) return false;
    const own = compactLabel(text);
    filled++;
    if (headerRows.some((h) => compactLabel(grid.text(h, c)) === own) || roleOfLabel(own)) same++;
  }
  return filled >= 2 && same === filled;
}

/**
 * A row that only names a category (一、夯实基础 spread over the table, with no number, unit or
 * deadline) sets the category of the rows below instead of being a task.
 */
function isCategoryRow(shape: RowShape): boolean {
  if (!shape.single) return false;
  if (!shape.spansTable && (shape.hasSeq || shape.hasUnits || shape.hasDeadline)) return false;
  const text = shape.first;
  return LEVEL_MARKER.test(text) || (text.length <= 30 && !/[。；;]/.test(text));
}

export function detectTable(grid: Grid, config: Config): TableLayout | null {
  const headerTop = config.columns?.headerRow !== undefined ? config.columns.headerRow - 1 : findHeaderRow(grid);
  if (headerTop === null || headerTop >= grid.rowEnd) return null;
  const headerRows = headerBlock(grid, headerTop);
  const columns = applyOverrides(assignRoles(grid, headerRows), config);
  if (columns.units === undefined && columns.lead === undefined) return null;
  const used = roleColumns(columns);
  const span = { left: Math.min(...used), right: Math.max(...used) };

  const title = normaliseText(grid.text(0, 0));
  const body: { row: number; kind: BodyRowKind }[] = [];
  let lastTask = -1;
  for (let r = headerRows[headerRows.length - 1] + 1; r < grid.rowEnd; r++) {
    const shape = rowShape(grid, r, columns, span);
    const { first } = shape;
    if (!first) continue;
    if (NOTE.test(first)) {
      body.push({ row: r, kind: "note" });
      continue;
    }
    if (!shape.hasSeq && isRepeatedHeader(grid, r, headerRows, span)) continue;
    if (shape.single && (PAGE_FURNITURE.test(first) || normaliseText(first) === title)) continue;
    if (isCategoryRow(shape)) {
      body.push({ row: r, kind: "category" });
      continue;
    }
    body.push({ row: r, kind: "task" });
    if (shape.hasSeq || shape.hasUnits || shape.hasDeadline) lastTask = body.length - 1;
  }
  // Prose under the table (抄送…, signatures) has neither number, unit nor deadline.
  const kept = body.filter((b, i) => i <= lastTask || b.kind === "note");

  const above: string[] = [];
  for (let r = 0; r < headerTop; r++) {
    const texts = new Set<string>();
    for (let c = 0; c < grid.colEnd; c++) {
      const t = grid.ownText(r, c).trim();
      if (t) texts.add(t);
    }
    if (texts.size) above.push([...texts].join(" "));
  }
  return { headerRows, columns, span, body: kept, above };
}

function findHeaderRow(grid: Grid): number | null {
  const end = Math.min(grid.rowEnd, HEADER_SEARCH_ROWS);
  for (let r = 0; r < end; r++) if (isHeaderRow(rolesOfRow(grid, r))) return r;
  return null;
}
