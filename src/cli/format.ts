// The readable report: per sheet, where the table is, counts per rule, then each finding with
// its cell address.
import { COLUMN_ROLES, parseA1, summarise, type Finding, type RuleId, type Severity, type SheetReport, type TableInfo } from "../core";
import { RULE_LABELS, SEVERITY_LABELS } from "../core/labels";
// Not from ../file/xlsx: that module loads exceljs, a second of start-up no command needs.
import { displayWidth } from "../file/tabsheet";
import type { Lang } from "./common";

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

/** Reading order: by row, then left to right (the engine orders by row only). */
function byPosition(a: Finding, b: Finding): number {
  const col = (f: Finding) => parseA1(f.cell)?.col ?? 0;
  return (a.row ?? 0) - (b.row ?? 0) || col(a) - col(b);
}

/** The largest width; a loop, since Math.max(...widths) overflows the stack at 100k findings. */
function widest(widths: number[]): number {
  let w = 0;
  for (const x of widths) if (x > w) w = x;
  return w;
}

export function formatSheet(report: SheetReport, lang: Lang): string {
  const s = summarise(report.findings);
  const sev = (k: Severity) => `${SEVERITY_LABELS[k][lang]} ${s.bySeverity[k]}`;
  const lines = [lang === "zh" ? `工作表“${report.sheet}”` : `Sheet "${report.sheet}"`];
  if (report.table) lines.push(...tableLines(report.table, report.rows.length, lang));
  if (s.total === 0) {
    lines.push(lang === "zh" ? "  未发现问题" : "  No problems found");
    return lines.join("\n");
  }
  lines.push(
    lang === "zh"
      ? `  问题 ${s.total} 个：${sev("error")} · ${sev("warning")} · ${sev("info")}`
      : `  ${s.total} problem${s.total === 1 ? "" : "s"}: ${sev("error")} · ${sev("warning")} · ${sev("info")}`,
  );
  const byRule = Object.entries(s.byRule).sort((a, b) => b[1] - a[1]);
  const labelWidth = widest(byRule.map(([rule]) => displayWidth(RULE_LABELS[rule as RuleId][lang])));
  for (const [rule, n] of byRule) {
    const label = RULE_LABELS[rule as RuleId][lang];
    lines.push(`    ${label}${" ".repeat(labelWidth - displayWidth(label))}  ${String(n).padStart(5)}  ${rule}`);
  }
  lines.push(lang === "zh" ? "  明细：" : "  Findings:");
  const cellWidth = widest(report.findings.map((f) => f.cell.length));
  for (const f of [...report.findings].sort(byPosition)) {
    const suggestion = f.suggestion ? (lang === "zh" ? `（建议：${f.suggestion}）` : ` (suggestion: ${f.suggestion})`) : "";
    lines.push(`    ${f.cell.padEnd(cellWidth)}  ${SEVERITY_LABELS[f.severity][lang]}  ${f.message}${suggestion}`);
  }
  return lines.join("\n");
}
