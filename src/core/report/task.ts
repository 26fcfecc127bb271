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
  const line = text.replace(/\s+/g, " ").trim();
  // Counted in place, not spread into an array of characters: a 100k-row report takes the
  // excerpt of every finding's task.
  let end = 0;
  for (let n = 0; n < length && end < line.length; n++) end += line.codePointAt(end)! > 0xffff ? 2 : 1;
  return end >= line.length ? line : `${line.slice(0, end)}…`;
}

/** The task of a plan row. */
export function taskOf(row: PlanRow, length = TASK_TEXT_LENGTH): TaskRef {
  const own = row.requirement.trim() ? row.requirement : ([...row.category].reverse().find((c) => c.trim()) ?? "");
  const seq = row.seq?.trim() ? row.seq.trim() : null;
  return { row: row.row, seq, text: taskExcerpt(own, length) };
}
