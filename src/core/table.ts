// Finding the table on a sheet: the header block by its labels, the role of every column, and
// which rows below are tasks, category rows, repeated headers or closing notes.
import { columnIndex } from "./address";
import {
  roleOfLabel,
  isTimeLikeLabel,
  namesAssessor,
  namesBodiesByKindAlone,
  namesBodiesWorkedOn,
  namesDueTime,
  namesFrequency,
  namesLevelOfBodies,
  namesLevelsAlone,
  namesNextSteps,
  namesPlaceAttribute,
  namesReport,
  namesSiteOrObjectOfWork,
  namesSteps,
  type ColumnRole,
} from "./columns";
import {
  CLAUSE_BREAK,
  cellKind,
  columnContent,
  datedShare,
  holdsNoUnitOrDeadline,
  isMilestoneSchedule,
  isTimeAlone,
  isTimedStep,
  isVerbObjectPhrase,
  namesFirmsAlone,
  namesPlacesAlone,
  share,
  timeOpeningStep,
  underUnitLabel,
  type CellKind,
  type ColumnContent,
} from "./content";
import { dayColumnsDatedBy } from "./daycolumns";
import type { Grid } from "./grid";
import { lazily } from "./lazily";
import { ANY_LEVEL } from "./levels";
import { opensWithCount } from "./measures";
import { memo } from "./memo";
import {
  BODY_SUFFIX_CHARS,
  compactLabel,
  isNameWithItsPlace,
  normaliseText,
  NOT_A_NOUN_IN_JU,
  OPENS_WITH_PLACE_NAME,
  opensWithAction,
  toHalfWidth,
  toSimplified,
} from "./normalise";
import { closesTaskWithUnits, namesBodiesInLabelledClauses } from "./outside";
import { dateReadingForm } from "./planyear";
import { isCatchAll, parseUnits } from "./units";
import { COLUMN_ROLES, type ColumnRoleId, type Config } from "./schema";

/** How many rows from the top are searched for a header. */
const HEADER_SEARCH_ROWS = 60;
/** A header label is short; longer text is a title or prose, never a label. */
const MAX_LABEL_LENGTH = 16;

// 公开渠道和载体(“■”表示必选项,“口”表示可选项), 完成时限(以文件印发之日起计算), 责任单位(排在第一位的为
// 牵头单位): a clerk reads such a label as its head word and, in brackets after it, a note on how to
// fill or read the column. However long the note, the label is as short as its head.
const TRAILING_NOTE = /\s*[(（][^()（）]*[)）]$/u;

/** A label's text without a trailing bracketed note, which header checks measure and match. The note
 * stays in the cell for the reader (read.ts takes 排第一位的为牵头单位 from the header text itself). */
function labelHead(text: string): string {
  const note = TRAILING_NOTE.exec(text);
  // A cell that is all bracket ((此表由各单位每月5日前报送)) has no head: it is no label.
  return note && note.index > 0 ? text.slice(0, note.index) : text;
}

/** Roles read over several columns: 栏目 levels, requirement text a source split in two, and
 * several responsible columns (责任单位 | 业主单位). */
type ListRole = "category" | "requirement" | "units";
/** 0-based column indexes of each role (COLUMN_ROLES). */
export type ColumnRoles = { [K in Exclude<ColumnRoleId, ListRole>]?: number } & { [K in ListRole]: number[] };

export type BodyRowKind = "task" | "category" | "note" | "skipped";

/** Why a row under the header is not a task: a closing line (合计, 制表日期, 填表人, 联系电话), a row
 * the sheet hides, a task struck through (withdrawn), or more text of the task above
 * (continuation: its text belongs to that task's requirement). */
export type SkipReason = "footer" | "hidden" | "withdrawn" | "continuation";

export interface BodyRow {
  row: number;
  kind: BodyRowKind;
  reason?: SkipReason;
}

export interface TableLayout {
  /** 0-based rows of the header block. */
  headerRows: number[];
  columns: ColumnRoles;
  /** Table columns, left to right (0-based). */
  span: { left: number; right: number };
  body: BodyRow[];
  /** Text above the header (title, notice), top to bottom. */
  above: string[];
  /** The columns marking a week's calendar's days (星期一 over (2016-09-26)), whose date holds for
   * every row down to the next day (daycolumns.ts); none in other plans. */
  days: number[];
}

// 责任单位：区住建局 — a field filled in (a label, a colon, its value), never a column label.
const FILLED_FIELD = /[:：]\s*\S/u;

/** Whether a cell's text is a field filled in. A colon in a label's note (责任单位(注：排在第一位的为
 * 牵头单位), 完成时限(说明：…)) opens the note's own words, not the label's value. */
function fillsField(text: string): boolean {
  return FILLED_FIELD.test(labelHead(text.trim()));
}

/** The compacted label a header cell's text gives, "" when it is none. A short bracket after a
 * head (责任部门(单位), 乡镇(街道), 完成率(%)) is read with it; a note making the label long is left
 * out. */
function headerLabel(text: string): string {
  const label = compactLabel(text);
  const head = labelHead(label);
  if (head.length > MAX_LABEL_LENGTH || fillsField(text)) return "";
  return label.length <= MAX_LABEL_LENGTH ? label : head;
}

function labelAt(grid: Grid, row: number, col: number): string {
  return headerLabel(grid.text(row, col));
}

function rolesOfRow(grid: Grid, row: number): (ColumnRole | null)[] {
  const roles: (ColumnRole | null)[] = [];
  for (let c = 0; c < grid.colEnd; c++) roles.push(roleOfLabel(labelAt(grid, row, c)));
  return roles;
}

function isHeaderRow(roles: (ColumnRole | null)[]): boolean {
  const has = new Set(roles.filter((r): r is ColumnRole => r !== null && r !== "ignored"));
  const responsible = has.has("units") || has.has("lead");
  const others = ["seq", "category", "requirement", "deadline"].filter((r) => has.has(r as ColumnRole)).length;
  return responsible && others >= 1;
}

/** Labels of two or more columns, none of tasks (单位 | 联系人 | 联系电话): under the tasks, the
 * header of another table (whom to call), whose rows are none of the plan's. */
function headsAnotherTable(grid: Grid, row: number): boolean {
  // Whether every cell is a label is told first: a row of tasks fails at its first cell, where the
  // roles of all its cells would read every one (otherTableStart asks of each row it searches).
  if (!isLabelRow(grid, row)) return false;
  const roles = rolesOfRow(grid, row).filter((r) => r !== null);
  return roles.length >= 2 && !roles.includes("requirement") && !roles.includes("category");
}

/**
 * Every non-empty cell of the row is a header label (used for a second header row). A category
 * row just under the header (一、年底前专项工作任务, merged across the table) is not one.
 */
function isLabelRow(grid: Grid, row: number): boolean {
  let labels = 0;
  for (let c = 0; c < grid.colEnd; c++) {
    const own = grid.ownText(row, c).trim();
    if (!own) continue;
    if (LEVEL_MARKER.test(own) || !roleOfLabel(labelAt(grid, row, c))) return false;
    const m = grid.merge(row, c);
    if (m && m.right - m.left >= 2) return false;
    labels++;
  }
  return labels > 0;
}

/**
 * A row of short labels each right under a header cell spread over several columns (一季度 | 二季度
 * under 2024年进度, 计划 | 完成 under 一季度): one more header row, though no label names a role.
 * Short items further down (公租房承租资格确认 under 一级事项 | 二级事项) are rows of the table.
 */
function isSubLabelRow(grid: Grid, row: number, headerTop: number): boolean {
  let labels = 0;
  // The labels above spread only by blanks after them (their merges lost) that this row sits under.
  const unmerged = new Set<number>();
  for (let c = 0; c < grid.colEnd; c++) {
    const own = grid.ownText(row, c).trim();
    if (!own) continue;
    if (labelHead(own).length > MAX_LABEL_LENGTH || LEVEL_MARKER.test(own) || SEQ_NUMBER.test(own) || ATTACHMENT_LINE.test(own)) return false;
    if (wrappedLabel(grid, row, c) !== undefined) {
      labels++;
      continue;
    }
    let underSpread = false;
    for (let h = headerTop; h < row && !underSpread; h++) {
      const m = grid.merge(h, c);
      underSpread = m !== undefined && m.right > m.left && m.bottom === row - 1;
    }
    if (!underSpread) {
      const label = unmergedSpreadOver(grid, row - 1, c);
      if (label === undefined) return false;
      unmerged.add(label);
    }
    labels++;
  }
  // One label with a blank after it may as well be a label over one column beside a column the
  // header left unlabelled, the row under them data; several, each over a group of this row's
  // short words, are labels spread as a catalogue's are (公开对象, 公开方式, 公开层级).
  return labels > 0 && unmerged.size !== 1;
}

/** The most characters the last line of a label wrapped in a narrow cell holds (体 of 公开主体). */
const WRAPPED_LABEL_END = 2;

/**
 * 公开主 over 体, 责任单 over 位: a label wrapped in its narrow cell, its last characters on a line of
 * their own, that a table pasted from a PDF splits into two header rows (no merge kept). A clerk
 * joins the pieces. The joined label when the cell at `row`, `col` ends one: a piece of one or two
 * characters under one that names no role (a label cut short, not a group label over sub-labels as
 * 公开方式 over 主动 is), neither merged, the two together a label naming a role.
 */
function wrappedLabel(grid: Grid, row: number, col: number): string | undefined {
  const end = compactLabel(grid.ownText(row, col));
  if (!end || end.length > WRAPPED_LABEL_END || row === 0 || grid.merge(row, col) || grid.merge(row - 1, col)) return undefined;
  const start = labelAt(grid, row - 1, col);
  if (!start || roleOfLabel(start)) return undefined;
  const joined = compactLabel(start + end);
  return roleOfLabel(joined) ? joined : undefined;
}

/**
 * 公开对象 | (blank) over 全社会 | 特定群体: a label spread over the columns after it whose merge a copy
 * lost (a table pasted from a PDF keeps the text, not the merges) stands in the first of them, the
 * rest of its row left blank. The column of the label spread so over column `col` of `row` (the
 * label itself, with a blank cell after it, or a blank right of it), if any.
 */
function unmergedSpreadOver(grid: Grid, row: number, col: number): number | undefined {
  const blank = (c: number) => c < grid.colEnd && !grid.text(row, c).trim() && !grid.merge(row, c);
  let label = col;
  while (label >= 0 && blank(label)) label--;
  return label >= 0 && !grid.merge(row, label) && blank(label + 1) ? label : undefined;
}

/**
 * A column of bare numbers under no 序号 label (the first sub-column of 工作任务, or a column
 * with an empty header) is the numbering.
 */
function findUnlabelledSeq(grid: Grid, firstBodyRow: number, candidates: number[]): number | undefined {
  const end = Math.min(grid.rowEnd, firstBodyRow + 100);
  for (const c of candidates) {
    let numbers = 0;
    let filled = 0;
    const digits: number[] = [];
    for (let r = firstBodyRow; r < end; r++) {
      const t = grid.ownText(r, c).trim();
      if (!t) continue;
      filled++;
      if (SEQ_NUMBER.test(t) || BRACKETED_NUMBER.test(t)) numbers++;
      if (/^\d+/.test(t)) digits.push(parseInt(t, 10));
    }
    // A sheet of one task shows its number once.
    if (numbers >= Math.min(2, filled) && numbers > 0 && numbers >= 0.8 * filled && countsUp(digits)) return c;
  }
  return undefined;
}

/** Numbers that number rows go up one at a time, or start again at 1 in a new section; a column
 * of figures (64 | 38 | 100, a 完成% column) does not. */
function countsUp(numbers: number[]): boolean {
  let steps = 0;
  for (let i = 1; i < numbers.length; i++) if (numbers[i] === numbers[i - 1] + 1 || numbers[i] === 1) steps++;
  return numbers.length < 2 || steps >= 0.8 * (numbers.length - 1);
}

/** Roles whose labelled columns are weighed by their content (all but the task text columns). */
type WeighedRole = Exclude<ColumnRoleId, "category" | "requirement">;

const PERIOD_LABEL = /^(?:第?[一二三四1-4]季度|[上下]半年|\d{1,2}月份?)$/u;

/** Roles from the header labels alone (the lowest header row is the most specific: 一级栏目 under
 * 栏目设置), every column a label gives a single role listed in order; columns whose label names
 * no role are listed apart, with their compacted label. `labelOf`: every column's label, the lowest
 * header row's that is not blank. */
function labelRoles(grid: Grid, headerRows: number[], labels: HeaderLabels) {
  const roles: ColumnRoles = { category: [], requirement: [], units: [] };
  const labelOf: string[] = [];
  const candidates = new Map<WeighedRole, number[]>();
  const unknown: { col: number; label: string }[] = [];
  /** Task columns after the first under one label spread over them (测评内容分类编号 over three). */
  const underSpreadTaskLabel: number[] = [];
  /** Columns whose label names a kind never checked (进展情况, 公开方式). */
  const ignored: number[] = [];
  for (let c = 0; c < grid.colEnd; c++) {
    let role: ColumnRole | null = null;
    let label = "";
    for (let i = headerRows.length - 1; i >= 0 && !role; i--) {
      const own = labels(headerRows[i], c);
      label ||= own;
      role = roleOfLabel(own);
      if ((role === "category" || role === "requirement") && (grid.merge(headerRows[i], c)?.left ?? c) < c) underSpreadTaskLabel.push(c);
      // 开工时间 under 时间节点: when a task starts, not its deadline; its cells decide, after the rest.
      // 检查时间 under 责任分工: a time names no unit, whatever the group over it; its cells decide.
      if (!role && (START_LABEL.test(own) || isTimeLikeLabel(own))) break;
    }
    // 进度安排 over 一季度 | 二季度 …: each sub-column is one period's step of a schedule, so the
    // label over them gives none of them the deadline.
    if (role === "deadline" && PERIOD_LABEL.test(label)) role = null;
    labelOf[c] = label;
    if (!role) unknown.push({ col: c, label });
    if (role === "ignored") ignored.push(c);
    if (!role || role === "ignored") continue;
    if (role === "category" || role === "requirement") roles[role].push(c);
    else candidates.set(role, [...(candidates.get(role) ?? []), c]);
  }
  // 目标任务 | 执行措施 | 工作进展 | 后续举措: the next steps a progress sheet reports are what comes after
  // the task, never its text, while a column labelled for the task itself is there.
  const taskColumns = [...roles.category, ...roles.requirement];
  const nextSteps = taskColumns.filter((c) => namesNextSteps(labelOf[c]));
  if (nextSteps.length < taskColumns.length) {
    roles.category = roles.category.filter((c) => !nextSteps.includes(c));
    roles.requirement = roles.requirement.filter((c) => !nextSteps.includes(c));
    ignored.push(...nextSteps);
  }
  return { roles, candidates, unknown, underSpreadTaskLabel, ignored, labelOf };
}

/** Of the columns labelled responsible (责任单位, 业主单位, 其他责任单位), every one whose cells name
 * units: a clerk reads each as responsible for the task. A 单位 column of measures (万元, 个)
 * beside them names none, nor does a 评分部门 (who scores the task); with no column left, the
 * first is still the responsible one. */
function responsibleColumns(usable: number[], content: (c: number) => ColumnContent, label: (c: number) => string): number[] {
  // 职责边界 over 县级部门 | 乡镇(街道): a column labelled by a level of bodies whose cells say what that
  // level does, in sentences, names no unit at all; its cells overrule its label.
  const candidates = usable.filter((c) => !(namesLevelOfBodies(label(c)) && share(content(c), "prose") >= CONTENT_SHARE));
  if (candidates.length <= 1) return candidates;
  // One cell tells too little to weigh shares, but a sentence in it is still no list of names
  // beside a column that names the body.
  const naming = candidates.filter((c) => !namesAssessor(label(c)) && (content(c).filled < 2 ? share(content(c), "prose") < CONTENT_SHARE : share(content(c), "unit") >= 0.2));
  return naming.length ? naming : candidates.slice(0, 1);
}

/** Whether a column role gives the units a task falls to (责任单位, 牵头单位, 配合单位). */
function givesUnits(role: ColumnRole | null): boolean {
  return role === "units" || role === "lead" || role === "co";
}

const START_LABEL = /(?:开始|开工|启动|起始)(?:时间|日期)/;

// 2020年, 2020年全年, 2021年度: a year written out, the time a cell says the work is done in.
const NAMES_YEAR = /(?:19|20)\d{2}年/u;

/** Below this share of its cells, a column's content does not name its role. */
const CONTENT_SHARE = 0.6;

/**
 * Roles of the columns whose label names none, from what their cells hold: the units, the
 * deadline (a lower bar under a time-like label such as 考核时间) and the task text, each only
 * when no label named it. A labelled unit or deadline column holding persons, phones, amounts or
 * progress reports loses that role.
 */
function contentRoles(
  grid: Grid,
  headerRows: number[],
  roles: ColumnRoles,
  candidates: Map<WeighedRole, number[]>,
  unknown: { col: number; label: string }[],
  underSpreadTaskLabel: number[],
  labels: HeaderLabels,
  splitAmong: () => number | undefined,
): void {
  const firstBody = headerRows[headerRows.length - 1] + 1;
  // 市地 | 已办件数 over 哈尔滨 | 188: the places a split of figures is among are its units, bare names as they are.
  const readsPlaces = (c: number) => namesLevelsAlone(labels(firstBody - 1, c)) && splitAmong() === c;
  const contents = new Map<number, ColumnContent>();
  const content = (c: number) => {
    let found = contents.get(c);
    if (!found) contents.set(c, (found = columnContent(grid, c, firstBody, readsPlaces(c) ? placeUnderLevels : undefined)));
    return found;
  };
  const label = (c: number) => labels(firstBody - 1, c);
  // Of several columns a label gives one role (单位 beside 责任部门, where 单位 holds %), the first
  // whose cells fit the role; persons, phones, amounts and progress never fit units or deadline.
  for (const [role, cols] of candidates) {
    const kind = role === "deadline" ? "deadline" : "unit";
    const unitRole = givesUnits(role);
    const checked = unitRole || role === "deadline";
    // 责任单位及责任人 over 盘龙区政府主要领导: under a label naming units, bodies named with their post are the units.
    const held = unitRole ? (c: number) => underUnitLabel(content(c)) : content;
    const itemColumns = unitRole ? cols.filter((c) => namesItemsNotBodies(grid, c, firstBody, held(c))) : [];
    // 领办 over 下荒村路灯损坏修复项目: the items taken on are the tasks, whatever the label.
    if (itemColumns.length && roles.category.length === 0) roles.category.push(itemColumns[0]);
    const usable = checked ? cols.filter((c) => !holdsNoUnitOrDeadline(held(c)) && !itemColumns.includes(c)) : cols;
    // 时间 (3月5日-02, a problem's number) | 整改期限: the column whose label says by when comes first.
    if (role === "deadline") usable.sort((a, b) => +namesDueTime(labels(firstBody - 1, b)) - +namesDueTime(labels(firstBody - 1, a)));
    const fitting = checked && usable.length > 1 ? usable.find((c) => held(c).filled < 2 || share(held(c), kind) >= 0.2) : undefined;
    if (role === "units") roles.units = responsibleColumns(usable, held, label);
    else roles[role] = fitting ?? usable[0];
  }
  // 责任片区 | 序号 | 使用单位 over 城关分局 | 1 | 某机械有限公司: of the columns naming bodies, one naming
  // those the work is done to is its object while another names who does it (see setAsideBodiesWorkedOn);
  // set aside before the unlabelled columns are weighed, so that one of public bodies (片区 over 城关分局)
  // may give the units.
  const firms = (c: number) => mostly(grid, c, firstBody, namesFirmsAlone);
  // 项目业主 over 单位名称 | 项目负责人: a label over the bodies' names may say their part in the work.
  const byKindAlone = (c: number) =>
    namesBodiesByKindAlone(label(c)) && headerRows.every((h) => !givesUnits(roleOfLabel(labels(h, c))) || namesBodiesByKindAlone(labels(h, c)));
  const workedOn = roles.units.filter((c) => namesBodiesWorkedOn(label(c)) || (byKindAlone(c) && firms(c)));
  roles.units = roles.units.filter((c) => !workedOn.includes(c));
  // 计划开工时间 | 计划竣工时间: the time a task starts is no deadline while another time column is left.
  const startsLast = [...unknown].sort((a, b) => +START_LABEL.test(a.label) - +START_LABEL.test(b.label));
  // A sheet of one task shows each column's content in one cell (a heading over it, alone on its
  // line, is no second task); a longer one needs two rows to tell, which one cell merged down over
  // two tasks gives.
  const least = Math.min(2, Math.max(1, rowsOfSeveralTexts(grid, firstBody)));
  // (a time-like label's column merged down over the rows shows its content in one cell; one labelled
  // a report on the work, 工作进展 or 下步计划, dates what was done or comes next, however it reads)
  // (a column of steps each opening with its time, 3-4月：协助…, holds the tasks as well: see holdsTimeHeadedSteps)
  const readsAsDeadline = ({ col, label }: { col: number; label: string }) =>
    !namesReport(label) &&
    content(col).rows >= (isTimeLikeLabel(label) ? 1 : least) &&
    !holdsNoUnitOrDeadline(content(col)) &&
    share(content(col), "deadline") >= (isTimeLikeLabel(label) ? 0.5 : CONTENT_SHARE) &&
    !holdsTimeHeadedSteps(grid, col, firstBody);
  // 工作任务 spread over the item, its measures and 6月底前 | 2024年9月底前: a task label spread over
  // several columns names them together, not each; one under it whose cells are times alone (no
  // work dated in its text: 6月底前完成方案 is the task) is weighed for the deadline as an
  // unlabelled column is.
  const timesUnderTaskLabel = underSpreadTaskLabel
    .filter((col) => mostly(grid, col, firstBody, isTimeAlone))
    .map((col) => ({ col, label: labels(firstBody - 1, col) }));
  const deadline = roles.deadline === undefined ? firstDatedDeadline(
    [...startsLast, ...timesUnderTaskLabel].filter(readsAsDeadline),
    (c) => datedShare(grid, c, firstBody),
    (c) => mostly(grid, c, firstBody, (text) => NAMES_YEAR.test(text)),
    (c) => holdsStages(content(c)),
    (c) => mostly(grid, c, firstBody, isTimeAlone),
  ) : undefined;
  /** A column under a spread task label found to give another role is no task text. */
  const leaveTasks = (col: number) => {
    roles.category = roles.category.filter((c) => c !== col);
    roles.requirement = roles.requirement.filter((c) => c !== col);
  };
  if (deadline !== undefined) {
    roles.deadline = deadline;
    leaveTasks(deadline);
  }
  // 省份 | 所在地 | 水源地名称 | 整治措施: places under a label saying where each row's object lies
  // (省份, 所属区县; levels alone, 县区, beside a column of the objects' names) are no units while the
  // rows carry text of their own. In a split of figures among places (乡镇 | 指标) they are the units.
  const namesObjects = [...roles.category, ...roles.requirement].some((c) => NAMES_OBJECT.test(labels(firstBody - 1, c)));
  const carriesText = lazily(() => allColumns(grid).some((c) => holdsTaskNames(content(c), 1)));
  // 镇街 | 示范村名称 | 金额: the towns a split gives its villages and sums to are its units, the villages no objects they locate.
  const locatesObject = (col: number, label: string) =>
    (namesPlaceAttribute(label) || (namesObjects && namesLevelsAlone(label) && splitAmong() !== col)) && carriesText();
  /** The units column found by its cells, if any. */
  let unitsByContent = -2;
  for (const { col, label } of startsLast) {
    const held = content(col);
    if (col === deadline || held.rows < least || holdsNoUnitOrDeadline(held) || isTimeLikeLabel(label) || locatesObject(col, label)) continue;
    // Beside a 牵头 column, a column of names under a label naming no role is the units the plan
    // gives besides the lead (主办 | 承办), as a 责任单位 column there would be.
    if (roles.units.length === 0 && share(held, "unit") >= CONTENT_SHARE) roles.units.push((unitsByContent = col));
    // Columns of names side by side under labels naming none: the second co-operates with the
    // first (which then leads), the order 牵头 | 配合 every 分工 table keeps; a third is responsible too.
    else if (col === unitsByContent + 1 && roles.lead === undefined && share(held, "unit") >= CONTENT_SHARE) {
      if (roles.co === undefined) roles.co = col;
      else roles.units.push(col);
      unitsByContent = col;
    }
    else if (roles.requirement.length === 0 && share(held, "prose") >= CONTENT_SHARE && mostly(grid, col, firstBody, maySayTask)) roles.requirement.push(col);
  }
  setAsideBodiesWorkedOn(roles, workedOn, (c) => namesBodiesWorkedOn(label(c)), (c) => share(content(c), "unit") >= CONTENT_SHARE && !firms(c));
  // 测评内容分类编号 spread over the item, the material asked for and who provides it: a task label
  // spread over several columns names them together, not each. With no column labelled for units,
  // one under it whose cells list public bodies (市委宣传部、市委党校、各区) is the units, as one of
  // deadline phrases under a spread 工作安排 is the deadline. Places alone (洋县, 城关镇) there are what
  // each row is about, persons who answer for it: no units.
  if (roles.units.length === 0 && roles.lead === undefined && roles.co === undefined) {
    const units = underSpreadTaskLabel.find((c) => {
      const held = content(c);
      return held.rows >= least && share(held, "unit") >= CONTENT_SHARE && !mostly(grid, c, firstBody, namesPlacesAlone);
    });
    if (units !== undefined) {
      roles.units.push(units);
      leaveTasks(units);
    }
  }
}

/**
 * Of the unit columns set aside as naming bodies the work may be done to (`workedOn`), those that
 * stay aside, and the rest given back to the units. A label naming the bodies worked on (使用单位,
 * 被检查单位) gives way to any column left answering for the work (责任片区, 检查单位, 牵头单位); a
 * column of firms under a label naming bodies by kind alone (单位名称 over 某机械有限公司) to one of
 * public bodies (城关分局, 县市场监管局): the bureau inspects, serves or helps the firms, as a clerk
 * reads it — a state group leading its builders (牵头单位 县交投集团) leaves them the work. A label
 * naming a part in the work (责任单位, 建设单位, 项目单位) is never set aside, whatever its cells
 * (县城投公司 builds the project). A 配合 column answers for no work but helps whoever does: beside it,
 * or with no column left answering, the bodies set aside are those who do the work (被检查单位 of a
 * hazard notice, alone, answers for its hazards).
 */
function setAsideBodiesWorkedOn(roles: ColumnRoles, workedOn: number[], labelledWorkedOn: (c: number) => boolean, publicBodies: (c: number) => boolean): void {
  const answering = [...roles.units, roles.lead].filter((c): c is number => c !== undefined);
  const staysAside = (c: number) => (labelledWorkedOn(c) ? answering.length > 0 : answering.some(publicBodies));
  roles.units = [...roles.units, ...workedOn.filter((c) => !staysAside(c))].sort((a, b) => a - b);
}

// 水源地名称, 项目名称: a label over the names of what each row is about.
const NAMES_OBJECT = /名称$/u;

/** How many rows from `first` on (sampled) show text in two or more columns: rows of the table,
 * not the headings or notes alone on their lines. */
function rowsOfSeveralTexts(grid: Grid, first: number): number {
  let rows = 0;
  const end = Math.min(grid.rowEnd, first + FILLED_SAMPLE_ROWS);
  // A cell merged down shows its text in every row it covers; one merged across shows one text.
  const shows = (r: number, c: number) => grid.text(r, c).trim() !== "" && (grid.merge(r, c)?.left ?? c) === c;
  for (let r = first; r < end; r++) if (allColumns(grid).filter((c) => shows(r, c)).length >= 2) rows++;
  return rows;
}

/**
 * A column whose cells are each merged down over two rows or more on the whole (准备阶段(10月19日至
 * 10月24日) over the steps of that stage): the stages of a timetable, one cell a group of rows.
 */
function holdsStages(held: ColumnContent): boolean {
  return held.filled > 0 && held.rows >= 2 * held.filled;
}

/**
 * Of the columns whose cells read as deadlines (by content, or under a time-like label), the one
 * that is: a column of dates or periods (起止时间 3月-12月, 任务日期 2026.01.01-2026.12.31) before a
 * frequency or a routine (抽查比例及频次 每年1次, 检查类型 日常) — a frequency or a type is no
 * deadline while a column of dates is there — and among dated ones a time-like label first. A
 * column labelled a frequency (抽查周期 每月一次) also gives way to one labelled a time or naming
 * years (实施日期 2020年全年): the time says when the checks are done, the frequency how often.
 * A dated column of stages (工作阶段 over 准备阶段(10月19日至10月24日) merged down) gives way to a
 * dated column giving each row a time alone (10月20日前, unlabelled under 工作安排 spread over the
 * step and its time): the stage's span bounds its steps, each step is due by its own time. A column
 * of steps each dated in its text (10月20日前，成立领导小组) is the work, and leaves the stage its time.
 */
function firstDatedDeadline(
  candidates: { col: number; label: string }[],
  dated: (col: number) => number,
  namesYears: (col: number) => boolean,
  staged: (col: number) => boolean,
  timesAlone: (col: number) => boolean,
): number | undefined {
  const saysWhen = candidates.filter(({ col, label }) => isTimeLikeLabel(label) || namesYears(col));
  const givesWay = (col: number, label: string) => namesFrequency(label) && saysWhen.some((other) => other.col !== col);
  const rowsTimed = candidates.some(({ col }) => dated(col) >= 0.5 && !staged(col) && timesAlone(col));
  const datedRank = (col: number, label: string) => (rowsTimed && staged(col) ? 2 : 0) + (isTimeLikeLabel(label) ? 0 : 1);
  const ranks = candidates.map(({ col, label }): number => (dated(col) >= 0.5 ? datedRank(col, label) : givesWay(col, label) ? 5 : 4));
  const best = ranks.indexOf(Math.min(...ranks));
  return candidates[best]?.col;
}

// 主要责任单位, 主责部门, 主要: the column a plan marks as the main one of its responsible columns;
// 其他责任单位, 次要责任单位: a column a plan marks as not the main one, so that the first is.
const MAIN_COLUMN = /^(?:主要|主责)/u;
const OTHER_COLUMN = /^(?:其他|其它|次要)/u;

/** The label over a column, as the header row `row` gives it. */
type HeaderLabels = (row: number, col: number) => string;

/** The kinds of cell a column of each checked role holds. */
const KINDS_OF_ROLE: Partial<Record<ColumnRole, CellKind[]>> = {
  seq: ["seq"],
  units: ["unit"],
  lead: ["unit"],
  co: ["unit"],
  deadline: ["deadline"],
  category: ["prose", "other"],
  requirement: ["prose", "other"],
};

/** Whether what a column holds is what its label names: 1 when it is, -1 when the column holds
 * something else (so does any label but a number's over a column of task numbers), 0 for an empty
 * column or a label naming no checked role. */
function labelFit(label: string, held: ColumnContent): number {
  if (!label || held.filled === 0) return 0;
  const role = roleOfLabel(label);
  const kinds = role && KINDS_OF_ROLE[role];
  if (kinds) return share(held, ...kinds) >= CONTENT_SHARE ? 1 : -1;
  return share(held, "seq") >= CONTENT_SHARE ? -1 : 0;
}

/** The labels over column `col`, one a header row, where the table reads them. */
export function labelsOver(grid: Grid, headerRows: number[], col: number): string[] {
  const labels = headerLabels(grid, headerRows);
  return headerRows.map((r) => labels(r, col));
}

/**
 * 工作任务 | 责任单位 | 完成时限 | (blank) over 1 | 完善… | 县住建局 | 6月底前: a header stored one label
 * short (a page dropped the blank label over the numbers) puts every label one column left of the
 * cells it names. When the sheet's last column has no label and the labels fit the cells better one
 * column right (a label over the cells it names counts for, one over cells of another kind against:
 * 检查事项 over 1, 2, 3), they are read there. The columns after the last filled one may be blank
 * under their labels (备注), so it is the sheet's last column that lacks a label, not the last filled one.
 */
function headerLabels(grid: Grid, headerRows: number[]): HeaderLabels {
  // A lower header row ending a label wrapped over it gives the joined label (体 under 公开主: 公开主体).
  const asStored: HeaderLabels = (row, col) => (row > headerRows[0] ? wrappedLabel(grid, row, col) : undefined) ?? labelAt(grid, row, col);
  if (headerRows.length !== 1) return asStored;
  const [header] = headerRows;
  if (labelAt(grid, header, grid.colEnd - 1)) return asStored;
  const contents = allColumns(grid).map((c) => columnContent(grid, c, header + 1));
  const fit = (shift: number) => contents.reduce((n, held, c) => n + (c >= shift ? labelFit(labelAt(grid, header, c - shift), held) : 0), 0);
  return fit(1) > fit(0) ? (row, col) => (col > 0 ? labelAt(grid, row, col - 1) : "") : asStored;
}

function assignRoles(grid: Grid, headerRows: number[]): ColumnRoles {
  const labels = headerLabels(grid, headerRows);
  const { roles, candidates, unknown, underSpreadTaskLabel, ignored, labelOf } = labelRoles(grid, headerRows, labels);
  const firstBody = headerRows[headerRows.length - 1] + 1;
  const unlabelled = unknown.map((u) => u.col);
  roles.seq = candidates.get("seq")?.[0];
  if (roles.seq === undefined) {
    // 预备数 over 1, 1, 1: a label naming a quantity is over figures (each town's one village), never a numbering.
    const seqCandidates = [...roles.category, ...unlabelled.filter((c) => !NAMES_QUANTITY.test(labelOf[c]))].sort((a, b) => a - b);
    roles.seq = findUnlabelledSeq(grid, firstBody, seqCandidates);
    roles.category = roles.category.filter((c) => c !== roles.seq);
  }
  candidates.delete("seq");
  const splitAmong = lazily(() => unitsOfSplit(grid, headerRows));
  contentRoles(
    grid,
    headerRows,
    roles,
    candidates,
    unknown.filter((u) => u.col !== roles.seq),
    underSpreadTaskLabel.filter((c) => c !== roles.seq),
    labels,
    splitAmong,
  );
  if (roles.units.length === 0 && roles.lead === undefined) {
    const bodies = namedBodiesColumn(grid, firstBody, roles.category);
    if (bodies !== undefined) {
      roles.category = roles.category.filter((c) => c !== bodies);
      roles.units.push(bodies);
    }
  }
  // No column of times: a calendar's days, each a weekday beside its date (星期几 over 星期一 |
  // (2016-09-26), or 星期 | 日期 over 星期一 | 5.10), date the items under each day, whatever the label.
  if (roles.deadline === undefined) {
    const taken = new Set(roleColumns(roles));
    roles.deadline = allColumns(grid).find((c) => !taken.has(c) && dayColumnsDatedBy(grid, c, firstBody).length > 0);
  }
  // No column of times: a column of steps each opening with its time gives the tasks and their deadlines.
  if (roles.deadline === undefined) {
    const taken = new Set(roleColumns(roles));
    const steps = [...roles.requirement, ...roles.category, ...unlabelled.filter((c) => !taken.has(c))].find((c) => holdsTimeHeadedSteps(grid, c, firstBody));
    if (steps !== undefined) {
      roles.deadline = steps;
      roles.category = roles.category.filter((c) => c !== steps);
      if (!roles.requirement.includes(steps)) roles.requirement = [...roles.requirement, steps].sort((a, b) => a - b);
    }
  }
  // 主要责任单位 | 协同配合单位, 责任单位 | 配合单位: paired with a co-operating column, the
  // first responsible column names who leads, as a 牵头 column would.
  // 主要责任单位 | 其他责任单位: the main one of several responsible columns leads the same way.
  const pairedWithCo = roles.co !== undefined;
  const label = (c: number) => labels(firstBody - 1, c);
  const mainOfSeveral = roles.units.length > 1 && (MAIN_COLUMN.test(label(roles.units[0])) || roles.units.slice(1).some((c) => OTHER_COLUMN.test(label(c))));
  if (roles.lead === undefined && roles.units.length > 0 && (pairedWithCo || mainOfSeveral)) {
    roles.lead = roles.units.shift();
  }
  // A table with task columns but no requirement column (序号 | 工作任务 | 责任单位): the
  // last task column holds the task text itself.
  if (roles.requirement.length === 0 && roles.category.length > 0) {
    roles.requirement.push(roles.category.pop() as number);
  }
  // 一级事项 | 二级事项 | 公开内容 with 公开内容 left blank under its label: the last task column
  // holding text holds the tasks, as though the blank one were not there.
  const heldTasks = roles.category.filter((c) => filledFrom(grid, firstBody, c));
  if (heldTasks.length > 0 && !roles.requirement.some((c) => filledFrom(grid, firstBody, c))) {
    const tasks = heldTasks[heldTasks.length - 1];
    roles.category = [...roles.category.filter((c) => c !== tasks), ...roles.requirement].sort((a, b) => a - b);
    roles.requirement = [tasks];
  }
  // 序号 | 责任分工 over tasks written out, each closed by who does it (严格落实河长巡河制度（县水务局牵头，
  // 各乡镇负责）): with no other column of tasks, that column holds them, and the reader takes their
  // units from their closing clauses, as from any task's text.
  if (roles.requirement.length === 0) {
    const tasks = roles.units.find((c) => filledFrom(grid, firstBody, c) && mostly(grid, c, firstBody, (text) => closesTaskWithUnits(text, parseUnits)));
    if (tasks !== undefined) {
      roles.units = roles.units.filter((c) => c !== tasks);
      roles.requirement.push(tasks);
    }
  }
  // No column is labelled a task at all: the column of prose the rows are written in holds the
  // tasks, whatever its label, rather than the sheet being refused; failing prose, in numbered
  // rows, the first column of names (农村路灯亮化工程). A column labelled a kind
  // never checked (进展情况) holds them only when no other does (序号 | 部分项目进展情况).
  if (roles.requirement.length === 0) {
    const taken = new Set(roleColumns(roles));
    const free = unknown.map((u) => u.col).filter((c) => !taken.has(c));
    // Under labels, one sentence is a task: a sheet may hold a single one.
    // A column of long names (某县城关镇第一中心小学学生食堂, the places inspected) is no prose of tasks.
    const prose = (c: number) => holdsTaskProse(columnContent(grid, c, firstBody), 1) && mostly(grid, c, firstBody, maySayTask);
    const seq = roles.seq;
    // Names are tasks after a number column, or numbered themselves (1开展学生双减计划).
    const numbered = (c: number) => (seq === undefined ? mostlyNumbered(grid, c, firstBody) : c > seq);
    // 序号 | 乡镇 | 退出村名单 over 1 | 甲山镇 | 柏树村: in a split among places a row's names are what it
    // gives its place, read under their labels, no task names.
    const splitsAmongUnits = roles.units.some((c) => c === splitAmong());
    const untakenIgnored = ignored.filter((c) => !taken.has(c));
    // Any column no role took may hold the steps of a timetable (进度安排 beside 时间).
    const untaken = allColumns(grid).filter((c) => !taken.has(c));
    const named =
      free.find(prose) ??
      stepColumn(grid, firstBody, roles, untaken, (c) => labelOf[c]) ??
      free.find((c) => !splitsAmongUnits && numbered(c) && holdsTaskNames(columnContent(grid, c, firstBody), 1)) ??
      // What the rows are about is told apart row by row, never in a column repeating its texts
      // (问题类型 垃圾乱堆: it sorts the rows) nor in one saying where each lies (所属区域): first the
      // longest such texts, else the leftmost column naming items (检查点位 石牌农贸市场, though its label
      // is one never checked; in a split among places the villages a town is given are none);
      // failing both, the longest text is still read.
      longestTextColumn(grid, firstBody, free.filter((c) => mayNameItems(labelOf[c]) && !repeatsItsTexts(grid, c, firstBody))) ??
      itemColumn(grid, firstBody, splitsAmongUnits ? [] : [...free, ...untakenIgnored].filter((c) => mayNameItems(labelOf[c]))) ??
      longestTextColumn(grid, firstBody, free) ??
      untakenIgnored.find(prose) ??
      onlyReportColumn(grid, firstBody, [...free, ...untakenIgnored]) ??
      onlySloganColumn(grid, firstBody, free);
    if (named !== undefined) roles.requirement.push(named);
  }
  // Once the tasks are found (序号 | 部分项目进展情况 holds them in prose naming 牵头部门:): a column no
  // role took may give the units by the labels in its cells.
  if (roles.units.length === 0 && roles.lead === undefined && roles.co === undefined) {
    const taken = new Set(roleColumns(roles));
    const labelled = bodiesUnderCellLabels(grid, firstBody, ignored.filter((c) => !taken.has(c)));
    if (labelled !== undefined) roles.units.push(labelled);
  }
  return roles;
}

/**
 * 时间 | 项目安排 over 6月底前 | 6月底前，新河家具、双星二期等项目开工, or 序号 | 阶段 | 时间 over (一) |
 * 动员部署 | 2025年1月10日: beside a column of times, a column of steps — its label naming steps, or
 * its cells each a time and the work done by then — holds the tasks, each row a step a clerk reads
 * with its time. Of several, the last (阶段 | 时间 | 工作安排: the work, not the stage's name).
 * Figures, persons, phones and progress are no steps whatever the label (项目安排 over counts of
 * projects, 人员安排 over names).
 */
function stepColumn(grid: Grid, firstBody: number, roles: ColumnRoles, untaken: number[], label: (col: number) => string): number | undefined {
  if (roles.deadline === undefined) return undefined;
  const steps = untaken.filter((c) => {
    const held = columnContent(grid, c, firstBody);
    if (held.filled === 0 || holdsNoUnitOrDeadline(held) || share(held, ...FIGURE_KINDS) >= CONTENT_SHARE) return false;
    return namesSteps(label(c)) || mostly(grid, c, firstBody, isTimedStep);
  });
  return steps[steps.length - 1];
}

/** Fewest cells opening with their time that show a column of timed steps, and the share of the
 * column's filled cells they must make: one task opening with 2024年： dates no plan. */
const LEAST_TIME_HEADED_STEPS = 2;
const TIME_HEADED_SHARE = 0.5;

/**
 * 工作任务 | 任务分解/时序进度 | 考核要点 over 深化协同招生机制 | 3-4月：协助教务处完成中高职申报… | 考核办法:
 * a department's 重点工作任务分解 or a 工作安排 list puts each step's time at the head of its own cell,
 * not in a column of times. Whether at least half the filled cells of a column from `first` on
 * (sampled), and two or more, are such steps. With no deadline column, the first task column, then
 * the first column no label names, that holds them gives both the task text and the deadline, as a
 * clerk reads each step's time off the phrase opening it (read.ts), whatever the column's label: the
 * deadline column is then one of the task columns. Nor is it a column of deadlines alone.
 */
function holdsTimeHeadedSteps(grid: Grid, col: number, first: number): boolean {
  let filled = 0;
  let steps = 0;
  // A schedule's steps fall at more than one time: one month heading every cell (月度工作计划 over
  // 4月：完成筛查…, 4月：公布采购意向…) is the period a progress report plans for, not the steps' times.
  let firstTime: string | undefined;
  let timesDiffer = false;
  const end = Math.min(grid.rowEnd, first + FILLED_SAMPLE_ROWS);
  for (let r = first; r < end; r++) {
    const text = grid.ownText(r, col).trim();
    if (!text) continue;
    filled++;
    const time = timeOpeningStep(text);
    if (time === null) continue;
    steps++;
    firstTime ??= time;
    timesDiffer ||= time !== firstTime;
  }
  return steps >= LEAST_TIME_HEADED_STEPS && steps >= TIME_HEADED_SHARE * filled && timesDiffer;
}

/** Whether the deadline is read off the opening phrase of a task column's cells (holdsTimeHeadedSteps). */
export function timesOpenTaskCells(roles: ColumnRoles): boolean {
  const col = roles.deadline;
  return col !== undefined && (roles.requirement.includes(col) || roles.category.includes(col));
}

/**
 * 决策事项 | 决策事项 over 县发改局, 县住建局 …: a task label over a column whose cells are public
 * bodies (a label repeated by mistake, or one naming the items) is no task column when no column
 * names the units; that column does, read by its cells. The first task column keeps the tasks.
 */
function namedBodiesColumn(grid: Grid, firstBody: number, taskColumns: number[]): number | undefined {
  return taskColumns.slice(1).find((c) => {
    const held = columnContent(grid, c, firstBody);
    return held.filled >= 1 && share(held, "unit") >= CONTENT_SHARE;
  });
}

/**
 * 序号 | 内容与要求 | 责任人 | 3月份进展 over 分管领导：王某某 / 责任处室：综合规划处、工程建设处 / 联系人：赵某:
 * with no column naming units, a column labelled for no unit (责任人) whose cells mostly name bodies
 * under a label of bodies of their own gives the units, as a clerk reads it. Cells of persons alone
 * (王某某、李某, 分管领导：王某某) name none.
 */
function bodiesUnderCellLabels(grid: Grid, firstBody: number, ignored: number[]): number | undefined {
  const kindOf = (text: string): CellKind => (namesBodiesInLabelledClauses(text, parseUnits) ? "unit" : "other");
  return ignored.find((c) => share(columnContent(grid, c, firstBody, kindOf), "unit") >= CONTENT_SHARE);
}

// 已更换新的防蝇帘, 正在整改: what was done or is under way, reported — no task left to do.
const DONE_REPORT = /^(?:已|已经|均已|正在|目前)/u;

// 石牌中心小学食堂, 城关农贸市场, 县住建局: a name ends in the kind of place or body it names; a
// sentence (防蝇帘老旧变硬) in what is said of it.
const PLACE_OR_BODY_NAME = new RegExp(
  `(?:食堂|学校|[小中大]学|幼儿园|医院|卫生院|市场|超市|商场|酒店|宾馆|饭店|餐厅|社区|小区|街道|园区|景区|公司|集团|中心|[店场村镇乡${BODY_SUFFIX_CHARS}])${NOT_A_NOUN_IN_JU}$`,
  "u",
);

/** One name of a place or a body: no list or clause (建设文化活动、体育健身场所 is work to do), no verb first. */
function namesPlaceOrBody(text: string): boolean {
  return PLACE_OR_BODY_NAME.test(text) && !CLAUSE_BREAK.test(text) && !text.includes("、") && !opensWithAction(text);
}

/** Not a name of a place or body, nor a report of what was done: text that may say a task. */
function maySayTask(text: string): boolean {
  return !DONE_REPORT.test(text) && !namesPlaceOrBody(text) && !SEQ_NUMBER.test(text);
}

/**
 * 检查食堂 | 情形 | 整改情况 over two rows: no label names the tasks, and two rows are too few for
 * shares of prose to tell. The column of the longest texts that are no names (the places inspected)
 * and no reports of what was done holds them, rather than the sheet being refused.
 */
function longestTextColumn(grid: Grid, firstBody: number, untaken: number[]): number | undefined {
  let best: number | undefined;
  let bestLength = 0;
  const end = Math.min(grid.rowEnd, firstBody + FILLED_SAMPLE_ROWS);
  for (const col of untaken) {
    if (share(columnContent(grid, col, firstBody), "prose", "other") < CONTENT_SHARE || !mostly(grid, col, firstBody, maySayTask)) continue;
    let length = 0;
    let filled = 0;
    for (let r = firstBody; r < end; r++) {
      const text = grid.ownText(r, col).trim();
      if (text) [length, filled] = [length + text.length, filled + 1];
    }
    if (length / filled > bestLength) [best, bestLength] = [col, length / filled];
  }
  return best;
}

/** Shorter than this and with no clause break, a progress cell is a status word (已完成), no report. */
const REPORT_SENTENCE_LENGTH = 12;

/** A sentence of task prose, or one reporting what was achieved (…已提前完成全年任务，完成年度总投资的
 * 88.76%) — not a status word (已完成, 推进中). */
function readsAsSentence(text: string): boolean {
  const kind = cellKind(text);
  return kind === "prose" || (kind === "progress" && (text.length >= REPORT_SENTENCE_LENGTH || CLAUSE_BREAK.test(text)));
}

/**
 * 序号 | 民生实事推进情况 with every cell a sentence of what was achieved: the only text column left
 * (numbers apart) is a report on each item, so each of its rows is read as a task of the plan
 * (naming no unit and no deadline, which the checks then say) rather than the sheet being refused.
 */
function onlyReportColumn(grid: Grid, firstBody: number, untaken: number[]): number | undefined {
  const text = onlyTextColumn(grid, firstBody, untaken);
  return text !== undefined && mostly(grid, text, firstBody, readsAsSentence) ? text : undefined;
}

/** The one column of `untaken` filled with text (task numbers apart), if only one is. */
function onlyTextColumn(grid: Grid, firstBody: number, untaken: number[]): number | undefined {
  const texts = untaken.filter((c) => filledFrom(grid, firstBody, c) && share(columnContent(grid, c, firstBody), "seq") < CONTENT_SHARE);
  return texts.length === 1 ? texts[0] : undefined;
}

/** A programme's items as slogans (增进养老服务水平, 改进基层医疗条件) in the only text column, under a
 * label naming none: each row is one item of the plan, naming no unit and no deadline. */
function onlySloganColumn(grid: Grid, firstBody: number, untaken: number[]): number | undefined {
  const text = onlyTextColumn(grid, firstBody, untaken);
  return text !== undefined && listsSlogans(grid, text, firstBody) ? text : undefined;
}

/** Fewer parallel lines than this are no programme told by its slogans. */
const LEAST_SLOGANS = 3;

/** From `first` on, the column is a list of several short verb-object phrases side by side. */
function listsSlogans(grid: Grid, col: number, first: number): boolean {
  return columnContent(grid, col, first).filled >= LEAST_SLOGANS && mostly(grid, col, first, isVerbObjectPhrase);
}

/** Most of the column's cells are short texts or sentences (project names, targets), none of
 * them units, deadlines, amounts or progress. */
function holdsTaskNames(content: ColumnContent, least = 2): boolean {
  return content.filled >= least && share(content, "prose", "other") >= CONTENT_SHARE;
}

// 下荒村路灯损坏修复项目。, 零工市场服务站点建设工程, 开展困难群众走访慰问工作: the name of an item of work.
const ITEM_NAME_END = /(?:项目|工程|工作|行动|活动)[。.；;]?$/u;

function namesItem(text: string): boolean {
  return ITEM_NAME_END.test(text) || isVerbObjectPhrase(text);
}

/** A column of task or project names and no body's name: whatever its label (领办, 牵头), the
 * items taken on, never who takes them on. */
function namesItemsNotBodies(grid: Grid, col: number, first: number, content: ColumnContent): boolean {
  return holdsTaskNames(content) && content.unit === 0 && mostly(grid, col, first, namesItem);
}

/** Below this share of prose, a column of progress words (已完成, 推进中) holds no tasks. */
const TASK_PROSE_SHARE = 0.3;

/** Most of the column's cells (at least `least` of them) are sentences: task prose, some of it telling progress. */
function holdsTaskProse(content: ColumnContent, least = 2): boolean {
  return content.filled >= least && share(content, "prose") >= TASK_PROSE_SHARE && share(content, "prose", "progress") >= CONTENT_SHARE;
}

/** The user's column roles over the detected ones. A column the user gives a role keeps only
 * that role: a detected role on the same column is dropped (units set to E: E is no longer the
 * requirement). */
function applyOverrides(roles: ColumnRoles, config: Config): ColumnRoles {
  const o = config.columns;
  if (!o) return roles;
  const given = (id: ColumnRoleId): number[] => {
    const letters = o[id];
    return (letters === undefined ? [] : Array.isArray(letters) ? letters : [letters]).map((l) => columnIndex(l));
  };
  const claimed = new Set(COLUMN_ROLES.flatMap((r) => given(r.id)));
  const result: ColumnRoles = { category: [], requirement: [], units: [] };
  for (const { id } of COLUMN_ROLES) {
    const own = given(id);
    setRoleColumns(result, id, own.length ? own : roleColumnsOf(roles, id).filter((c) => !claimed.has(c)));
  }
  return result;
}

function isListRole(id: ColumnRoleId): id is ListRole {
  return id === "category" || id === "requirement" || id === "units";
}

/** The columns a role takes (none, one, or several for 栏目 levels and responsible columns). */
export function roleColumnsOf(roles: ColumnRoles, id: ColumnRoleId): number[] {
  if (isListRole(id)) return roles[id];
  const c = roles[id];
  return c === undefined ? [] : [c];
}

function setRoleColumns(roles: ColumnRoles, id: ColumnRoleId, cols: number[]): void {
  if (isListRole(id)) roles[id] = cols;
  else roles[id] = cols[0];
}

function roleColumns(roles: ColumnRoles): number[] {
  return COLUMN_ROLES.flatMap((r) => roleColumnsOf(roles, r.id));
}

function headerBlock(grid: Grid, top: number): number[] {
  let bottom = top;
  // Header cells merged downwards (内容说明 over two header rows) make a deeper block.
  for (let c = 0; c < grid.colEnd; c++) {
    const m = grid.merge(top, c);
    if (m && m.top === top) bottom = Math.max(bottom, m.bottom);
  }
  // The years under a label of targets spread without its merge (预期值 | blank over 2016年 | 2017年)
  // are labels too, though they name no role and the label over them seems to head one column.
  if (
    bottom === top &&
    top + 1 < grid.rowEnd &&
    // The first item of a run of items under the header (新建城区幼儿园项目) reads as a label, yet is an item.
    ((isLabelRow(grid, top + 1) && !opensRunOfItems(grid, top + 1)) || labelsBlankColumns(grid, top, top + 1) || restatesLabels(grid, top, top + 1) || headsTargetsByYear(grid, top))
  ) {
    bottom = top + 1;
  }
  while (bottom + 1 < grid.rowEnd && isSubLabelRow(grid, bottom + 1, top)) bottom++;
  const rows: number[] = [];
  for (let r = top; r <= bottom; r++) rows.push(r);
  return rows;
}

/**
 * 工作任务 | 责任单位 | 年度目标 | (blank) … over (blank) … | 已完成 | 完成% | 预计9月底完成: a second
 * header row, unmerged, whose short labels (known to the reader or not) sit only under the cells
 * the first row left blank. A task row fills the columns the first row labels (its task text).
 */
function labelsBlankColumns(grid: Grid, upper: number, row: number): boolean {
  // Under a header row left blank, the first task row labels nothing.
  if (firstOwnTextColumn(grid, upper, { left: 0, right: grid.colEnd - 1 }) === undefined) return false;
  let labels = 0;
  for (let c = 0; c < grid.colEnd; c++) {
    const own = grid.ownText(row, c).trim();
    if (!own) continue;
    if (grid.text(upper, c).trim() || !readsAsLabel(own)) return false;
    labels++;
  }
  return labels > 0;
}

/**
 * 序号 | 具体职责 | (blank) … over 序号 | 具体职责 | 业务事项 | 公开时限 …: a second header row, unmerged,
 * that labels again the columns the first labels and goes on to label the rest (an extraction that
 * shifted the labels down). A task row never repeats the labels over it.
 */
function restatesLabels(grid: Grid, upper: number, row: number): boolean {
  let repeated = 0;
  let more = 0;
  for (let c = 0; c < grid.colEnd; c++) {
    const own = grid.ownText(row, c).trim();
    if (!own) continue;
    const above = grid.text(upper, c).trim();
    if (above && compactLabel(above) !== compactLabel(own)) return false;
    if (above) repeated++;
    else if (readsAsLabel(own)) more++;
    else return false;
  }
  return repeated > 0 && more > 0;
}

/** A cell a label row could hold: short, no sentence, no filled-in field, number or figure. */
function readsAsLabel(text: string): boolean {
  const kind = cellKind(text);
  // 预计2024年12月底前完成投资(万元): a label of figures to come may run longer than most, never to a sentence.
  return !(labelHead(text).length > MAX_HEADING_LENGTH || ENDS_SENTENCE.test(text) || fillsField(text) || markerDepth(text) !== null || kind === "seq" || kind === "amount");
}

// The words a note opens with before its colon (注：, 说明:, 备注1：, 注释：, 解释：), simplified or traditional (註：, 說明：).
const NOTE = /^(?:[注註]|附[注註]|[备備][注註]|[说說]明|[注註][释釋]|解[释釋])\s*\d*\s*[:：]/u;
// A reference mark opening a note (※ 目标值为全省平均水平), or an ellipsis standing for items left out
// (……, …, ...): neither is a task, though only alone on its row are they read so — ※ may also mark a
// key task beside its number and unit.
const MARK_OR_ELLIPSIS = /^※|^(?:[…⋯]+|[.．。]{3,})$/u;
/** The mark an attachment opens with (附件1, 附件二, 附表3): page furniture, never a label. */
const ATTACHMENT_LINE = /^附[件表]\s*[\d一二三四五六七八九十]*\s*[:：]?$/u;
const PAGE_FURNITURE = /^(第\s*\d+\s*页.*|[-—]?\s*\d+\s*[-—]?|共\s*\d+\s*页)$/;
const SEQ_NUMBER = /^[\d一二三四五六七八九十]+\s*[、.．]?$/;
const OPENING_TASK_NUMBER = /^\d{1,3}\s*[、.．](?!\d)/u;
// （一） alone in its cell: the numbering of a list of reports (序号 | 推进情况), as much as 1 or 一、.
const BRACKETED_NUMBER = /^[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]$/u;
const LEVEL_MARKER = /^\s*([一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+\s*[、.．](?!\d))/;

interface RowShape {
  /** The first non-empty text of the row, left to right ("" when the row is empty). */
  first: string;
  /** Whether the row shows one text only (in one cell, or one merged cell across several). */
  single: boolean;
  /** The row's only own text sits in a cell merged across the responsible column. */
  spansTable: boolean;
  /** The 序号 cell shows any text; `hasSeq`: a task number. */
  numbered: boolean;
  /** The row's first text sits in one cell merged across every column the table shows. */
  acrossTable: boolean;
  hasSeq: boolean;
  hasUnits: boolean;
  hasDeadline: boolean;
}

/** The shape of a row under the header, `span` being the columns it shows texts in. The columns
 * it reads are found once for the table: the shape is read for every row of a long plan. */
function rowShaper(grid: Grid, roles: ColumnRoles, span: { left: number; right: number }): (row: number) => RowShape {
  const responsible = roles.units[0] ?? roles.lead;
  const unitColumns = [...roles.units, roles.lead, roles.co].filter((c): c is number => c !== undefined);
  const { seq, deadline } = roles;
  const textColumns = [...roles.category, ...roles.requirement];
  return (row) => {
    let first = "";
    let single = true;
    for (let c = span.left; c <= span.right; c++) {
      const t = grid.text(row, c).trim();
      if (!t) continue;
      if (!first) first = t;
      else if (t !== first) {
        single = false;
        break;
      }
    }
    const m = responsible === undefined ? undefined : grid.merge(row, responsible);
    const firstCol = firstOwnTextColumn(grid, row, span);
    const spread = firstCol === undefined ? undefined : grid.merge(row, firstCol);
    const number = seq === undefined ? "" : grid.text(row, seq).trim();
    // 1.中心城区新建幼儿园3所…: a sentence merged over the 序号 column carries the number it opens with.
    const seqMerge = seq === undefined ? undefined : grid.merge(row, seq);
    const numberedAcross = seqMerge !== undefined && seqMerge.right > seqMerge.left && OPENING_TASK_NUMBER.test(number);
    let hasUnits = false;
    for (let i = 0; i < unitColumns.length && !hasUnits; i++) hasUnits = grid.text(row, unitColumns[i]).trim() !== "";
    return {
      first,
      single: first !== "" && single,
      acrossTable: spread !== undefined && spread.right > spread.left && spread.left <= span.left && spread.right >= span.right,
      // Merged from the responsible column over the task text (to its left as usual, or to its right
      // in a table that puts the units first): a heading, not a unit.
      spansTable:
        m !== undefined &&
        m.top <= row &&
        m.bottom >= row &&
        m.right > m.left &&
        (m.left < responsible! || textColumns.some((c) => c > responsible! && c <= m.right)),
      numbered: number !== "",
      hasSeq: SEQ_NUMBER.test(number) || numberedAcross,
      hasUnits,
      hasDeadline: deadline !== undefined && grid.text(row, deadline).trim() !== "",
    };
  };
}

// Closing lines of a form: totals, who filled it in and when, whom to call (负责人：…, not 负责人信息);
// and of a notice: how long it is posted and how to object (公示时间为…至…, 如有异议,可通过…).
const FOOTER = /^(?:合\s*计|总\s*计|小\s*计|共\s*计)\s*[:：]?|^(?:制表|填表|填报|审核|审批|报送|统计|联系)(?:人|日期|时间|单位|电话|方式)?\s*[:：]|^(?:单位负责人|主要负责人|分管领导|负责人|联系人|联系电话|电话|制表日期|填表日期|填报日期)(?:\s*[:：]|\s|$)|^(?:公示(?:时间|期|期限|日期)\s*(?:为|自|从|[:：]|\d)|如有(?:异议|疑问|意见)\s*[，,])/u;

// A total's label: 合计, 小计, 总计 or 共计 alone or leading its count (合计:11大类56个项目, 合计12项),
// or closing the name of what it sums, with or without their count (社保惠民5个项目合计, 教育类小计,
// 一、市本级小计), 其中: before it when the total is a part of the one above (其中：市本级小计). A trailing
// note (合计(万元)) is no part of it. 合计投资1.2亿元的项目建设 runs on into a task's words and is none.
const TOTAL_WORD = "(?:合计|小计|总计|共计)";
const TOTAL_LABEL = new RegExp(
  `^(?:${TOTAL_WORD}(?:[:：]|(?=\\d))[^，,。；;！!？?]*|(?:其中[:：])?[^，,。；;！!？?:：]{0,24}${TOTAL_WORD})$`,
  "u",
);
// Every total word holds 计 (計 in a traditional copy): a cell without one is read no further.
const MAY_NAME_TOTAL = /[计計]/u;

/** Whether a cell's words are a total's label only (traditional 合計, 小計, 總計 read as 合计 is). */
function isTotalLabel(text: string): boolean {
  return MAY_NAME_TOTAL.test(text) && TOTAL_LABEL.test(labelHead(compactLabel(text)));
}

/** A row of totals: a total's label (合计, 社保惠民5个项目合计 — in any column, 序号's too) and
 * otherwise figures only (amounts, counts, percentages). It sums tasks and is none. */
function isTotalRow(grid: Grid, row: number, span: { left: number; right: number }): boolean {
  // A cell that can be neither a total's label (no 计) nor a figure (no digit first) says no total at
  // once: a task row has one, and its words may hold 计 (设计, 统计), which the label's check would
  // otherwise normalise in full, a long text in every such row.
  for (let c = span.left; c <= span.right; c++) {
    const own = grid.ownText(row, c).trim();
    if (own && !MAY_NAME_TOTAL.test(own) && !OPENS_WITH_DIGIT.test(own)) return false;
  }
  // The label is looked for first: most rows hold none, and reading every cell as a figure is dearer.
  let labelled = false;
  const others: string[] = [];
  for (let c = span.left; c <= span.right; c++) {
    const own = grid.ownText(row, c).trim();
    if (!own) continue;
    if (isTotalLabel(own)) labelled = true;
    else others.push(own);
  }
  return labelled && others.every(isFigure);
}

// 全区, 全县, 全市合计: the whole area a split of figures divides among its units, the row of their total.
const WHOLE_AREA = new RegExp(`^全${ANY_LEVEL}${TOTAL_WORD}?$`, "u");

/** Whether a unit cell names the whole area rather than one unit of it (read only when it opens with 全). */
function namesWholeArea(text: string): boolean {
  return text.trimStart().startsWith("全") && WHOLE_AREA.test(compactLabel(text));
}

// 现予以公告。特此通知: the formula closing a notice whose list the sheet holds.
const NOTICE_CLOSING = /^(?:现予(?:以)?|特此)(?:公告|公布|通知|通报)[。.]?$/u;

/** Whether a line is a notice's closing formula. Every body row's first text is asked, most of them
 * long tasks: it is normalised only when it holds 予 or 此, which normaliseText never writes where
 * the text had none (it only drops glosses and spaces, and the converter's tables turn no other
 * character into either; normalise.test.ts holds them to that). */
function isNoticeClosing(text: string): boolean {
  return (text.includes("予") || text.includes("此")) && NOTICE_CLOSING.test(normaliseText(text));
}

// The party's name before a committee's (中共某某县委组织部, 共青团某某县委): the place opens the name after it.
const PARTY_PREFIX = /^(?:中国共产党|中共|共青团)/u;
// (盖章), (印): where the issuer's seal goes, written beside its name.
const SEAL_NOTE = /\((?:盖章|公章|印章|签章|章|印)\)/gu;
// The day closing the issuer's line when both share a cell or row (某市人民政府 2023年3月5日).
const TRAILING_DAY = /(?:[12]\d{3}|[〇零一二三四五六七八九]{4})年[^年]*$/u;
// 保定市人民政府, 新建区人民政府办公室: a place named in full and its government, or a zone and the
// committee that governs it (保定白沟新城管理委员会). A place's own name may open like work (保定, 兴化,
// 新建), but work is done on a thing, never on a government itself (建设区级创业服务中心 is a task:
// 区级 is no place's name).
const PLACE_AND_ITS_GOVERNMENT = new RegExp(`${OPENS_WITH_PLACE_NAME.source}(?:人民政府|政府|管委会|管理委员会)`, "u");
const opensWithPlaceGovernment = (name: string) => PLACE_AND_ITS_GOVERNMENT.test(name);
/** A sign-off line is one body's name and a day: longer, it is a sentence. */
const MAX_SIGN_OFF_LENGTH = 40;

/** What a line of a document's sign-off (落款) holds — the issuer's name, its seal note, the day it
 * was signed, alone or together — or null for any other line. The issuer is one public body named
 * with its place (区中小企业促进局, 平江县人民政府办公室), never a catch-all (各乡镇人民政府), a
 * numbered line ((四)县财政局) nor work to do. */
function signOffLine(texts: string[]): { issuer: boolean; dated: boolean } | null {
  // Most rows of a plan are longer: they are told so before being converted.
  if (texts.join("").replace(/\s/gu, "").length > MAX_SIGN_OFF_LENGTH) return null;
  const line = normaliseText(texts.join(" "));
  if (!line) return null;
  const unsealed = line.replace(SEAL_NOTE, "");
  const day = TRAILING_DAY.exec(unsealed);
  if (day && !isSigningDay(day[0])) return null;
  const name = day ? unsealed.slice(0, day.index) : unsealed;
  if (!name) return { issuer: false, dated: day !== null };
  // 建设区级创业服务中心 opens with its work: a short task, however its last words end.
  if (markerDepth(name) !== null || (opensWithAction(name) && !opensWithPlaceGovernment(name)) || !isNameWithItsPlace(name.replace(PARTY_PREFIX, ""))) {
    return null;
  }
  const { units } = parseUnits(name);
  const oneBody = units.length === 1 && !units[0].generic && units[0].name === name;
  return oneBody ? { issuer: true, dated: day !== null } : null;
}

/** The distinct texts a row shows, left to right: a figure merged down into it from the row above is
 * the row's too (平江县 beside the target it shares with 汨罗市). */
function shownTexts(grid: Grid, row: number, span: { left: number; right: number }): string[] {
  const texts: string[] = [];
  for (let c = span.left; c <= span.right; c++) {
    const text = grid.text(row, c).trim();
    if (text && !texts.includes(text)) texts.push(text);
  }
  return texts;
}

// 县商务局、, 县发改委和: a list of names broken off at its separator, the next line carrying it on.
const BROKEN_OFF_LIST = /[、，,；;和及与]$/u;

/** Whether the nearest row above showing text breaks off a list (县商务局、 over 县市场监管局): the
 * row is that list's next line, not a line of its own. */
function carriesOnList(grid: Grid, row: number, span: { left: number; right: number }): boolean {
  for (let r = row - 1; r >= 0; r--) {
    const texts = shownTexts(grid, r, span);
    if (texts.length) return texts.some((text) => BROKEN_OFF_LIST.test(text));
  }
  return false;
}

/**
 * The row a document's sign-off opens on, under its last task, or undefined for a sheet with none:
 * a notice or a list of measures laid into a sheet ends with the body issuing it and the day, and a
 * clerk reads those lines as no task. Only its last lines are: the issuer's name (or two, issued
 * jointly) dated on its line or on one below, with nothing but more of the sign-off (the seal note,
 * the day) or the form's closing lines (联系电话：…) after it, in whatever columns they are set.
 */
function signOffStart(grid: Grid): number | undefined {
  const whole = { left: 0, right: grid.colEnd - 1 };
  let issuer: number | undefined;
  let dated = false;
  for (let r = grid.rowEnd - 1; r >= 0; r--) {
    const texts = shownTexts(grid, r, whole);
    if (!texts.length) continue;
    const line = signOffLine(texts);
    if (!line) {
      if (isClosingLine(texts[0])) continue;
      break;
    }
    dated ||= line.dated;
    if (line.issuer && dated) issuer = r;
  }
  return issuer === undefined || carriesOnList(grid, issuer, whole) ? undefined : issuer;
}

/** How far into a cell a closing line's opening words reach (单位负责人 ：, 公示时间为). */
const CLOSING_REACH = 16;

// The characters FOOTER opens with, and those OpenCC's t2s tables turn into one of them (總 → 总,
// 製 → 制, 閤 → 合): a cell opening with none of these is no closing line and is not converted.
// Every row's first text is tested, and converting each cost ~5 % of a long plan's reading.
const CLOSING_OPENING = /^[\s\u00a0\u3000]*[合总小共制填审报统联单主分负电公如製電單報審統總聯負閤]/u;

/** Whether a cell's text may open a closing line: false only when it cannot. */
export function mayBeClosingLine(text: string): boolean {
  return CLOSING_OPENING.test(text);
}

/** Whether a cell opens a closing line, read in simplified characters so that a traditional copy's
 * 合計, 總計, 製表人, 聯繫電話 close it as 合计 does. Spaces stay: 负责人 张三 is a closing line.
 * Only the cell's opening is converted: a task's long text costs no more than a short one. */
function isClosingLine(text: string): boolean {
  return mayBeClosingLine(text) && FOOTER.test(toHalfWidth(toSimplified(text.trim().slice(0, CLOSING_REACH))));
}

/** The row is a line of the form around a table (填报单位：…, 制表人：…), not of the table. */
function isFormLine(grid: Grid, row: number): boolean {
  const col = firstOwnTextColumn(grid, row, { left: 0, right: grid.colEnd - 1 });
  return col !== undefined && isClosingLine(grid.ownText(row, col));
}

/** Why a body row is no task, or null when it may be one. */
function skipReason(grid: Grid, row: number, roles: ColumnRoles, span: { left: number; right: number }, first: string): SkipReason | null {
  if (grid.isHidden(row)) return "hidden";
  if (isClosingLine(first) || isClosingLine(firstNewText(grid, row, span)) || isNoticeClosing(first)) return "footer";
  if (!grid.hasStruckCells) return null;
  const taskCol = roles.requirement[0] ?? roles.category[roles.category.length - 1];
  const struckCol = taskCol !== undefined && grid.ownText(row, taskCol).trim() ? taskCol : firstOwnTextColumn(grid, row, span);
  return struckCol !== undefined && grid.isStruck(row, struckCol) ? "withdrawn" : null;
}

/** The row's first text not carried down from the row above, as a category merged or repeated over
 * its items is: 小计 under 数位建设 opens its row. */
function firstNewText(grid: Grid, row: number, span: { left: number; right: number }): string {
  for (let c = span.left; c <= span.right; c++) {
    const own = grid.ownText(row, c).trim();
    if (own && own !== grid.text(row - 1, c).trim()) return own;
  }
  return "";
}

/**
 * A row that only notes something on the items around it: its one text of its own (a category merged
 * or repeated down beside it is the items', not its own) opens as a note does (说明：健康素养是指…, 註：…,
 * ※ …) or is an ellipsis (……) — a clerk reads it as words on the item above, never a task nor a
 * heading filing the items below. A task numbered or filled in beside such words shows more texts.
 */
function notesOnly(grid: Grid, row: number, span: { left: number; right: number }): boolean {
  let own = "";
  for (let c = span.left; c <= span.right; c++) {
    const text = grid.ownText(row, c).trim();
    if (!text || text === grid.text(row - 1, c).trim()) continue;
    // The first text decides most rows: only a note's may stand alone.
    if (own || !(NOTE.test(text) || MARK_OR_ELLIPSIS.test(text))) return false;
    own = text;
  }
  return own !== "";
}

/** A note row's words: its first text not carried down from the row above, so not the category
 * (领域) merged or repeated beside 说明：… in the 序号 cell. */
export function noteText(grid: Grid, row: number, span: { left: number; right: number }): string {
  for (let c = span.left; c <= span.right; c++) {
    const text = grid.text(row, c).trim();
    if (text && text !== grid.text(row - 1, c).trim()) return text;
  }
  return grid.text(row, span.left).trim();
}

function firstOwnTextColumn(grid: Grid, row: number, span: { left: number; right: number }): number | undefined {
  for (let c = span.left; c <= span.right; c++) if (grid.ownText(row, c).trim()) return c;
  return undefined;
}

/** The row repeats the table's header (a page break in a printed plan): every filled cell holds its
 * column's header label. Short cells that merely read like labels (为城镇居民办好十件实事 beside
 * 投资5300万元建成公租房510套) are a task under its category. */
function isRepeatedHeader(grid: Grid, row: number, headerRows: number[], span: { left: number; right: number }): boolean {
  let same = 0;
  let filled = 0;
  for (let c = span.left; c <= span.right; c++) {
    const text = grid.ownText(row, c);
    if (!text.trim()) continue;
    // Task text is long; only short cells can repeat a header label.
    if (labelHead(text.trim()).length > MAX_LABEL_LENGTH * 2) return false;
    const own = compactLabel(text);
    filled++;
    if (headerRows.some((h) => compactLabel(grid.text(h, c)) === own)) same++;
  }
  return filled >= 2 && same === filled;
}

// A sentence ends (。；！？, or a half-width "." after no number: …乱堆放现象.) or a clause carries
// on (，、；) — what a heading never does.
const ENDS_SENTENCE = /[。；;！!？?]$|(?<![\d.])\.$/u;
const OPENS_MID_SENTENCE = /^[，,、；;：:。）)]/u;
const MAX_HEADING_LENGTH = 30;

/** Text a heading row could hold: led by a level marker (一、 （一） 1.), or short and neither
 * ending a sentence nor opening mid-clause (聚焦重点领域). */
function looksLikeHeading(text: string): boolean {
  if (LEVEL_MARKER.test(text)) return true;
  return text.length <= MAX_HEADING_LENGTH && !ENDS_SENTENCE.test(text) && !OPENS_MID_SENTENCE.test(text);
}

/**
 * A row carrying on the text of the task above, as a page break or a paste from Word or PDF
 * leaves it: the task above is numbered and names a unit or a deadline; this row has no number,
 * no unit and no deadline, its only text sits in the task column(s), and that text is no heading.
 */
function continuesTask(grid: Grid, row: number, shape: RowShape, owner: RowShape | null, roles: ColumnRoles): boolean {
  if (!owner?.hasSeq || !(owner.hasUnits || owner.hasDeadline)) return false;
  if (shape.numbered || shape.hasUnits || shape.hasDeadline || roles.requirement.length === 0) return false;
  const texts: string[] = [];
  for (let c = 0; c < grid.colEnd; c++) {
    const own = grid.ownText(row, c).trim();
    if (!own) continue;
    const m = grid.merge(row, c);
    const inTaskColumns = (from: number, to: number) => roles.requirement.includes(from) && roles.requirement.includes(to);
    if (!(m ? inTaskColumns(m.left, m.right) : inTaskColumns(c, c))) return false;
    texts.push(own);
  }
  return texts.length > 0 && !looksLikeHeading(texts.join(""));
}

/**
 * A row that only names a category (一、夯实基础 spread over the table, with no number, unit or
 * deadline) sets the category of the rows below instead of being a task. In a table of one
 * column every row shows one text, so there only a line that reads as a heading is one: an item
 * numbered like a heading is still a sentence (一、解决农村10万人安全饮水问题。).
 */
function isCategoryRow(shape: RowShape, oneColumn: boolean, next: string): boolean {
  if (!standsAlone(shape)) return false;
  const text = shape.first;
  if (oneColumn) return headsLines(text, next);
  return LEVEL_MARKER.test(text) || (text.length <= 30 && !/[。；;]/.test(text));
}

/**
 * A sentence merged across the whole table with no number of its own (2023年，县政府将…办好以下
 * 民生实事：, or an instruction among the section headings): a line about the tasks, neither a task
 * nor a heading, and its words name no unit though its cell covers the unit column.
 */
function isSentenceAcross(shape: RowShape): boolean {
  return shape.acrossTable && !shape.hasSeq && !looksLikeHeading(shape.first);
}

/** 一、 and （一） number a plan's parts; 1. and （1） its items (markerDepth). */
const DEEPEST_PART = 1;

/**
 * An unnumbered line standing alone right under a numbered part heading, with the next heading of that
 * part's level (or the sheet's end) right under it: the part's only content, so its work (三、专题询问 over
 * 对全区市容环境整治工作开展专题询问 over 四、…) — a heading heads something, and a note about the
 * tasks has no tasks under the part to be about.
 */
function isPartsOnlyLine(shape: RowShape, heading: string, next: RowShape | null): boolean {
  const depth = markerDepth(heading);
  if (depth === null || depth > DEEPEST_PART || !standsAlone(shape) || markerDepth(shape.first) !== null) return false;
  if (next === null) return true;
  const nextDepth = markerDepth(next.first);
  return standsAlone(next) && nextDepth !== null && nextDepth <= depth;
}

// 一 or 第一部分 alone in the 序号 cell numbers a part as 一、 does; a bare 1 an item as 1. does.
const BARE_PART_NUMBER = /^第?[一二三四五六七八九十]+(?:部分|类)?$/u;
const BARE_ITEM_NUMBER = /^\d{1,3}$/u;
// 第一部分 产业项目: a part numbered in words at the head of its title.
const ORDINAL_PART = /^第[一二三四五六七八九十]+(?:部分|类)/u;

/** The depth (markerDepth's scale) of a number alone in the 序号 cell, or null when the cell holds no number. */
function seqDepth(number: string): number | null {
  const plain = toHalfWidth(number);
  if (BARE_PART_NUMBER.test(plain)) return 0;
  if (BARE_ITEM_NUMBER.test(plain)) return 2;
  return SEQ_NUMBER.test(plain) || BRACKETED_NUMBER.test(plain) ? markerDepth(plain) : null;
}

/** A heading row's label as a clerk reads it: its first text, joined by the title beside it when that
 * text is the row's number alone (一 | 工业项目 → 一 工业项目). */
export function headingRowLabel(grid: Grid, row: number, span: { left: number; right: number }): string {
  let label = "";
  for (let c = span.left; c <= span.right; c++) {
    const text = grid.text(row, c).trim();
    if (!text) continue;
    if (label) return `${label} ${text}`;
    if (seqDepth(text) === null) return text;
    label = text;
  }
  return label;
}

/** How deep the row is numbered: by its 序号 cell, else by the marker its first text opens with; null unnumbered. */
function rowDepth(number: string, first: string): number | null {
  return seqDepth(number) ?? markerDepth(first) ?? (ORDINAL_PART.test(first) ? 0 : null);
}

/** How many rows naming a unit or a deadline tell the depth a table numbers its tasks at. */
const DEPTH_SAMPLE_ROWS = 40;

/** The depth most numbered rows naming a unit or a deadline sit at (1, 2, 3 under 一 and （一）); null
 * when none is numbered. */
function taskDepth(grid: Grid, first: number, seq: number | undefined, shapeOf: (row: number) => RowShape): number | null {
  const counts = new Map<number, number>();
  let sampled = 0;
  for (let r = first; r < grid.rowEnd && sampled < DEPTH_SAMPLE_ROWS; r++) {
    const shape = shapeOf(r);
    if (!shape.hasUnits && !shape.hasDeadline) continue;
    const depth = rowDepth(seq === undefined ? "" : grid.text(r, seq).trim(), shape.first);
    if (depth === null) continue;
    sampled++;
    counts.set(depth, (counts.get(depth) ?? 0) + 1);
  }
  let commonest: number | null = null;
  for (const [depth, n] of counts) if (commonest === null || n > counts.get(commonest)!) commonest = depth;
  return commonest;
}

const FIGURE_KINDS: CellKind[] = ["seq", "amount"];
// A figure opens with a digit: a text that does not is read no further (most cells are prose).
const OPENS_WITH_DIGIT = /^[-+]?\d/u;

function isFigure(text: string): boolean {
  return OPENS_WITH_DIGIT.test(text) && FIGURE_KINDS.includes(cellKind(text));
}

/** Whether a column other than 序号 holds figures in its rows (总投资, 本年计划投资, 完成率). */
function holdsFigures(grid: Grid, first: number, col: number): boolean {
  return share(columnContent(grid, col, first), ...FIGURE_KINDS) >= CONTENT_SHARE;
}

/**
 * The title of a row that shows a heading and figures only: its number in the 序号 cell, a short
 * title (产业项目, 一、工业项目) and beside it figures in columns of figures (the subtotals of total and
 * of this year's investment), perhaps under a total's label naming them (一、社保惠民 | 社保惠民5个项目合计,
 * in the 序号 column or any other) — no content, year, unit or deadline. Null for any other row.
 */
function titleOverFigures(grid: Grid, row: number, span: { left: number; right: number }, seq: number | undefined, figureColumn: (col: number) => boolean): string | null {
  let title = "";
  for (let c = span.left; c <= span.right; c++) {
    const own = grid.ownText(row, c).trim();
    if (!own || (c === seq && seqDepth(own) !== null)) continue;
    if (!title) {
      title = own;
      if (!isHeadingLine(title) || isFigure(title)) return null;
    } else if (!isTotalLabel(own) && (c === seq || !isFigure(own) || !figureColumn(c))) return null;
  }
  return title || null;
}

// 主要目标, （一）工作目标, 总体目标：, 目标任务: a heading naming what a part aims at.
const NAMES_TARGETS = /目标(?:[和及与]?任务)?$/u;

function namesTargets(heading: string): boolean {
  return NAMES_TARGETS.test(compactLabel(heading.replace(LEVEL_MARKER, "")));
}

/** The row shows one text with no task number, list marker, unit or deadline of its own. */
function isUnnumberedLine(shape: RowShape): boolean {
  return standsAlone(shape) && !shape.hasSeq && markerDepth(shape.first) === null;
}

/** Of at least this many rows of the table, most numbered, a list numbers its tasks. */
const LEAST_NUMBERED_ROWS = 2;

/**
 * Whether the table numbers its tasks: most rows from `first` on that show several texts (a task's
 * text beside its unit or deadline) carry a task number or open with a list marker. Under a heading
 * naming targets (（一）主要目标 over 到2008年6月底,建成…,实现…) an unnumbered line with no unit or deadline
 * is then what the part aims at — the heading's content, which a clerk gives to no department — where
 * in a list numbering nothing it is a task naming nobody.
 */
function numbersItsRows(grid: Grid, first: number, shapeOf: (row: number) => RowShape): boolean {
  let rows = 0;
  let numbered = 0;
  for (let r = first; r < grid.rowEnd; r++) {
    const shape = shapeOf(r);
    if (!shape.first || standsAlone(shape)) continue;
    rows++;
    if (shape.hasSeq || markerDepth(shape.first) !== null) numbered++;
  }
  return numbered >= LEAST_NUMBERED_ROWS && numbered >= CONTENT_SHARE * rows;
}

/** The row shows one text only, spread over the table or with no number, unit or deadline of
 * its own: a heading, or a line about the table. A text merged across every column shows in the
 * deadline or unit column too, without being a deadline or a unit. */
function standsAlone(shape: RowShape): boolean {
  return shape.single && (shape.spansTable || (shape.acrossTable && !shape.hasSeq) || !(shape.hasSeq || shape.hasUnits || shape.hasDeadline));
}

/** The longest catch-all a line may address (各乡镇(街道)、县直各有关单位). */
const MAX_ADDRESSEE = 16;
// 各地各部门要…, 请各有关单位认真…: whom a line addresses, then the verb it turns on.
const ADDRESSED = /^请?([^，,。；;：:]{2,16}?)(?:要|应当|应|须|必须|务必|切实|认真|进一步)/u;
// 各乡镇人民政府，县政府各部门：— a notice's salutation: the bodies addressed, then a colon.
const SALUTATION = /^([^。；;：:]{2,40})[：:]/u;

/**
 * A line addressed to every body at once (各地各部门要…, 请各有关单位…): an instruction about the
 * tasks, neither a task of its own nor a heading naming who does the tasks under it. A level of
 * government named without 各 (县、乡两级政府要健全政务公开工作机构) is who does a task.
 */
export function addressesEveryBody(text: string): boolean {
  const line = text.replace(LEVEL_MARKER, "");
  // Whom the line addresses, always with 各 (责任单位：区住建局 is a field filled in, addressing nobody).
  const addressees = ADDRESSED.exec(line)?.[1] ?? SALUTATION.exec(line)?.[1];
  if (addressees?.includes("各")) {
    const { units } = parseUnits(addressees);
    if (units.length > 0 && units.every((u) => u.generic)) return true;
  }
  // 请各有关单位于每月25日前报送…: whom 请 asks, however the request goes on.
  if (!line.startsWith("请")) return false;
  for (let end = Math.min(line.length, MAX_ADDRESSEE + 1); end > 2; end--) if (isCatchAll(line.slice(1, end))) return true;
  return false;
}

// How deep a list marker numbers its line: 一、 (or 一,) over （一） over 1. (or 1、, or 1 right
// before the text) over （1）.
const MARKER_DEPTHS = [
  /^\s*[一二三四五六七八九十]+\s*[、.．,，]/u,
  /^\s*[（(]\s*[一二三四五六七八九十]+\s*[)）]/u,
  // 1开展… is numbered; 8月计划进度, 3个工作日 open with a date or a count, not a number.
  /^\s*\d{1,2}(?:\s*[、.．,，](?!\d)|(?=\p{Script=Han})(?![年月日号时个]))/u,
  /^\s*[（(]\s*\d{1,2}\s*[)）]/u,
];

/** The depth of the line's list marker, or null for a line with none. */
export function markerDepth(text: string): number | null {
  // Full-width digits (１开展…, （２）) number a line as ASCII ones do.
  const plain = toHalfWidth(text);
  const depth = MARKER_DEPTHS.findIndex((re) => re.test(plain));
  return depth < 0 ? null : depth;
}

/**
 * In a list laid into one column, whether a line heads the lines after it: it reads as a heading
 * and the next line is numbered one level deeper (一,教育品质提升工程 over 1开展学生双减计划), or,
 * numbered itself, is over the paragraph of its point. A short item among its siblings
 * (2教育设施提升), or a short unnumbered task over a longer one (完善城市管理体制 over
 * 推进市、县、园区数字化…), heads nothing: being shorter than the next line makes no heading.
 */
export function headsLines(text: string, next: string): boolean {
  if (!isHeadingLine(text) || !next) return false;
  const depth = markerDepth(text);
  const nextDepth = markerDepth(next);
  if (nextDepth === null) return depth !== null && !isHeadingLine(next);
  return nextDepth > (depth ?? -1);
}

// …确定以下十个项目为2021年度…民生实事项目：, 现将…公告如下: how a sentence announcing a list ends.
const LEAD_IN_END = /(?:[：:]|如下|项目|实事)$/u;

/** An unnumbered line that ends by announcing what follows it: a list's lead-in, not an item of it. */
export function isLeadInLine(text: string): boolean {
  return markerDepth(text) === null && LEAD_IN_END.test(text);
}

/** A line that can only be a heading: short, and ending no sentence (一、民生保障, （一）教育). */
export function isHeadingLine(text: string): boolean {
  return text.length <= MAX_HEADING_LENGTH && !ENDS_SENTENCE.test(text);
}

export function detectTable(grid: Grid, config: Config): TableLayout | null {
  // A second table under the plan's first rows (单位 | 联系人 | 联系电话) would be sampled with the
  // plan's columns: the plan is read above it where a table with tasks is found there.
  // A gloss makes a label look long (鄉(xiāng)鎮(zhèn)(農(nóng)場): 24 characters for 乡镇(农场)) and a header
  // of such labels no header: the table's shape is read with the glosses gone, its title as shown.
  const plain = grid.withoutGlosses();
  const end = config.columns?.headerRow === undefined ? otherTableStart(plain) : undefined;
  const above = end === undefined ? null : tableIn(plain.rowsAbove(end), config);
  const layout = above?.body.some((b) => b.kind === "task") ? above : tableIn(plain, config);
  return layout && (plain === grid ? layout : { ...layout, above: linesAbove(grid, layout.headerRows[0]) });
}

// 2022年4月12日, 二〇二二年四月十二日, 2022-04-12 (a date cell): a day with its year and month, as a
// document is dated where it is signed. A deadline alone (2022年底前, 6月30日) is no such day.
const SIGNING_DAY = /^(?:19|20|21)\d{2}(?:年\d{1,2}月\d{1,2}[日号]|([-./])\d{1,2}\1\d{1,2})$/u;
// A year opens with 1 or 2, in digits of either width or in Chinese numerals (二〇二二年).
const OPENS_WITH_YEAR = /^\s*[12１２一二]/u;

/** Whether a text is one full date and nothing else (read only when it opens as a year does). */
function isSigningDay(text: string): boolean {
  return OPENS_WITH_YEAR.test(text) && SIGNING_DAY.test(dateReadingForm(text));
}

/** A caption over a table is a line or two set off by a blank row above. */
const MAX_CAPTION_LINES = 2;

/** Among the rows where a header is looked for and its columns sampled, where another table
 * begins: labels naming no task over no sentences, under rows that are no labels (the plan's
 * tasks), with its caption (各单位联系人) where a blank row sets one off above it. Given as the row
 * after the last one above it. */
function otherTableStart(grid: Grid): number | undefined {
  const end = Math.min(grid.rowEnd, HEADER_SEARCH_ROWS + FILLED_SAMPLE_ROWS);
  const whole = { left: 0, right: grid.colEnd - 1 };
  /** Filled rows since the last blank one, and the filled row before that blank. */
  let run: number[] = [];
  let beforeBlank: number | undefined;
  for (let r = 0; r < end; r++) {
    if (firstOwnTextColumn(grid, r, whole) === undefined) {
      if (run.length) beforeBlank = run[run.length - 1];
      run = [];
      continue;
    }
    const captioned = beforeBlank !== undefined && run.length <= MAX_CAPTION_LINES && run.every((c) => isCaptionLine(grid, c));
    const above = captioned ? beforeBlank : run[run.length - 1];
    // Under the plan's own header (序号 | 推进情况) the rows are sentences; under a table of contacts, names.
    if (above !== undefined && headsAnotherTable(grid, r) && !isLabelRow(grid, above) && !sentencesUnder(grid, r)) return above + 1;
    run.push(r);
  }
  return undefined;
}

/** How many rows under a header are looked at to tell task sentences (a heading may come first). */
const ROWS_TOLD_UNDER = 3;

/** A cell of the few rows (`rows` of them) under `header` reads as a sentence. */
function sentencesUnder(grid: Grid, header: number, rows = ROWS_TOLD_UNDER): boolean {
  const end = Math.min(grid.rowEnd, header + 1 + rows);
  for (let r = header + 1; r < end; r++) if (allColumns(grid).some((c) => readsAsSentence(grid.ownText(r, c).trim()))) return true;
  return false;
}

/** A row of one short line ending no sentence (各单位联系人). */
function isCaptionLine(grid: Grid, row: number): boolean {
  const col = firstOwnTextColumn(grid, row, { left: 0, right: grid.colEnd - 1 });
  const text = col === undefined ? "" : grid.ownText(row, col).trim();
  return isHeadingLine(text) && firstOwnTextColumn(grid, row, { left: col! + 1, right: grid.colEnd - 1 }) === undefined;
}

function tableIn(grid: Grid, config: Config): TableLayout | null {
  // A document's sign-off under the table (区中小企业促进局 | 2015年8月10日) is none of its rows: its
  // header and columns are read above it, and its lines are the table's footer.
  const signedAt = signOffStart(grid);
  const laidOut = signedAt === undefined ? grid : grid.rowsAbove(signedAt);
  const headerTop = config.columns?.headerRow !== undefined ? config.columns.headerRow - 1 : findHeaderRow(laidOut);
  if (headerTop === null || headerTop >= laidOut.rowEnd) return null;
  const headerRows = headerBlock(laidOut, headerTop);
  const columns = applyOverrides(assignRoles(laidOut, headerRows), config);
  // A table with no unit column is still read (the checks say it assigns nobody); with no
  // column of tasks either there is nothing to read.
  const hasTasks = columns.requirement.length > 0 || columns.category.length > 0;
  const responsible = columns.units[0] ?? columns.lead ?? columns.co;
  if (!hasTasks && responsible === undefined) return null;
  const firstBody = headerRows[headerRows.length - 1] + 1;
  if (listsContactsOnly(laidOut, columns, headerRows, firstBody)) return null;
  const used = roleColumns(columns);
  const span = { left: Math.min(...used), right: Math.max(...used) };
  // A row shows one text or several over every labelled column, those of no role (进展情况) too,
  // and over a filled column left of the tasks whose label is blank (a category merged down beside
  // its items); under a header of no labels at all, every filled column shows.
  const labelledOnly = allColumns(laidOut).filter((c) => headerRows.some((h) => laidOut.ownText(h, c).trim()));
  const filled = allColumns(laidOut).filter((c) => filledFrom(laidOut, firstBody, c));
  const labelled = labelledOnly.length ? [...labelledOnly, ...filled.filter((c) => c < span.right)] : filled;
  const shown = { left: Math.min(span.left, ...labelled), right: Math.max(span.right, ...labelled) };
  // A list laid into one column (十件实事, 工作要点): each of its lines is a task or a heading. A
  // labelled column of remarks or progress beside it (备注, 进展情况) is no part of the list's shape.
  const checked = used.filter((c) => c !== columns.remark);
  const asides = labelled.filter((c) => c === columns.remark || !used.includes(c));
  // A split of figures among units (no task column) is rows of names and figures, never such a list.
  // Columns left blank under their labels (一级事项 beside 二级事项) leave the list one column too.
  const checkedFilled = checked.filter((c) => filledFrom(laidOut, firstBody, c));
  const oneColumn = hasTasks && checkedFilled.length === 1 && onlyFilledColumn(laidOut, firstBody, checkedFilled[0], asides);

  const title = normaliseText(grid.text(0, 0));
  const body: BodyRow[] = [];
  let lastTask = -1;
  /** The task row whose text a following row may carry on; a note, heading or skipped row ends it. */
  let owner: RowShape | null = null;
  let closed = false;
  const shapeOf = rowShaper(grid, columns, shown);
  /** The next row showing any text, or null at the end of the sheet. */
  const nextRow = (row: number): { row: number; shape: RowShape } | null => {
    for (let r = row + 1; r < grid.rowEnd; r++) {
      const shape = shapeOf(r);
      if (shape.first && !NOTE.test(shape.first) && !notesOnly(grid, r, shown) && !isClosingLine(shape.first)) return { row: r, shape };
    }
    return null;
  };
  /** The text of the heading the next row sits under: the last category row, with notes alone
   * between ("" when a task comes after it). */
  const headingOver = (rows: BodyRow[]): string => {
    for (let i = rows.length - 1; i >= 0; i--) {
      if (rows[i].kind === "task") return "";
      if (rows[i].kind === "category") return shapeOf(rows[i].row).first;
    }
    return "";
  };
  const figureColumn = memo((col: number) => holdsFigures(grid, firstBody, col));
  // A split of figures among units (乡镇 | 到2025年规划指标: no task text, or task columns of figures
  // only) gives each unit its share; a row of the whole area (全区 | 5.56 | 0.80) is their total.
  const splitsFigures = responsible !== undefined && [...columns.category, ...columns.requirement].every((c) => figureColumn(c));
  const tasksNumbered = lazily(() => numbersItsRows(grid, headerRows[headerRows.length - 1] + 1, shapeOf));
  const tasksDepth = lazily(() => taskDepth(grid, firstBody, columns.seq, shapeOf));
  /**
   * A heading carrying its subtotals (一 | 工业项目 | | 50000 | 12000 over projects 1, 2, 3): numbered above
   * the tasks' depth or not at all, a title and figures only, no unit and no deadline — the figures
   * sum its projects, a clerk gives it to nobody. A task numbered as the tasks are stays a task.
   */
  const headsSubtotals = (row: number, shape: RowShape) => {
    if (oneColumn || shape.hasUnits || shape.hasDeadline) return false;
    const title = titleOverFigures(grid, row, shown, columns.seq, figureColumn);
    if (title === null) return false;
    const depthOfTasks = tasksDepth();
    const depth = rowDepth(columns.seq === undefined ? "" : grid.text(row, columns.seq).trim(), title);
    return depthOfTasks !== null && (depth === null || depth < depthOfTasks);
  };
  /** Whether the row under a part heading is the part's only line (and so its task). */
  const overPartsOnlyLine = (row: number, heading: string) => {
    const below = nextRow(row);
    return below !== null && isPartsOnlyLine(below.shape, heading, nextRow(below.row)?.shape ?? null);
  };
  const days = columns.deadline === undefined ? [] : dayColumnsDatedBy(laidOut, columns.deadline, firstBody);
  // (2016-09-28) alone on the row under 星期三: the day's date completing its label, no item of the day.
  const showsDayAlone = (row: number) => {
    if (days.length === 0) return false;
    for (let c = shown.left; c <= shown.right; c++) if (!days.includes(c) && grid.text(row, c).trim()) return false;
    return true;
  };
  for (let r = headerRows[headerRows.length - 1] + 1; r < grid.rowEnd; r++) {
    const shape = shapeOf(r);
    const { first } = shape;
    if (!first || showsDayAlone(r)) continue;
    if (NOTE.test(first) || notesOnly(grid, r, shown)) {
      body.push({ row: r, kind: "note" });
      owner = null;
      continue;
    }
    // Under a notice's closing formula (现予公告) only its signature and date follow.
    const skip =
      closed || (signedAt !== undefined && r >= signedAt) || (splitsFigures && namesWholeArea(grid.text(r, responsible!)))
        ? "footer"
        : (skipReason(grid, r, columns, span, first) ?? (isTotalRow(grid, r, shown) ? "footer" : null));
    if (skip) {
      body.push({ row: r, kind: "skipped", reason: skip });
      owner = null;
      closed ||= isNoticeClosing(first);
      continue;
    }
    // Over every shown column: a split of figures among units repeats its figures' labels too.
    if (!shape.hasSeq && isRepeatedHeader(grid, r, headerRows, shown)) continue;
    if (lastTask >= 0 && !shape.hasSeq && headsAnotherTable(grid, r)) break;
    // A page number stands alone on its line; 16 with text beyond the columns read is a task's number.
    if (shape.single && ((PAGE_FURNITURE.test(first) && loneTextColumn(grid, r) !== undefined) || normaliseText(first) === title)) continue;
    if (continuesTask(grid, r, shape, owner, columns)) {
      body.push({ row: r, kind: "skipped", reason: "continuation" });
      continue;
    }
    owner = null;
    const above = body[body.length - 1];
    const partsOnlyLine = above?.kind === "category" && isPartsOnlyLine(shape, shapeOf(above.row).first, nextRow(r)?.shape ?? null);
    // 各单位须依据权责清单…持续梳理并动态更新… alone under 二、健全主动公开事项目录体系: addressed to every
    // body, yet the part's only line is its work, as any part's only line is; among tasks it is a note.
    if (standsAlone(shape) && addressesEveryBody(first) && !partsOnlyLine) {
      body.push({ row: r, kind: "note" });
      continue;
    }
    // A heading-like line under 主要目标 heads the numbered tasks under it, unless nothing is under it.
    if (isUnnumberedLine(shape) && (partsOnlyLine || !looksLikeHeading(first)) && namesTargets(headingOver(body)) && tasksNumbered()) {
      body.push({ row: r, kind: "note" });
      continue;
    }
    if (partsOnlyLine) {
      body.push({ row: r, kind: "task" });
      owner = shape;
      lastTask = body.length - 1;
      continue;
    }
    if (standsAlone(shape) && isSentenceAcross(shape)) {
      body.push({ row: r, kind: "note" });
      continue;
    }
    // In one column a part heading over its only line, short as the line is, is still the heading.
    const headsOnlyLine = oneColumn && standsAlone(shape) && isHeadingLine(first) && overPartsOnlyLine(r, first);
    // In a list of items of work no item heads the next, though a count opening it (10所…) reads as a number.
    const heads = () => isCategoryRow(shape, oneColumn, oneColumn ? nextLine(grid, r, span.left) : "") && !(oneColumn && inRunOfItems(grid, r));
    if (headsOnlyLine || heads() || headsSubtotals(r, shape)) {
      body.push({ row: r, kind: "category" });
      continue;
    }
    body.push({ row: r, kind: "task" });
    owner = shape;
    // A row showing several texts is a row of the table, even with its unit and deadline cells empty.
    // A day alone on its row (2022年4月12日 under the tasks, in the deadline column or any other) is
    // the date the document was signed: no task, unless tasks follow it.
    const showsRow = shape.hasSeq || shape.hasUnits || shape.hasDeadline || !shape.single || (responsible === undefined && oneColumn);
    if (showsRow && !(shape.single && isSigningDay(first))) lastTask = body.length - 1;
  }
  // Prose under the table (抄送…, signatures) has neither number, unit nor deadline.
  const kept = body.filter((b, i) => i <= lastTask || b.kind === "note" || b.kind === "skipped");

  return { headerRows, columns, span, body: kept, above: linesAbove(grid, headerTop), days };
}

/** The texts of each row above the header (title, notice), top to bottom. */
function linesAbove(grid: Grid, headerTop: number): string[] {
  const above: string[] = [];
  for (let r = 0; r < headerTop; r++) {
    const texts = new Set<string>();
    for (let c = 0; c < grid.colEnd; c++) {
      const t = grid.ownText(r, c).trim();
      if (t) texts.add(t);
    }
    if (texts.size) above.push([...texts].join(" "));
  }
  return above;
}

/**
 * The header row: the first whose labels name a responsible column and one more role. Failing
 * that, the first row of labels (at least one known, no task number among them) under which the
 * columns' content shows a table: the units or a deadline beside the task text, or a numbered list
 * of tasks — a catalogue or a 实事 list names no unit, and is still read. Failing that too, a row of
 * short labels the reader need not know over rows of data. A row continuing the data above it (a
 * day under a day, its first cells left empty by a group merged down) is never the header.
 */
function findHeaderRow(grid: Grid): number | null {
  const end = Math.min(grid.rowEnd, HEADER_SEARCH_ROWS);
  // Labels head the rows of tasks: under two numbered rows (1 | 政府信息公开指南 | … | 办公室) a
  // row of short words (组织机构 | 领导分工 | … | 办公室) is one more task, not the header.
  const labelEnd = Math.min(end, firstNumberedRows(grid, end) ?? end);
  for (let r = 0; r < labelEnd; r++) {
    // The labels restated under a row that labelled only the first columns: the header starts there.
    if (isHeaderRow(rolesOfRow(grid, r)) && !holdsTaskNumber(grid, r)) return r > 0 && restatesLabels(grid, r - 1, r) ? r - 1 : r;
  }
  // The labels of no role (指标 | 预期值) over the years a target is set for head the indicators:
  // the rows under them, short words beside figures, would otherwise read as labels themselves.
  for (let r = 0; r < labelEnd - 1; r++) if (headsTargetsByYear(grid, r)) return r;
  for (let r = 0; r < labelEnd - 1; r++) {
    if (!mayBeLabelRow(grid, r) || continuesRowAbove(grid, r)) continue;
    const headerRows = headerBlock(grid, r);
    const roles = assignRoles(grid, headerRows);
    const task = roles.requirement.length > 0;
    const responsible = roles.units.length > 0 || roles.lead !== undefined;
    // A task column under a 工作任务 column (or a number, a unit, a deadline, or any labelled
    // column filled beside it: 民生实事 | 进展情况) is a table, even with no unit or deadline column.
    const beside =
      responsible ||
      roles.deadline !== undefined ||
      roles.seq !== undefined ||
      roles.category.length > 0 ||
      (task && labelledColumnBeside(grid, headerRows, roles.requirement[0]));
    if (task && beside) return r;
  }
  for (let r = 0; r < labelEnd - 1; r++) if (headsFiguresAmongUnits(grid, r)) return r;
  for (let r = 0; r < labelEnd - 1; r++) if (labelsOverRowsOfData(grid, r)) return r;
  for (let r = 0; r < end - 1; r++) {
    if (!isListLabel(grid, r)) continue;
    // A line longer than a column label is a title; under it 二、部分项目进展情况, numbered and
    // alone at its depth, is the list's own label. A lead-in sentence under any title is the label.
    const col = firstOwnTextColumn(grid, r, { left: 0, right: grid.colEnd - 1 });
    const title = col !== undefined && labelHead(grid.ownText(r, col).trim()).length > MAX_LABEL_LENGTH;
    // Over the first item of a run (新建城区幼儿园项目 over 农村公路提档升级项目), the row heads the list.
    if (!isListLabel(grid, r + 1) || opensRunOfItems(grid, r + 1)) return r;
    return (title && !siblingBelow(grid, r + 1)) || isLeadInLine(grid.text(r + 1, col ?? 0).trim()) ? r + 1 : r;
  }
  // No label at all (a blank header row, or the title right over the tasks): a column of task
  // prose is still a table, headed by the row above its first sentence. Names beside unlabelled
  // numbers are not: nothing says the numbers are what each unit is given.
  // A numbered heading over that sentence (一、年底前专项工作任务 over 1.行政规范性文件…) is a line of the
  // list, not its label: the row above it heads the table.
  for (let r = 0; r < end - 1; r++) {
    if (!startsTaskProse(grid, r + 1) && !startsNumberedRow(grid, r + 1)) continue;
    let top = r;
    while (top > 0 && numberedHeadingOver(grid, top)) top--;
    return top;
  }
  // Last, short labels over a plain list of items, naming no unit and no deadline (村组 | 所属镇街).
  for (let r = 0; r < labelEnd - 1; r++) if (labelsOverPlainList(grid, r)) return r;
  return null;
}

/** The row's one text is numbered (一、 （一）) and heads the row under it, numbered one level deeper
 * (1.行政规范性文件…), or by a task number in a cell of its own (1 | 加快…), as 1. is. */
function numberedHeadingOver(grid: Grid, row: number): boolean {
  const col = loneTextColumn(grid, row);
  if (col === undefined) return false;
  const text = grid.ownText(row, col).trim();
  const depth = markerDepth(text);
  if (depth === null) return false;
  if (startsNumberedRow(grid, row + 1)) return depth < (markerDepth("1.") as number);
  const nextCol = firstOwnTextColumn(grid, row + 1, { left: 0, right: grid.colEnd - 1 });
  return nextCol !== undefined && headsLines(text, grid.ownText(row + 1, nextCol).trim());
}

/** The column of the row's one own text, undefined when it holds none or several. */
function loneTextColumn(grid: Grid, row: number): number | undefined {
  const col = firstOwnTextColumn(grid, row, { left: 0, right: grid.colEnd - 1 });
  return col === undefined || firstOwnTextColumn(grid, row, { left: col + 1, right: grid.colEnd - 1 }) !== undefined ? undefined : col;
}

/** The first of two rows in a row that each open with a bare task number, if any before `end`. */
function firstNumberedRows(grid: Grid, end: number): number | undefined {
  for (let r = 0; r < end - 1; r++) if (startsNumberedRow(grid, r) && startsNumberedRow(grid, r + 1)) return r;
  return undefined;
}

/** A column's cell in `row` is a sentence or a numbered line, and from there on the column holds tasks. */
function startsTaskProse(grid: Grid, row: number): boolean {
  return allColumns(grid).some((c) => {
    const text = grid.ownText(row, c).trim();
    return (readsAsSentence(text) || markerDepth(text) !== null) && holdsTaskList(grid, c, row, false);
  });
}

/** The row opens with a bare task number and has text after it (1 | 完善城市管理体制 | 市住建局). */
function startsNumberedRow(grid: Grid, row: number): boolean {
  const col = firstOwnTextColumn(grid, row, { left: 0, right: grid.colEnd - 1 });
  if (col === undefined || !SEQ_NUMBER.test(grid.ownText(row, col).trim())) return false;
  return firstOwnTextColumn(grid, row, { left: col + 1, right: grid.colEnd - 1 }) !== undefined;
}

/** The row's only text is spread over several columns: a title, not a column label. */
function spreadLabel(grid: Grid, row: number): boolean {
  const col = firstOwnTextColumn(grid, row, { left: 0, right: grid.colEnd - 1 });
  const m = col === undefined ? undefined : grid.merge(row, col);
  return m !== undefined && m.right > m.left;
}

/** A cell of the row is a bare task number (6 | 工作动态 | 办公室): a task, though its words read as labels. */
function holdsTaskNumber(grid: Grid, row: number): boolean {
  return allColumns(grid).some((c) => SEQ_NUMBER.test(grid.ownText(row, c).trim()));
}

/** Whether a later line of the row's column (sampled) is numbered at the same depth as the row. */
function siblingBelow(grid: Grid, row: number): boolean {
  const col = firstOwnTextColumn(grid, row, { left: 0, right: grid.colEnd - 1 });
  const depth = col === undefined ? null : markerDepth(grid.ownText(row, col).trim());
  if (col === undefined || depth === null) return false;
  const end = Math.min(grid.rowEnd, row + 1 + FILLED_SAMPLE_ROWS);
  for (let r = row + 1; r < end; r++) if (markerDepth(grid.ownText(r, col).trim()) === depth) return true;
  return false;
}

/** The next filled line of a one-column list under `row`, "" at its end. */
function nextLine(grid: Grid, row: number, col: number): string {
  const next = nextLineRow(grid, row, col);
  return next === undefined ? "" : grid.text(next, col).trim();
}

/** The row of the next filled line of a one-column list under `row`, undefined at its end. */
function nextLineRow(grid: Grid, row: number, col: number): number | undefined {
  for (let r = row + 1; r < grid.rowEnd; r++) {
    const text = grid.text(r, col).trim();
    // The form's closing lines (制表人：…) and notes (备注：…) are none of the list's.
    if (text && !isClosingLine(text) && !NOTE.test(text)) return r;
  }
  return undefined;
}

/** A short line naming an item of work by its kind (新建城区幼儿园项目, 农村公路提档升级工程), numbered by
 * no list marker (八,城市品质跃升工程 and 1开展老旧小区提升改造工程 are a part and its item): a line of a
 * 民生实事 or project list. A count opening it (80周岁以上老年人高龄津贴项目, 10所农村学校改造项目) is no
 * number, though markerDepth reads a figure before the text as one. */
function namesItemOfWork(text: string): boolean {
  return ITEM_NAME_END.test(text) && isHeadingLine(text) && (markerDepth(text) === null || opensWithCount(text));
}

/**
 * 农村公路提档升级项目 under 新建城区幼儿园项目, in a column naming such items from there on: the line the
 * row opens with and the one right above it each name an item of work, so the row is a data row under
 * a data row (a remark beside either, 续建, changes nothing). Each item, read alone, reads as a label
 * (…项目 heads a column of 项目), but a run of them is the list itself: none of its rows but the topmost
 * can head it.
 */
function itemUnderItem(grid: Grid, row: number): boolean {
  const whole = { left: 0, right: grid.colEnd - 1 };
  const col = row > 0 ? firstOwnTextColumn(grid, row, whole) : undefined;
  if (col === undefined || firstOwnTextColumn(grid, row - 1, whole) !== col) return false;
  const isItem = (r: number) => namesItemOfWork(grid.ownText(r, col).trim());
  return isItem(row) && isItem(row - 1) && mostly(grid, col, row, namesItemOfWork);
}

/**
 * The label of a list laid into one column (十件实事, 二、部分项目进展情况, or the title itself):
 * the row's first text, a line that reads as a heading and no task number, right over the list's
 * first sentence, in a column of task sentences beside which nothing is filled but columns the row
 * labels as asides (二、部分项目进展情况 | 备注, | 进展情况: remarks or reports on the items). A title
 * over a label is none: the line under it is the label, not a sentence.
 */
export function isListLabel(grid: Grid, row: number): boolean {
  let col: number | undefined;
  const asides: number[] = [];
  for (let c = 0; c < grid.colEnd; c++) {
    const own = grid.ownText(row, c).trim();
    if (!own) continue;
    if (col !== undefined) {
      if (!labelsAside(own)) return false;
      asides.push(c);
      continue;
    }
    if (SEQ_NUMBER.test(own) || ATTACHMENT_LINE.test(own)) return false;
    if (!isHeadingLine(own) && !leadsNumberedLines(grid, row, c)) return false;
    col = c;
  }
  // A line over the form's 填报单位：… line is the title, not the list's label.
  if (col === undefined || isFormLine(grid, row + 1)) return false;
  // 考核内容, 工作任务: a label naming the tasks heads a list of mere names (农林牧渔业增加值增幅).
  const role = roleOfLabel(compactLabel(grid.ownText(row, col)));
  const namesTasks = role === "requirement" || role === "category";
  // A blank line may stand between the label and the list.
  const firstRow = nextLineRow(grid, row, col);
  const first = firstRow === undefined ? "" : grid.text(firstRow, col).trim();
  // 项目名称 or 2024年某县为民办实事项目清单 over 新建城区幼儿园项目 over 农村公路提档升级项目: the line under
  // the row opens a run of items, so it is the list's first item, however much it reads as a label.
  const items = firstRow !== undefined && opensRunOfItems(grid, firstRow);
  // A name over sentences (市政府2011年10件实事 over 实事项目 over 一、解决…。) is the list's label, not its first item.
  const sentence = (text: string) => cellKind(text) === "prose" || markerDepth(text) !== null || isWrittenSchedule(text);
  const labelUnder = roleOfLabel(compactLabel(first)) !== null || sentence(grid.ownText(row + 2, col).trim());
  // Right over the programme's slogans, the label is no slogan itself (that is the first item) and
  // a title over the label is none either (the line under it is no slogan).
  const slogans = !isVerbObjectPhrase(grid.ownText(row, col)) && isVerbObjectPhrase(first) && listsSlogans(grid, col, row + 1);
  if (!sentence(first) && !(namesTasks && !labelUnder) && !slogans && !items) return false;
  return holdsTaskList(grid, col, row + 1, namesTasks || slogans || items) && onlyFilledColumn(grid, row + 1, col, asides);
}

/** The row's line is the first of a run of items of work (the line under it an item under an item). */
function opensRunOfItems(grid: Grid, row: number): boolean {
  return itemUnderItem(grid, row + 1);
}

/** The row's line is one of a run of items of work, the first or any after it. */
function inRunOfItems(grid: Grid, row: number): boolean {
  return itemUnderItem(grid, row) || opensRunOfItems(grid, row);
}

/** A label the reader knows for a column beside the tasks that is never checked (备注, 进展情况,
 * 联系人) — not a cell of a list's row (2.乐业路 | 区城管局 | 已完工) that may read as one. */
function labelsAside(text: string): boolean {
  const role = roleOfLabel(compactLabel(text));
  return readsAsLabel(text) && (role === "ignored" || role === "remark");
}

/** However long, a sentence announcing the numbered items right under it in its column heads them. */
function leadsNumberedLines(grid: Grid, row: number, col: number): boolean {
  return isLeadInLine(grid.ownText(row, col).trim()) && markerDepth(nextLine(grid, row, col)) !== null;
}

/** From `first` on, the column holds task sentences, or names that are numbered or listed under a
 * label naming tasks; a short sheet may hold a single one. */
function holdsTaskList(grid: Grid, col: number, first: number, namesTasks: boolean): boolean {
  // 各单位要高度重视…: a line to every body is an instruction, no task a list opens with.
  if (addressesEveryBody(grid.ownText(first, col).trim())) return false;
  const content = columnContent(grid, col, first);
  // 工作举措及实施计划 over 1.4月底前职教中心…主体完工,开始装修工程施工;…: alone in its list, a
  // schedule written out at length says what is to be done as well as by when.
  const writtenSchedules = content.filled > 0 && mostly(grid, col, first, isWrittenSchedule);
  // 序号 | 推进情况: a list of reports on what was achieved is read as its items, naming nobody.
  const reports = content.filled > 0 && mostly(grid, col, first, readsAsSentence);
  return holdsTaskProse(content, 1) || writtenSchedules || reports || (holdsTaskNames(content, 1) && (namesTasks || mostlyNumbered(grid, col, first)));
}

/** Most filled lines from `first` on (sampled) open with a list marker: a list of short items. */
function mostlyNumbered(grid: Grid, col: number, first: number): boolean {
  return mostly(grid, col, first, (text) => markerDepth(text) !== null);
}

/** Longer than this, a milestone schedule tells the work itself, not only when it is due. */
const WRITTEN_SCHEDULE_LENGTH = 40;

function isWrittenSchedule(text: string): boolean {
  return text.length > WRITTEN_SCHEDULE_LENGTH && isMilestoneSchedule(text);
}

/** Most filled lines of the column from `first` on (sampled) pass `test`. */
function mostly(grid: Grid, col: number, first: number, test: (text: string) => boolean): boolean {
  let filled = 0;
  let passing = 0;
  const end = Math.min(grid.rowEnd, first + FILLED_SAMPLE_ROWS);
  for (let r = first; r < end; r++) {
    const text = grid.ownText(r, col).trim();
    if (!text) continue;
    filled++;
    if (test(text)) passing++;
  }
  return passing >= CONTENT_SHARE * filled;
}

/** No column but `col` holds text in the rows from `first` on (sampled). */
function onlyFilledColumn(grid: Grid, first: number, col: number, asides: number[] = []): boolean {
  return !allColumns(grid).some((c) => c !== col && !asides.includes(c) && filledFrom(grid, first, c));
}

/** How many rows under a header are looked at to see whether a column is filled. */
const FILLED_SAMPLE_ROWS = 40;

/** Whether column `col` holds text in the rows from `first` on (sampled). */
function filledFrom(grid: Grid, first: number, col: number): boolean {
  const end = Math.min(grid.rowEnd, first + FILLED_SAMPLE_ROWS);
  for (let r = first; r < end; r++) if (grid.ownText(r, col).trim()) return true;
  return false;
}

/** A column other than the tasks' has a header label and text under it. */
function labelledColumnBeside(grid: Grid, headerRows: number[], taskCol: number): boolean {
  const firstBody = headerRows[headerRows.length - 1] + 1;
  return allColumns(grid).some((c) => c !== taskCol && headerRows.some((h) => grid.ownText(h, c).trim()) && filledFrom(grid, firstBody, c));
}

/** Kinds of cell that are values, never a column's label: a date, a number, a sum, a phone. */
const VALUE_KINDS: readonly CellKind[] = ["deadline", "seq", "amount", "phone"];

/** Whether the cell holds a value (7月20日, 3, 120万元) and of which kind; undefined for words or nothing. */
function valueKindAt(grid: Grid, row: number, col: number): CellKind | undefined {
  const text = grid.ownText(row, col).trim();
  const kind = text ? cellKind(text) : undefined;
  return kind && VALUE_KINDS.includes(kind) ? kind : undefined;
}

/** The row holds a value where the row above holds one of the same kind (7月22日 under 7月20日):
 * one more row of the data above it, never the labels heading them, however short its words. */
function continuesRowAbove(grid: Grid, row: number): boolean {
  if (row <= 0 || row >= grid.rowEnd) return false;
  return allColumns(grid).some((c) => {
    const kind = valueKindAt(grid, row, c);
    return kind !== undefined && kind === valueKindAt(grid, row - 1, c);
  });
}

// 预期值, 目标值, 指标值, 规划目标: the label of the values a plan of indicators sets.
const TARGET_VALUES_LABEL = /(?:预期|目标|指标|规划|计划)值$|目标$/u;
// 2016年, 2016年度, 2016: a year a target is set for, alone in its cell.
const YEAR_LABEL = /^(?:19|20)\d{2}(?:年度?)?$/u;

/**
 * 指标 | 预期值 over 2016年 | 2017年 | 2018年: a label of target values spread over two or more
 * columns (merged, or followed by blanks where the merge was lost), a year under each. The years
 * are the columns of the values, each the target for that year (never a deadline); the row is the
 * top of the header, whatever its other labels.
 */
function headsTargetsByYear(grid: Grid, row: number): boolean {
  if (row + 1 >= grid.rowEnd) return false;
  return allColumns(grid).some((c) => {
    if (!TARGET_VALUES_LABEL.test(labelAt(grid, row, c))) return false;
    const m = grid.merge(row, c);
    let right = c;
    if (m) right = m.top === row && m.bottom === row ? m.right : c;
    else while (right + 1 < grid.colEnd && !grid.text(row, right + 1).trim() && !grid.merge(row, right + 1)) right++;
    if (right === c) return false;
    for (let under = c; under <= right; under++) if (!YEAR_LABEL.test(compactLabel(grid.ownText(row + 1, under)))) return false;
    return true;
  });
}

/**
 * 集镇(区) | 时 间 | 集 镇 | 行 政 村 over 东岗镇 | 7月23日 | 东岗 | 芦村、庄头…: short labels the reader
 * may know none of, no value among them, right over rows of data that continue one another, every
 * labelled column filled under them. They head the table whatever its columns turn out to hold,
 * so long as one of them holds words: under 单位 | 日期 or 单位 | 任务数, bodies beside dates or
 * counts alone, nothing says what the rows are about.
 */
function labelsOverRowsOfData(grid: Grid, row: number): boolean {
  const texts = labelTexts(grid, row);
  if (!texts || texts.length < 2 || allColumns(grid).some((c) => valueKindAt(grid, row, c) !== undefined)) return false;
  if (!continuesRowAbove(grid, row + 2)) return false;
  const labelled = allColumns(grid).filter((c) => grid.ownText(row, c).trim());
  const words = labelled.some((c) => share(columnContent(grid, c, row + 1), "unit", ...VALUE_KINDS) < CONTENT_SHARE);
  return words && labelled.every((c) => filledFrom(grid, row + 1, c));
}

/** Fewer rows than this under a row of short labels tell no plain list. */
const LEAST_LISTED_ROWS = 3;

/** The kinds of cell that are alike in a column of one kind: names and words (a place built at may
 * be a town, 新集镇, or a spot, 城关镇北郊; a village may read as a person's name, 李家坳, a long name
 * as prose), times, numbers and figures, phones, progress. */
const KINDS_ALIKE: CellKind[][] = [["other", "person", "prose", "unit"], ["deadline"], ["seq", "amount", "measure"], ["phone"], ["progress"]];

function holdsOneKind(content: ColumnContent): boolean {
  return KINDS_ALIKE.some((kinds) => share(content, ...kinds) >= CONTENT_SHARE);
}

/**
 * 村组 | 所属镇街 over 四连山村柯家湾 | 汪仁镇, 检查点位 | 所在乡镇 | 问题类型 over 石牌农贸市场 | 石牌镇 |
 * 垃圾乱堆: two or more short labels the reader may know none of, no value among them, over a few
 * rows or more in which every labelled column holds text of one kind, one column naming each row's
 * item. A published list (villages put on a black list, the sites inspected, the projects and where
 * they are built) is a table that names no unit and no deadline: the checks say so, rather than the
 * sheet being refused. A form's column of values mixes names, bodies, sums and dates; a directory's
 * names bodies, persons and phones, no item.
 */
function labelsOverPlainList(grid: Grid, row: number): boolean {
  const texts = labelTexts(grid, row);
  if (!texts || texts.length < 2 || rowsOfSeveralTexts(grid, row + 1) < LEAST_LISTED_ROWS) return false;
  // Only the list's title and captions, one line each, stand above its labels: under a row of
  // several texts (合计 | 14个 | 3个), a row of names (甲山镇 | 柏树村) is one more row of data.
  for (let r = 0; r < row; r++) if (shownTexts(grid, r, { left: 0, right: grid.colEnd - 1 }).filter((text) => !fillsField(text)).length > 1) return false;
  const labelled = allColumns(grid).filter((c) => grid.ownText(row, c).trim());
  if (labelled.some((c) => valueKindAt(grid, row, c) !== undefined)) return false;
  // A column left blank under its label (整改情况, to be filled in) is of no kind and still of the list.
  const alike = (held: ColumnContent) => held.filled === 0 || holdsOneKind(held);
  if (!labelled.every((c) => alike(columnContent(grid, c, row + 1)))) return false;
  const item = itemColumn(grid, row + 1, labelled.filter((c) => mayNameItems(labelAt(grid, row, c))));
  if (item === undefined) return false;
  // The first row of a list under no labels (四连山村柯家湾 | 汪仁镇) is no row of labels: one of these
  // the reader knows as a column's (检查点位, 所属镇街, 乡镇), or the one over the items is no name as
  // theirs are (村组 over 四连山村柯家湾).
  const knownLabel = (label: string) => roleOfLabel(label) !== null || namesPlaceAttribute(label) || namesLevelsAlone(label);
  return labelled.some((c) => knownLabel(labelAt(grid, row, c))) || !ITEM_NAME.test(grid.ownText(row, item).trim());
}

/** A column label the rows' items may stand under: one naming no role (村组, 工程) and no place where
 * the item lies (所属镇街, 所在区域), or one naming the sites or objects of the work (检查点位, 抽查对象)
 * — never a column set aside for persons, progress or contacts (姓名, 天气情况, 联系人). */
function mayNameItems(label: string): boolean {
  const role = roleOfLabel(label);
  return (role === null && !namesPlaceAttribute(label)) || (role === "ignored" && namesSiteOrObjectOfWork(label));
}

// 四连山村柯家湾, 石牌农贸市场, 107国道沿线: an item is named in three Han characters or more; 晴, 多云
// and 已完成 are words of a state, no item's name.
const ITEM_NAME = /(?:\p{Script=Han}[^\p{Script=Han}]*){3}/u;

/** Below this share of texts unlike any other, a column sorts its rows (问题类型 垃圾乱堆, 所在乡镇
 * 城关镇) rather than telling each apart. */
const DISTINCT_SHARE = 0.9;

/** Whether a column's texts from `first` on (sampled) repeat one another too often to tell its rows apart. */
function repeatsItsTexts(grid: Grid, col: number, first: number): boolean {
  const texts: string[] = [];
  for (let r = first; r < Math.min(grid.rowEnd, first + FILLED_SAMPLE_ROWS); r++) {
    const text = grid.ownText(r, col).trim();
    if (text) texts.push(normaliseText(text));
  }
  return new Set(texts).size < DISTINCT_SHARE * texts.length;
}

/**
 * Of `columns`, the leftmost whose cells from `first` on (sampled) name what each row is about: a
 * few names or more, each unlike the others — no body's or town's name (who or where), person,
 * number, date, figure, phone, progress word or filled-in field.
 */
function itemColumn(grid: Grid, first: number, columns: number[]): number | undefined {
  return [...columns]
    .sort((a, b) => a - b)
    .find((col) => {
      const content = columnContent(grid, col, first);
      if (content.filled < LEAST_LISTED_ROWS || share(content, "other", "prose") < CONTENT_SHARE) return false;
      return mostly(grid, col, first, (text) => ITEM_NAME.test(text) && !fillsField(text)) && !repeatsItsTexts(grid, col, first);
    });
}

/** Two or more short cells, one a known label, none a task number: a row that can head a table. */
function mayBeLabelRow(grid: Grid, row: number): boolean {
  const texts = labelTexts(grid, row);
  if (!texts) return false;
  const cells = texts.length;
  const known = texts.filter((own) => {
    const role = roleOfLabel(headerLabel(own));
    return role && role !== "ignored";
  }).length;
  // One label over its column (工作任务 | blank | …) heads the table when it is no title spread over it.
  if (cells < 2) return cells === 1 && known === 1 && !spreadLabel(grid, row);
  // Labels the reader knows none of (民生实事项目 | 年度目标) still head the numbered rows under them,
  // and words that are no cell of a table (检查食堂 | 情形 | 整改情况, no name, date or sentence) head a
  // row of sentences (石牌中心小学食堂 | 餐厅门口防蝇帘老旧变硬…).
  return known >= 1 || findUnlabelledSeq(grid, row + 1, allColumns(grid)) !== undefined || (texts.every(isBareWord) && sentencesUnder(grid, row, 1));
}

const HAN_WORD = /^\p{Script=Han}+$/u;

/** Chinese words alone, reading as no unit, date, number or sentence: what a label may be (a label
 * of two or three characters, 情形, is shaped as a person's name is). */
function isBareWord(text: string): boolean {
  const kind = cellKind(text);
  return HAN_WORD.test(text) && (kind === "other" || kind === "person");
}

/** The row's texts when each may be a column label (short, no task number, no sentence, no field
 * filled in), null when one may not. */
function labelTexts(grid: Grid, row: number): string[] | null {
  const texts: string[] = [];
  for (let c = 0; c < grid.colEnd; c++) {
    const own = grid.ownText(row, c).trim();
    if (!own) continue;
    // 2.乐业路: a numbered item is a task, never a column label.
    if (SEQ_NUMBER.test(own) || markerDepth(own) !== null || ENDS_SENTENCE.test(own) || fillsField(own)) return null;
    if (labelHead(own).length > MAX_LABEL_LENGTH && !leadsNumberedLines(grid, row, c)) return null;
    texts.push(own);
  }
  return texts;
}

/**
 * 承办县区 | 总件数 | 已办结 over 临渭区 | 52 | 52, or 被考核单位 | 全年目标（亿元） over 蒲城县 | 120: labels
 * over one column naming bodies or areas beside columns of figures only (remarks, persons and
 * phones apart).
 * The sheet splits targets or cases among those units, each row the share of its unit: a table
 * with no task text, read rather than refused. Only the labels say the numbers are what each unit
 * is given: a column of names beside unlabelled numbers, or numbers under 序号 or 单位代码, is a
 * directory of the units, not a plan.
 */
function headsFiguresAmongUnits(grid: Grid, row: number): boolean {
  const texts = labelTexts(grid, row);
  return texts !== null && texts.length >= 2 && unitsOfSplit(grid, headerBlock(grid, row)) !== undefined;
}

/** The column of units among which the table under `header` splits its labelled figures
 * (headsFiguresAmongUnits) or, for places under a label naming their levels, whatever its labelled
 * columns give each place; undefined when it is no such split. */
function unitsOfSplit(grid: Grid, header: number[]): number | undefined {
  const firstBody = header[header.length - 1] + 1;
  const labels = (c: number) => header.map((h) => labelAt(grid, h, c)).filter(Boolean);
  const held = allColumns(grid)
    .filter((c) => filledFrom(grid, firstBody, c) && !labels(c).some((l) => roleOfLabel(l) === "remark"))
    .map((col) => {
      const own = labels(col);
      // 责任单位及责任人 over 盘龙区政府主要领导: the bodies the targets are split among.
      if (own.some((l) => givesUnits(roleOfLabel(l)))) return { col, content: underUnitLabel(columnContent(grid, col, firstBody)) };
      // 市地 over 哈尔滨, 大庆: the places the label names, though written without their level.
      return { col, content: columnContent(grid, col, firstBody, own.some(namesLevelsAlone) ? placeUnderLevels : undefined) };
    });
  // A column of persons or phones (联系人, 责任领导) beside the units is no second text of the rows.
  const named = held.filter(({ content }) => share(content, "seq", "amount") < CONTENT_SHARE && !holdsNoUnitOrDeadline(content));
  const figures = held.filter(({ content }) => share(content, "seq", "amount") >= CONTENT_SHARE);
  // 乡镇 over 甲山镇, 丁家 beside 退出村名单 over 柏树村: places under a label naming their levels are what
  // the rows are split among whatever each row gives its place — figures, villages or projects —
  // unless a column is labelled as the units (责任单位), another names places too, or the rows carry
  // work of their own (县区 | 水源地名称 | 整治措施: the places say where each object lies).
  const places = held.filter(({ col, content }) => labels(col).some(namesLevelsAlone) && share(content, "unit") >= CONTENT_SHARE);
  const namesUnitsOrWork = (label: string) => givesUnits(roleOfLabel(label)) || roleOfLabel(label) === "requirement";
  const ownsUnits = places.length === 1 && !held.some(({ col }) => labels(col).some(namesUnitsOrWork));
  // 县(市、区) | 碳强度下降目标 | 责任部门 over 甲川区 | 19% | 甲川区人民政府: beside a column labelled as
  // the units, the places are what each row's figures are about (the item), not a second column of units.
  const labelledUnits = held.some(({ col }) => labels(col).some((l) => givesUnits(roleOfLabel(l))));
  const unitCandidates = ownsUnits ? places : named.filter((n) => !(labelledUnits && places.includes(n)));
  const units = unitCandidates.length === 1 ? unitCandidates[0] : undefined;
  if (units === undefined || share(units.content, "unit") < CONTENT_SHARE) return undefined;
  // What the rows give their units, under labels that say what it is (a count of tasks is none).
  const given = units === places[0] ? [...named, ...figures].filter(({ col }) => col !== units.col) : figures;
  return given.some(({ col }) => labels(col).some(namesFigure)) ? units.col : undefined;
}

// 哈尔滨, 大庆, 齐齐哈尔: a place's own name, two to four characters (a space may pad a short one to
// the width of the rest: 大 庆, a full-width space), written without its level (市, 地区, 县).
const BARE_PLACE_NAME = /^\p{Script=Han}{2,4}$/u;
const SPACES = /\s+/gu;

/** A cell under a label naming levels alone (市地, 县区, 乡镇): a short proper name is one of the places
 * the label names, though nothing in it says body; any other cell is what it reads as. A total (合计,
 * 全省) is as short, but its row is set aside as the table's closing line, never read as a place's. */
function placeUnderLevels(text: string): CellKind {
  return BARE_PLACE_NAME.test(text.replace(SPACES, "")) ? "unit" : cellKind(text);
}

// 序号, 编号, 单位代码, 邮政编码, 联系电话: numbers that tell the units apart or reach them, not what
// they are given — 号 and 码 name a number as a mark, where 数, 率 and 额 name a quantity.
const NAMES_IDENTIFIER = /(?:[号码]|电话|手机|传真|邮编)(?:\(.*\))?$/u;
const NAMES_QUANTITY = /[数率额量](?:\(.*\))?$/u;

// 任务数, 事项数: how many tasks each unit has is a summary of a plan kept elsewhere (a 统计 sheet
// beside the 责任分工 one); a plan gives a unit its tasks by listing them.
const COUNTS_TASKS = /(?:任务|事项)[项条个]?数/u;

/** 编号, 单位代码, 联系电话: a label over marks or numbers only. 测评内容分类编号 labels the items
 * themselves, under their numbers: a task label, though it ends in 号. */
function namesIdentifierOnly(label: string): boolean {
  const role = roleOfLabel(label);
  return NAMES_IDENTIFIER.test(label) && role !== "requirement" && role !== "category";
}

/** Whether a column label can say what a figure under it is (总件数, 办结率, 全年目标(亿元)). */
function namesFigure(label: string): boolean {
  return roleOfLabel(label) !== "seq" && !NAMES_IDENTIFIER.test(label) && !COUNTS_TASKS.test(label);
}

/**
 * 序号 | 单位名称 | 联系人 | 联系电话 | 职务 | 邮箱: beside the numbers and the units, only whom to
 * call there and how (persons, posts, phones, e-mails, codes), or nothing. Such a sheet beside the
 * plan is a directory of the units: it gives none of them a task. A column of units it must have: a
 * list whose text sits in its number column (merged across) is no directory.
 */
function listsContactsOnly(grid: Grid, columns: ColumnRoles, headerRows: number[], firstBody: number): boolean {
  const units = [...roleColumnsOf(columns, "units"), ...roleColumnsOf(columns, "lead"), ...roleColumnsOf(columns, "co")];
  if (!units.some((c) => share(columnContent(grid, c, firstBody), "unit") >= CONTENT_SHARE)) return false;
  const naming = new Set([...roleColumnsOf(columns, "seq"), ...units]);
  const labels = headerLabels(grid, headerRows);
  return allColumns(grid)
    .filter((c) => !naming.has(c) && filledFrom(grid, firstBody, c))
    .every((c) => headerRows.some((r) => namesIdentifierOnly(labels(r, c))) || contactShare(grid, c, firstBody) >= CONTENT_SHARE);
}

/** How many rows are sampled to tell a column of contacts. */
const CONTACT_SAMPLE_ROWS = 40;

/** The share of a column's filled cells (from `first` on) that only say whom to call and how. */
function contactShare(grid: Grid, col: number, first: number): number {
  let filled = 0;
  let contacts = 0;
  for (let r = first; r < Math.min(grid.rowEnd, first + CONTACT_SAMPLE_ROWS); r++) {
    const text = grid.ownText(r, col).trim();
    if (!text) continue;
    filled++;
    // 王伟（办公室主任） 13891600001: a cell may give the person, the post and the numbers together.
    if (text.split(CONTACT_PARTS).every((part) => !part || isContactPart(part))) contacts++;
  }
  return filled === 0 ? 0 : contacts / filled;
}

const CONTACT_PARTS = /[\s、，,；;：:（）()/]+/u;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
// A code sets letters and digits apart from any figure: 统一社会信用代码 11610721MB1234567X.
const CODE = /^(?=.*\d)(?=.*[A-Z])[\dA-Z]{6,}$/u;
// 办公室主任, 副局长, 科员, 党组书记: a post ends in the title of its holder.
const POST = /^\p{Script=Han}{0,8}(?:长|主任|书记|员|主席|秘书|干事|专干|经理|助理|主管|负责人|联络人)$/u;

/** One part of a contact cell: a person, a post, a phone, an e-mail address or a code. */
function isContactPart(part: string): boolean {
  const kind = cellKind(part);
  return kind === "person" || kind === "phone" || EMAIL.test(part) || CODE.test(part) || POST.test(normaliseText(part));
}

function allColumns(grid: Grid): number[] {
  return Array.from({ length: grid.colEnd }, (_, c) => c);
}
