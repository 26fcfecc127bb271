// Marks in an exceljs workbook that can be taken away leaving every cell exactly as it was.
// A mark paints the cell and adds the explanation to its note (after the user's own note, if
// any). Before touching a cell its original fill and note are recorded in the very-hidden sheet
// MARKS_SHEET, one row per marked sheet, so the record travels with the saved file and a later
// run (CLI, browser page) can restore the cells exactly.
import type { Cell, Comment, Fill, RichText, Style, Workbook, Worksheet } from "exceljs";
import type { OnProgress } from "../core/host";
import { SEVERITY_FILL, type MarkPlan, type Severity } from "../core/schema";
import { MARKS_SHEET, noSheetError, readDataSheet, writeDataSheet } from "./xlsx";

/** planMarks starts every explanation with the tool's name; shown bold, as Excel shows a note's author. */
const AUTHOR_PREFIX = "任务分工助手：";

type Note = string | Comment;

/** What a sheet's cells held before they were marked. Fills are pooled: most cells share a few. */
interface MarkRecord {
  /** Distinct original fills; null = the cell's style had no fill. */
  fills: (Fill | null)[];
  /** [A1 address, index into fills] per marked cell. */
  cells: [string, number][];
  /** Original notes of marked cells that had one. */
  notes: Record<string, Note>;
}

function worksheet(wb: Workbook, sheet: string): Worksheet {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw noSheetError(sheet);
  return ws;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Our explanation as rich text: the tool's name bold, then the findings. */
function markRuns(note: string): RichText[] {
  if (!note.startsWith(AUTHOR_PREFIX)) return [{ text: note }];
  return [{ font: { bold: true }, text: AUTHOR_PREFIX }, { text: note.slice(AUTHOR_PREFIX.length) }];
}

/** The user's note, if any, followed by ours. */
function markedNote(original: Note | undefined, note: string): Comment {
  const ours = markRuns(note);
  if (original === undefined) return { texts: ours };
  if (typeof original === "string") return { texts: [{ text: `${original}\n\n` }, ...ours] };
  return { ...clone(original), texts: [...(original.texts ?? []), { text: "\n\n" }, ...ours] };
}

/**
 * exceljs has no way to delete a note: it lives in the cell's _comment and, once the cell has
 * been loaded or saved, also in the model its value keeps.
 */
function setNote(cell: Cell, note: Note | undefined): void {
  if (note !== undefined) {
    cell.note = note;
    return;
  }
  const inner = cell as unknown as { _comment?: unknown; _value: { model: { comment?: unknown } } };
  delete inner._comment;
  delete inner._value.model.comment;
}

function readRecords(wb: Workbook): Map<string, string> {
  return readDataSheet(wb, MARKS_SHEET);
}

/** Puts back what the record says; returns the number of cells restored. */
function restore(ws: Worksheet, record: MarkRecord): number {
  // Cells that shared a style object before marking share one again after restoring.
  const restored = new Map<Partial<Style>, Map<number, Partial<Style>>>();
  for (const [address, fillIndex] of record.cells) {
    const cell = ws.getCell(address);
    const byFill = restored.get(cell.style) ?? new Map<number, Partial<Style>>();
    restored.set(cell.style, byFill);
    let style = byFill.get(fillIndex);
    if (!style) {
      const { fill: _ours, ...rest } = cell.style;
      const fill = record.fills[fillIndex];
      style = fill ? { ...rest, fill } : rest;
      byFill.set(fillIndex, style);
    }
    cell.style = style;
    setNote(cell, record.notes[address]);
  }
  return record.cells.length;
}

const PROGRESS_EVERY = 5_000;

function markFill(severity: Severity): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${SEVERITY_FILL[severity]}` } };
}

/**
 * Replaces this tool's marks on plan.sheet with plan.marks: earlier marks are restored first,
 * then each cell's fill and note are recorded and the mark painted.
 */
export function applyMarks(wb: Workbook, plan: MarkPlan, onProgress?: OnProgress): void {
  const ws = worksheet(wb, plan.sheet);
  const records = readRecords(wb);
  const previous = records.get(plan.sheet);
  if (previous) restore(ws, JSON.parse(previous) as MarkRecord);

  const record: MarkRecord = { fills: [], cells: [], notes: {} };
  const fillIndex = new Map<Fill | undefined, number>();
  // A new style per (original style object, severity): exceljs shares style objects between
  // cells, so a cell's style is replaced, never mutated, and replacements are shared in turn.
  const painted = new Map<Partial<Style>, Partial<Record<Severity, Partial<Style>>>>();

  plan.marks.forEach((mark, i) => {
    const cell = ws.getCell(mark.row + 1, mark.col + 1);
    const original = cell.style;
    let index = fillIndex.get(original.fill);
    if (index === undefined) {
      index = record.fills.length;
      record.fills.push(original.fill ? clone(original.fill) : null);
      fillIndex.set(original.fill, index);
    }
    record.cells.push([cell.address, index]);
    const note = cell.note as Note | undefined;
    if (note !== undefined) record.notes[cell.address] = clone(note);

    const bySeverity = painted.get(original) ?? {};
    painted.set(original, bySeverity);
    cell.style = bySeverity[mark.severity] ??= { ...original, fill: markFill(mark.severity) };
    cell.note = markedNote(note, mark.note);
    if (onProgress && (i + 1) % PROGRESS_EVERY === 0) {
      onProgress({
        fraction: (i + 1) / plan.marks.length,
        zh: `已标记 ${i + 1}/${plan.marks.length} 个单元格`,
        en: `Marked ${i + 1}/${plan.marks.length} cells`,
      });
    }
  });

  if (record.cells.length) records.set(plan.sheet, JSON.stringify(record));
  else records.delete(plan.sheet);
  writeDataSheet(wb, MARKS_SHEET, records);
}

/** Removes this tool's marks from a sheet, restoring fills and notes; returns cells restored. */
export function clearMarks(wb: Workbook, sheet: string): number {
  const ws = worksheet(wb, sheet);
  const records = readRecords(wb);
  const record = records.get(sheet);
  if (!record) return 0;
  const count = restore(ws, JSON.parse(record) as MarkRecord);
  records.delete(sheet);
  writeDataSheet(wb, MARKS_SHEET, records);
  return count;
}

/** Sheets carrying marks of this tool (a record left by a sheet since renamed or deleted is skipped). */
export function markedSheets(wb: Workbook): string[] {
  return [...readRecords(wb).keys()].filter((sheet) => wb.getWorksheet(sheet) !== undefined);
}
