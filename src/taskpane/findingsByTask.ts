// Each finding with the task it is about (序号 and the start of the task text), in the order of
// the plan, so a clerk reads 「第12项 加强……」 rather than a cell address.
import type { PlanTable } from "../core/model";
import type { Finding, SheetReport } from "../core/schema";

/** Enough of a task's text to recognise it; the pane cuts it to its width. */
const TASK_START = 60;

export interface TaskFinding extends Finding {
  /** 序号 as written; null for a sheet-level finding or a row without one. */
  seq: string | null;
  /** The start of the task text; empty for a sheet-level finding. */
  task: string;
}

export function findingsByTask(report: SheetReport, plan: PlanTable): TaskFinding[] {
  const rows = new Map(plan.rows.map((r) => [r.row, r]));
  const withTask = report.findings.map((f) => {
    const row = f.row === null ? undefined : rows.get(f.row);
    const text = (row?.requirement ?? "").replace(/\s+/g, " ").trim();
    return { ...f, seq: row?.seq ?? null, task: text.length > TASK_START ? `${text.slice(0, TASK_START)}…` : text };
  });
  // Sheet-level findings first, then by row; a row's findings keep the engine's order.
  return withTask
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.row ?? 0) - (b.f.row ?? 0) || a.i - b.i)
    .map(({ f }) => f);
}
