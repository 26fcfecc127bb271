// A task with no deadline: an empty deadline cell, or a table with no deadline column at all (said
// once, on the header).
import { a1, columnLetter } from "../address";
import type { PlanTable } from "../model";
import { headerCell } from "./header";
import { defineRule, draftsOf, type Draft } from "./rule";
import { giveADate } from "./wording";

function missingColumn(plan: PlanTable): Draft[] {
  if (plan.columnIndex.deadline !== undefined) return [];
  const header = plan.info.headerRows[0] - 1;
  const left = plan.columnIndex.units[0] ?? plan.columnIndex.lead ?? headerCell(plan).col;
  return [
    {
      cell: a1(header, left),
      row: null,
      message: {
        zh: "表中未设“完成时间”列，各项任务均无完成时限",
        en: "The table has no deadline column: no task has a deadline that can be checked",
      },
      suggestion: { zh: `在 ${columnLetter(left)} 列后增加“完成时间”列`, en: `Add a 完成时间 (deadline) column after column ${columnLetter(left)}` },
    },
  ];
}

export default defineRule({
  id: "missing-deadline",
  severity: "warning",
  label: { zh: "缺少完成时间", en: "No deadline" },
  check(plan) {
    const suggestion = giveADate(plan.planYear);
    const rows = draftsOf(plan.rows, (r) =>
      r.cells.deadline && r.deadline.class === "missing"
        ? { cell: r.cells.deadline, row: r.row, message: { zh: "未明确完成时间", en: "No deadline is given" }, suggestion }
        : null,
    );
    return missingColumn(plan).concat(rows);
  },
});
