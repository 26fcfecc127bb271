// A 序号 used twice in one run of numbering.
import { numberingBreaks, RENUMBER } from "./numbering";
import { defineRule, draftsOf } from "./rule";

export default defineRule({
  id: "sequence-duplicate",
  severity: "error",
  label: { zh: "序号重复", en: "Duplicate number" },
  check(plan) {
    return draftsOf(numberingBreaks(plan.rows), ({ cell, row, n, repeats }) =>
      repeats === undefined
        ? null
        : {
            cell,
            row,
            message: { zh: `序号${n}与第${repeats}行重复`, en: `Number ${n} repeats the number on row ${repeats}` },
            suggestion: RENUMBER,
          },
    );
  },
});
