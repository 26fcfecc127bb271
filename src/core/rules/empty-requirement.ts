// A task row whose requirement cell is empty, in a table that has a requirement column.
import { defineRule, draftsOf } from "./rule";

export default defineRule({
  id: "empty-requirement",
  severity: "warning",
  label: { zh: "任务内容为空", en: "Empty task" },
  check(plan) {
    if (plan.columnIndex.requirement.length === 0) return [];
    return draftsOf(plan.rows, (r) =>
      r.cells.requirement && !r.requirement.trim()
        ? {
            cell: r.cells.requirement,
            row: r.row,
            message: { zh: "未填写具体要求", en: "The requirement is empty" },
            suggestion: { zh: "补充具体工作要求", en: "Write what the task requires" },
          }
        : null,
    );
  },
});
