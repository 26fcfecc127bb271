/// <reference types="office-js" />
// Reads a worksheet into a SheetSnapshot in three requests whatever its size: the used range's
// extent; its values and merged areas (in bands, all queued before one sync); the number
// formats of the columns holding numbers (to tell dates from numbers).
import { a1, columnIndex } from "../core/address";
import { PlanError } from "../core/errors";
import type { CellValue, Rect, SheetSnapshot } from "../core/schema";
import { actionBytes, op, runOps, type Op } from "./batch";

/**
 * Cells per values band: a band is the smallest piece a response can be halved to, so it must stay
 * well under Excel on the web's 5 MB response limit even when the cells hold long CJK text
 * (5,000 cells × 300 characters × 3 bytes ≈ 4.5 MB).
 */
const VALUE_BAND_CELLS = 5_000;
/**
 * getMergedAreasOrNullObject fails above 512 areas. It reports the areas whose top-left cell lies
 * in the range (office-js #3611), so a block of at most 512 cells can never report more, and the
 * blocks, which tile the used range, report every area once. Its `address` may name only those
 * top-left cells (office-js #1590): the areas are read from RangeAreas.areas, and an area that
 * ends on a block's edge may have been cut there, so its real extent is read again (readExtents).
 */
const MERGE_BLOCK_CELLS = 512;
/**
 * Beyond this the used range is not a plan but a stray value far away (Ctrl+End): reading it
 * would mean millions of cells.
 */
export const MAX_USED_CELLS = 2_000_000;
export const MAX_USED_COLUMNS = 500;

const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** True for number formats that show a date (yyyy"年"m"月"d"日", m/d/yyyy …), not for times or numbers. */
export function isDateFormat(format: string): boolean {
  const section = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .split(";")[0];
  // Elapsed time ([h]:mm, [mm]:ss) is a duration: its "m" is minutes, never a month.
  const elapsed = /\[(?:h+|m+|s+)\]/i.test(section);
  const bare = section.replace(/\[[^\]]*\]/g, "");
  if (/[yd]/i.test(bare)) return true;
  // "m" alone is a month; next to h or s it is minutes.
  return !elapsed && /m/i.test(bare) && !/[hs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string") return EXCEL_ERRORS.has(v) ? { error: v } : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/** "'Sheet 1'!A1:B2, Sheet1!C3" → rectangles (0-based, inclusive). */
export function parseAreas(address: string): Rect[] {
  const rects: Rect[] = [];
  const area = /(?:'(?:[^']|'')*'|[^!,']+)!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g;
  for (const m of address.matchAll(area)) {
    const top = Number(m[2]) - 1;
    const left = columnIndex(m[1]);
    const bottom = m[4] ? Number(m[4]) - 1 : top;
    const right = m[3] ? columnIndex(m[3]) : left;
    rects.push({ top, left, bottom, right });
  }
  return rects;
}

/** The used range is far larger than any plan: say where it ends and how to fix it. */
export function usedRangeTooLargeError(sheet: string, lastCell: string, cells: number): PlanError {
  return new PlanError(
    "no-table",
    `工作表“${sheet}”的已用区域一直延伸到 ${lastCell}（约 ${cells.toLocaleString("en-US")} 个单元格），远超任何分工表。通常是远处有误输入的内容或格式：按 Ctrl+End 找到它，删除多余的行和列后保存，再重试。`,
    `The used range of sheet "${sheet}" reaches ${lastCell} (about ${cells.toLocaleString("en-US")} cells), far more than any plan. Usually a stray value or format lies far away: press Ctrl+End to find it, delete the extra rows and columns, save, and try again.`,
  );
}

interface Band {
  top: number;
  rows: number;
}

/** Blocks of at most `cells` cells over rows × columns (wide sheets are split by column too). */
function blocks(top: number, left: number, rowCount: number, columnCount: number, cells: number): (Band & { left: number; columns: number })[] {
  const columns = Math.min(columnCount, cells);
  const out: (Band & { left: number; columns: number })[] = [];
  for (let c = 0; c < columnCount; c += columns) {
    const w = Math.min(columns, columnCount - c);
    for (const b of bands(top, rowCount, w, cells)) out.push({ ...b, left: left + c, columns: w });
  }
  return out;
}

function bands(top: number, rowCount: number, columnCount: number, cellsPerBand: number): Band[] {
  const step = Math.max(1, Math.floor(cellsPerBand / Math.max(1, columnCount)));
  const out: Band[] = [];
  for (let r = 0; r < rowCount; r += step) out.push({ top: top + r, rows: Math.min(step, rowCount - r) });
  return out;
}

export async function readSnapshot(context: Excel.RequestContext, sheetName: string): Promise<SheetSnapshot> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return { sheet: sheetName, origin: { row: 0, col: 0 }, values: [], dateCells: [], merges: [] };
  const cells = used.rowCount * used.columnCount;
  if (cells > MAX_USED_CELLS || used.columnCount > MAX_USED_COLUMNS) {
    throw usedRangeTooLargeError(sheetName, a1(used.rowIndex + used.rowCount - 1, used.columnIndex + used.columnCount - 1), cells);
  }

  const origin = { row: used.rowIndex, col: used.columnIndex };
  const width = used.columnCount;
  const valueBands = bands(origin.row, used.rowCount, width, VALUE_BAND_CELLS);
  const mergeBlocks = blocks(origin.row, origin.col, used.rowCount, width, MERGE_BLOCK_CELLS);

  const valueRanges: Excel.Range[] = [];
  const mergeAreas: Excel.RangeAreas[] = [];
  const readOps: Op[] = [
    ...valueBands.map((b, i) =>
      op(actionBytes(b), (ctx) => {
        const range = ctx.workbook.worksheets.getItem(sheetName).getRangeByIndexes(b.top, origin.col, b.rows, width);
        range.load("values");
        valueRanges[i] = range;
      }),
    ),
    ...mergeBlocks.map((b, i) =>
      op(actionBytes(b), (ctx) => {
        const areas = ctx.workbook.worksheets
          .getItem(sheetName)
          .getRangeByIndexes(b.top, b.left, b.rows, b.columns)
          .getMergedAreasOrNullObject();
        mergeAreas[i] = areas;
      }),
    ),
  ];
  await runOps(context, readOps);

  const values: CellValue[][] = valueRanges.flatMap((r) => r.values.map((row) => row.map(toCellValue)));
  const usedRect = { top: origin.row, left: origin.col, bottom: origin.row + used.rowCount - 1, right: origin.col + width - 1 };
  const merges = await readMerges(context, sheetName, mergeBlocks, mergeAreas, usedRect);

  const numberColumns = new Set<number>();
  values.forEach((row) => row.forEach((v, c) => typeof v === "number" && numberColumns.add(c)));
  const dateCells = await readDateCells(context, sheetName, origin, values, numberColumns);
  return { sheet: sheetName, origin, values, dateCells, merges };
}

type Block = Band & { left: number; columns: number };

/** The merged areas the blocks reported, each at its real extent. */
async function readMerges(
  context: Excel.RequestContext,
  sheetName: string,
  mergeBlocks: Block[],
  mergeAreas: Excel.RangeAreas[],
  used: Rect,
): Promise<Rect[]> {
  const found = mergeAreas.flatMap((areas, i) => {
    if (areas.isNullObject) return [];
    const collection = areas.areas;
    collection.load("items/address");
    return [{ block: mergeBlocks[i], collection }];
  });
  if (found.length === 0) return [];
  await context.sync();
  const rects: Rect[] = [];
  const cut: Rect[] = [];
  for (const { block, collection } of found) {
    for (const item of collection.items) {
      for (const rect of parseAreas(item.address)) {
        const bottomEdge = block.top + block.rows - 1;
        const rightEdge = block.left + block.columns - 1;
        const mayBeCut = (rect.bottom === bottomEdge && bottomEdge < used.bottom) || (rect.right === rightEdge && rightEdge < used.right);
        (mayBeCut ? cut : rects).push(rect);
      }
    }
  }
  rects.push(...(await readExtents(context, sheetName, cut, used)));
  return distinctOutermost(rects);
}

/**
 * The real extent of areas that end on a block's edge. From an area's top-left cell, a strip down
 * its first column and one along its first row are read again: a strip as long as the area is
 * known to be plus 511 cells holds at most 512 top-left cells, so it never fails for too many
 * areas; it is read again, longer, while the area still reaches the strip's end.
 */
async function readExtents(context: Excel.RequestContext, sheetName: string, cut: Rect[], used: Rect): Promise<Rect[]> {
  let open = cut.map((rect) => ({ ...rect }));
  const done: Rect[] = [];
  while (open.length > 0) {
    const queries = open.map((rect) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const rows = Math.min(rect.bottom - rect.top + MERGE_BLOCK_CELLS, used.bottom - rect.top + 1);
      const cols = Math.min(rect.right - rect.left + MERGE_BLOCK_CELLS, used.right - rect.left + 1);
      const column = sheet.getRangeByIndexes(rect.top, rect.left, rows, 1).getMergedAreasOrNullObject();
      const row = sheet.getRangeByIndexes(rect.top, rect.left, 1, cols).getMergedAreasOrNullObject();
      column.areas.load("items/address");
      row.areas.load("items/address");
      return { rect, column, row, rows, cols };
    });
    // One request per round; another round only for areas longer than the strips just read.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const next: Rect[] = [];
    for (const { rect, column, row, rows, cols } of queries) {
      const same = (areas: Excel.RangeAreas) =>
        areas.isNullObject
          ? undefined
          : areas.areas.items.flatMap((i) => parseAreas(i.address)).find((r) => r.top === rect.top && r.left === rect.left);
      const bottom = Math.max(rect.bottom, same(column)?.bottom ?? rect.bottom);
      const right = Math.max(rect.right, same(row)?.right ?? rect.right);
      const grown = { ...rect, bottom, right };
      const more = (bottom > rect.bottom && bottom === rect.top + rows - 1) || (right > rect.right && right === rect.left + cols - 1);
      (more ? next : done).push(grown);
    }
    open = next;
  }
  return done;
}

/** Each area once: duplicates and pieces lying inside a larger area dropped. */
function distinctOutermost(rects: Rect[]): Rect[] {
  const inside = (a: Rect, b: Rect) => a.top >= b.top && a.left >= b.left && a.bottom <= b.bottom && a.right <= b.right;
  const out: Rect[] = [];
  const sorted = [...rects].sort((a, b) => (b.bottom - b.top + 1) * (b.right - b.left + 1) - (a.bottom - a.top + 1) * (a.right - a.left + 1));
  for (const r of sorted) if (!out.some((o) => inside(r, o))) out.push(r);
  return out;
}

/** Number formats are loaded only over the columns that hold numbers: plans are mostly text. */
async function readDateCells(
  context: Excel.RequestContext,
  sheetName: string,
  origin: { row: number; col: number },
  values: CellValue[][],
  numberColumns: Set<number>,
): Promise<[number, number][]> {
  if (numberColumns.size === 0) return [];
  const first = Math.min(...numberColumns);
  const width = Math.max(...numberColumns) - first + 1;
  const formatBands = bands(origin.row, values.length, width, VALUE_BAND_CELLS);
  const formatRanges: Excel.Range[] = [];
  await runOps(
    context,
    formatBands.map((b, i) =>
      op(actionBytes(b), (ctx) => {
        const range = ctx.workbook.worksheets
          .getItem(sheetName)
          .getRangeByIndexes(b.top, origin.col + first, b.rows, width);
        range.load("numberFormat");
        formatRanges[i] = range;
      }),
    ),
  );
  const dateCells: [number, number][] = [];
  let r = 0;
  for (const range of formatRanges) {
    for (const formats of range.numberFormat) {
      formats.forEach((format, c) => {
        if (typeof values[r][first + c] === "number" && isDateFormat(String(format))) {
          dateCells.push([origin.row + r, origin.col + first + c]);
        }
      });
      r++;
    }
  }
  return dateCells;
}
