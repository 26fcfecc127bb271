// Where a sheet-level finding points: the table's header row.
import type { PlanTable } from "../model";

/** The header cell of the table's first column (0-based). */
export function headerCell(plan: PlanTable): { row: number; col: number } {
  const { seq, category, requirement } = plan.columnIndex;
  const cols = [seq, ...category, ...requirement].filter((c): c is number => c !== undefined);
  return { row: plan.info.headerRows[0] - 1, col: cols.length ? Math.min(...cols) : 0 };
}
