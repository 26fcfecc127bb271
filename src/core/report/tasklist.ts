// A list of tasks as a reply 公文 writes it: 「第3至6、8项」, runs of numbers joined.
import { seqNumber, taskLabel, type Lang } from "./tasklabel";
import type { TaskRef } from "./task";

/** Runs of three or more consecutive numbers become 「3至6」 (“3–6”); shorter runs stay listed. */
export function numberRuns(numbers: readonly number[], lang: Lang): string[] {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    if (j - i >= 2) parts.push(`${numbers[i]}${lang === "zh" ? "至" : "–"}${numbers[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(numbers[k]));
    i = j + 1;
  }
  return parts;
}

/**
 * The tasks, once each, in the plan's order: by 序号 when every one is a plain number
 * (「第3至6、8项」, “Nos. 3–6, 8”), by row when the table has no 序号 (「第4、5行」), else one
 * label each (「序号“（一）”、第12行」).
 */
export function taskList(tasks: readonly TaskRef[], lang: Lang): string {
  const seen = new Set<number>();
  const once = tasks.filter((t) => !seen.has(t.row) && seen.add(t.row));
  const sep = lang === "zh" ? "、" : ", ";
  const numbers = once.map((t) => seqNumber(t.seq));
  if (once.length && numbers.every((n) => n !== null)) {
    const runs = numberRuns(numbers as number[], lang).join(sep);
    return lang === "zh" ? `第${runs}项` : `${once.length === 1 ? "No." : "Nos."} ${runs}`;
  }
  if (once.length && once.every((t) => t.seq === null)) {
    const runs = numberRuns(once.map((t) => t.row), lang).join(sep);
    return lang === "zh" ? `第${runs}行` : `${once.length === 1 ? "row" : "rows"} ${runs}`;
  }
  return once.map((t) => taskLabel(t, lang)).join(sep);
}
