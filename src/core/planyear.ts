// The plan year (计划年度) of a task-breakdown table, read from its title, sheet name or the text
// above the table (failing those, the workbook's file name), and whether a deadline falls outside it.
import { addMonths } from "date-fns/addMonths";
import { lastDayOfMonth } from "date-fns/lastDayOfMonth";
import { parseISO } from "date-fns/parseISO";
import { isValid } from "date-fns/isValid";
import { normaliseText } from "./normalise";

const CHINESE_DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 十一 → 11, 二十 → 20, 三十一 → 31, 六 → 6 (the numbers of months and days). */
function smallChineseNumber(s: string): number {
  const ten = s.indexOf("十");
  if (ten < 0) return CHINESE_DIGIT[s] ?? NaN;
  const tens = ten === 0 ? 1 : CHINESE_DIGIT[s.slice(0, ten)] ?? NaN;
  const units = ten === s.length - 1 ? 0 : CHINESE_DIGIT[s.slice(ten + 1)] ?? NaN;
  return tens * 10 + units;
}

/**
 * The text in the form dates are read from: normalised (simplified, no pinyin glosses), no time
 * of day, no whitespace at all (`2019 年 6 月`), full-width date separators half-width, and Chinese
 * numerals of years, months and days as digits (二〇一九年 → 2019年, 十一月 → 11月, 三十日 → 30日).
 * Numerals before anything else stay: 一季度, 上半年 and 十一前 (National Day) are words, and so
 * does the 一 ending a word (统一月报 is not January).
 */
export function dateReadingForm(text: string): string {
  return normaliseText(text)
    .replace(/T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?/g, "") // a time of day (2019-06-30 00:00:00)
    .replace(/\s+/g, "")
    .replace(/．(?=\d)/g, ".")
    .replace(/[－—–~～](?=\d)/g, "-")
    .replace(/／/g, "/")
    .replace(/元月/g, "1月") // 元月 is January
    .replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (y) => [...y].map((c) => CHINESE_DIGIT[c]).join(""))
    .replace(/(?<![统唯同单万])[一二三四五六七八九十]{1,3}(?=[月日号])/g, (n) => {
      const v = smallChineseNumber(n);
      return Number.isNaN(v) ? n : String(v);
    });
}

/** Years read as plan or deadline years; others are numbers (1000年, 3000年规划). */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
// A year printed in a title: 2019年, 2019年度, or a bare 2019 that is not part of a longer number.
const YEAR = /(?<!\d)((?:19|20|21)\d{2})(?:(年度?)|(?!\d))/g;
// What a plan is called: the year attached to one of these is the plan year.
const PLAN_WORD = /要点|计划|任务|分工|方案|安排|清单|台账|分解|责任/;
// A year followed by a month is the date a document was issued, not the plan year.
const FOLLOWED_BY_MONTH = /^\d{1,2}月/;

interface YearMention {
  year: number;
  withNianSuffix: boolean;
  attachedToPlan: boolean;
  isIssueDate: boolean;
}

function yearMentions(text: string): YearMention[] {
  const s = dateReadingForm(text);
  const found = [...s.matchAll(YEAR)].filter((m) => {
    const y = Number(m[1]);
    return y >= MIN_YEAR && y <= MAX_YEAR;
  });
  return found.map((m, i) => {
    const end = (m.index ?? 0) + m[0].length;
    // What the year qualifies: the words up to the next year or the end of the clause.
    const nextStart = found[i + 1]?.index ?? s.length;
    const tail = s.slice(end, nextStart).split(/[。；;，,]/)[0];
    return {
      year: Number(m[1]),
      withNianSuffix: m[2] !== undefined,
      attachedToPlan: PLAN_WORD.test(tail),
      isIssueDate: m[2] !== undefined && FOLLOWED_BY_MONTH.test(s.slice(end)),
    };
  });
}

/**
 * The plan year from a title, a sheet name or text above the table, searched in the order given.
 * Preferred in turn: a year attached to what the plan is called (2019年政务公开工作要点), the first
 * year written with 年/年度, the first bare year (a sheet named 2019). Issue dates (2018年12月) only
 * count when nothing else does. None → null.
 */
export function detectPlanYear(texts: string[]): number | null {
  const mentions = texts.flatMap(yearMentions);
  const pick =
    mentions.find((m) => m.attachedToPlan && !m.isIssueDate) ??
    mentions.find((m) => m.withNianSuffix && !m.isIssueDate) ??
    mentions.find((m) => !m.isIssueDate) ??
    mentions[0];
  return pick ? pick.year : null;
}

/** Annual work is reported in the first quarter of the next year (年度报告 by 1月31日, 总结 by
 * 3月), so by default deadlines up to the end of March of the following year belong to the plan. */
export const DEFAULT_GRACE_MONTHS = 3;

/**
 * Whether a deadline lies outside its plan year: before 1 January of the plan year, or after the
 * grace period following 31 December (default: later than 31 March of the next year). A date that
 * cannot be read is not flagged.
 */
export function isOutsidePlanYear(dateIso: string, planYear: number, graceMonths = DEFAULT_GRACE_MONTHS): boolean {
  const date = parseISO(dateIso);
  if (!isValid(date)) return false;
  const lastAllowed = lastDayOfMonth(addMonths(new Date(planYear, 11, 1), graceMonths));
  return date < new Date(planYear, 0, 1) || date > lastAllowed;
}
