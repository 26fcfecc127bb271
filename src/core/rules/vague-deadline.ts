// A deadline nobody can check (及时公开, 按市里统一安排完成).
import { memo } from "../memo";
import { defineRule, draftsOf, type Text } from "./rule";
import { giveADate, quote } from "./wording";

export default defineRule({
  id: "vague-deadline",
  severity: "warning",
  label: { zh: "时限表述不明确", en: "Vague deadline" },
  check(plan) {
    const suggestion = giveADate(plan.planYear);
    // Plans repeat a few deadline phrases on most rows: one message per phrase.
    const message = memo((text): Text => ({ zh: `完成时间${quote(text)}表述不明确`, en: `Deadline ${quote(text)} is not specific` }));
    return draftsOf(plan.rows, (r) =>
      r.cells.deadline && r.deadline.class === "vague" ? { cell: r.cells.deadline, row: r.row, message: message(r.deadline.text), suggestion } : null,
    );
  },
});
