// A table with no responsible-unit column assigns every task to nobody: said once, on the header.
// Not when its tasks name their units elsewhere (a group heading 市发展改革委(8项), a clause in the
// task text 牵头部门:市交通局): the plan assigns them, only not in a column, and missing-unit marks
// each task that still names none.
import { a1 } from "../address";
import type { PlanTable } from "../model";
import { headerCell } from "./header";
import { defineRule } from "./rule";

function hasUnitColumn(plan: PlanTable): boolean {
  const { units, lead, co } = plan.columnIndex;
  return units.length > 0 || lead !== undefined || co !== undefined;
}

export default defineRule({
  id: "missing-unit-column",
  severity: "error",
  label: { zh: "缺少责任单位列", en: "No unit column" },
  check(plan) {
    if (hasUnitColumn(plan) || plan.rows.some((r) => r.units.length > 0)) return [];
    const { row, col } = headerCell(plan);
    const count = plan.rows.length;
    return [
      {
        cell: a1(row, col),
        row: null,
        message: {
          zh: `表中未设“责任单位”列，${count}项任务均未明确责任单位`,
          en: `The table has no responsible-unit column: none of its ${count} tasks is assigned to a unit`,
        },
        suggestion: {
          zh: "增加“责任单位”列；如已有该列，请在设置中指定其列号",
          en: "Add a 责任单位 (responsible unit) column, or give its column letter in the settings",
        },
      },
    ];
  },
});
