// The readable report: per sheet, where the table is, its plan year and where that came from, the
// rules with how many tasks each hit, then the findings task by task — the order and wording of
// src/core/report, as the pane and the page show them.
import { COLUMN_ROLES, summarise, type PlanTable, type RuleId, type Severity, type SheetReport, type TableInfo } from "../core";
import { RULE_LABELS, SEVERITY_LABELS } from "../core/labels";
import { findingsByTask, groupByRule, planYearLine, sheetSummary, taskHeading, type TaskFinding } from "../core/report";
// Not from ../file/xlsx: that module loads exceljs, a second of start-up no command needs.
import { displayWidth } from "../file/tabsheet";
import type { Lang } from "./common";

/** A checked sheet: what validate() and checkSheet() return. */
export interface CheckedSheet {
  report: SheetReport;
  plan: PlanTable;
}

function tableLines(table: TableInfo, rows: number, lang: Lang): string[] {
  const header = table.headerRows.join(lang === "zh" ? "、" : ", ");
  const columns = COLUMN_ROLES.filter((r) => table.columns[r.id] !== undefined)
    .map((r) => {
      const at = table.columns[r.id];
      return `${r[lang]} ${Array.isArray(at) ? at.join(",") : at}`;
    })
    .join(" · ");
  return lang === "zh"
    ? [`  表头第 ${header} 行，任务第 ${table.firstRow}–${table.lastRow} 行，共 ${rows} 项`, `  列：${columns}`]
    : [`  header row${table.headerRows.length > 1 ? "s" : ""} ${header}, tasks in rows ${table.firstRow}–${table.lastRow} (${rows})`, `  columns: ${columns}`];
}

/** The largest width; a loop, since Math.max(...widths) overflows the stack at 100k findings. */
function widest(widths: number[]): number {
  let w = 0;
  for (const x of widths) if (x > w) w = x;
  return w;
}

const WHOLE_TABLE = { zh: "全表", en: "whole table" } as const;

function ruleLines(findings: TaskFinding[], lang: Lang): string[] {
  const groups = groupByRule(findings);
  const labelWidth = widest(groups.map((g) => displayWidth(RULE_LABELS[g.rule][lang])));
  return groups.map((g) => {
    const label = RULE_LABELS[g.rule as RuleId][lang];
    const count = g.tasks === 0 ? WHOLE_TABLE[lang] : lang === "zh" ? `${g.tasks} 项` : `${g.tasks} task${g.tasks === 1 ? "" : "s"}`;
    return `    ${label}${" ".repeat(labelWidth - displayWidth(label))}  ${count.padStart(lang === "zh" ? 6 : 11)}  ${g.rule}`;
  });
}

/** Task by task: a heading with the 序号 and the task's words, then each finding with its cell,
 * and its suggestion on a line of its own. */
function* findingLines(findings: TaskFinding[], lang: Lang): Generator<string> {
  const cellWidth = widest(findings.map((f) => f.cell.length));
  const indent = " ".repeat(6 + cellWidth + 2);
  let heading: string | null = null;
  // A task's findings share its reference: its heading is made once, not for each finding.
  let task: TaskFinding["task"] | undefined;
  for (const f of findings) {
    if (f.task !== task) {
      task = f.task;
      const h = f.task ? taskHeading(f.task, lang) : WHOLE_TABLE[lang];
      if (h !== heading) yield `    ${(heading = h)}`;
    }
    yield `      ${f.cell.padEnd(cellWidth)}  ${SEVERITY_LABELS[f.severity][lang]}  ${f.message}`;
    if (f.suggestion) yield `${indent}${lang === "zh" ? "建议：" : "Suggestion: "}${f.suggestion}`;
  }
}

/** The report of a sheet line by line, made as they are taken: a 100k-row plan's is 300k lines,
 * ~12 MB, which as one string (and the array joined into it) is several copies of itself. */
export function* sheetLines({ report, plan }: CheckedSheet, lang: Lang): Generator<string> {
  const s = summarise(report.findings);
  const sev = (k: Severity) => `${SEVERITY_LABELS[k][lang]} ${s.bySeverity[k]}`;
  yield lang === "zh" ? `工作表“${report.sheet}”` : `Sheet "${report.sheet}"`;
  if (report.table) yield* tableLines(report.table, report.rows.length, lang);
  yield `  ${planYearLine(report, lang)}`;
  if (s.total === 0) {
    yield lang === "zh" ? "  未发现问题" : "  No problems found";
    return;
  }
  yield lang === "zh"
    ? `  问题 ${s.total} 个：${sev("error")} · ${sev("warning")} · ${sev("info")}`
    : `  ${s.total} problem${s.total === 1 ? "" : "s"}: ${sev("error")} · ${sev("warning")} · ${sev("info")}`;
  const findings = findingsByTask(report, plan);
  yield* ruleLines(findings, lang);
  yield lang === "zh" ? "  明细（按任务）：" : "  Findings by task:";
  yield* findingLines(findings, lang);
}

export function formatSheet(checked: CheckedSheet, lang: Lang): string {
  return [...sheetLines(checked, lang)].join("\n");
}

/** The paragraph for a reply, per sheet (named when there are several). */
export function formatSummary(sheets: CheckedSheet[], lang: Lang): string {
  return sheets
    .map(({ report, plan }) => {
      const text = sheetSummary(report, plan, lang);
      if (sheets.length === 1) return text;
      return lang === "zh" ? `工作表“${report.sheet}”：${text}` : `Sheet "${report.sheet}": ${text}`;
    })
    .join("\n");
}
