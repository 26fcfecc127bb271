// How a task is named in a line of text: by its 序号 when it has one, else by its row.
import type { TaskRef } from "./task";

export type Lang = "zh" | "en";

/** A 序号 that is a plain number (“3”, “12.”), as a number; null for “（一）” and the like. */
export function seqNumber(seq: string | null): number | null {
  const m = seq === null ? null : /^(\d+)[.、．]?$/.exec(seq);
  return m ? Number(m[1]) : null;
}

/** 「第3项」 / 「序号“（一）”」 / 「第12行」 (no 序号); in English “No. 3” / “No. （一）” / “row 12”. */
export function taskLabel(task: TaskRef, lang: Lang): string {
  const n = seqNumber(task.seq);
  if (lang === "zh") {
    if (n !== null) return `第${n}项`;
    return task.seq !== null ? `序号“${task.seq}”` : `第${task.row}行`;
  }
  if (task.seq !== null) return `No. ${n ?? task.seq}`;
  return `row ${task.row}`;
}

/** The label and the start of the task's words: 「第3项 学习宣传贯彻新修订的…」. */
export function taskHeading(task: TaskRef, lang: Lang): string {
  return task.text ? `${taskLabel(task, lang)} ${task.text}` : taskLabel(task, lang);
}
