// Reads a 完成时间 / 完成时限 / 时限要求 cell the way a checker would: a calendar point that can be
// checked, a stated period, ongoing work, a promise nobody can check, or nothing.
// The parts of the grammar (years, calendar days, seasons, stated periods) live in ./timewords.
import { excelSerialToIso } from "./dates";
import { matchesOf } from "./matches";
import { MAX_YEAR, MIN_YEAR, dateReadingForm } from "./planyear";
import type { Deadline, DeadlineClass } from "./schema";
import { dayOfMonth, dayOfPart, quarterEnd } from "./timewords/calendar";
import { isAlongsideEvent, isBareCount, isCountFromEvent, isRecurring, waitsOnHigherLevel, withoutPeriods } from "./timewords/periods";
import { MID_YEAR_AHEAD, SEASON_PATTERN, seasonEnd } from "./timewords/seasons";
import { expandShortYears, withPlanPeriods, withRelativeYears, withYearBeforeMonth } from "./timewords/years";

export interface DeadlineOptions {
  /** Year of the plan: completes dates written without one (11月底前, 年底前). */
  planYear: number | null;
  /** Months 1 to this, written without a year, fall in the year after planYear: a plan over a
   * school year or its first (autumn) term (2020-2021学年第一学期, 2020年秋季学期) runs from August
   * into the next year, so 1月20日 is 2021's (detectSchoolYear). None when absent. */
  nextYearMonths?: number;
  /** The value is a number formatted as a date (an Excel serial). */
  isDateCell?: boolean;
  /** What a bare count (3天, 5个工作日, 3个月内) counts from, as its column says (bareCountFrom):
   * each item's own event, a stated period due again for every item (the default), or the plan's
   * issue, a day due once that the sheet does not hold. */
  bareCountsFrom?: "event" | "plan";
  /** The column is labelled a schedule (进度和工作成果要求, columns.ts namesSchedule): its prose states
   * milestones, so a year opening a step (2020年制定…制度) says by when that step is due. */
  statesMilestones?: boolean;
}

// Nothing written: empty, punctuation only (——, /, …) or a word for "none".
const NONE_WORD = /^(?:无|暂无|空|略)?$/;
const PUNCTUATION = /[\p{P}\p{S}]/gu;

// Work without an end: 常态化工作, 持续推进, 长期坚持, 贯穿全年; and work that never lets up
// (常抓不懈, 坚持不懈, 持之以恒, 久久为功), which names no end either.
const ONGOING = /常态|持续|长期|全年|常年|长效|经常性|日常|始终|不间断|不懈|持之以恒|久久为功/u;
// How long an item stays published (长期公开, 长期有效): its retention, not when it is due.
const RETENTION = /长期(?:公开|有效|保存|保留|公示)/gu;
// A span of the year (年内, 本年度内) qualifying ongoing work (年内持续推进) names work that goes on
// through the year, not its end; a completion word in its clause makes it a point again (年内完成并持续推进).
const COMPLETION = /完成|建成|实现|前|到位|办结/u;

// 已 (already) opening a time cell reports where the step stands, not by when it is due; 已于… is
// followed by the day it was done, read as a point above.
const REPORTED_DONE = /^已(?:经)?(?!于)\p{Script=Han}/u;

// Where a cell's clauses part (立行立改，3个月内完成).
const CLAUSE_BREAK = /[，,；;。、\s]+/u;

// What may follow a bare number that is a deadline (2019年前, 6.30完成, 2024年（持续推进）) rather
// than a quantity. A completion word counts when it ends the clause (2025年全部完成，): followed by
// prose (2016年基本完成深化预算管理改革的各项任务) the year is the target of task text.
const CLAUSE_END = "$|[，,；;。、)）(（]";
const END_AHEAD = `前|以前|之前|完成|止|${CLAUSE_END}|(?:全面|全部|基本|初步|全)?(?:完成|建成|竣工|投用|投入使用|到位)+(?=${CLAUSE_END})`;

// Calendar points. Alternatives are tried left to right at each position, so a point is read once,
// whole (2019年6月 is not also read as 2019年).
const POINT = new RegExp(
  "(?<!\\d)(?:" +
    // 2019.6 / 2019-06-30 / 2019/6/30; with another separator a range of months: 2019.3-12
    "(?<numY>(?:19|20|21)\\d{2})(?<numSep>[./-])(?<numM>\\d{1,2})(?:\\k<numSep>(?<numD>\\d{1,2}))?(?![\\d月])" +
    "(?:[-~至到](?<numM2>\\d{1,2})(?![\\d.日号]))?" +
    // [2019年]6月[30日 | 底 | 上旬 …]
    // (2016年6底前: the 月 left out after a year is still a month; 6月上中旬, 6月中、下旬: a run of
    // parts of the month, in their order, sharing one 旬 ends with its last part)
    // (2019年1-6月, 2019年3、6月: months listed or ranged under one 月 share the year written
    // before the first; the last is the one read, after the one before it, monFrom)
    "|(?:(?<monY>\\d{4})年度?)?(?:(?<monFrom>\\d{1,2})(?<monJoin>[-至到、])(?=\\d))*(?<mon>\\d{1,2})(?:月份?|(?<=年\\d{1,2})(?=[底末]))(?:(?<monD>\\d{1,2})(?:[日号]|(?![\\d个]))|(?:上、?(?=[中下]))?(?:中、?(?=下))?(?<monPart>底|末|初|上旬|中旬|下旬))?" +
    // 2019年9月至11: a month range whose end lost its 月 where the cell (a page) was cut off. Only
    // straight after the month: 9月1日至11 lost its 日, and a day (9月至11日) keeps its 日, read below.
    "(?:(?<=[月份底末初旬])[至到-](?<monEnd>1[0-2]|0?[1-9])$)?" +
    // [2019年][第 | 前]三季度
    // (2019年第一、二季度, 2019年1-3季度: quarters under one 季度 share the year, as months do)
    "|(?:(?<qY>\\d{4})年度?)?(?:第?[一二三四1-4][-至到、](?=第?[一二三四1-4]季))*(?:[第前]?(?<q>[一二三四1-4])季度?末?|[Qq](?<qq>[1-4])(?![\\d]))" +
    // 6.30前 / 12/31: month and day alone, only where the cell ends or a deadline word follows
    `|(?<mdM>\\d{1,2})[./](?<mdD>\\d{1,2})(?=${END_AHEAD})` +
    // 2019年底 / 2019年年底 / 2019年上半年 / 2019年度内
    `|(?<hY>\\d{4})年度?年?(?<hPart>上半年|下半年|底|末|内|中${MID_YEAR_AHEAD})` +
    // [2019年]年中 / 汛期前 / 春季
    `|(?:(?<sY>\\d{4})年度?)?(?<season>${SEASON_PATTERN})` +
    // 年底前 / 上半年 / 年内 / 半年内: in the plan year or the year written before (not 三年内, 十年内)
    "|(?<![个几多一二三四五六七八九十两])(?<part>上半年|下半年|半年内|年底|年末|年内|年度内|年度末)" +
    // 2019年前 / 2019年完成 / a cell holding only 2019
    `|(?<yearOnly>\\d{4})(?:年度?)?(?=${END_AHEAD})` +
    // 30日 after a month: 6月1日至30日
    "|(?<day>\\d{1,2})[日号]" +
    ")",
  "gu",
);
// 2020年制定…, 到2019年出台…: a clause opening with a year and the step done in it. Under a schedule
// label it is a milestone due by the year's end; elsewhere the year may be the target of task prose,
// no deadline (2016年基本完成…各项任务 under 工作任务). Inside a clause the year qualifies a noun
// (明确2023年金融指标增长目标), no step. A year followed by a time word is a point POINT reads
// (2019年底, 2019年上半年, 2019年6月), one followed by 起 or 以后 starts the work, and one followed
// by 至 opens a span.
const MILESTONE_YEAR =
  /(?:^|[，,；;。：:\s)）①-⑳])(?:到|至|于|在|力争|争取)?((?:19|20)\d{2})年(?![度底末内中前后上下第春夏秋冬起开以之至到一二三四])(?=\p{Script=Han})/gu;

/** The end of the latest year opening a milestone (2019年出台…，2020年制定… → 2020-12-31), or null. */
function latestMilestoneYear(s: string): string | null {
  const years = [...matchesOf(MILESTONE_YEAR, s)].map((m) => Number(m[1])).filter((y) => y >= MIN_YEAR && y <= MAX_YEAR);
  return years.length ? `${Math.max(...years)}-12-31` : null;
}

// What joins the two ends of a span (12月至1月, 12月-1月 with the dash read as -).
const SPAN_JOINER = /^[-至到]$/u;

/** The month a span of months ending at this point starts in (12 of 12-1月, or of 12月至1月 where the
 * point before ended at `monthBefore` and a joiner stands between), or null: a point alone, months
 * listed (3、6月), or an end with its own year (…-2019年1月). */
function spanStartMonth(g: Record<string, string | undefined>, joinedToPrevious: boolean, monthBefore: number | null): number | null {
  if (g.mon === undefined) return null;
  if (g.monFrom !== undefined) return g.monJoin === "、" ? null : Number(g.monFrom);
  return joinedToPrevious && g.monY === undefined ? monthBefore : null;
}

// A point followed by these starts the work (2019年6月起每月更新); it bounds nothing.
const START_MARK = /^(?:起|开始|以来|以后|之后|后)/u;

const QUARTER_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

// The spans of the year POINT reads: 年内, 年度内, and 2019年内 / 2019年度内 (the 内 after a year).
const YEAR_SPAN = new Set(["年内", "年度内", "内"]);

/** The clause (between clause breaks) holding the text s[from, to). */
function clauseAround(s: string, from: number, to: number): string {
  return (s.slice(0, from).split(CLAUSE_BREAK).pop() ?? "") + s.slice(from, to) + s.slice(to).split(CLAUSE_BREAK)[0];
}

function continuesThroughYear(clause: string): boolean {
  return ONGOING.test(clause.replace(RETENTION, "")) && !COMPLETION.test(clause);
}

interface PointReading {
  /** At least one calendar point (even one whose year is unknown). */
  found: boolean;
  /** The latest day any point allows, when its year is known. */
  latest: string | null;
}

/** Reads every calendar point; the deadline is the latest (the end of a range 2019年6月-12月). A
 * point without a year takes the year written before it, else the plan year (for a month among
 * the nextYearMonths, the year after). */
function readPoints(s: string, planYear: number | null, nextYearMonths = 0): PointReading {
  let yearWritten: number | null = null;
  let month: number | null = null;
  let found = false;
  let latest: string | null = null;
  /** Where the point read before ended: a span joiner right after it opens a span of months. */
  let previousEnd = 0;
  for (const m of matchesOf(POINT, s)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const joinedToPrevious = SPAN_JOINER.test(s.slice(previousEnd, start));
    previousEnd = start + m[0].length;
    const written = g.numY ?? g.monY ?? g.qY ?? g.hY ?? g.sY ?? g.yearOnly;
    if (written !== undefined) {
      const y = Number(written);
      if (y < MIN_YEAR || y > MAX_YEAR) continue;
      yearWritten = y;
    }
    if (g.day !== undefined && month === null) continue; // 15日内 with no month is a span, not a day
    // 12-1月, 12月至1月, 12月25日-1月5日: a span of months ending in an earlier month than it starts runs
    // into the next year, its end that month of the year after the start's (a year written before the
    // end, 2018年12月-2019年1月, says so itself).
    const spanFrom = spanStartMonth(g, joinedToPrevious, month);
    if (g.numM !== undefined || g.mon !== undefined || g.mdM !== undefined) month = Number(g.numM ?? g.mon ?? g.mdM);
    const namesMonth = g.mon !== undefined || g.mdM !== undefined || g.day !== undefined;
    const yearOfMonth = (mon: number | null) => yearWritten ?? (planYear !== null && namesMonth && mon !== null && mon <= nextYearMonths ? planYear + 1 : planYear);
    const runsIntoNextYear = spanFrom !== null && month !== null && spanFrom > month;
    const startYear = yearOfMonth(runsIntoNextYear ? spanFrom : month);
    const year = runsIntoNextYear && startYear !== null ? startYear + 1 : startYear;
    if (START_MARK.test(s.slice((m.index ?? 0) + m[0].length))) continue;
    if (YEAR_SPAN.has(g.part ?? g.hPart ?? "") && continuesThroughYear(clauseAround(s, m.index ?? 0, (m.index ?? 0) + m[0].length))) continue;
    if (year === null) {
      found = true; // a point, but which year's is unknown
      continue;
    }

    let end: string | null;
    if (g.numM2 !== undefined) end = dayOfMonth(year, Number(g.numM2), "last");
    else if (g.numM !== undefined) end = dayOfMonth(year, Number(g.numM), g.numD ? Number(g.numD) : "last");
    // (an end before the start, 11月至2, may be the next year's: the start month stays the reading)
    else if (g.monEnd !== undefined && Number(g.monEnd) > Number(g.mon)) end = dayOfMonth(year, Number(g.monEnd), "last");
    else if (g.mon !== undefined) end = dayOfMonth(year, Number(g.mon), g.monD ? Number(g.monD) : dayOfPart(g.monPart));
    else if (g.mdM !== undefined) end = dayOfMonth(year, Number(g.mdM), Number(g.mdD));
    else if (g.q !== undefined || g.qq !== undefined) end = quarterEnd(year, QUARTER_NUMBER[g.q ?? g.qq]);
    else if (g.season !== undefined) end = seasonEnd(g.season, year);
    else if (g.day !== undefined && month !== null) end = dayOfMonth(year, month, Number(g.day));
    else if ((g.hPart ?? g.part) === "上半年" || g.part === "半年内" || g.hPart === "中") end = `${year}-06-30`;
    else end = `${year}-12-31`; // 下半年, 年底, 年末, 年内, a year alone
    if (end === null) continue; // no such day (2月30日): nothing to check
    found = true;
    if (latest === null || end > latest) latest = end;
  }
  return { found, latest };
}

/**
 * Classifies an already read deadline text: `date` when it names a calendar point (a vague tail
 * such as ，并及时更新 does not matter), else `recurring` for a stated period (每月更新, 每年6月底前,
 * 收到申请后15个工作日内, 与政策文件同步公开),
 * `ongoing` for work without end (常态化工作), `missing` when nothing is written, and `vague` for
 * everything else (及时公开, 按市里统一安排完成, 定期更新, 动态更新, 春节前, unknown words).
 */
function classifyDeadlineText(text: string, opts: DeadlineOptions): Pick<Deadline, "class" | "date"> {
  const { planYear } = opts;
  const s = withPlanPeriods(withRelativeYears(expandShortYears(withYearBeforeMonth(dateReadingForm(text)), planYear), planYear));
  if (NONE_WORD.test(s.replace(PUNCTUATION, ""))) return { class: "missing", date: null };
  if (waitsOnHigherLevel(s)) return { class: "vague", date: null };
  // Points inside a period (每年6月底前, 之日起15日内) are due every period; the rest are due once.
  const once = withoutPeriods(s);
  const points = readPoints(once, planYear, opts.nextYearMonths);
  // The deadline of a schedule is its latest milestone, whether a point (2019年底前) or a year opening a step.
  const milestone = opts.statesMilestones ? latestMilestoneYear(once) : null;
  if (milestone !== null) return { class: "date", date: points.latest !== null && points.latest > milestone ? points.latest : milestone };
  if (points.found) return { class: "date", date: points.latest };
  // A bare count (立行立改，3个月内完成) counted from the plan's issue is due once, on a day only the
  // issued document could tell: nobody can check it from the table, like any count from an undated
  // notice (限期7天, 15日内). (同步公开，最迟不超过3个工作日: the cell names the event it counts from.)
  if (s.split(CLAUSE_BREAK).some(isBareCount)) {
    return { class: opts.bareCountsFrom === "plan" && !isAlongsideEvent(s) ? "vague" : "recurring", date: null };
  }
  const cls: DeadlineClass =
    isRecurring(s) || isCountFromEvent(s) || isAlongsideEvent(s) ? "recurring" : ONGOING.test(s.replace(RETENTION, "")) ? "ongoing" : "vague";
  // 已通过, 已完成: the step reported done, no promise of a time — as little a deadline as an empty cell.
  if (cls === "vague" && REPORTED_DONE.test(s.trim())) return { class: "missing", date: null };
  return { class: cls, date: null };
}

// 同上 (ditto): the cell repeats the deadline of the task above it.
const DITTO = /^\s*同\s*上[。.]?\s*$/u;

/** A cell that says it is the same as the one above (同上, 同 上). */
export function repeatsAbove(text: string): boolean {
  return DITTO.test(text);
}

// Excel keeps a typed 2019.10 as the number 2019.1; the later month is the one the phrase allows.
function numberAsWritten(value: number): string {
  const text = String(value);
  return /^\d{4}\.1$/.test(text) ? `${text}0` : text;
}

/**
 * Classifies a deadline cell. `text` is the cell as written; a date cell (an Excel serial number
 * formatted as a date) gives its ISO date. For `date`, `date` is the last day the phrase allows
 * (2019年6月 → 2019-06-30, 6月前 → 06-30 of the plan year); it is null only when the phrase has no year
 * and the plan year is unknown (a calendar point of a year the sheet does not show).
 */
export function classifyDeadline(value: string | number | null, opts: DeadlineOptions): Deadline {
  if (typeof value === "number" && opts.isDateCell) {
    const date = excelSerialToIso(value);
    if (date !== null) return { text: date, class: "date", date };
  }
  const text = value === null ? "" : String(value);
  const reading = typeof value === "number" ? numberAsWritten(value) : text;
  return { text, ...classifyDeadlineText(reading, opts) };
}
