// The plan year (计划年度) of a task-breakdown table, read from its title, sheet name or the text
// above the table (failing those, the workbook's file name or the tasks' own text), and whether a
// deadline falls outside it.
import { addMonths } from "date-fns/addMonths";
import { lastDayOfMonth } from "date-fns/lastDayOfMonth";
import { parseISO } from "date-fns/parseISO";
import { isValid } from "date-fns/isValid";
import { normaliseText } from "./normalise";

const CHINESE_DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
// The zero of a year in numerals is often typed with a character that looks like 〇: a circle
// (二○二四年, ○ U+25CB, ◯ U+25EF), the letter O or the digit 0 (二0二四年). Each is a zero only
// inside such a year, which opens with a numeral (一九…, 二〇…), never with one of them.
const NUMERAL_ZERO = /[〇○◯Oo0]/g;
const YEAR_IN_NUMERALS = "[一二][〇○◯Oo0零一二三四五六七八九]{3}";

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
    .replace(new RegExp(`${YEAR_IN_NUMERALS}(?=年)`, "g"), (y) => [...y.replace(NUMERAL_ZERO, "〇")].map((c) => CHINESE_DIGIT[c]).join(""))
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

// A school year (学年) runs from August or September to July. It is named by the two calendar
// years it spans (2020-2021学年, 2020—2021学年度, 2020至2021学年) or, as Zhejiang's and other
// provinces' schools name it, by the one it starts in, with 学年 straight after that year (2017学年
// is 2017-2018: 2017学年第二学期 is the spring of 2018). A span of years without 学年 (2021-2025年)
// is a plan period, and a year with 年 before its term (2021年下学期) a term of that year
// (TERM_OF_YEAR): both read as before.
const SCHOOL_YEAR = /(?<![\d\-至到/])((?:19|20|21)\d{2})(?:年?[-至到/]((?:19|20|21)\d{2})年?)?学年/;
// Its second term (第二学期, 下学期, 春季学期) runs from February to July of the later year.
const SPRING_TERM = /第[二2]学期|下学期|春季?学期/;
// A term alone is named by the one calendar year it starts in and its season (2021年秋季学期,
// 2021秋学期, 2023年度秋季学期, 2022年春季学期), or, as Hunan's schools and 教育局 name it, by the
// half of that year it starts in (2021年下学期 is the autumn term, 2022年上学期 the spring: the
// halves of a calendar year, where a school year's 下学期 is its spring). Not a year that ends a
// span (2020-2021年下学期 is a school year's second term, written without 学年), nor a term from
// which something runs (自2021年秋季学期起全面落实“双减”, a note above another year's plan).
const TERM_OF_YEAR = /(?<![\d\-至到/])((?:19|20|21)\d{2})(?:年度?)?(春季?|秋季?|上|下)学期(?!起|以来|开始)/;
// Of those, the terms that start in autumn and run into the next year.
const AUTUMN_SEASON = /^(?:秋|下)/;
// The months of a school year that fall in its later calendar year: January to July.
const LATER_YEAR_MONTHS = 7;

/** How a plan over a school year dates a day written without a year (2月24日, 3.6, 9月1日). */
export interface SchoolYear {
  /** The calendar year the school year or term starts in. */
  planYear: number;
  /** Months 1 to this fall in the year after planYear (0: none). */
  nextYearMonths: number;
}

/** A term or school year starting in `startYear`: a spring term runs within it, an autumn term or
 * a whole school year from August into the months of the next. */
function schoolTermFrom(startYear: number, runsIntoNextYear: boolean): SchoolYear {
  return { planYear: startYear, nextYearMonths: runsIntoNextYear ? LATER_YEAR_MONTHS : 0 };
}

/** The term or school year a text names, in any form: by its school year, written with both its
 * years (2020-2021学年第一学期) or the one it starts in (2020学年第一学期), or by the one year its
 * term starts in (2021年秋季学期). */
function namedSchoolTerm(s: string): SchoolYear | null {
  const span = SCHOOL_YEAR.exec(s);
  if (span) {
    const earlier = Number(span[1]);
    const later = span[2] === undefined ? earlier + 1 : Number(span[2]);
    if (later !== earlier + 1 || earlier < MIN_YEAR || later > MAX_YEAR) return null;
    return SPRING_TERM.test(s) ? schoolTermFrom(later, false) : schoolTermFrom(earlier, true);
  }
  const term = TERM_OF_YEAR.exec(s);
  if (!term) return null;
  const year = Number(term[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return schoolTermFrom(year, AUTUMN_SEASON.test(term[2]));
}

/**
 * The school year or term a school calendar or term schedule (校历, 行事历, 学期工作安排) is titled
 * by, read as a clerk reads its dates: a second or spring term (2020-2021学年第二学期, 2020学年第二学期,
 * 2021年春季学期) runs within one year, 2021, so every month is that year's; a first or autumn term
 * (第一学期, 上学期, 秋季学期 of a school year, or 2021年秋季学期) or the whole school year runs from
 * August, so 9月1日 is the starting year's and 1月20日 the next's. The first text naming one; none → null.
 */
export function detectSchoolYear(texts: string[]): SchoolYear | null {
  for (const text of texts) {
    const term = namedSchoolTerm(dateReadingForm(text));
    if (term) return term;
  }
  return null;
}

// The years a task's own text writes (issue 9): 于2016年11月10日前报送, 完成2016年工作总结, 办好2016年
// 油菜花节. Only years written with 年 (a bare 2000 in a task is a count: 新建2000套), and not those
// naming another time than the year the work is done in:
// a document's (《…2015年版》, its digits masked before reading),
export const DOCUMENT_NAME = /《[^》]*》/g;
const DIGIT = /\d/g;
const TASK_YEAR = /(?<!\d)((?:19|20|21)\d{2})年/g;
// Most task cells write no year: only a cell with four digits or numerals in a row is put in the
// form dates are read from (the step is then cheap on a long sheet that prints no year anywhere).
const MAY_WRITE_YEAR = new RegExp(`[0-9０-９]{4}|${YEAR_IN_NUMERALS}`);
// a starting point, a horizon or the end of a span of years (自2014年, 从2015年, 到2025年, 至2030年,
// 2016—2020年; 截至2016年底 is a date in the year), a baseline (比2015年下降, 不高于2017年标准),
const BEFORE_OTHER_TIME = /(?:自|从|到|(?<!截)至|-|比|较|高于|低于)$/;
// the start of a span of years, or a time from which something runs (2013年以来, 2014年起,
// 2021年5月1日起, 2015年开始),
const AFTER_OTHER_TIME = /^(?:度?[-至到](?:19|20|21)\d{2}|(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来|起|开始|以后|之后))/;
// the day a decree or law was made or amended (2014年8月19日国务院令第404号, 2016年2月6日予以修改),
const ENACTED = /^\d{1,2}月\d{1,2}日(?![前止内]|之前|以前)[^，。；,;]{0,20}?(?:令|公布|发布|颁布|施行|通过|修改|修订|修正|签署)/;
// and the year a report is about (审议关于2019年度国有资产管理情况的报告), unless a part of the year
// (关于2016年1至7月…执行情况的报告): a whole year is reported on the year after.
const REPORT_SUBJECT = /关于$/;
const PART_OF_YEAR = /^(?:\d{1,2}(?:[-至到]\d{1,2})?月|[上下]半年|前?[一二三四1-4]个?季度|第[一二三四1-4]季度|底|末|年?中)/;

// A year's work is summed up in the first quarter of the next (DEFAULT_GRACE_MONTHS): 于2023年1月31日前
// 发布《2022年…年度报告》 is work of 2022.
const FIRST_QUARTER = /^[1-3]月/;
const SUMMING_UP = /总结|年度报告|年报/;
const SENTENCE_END = /[。；;]/;

/** The year the work is in that the year written at s[start, end) names, or null when it names another time. */
function workingYearAt(s: string, start: number, end: number, year: number): number | null {
  const before = s.slice(Math.max(0, start - 3), start);
  const after = s.slice(end, end + 40);
  if (BEFORE_OTHER_TIME.test(before) || AFTER_OTHER_TIME.test(after) || ENACTED.test(after)) return null;
  if (REPORT_SUBJECT.test(before) && !PART_OF_YEAR.test(after)) return null;
  if (!FIRST_QUARTER.test(after)) return year;
  const sentenceStart = Math.max(s.lastIndexOf("。", start), s.lastIndexOf("；", start), s.lastIndexOf(";", start)) + 1;
  const sentence = s.slice(sentenceStart, end) + s.slice(end).split(SENTENCE_END)[0];
  return SUMMING_UP.test(sentence) ? year - 1 : year;
}

/**
 * The year the work of a sheet is in, from its tasks' own text, for a sheet that prints its year
 * nowhere else: the year written most often, among those naming the year the work is done in. A
 * tie of two consecutive years is the earlier (a year's work runs into the first months of the
 * next); any other tie, or no such year, gives null, since a wrong year would date every year-less
 * deadline wrongly.
 */
export function yearOfTaskTexts(texts: string[]): number | null {
  const counts = new Map<number, number>();
  for (const text of texts) {
    if (!MAY_WRITE_YEAR.test(text)) continue;
    const s = dateReadingForm(text).replace(DOCUMENT_NAME, (name) => name.replace(DIGIT, "#"));
    for (const m of s.matchAll(TASK_YEAR)) {
      const written = Number(m[1]);
      const start = m.index ?? 0;
      const year = written < MIN_YEAR || written > MAX_YEAR ? null : workingYearAt(s, start, start + m[0].length, written);
      if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  const most = Math.max(0, ...counts.values());
  const tied = [...counts].filter(([, n]) => n === most).map(([year]) => year);
  if (tied.length === 1) return tied[0];
  return tied.length === 2 && Math.abs(tied[0] - tied[1]) === 1 ? Math.min(...tied) : null;
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
