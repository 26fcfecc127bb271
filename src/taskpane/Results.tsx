// The outcome of 检查本表: counts by severity and rule, then the findings; a finding is a
// button that selects its cell.
import { useState } from "react";
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { summarise } from "../core/marks";
import type { Finding, Severity } from "../core/schema";
import type { Strings } from "./i18n";

/** Rendering thousands of buttons at once makes a narrow pane sluggish; more on demand. */
const PAGE = 200;

const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "6px" },
  badges: { display: "flex", flexWrap: "wrap", gap: "6px" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  ruleRow: { display: "flex", justifyContent: "space-between", gap: "8px" },
  finding: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    minHeight: "auto",
    paddingTop: "4px",
    paddingBottom: "4px",
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: "3.5em", flexShrink: 0 },
  message: { whiteSpace: "normal", overflowWrap: "anywhere" },
});

export interface ResultsProps {
  sheet: string;
  findings: Finding[];
  strings: Strings;
  onSelect: (finding: Finding) => void;
}

export function Results({ sheet, findings, strings, onSelect }: ResultsProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const summary = summarise(findings);
  const rules = Object.entries(summary.byRule).sort((a, b) => b[1] - a[1]);

  return (
    <section className={styles.section} aria-label={strings.summary}>
      <Text weight="semibold">{strings.checkedSheet(sheet)}</Text>
      {findings.length === 0 ? (
        <Text>{strings.noFindings}</Text>
      ) : (
        <>
          <Text data-testid="total">{strings.total(summary.total)}</Text>
          <div className={styles.badges}>
            {(Object.keys(summary.bySeverity) as Severity[])
              .filter((s) => summary.bySeverity[s] > 0)
              .map((s) => (
                <Badge key={s} appearance="tint" color={SEVERITY_COLOR[s]} data-severity-count={s}>
                  {strings.severity[s]} {summary.bySeverity[s]}
                </Badge>
              ))}
          </div>
          <ul className={styles.list}>
            {rules.map(([rule, count]) => (
              <li key={rule} className={styles.ruleRow} data-rule-count={rule} data-count={count}>
                <Text>{strings.rules[rule as keyof Strings["rules"]] ?? rule}</Text>
                <Text weight="semibold">{count}</Text>
              </li>
            ))}
          </ul>
          <Text weight="semibold">{strings.findings}</Text>
          <ul className={styles.list}>
            {findings.slice(0, shown).map((f, i) => (
              <li key={`${f.cell}-${f.rule}-${i}`}>
                <Button
                  appearance="subtle"
                  className={styles.finding}
                  data-finding-cell={f.cell}
                  aria-label={strings.findingLabel(f.cell, strings.severity[f.severity], f.message)}
                  onClick={() => onSelect(f)}
                  icon={
                    <Badge size="small" appearance="filled" color={SEVERITY_COLOR[f.severity]} aria-hidden>
                      {" "}
                    </Badge>
                  }
                >
                  <span className={styles.cell}>{f.row === null ? strings.sheetLevel : f.cell}</span>
                  <span className={styles.message}>
                    {f.message}
                    {f.suggestion ? `（${f.suggestion}）` : ""}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
          {shown < findings.length && (
            <Button onClick={() => setShown((n) => n + PAGE)}>{strings.showMore(shown, findings.length)}</Button>
          )}
        </>
      )}
    </section>
  );
}
