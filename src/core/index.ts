// The engine's public face: pure functions from a sheet snapshot to a reading, findings and
// edit plans. Hosts (Excel, exceljs, the browser page, the CLI) only translate.
import { parseConfig } from "./config";
import { findIssues } from "./findings";
import type { PlanTable } from "./model";
import { readPlanTable } from "./read";
import type { ConfigInput, SheetReport, SheetSnapshot } from "./schema";

export { parseConfig, ruleSeverity, DEFAULT_SEVERITY } from "./config";
export { planMarks, summarise, type Summary } from "./marks";
export * from "./markformat";
export * from "./tabmark";
export { PlanError, type PlanErrorCode } from "./errors";
export * from "./schema";
export type { PlanRow, PlanTable } from "./model";
export type { WorkbookHost, SheetInfo, ApplyTabsResult, Progress, OnProgress } from "./host";
export { a1, parseA1, columnLetter, columnIndex } from "./address";

/** Reads the task table of a sheet; throws PlanError "no-table" when there is none. */
export function readPlan(snapshot: SheetSnapshot, config: ConfigInput = {}): PlanTable {
  return readPlanTable(snapshot, parseConfig(config));
}

/** Reads and checks one sheet. */
export function checkSheet(snapshot: SheetSnapshot, config: ConfigInput = {}): { plan: PlanTable; report: SheetReport } {
  const cfg = parseConfig(config);
  const plan = readPlanTable(snapshot, cfg);
  return {
    plan,
    // The plan's rows are report rows with more fields; ReportSchema.parse strips those for --json.
    report: { sheet: plan.sheet, table: plan.info, planYear: plan.planYear, planYearSource: plan.planYearSource, rows: plan.rows, findings: findIssues(plan, cfg) },
  };
}
