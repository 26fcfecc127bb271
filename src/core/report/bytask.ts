// Findings in the order a clerk works through a plan: findings about the whole table first, then
// task by task, left to right within a task; each knows its task.
import { parseA1 } from "../address";
import type { PlanTable } from "../model";
import type { Finding, SheetReport } from "../schema";
import { taskOf, type TaskRef } from "./task";

export interface TaskFinding extends Finding {
  /** null for a finding about the whole table (no column of units, no column of deadlines). */
  task: TaskRef | null;
}

/** The report's findings with their tasks, ordered by task then column. */
export function findingsByTask(report: SheetReport, plan: PlanTable): TaskFinding[] {
  const tasks = new Map(plan.rows.map((r) => [r.row, r]));
  const col = (f: Finding) => parseA1(f.cell)?.col ?? 0;
  // Each finding's column read once, not in every comparison of the sort (a million at 100k rows).
  // A task's reference made once, however many findings it has.
  const refs = new Map<number, TaskRef | null>();
  const taskAt = (row: number) => {
    let ref = refs.get(row);
    if (ref === undefined) {
      const task = tasks.get(row);
      refs.set(row, (ref = task ? taskOf(task) : null));
    }
    return ref;
  };
  // Object.assign, not spread: `{ ...f, task }` over findings of many shapes takes ~400 bytes a
  // finding, a third of that this way (measured at 100k rows).
  const withTask = report.findings.map((f, i) => ({
    finding: Object.assign({}, f, { task: f.row === null ? null : taskAt(f.row) }),
    col: col(f),
    i,
  }));
  withTask.sort((a, b) => (a.finding.row ?? 0) - (b.finding.row ?? 0) || a.col - b.col || a.i - b.i);
  return withTask.map((w) => w.finding);
}
