// The 检查结果 sheet a check adds to the workbook: one row per finding, task by task, each with a
// link to its cell, and the reply summary below. Every host writes it from this spec alone.
import { tabLook } from "../generate/look";
import type { PlanTable } from "../model";
import type { SheetReport, TabSpec } from "../schema";
import { resultsKey, tabDigest } from "../tabmark";
import { groupByRule } from "./byrule";
import { findingsByTask, tasksByRow } from "./bytask";
import { taskOf } from "./task";
import { replySummary } from "./summary";
import type { Lang } from "./tasklabel";

/** Name of the sheet (hosts take another when a sheet of the user's has it). */
export const RESULTS_SHEET_NAME = { zh: "检查结果", en: "Check results" } as const;

const TEXT = {
  zh: {
    header: ["序号", "任务", "问题", "建议", "单元格"],
    title: (plan: string) => `${plan}检查结果`,
    wholeTable: "全表",
    summary: "小结",
  },
  en: {
    header: ["No.", "Task", "Problem", "Suggestion", "Cell"],
    title: (plan: string) => `Check results: ${plan}`,
    wholeTable: "Table",
    summary: "Summary",
  },
} as const;

/** Characters of a task's words shown on the sheet: enough to tell tasks apart in a wrapped cell. */
const SHEET_TASK_LENGTH = 60;
const LINK_COLUMN = 4;

/** The 检查结果 sheet of a checked plan sheet. */
export function resultsSheet(report: SheetReport, plan: PlanTable, lang: Lang): TabSpec {
  const text = TEXT[lang];
  const findings = findingsByTask(report, plan);
  const tasks = tasksByRow(plan);
  // A task's words once however many findings it has: one string on every row of the task.
  const excerpts = new Map<number, string>();
  const excerpt = (row: number) => {
    let words = excerpts.get(row);
    if (words === undefined) {
      const planRow = tasks.get(row);
      excerpts.set(row, (words = planRow ? taskOf(planRow, SHEET_TASK_LENGTH).text : text.wholeTable));
    }
    return words;
  };
  const rows: TabSpec["rows"] = findings.map((f) => [f.task?.seq ?? "", f.task ? excerpt(f.task.row) : text.wholeTable, f.message, f.suggestion ?? "", f.cell]);
  const links = findings.map((f, i) => ({ row: i, col: LINK_COLUMN, sheet: report.sheet, cell: f.cell }));
  rows.push([text.summary, replySummary(plan.rows.length, groupByRule(findings), lang), null, null, null]);
  const title = text.title(plan.title ?? report.sheet);
  const spec: TabSpec = {
    name: RESULTS_SHEET_NAME[lang],
    kind: "results",
    title,
    header: [...text.header],
    rows,
    links,
    widths: [8, 40, 40, 36, 10],
    centered: [0, LINK_COLUMN],
    look: tabLook(),
  };
  return { ...spec, mark: { plan: resultsKey(report.sheet), digest: tabDigest([[title], spec.header, ...rows]) } };
}
