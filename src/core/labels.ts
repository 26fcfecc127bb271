// What each rule and severity is called, in both languages: one table for the CLI summary and the
// task pane, so a clerk sees the same name wherever a finding is counted.
import type { RuleId, Severity } from "./schema";

export interface Label {
  zh: string;
  en: string;
}

export const RULE_LABELS: Record<RuleId, Label> = {
  "missing-unit": { zh: "缺少责任单位", en: "No responsible unit" },
  "missing-unit-column": { zh: "缺少责任单位列", en: "No unit column" },
  "generic-unit-only": { zh: "只有笼统的责任单位", en: "Only catch-all units" },
  "vague-deadline": { zh: "完成时间不明确", en: "Vague deadline" },
  "ongoing-deadline": { zh: "长期性任务", en: "Ongoing task" },
  "missing-deadline": { zh: "缺少完成时间", en: "No deadline" },
  "deadline-outside-plan-year": { zh: "完成时间不在计划年度内", en: "Deadline outside the plan year" },
  "sequence-gap": { zh: "序号不连续", en: "Gap in numbering" },
  "sequence-duplicate": { zh: "序号重复", en: "Duplicate number" },
  "empty-requirement": { zh: "任务内容为空", en: "Empty task" },
  "duplicate-task": { zh: "任务重复", en: "Duplicate task" },
  "text-artefact": { zh: "文字残留（拼音、多余空格等）", en: "Text artefacts (pinyin, stray spaces …)" },
  "unit-variant": { zh: "单位名称写法不一致", en: "Unit written inconsistently" },
};

export const SEVERITY_LABELS: Record<Severity, Label> = {
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
  info: { zh: "提示", en: "Info" },
};

/** One language's names of a label table. */
export function labelsIn<K extends string>(table: Record<K, Label>, lang: keyof Label): Record<K, string> {
  return Object.fromEntries(Object.entries<Label>(table).map(([k, l]) => [k, l[lang]])) as Record<K, string>;
}
