// The same requirement twice under the same category: a task copied by mistake.
import { defineRule, type Draft } from "./rule";

/** Shorter than this, two identical requirements are a common phrase, not a copied task. */
const DUPLICATE_MIN_LENGTH = 8;
const HAS_SPACE = /\s/;

export default defineRule({
  id: "duplicate-task",
  severity: "warning",
  label: { zh: "任务重复", en: "Duplicate task" },
  check(plan) {
    const out: Draft[] = [];
    // The first row of each requirement text, by category path: the texts themselves are the keys,
    // no key string is built per row.
    const firstByCategory = new Map<string, Map<string, number>>();
    // Rows under one heading share its category array: its key is joined once.
    let category: string[] | null = null;
    let first = new Map<string, number>();
    for (const r of plan.rows) {
      // Copies within one plan are letter-for-letter: only spacing and line breaks vary.
      const text = HAS_SPACE.test(r.requirement) ? r.requirement.replace(/\s+/g, "") : r.requirement;
      if (text.length < DUPLICATE_MIN_LENGTH || !r.cells.requirement) continue;
      if (r.category !== category) {
        category = r.category;
        const categoryKey = category.join("/");
        const known = firstByCategory.get(categoryKey);
        if (known) first = known;
        else firstByCategory.set(categoryKey, (first = new Map()));
      }
      const at = first.get(text);
      if (at === undefined) first.set(text, r.row);
      else
        out.push({
          cell: r.cells.requirement,
          row: r.row,
          message: { zh: `与第${at}行任务内容重复`, en: `Same task as row ${at}` },
          suggestion: { zh: "合并或删除重复的任务", en: "Merge or delete the repeated task" },
        });
    }
    return out;
  },
});
