// The paragraph a clerk pastes into a reply 公文: 「共52项任务；完成时间不明确42项（第3至6、8项）；…」.
import { RULE_LABELS } from "../labels";
import type { PlanTable } from "../model";
import type { SheetReport } from "../schema";
import { groupByRule, type RuleGroup } from "./byrule";
import { findingsByTask } from "./bytask";
import type { Lang } from "./tasklabel";
import { taskList } from "./tasklist";

/** One paragraph: the number of tasks, then per rule how many tasks and which, then what concerns
 * the whole table. `groups` as groupByRule orders them. */
export function replySummary(taskCount: number, groups: readonly RuleGroup[], lang: Lang): string {
  const perRule = groups.filter((g) => g.tasks > 0);
  const wholeTable = groups.flatMap((g) => g.findings.filter((f) => f.task === null).map((f) => f.message.replace(/[。.]$/, "")));
  if (lang === "zh") {
    const parts = [
      `共${taskCount}项任务`,
      ...perRule.map((g) => `${RULE_LABELS[g.rule].zh}${g.tasks}项（${taskList(tasksOf(g), "zh")}）`),
      ...wholeTable,
    ];
    return parts.length === 1 ? `共${taskCount}项任务，未发现问题。` : `${parts.join("；")}。`;
  }
  const head = `${taskCount} task${taskCount === 1 ? "" : "s"}`;
  const parts = [
    ...perRule.map((g) => `${RULE_LABELS[g.rule].en}: ${g.tasks} (${taskList(tasksOf(g), "en")})`),
    ...wholeTable,
  ];
  return parts.length === 0 ? `${head}; no problems found.` : `${head}; ${parts.join("; ")}.`;
}

function tasksOf(g: RuleGroup) {
  return g.findings.flatMap((f) => (f.task ? [f.task] : []));
}

/** The summary of one checked sheet, from what validate() returns. */
export function sheetSummary(report: SheetReport, plan: PlanTable, lang: Lang): string {
  return replySummary(plan.rows.length, groupByRule(findingsByTask(report, plan)), lang);
}
