/// <reference types="office-js" />
// Reads a worksheet into a SheetSnapshot in three requests whatever its size: the used range's
// extent; its values and merged areas (in bands, all queued before one sync); the number
// formats of the columns holding numbers (to tell dates from numbers).
import { columnIndex } from "../core/address";
import type { CellValue, Rect, SheetSnapshot } from "../core/schema";
import { actionBytes, op, runOps, type Op } from "./batch";

/**
 * Cells per values band: a band is the smallest piece a response can be halved to, so it must stay
 * well under Excel on the web's 5 MB response limit even when the cells hold long CJK text
 * (5,000 cells × 300 characters × 3 bytes ≈ 4.5 MB).
 */
const VALUE_BAND_CELLS = 5_000;
/**
 * getMergedAreasOrNullObject fails above 512 areas, and it reports every area that touches the
 * range, including ones crossing its edges with a single cell inside. Every area it reports so
 * has at least one cell in the block: a block of at most 512 cells can never report more.
 */
const MERGE_BLOCK_CELLS = 512;

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
        areas.load("address");
        mergeAreas[i] = areas;
      }),
    ),
  ];
  await runOps(context, readOps);

  const values: CellValue[][] = valueRanges.flatMap((r) => r.values.map((row) => row.map(toCellValue)));
  const seen = new Set<string>();
  const merges: Rect[] = [];
  for (const areas of mergeAreas) {
    if (areas.isNullObject) continue;
    // A merged area crossing a block boundary is reported by both blocks.
    for (const rect of parseAreas(areas.address)) {
      const key = `${rect.top},${rect.left},${rect.bottom},${rect.right}`;
      if (!seen.has(key)) {
        seen.add(key);
        merges.push(rect);
      }
    }
  }

  const numberColumns = new Set<number>();
  values.forEach((row) => row.forEach((v, c) => typeof v === "number" && numberColumns.add(c)));
  const dateCells = await readDateCells(context, sheetName, origin, values, numberColumns);
  return { sheet: sheetName, origin, values, dateCells, merges };
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
