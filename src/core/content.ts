// What a column holds, read from its cells rather than its label: names of public bodies,
// deadline phrases, task numbers, task prose, or things that are never a unit or a deadline
// (persons, phone numbers, amounts, progress reports). A label never seen before then does not
// stop the read, and a person or phone column is never taken for the units.
import { classifyDeadline } from "./deadline";
import { isCountFromEvent } from "./timewords/periods";
import type { Grid } from "./grid";
import { endsLikeUnitName, normaliseText } from "./normalise";
import { isCatchAll, nameCoverage, parseUnits } from "./units";

export type CellKind = "seq" | "unit" | "deadline" | "prose" | "person" | "phone" | "amount" | "progress" | "other";

const SEQ = /^(?:\d{1,4}|[一二三四五六七八九十]{1,3})\s*[、.．]?$|^[(（]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]$/u;
const PHONE = /^(?:\(?0\d{2,3}\)?[-\s]?)?\d{7,8}$|^1[3-9]\d{9}$/u;
const AMOUNT = /^[-+]?\d[\d,]*(?:\.\d+)?\s*(?:%|％|万元|亿元|元|万|亿|个|项|人|户|家|公里|千米|米|平方米|亩|吨)?$/u;
// A year (2024) or a date or span of years written in digits (2019-06-30, 2024.6, 2022-2023) is a
// deadline, never a task number, an amount or a phone number (20222023 has a phone's 8 digits).
const WRITTEN_DATE = /^(?:19|20|21)\d{2}(?:年度?)?(?:[-—–~./至到](?:\d{1,2}|(?:19|20|21)\d{2})(?:年度?|月|日)?){0,2}$/u;
const PROGRESS = /已完成|已经完成|基本完成|正在|推进中|进行中|已启动|已开工|未完成|未启动|序时|超序时|滞后|已落实|已建成|完成率|完成投资|累计完成|进展顺利/u;
// Words a deadline cell uses though it names no date (及时公开, 长期坚持, 立行立改, 按上级要求).
const TIME_WORD =
  /及时|长期|持续|常态|定期|适时|随时|动态|每[年月周季日天]|年[底末内]|季度|[上下]半年|月[底末]|日前|前完成|之前|以前|立行立改|立即|马上|尽快|限期|待定|即[查知]即改|^(?:按|根据|按照).{0,8}(?:要求|部署|安排|时间节点|进度)(?:完成|执行|推进|落实)?$/u;
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

// 区城市管理局(区整违办): a name followed by its other name in brackets ends before them.
const TRAILING_ALIAS = /[（(][^（()）]+[)）]$/u;

// A full stop inside a cell ends a sentence; one closing it may close a cell of names too.
const SENTENCE_INSIDE = /。(?=.)/u;
/** Below this share of its characters taken by names and role words, a cell closed by 。 is a sentence. */
const NAMED_SENTENCE_SHARE = 0.6;

function isUnitCell(text: string): boolean {
  if (text.length > 120 || SENTENCE_INSIDE.test(text) || hasMilestoneClause(text)) return false;
  const { units } = parseUnits(text);
  if (units.length === 0) return false;
  // 省发展改革委牵头,各地、各部门配合。: a list of names a transcribed plan closes with a full stop.
  if (text.endsWith("。") && nameCoverage(text, units) < NAMED_SENTENCE_SHARE) return false;
  const named = units.filter((u) => {
    const name = u.name.replace(TRAILING_ALIAS, "");
    return u.generic || (namesBodyOrArea(name) && !VILLAGE_PLACE.test(name));
  }).length;
  return named >= Math.max(1, 0.6 * units.length);
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

/** Longer than this, a text whose only time is a word (持续提升…, 及时做好…) is a sentence of work. */
const TIME_WORD_REACH = 20;

export const CLAUSE_BREAK = /[，,；;。]/u;
/** Up to this length a cell may name its work before its time and still be a deadline (完成验收6月底前). */
const SHORT_TIME_CELL = 16;

// N月：…, 第一季度：…；第二季度：…: a month or quarter heading a cell names the period whose work the
// cell plans (a ledger's 月度工作计划, a 工作进度安排 step by quarter), not the date the task is due.
const PERIOD_HEADING = /^(?:\d{1,2}月份?|第?[一二三四1-4]季度|本月|本季度|[上下]半年)[：:]/u;

function isDeadlineCell(text: string): boolean {
  if (PERIOD_HEADING.test(text)) return false;
  if (text.length > 40) return isMilestoneSchedule(text);
  // 信息形成或变更之日起20个工作日内: one clause setting a limit counted from an event, however the
  // event is worded, is a deadline; a longer task merely mentions such a limit.
  if (isCountFromEvent(text) && !CLAUSE_BREAK.test(text.replace(/[。；;]$/u, ""))) return true;
  const d = classifyDeadline(text, { planYear: 2000 });
  // 新建城东幼儿园,6月底前开工: a task whose milestone sits inside its work, not a deadline cell.
  if (d.class === "date" || d.class === "recurring") return isTimeLed(text) || (text.length <= SHORT_TIME_CELL && !CLAUSE_BREAK.test(text.replace(/[。；;]$/u, "")));
  return text.length <= TIME_WORD_REACH && (d.class === "ongoing" || TIME_WORD.test(text));
}

/** The kind of one cell's text (already trimmed, non-empty). Order matters: a written year or date is a
 * deadline before it is a number, an amount or a phone, a progress report before it is prose. */
export function cellKind(raw: string): CellKind {
  const text = normaliseText(raw).trim();
  if (WRITTEN_DATE.test(text)) return "deadline";
  if (SEQ.test(text)) return "seq";
  if (PHONE.test(text.replace(/[-\s]/g, "")) && /\d{7}/.test(text.replace(/[-\s()（）]/g, ""))) return "phone";
  if (AMOUNT.test(text)) return "amount";
  if (PROGRESS.test(text)) return "progress";
  if (isDeadlineCell(text)) return "deadline";
  if (isPersonList(text)) return "person";
  if (isUnitCell(text)) return "unit";
  if (text.length >= 12 || /[，,；;。]/.test(text)) return "prose";
  return "other";
}

/** `filled`: the filled cells; `rows`: the rows they cover, a cell merged down over three rows
 * counting three (a unit cell shared by the tasks beside it speaks for each of them). */
export type ColumnContent = Record<CellKind, number> & { filled: number; rows: number };

/** How many rows are sampled: enough to see what a column holds, cheap on a 300k-row sheet. */
const SAMPLE_ROWS = 40;

/** The share of each kind among a column's filled cells, sampled from `first` on (own cells only,
 * so a merged cell counts once). */
export function columnContent(grid: Grid, col: number, first: number): ColumnContent {
  const counts: ColumnContent = { seq: 0, unit: 0, deadline: 0, prose: 0, person: 0, phone: 0, amount: 0, progress: 0, other: 0, filled: 0, rows: 0 };
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
    counts[cellKind(text)]++;
    counts.filled++;
    counts.rows += Math.min(grid.merge(r, col)?.bottom ?? r, end - 1) - r + 1;
  }
  return counts;
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

/** A column holding persons, phone numbers, amounts or progress reports: never a unit or a
 * deadline column, whatever its label says. */
export function holdsNoUnitOrDeadline(content: ColumnContent): boolean {
  return content.filled >= 2 && share(content, "person", "phone", "amount", "progress") >= 0.6;
}

// The opening verb of a programme slogan: an action morpheme and the result, direction or
// second action that completes it (提升, 改善, 推进, 加强, 完善, 防范), or an action a prefix
// qualifies (新建, 改扩建, 续建). Its object follows: 提升|教育质量, 新建|社区食堂.
const ACTION_MORPHEME = "提改推建实加增完优强扩开促营丰方防保打落深健整治规稳创培发构守夯补解办抓修扶美净亮畅护筑织助惠拓升引关做兴巩维";
const COMPLETING_MORPHEME = "升高善进动设施强快大展化全富便范障造实理治定立育建固足新广好优增扩解护亮绿美净畅通行援助持";
const VERB_OPENING = new RegExp(`^(?:[${ACTION_MORPHEME}][${COMPLETING_MORPHEME}]|[新改扩续迁][建增设]|改扩建)`, "u");
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
  return BARE_PHRASE.test(text) && VERB_OPENING.test(text) && !endsLikeUnitName(text);
}
