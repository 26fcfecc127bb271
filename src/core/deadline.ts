// Reads a 完成时间 / 完成时限 / 时限要求 cell the way a checker would: a calendar point that can be
// checked, a stated period, ongoing work, a promise nobody can check, or nothing.
// One module per function: the package index loads all of date-fns (a tenth of a second).
import { endOfQuarter } from "date-fns/endOfQuarter";
import { format } from "date-fns/format";
import { lastDayOfMonth } from "date-fns/lastDayOfMonth";
import { excelSerialToIso } from "./dates";
import { MAX_YEAR, MIN_YEAR, dateReadingForm } from "./planyear";
import type { Deadline, DeadlineClass } from "./schema";

export interface DeadlineOptions {
  /** Year of the plan: completes dates written without one (11月底前, 年底前). */
  planYear: number | null;
  /** The value is a number formatted as a date (an Excel serial). */
  isDateCell?: boolean;
}

// Nothing written: empty, punctuation only (——, /, …) or a word for "none".
const NONE_WORD = /^(?:无|暂无|空|略)?$/;
const PUNCTUATION = /[\p{P}\p{S}]/gu;

// A stated period with what is attached to it (每年6月底前, 每月10日前, 每季度末): the attached date is
// due every period, not once. 按年度计划 / 按月安排 name a plan, not a period.
const PERIOD = "(?:日|天|周|星期|旬|月|季度|季|半年|年度|年)";
const PERIOD_POINT =
  "(?:的)?(?:第?[一二三四1-4]季度?)?(?:\\d{1,2}月份?)?(?:\\d{1,2}[日号])?" +
  "(?:年底|年末|上半年|下半年|底|末|初|上旬|中旬|下旬)?";
const RECURRING = new RegExp(
  `(?:每|按|逐)个?${PERIOD}(?!计划|目标|任务|要求|安排|度计划|度目标|度任务)${PERIOD_POINT}` +
    `|[一1每]?个?(?:周|月|季度?|半年|年)[一1](?:次|报|更新|公开|通报)`,
  "gu",
);

// A period counted from an event (信息形成或变更之日起20个工作日内, 收到申请后15日内): due once per
// event, so it is checked like a stated period, never as a calendar point. Counted from a date
// (2019年起3年内) it is not per event.
// A count of days closing with 内 is counted from the event too, when no date comes before it
// (文件发布3个工作日内, 20个工作日内; not 6月15日内); a count of working days alone (20工作日)
// is such a period too.
const EVENT_PERIOD = new RegExp(
  "(?<!\\d[年月日号])(?:(?:起|后|以后|之后)(?:的)?(?:\\d+|[一二三四五六七八九十两]+)个?(?:工作日|自然日|日|天|周|星期|月|年)(?:内|以内|之内)?" +
    "|(?<![\\d年月])(?:\\d+|[一二三四五六七八九十两]+)个?(?:工作日(?:内|以内|之内)?|(?:自然日|天)(?:内|以内|之内)))",
  "gu",
);

// A period counted from a one-off step of a higher level (省出台文件后2个月完成): it waits on
// someone else's timetable, like 按省里时间节点完成, so nobody can check it on a calendar.
const UPSTREAM_EVENT = /(?:省|国家|中央|上级|国务院)[^，,；;]{0,6}?(?:出台|下发|部署|下达|明确)[^，,；;]{0,8}?(?:起|后|以后|之后)/u;

// Work without an end: 常态化工作, 持续推进, 长期坚持, 贯穿全年.
const ONGOING = /常态|持续|长期|全年|常年|长效|经常性|日常|始终|不间断/u;
// How long an item stays published (长期公开, 长期有效): its retention, not when it is due.
const RETENTION = /长期(?:公开|有效|保存|保留|公示)/gu;

// What may follow a bare number that is a deadline (2019年前, 6.30完成) rather than a quantity.
const END_AHEAD = "前|以前|之前|完成|止|$|[，,；;。、)）]";

// Calendar points. Alternatives are tried left to right at each position, so a point is read once,
// whole (2019年6月 is not also read as 2019年).
const POINT = new RegExp(
  "(?<!\\d)(?:" +
    // 2019.6 / 2019-06-30 / 2019/6/30; with another separator a range of months: 2019.3-12
    "(?<numY>(?:19|20|21)\\d{2})(?<numSep>[./-])(?<numM>\\d{1,2})(?:\\k<numSep>(?<numD>\\d{1,2}))?(?![\\d月])" +
    "(?:[-~至到](?<numM2>\\d{1,2})(?![\\d.日号]))?" +
    // [2019年]6月[30日 | 底 | 上旬 …]
    // (2016年6底前: the 月 left out after a year is still a month)
    "|(?:(?<monY>\\d{4})年度?)?(?<mon>\\d{1,2})(?:月份?|(?<=年\\d{1,2})(?=[底末]))(?:(?<monD>\\d{1,2})(?:[日号]|(?![\\d个]))|(?<monPart>底|末|初|上旬|中旬|下旬))?" +
    // [2019年][第 | 前]三季度
    "|(?:(?<qY>\\d{4})年度?)?[第前]?(?<q>[一二三四1-4])季" +
    // 6.30前 / 12/31: month and day alone, only where the cell ends or a deadline word follows
    `|(?<mdM>\\d{1,2})[./](?<mdD>\\d{1,2})(?=${END_AHEAD})` +
    // 2019年底 / 2019年年底 / 2019年上半年 / 2019年度内
    "|(?<hY>\\d{4})年度?年?(?<hPart>上半年|下半年|底|末|内)" +
    // 年底前 / 上半年 / 年内: in the plan year or the year written before (not 三年内, 十年内)
    "|(?<![个几多一二三四五六七八九十两])(?<part>上半年|下半年|年底|年末|年内|年度内|年度末)" +
    // 2019年前 / 2019年完成 / a cell holding only 2019
    `|(?<yearOnly>\\d{4})(?:年度?)?(?=${END_AHEAD})` +
    // 30日 after a month: 6月1日至30日
    "|(?<day>\\d{1,2})[日号]" +
    ")",
  "gu",
);
// A point followed by these starts the work (2019年6月起每月更新); it bounds nothing.
const START_MARK = /^(?:起|开始|以来|以后|之后|后)/u;

// 今年底前 / 明年3月: relative years read against the plan year.
const RELATIVE_YEAR: { pattern: RegExp; offset: number }[] = [
  { pattern: /(?:今|本|当)年(度?)/gu, offset: 0 },
  { pattern: /(?:明|次|来|下一)年(度?)/gu, offset: 1 },
  { pattern: /(?:去|上一?)年(度?)/gu, offset: -1 },
];

const iso = (d: Date): string => format(d, "yyyy-MM-dd");

function monthDay(year: number, month: number, day: number | "last"): string | null {
  if (month < 1 || month > 12) return null;
  const last = lastDayOfMonth(new Date(year, month - 1, 1));
  if (day === "last") return iso(last);
  return day >= 1 && day <= last.getDate() ? iso(new Date(year, month - 1, day)) : null;
}

// 上旬 ends on the 10th, 中旬 on the 20th, 下旬 / 底 / 末 at the end of the month.
function dayOfPart(part: string | undefined): number | "last" {
  if (part === "上旬" || part === "初") return 10;
  if (part === "中旬") return 20;
  return "last";
}

const QUARTER_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

interface PointReading {
  /** At least one calendar point (even one whose year is unknown). */
  found: boolean;
  /** The latest day any point allows, when its year is known. */
  latest: string | null;
}

/** Reads every calendar point; the deadline is the latest (the end of a range 2019年6月-12月). A
 * point without a year takes the year written before it, else the plan year. */
function readPoints(s: string, planYear: number | null): PointReading {
  let year = planYear;
  let month: number | null = null;
  let found = false;
  let latest: string | null = null;
  for (const m of s.matchAll(POINT)) {
    const g = m.groups ?? {};
    const written = g.numY ?? g.monY ?? g.qY ?? g.hY ?? g.yearOnly;
    if (written !== undefined) {
      const y = Number(written);
      if (y < MIN_YEAR || y > MAX_YEAR) continue;
      year = y;
    }
    if (g.day !== undefined && month === null) continue; // 15日内 with no month is a span, not a day
    if (g.numM !== undefined || g.mon !== undefined || g.mdM !== undefined) month = Number(g.numM ?? g.mon ?? g.mdM);
    if (START_MARK.test(s.slice((m.index ?? 0) + m[0].length))) continue;
    if (year === null) {
      found = true; // a point, but which year's is unknown
      continue;
    }

    let end: string | null;
    if (g.numM2 !== undefined) end = monthDay(year, Number(g.numM2), "last");
    else if (g.numM !== undefined) end = monthDay(year, Number(g.numM), g.numD ? Number(g.numD) : "last");
    else if (g.mon !== undefined) end = monthDay(year, Number(g.mon), g.monD ? Number(g.monD) : dayOfPart(g.monPart));
    else if (g.mdM !== undefined) end = monthDay(year, Number(g.mdM), Number(g.mdD));
    else if (g.q !== undefined) end = iso(endOfQuarter(new Date(year, (QUARTER_NUMBER[g.q] - 1) * 3, 1)));
    else if (g.day !== undefined && month !== null) end = monthDay(year, month, Number(g.day));
    else if ((g.hPart ?? g.part) === "上半年") end = `${year}-06-30`;
    else end = `${year}-12-31`; // 下半年, 年底, 年末, 年内, a year alone
    if (end === null) continue; // no such day (2月30日): nothing to check
    found = true;
    if (latest === null || end > latest) latest = end;
  }
  return { found, latest };
}

function withRelativeYears(s: string, planYear: number | null): string {
  if (planYear === null) return s;
  return RELATIVE_YEAR.reduce((t, { pattern, offset }) => t.replace(pattern, `${planYear + offset}年$1`), s);
}

/**
 * Classifies an already read deadline text: `date` when it names a calendar point (a vague tail
 * such as ，并及时更新 does not matter), else `recurring` for a stated period (每月更新, 每年6月底前,
 * 收到申请后15个工作日内),
 * `ongoing` for work without end (常态化工作), `missing` when nothing is written, and `vague` for
 * everything else (及时公开, 按市里统一安排完成, 定期更新, 动态更新, 春节前, unknown words).
 */
function classifyDeadlineText(text: string, planYear: number | null): Pick<Deadline, "class" | "date"> {
  const s = withRelativeYears(dateReadingForm(text), planYear);
  if (NONE_WORD.test(s.replace(PUNCTUATION, ""))) return { class: "missing", date: null };
  const eventPeriod = s.search(EVENT_PERIOD) >= 0;
  if (eventPeriod && UPSTREAM_EVENT.test(s)) return { class: "vague", date: null };
  const recurring = s.search(RECURRING) >= 0 || eventPeriod;
  // Points inside a period (每年6月底前, 之日起15日内) are due every period; the rest are due once.
  const points = readPoints(s.replace(RECURRING, "|").replace(EVENT_PERIOD, "|"), planYear);
  const cls: DeadlineClass = points.found ? "date" : recurring ? "recurring" : ONGOING.test(s.replace(RETENTION, "")) ? "ongoing" : "vague";
  return { class: cls, date: cls === "date" ? points.latest : null };
}

// Excel keeps a typed 2019.10 as the number 2019.1; the later month is the one the phrase allows.
function numberAsWritten(value: number): string {
  const text = String(value);
  return /^\d{4}\.1$/.test(text) ? `${text}0` : text;
}

/**
 * Classifies a deadline cell. `text` is the cell as written; a date cell (an Excel serial number
 * formatted as a date) gives its ISO date. For `date`, `date` is the last day the phrase allows
 * (2019年6月 → 2019-06-30, 6月前 → 06-30 of the plan year); it is null when the phrase has no year
 * and the plan year is unknown.
 */
export function classifyDeadline(value: string | number | null, opts: DeadlineOptions): Deadline {
  if (typeof value === "number" && opts.isDateCell) {
    const date = excelSerialToIso(value);
    if (date !== null) return { text: date, class: "date", date };
  }
  const text = value === null ? "" : String(value);
  const reading = typeof value === "number" ? numberAsWritten(value) : text;
  return { text, ...classifyDeadlineText(reading, opts.planYear) };
}
