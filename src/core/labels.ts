// What each rule and severity is called, in both languages: one table for the CLI summary and the
// task pane, so a clerk sees the same name wherever a finding is counted.
import { RULES } from "./rules";
import type { Text } from "./rules/rule";
import type { RuleId, Severity } from "./schema";

/** A name in both languages. */
export type Label = Text;

export const RULE_LABELS = Object.fromEntries(RULES.map((r) => [r.id, r.label])) as Record<RuleId, Label>;

export const SEVERITY_LABELS: Record<Severity, Label> = {
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
  info: { zh: "提示", en: "Info" },
};

/** One language's names of a label table. */
export function labelsIn<K extends string>(table: Record<K, Label>, lang: keyof Label): Record<K, string> {
  return Object.fromEntries(Object.entries<Label>(table).map(([k, l]) => [k, l[lang]])) as Record<K, string>;
}
