// What a column holds, read from its cells rather than its label: names of public bodies,
// deadline phrases, task numbers, task prose, or things that are never a unit or a deadline
// (persons, phone numbers, amounts, units of measure, progress reports). A label never seen
// before then does not stop the read, and a person or phone column is never taken for the units.
import { classifyDeadline } from "./deadline";
import { isCountFromEvent } from "./timewords/periods";
import type { Grid } from "./grid";
import { LEVEL_CHARACTERS } from "./levels";
import { isUnitOfMeasure } from "./measures";
import { memo } from "./memo";
import { endsLikeUnitName, normaliseText, opensWithAction } from "./normalise";
import { isCatchAll, nameCoverage, namesRole, parseUnits, saysWhomBodiesSend } from "./units";

export type CellKind = "seq" | "unit" | "deadline" | "prose" | "person" | "phone" | "amount" | "measure" | "progress" | "other";

const SEQ = /^(?:\d{1,4}|[一二三四五六七八九十]{1,3})\s*[、.．]?$|^[(（]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]$/u;
const PHONE = /^(?:\(?0\d{2,3}\)?[-\s]?)?\d{7,8}$|^1[3-9]\d{9}$/u;
// 监督电话：, 联系电话, 举报电话, 手机: the label a 监督方式 or 联系方式 cell may give its number.
const PHONE_LABEL = /^(?:\p{Script=Han}{0,4}电话|手机)[:：]?\s*/u;
// What a figure counts or measures (4个, 300户, 705万元, 28%).
const MEASURE = "(?:%|％|万元|亿元|元|万|亿|个|项|人|户|家|公里|千米|米|平方米|亩|吨)";
const AMOUNT = new RegExp(`^[-+]?\\d[\\d,]*(?:\\.\\d+)?\\s*${MEASURE}?$`, "u");
// 全年新签约过亿元项目4个以上, 全年完成改厕300户: a figure to reach over a span named by a word — a
// target, not a time (3个月内, 5个工作日 count a span: no figure to reach).
const TARGET_FIGURE = new RegExp(`\\d[\\d,]*(?:\\.\\d+)?\\s*${MEASURE}(?![月日天年周季]|小时|工作日|星期)`, "u");
// A year (2024) or a date or span of years written in digits (2019-06-30, 2024.6, 2022-2023) is a
// deadline, never a task number, an amount or a phone number (20222023 has a phone's 8 digits).
const WRITTEN_DATE = /^(?:19|20|21)\d{2}(?:年度?)?(?:[-—–~./至到](?:\d{1,2}|(?:19|20|21)\d{2})(?:年度?|月|日)?){0,2}$/u;
// Where the work stands: done, under way, late (已基本完工, 正加快推进 — 正 alone opens names: 正定县).
const PROGRESS = /已完成|已经完成|基本完成|正在|推进中|进行中|已启动|已开工|未完成|未启动|序时|超序时|滞后|已落实|已建成|完成率|完成投资|累计完成|进展顺利|已(?:基本|全部|部分)?(?:完工|竣工|交付)|正(?:加快|抓紧|全力|有序)推进/gu;
// Words a deadline cell uses though it names no date (及时公开, 长期坚持, 立行立改, 按上级要求, and
// 根据监管需要确定: a time to be set as the work requires).
const TIME_WORD =
  /及时|长期|持续|常态|定期|适时|随时|动态|每[年月周季日天]|年[底末内]|季度|[上下]半年|月[底末]|日前|前完成|之前|以前|立行立改|立即|马上|尽快|限期|待定|即[查知]即改|^(?:按|根据|按照).{0,8}(?:要求|部署|安排|时间节点|进度)(?:完成|执行|推进|落实)?$|(?:^|[，,])(?:根据|按照|视).{1,12}(?:确定|而定)$/u;
// A title or post (局长, 副县长, 主任) or a person's name of two or three characters.
const POST = /(?:[长任员记师]|主任|书记|委员|干部|专员|联络员|经办人)$/u;
const PERSON_NAME = /^\p{Script=Han}{2,3}$/u;
// A place named with its level (洋县, 蒲城县, 韩城市, 楚雄州, 渭南高新区): a county, city or district
// named where a body is looked for is its government, as a target split among counties names them.
const AREA_NAME = /^\p{Script=Han}+[省市州盟县旗区]$/u;

/** A name ending like a public body's (县财政局, 城关镇) or an area's, which stands for its government. */
function namesBodyOrArea(name: string): boolean {
  return endsLikeUnitName(name) || AREA_NAME.test(name);
}

// 王伟（副县长）: a person followed by the post they hold, in brackets.
const POST_IN_BRACKETS = /[（(]([^（()）]{1,8})[)）]$/u;

function isPersonList(text: string): boolean {
  const items = text
    .split(/[、，,；;\s/]+/u)
    .filter(Boolean)
    .map((t) => {
      const post = POST_IN_BRACKETS.exec(t);
      return post && POST.test(post[1]) ? t.slice(0, post.index) : t;
    });
  return (
    items.length > 0 &&
    items.every((t) => (PERSON_NAME.test(t) && !namesBodyOrArea(t) && !isCatchAll(t)) || (t.length <= 6 && POST.test(t)))
  );
}

// 领导, 负责人, 委员, 组成人员, 代表, 主任, 乡镇长: a person named by the office held or the body sat in.
const OFFICE_HOLDER = /(?:领导|负责人|负责同志|责任人|委员|常委|代表|人员|成员|干部|主任|书记|[省市州县区乡镇局站所科处]长)$/u;
// 全体, 各, 有关, 主要, 分管: how many or which of the holders, not whose office.
const HOLDER_SCOPE = /^(?:全体|各|有关|相关|部分)|(?:全体|各|有关|相关|主要|分管|部分)$/gu;

/**
 * 县委、县政府领导, 县级有关部门(单位)负责人, 全体县政协委员, 县政协常委会组成人员, 分管领导: people
 * named by office — a holder noun after the bodies they hold it in (shared by a list: 县委、县政府|领导),
 * or after a scope word alone. A cell most of whose clauses name so (the attendees of a meeting) names
 * people, not the bodies that do the task, though every clause names a body. A holder the bodies
 * send (交通局各安排1名副局长, a staffing column's) is their staff: the clause names those bodies.
 */
function namesPeopleByOffice(text: string): boolean {
  const clauses = text.replace(/[。；;]$/u, "").split(/[，,；;。\s]+/u).filter(Boolean);
  const holders = clauses.filter((clause) => {
    const holder = OFFICE_HOLDER.exec(clause);
    if (!holder || saysWhomBodiesSend(clause)) return false;
    const bodies = clause.slice(0, holder.index).replace(HOLDER_SCOPE, "");
    return bodies === "" || parseUnits(bodies).units.length > 0;
  }).length;
  return holders * 2 > clauses.length;
}

/** A clause after the first that opens with a time and names no body (…中心,年内建成主体框架): the
 * milestone of a task, so the cell is its prose, however its first clause ends. */
function hasMilestoneClause(text: string): boolean {
  return text
    .split(CLAUSE_BREAK)
    .slice(1)
    .some((clause) => clause.trim() !== "" && isTimeLed(clause) && parseUnits(clause).units.length === 0);
}

// A village or community named bare (苗儿村, 香山乡米粮川村, 北溪社区) is where the work is done: a
// village that does the work is named as a body (…村委会, …居委会).
const VILLAGE_PLACE = /(?:村|社区|嘎查)$/u;

// 城关镇, 新华街道, 洋县, 苗儿村: a place named bare, by the level it is, with no body after it.
const PLACE_ALONE = new RegExp(`^\\p{Script=Han}+(?:[${LEVEL_CHARACTERS}]|街道|社区|嘎查)$`, "u");

/** 洋县, 城关镇、柏树镇: every name in the cell a place named bare, none a body (县交通局) nor a
 * catch-all (各区): where the work is done, unless a label asks for units (a place there stands for
 * its government). */
export function namesPlacesAlone(text: string): boolean {
  const { units } = parseUnits(text);
  return units.length > 0 && units.every((u) => !u.generic && PLACE_ALONE.test(u.name));
}

// 某食品加工股份有限公司, 某机械有限公司, 某水产养殖加工厂, 某种植专业合作社: a firm's name closes on the
// form it trades in; a public body's (城关分局, 县市场监管局, 城关派出所, 执法中队, 城关镇) on its office.
const FIRM_END = /(?:公司|集团|厂|合作社|商行|超市|酒店|宾馆|饭店|门市部)$/u;

/** 某机械有限公司、某加工厂: every name in the cell a firm's, none a public body's nor a catch-all. */
export function namesFirmsAlone(text: string): boolean {
  const { units } = parseUnits(text);
  return units.length > 0 && units.every((u) => !u.generic && FIRM_END.test(u.name));
}

// 区城市管理局(区整违办): a name followed by its other name in brackets ends before them.
const TRAILING_ALIAS = /[（(][^（()）]+[)）]$/u;

// 消防署及所属, 各部门及其下属: the bodies under the one named before, named by pointing back to it.
const SUBORDINATES_OF_PREVIOUS = /^其?(?:所属|下属|直属)$/u;

/**
 * 盘龙区政府主要领导, 市住建局局长、市城管局局长, 呈贡县政府、市财政局主要领导 (the last post covering the
 * list): bodies named with the post of who answers in them, read as the reader reads a unit cell,
 * the post dropped. Under a label naming units (责任单位及责任人) the column gives those bodies; under
 * any other (与会) such a cell names the people in them. A post of its own (县政府分管副县长) or a
 * person (王强) names no body.
 */
function namesBodiesByTheirPosts(text: string): boolean {
  const { units } = parseUnits(text);
  return units.length > 0 && units.every((u) => (namesBodyOrArea(u.name.replace(TRAILING_ALIAS, "")) || isCatchAll(u.name)) && !VILLAGE_PLACE.test(u.name));
}

/**
 * 分管副省长、协管副秘书长负责,省科技厅牵头。明确牵头部门的,其他有关部门配合,不逐一列出,下同: names
 * and their roles, then a remark on how the roles are read that names no body of its own (others
 * are catch-alls): a unit cell whose first sentence is the names.
 */
function namesThenRoleRemark(text: string): boolean {
  const end = text.indexOf("。");
  const rest = text.slice(end + 1);
  return namesRole(rest) && parseUnits(rest).units.every((u) => u.generic || !namesBodyOrArea(u.name)) && isUnitCell(text.slice(0, end));
}

// A full stop inside a cell ends a sentence; one closing it may close a cell of names too.
const SENTENCE_INSIDE = /。(?=.)/u;
/** Below this share of its characters taken by names and role words, a cell closed by 。 is a sentence. */
const NAMED_SENTENCE_SHARE = 0.6;

function isUnitCell(text: string): boolean {
  if (text.length > 120 || hasMilestoneClause(text)) return false;
  if (SENTENCE_INSIDE.test(text)) return namesThenRoleRemark(text);
  const { units, work = [] } = parseUnits(text);
  if (units.length === 0) return false;
  // 省发展改革委牵头,各地、各部门配合。: a list of names a transcribed plan closes with a full stop.
  if (text.endsWith("。") && nameCoverage(text, units) < NAMED_SENTENCE_SHARE) return false;
  const namesBody = (u: (typeof units)[number]) => {
    const name = u.name.replace(TRAILING_ALIAS, "");
    return u.generic || (namesBodyOrArea(name) && !VILLAGE_PLACE.test(name));
  };
  const named = units.filter((u, i) => (i > 0 && SUBORDINATES_OF_PREVIOUS.test(u.name) ? namesBody(units[i - 1]) : namesBody(u))).length;
  // (A piece read as work, 建设城乡居民文化活动, names no body: it counts against the cell.)
  return named >= Math.max(1, 0.6 * (units.length + work.length));
}

// Where a schedule cell breaks into milestones: sentences, numbered items (①, 1.), commas.
const MILESTONE_BREAK = /[。；;，,\n]|[①-⑳]|(?<![\d.])\d{1,2}[.、](?!\d)/u;
/** How far into a clause its time may stand and still lead it (2024年6月底前 is 10 characters). */
const LEADING_REACH = 10;

// A day that tells what was done on it, not when something is due: 10月9日督查发现…, 经10月11日
// “回头看”…, 2月20日下午,暗访组在…暗访发现…, as an inspection notice tells each problem it
// found. A day something is due by (4月8日前写出…督查工作总结) stays a time due.
const PAST_EVENT =
  /^[^，,。；;]*?[\d一二三四五六七八九十]日(?![前内])[^。；;]{0,16}?(?:检查|复查|复核|抽查|督查|督导|巡查|暗访|核查|回访|发现|查出|回头看)/u;

/** A clause that opens with when it is due: 6月底前完成方案, 2月上旬前, 每季度完成监测 — read with
 * the rest of its sentence (`context`), where a day's clause says what was done on it. */
function isTimeLed(clause: string, context = clause): boolean {
  if (PAST_EVENT.test(context.trim())) return false;
  const lead = classifyDeadline(clause.trim().slice(0, LEADING_REACH), { planYear: 2000 });
  return lead.class === "date" || lead.class === "recurring";
}

const SENTENCE_BREAK = /[。；;\n]|[①-⑳]/u;

/**
 * A 进度安排 / 推进计划 cell written as prose milestones ("6月底前完成方案，9月底前完成建设，12月底前
 * 验收"): at least two clauses, and most of its sentences, open with a time. Such a cell is a
 * deadline however long it is; task prose that merely mentions a date opens with its work.
 */
export function isMilestoneSchedule(text: string): boolean {
  const sentences = text.split(SENTENCE_BREAK).filter((c) => c.trim());
  const led = sentences
    .flatMap((sentence) => sentence.split(MILESTONE_BREAK).map((clause, i, clauses) => ({ clause, rest: clauses.slice(i).join("，") })))
    .filter(({ clause, rest }) => clause.trim() !== "" && isTimeLed(clause, rest)).length;
  return led >= 2 && led * 2 >= sentences.length;
}

/**
 * 6月底前，新河家具、双星二期等项目开工: a step of a timetable — its time in a clause of its own, then
 * the work done by then, as a news report lays out a year's projects. A time alone (6月底前), a task
 * dated in one clause (6月底前完成方案) or a run of dated milestones names no step beside its time.
 */
export function isTimedStep(text: string): boolean {
  const [time, ...work] = text.split(CLAUSE_BREAK);
  return isTimeLed(time, text) && work.some((clause) => clause.trim() !== "" && !isTimeLed(clause));
}

/**
 * 三亚路和凤凰路一期工程11月底前具备通车条件;大连路西延工程12月底前取得阶段性成效;…: sentences each
 * naming a work and the date it is due by, in their first clause. Task prose opens with its work and
 * dates at most some of its sentences.
 */
function datesEveryWork(text: string): boolean {
  const sentences = text.split(SENTENCE_BREAK).filter((s) => s.trim());
  return (
    sentences.length >= 2 &&
    sentences.every((s) => !PAST_EVENT.test(s.trim()) && classifyDeadline(s.split(CLAUSE_BREAK)[0], { planYear: 2000 }).class === "date")
  );
}

// 10月20日前, 2021年10月底, 10月19日至10月24日, 11月上旬, 第三季度, 年底前完成: a cell made of calendar
// words alone, the time a row is due by and no work beside it (10月20日前，成立领导小组 names its work).
const TIME_ALONE = /^[\d〇一二三四五六七八九十年月日号底末初上中下旬第季度半前以之内至到~—–./-]+(?:完成|截止|止)?$/u;

/** Whether a cell holds a time and nothing else: a row's own time, not a step of work dated in its text. */
export function isTimeAlone(raw: string): boolean {
  return TIME_ALONE.test(normaliseText(raw).replace(/\s+/gu, ""));
}

// 3-4月：…, 11月：…, 3月—12月：…, 9月上旬：…, 第一季度：…, 全年：…, 每月 …: a step of a department's
// 任务分解/时序进度 schedule or a 工作安排 list opening with its time, set off from the work by a colon (full
// or half width) or a space. The opening phrase is calendar words alone (a month or span of months, a
// part of one, a quarter or half of the year, 全年, 每月), so a sentence opening with a colon (要求：…)
// or a numbered heading (2.1 …, 一、) names no time.
const TIME_CHARACTERS = "(?:[每全常次]|[\\d０-９〇一二三四五六七八九十年月份日号底末初上中下旬第季度半周天前以之内至到~～—–－.-])+";
const STEP_TIME = new RegExp(`^\\s*(${TIME_CHARACTERS})\\s*(?:[：:]\\s*|\\s+)(?=\\S)`, "u");
// In a column already found to hold such steps, a cell's opening time is read more freely, as a clerk
// reading down the schedule does: several times listed (5月、10月：, 4月~6月/9月~11月：), a comma after it
// (全年，逐月…) or nothing (4月初启动…, 3~6月加强…, 9到12月后续派遣). One cell alone shows no schedule.
const SCHEDULED_STEP_TIME = new RegExp(`^\\s*(${TIME_CHARACTERS}(?:[、/／]${TIME_CHARACTERS})*)\\s*[：:，,]?\\s*(?=\\S)`, "u");
// A calendar word the phrase must hold: digits alone (2.1, 1) number a heading.
const CALENDAR_WORD = /[年月日号季旬底末初周天]/u;
// 完成, 全面完成, 截止: a completion word alone after a time is a deadline written with a space, no work.
const COMPLETION_ALONE = /^(?:全面|全部|基本|初步)?(?:完成|建成|竣工|投用|到位|办结|截止|止)[。.]?$/u;

/** A step cell read as its opening time and the work after it, or null when the cell opens with no
 * time phrase the deadline grammar reads as a date, a recurrence or ongoing work. */
export function stepOpeningTime(raw: string): { time: string; work: string } | null {
  return openingTime(raw, STEP_TIME);
}

/** The same, of a cell in a column already found to hold such steps (SCHEDULED_STEP_TIME). */
export function scheduledStepTime(raw: string): { time: string; work: string } | null {
  return openingTime(raw, SCHEDULED_STEP_TIME);
}

function openingTime(raw: string, opens: RegExp): { time: string; work: string } | null {
  const opening = opens.exec(raw);
  if (!opening || !CALENDAR_WORD.test(opening[1])) return null;
  const read = classifyDeadline(opening[1], { planYear: 2000 }).class;
  if (read !== "date" && read !== "recurring" && read !== "ongoing") return null;
  return { time: opening[1], work: raw.slice(opening[0].length).trim() };
}

/** What a step cell's deadline is read from: its opening time (3-4月), or the whole cell where the work
 * goes on to further dated steps (3-4月：完成申报；5月：组织评审), the task being due by the last; empty
 * when the cell opens with no time. */
export function stepDeadlineText(raw: string): string {
  const step = scheduledStepTime(raw);
  return step === null ? "" : isMilestoneSchedule(raw) ? raw.trim() : step.time;
}

// What follows a step's time is work: prose, or a short phrase (验收, 签约 read as a name's length) —
// no time, progress reported (3月：已完成申报), body, figure or phone.
const STEP_WORK: CellKind[] = ["prose", "other", "person"];

/** The time a cell opens with when it is a step of work opening with its time (3-4月：协助教务处完成中高职
 * 申报 → 3-4月), else null: not a time written with a space before a completion word (2024年6月底前 完成),
 * a day's event told (3月5日：督查发现…) nor a run of dated milestones (3月：制定方案；6月：完成建设), a
 * deadline cell by itself. */
export function timeOpeningStep(raw: string): string | null {
  const step = stepOpeningTime(raw);
  const isStep =
    step !== null &&
    !COMPLETION_ALONE.test(step.work) &&
    !PAST_EVENT.test(raw.trim()) &&
    STEP_WORK.includes(cellKind(step.work)) &&
    !isMilestoneSchedule(raw);
  return isStep ? step.time : null;
}

/** Longer than this, a text whose only time is a word (持续提升…, 及时做好…) is a sentence of work. */
const TIME_WORD_REACH = 20;

export const CLAUSE_BREAK = /[，,；;。]/u;
/** Up to this length a cell may name its work before its time and still be a deadline (完成验收6月底前). */
const SHORT_TIME_CELL = 16;

// N月：…, 第一季度：…: a month or quarter heading a cell names the period whose work the cell plans (a
// ledger's 月度工作计划), not the date the task is due — unless its headings run through the year (below).
const PERIOD_HEADING = /^(?:\d{1,2}月份?|第?[一二三四1-4]季度|本月|本季度|[上下]半年)[：:]/u;

// A period heading anywhere in a cell (…；第四季度(11月份)：…), with the period it names.
const PERIOD_HEADINGS = /(?:^|[。；;，,\s])(?:第?(?<quarter>[一二三四1-4])季度|(?<month>\d{1,2})月份?|(?<half>[上下])半年)(?:[（(][^（()）]{0,8}[)）])?[：:]/gu;

/**
 * A cell headed period by period up to the year's last (第一季度：…；…第四季度：…, 上半年：…；下半年：…) lays out
 * the whole year's steps of its task, the last closing it: the task's schedule. A cell under one period's
 * heading only (3月：…) plans that period's work.
 */
export function schedulesTheYear(text: string): boolean {
  const periods = [...text.matchAll(PERIOD_HEADINGS)].map((m) => m.groups ?? {});
  const last = ({ quarter, month, half }: Record<string, string | undefined>) => quarter === "四" || quarter === "4" || month === "12" || half === "下";
  return periods.length >= 2 && periods.some(last);
}

// 主动公开信息内容发生变化的,: the case a rule applies to, opening its sentence.
const RULE_CASE = /^[^，,。；;]+的[，,]/u;
// 法律、法规对更新期限另有规定的,从其规定: a sentence qualifying the limit the one before sets.
const NAMES_LIMIT = /期限|时限/u;

/**
 * 信息形成或变更之日起20个工作日内: one clause setting a limit counted from an event, however the
 * event is worded, is a deadline; so is a rule that sets one (…发生变化的,应当自…之日起20个工作日内
 * 予以调整), with the sentences after it qualifying the limit. A longer task merely mentions one.
 */
function setsLimitFromEvent(text: string): boolean {
  const [first = "", ...rest] = text.split(/[。；;]/u).filter((s) => s.trim());
  const limit = first.trim().replace(RULE_CASE, "");
  return isCountFromEvent(limit) && !CLAUSE_BREAK.test(limit) && rest.every((s) => NAMES_LIMIT.test(s));
}

function isDeadlineCell(text: string): boolean {
  if (PERIOD_HEADING.test(text)) return schedulesTheYear(text);
  if (setsLimitFromEvent(text)) return true;
  if (text.length > 40) return isMilestoneSchedule(text) || datesEveryWork(text);
  const d = classifyDeadline(text, { planYear: 2000 });
  // 新建城东幼儿园,6月底前开工: a task whose milestone sits inside its work, not a deadline cell.
  if (d.class === "date" || d.class === "recurring") return isTimeLed(text) || (text.length <= SHORT_TIME_CELL && !CLAUSE_BREAK.test(text.replace(/[。；;]$/u, "")));
  return text.length <= TIME_WORD_REACH && (d.class === "ongoing" || TIME_WORD.test(text)) && !TARGET_FIGURE.test(text);
}

/**
 * 推进中, 正在推进, 已完成60%: where the work stands. A status word whose last character opens the kind
 * word closing a body's name (市重大项目推进|中心, 县产业推进|中心) is inside that name, not a report.
 */
function reportsProgress(text: string): boolean {
  return [...text.matchAll(PROGRESS)].some((m) => !opensBodyKind(text.slice(m.index + m[0].length - 1)));
}

/** Whether `text` opens with a kind word of two characters closing a body's name (中心, 公司, 单位):
 * its first character belongs to that word, not to the one before. */
function opensBodyKind(text: string): boolean {
  return endsLikeUnitName(text.slice(0, 2)) && !endsLikeUnitName(text.slice(1, 2));
}

// 辖区内集中式供水单位, 开展放射诊疗工作的医疗卫生机构: the places or businesses a piece of work is
// done to, named by where they are or what they do — the sites of an inspection, not who inspects.
// Only a cell that ends on the kind of site is one: 开展…的专项行动, 辖区内各学校开展自查 are tasks.
const SITES_OF_WORK = /^(?:本?辖区内|开展[^，,。；;、]{1,24}的)[^，,。；;]*(?:机构|单位|企业|场所)等?$/u;

/** The kind of one cell's text (already trimmed, non-empty). Order matters: a written year or date is a
 * deadline before it is a number, an amount or a phone, a progress report before it is prose. */
export function cellKind(raw: string): CellKind {
  const text = normaliseText(raw).trim();
  if (WRITTEN_DATE.test(text)) return "deadline";
  if (SEQ.test(text)) return "seq";
  const number = text.replace(PHONE_LABEL, "");
  if (PHONE.test(number.replace(/[-—–\s]/g, "")) && /\d{7}/.test(number.replace(/[-—–\s()（）]/g, ""))) return "phone";
  if (AMOUNT.test(text)) return "amount";
  if (reportsProgress(text)) return "progress";
  if (isDeadlineCell(text)) return "deadline";
  // (万元, 公里 and 小时 have a person's two characters; 所 closes a body's name)
  if (isUnitOfMeasure(text)) return "measure";
  if (isPersonList(text) || namesPeopleByOffice(text)) return "person";
  if (SITES_OF_WORK.test(text)) return "other";
  if (isUnitCell(text)) return "unit";
  if (text.length >= 12 || /[，,；;。]/.test(text)) return "prose";
  return "other";
}

/** `filled`: the filled cells; `rows`: the rows they cover, a cell merged down over three rows
 * counting three (a unit cell shared by the tasks beside it speaks for each of them);
 * `bodiesByPost`: the person cells naming bodies by the post answering in them (盘龙区政府主要领导). */
export type ColumnContent = Record<CellKind, number> & { filled: number; rows: number; bodiesByPost: number };

/** How many rows are sampled: enough to see what a column holds, cheap on a 300k-row sheet. */
const SAMPLE_ROWS = 40;

/** Each grid's cells as cellKind reads them, by text. Finding a table samples the same cells for
 * several questions (the columns' roles, then whether the sheet lists contacts only), and a column
 * repeats its texts (6月底前, 各有关部门), each costing a reading as a date, as names, as persons.
 * Kept with the grid, which each reading of a sheet makes afresh: nothing outlives that reading. */
const kindsRead = new WeakMap<Grid, (text: string) => CellKind>();

function cellKindIn(grid: Grid): (text: string) => CellKind {
  let read = kindsRead.get(grid);
  if (!read) kindsRead.set(grid, (read = memo(cellKind)));
  return read;
}

/** The share of each kind among a column's filled cells, sampled from `first` on (own cells only,
 * so a merged cell counts once), each cell read by `kindOf` (cellKind unless a label says more). */
export function columnContent(grid: Grid, col: number, first: number, kindOf: (text: string) => CellKind = cellKindIn(grid)): ColumnContent {
  const counts: ColumnContent = { seq: 0, unit: 0, deadline: 0, prose: 0, person: 0, phone: 0, amount: 0, measure: 0, progress: 0, other: 0, filled: 0, rows: 0, bodiesByPost: 0 };
  const end = Math.min(grid.rowEnd, first + SAMPLE_ROWS);
  for (let r = first; r < end; r++) {
    const value = grid.raw(r, col);
    if (typeof value === "number" && grid.isDate(r, col)) {
      counts.deadline++;
      counts.filled++;
      counts.rows++;
      continue;
    }
    const text = grid.ownText(r, col).trim();
    if (!text) continue;
    const kind = kindOf(text);
    counts[kind]++;
    if (kind === "person" && namesBodiesByTheirPosts(text)) counts.bodiesByPost++;
    counts.filled++;
    counts.rows += Math.min(grid.merge(r, col)?.bottom ?? r, end - 1) - r + 1;
  }
  return counts;
}

/** A column's content as read under a label naming units (责任单位及责任人): its cells naming bodies by the
 * post answering in them (盘龙区政府主要领导) name those bodies, as a clerk reads them. */
export function underUnitLabel(content: ColumnContent): ColumnContent {
  return { ...content, person: content.person - content.bodiesByPost, unit: content.unit + content.bodiesByPost };
}

/** The share of a column's filled cells (sampled from `first` on) that name a date or a period
 * (2024年6月底, 3月-12月, 2026.01.01-2026.12.31), not a frequency or a routine (每年1次, 日常). */
export function datedShare(grid: Grid, col: number, first: number): number {
  let filled = 0;
  let dated = 0;
  const end = Math.min(grid.rowEnd, first + SAMPLE_ROWS);
  for (let r = first; r < end; r++) {
    const value = grid.raw(r, col);
    const isDate = typeof value === "number" && grid.isDate(r, col);
    const text = isDate ? "" : grid.ownText(r, col).trim();
    if (!isDate && !text) continue;
    filled++;
    if (isDate || classifyDeadline(text, { planYear: 2000 }).class === "date") dated++;
  }
  return filled === 0 ? 0 : dated / filled;
}

/** The share of filled cells of a kind (0 for an empty column). */
export function share(content: ColumnContent, ...kinds: CellKind[]): number {
  if (content.filled === 0) return 0;
  return kinds.reduce((n, k) => n + content[k], 0) / content.filled;
}

/** A column holding persons, phone numbers, amounts, units of measure or progress reports: never a
 * unit or a deadline column, whatever its label says — in a one-task sheet, its one cell (完成时间
 * over 2个); in an indicator table, the 单位 or 计量单位 of each target (岁, ‰, 1/10万, %). */
export function holdsNoUnitOrDeadline(content: ColumnContent): boolean {
  return content.filled >= 1 && share(content, "person", "phone", "amount", "measure", "progress") >= 0.6;
}

const ITEM_EDGE = /^["“‘「]+|["”’」]*[、，,；;。]?["”’」]*$/gu;
/** Han characters only: a slogan has no figure, unit of measure, date or clause break. */
const BARE_PHRASE = /^\p{Script=Han}{5,16}$/u;

/**
 * A short verb-object phrase naming one item of a programme (增进养老服务水平, 改进基层医疗条件):
 * a verb opening and its object, nothing else — not a sentence, a body's name, a date or a figure.
 */
export function isVerbObjectPhrase(raw: string): boolean {
  // An item cut out of a printed run (“增进养老服务水平、…”) keeps its quote or separator.
  const text = normaliseText(raw).trim().replace(ITEM_EDGE, "");
  return BARE_PHRASE.test(text) && opensWithAction(text) && !endsLikeUnitName(text);
}
