// Deadline phrases a clerk could write in any plan, built as a cross product of parts: the point,
// period, ongoing or vague words themselves; the spellings plans print them in (full-width digits,
// Chinese numerals, traditional characters, spaces inside, a closing 。 or ；); the words wrapped
// around a point (于…, 力争…完成); two milestones in one cell. Each phrase carries the class and the
// last day a clerk gives it (fixtures README), read in a 2024 plan and in a plan whose year nothing
// shows. Every phrase must read as the clerk reads it; the few a clerk could read either way are
// listed apart, with why, and not asserted.
import { classifyDeadline } from "./deadline";
import type { DeadlineClass } from "./schema";

const PLAN_YEAR = 2024;

interface Phrase {
  kind: string;
  text: string;
  cls: DeadlineClass;
  /** For class date: the last day it allows in a 2024 plan. */
  date?: string;
}

// ---------------------------------------------------------------- the parts

/** Calendar points, each with the last day it allows in a 2024 plan. */
const POINTS: [text: string, date: string][] = [
  ["2024年6月底前", "2024-06-30"],
  ["6月底前", "2024-06-30"],
  ["2024年6月30日前", "2024-06-30"],
  ["6月30日", "2024-06-30"],
  ["2024.6.30", "2024-06-30"],
  ["2024/6/30", "2024-06-30"],
  ["2024-06-30", "2024-06-30"],
  ["2024年6月", "2024-06-30"],
  ["6月份", "2024-06-30"],
  ["6月上旬", "2024-06-10"],
  ["6月中旬", "2024-06-20"],
  ["6月下旬", "2024-06-30"],
  ["6月中下旬", "2024-06-30"],
  ["6月上中旬", "2024-06-20"],
  ["6月上、中旬", "2024-06-20"],
  ["年底前", "2024-12-31"],
  ["年内", "2024-12-31"],
  ["2024年底", "2024-12-31"],
  ["2024年年底前", "2024-12-31"],
  ["今年底", "2024-12-31"],
  ["今年年底前", "2024-12-31"],
  ["上半年", "2024-06-30"],
  ["下半年", "2024-12-31"],
  ["一季度", "2024-03-31"],
  ["第二季度", "2024-06-30"],
  ["二季度末", "2024-06-30"],
  ["三季度前", "2024-09-30"],
  ["2024年第三季度", "2024-09-30"],
  ["2024年12月31日之前", "2024-12-31"],
  ["12月底完成", "2024-12-31"],
  ["于6月底前完成", "2024-06-30"],
  ["力争6月底前完成", "2024-06-30"],
  ["6月底之前", "2024-06-30"],
  ["6月末", "2024-06-30"],
  ["2024年6月底以前", "2024-06-30"],
  ["截至2024年6月底", "2024-06-30"],
  ["截止6月底", "2024-06-30"],
  ["至6月底", "2024-06-30"],
  ["2024年06月30日", "2024-06-30"],
  ["2024年6月30号", "2024-06-30"],
  ["6月30号前", "2024-06-30"],
  ["2024年6月份", "2024-06-30"],
  ["2024-6-30", "2024-06-30"],
  ["2024.06.30", "2024-06-30"],
  ["2024.6", "2024-06-30"],
  ["6.30", "2024-06-30"],
  ["24年6月底", "2024-06-30"],
  ["2024年6月中旬前", "2024-06-20"],
  ["10月1日前", "2024-10-01"],
  ["6月一次性完成", "2024-06-30"],
  ["一季度一次性完成", "2024-03-31"],
  ["2024年12月", "2024-12-31"],
  ["12月末", "2024-12-31"],
  ["年末", "2024-12-31"],
  ["2024年内", "2024-12-31"],
  ["2024年度内", "2024-12-31"],
  ["2024年度", "2024-12-31"],
  ["本年度内", "2024-12-31"],
  ["今年内", "2024-12-31"],
  ["当年底", "2024-12-31"],
  ["2024年上半年", "2024-06-30"],
  ["2024年下半年", "2024-12-31"],
  ["年中", "2024-06-30"],
  ["2024年第二季度末", "2024-06-30"],
  ["第三季度末前", "2024-09-30"],
  ["三季度末前", "2024-09-30"],
  ["前三季度", "2024-09-30"],
  ["四季度", "2024-12-31"],
  ["第4季度", "2024-12-31"],
  ["2025年3月底前", "2025-03-31"],
  ["明年3月底前", "2025-03-31"],
  ["2025年上半年", "2025-06-30"],
  ["2026年", "2026-12-31"],
  ["到2025年", "2025-12-31"],
  ["2025年前", "2025-12-31"],
];

/** Ranges: the last day of their end. */
const RANGES: [text: string, date: string][] = [
  ["2024年6月—12月", "2024-12-31"],
  ["2024年6月-12月", "2024-12-31"],
  ["2024年6月至12月", "2024-12-31"],
  ["6-9月", "2024-09-30"],
  ["6—9月", "2024-09-30"],
  ["6至9月", "2024-09-30"],
  ["6月至9月", "2024-09-30"],
  ["2024年6月至2025年6月", "2025-06-30"],
  ["2024年6月—2025年6月", "2025-06-30"],
  ["2024.6-2025.6", "2025-06-30"],
  ["持续推进至2025年底", "2025-12-31"],
  ["2024年至2025年", "2025-12-31"],
  ["2024年1-6月", "2024-06-30"],
  ["2024年1至6月", "2024-06-30"],
  ["2024年3、6月底前", "2024-06-30"],
  ["2024年1-3季度", "2024-09-30"],
  ["2024年第一、二季度", "2024-06-30"],
  ["2024年一至三季度", "2024-09-30"],
  ["2024年第二至第三季度", "2024-09-30"],
  ["1-12月", "2024-12-31"],
  ["2024年1月—6月", "2024-06-30"],
  ["2024.1—2024.12", "2024-12-31"],
  ["2024年1月1日—6月30日", "2024-06-30"],
  ["6月至9月底", "2024-09-30"],
  ["2024年6月至年底", "2024-12-31"],
  ["6月至年底", "2024-12-31"],
  ["二至三季度", "2024-09-30"],
  ["第二、三季度", "2024-09-30"],
  ["三、四季度", "2024-12-31"],
  ["6月、12月底前", "2024-12-31"],
  ["6、9、12月底前", "2024-12-31"],
  ["2024-2026年", "2026-12-31"],
  ["2024年-2026年", "2026-12-31"],
  ["2024年起至2025年底", "2025-12-31"],
  ["2024年6月起，12月底前完成", "2024-12-31"],
  ["2024—2025年", "2025-12-31"],
];

/** Words around a point that do not move it. */
const AROUND_POINT: [before: string, after: string][] = [
  ["", ""],
  ["于", ""],
  ["在", "前"],
  ["力争", "完成"],
  ["确保", "前完成"],
  ["", "完成"],
  ["", "前完成"],
  ["计划", "完成"],
];

/** Stated periods. 定期 states none: vague, as 定期更新 in the fixtures' sense of 实时更新. */
const RECURRING: [text: string, cls: DeadlineClass][] = [
  ["每月", "recurring"],
  ["每季度", "recurring"],
  ["每半年", "recurring"],
  ["每年", "recurring"],
  ["每月5日前", "recurring"],
  ["每季度末", "recurring"],
  ["按月", "recurring"],
  ["按季度", "recurring"],
  ["按季", "recurring"],
  ["逐月", "recurring"],
  ["每周", "recurring"],
  ["每月底前", "recurring"],
  ["每年12月底前", "recurring"],
  ["每季度首月10日前", "recurring"],
  ["每月更新", "recurring"],
  ["按季度报送", "recurring"],
  ["每月5号前", "recurring"],
  ["每月20日前报送上月进展", "recurring"],
  ["每季度第一个月10日前", "recurring"],
  ["每月底", "recurring"],
  ["每月月底前", "recurring"],
  ["每年年底", "recurring"],
  ["每两周", "recurring"],
  ["每旬", "recurring"],
  ["每季", "recurring"],
  ["每季末", "recurring"],
  ["按年度", "recurring"],
  ["按周", "recurring"],
  ["按半年", "recurring"],
  ["每月初", "recurring"],
  ["每年第一季度", "recurring"],
  ["每年上半年", "recurring"],
  ["每季度一次", "recurring"],
  ["半月一报", "recurring"],
  ["每半月", "recurring"],
  ["一月一调度", "recurring"],
  ["半年一总结", "recurring"],
  ["一季一督查", "recurring"],
  ["每个工作日", "recurring"],
  ["每工作日", "recurring"],
  ["每双月", "recurring"],
  ["每双周", "recurring"],
  ["每日", "recurring"],
  ["每周五", "recurring"],
  ["每月上旬", "recurring"],
  ["每年一季度末", "recurring"],
  ["每月调度", "recurring"],
  ["按季度调度", "recurring"],
  ["每年一次", "recurring"],
  ["2024年起每季度", "recurring"],
  ["定期", "vague"],
  ["定期更新", "vague"],
];

const ONGOING = [
  "长期",
  "长期坚持",
  "持续推进",
  "常态化",
  "常年",
  "全年",
  "全年持续",
  "长期开展",
  "常态化推进",
  "持续开展",
  "长期推进",
  "长期持续",
  "持续",
  "长期性工作",
  "常态长效",
  "持续性工作",
  "贯穿全年",
  "全年推进",
  "日常工作",
  "2024年起长期坚持",
  "年内持续推进",
  "2024年全年",
  "全年开展",
  "常态化开展",
  "长效推进",
  "常抓不懈",
  "坚持不懈",
  "持之以恒",
  "久久为功",
  "长期坚持，常抓不懈",
];

const VAGUE = [
  "及时",
  "按要求",
  "按上级要求",
  "按市里统一安排",
  "根据工作需要",
  "适时",
  "待定",
  "另行通知",
  "及时公开",
  "按上级部署",
  "根据上级要求",
  "尽快",
  "按照上级要求",
  "按省市要求",
  "根据上级安排",
  "视情况",
  "按文件要求",
  "按时间节点",
  "按进度",
  "限时完成",
  "即时",
  "随时",
  "第一时间",
  "按照要求",
  "按有关规定",
  "按省里时间节点完成",
  "按市统一安排完成",
  "动态更新",
  "实时更新",
  "按计划推进",
];

// Festivals: 春节 is lunar, a different day each year that the cell does not give; 国庆节 and 元旦
// are fixed but written for their holiday (judgement calls below), so none is a day a clerk checks.
const FESTIVALS = ["2025年春节前", "春节前", "国庆节前", "元旦前", "中秋节前", "五一前"];

// Two milestones in one cell: the latest is the deadline.
const MILESTONES: [first: string, second: string, date: string][] = [
  ["6月底前启动", "12月底前完成", "2024-12-31"],
  ["3月底前制定方案", "9月底前完成", "2024-09-30"],
  ["2024年6月底前完成试点", "2025年6月底前全面推开", "2025-06-30"],
  ["上半年启动", "年底前完成", "2024-12-31"],
  ["一季度完成方案", "三季度完成建设", "2024-09-30"],
  // a point with work going on after it: the point can be checked
  ["年底前完成", "常抓不懈", "2024-12-31"],
  ["6月底前建立机制", "长期坚持", "2024-06-30"],
];
const MILESTONE_JOINS = ["，", "；", "\n", " ", "。", ","];

// ---------------------------------------------------------------- the spellings

const FULL_WIDTH_DIGIT = (s: string) =>
  s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

const NUMERAL = "〇一二三四五六七八九";
/** 6 → 六, 12 → 十二, 30 → 三十, 25 → 二十五. */
function chineseNumber(n: number): string {
  if (n < 10) return NUMERAL[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? "" : NUMERAL[tens]}十${n % 10 ? NUMERAL[n % 10] : ""}`;
}
/** 2024年6月30日 → 二〇二四年六月三十日; null when a number stands before something else (2024.6.30). */
function chineseNumerals(s: string): string | null {
  const out = s
    .replace(/(\d{4})(?=年)/g, (y) =>
      [...y].map((d) => NUMERAL[Number(d)]).join(""),
    )
    .replace(/(\d{1,2})(?=[月日号])/g, (n) => chineseNumber(Number(n)));
  return /\d/.test(out) ? null : out;
}

// The traditional forms of the characters these phrases use.
const TRADITIONAL: Record<string, string> = {
  于: "於",
  长: "長",
  坚: "堅",
  续: "續",
  进: "進",
  态: "態",
  开: "開",
  时: "時",
  级: "級",
  统: "統",
  里: "裏",
  据: "據",
  适: "適",
  启: "啟",
  动: "動",
  节: "節",
  国: "國",
  报: "報",
  送: "送",
  试: "試",
  点: "點",
  面: "面",
  划: "劃",
  设: "設",
  制: "制",
  确: "確",
  务: "務",
  门: "門",
  决: "決",
  发: "發",
  实: "實",
  现: "現",
  阶: "階",
  应: "應",
  规: "規",
  论: "論",
  万: "萬",
  个: "個",
  内: "內",
  岁: "歲",
  须: "須",
  结: "結",
  汇: "匯",
  总: "總",
  审: "審",
  对: "對",
  层: "層",
  县: "縣",
  区: "區",
  乡: "鄉",
  镇: "鎮",
  执: "執",
  处: "處",
  议: "議",
  关: "關",
  传: "傳",
  达: "達",
  讯: "訊",
  通: "通",
  阳: "陽",
  华: "華",
  运: "運",
  转: "轉",
  经: "經",
  济: "濟",
  质: "質",
  优: "優",
};
const traditional = (s: string) =>
  [...s].map((c) => TRADITIONAL[c] ?? c).join("");

/** Spaces between the numbers and their units, as PDF extracts print them: 2024 年 6 月. */
const spaced = (s: string) =>
  s.replace(/(\d)(?=[年月日号])/g, "$1 ").replace(/([年月])(?=\d)/g, "$1 ");

const SPELLINGS: [name: string, spell: (s: string) => string | null][] = [
  ["as written", (s) => s],
  ["full-width digits", FULL_WIDTH_DIGIT],
  ["Chinese numerals", chineseNumerals],
  // the zero of the year typed as a circle (二○二四年), as plans often print it
  ["Chinese numerals, zero as ○", (s) => chineseNumerals(s)?.replace(/〇/g, "○") ?? null],
  ["traditional", traditional],
  ["spaces inside", spaced],
  ["closing 。", (s) => `${s}。`],
  ["closing ；", (s) => `${s}；`],
];

/** Every spelling of a phrase that differs from the others. */
function spellings(p: Phrase): Phrase[] {
  const seen = new Set<string>();
  const out: Phrase[] = [];
  for (const [name, spell] of SPELLINGS) {
    const text = spell(p.text);
    if (text === null || seen.has(text)) continue;
    seen.add(text);
    out.push({ ...p, kind: `${p.kind} / ${name}`, text });
  }
  return out;
}

// ---------------------------------------------------------------- the phrases

/** A point with a word around it, unless the word is already there (于6月底前完成 takes no 于). */
function wrapped(
  text: string,
  [before, after]: [string, string],
): string | null {
  if (before && text.startsWith(before.slice(-1))) return null;
  if (after && /(?:完成|前|之前)$/.test(text) && after.startsWith("前"))
    return null;
  if (after && /完成$/.test(text)) return null;
  return `${before}${text}${after}`;
}

function phrases(): Phrase[] {
  const base: Phrase[] = [];
  for (const [text, date] of POINTS) {
    for (const around of AROUND_POINT) {
      const w = wrapped(text, around);
      if (w !== null) base.push({ kind: "point", text: w, cls: "date", date });
    }
  }
  for (const [text, date] of RANGES)
    base.push({ kind: "range", text, cls: "date", date });
  for (const [first, second, date] of MILESTONES) {
    for (const join of MILESTONE_JOINS)
      base.push({
        kind: "milestones",
        text: `${first}${join}${second}`,
        cls: "date",
        date,
      });
  }
  for (const [text, cls] of RECURRING)
    base.push({ kind: "recurring", text, cls });
  for (const text of ONGOING)
    base.push({ kind: "ongoing", text, cls: "ongoing" });
  for (const text of VAGUE) base.push({ kind: "vague", text, cls: "vague" });
  for (const text of FESTIVALS)
    base.push({ kind: "festival", text, cls: "vague" });
  return base.flatMap(spellings);
}

// Phrases a clerk could read either way: the reader's reading (plan year 2024) and why it stays.
// They are kept out of the phrases above; the test below only keeps this list true to the reader,
// so that a change to any of them is made on purpose.
const JUDGEMENT_CALLS: [text: string, cls: DeadlineClass, date: string | null, why: string][] = [
  ["月报", "vague", null, "may name the channel (the monthly report the work goes into), not a period; deadline.test reads 统一月报 as vague"],
  ["季报", "vague", null, "as 月报"],
  ["月度", "vague", null, "mostly opens 月度计划 / 月度目标; alone it may or may not state a period"],
  ["年初", "vague", null, "no day: January, or the first quarter, as the plan's own usage has it"],
  ["2024年初", "vague", null, "as 年初"],
  ["月底前", "vague", null, "which month: the notice's own (as 在本月底以前, deadline.phrases) or every month"],
  ["季度末", "vague", null, "each quarter's end or the current one; with 每 or a number it is read"],
  ["国庆节前", "vague", null, "a fixed day (10月1日), but plans write festivals for their holiday week; kept with 春节前 and 十一前"],
  ["元旦前", "vague", null, "1 January of the plan year is past when the plan runs, the next year's is not written"],
  ["2025年春节前", "vague", null, "春节 is lunar: the cell gives no calendar day"],
  ["当日", "vague", null, "the day of an event the cell does not name"],
  ["3日内", "vague", null, "a count in 日 may be a day whose month is written elsewhere (deadline.test 15日内)"],
  ["汛期前", "date", "2024-05-31", "the flood season starts in June across most of the country (timewords/seasons); earlier in the south"],
  ["6月中上旬", "date", "2024-06-30", "parts out of their order; read as the month"],
  ["2024Q3", "vague", null, "Q with a year only after 年 (2024年Q3 is read); no plan seen writes it so"],
  ["6月第一周", "date", "2024-06-30", "a week of the month: the reader gives the month's end, a clerk may count the week's last day"],
  ["后年底", "date", "2024-12-31", "the year after next is rarely written, and 后年 also ends other words (以后年度): read as the plan year's end"],
];

it.each(JUDGEMENT_CALLS)("judgement call %j reads as %s %s: %s", (text, cls, date) => {
  const d = classifyDeadline(text, { planYear: PLAN_YEAR });
  expect([d.class, d.date]).toEqual([cls, date]);
});

/** The clerk's reading in a plan of the given year. A phrase writing its year (2024年, 24年) keeps
 * its day; one writing none falls in the plan year (6月底前 of a 2023 plan is 2023-06-30), and
 * without a plan year has no day (fixtures README: the class stays date). */
function clerkReading(
  p: Phrase,
  planYear: number | null,
): [DeadlineClass, string | null] {
  if (p.cls !== "date" || p.date === undefined) return [p.cls, null];
  const writesYear = /\d{2}年|\d{4}|[〇○一二三四五六七八九]{4}年/.test(
    p.text.replace(/[\uff10-\uff19]/g, "0").replace(/\s/g, ""),
  );
  if (writesYear) return ["date", p.date];
  if (planYear === null) return ["date", null];
  return [
    "date",
    `${Number(p.date.slice(0, 4)) + planYear - PLAN_YEAR}${p.date.slice(4)}`,
  ];
}

const ALL = phrases();

/** Each phrase read otherwise than the clerk reads it, as "text → reader's reading (clerk's)". */
export function misreadings(planYear: number | null, kind?: string): string[] {
  return ALL.filter(
    (p) => kind === undefined || p.kind.split(" / ")[0] === kind,
  ).flatMap((p) => {
    const d = classifyDeadline(p.text, { planYear });
    const want = clerkReading(p, planYear);
    return d.class === want[0] && d.date === want[1]
      ? []
      : [
          `${p.kind}: ${JSON.stringify(p.text)} → ${d.class} ${d.date} (clerk: ${want.join(" ")})`,
        ];
  });
}

const KINDS = [
  "point",
  "range",
  "milestones",
  "recurring",
  "ongoing",
  "vague",
  "festival",
];

describe.each([PLAN_YEAR, PLAN_YEAR - 1, null])(
  "deadline phrases a clerk writes (plan year %s)",
  (planYear) => {
    it.each(KINDS)("%s: every spelling reads as a clerk reads it", (kind) => {
      expect(misreadings(planYear, kind)).toEqual([]);
    });
  },
);

it("builds a few thousand phrases (3,595 when written)", () => {
  expect(ALL.length).toBeGreaterThan(3000);
});
