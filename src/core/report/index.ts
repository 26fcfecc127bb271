// Findings as a clerk acts on them — by task, grouped by rule, summed up for a reply, listed on a
// 检查结果 sheet — the same for the pane, the page and the CLI.
export { taskOf, taskExcerpt, TASK_TEXT_LENGTH, type TaskRef } from "./task";
export { taskLabel, taskHeading, seqNumber, type Lang } from "./tasklabel";
export { taskList, numberRuns } from "./tasklist";
export { findingsByTask, type TaskFinding } from "./bytask";
export { groupByRule, type RuleGroup } from "./byrule";
export { replySummary, sheetSummary } from "./summary";
export { resultsSheet, RESULTS_SHEET_NAME } from "./resultsheet";
export { planYearLine, type PlanYearReading } from "./planyear";
