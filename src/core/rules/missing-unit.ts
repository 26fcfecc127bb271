// A task with an empty responsible-unit cell: nobody is answerable for it.
import { defineRule, draftsOf } from "./rule";

export default defineRule({
  id: "missing-unit",
  severity: "error",
  label: { zh: "缺少责任单位", en: "No responsible unit" },
  check(plan) {
    // With no unit column the sheet-level missing-unit-column says it once for every row.
    return draftsOf(plan.rows, (r) =>
      r.cells.units && r.unitStatus === "missing"
        ? {
            cell: r.cells.units,
            row: r.row,
            message: { zh: "未明确责任单位", en: "No responsible unit is named" },
            suggestion: { zh: "明确具体承办单位", en: "Name the unit that carries the task out" },
          }
        : null,
    );
  },
});
