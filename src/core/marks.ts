// Findings → the cells to mark: one mark per cell, at its worst severity, with every
// explanation for that cell in its note.
import { parseA1 } from "./address";
import { toolNoteBlock } from "./markformat";
import type { Finding, Mark, MarkPlan, Severity, SheetReport } from "./schema";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function worstSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}

function noteLine(f: Finding): string {
  return f.suggestion ? `${f.message}（${f.suggestion}）` : f.message;
}

/** Sheet-level findings (row null) are listed, not marked: they belong to no one cell. */
export function planMarks(report: SheetReport): MarkPlan {
  const byCell = new Map<string, { mark: Mark; lines: string[] }>();
  for (const f of report.findings) {
    if (f.row === null) continue;
    const at = parseA1(f.cell);
    if (!at) continue;
    const entry = byCell.get(f.cell);
    if (entry) {
      entry.mark.severity = worstSeverity(entry.mark.severity, f.severity);
      entry.lines.push(noteLine(f));
    } else {
      byCell.set(f.cell, { mark: { ...at, address: f.cell, severity: f.severity, note: "" }, lines: [noteLine(f)] });
    }
  }
  const marks = [...byCell.values()].map(({ mark, lines }) => ({ ...mark, note: toolNoteBlock(lines) }));
  marks.sort((a, b) => a.row - b.row || a.col - b.col);
  return { sheet: report.sheet, marks };
}

export interface Summary {
  total: number;
  bySeverity: Record<Severity, number>;
  byRule: Record<string, number>;
}

export function summarise(findings: Finding[]): Summary {
  const s: Summary = { total: findings.length, bySeverity: { error: 0, warning: 0, info: 0 }, byRule: {} };
  for (const f of findings) {
    s.bySeverity[f.severity]++;
    s.byRule[f.rule] = (s.byRule[f.rule] ?? 0) + 1;
  }
  return s;
}
