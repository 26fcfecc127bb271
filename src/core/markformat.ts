// The one format of this tool's marks, shared by every host so that a workbook marked by the CLI
// or the page can be cleared by the add-in and the other way round. A mark is two things that
// travel with their cell when rows or columns are inserted or deleted, in Excel, WPS or
// LibreOffice, and that need no record kept beside them:
// - a conditional-format rule whose formula is MARK_RULE_FORMULA (always TRUE, and naming this
//   tool), filling the marked cells with SEVERITY_FILL of its severity;
// - a block of text in the cell's note: a header line (NOTE_HEADERS) and one "• " line per
//   finding. It is appended after the user's own note text, if any, after a blank line.
// Clearing deletes exactly the rules carrying the tag and the blocks of text; whatever else a
// note holds (the user's note, a reply typed into the tool's note on a line of its own) stays.
import type { Severity } from "./schema";

/** The rule formula without the leading "=" (as .xlsx stores it); Office.js wants "=" before it. */
export const MARK_RULE_FORMULA = 'N("taskplan")=0';

/** A conditional-format formula is this tool's when it carries the tag, however a host spells it. */
export function isMarkRuleFormula(formula: string): boolean {
  return /N\(\s*"taskplan"\s*\)\s*=\s*0/i.test(formula.replace(/&quot;/g, '"'));
}

/** First line of the tool's text in a note, by language. Both are recognised when clearing. */
export const NOTE_HEADERS = { zh: "任务分工助手：", en: "Task Breakdown Assistant:" } as const;
export type NoteLang = keyof typeof NOTE_HEADERS;

export const NOTE_BULLET = "• ";

const HEADER_LINES = new Set<string>(Object.values(NOTE_HEADERS));

/** The tool's block for one cell: the header, then a bullet line per explanation. */
export function toolNoteBlock(lines: readonly string[], lang: NoteLang = "zh"): string {
  return [NOTE_HEADERS[lang], ...lines.map((l) => `${NOTE_BULLET}${l.replace(/\r?\n/g, " ")}`)].join("\n");
}

/** The note a marked cell gets: the user's text (if any) kept as it was, then the tool's block. */
export function withToolNote(userText: string | null | undefined, block: string): string {
  return userText ? `${userText}\n\n${block}` : block;
}

export interface StrippedNote {
  /** What remains once every tool block is taken out; null when nothing else was in the note. */
  text: string | null;
  /** Whether the note held any tool block. */
  found: boolean;
}

/**
 * Takes every tool block out of a note's text: a header line and the bullet lines right after
 * it, with the blank line withToolNote put before it. Anything else is the user's and is kept.
 */
export function withoutToolNote(text: string): StrippedNote {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const kept: string[] = [];
  let found = false;
  for (let i = 0; i < lines.length; i++) {
    if (!HEADER_LINES.has(lines[i].trim())) {
      kept.push(lines[i]);
      continue;
    }
    found = true;
    while (i + 1 < lines.length && lines[i + 1].startsWith(NOTE_BULLET)) i++;
    // the separator withToolNote added: one blank line after the user's text
    if (kept.length >= 2 && kept[kept.length - 1] === "") kept.pop();
  }
  if (!found) return { text, found: false };
  const rest = kept.join("\n");
  return { text: rest.trim() === "" ? null : rest, found: true };
}

/** Severity of a mark rule from its fill colour (hosts read rules back by colour). */
export function severityOfFill(rgb: string, fills: Record<Severity, string>): Severity | null {
  const hex = rgb.replace(/^#/, "").slice(-6).toUpperCase();
  for (const s of Object.keys(fills) as Severity[]) if (fills[s].toUpperCase() === hex) return s;
  return null;
}
