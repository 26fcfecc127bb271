// The task a finding belongs to, as a clerk finds it in the plan: the 序号 as written and the
// first words of the task, not a cell address.
import type { PlanRow } from "../model";

export interface TaskRef {
  /** 1-based worksheet row of the task. */
  row: number;
  /** The 序号 as written (“3”, “（一）”), null when the table has none or the cell is empty. */
  seq: string | null;
  /** The start of the task's own words: its requirement, else its most specific category. */
  text: string;
}

/** How many characters of a task's words identify it in a list line or a summary. */
export const TASK_TEXT_LENGTH = 24;

/** The first `length` characters of `text` on one line, with “…” when cut. */
export function taskExcerpt(text: string, length = TASK_TEXT_LENGTH): string {
  // Only the start of the text is put on one line when that is enough: the excerpt of every
  // finding's task at 100k rows would otherwise copy every task's whole text, and keep each copy
  // alive through the excerpt cut from it. Enough: two characters beyond the cut, so some text
  // (not only a space) follows it.
  const start = text.length > 2 * length + 2 ? oneLine(text.slice(0, 2 * length + 2)).trimStart() : "";
  const line = start && cutAt(start, length) + 2 <= start.length ? start : oneLine(text).trim();
  const end = cutAt(line, length);
  return end >= line.length ? line : `${line.slice(0, end)}…`;
}

const oneLine = (text: string) => text.replace(/\s+/g, " ");

/** Where the first `length` characters of `line` end: counted in place, not spread into an
 * array of characters. */
function cutAt(line: string, length: number): number {
  let end = 0;
  for (let n = 0; n < length && end < line.length; n++) end += line.codePointAt(end)! > 0xffff ? 2 : 1;
  return end;
}

/** The task of a plan row. */
export function taskOf(row: PlanRow, length = TASK_TEXT_LENGTH): TaskRef {
  const own = row.requirement.trim() ? row.requirement : ([...row.category].reverse().find((c) => c.trim()) ?? "");
  const seq = row.seq?.trim() ? row.seq.trim() : null;
  return { row: row.row, seq, text: taskExcerpt(own, length) };
}
