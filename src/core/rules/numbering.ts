// The 序号 column read as a clerk reads it, for the numbering rules: each numbered task whose number
// breaks the run (used already, or not the one after the number before), with the number before it
// and, when its number was used already, the row that used it.
import type { PlanRow } from "../model";
import type { Text } from "./rule";

export const RENUMBER: Text = { zh: "核对序号并重新编号", en: "Check the numbering and renumber" };

export interface NumberedRow {
  cell: string;
  row: number;
  n: number;
  /** The number of the numbered task before, null for the first. */
  prev: number | null;
  /** The row that used this number before in the same run, if any. */
  repeats?: number;
}

const PLAIN_NUMBER = /^\s*(\d+)\s*[、.．]?\s*$/;
const DIGITS_ONLY = /^\d+$/;

/** The number a 序号 gives (12, 12、, " 12. "), or null when it is no plain number. Most are digits
 * alone: read without a match object for every row. */
function plainNumber(seq: string): number | null {
  if (DIGITS_ONLY.test(seq)) return Number(seq);
  const m = PLAIN_NUMBER.exec(seq);
  return m ? Number(m[1]) : null;
}

/** Read once per plan: both numbering rules ask. */
const readings = new WeakMap<PlanRow[], NumberedRow[]>();

/** The numbered tasks where the numbering breaks; a run that goes on as it should is not listed
 * (most tasks of a long plan, which would otherwise each take an object). */
export function numberingBreaks(rows: PlanRow[]): NumberedRow[] {
  let read = readings.get(rows);
  if (!read) readings.set(rows, (read = readNumbering(rows)));
  return read;
}

function readNumbering(rows: PlanRow[]): NumberedRow[] {
  const out: NumberedRow[] = [];
  // The row that used each number in this run, indexed by the number: a long plan's run is
  // thousands of numbers, and an array by index is far cheaper than a map of them.
  let seen: number[] = [];
  let prev: number | null = null;
  let prevCell: string | undefined;
  for (const r of rows) {
    // Rows sharing one merged 序号 cell are one numbered task.
    if (!r.seq || !r.cells.seq || r.cells.seq === prevCell) continue;
    prevCell = r.cells.seq;
    const n = plainNumber(r.seq);
    if (n === null) continue;
    if (n === 1 && prev !== null) seen = []; // numbering restarts (one run per part)
    const repeats: number | undefined = seen[n];
    if (repeats !== undefined || (prev !== null && n !== 1 && n !== prev + 1)) out.push({ cell: r.cells.seq, row: r.row, n, prev, repeats });
    if (repeats === undefined) seen[n] = r.row;
    prev = n;
  }
  return out;
}
