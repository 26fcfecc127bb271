// Stated periods: work due again every period (每月更新, 每年6月底前), or within a count of days
// after each event (收到申请后15个工作日内, 3个工作日, 一个月内). Neither is a calendar point; the
// points inside them (每年6月底前) are due every period, so they are taken out before points are read.

// 半月 (每半月, 按半月): half a month is a period as half a year is; a working day (每个工作日) is
// one as a day is.
const PERIOD = "(?:工作日|日|天|周|星期|旬|半个?月|月|季度|季|半年|年度|年)";
const COUNT = "(?:\\d+|[一二三四五六七八九十两]+)";
// A length of time counted without a calendar point (3天, 5个工作日, 3个月, 一年): 3月 is March and
// 2024年 a year, so months are counted with 个 and years in words only.
const COUNT_OF_TIME = `(?:${COUNT}个?(?:工作日|自然日|天|周|星期)|${COUNT}个半?月|半个月|[一二三四五六七八九十两]+年)`;
// What may close such a count: within it, and the work to be done in it (15个工作日内办结).
const WITHIN = "(?:内|以内|之内)?(?:完成|办结|答复|反馈|公开|整改|到位|落实|销号)*";
const PERIOD_POINT =
  "(?:的)?(?:第?[一二三四1-4]季度?)?(?:\\d{1,2}月份?)?(?:\\d{1,2}[日号])?" +
  "(?:年底|年末|年中|上半年|下半年|底|末|初|上旬|中旬|下旬|主?汛期?前)?";

// A stated period with what is attached to it (每年6月底前, 每月10日前, 每季度末). 按年度计划 /
// 按月安排 name a plan, not a period.
// A bracket right after the period lists its instances (每季度末(分别在6月、9月和12月底)).
const INSTANCES = "(?:[(（][^)）]{0,20}[)）])?";
// The year the periods fall in, written before them (2017年，每季度末; 年内每月底; 2017年(每季度末)):
// the span they repeat through, not a point due once at its end. A point of the year (年底前，每季度)
// is not a span and stays, nor is a count of years (三年内, 半年内).
const YEAR_SPAN_BEFORE = "(?:(?<!\\d)(?:19|20|21)\\d{2}年度?(?:内|全年)?|(?<![\\d半个几多一二三四五六七八九十两])年度?内|全年)[，,:：(（]?";
// 每两个月, 每2周, 每双月 (双: a pair): a period of several units is still a period. 次月5日前, 季后10日内: a day of the
// period after each one (a monthly report due on the 5th of the next month). 一月一次, 季度一报:
// a step once a period; with the count of periods written (一月一调度, 半年一总结, 一季一督查) any
// step is once a period, as 一…一… always shares one thing out per period.
// 一次性 (at one go) is a one-off, no step once a period: 6月一次性完成 is due in June.
const ONCE_A_PERIOD = "[一1](?!次性)";
const RECURRING = new RegExp(
  `(?:${YEAR_SPAN_BEFORE})?(?:每(?:${COUNT}|双)?|按|逐)个?${PERIOD}(?!计划|目标|任务|要求|安排|度计划|度目标|度任务)${PERIOD_POINT}${INSTANCES}` +
    `|次(?:月|季度?)${PERIOD_POINT}` +
    `|[一1每]?个?(?:周|月|季度?|半年|年)${ONCE_A_PERIOD}(?:次|报|更新|公开|通报)` +
    // (not 2024年1月一…, 第一季度一…: a month, a quarter; nor 1月1日, a day)
    `|(?<![\\d年第])(?:[一1每]个?|半)(?:周|旬|月|季度?|年)${ONCE_A_PERIOD}(?![日号月年])\\p{Script=Han}`,
  "gu",
);

// A count from an event (信息形成或变更之日起20个工作日内, 收到申请后15日内). Counted from a date
// (2019年起3年内) it is not per event. A count of working or whole days closing with 内 is counted
// from an event too when no date comes before it (文件发布3个工作日内, 7天内); 30日内 is not, it may
// end a range of days (6月1日至30日内).
const EVENT_START = "(?<!\\d[年月日号])(?:起|后|以后|之后)";
const AFTER_NAMED_EVENT = `${EVENT_START}(?:的)?${COUNT}个?(?:工作日|自然日|日|天|周|星期|月|年)(?:内|以内|之内)?`;
// 政务公开 catalogues also write the count first and its event in a bracket after it
// (20个工作日(自该政府信息形成或者变更之日起), 10个工作日(信息形成后)): the same count from each
// event. Only a bracket that ends on the event's start counts (20个工作日(暂定) names none), and not
// one from a date (20个工作日(自2023年1月1日起)). Before the bracket a count reads as in a bare
// count, with 7日 too (7日内(自批准之日起)), unless a month is before it (6月7日).
const EVENT_IN_BRACKET_AFTER = `(?<![\\d年月至到])(?:${COUNT_OF_TIME}|${COUNT}日)${WITHIN}[(（][^()（）]{1,30}?${EVENT_START}(?:计算|起算|算)?[)）]`;
const NAMED_EVENT = `${AFTER_NAMED_EVENT}|${EVENT_IN_BRACKET_AFTER}`;
const EVENT_PERIOD = new RegExp(`${NAMED_EVENT}|(?<![\\d年月])${COUNT}个?(?:工作日|自然日|天)(?:内|以内|之内)`, "gu");
const NAMED_EVENT_PERIOD = new RegExp(NAMED_EVENT, "u");

// Published with each document it goes with (解读材料与政策文件同步公开, 与政策文件同时公开发布,
// 同步起草、同步审批、同步发布): due again with every such document, as a count from it is.
const ALONGSIDE_EVENT = /(?:同步|同时|一并|随同)(?:予以|对外|主动)?(?:公开|发布|公布|印发|上网|推送)/u;

// A clause that is nothing but a count (3天, 5个工作日, 15个工作日办结, 3个月内完成整改, 一年内): it names no
// event to count from, so the column says what it counts from (see bareCountFrom).
// 最迟不超过3个工作日, 不迟于5日: the same count, written as an upper bound.
const BARE_COUNT = new RegExp(`^(?:最迟|最长|最多|不超过|不迟于)*${COUNT_OF_TIME}${WITHIN}$`, "u");
// Labels of a column whose every item counts its own time (公开时限: each item is published within
// 20 working days of being made; 办结时限, 处置时限: each application or case is settled within 15).
const PER_ITEM_LABEL = /公开|办理|办结|答复|受理|审批|反馈|处理|处置/u;

// A count from a one-off step of a higher level (省出台文件后2个月完成) waits on someone else's
// timetable, like 按省里时间节点完成: nobody can check it on a calendar.
const UPSTREAM_EVENT = /(?:省|国家|中央|上级|国务院)[^，,；;]{0,6}?(?:出台|下发|部署|下达|明确)[^，,；;]{0,8}?(?:起|后|以后|之后)/u;

/** Work due again every period: 每月更新, 按季度公开, 每年6月底前, 一季度一通报. */
export function isRecurring(text: string): boolean {
  return text.search(RECURRING) >= 0;
}

/** A count of days from an event it names or implies: 收到申请后15个工作日内, 文件发布3个工作日内, 7天内. */
export function isCountFromEvent(text: string): boolean {
  return text.search(EVENT_PERIOD) >= 0;
}

/** Published together with each document it goes with: 与政策文件同步公开, 同时公开发布. */
export function isAlongsideEvent(text: string): boolean {
  return ALONGSIDE_EVENT.test(text);
}

/** A clause that is nothing but a count of time: 3天, 5个工作日, 15个工作日办结, 3个月内完成整改, 一年内. */
export function isBareCount(text: string): boolean {
  return BARE_COUNT.test(text);
}

/**
 * What a bare count in a deadline column counts from. Under a label of a time each item keeps
 * (公开时限, 办结时限), or beside cells that name the event they count from (自收到申请材料起5个
 * 工作日内, 与政策文件同步公开), it counts from each item's own event and is due again for every item: "event".
 * Elsewhere (整改时限, 完成时限) the plan gives its tasks the count once, from its own issue:
 * "plan", a day the sheet does not hold.
 */
export function bareCountFrom(label: string, cells: Iterable<string>): "event" | "plan" {
  if (PER_ITEM_LABEL.test(label)) return "event";
  for (const cell of cells) if ((NAMED_EVENT_PERIOD.test(cell) || ALONGSIDE_EVENT.test(cell)) && !UPSTREAM_EVENT.test(cell)) return "event";
  return "plan";
}

/** A count from a one-off step of a higher level: 省出台文件后2个月完成, 上级部署后1个月内. */
export function waitsOnHigherLevel(text: string): boolean {
  return isCountFromEvent(text) && UPSTREAM_EVENT.test(text);
}

/** The text with every stated period cut out, so that what remains are points due once. */
export function withoutPeriods(text: string): string {
  return text.replace(RECURRING, "|").replace(EVENT_PERIOD, "|").replace(BARE_COUNT, "|");
}
