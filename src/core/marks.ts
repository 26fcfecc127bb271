// Findings → the cells to mark: one mark per cell, at its worst severity, with every
// explanation for that cell in its note.
import { parseA1 } from "./address";
import { toolNoteBlock, type NoteLang } from "./markformat";
import type { Finding, Mark, MarkPlan, Severity, SheetReport } from "./schema";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function worstSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}

/** An English sentence ends in a full stop unless it ends in a mark of its own. */
const sentence = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

/** A finding's line in a note: the problem, then the advice as a sentence of its own. */
function noteLine(f: Finding, lang: NoteLang): string {
  if (!f.suggestion) return f.message;
  return lang === "zh" ? `${f.message}；建议${f.suggestion}。` : `${sentence(f.message)} ${sentence(f.suggestion)}`;
}

/** Sheet-level findings (row null) are listed, not marked: they belong to no one cell. `lang`: the
 * language the findings were written in, which the note's header line follows. Each mark is made
 * once and its note set in place; a note line is made once per message and suggestion, and cells
 * with the same one explanation share one note: a 100k-row plan has ~50k marks, most of them
 * saying one of a few hundred things. */
export function planMarks(report: SheetReport, lang: NoteLang = "zh"): MarkPlan {
  const noteLines = new Map<string, Map<string | undefined, string>>();
  const lineOf = (f: Finding) => {
    let bySuggestion = noteLines.get(f.message);
    if (!bySuggestion) noteLines.set(f.message, (bySuggestion = new Map()));
    let line = bySuggestion.get(f.suggestion);
    if (line === undefined) bySuggestion.set(f.suggestion, (line = noteLine(f, lang)));
    return line;
  };
  const byCell = new Map<string, { mark: Mark; lines: string[] }>();
  for (const f of report.findings) {
    if (f.row === null) continue;
    const entry = byCell.get(f.cell);
    if (entry) {
      entry.mark.severity = worstSeverity(entry.mark.severity, f.severity);
      entry.lines.push(lineOf(f));
      continue;
    }
    const at = parseA1(f.cell);
    if (at) byCell.set(f.cell, { mark: { row: at.row, col: at.col, address: f.cell, severity: f.severity, note: "" }, lines: [lineOf(f)] });
  }
  const oneLineNotes = new Map<string, string>();
  const marks: Mark[] = [];
  for (const { mark, lines } of byCell.values()) {
    if (lines.length > 1) mark.note = toolNoteBlock(lines, lang);
    else {
      let note = oneLineNotes.get(lines[0]);
      if (note === undefined) oneLineNotes.set(lines[0], (note = toolNoteBlock(lines, lang)));
      mark.note = note;
    }
    marks.push(mark);
  }
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
