// The line saying which year the year-less deadlines (6月底前, 三季度) are dated in and where that
// year came from, or, with none found, that they cannot be dated and how to give one: the same
// words in the pane, the page and the CLI, so a clerk whose dates look wrong can tell why.
import type { Text } from "../rules/rule";
import type { PlanYearSource, SheetReport } from "../schema";
import type { Lang } from "./tasklabel";

/** The plan year as a report or a reading states it. */
export type PlanYearReading = Pick<SheetReport, "planYear" | "planYearSource">;

// The deadline column's label (2024年完成时间) is read with the title: it counts as the sheet's.
const FROM: Record<Exclude<PlanYearSource, "none">, Text> = {
  settings: { zh: "取自设置", en: "from the settings" },
  sheet: { zh: "取自表格标题或工作表名", en: "from the sheet's title or name" },
  header: { zh: "取自表头", en: "from a header label" },
  deadlines: { zh: "取自完成时间中写明的年份", en: "from the years the deadlines state" },
  preamble: { zh: "取自表内首项任务前的说明或标题", en: "from a note or heading above the first task" },
  workbook: { zh: "取自文件名", en: "from the file name" },
  tasks: { zh: "取自任务内容", en: "from the tasks' text" },
};

const NONE: Text = {
  zh: "未找到计划年度：不带年份的期限（如“6月底前”）无法定日期。可在设置中填写计划年度。",
  en: "No plan year found: deadlines without a year (such as “6月底前”) cannot be dated. Set the plan year in the settings.",
};

/** 「计划年度：2024年（取自文件名）」 / “Plan year: 2024 (from the file name)”. */
export function planYearLine({ planYear, planYearSource }: PlanYearReading, lang: Lang): string {
  if (planYear === null || planYearSource === "none") return NONE[lang];
  const from = FROM[planYearSource][lang];
  return lang === "zh" ? `计划年度：${planYear}年（${from}）` : `Plan year: ${planYear} (${from})`;
}
