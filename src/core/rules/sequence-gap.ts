// A 序号 that does not follow the one before: numbers left out, or out of order. A 1 starts a new run.
import { numberingBreaks, RENUMBER } from "./numbering";
import { defineRule, draftsOf } from "./rule";

export default defineRule({
  id: "sequence-gap",
  severity: "warning",
  label: { zh: "序号不连续", en: "Gap in numbering" },
  check(plan) {
    return draftsOf(numberingBreaks(plan.rows), ({ cell, row, n, prev, repeats }) => {
      if (repeats !== undefined || prev === null || n === 1 || n === prev + 1) return null;
      if (n < prev + 1) {
        return {
          cell,
          row,
          message: { zh: `序号${n}排在${prev}之后，顺序有误`, en: `Number ${n} follows ${prev}: out of order` },
          suggestion: RENUMBER,
        };
      }
      const one = n - prev === 2;
      const missing = { zh: one ? `${prev + 1}` : `${prev + 1}至${n - 1}`, en: one ? `${prev + 1}` : `${prev + 1}–${n - 1}` };
      return {
        cell,
        row,
        message: { zh: `序号由${prev}跳至${n}，缺少${missing.zh}`, en: `Numbering jumps from ${prev} to ${n}: ${missing.en} missing` },
        suggestion: { zh: "核对是否漏列任务或编号有误", en: "Check whether a task was left out or misnumbered" },
      };
    });
  },
});
