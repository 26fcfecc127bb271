// exceljs, kept only where a workbook is built from scratch for tests and the bench (a snapshot
// written as a sheet). A user's workbook is read, marked and given tabs through ./host, never here.
import ExcelJS from "exceljs";
import type { Cell, CellValue as ExcelCellValue, Workbook, Worksheet } from "exceljs";
import { openWorkbookPackage } from "./formats";
import { displayWidth } from "./tabsheet";
import { COMPRESSION_LEVEL } from "./zip";
import { PlanError } from "../core/errors";
import type { SheetSnapshot } from "../core/schema";

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

/** Loads .xlsx bytes into exceljs; a file that is not a workbook is a PlanError (see ./formats). */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  openWorkbookPackage(bytes);
  fixMergeLoading();
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's typing wants a Node Buffer; JSZip underneath takes any byte array.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new PlanError("bad-file", "文件不是有效的 .xlsx 工作簿", "The file is not a valid .xlsx workbook");
  }
  return wb;
}



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

// ---------------------------------------------------------------- writing a snapshot

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
