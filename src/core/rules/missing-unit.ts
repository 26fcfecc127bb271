// A task with no responsible unit: nobody is answerable for it. Marked on its unit cell; with no
// unit column, on its own task text — but only where other tasks of the sheet do name a unit (in a
// group heading 市发展改革委(8项), or in their text): where none does, the sheet-level
// missing-unit-column says it once for every row.
import type { PlanRow } from "../model";
import { defineRule, draftsOf } from "./rule";

function markedCell(row: PlanRow, someNamed: boolean): string | undefined {
  if (row.cells.units) return row.cells.units;
  return someNamed ? (row.cells.requirement ?? row.cells.first) : undefined;
}

export default defineRule({
  id: "missing-unit",
  severity: "error",
  label: { zh: "缺少责任单位", en: "No responsible unit" },
  check(plan) {
    const someNamed = plan.rows.some((r) => r.units.length > 0);
    return draftsOf(plan.rows, (r) => {
      const cell = r.unitStatus === "missing" ? markedCell(r, someNamed) : undefined;
      return cell
        ? {
            cell,
            row: r.row,
            message: { zh: "未明确责任单位", en: "No responsible unit is named" },
            suggestion: { zh: "明确具体承办单位", en: "Name the unit that carries the task out" },
          }
        : null;
    });
  },
});
