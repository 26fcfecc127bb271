// What sits above the sheet grid, as in Excel: the legend of the mark colours (severity told by a
// symbol as well as by colour) and the formula bar, where the selected cell's whole text is read,
// with its mark's explanation when it is marked.
import type { CSSProperties } from "react";
import { SEVERITY_LABELS } from "../core/labels";
import { NOTE_BULLET } from "../core/markformat";
import type { Mark, Severity } from "../core/schema";
import { SEVERITY_LOOK } from "../core/severitylook";
import { SeverityGlyph } from "../taskpane/SeverityIcon";

export type GridLang = "zh" | "en";

const WORDS = {
  zh: { legend: "标记颜色", cell: "所选单元格", text: "单元格内容", mark: "标记说明", noMark: "此单元格没有标记" },
  en: { legend: "Mark colours", cell: "Selected cell", text: "Cell text", mark: "About the mark", noMark: "No mark on this cell" },
} as const;

const SEVERITIES: Severity[] = ["error", "warning", "info"];

const chip: CSSProperties = {
  display: "inline-flex",
  alignItems: "center",
  gap: 4,
  padding: "1px 8px 1px 4px",
  borderRadius: 3,
  color: "#242424",
};

export function MarkLegend({ counts, lang }: { counts: Record<Severity, number>; lang: GridLang }) {
  return (
    <ul
      aria-label={WORDS[lang].legend}
      data-testid="mark-legend"
      style={{ display: "flex", flexWrap: "wrap", gap: "4px 8px", margin: 0, padding: "4px 8px", listStyle: "none" }}
    >
      {SEVERITIES.map((s) => (
        <li key={s} data-legend={s} style={{ ...chip, background: `#${SEVERITY_LOOK[s].fill}` }}>
          <SeverityGlyph severity={s} />
          {SEVERITY_LABELS[s][lang]}
          <span style={{ fontVariantNumeric: "tabular-nums" }}>{counts[s]}</span>
        </li>
      ))}
    </ul>
  );
}

/** The explanation lines of a mark's note: the tool's bullet lines, without header and bullets. */
function markLines(mark: Mark): string[] {
  const lines = mark.note.split("\n").filter((l) => l.startsWith(NOTE_BULLET));
  return lines.length ? lines.map((l) => l.slice(NOTE_BULLET.length)) : [mark.note];
}

export const FORMULA_MARK_ID = "sheet-grid-formula-mark";

/** Two lines, whatever the cell holds: the grid under the bar stays put as the cursor moves. */
const TWO_LINES: CSSProperties = { height: 46, boxSizing: "border-box", overflowY: "auto", padding: "3px 8px", lineHeight: "20px" };

export function FormulaBar({ address, text, mark, lang }: { address: string; text: string; mark: Mark | undefined; lang: GridLang }) {
  const words = WORDS[lang];
  return (
    <div role="group" aria-label={words.cell} data-testid="formula-bar" style={{ borderTop: "1px solid #d1d1d1", background: "#fff" }}>
      <div style={{ display: "flex", alignItems: "flex-start" }}>
        <span
          data-testid="formula-address"
          style={{ flexShrink: 0, minWidth: 56, padding: "3px 8px", lineHeight: "20px", fontWeight: 600, borderRight: "1px solid #d1d1d1", textAlign: "center" }}
        >
          {address}
        </span>
        {/* Focusable: its text may be longer than the box, and the keyboard must reach the rest. */}
        <div
          data-testid="formula-text"
          role="textbox"
          aria-readonly
          aria-multiline
          aria-label={words.text}
          tabIndex={0}
          style={{ ...TWO_LINES, flex: 1, minWidth: 0, whiteSpace: "pre-wrap", wordBreak: "break-word" }}
        >
          {text}
        </div>
      </div>
      <div
        id={FORMULA_MARK_ID}
        data-testid="formula-mark"
        role="note"
        aria-label={words.mark}
        tabIndex={0}
        style={{
          ...TWO_LINES,
          display: "flex",
          gap: 6,
          alignItems: "flex-start",
          borderTop: "1px solid #e0e0e0",
          background: mark ? `#${SEVERITY_LOOK[mark.severity].fill}` : "#fff",
          color: mark ? "#242424" : "#616161",
        }}
      >
        {mark ? (
          <>
            <SeverityGlyph severity={mark.severity} style={{ marginTop: 2 }} />
            <span style={{ fontWeight: 600, flexShrink: 0 }}>{SEVERITY_LABELS[mark.severity][lang]}</span>
            <span style={{ whiteSpace: "pre-wrap" }}>{markLines(mark).join("\n")}</span>
          </>
        ) : (
          words.noMark
        )}
      </div>
    </div>
  );
}
