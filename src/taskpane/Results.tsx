// The outcome of 检查本表, by task: counts per severity and per rule (a rule's count filters the
// list to it), 只看错误, a search, then the findings grouped by rule — each one says which task
// (序号 and the start of its text), the problem, and the suggestion on a line of its own, and
// selects its cell when clicked. The list is virtualised: a 10k-row plan's thousands of findings
// scroll as smoothly as ten.
import { useMemo, useState, type ReactElement, type ReactNode } from "react";
import { Checkbox, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import { List, useDynamicRowHeight, type RowComponentProps } from "react-window";
import { summarise } from "../core/marks";
import { groupByRule, taskLabel, type RuleGroup, type TaskFinding } from "../core/report";
import type { RuleId, Severity } from "../core/schema";
import type { Strings } from "./i18n";
import { SeverityIcon } from "./SeverityIcon";

const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "8px" },
  counts: { display: "flex", flexWrap: "wrap", gap: "6px 12px", alignItems: "center" },
  severityCount: { display: "inline-flex", alignItems: "center", gap: "4px" },
  rules: { display: "flex", flexWrap: "wrap", gap: "6px" },
  rule: {
    display: "inline-flex",
    alignItems: "center",
    gap: "6px",
    padding: "4px 8px",
    fontSize: tokens.fontSizeBase300,
    fontFamily: "inherit",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  ruleOn: {
    border: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  filters: { display: "flex", flexWrap: "wrap", gap: "4px 12px", alignItems: "center" },
  search: { flex: 1, minWidth: "10em" },
  list: {
    height: "min(520px, 60vh)",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  group: {
    display: "flex",
    alignItems: "center",
    gap: "6px",
    padding: "6px 8px",
    boxSizing: "border-box",
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  finding: {
    display: "flex",
    gap: "8px",
    width: "100%",
    padding: "6px 8px",
    boxSizing: "border-box",
    textAlign: "left",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontFamily: "inherit",
    color: tokens.colorNeutralForeground1,
    backgroundColor: "transparent",
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  lines: { display: "flex", flexDirection: "column", minWidth: 0, flex: 1 },
  task: { display: "flex", gap: "6px", minWidth: 0 },
  seq: { fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  taskText: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
  cell: { marginLeft: "auto", flexShrink: 0, fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  problem: { overflowWrap: "anywhere" },
  suggestion: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
});

type Item = { kind: "group"; rule: RuleId; severity: Severity; count: number } | { kind: "finding"; finding: TaskFinding };

interface RowProps {
  items: Item[];
  strings: Strings;
  onSelect: (finding: TaskFinding) => void;
  styles: ReturnType<typeof useStyles>;
}

function Row({ index, style, ariaAttributes, items, strings, onSelect, styles }: RowComponentProps<RowProps>): ReactElement {
  const item = items[index];
  if (item.kind === "group") {
    return (
      <div style={style} {...ariaAttributes} className={styles.group} data-group={item.rule}>
        <SeverityIcon severity={item.severity} />
        <span>{strings.rules[item.rule] ?? item.rule}</span>
        <span>{strings.count(item.count)}</span>
      </div>
    );
  }
  const f = item.finding;
  const where = f.task ? taskLabel(f.task, strings.lang) : strings.sheetLevel;
  return (
    <div style={style} {...ariaAttributes}>
      <button
        type="button"
        className={styles.finding}
        data-finding-cell={f.cell}
        data-finding-severity={f.severity}
        onClick={() => onSelect(f)}
      >
        <SeverityIcon severity={f.severity} label={strings.severity[f.severity]} />
        <span className={styles.lines}>
          <span className={styles.task}>
            <span className={styles.seq} data-testid="finding-task">
              {where}
            </span>
            {f.task?.text && <span className={styles.taskText}>{f.task.text}</span>}
            <span className={styles.cell}>{f.cell}</span>
          </span>
          <span className={styles.problem} data-testid="finding-problem">
            {f.message}
          </span>
          {f.suggestion && (
            <span className={styles.suggestion} data-testid="finding-suggestion">
              {strings.suggestion(f.suggestion)}
            </span>
          )}
        </span>
      </button>
    </div>
  );
}

/** The rows of the list: each group's heading, then its findings in task order. */
function listItems(groups: RuleGroup[]): Item[] {
  return groups.flatMap((g): Item[] => [
    { kind: "group", rule: g.rule, severity: g.severity, count: g.findings.length },
    ...g.findings.map((finding): Item => ({ kind: "finding", finding })),
  ]);
}

/** A search matches the task (its label as shown, 序号 or words), the problem, the suggestion or the cell. */
function matches(f: TaskFinding, query: string, lang: Strings["lang"]): boolean {
  if (!query) return true;
  const task = f.task ? [taskLabel(f.task, lang), f.task.seq ?? "", f.task.text] : [];
  return [...task, f.message, f.suggestion ?? "", f.cell].some((t) => t.toLowerCase().includes(query));
}

export interface ResultsProps {
  sheet: string;
  /** The findings in task order, with their tasks. */
  findings: TaskFinding[];
  strings: Strings;
  onSelect: (finding: TaskFinding) => void;
  /** Beside the counts: 复制摘要 and the like. */
  actions?: ReactNode;
}

export function Results({ sheet, findings, strings, onSelect, actions }: ResultsProps) {
  const styles = useStyles();
  const [rule, setRule] = useState<RuleId | null>(null);
  const [errorsOnly, setErrorsOnly] = useState(false);
  const [query, setQuery] = useState("");
  const summary = useMemo(() => summarise(findings), [findings]);
  const rules = useMemo(() => groupByRule(findings), [findings]);
  const needle = query.trim().toLowerCase();
  const filtered = rule !== null || errorsOnly || needle !== "";
  const shown = useMemo(
    () =>
      filtered
        ? findings.filter((f) => (rule === null || f.rule === rule) && (!errorsOnly || f.severity === "error") && matches(f, needle, strings.lang))
        : findings,
    [filtered, findings, rule, errorsOnly, needle, strings.lang],
  );
  // Unfiltered, the list is the groups already counted: thousands of findings are grouped once.
  const items = useMemo(() => listItems(filtered ? groupByRule(shown) : rules), [filtered, shown, rules]);
  const rowHeight = useDynamicRowHeight({ defaultRowHeight: 72, key: `${rule}|${errorsOnly}|${needle}` });
  const rowProps = useMemo(() => ({ items, strings, onSelect, styles }), [items, strings, onSelect, styles]);

  return (
    <section className={styles.section} aria-label={strings.summary}>
      <Text weight="semibold">{strings.checkedSheet(sheet)}</Text>
      {findings.length === 0 ? (
        <Text>{strings.noFindings}</Text>
      ) : (
        <>
          <div className={styles.counts}>
            <Text data-testid="total">{strings.total(summary.total)}</Text>
            {SEVERITY_ORDER.filter((s) => summary.bySeverity[s] > 0).map((s) => (
              <span key={s} className={styles.severityCount} data-severity-count={s}>
                <SeverityIcon severity={s} />
                {strings.severity[s]} {summary.bySeverity[s]}
              </span>
            ))}
          </div>
          {actions}
          <div className={styles.rules} role="group" aria-label={strings.byRule}>
            {rules.map((g) => (
              <button
                key={g.rule}
                type="button"
                className={rule === g.rule ? `${styles.rule} ${styles.ruleOn}` : styles.rule}
                aria-pressed={rule === g.rule}
                data-rule-count={g.rule}
                data-count={g.findings.length}
                onClick={() => setRule((current) => (current === g.rule ? null : g.rule))}
              >
                <SeverityIcon severity={g.severity} />
                <span>{strings.rules[g.rule] ?? g.rule}</span>
                <strong>{g.findings.length}</strong>
              </button>
            ))}
          </div>
          <div className={styles.filters}>
            <Checkbox
              label={strings.errorsOnly}
              checked={errorsOnly}
              disabled={summary.bySeverity.error === 0}
              onChange={(_, d) => setErrorsOnly(Boolean(d.checked))}
            />
            <Input
              className={styles.search}
              type="search"
              contentBefore={<SearchRegular />}
              placeholder={strings.searchHint}
              aria-label={strings.searchHint}
              value={query}
              onChange={(_, d) => setQuery(d.value)}
            />
          </div>
          <Text aria-live="polite" data-testid="shown-count">
            {strings.shownCount(shown.length, findings.length)}
          </Text>
          {items.length === 0 ? (
            <Text>{strings.noMatch}</Text>
          ) : (
            <List
              className={styles.list}
              role="list"
              aria-label={strings.findings}
              data-testid="findings"
              rowComponent={Row}
              rowCount={items.length}
              rowHeight={rowHeight}
              rowProps={rowProps}
              defaultHeight={480}
            />
          )}
        </>
      )}
    </section>
  );
}
