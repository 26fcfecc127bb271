// The table as the engine read it — header row, the column of each role, and the plan year with
// where it came from — editable when the guess is wrong. The edits become `columns` and
// `planYear` in the workbook's settings.
import { useState } from "react";
import { Button, Field, Input, Text, makeStyles, mergeClasses } from "@fluentui/react-components";
import { planYearLine, type PlanYearReading } from "../core/report";
import { COLUMN_ROLES, ConfigSchema, type Config, type TableInfo } from "../core/schema";
import { ROLE_KEYS, type RoleKey, type Strings } from "./i18n";

type Columns = NonNullable<Config["columns"]>;
/** What this form sets in the settings; a field left out is read from the sheet. */
export type ReadingOverrides = Pick<Config, "columns" | "planYear">;

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: "8px" },
  // Fields start at the top of their row: one with a hint below must not stretch its neighbour's input.
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))", alignItems: "start", gap: "8px" },
  // Grid items default to their content's width: an input's is wider than a narrow pane's column.
  field: { minWidth: 0 },
  input: { minWidth: 0, width: "100%" },
  wide: { gridColumn: "1 / -1" },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

const LETTERS = /^[A-Z]{1,3}$/;
/** Roles that take several columns, typed as a list (C,D). */
const MULTI_ROLES = new Set<RoleKey>(COLUMN_ROLES.filter((r) => r.multi).map((r) => r.id));

function initialText(table: TableInfo | null, override: Columns | undefined): Record<RoleKey | "headerRow", string> {
  const detected = table?.columns ?? {};
  const pick = (role: RoleKey): string => {
    const v = override?.[role] ?? detected[role];
    return Array.isArray(v) ? v.join(",") : (v ?? "");
  };
  const text = Object.fromEntries(ROLE_KEYS.map((r) => [r, pick(r)])) as Record<RoleKey | "headerRow", string>;
  const headerRow = override?.headerRow ?? table?.headerRows[table.headerRows.length - 1];
  text.headerRow = headerRow ? String(headerRow) : "";
  return text;
}

/** Form text → a columns override, or the first problem in it. */
export function columnsFromText(
  text: Record<RoleKey | "headerRow", string>,
  strings: Strings,
): { columns: Columns } | { problem: string } {
  const columns: Columns = {};
  for (const role of ROLE_KEYS) {
    const raw = text[role].trim().toUpperCase();
    if (!raw) continue;
    const multi = MULTI_ROLES.has(role);
    const parts = multi ? raw.split(/[,，、\s]+/).filter(Boolean) : [raw];
    const bad = parts.find((p) => !LETTERS.test(p));
    if (bad) return { problem: strings.badColumn(strings.roles[role], bad) };
    Object.assign(columns, { [role]: multi ? parts : raw });
  }
  const header = Number(text.headerRow.trim());
  if (text.headerRow.trim()) {
    if (!Number.isInteger(header) || header < 1) return { problem: strings.badHeaderRow(text.headerRow) };
    columns.headerRow = header;
  }
  return { columns };
}

/** The plan year field's text → the year (undefined: read it from the sheet), or the problem with
 * it. 2024年 and full-width digits are taken as typed; the range is the settings schema's. */
export function planYearFromText(text: string, strings: Strings): { planYear: number | undefined } | { problem: string } {
  const digits = text.normalize("NFKC").trim().replace(/年$/, "");
  if (!digits) return { planYear: undefined };
  const year = ConfigSchema().shape.planYear.safeParse(/^\d+$/.test(digits) ? Number(digits) : NaN);
  return year.success ? { planYear: year.data } : { problem: strings.badPlanYear(text.trim()) };
}

export interface TableRolesProps {
  table: TableInfo | null;
  /** The plan year the last check read and where it came from; null before a check. */
  year: PlanYearReading | null;
  override: ReadingOverrides;
  strings: Strings;
  busy: boolean;
  onApply: (overrides: ReadingOverrides) => void;
}

export function TableRoles({ table, year, override, strings, busy, onApply }: TableRolesProps) {
  const styles = useStyles();
  const [text, setText] = useState(() => initialText(table, override.columns));
  const [yearText, setYearText] = useState(override.planYear === undefined ? "" : String(override.planYear));
  const [problem, setProblem] = useState<string | null>(null);

  const apply = () => {
    const columns = columnsFromText(text, strings);
    const planYear = planYearFromText(yearText, strings);
    if ("problem" in columns) return setProblem(columns.problem);
    if ("problem" in planYear) return setProblem(planYear.problem);
    setProblem(null);
    onApply({ ...columns, ...planYear });
  };

  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      {table && <Text>{strings.tableRows(table.headerRows.join("、"), table.firstRow, table.lastRow)}</Text>}
      {year && (
        <Text data-testid="plan-year" data-source={year.planYearSource}>
          {planYearLine(year, strings.lang)}
        </Text>
      )}
      <Text size={200}>{strings.rolesHint}</Text>
      <div className={styles.grid}>
        <Field className={styles.field} label={strings.headerRow}>
          <Input
            className={styles.input}
            inputMode="numeric"
            value={text.headerRow}
            onChange={(_, d) => setText({ ...text, headerRow: d.value })}
          />
        </Field>
        <Field className={styles.field} label={strings.planYear} hint={strings.planYearHint}>
          <Input className={styles.input} inputMode="numeric" name="planYear" value={yearText} onChange={(_, d) => setYearText(d.value)} />
        </Field>
        {ROLE_KEYS.map((role) => (
          <Field
            key={role}
            className={mergeClasses(styles.field, role === "category" && styles.wide)}
            label={strings.roles[role]}
            hint={role === "category" ? strings.categoryHint : undefined}
          >
            <Input
              className={styles.input}
              value={text[role]}
              data-role={role}
              onChange={(_, d) => setText({ ...text, [role]: d.value })}
            />
          </Field>
        ))}
      </div>
      {problem && (
        <Text role="alert" data-testid="roles-problem">
          {problem}
        </Text>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {strings.applyRoles}
        </Button>
        <Button disabled={busy || (!override.columns && override.planYear === undefined)} onClick={() => onApply({ columns: undefined, planYear: undefined })}>
          {strings.autoRoles}
        </Button>
      </div>
    </form>
  );
}
