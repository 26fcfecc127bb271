// Settings kept per workbook: each rule's level (or off), how the lead unit is found, where
// catch-all tasks go, the roster sheet and extra catch-all names. Saved through the host after
// validation by the same schema as the CLI's config file.
import { useState } from "react";
import { Button, Field, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { DEFAULT_SEVERITY, ruleSeverity } from "../core/config";
import { RULE_IDS, type Config, type RuleId, type Severity } from "../core/schema";
import type { Strings } from "./i18n";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: "8px" },
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
  legend: { padding: 0, marginBottom: "4px", fontWeight: tokens.fontWeightSemibold },
  // A select is as wide as its longest option unless told otherwise; a narrow pane must not scroll sideways.
  select: { minWidth: 0 },
});

type Level = Severity | "off";
const LEVELS: Severity[] = ["error", "warning", "info"];

export interface SettingsProps {
  config: Config;
  sheets: string[];
  strings: Strings;
  busy: boolean;
  onSave: (config: Config) => void;
}

export function Settings({ config, sheets, strings, busy, onSave }: SettingsProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<Config>(config);
  const [catchAll, setCatchAll] = useState(config.catchAll.join("\n"));

  const level = (rule: RuleId): Level => ruleSeverity(draft, rule) ?? "off";
  const setLevel = (rule: RuleId, value: Level) => {
    const rules = { ...draft.rules };
    // Only what differs from the default is stored.
    if (value === DEFAULT_SEVERITY[rule]) delete rules[rule];
    else rules[rule] = value === "off" ? { enabled: false } : { severity: value };
    setDraft({ ...draft, rules });
  };

  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        const names = catchAll.split(/[\n,，、]+/).map((s) => s.trim()).filter(Boolean);
        onSave({ ...draft, catchAll: names });
      }}
    >
      <Field label={strings.leadRule} hint={strings.leadRuleHint}>
        <Select className={styles.select} value={draft.leadRule} onChange={(_, d) => setDraft({ ...draft, leadRule: d.value as Config["leadRule"] })}>
          {(Object.keys(strings.leadRules) as Config["leadRule"][]).map((k) => (
            <option key={k} value={k}>
              {strings.leadRules[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.common}>
        <Select className={styles.select} value={draft.common} onChange={(_, d) => setDraft({ ...draft, common: d.value as Config["common"] })}>
          {(Object.keys(strings.commons) as Config["common"][]).map((k) => (
            <option key={k} value={k}>
              {strings.commons[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.rosterSheet}>
        <Select
          className={styles.select}
          value={draft.rosterSheet ?? ""}
          onChange={(_, d) => setDraft({ ...draft, rosterSheet: d.value || undefined })}
        >
          <option value="">{strings.rosterNone}</option>
          {[...new Set([...sheets, ...(draft.rosterSheet ? [draft.rosterSheet] : [])])].map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.catchAll} hint={strings.catchAllHint}>
        <Textarea value={catchAll} onChange={(_, d) => setCatchAll(d.value)} resize="vertical" />
      </Field>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{strings.ruleSeverity}</legend>
        {RULE_IDS.map((rule) => (
          <Field key={rule} label={strings.rules[rule]} orientation="vertical">
            <Select className={styles.select} value={level(rule)} data-rule={rule} onChange={(_, d) => setLevel(rule, d.value as Level)}>
              {LEVELS.map((s) => (
                <option key={s} value={s}>
                  {strings.severity[s]}
                </option>
              ))}
              <option value="off">{strings.ruleOff}</option>
            </Select>
          </Field>
        ))}
      </fieldset>
      <Button type="submit" appearance="primary" disabled={busy}>
        {strings.save}
      </Button>
    </form>
  );
}
