// .xlsx workbooks through exceljs: opening bytes with clear errors, reading a worksheet into the
// engine's SheetSnapshot, writing a snapshot back as a sheet, and JSON kept in the tool's own
// very-hidden sheets. Used by the CLI and the browser page, so no Node APIs here.
import ExcelJS from "exceljs";
import type { Cell, CellValue as ExcelCellValue, Workbook, Worksheet } from "exceljs";
import { PlanError } from "../core/errors";
import type { CellValue, Rect, SheetSnapshot } from "../core/schema";

/** Sheets this tool keeps its own data in; never shown, listed or checked. */
export const MARKS_SHEET = "taskplan_marks";
export const SETTINGS_SHEET = "taskplan_settings";

export function isToolDataSheet(name: string): boolean {
  return name === MARKS_SHEET || name === SETTINGS_SHEET;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** An encrypted .xlsx is a CFB container holding an "EncryptionInfo" stream (UTF-16 name). */
function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const name = "EncryptionInfo";
  const limit = bytes.length - name.length * 2;
  outer: for (let i = 0; i <= limit; i++) {
    for (let k = 0; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

export function noSheetError(sheet: string): PlanError {
  return new PlanError("no-sheet", `找不到工作表“${sheet}”`, `No sheet named "${sheet}"`);
}

const badFile = () =>
  new PlanError("bad-file", "文件不是有效的 .xlsx 工作簿", "The file is not a valid .xlsx workbook");

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
type MergeableCell = Cell & { merge(master: Cell, ignoreStyle: boolean): void };
interface WorksheetInternals {
  _merges: Record<string, Area>;
  _parseMergeCells(model: { mergeCells?: string[] }): void;
  getCell(row: number, col: number): MergeableCell;
}

let mergeLoadingFixed = false;

/**
 * exceljs, loading a sheet, checks each merged area against every earlier one: O(n²), 22 s of a
 * 24 s load for a 100k-row plan with 18k merged cells. This does the same in linear time: an
 * area is still refused when one of its cells belongs to an earlier one. The prototype is
 * reached through an instance so the Node build and the browser bundle are both fixed.
 */
function fixMergeLoading(): void {
  if (mergeLoadingFixed) return;
  mergeLoadingFixed = true;
  const probe = new ExcelJS.Workbook().addWorksheet("probe");
  probe.mergeCells("A1:A2");
  const Range = (probe as unknown as WorksheetInternals)._merges.A1.constructor as new (ref: string) => Area;
  const worksheet = Object.getPrototypeOf(probe) as WorksheetInternals;
  const MAX_COLUMNS = 16_384;
  worksheet._parseMergeCells = function (this: WorksheetInternals, model) {
    const taken = new Set<number>();
    for (const ref of model.mergeCells ?? []) {
      const area = new Range(ref);
      const master = this.getCell(area.top, area.left);
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const key = r * MAX_COLUMNS + c;
          if (taken.has(key)) throw new Error("Cannot merge already merged cells");
          taken.add(key);
          // styles are not merged on import: each cell keeps its own, as exceljs does
          if (r !== area.top || c !== area.left) this.getCell(r, c).merge(master, true);
        }
      }
      this._merges[master.address] = area;
    }
  };
}

/** Loads .xlsx bytes; anything that is not a readable, non-empty workbook is a PlanError. */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (startsWith(bytes, CFB_MAGIC)) {
    if (hasEncryptionInfo(bytes)) {
      throw new PlanError(
        "encrypted",
        "工作簿已加密（设有打开密码），请在 Excel 中取消密码后另存为 .xlsx 再试",
        "The workbook is encrypted (password to open); remove the password in Excel, save as .xlsx and try again",
      );
    }
    throw new PlanError(
      "bad-file",
      "这是旧版 .xls 工作簿，请在 Excel 中另存为 .xlsx 再试",
      "This is an old .xls workbook; save it as .xlsx in Excel and try again",
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw badFile();
  fixMergeLoading();
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's typing wants a Node Buffer; JSZip underneath takes any byte array.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw badFile();
  }
  if (!wb.worksheets.some((ws) => !isToolDataSheet(ws.name))) {
    throw new PlanError("empty-workbook", "工作簿中没有工作表", "The workbook has no worksheets");
  }
  return wb;
}

/**
 * Deflate level of saved files, below zlib's default 6: on the 302-tab split (42 MB of XML) level 3
 * deflates in half the time of level 6 for a file ~10% larger (5.0 vs 4.6 MB), which suits
 * working copies.
 */
export const COMPRESSION_LEVEL = 3;

/** Workbook as .xlsx bytes (a fresh ArrayBuffer, whatever exceljs hands back in this runtime).
 * `stored`: parts left uncompressed, for a caller that deflates them faster itself (the CLI). */
export async function workbookToBuffer(wb: Workbook, options: { stored?: boolean } = {}): Promise<ArrayBuffer> {
  const zip = options.stored
    ? { compression: "STORE" as const }
    : { compression: "DEFLATE" as const, compressionOptions: { level: COMPRESSION_LEVEL } };
  const out = (await wb.xlsx.writeBuffer({ zip })) as ArrayBuffer | Uint8Array;
  if (out instanceof ArrayBuffer) return out;
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}

// ---------------------------------------------------------------- reading

const MS_PER_DAY = 86_400_000;
/** Days from Excel's 1900 epoch (serial 0 = 1899-12-30) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

type Plain = CellValue | Date;

/** What a reader sees in a cell: text of rich text and links, a formula's last result, never the formula. */
function plainValue(v: ExcelCellValue | undefined): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("error" in v) return { error: String(v.error) };
  if ("formula" in v || "sharedFormula" in v) return plainValue((v as { result?: ExcelCellValue }).result ?? null);
  if ("hyperlink" in v) return plainValue((v as { text?: ExcelCellValue }).text ?? null);
  return null;
}

const MERGE_TYPE = ExcelJS.ValueType.Merge;

/** exceljs keeps merged ranges here, 1-based; ws.model would rebuild the whole sheet to get them. */
function mergeRanges(ws: Worksheet): Rect[] {
  const merges = (ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
  return Object.values(merges).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

/** A worksheet as the engine reads it: the range spanning every filled cell and merged area. */
export function readSnapshot(ws: Worksheet): SheetSnapshot {
  const cells: { row: number; col: number; value: CellValue; date: boolean }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow((row, r) => {
    row.eachCell((cell: Cell, c) => {
      if (cell.type === MERGE_TYPE) return; // shown through the merge's top-left cell
      const plain = plainValue(cell.value);
      if (plain === null || plain === "") return;
      const date = plain instanceof Date;
      cells.push({ row: r - 1, col: c - 1, value: date ? dateToSerial(plain) : plain, date });
      top = Math.min(top, r - 1);
      bottom = Math.max(bottom, r - 1);
      left = Math.min(left, c - 1);
      right = Math.max(right, c - 1);
    });
  });
  const merges = mergeRanges(ws);
  if (cells.length === 0) return { sheet: ws.name, origin: { row: 0, col: 0 }, values: [], dateCells: [], merges };
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () => new Array<CellValue>(width).fill(null));
  const dateCells: [number, number][] = [];
  for (const c of cells) {
    values[c.row - top][c.col - left] = c.value;
    if (c.date) dateCells.push([c.row, c.col]);
  }
  return { sheet: ws.name, origin: { row: top, col: left }, values, dateCells, merges };
}

// ---------------------------------------------------------------- writing a snapshot

/** Display width of text in Excel character units or terminal columns: CJK characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return w;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 50;

/**
 * Writes a snapshot as a new sheet the way staff keep one: values (strings stay text, never
 * formulas; date cells as dates), merges, wrapped text, widths fitted to the longest line.
 */
export function snapshotToWorksheet(wb: Workbook, snapshot: SheetSnapshot): Worksheet {
  const ws = wb.addWorksheet(snapshot.sheet);
  const { row: r0, col: c0 } = snapshot.origin;
  const dates = new Set(snapshot.dateCells.map(([r, c]) => `${r},${c}`));
  const widths: number[] = [];
  // A title or note merged across the table says nothing about one column's width.
  const spanning = new Set(snapshot.merges.filter((m) => m.right > m.left).map((m) => `${m.top},${m.left}`));
  const wrap = { wrapText: true, vertical: "top" } as const;
  snapshot.values.forEach((cells, i) => {
    const row = ws.getRow(r0 + i + 1);
    cells.forEach((v, j) => {
      if (v === null) return;
      const cell = row.getCell(c0 + j + 1);
      if (typeof v === "object") cell.value = { error: v.error } as ExcelCellValue;
      else if (typeof v === "number" && dates.has(`${r0 + i},${c0 + j}`)) {
        cell.value = serialToDate(v);
        cell.numFmt = "yyyy-mm-dd";
      } else cell.value = v;
      cell.alignment = wrap;
      if (typeof v === "string" && !spanning.has(`${r0 + i},${c0 + j}`)) {
        const longest = Math.max(...v.split("\n").map(displayWidth));
        widths[c0 + j] = Math.max(widths[c0 + j] ?? 0, longest);
      }
    });
  });
  widths.forEach((w, c) => {
    if (w !== undefined) ws.getColumn(c + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2));
  });
  for (const m of snapshot.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  return ws;
}

// ---------------------------------------------------------------- the tool's JSON sheets

/** Under Excel's limit of 32,767 characters per cell. */
const CHUNK = 30_000;

/** Cell texts of one JSON value, in order. */
function chunk(text: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) parts.push(text.slice(i, i + CHUNK));
  return parts.length ? parts : [""];
}

/**
 * Rewrites a very-hidden sheet holding one JSON text per key: column A the key, then the text
 * in chunks. No entries → the sheet is removed.
 */
export function writeDataSheet(wb: Workbook, name: string, entries: Map<string, string>): void {
  const old = wb.getWorksheet(name);
  if (old) wb.removeWorksheet(old.id);
  if (entries.size === 0) return;
  const ws = wb.addWorksheet(name, { state: "veryHidden" });
  for (const [key, json] of entries) ws.addRow([key, ...chunk(json)]);
}

/** The key → JSON text entries of a data sheet written by writeDataSheet. */
export function readDataSheet(wb: Workbook, name: string): Map<string, string> {
  const entries = new Map<string, string>();
  wb.getWorksheet(name)?.eachRow((row) => {
    const cells = row.values as unknown[];
    const key = cells[1];
    if (typeof key !== "string") return;
    entries.set(key, cells.slice(2).map((v) => (typeof v === "string" ? v : "")).join(""));
  });
  return entries;
}
