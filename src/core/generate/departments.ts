// A parent plan → one tab per department, a 共同任务 tab and an index (分表目录): what each
// department takes part in, in which role, laid out like the derived sheets staff make by hand
// (seed 004: a bureau's tasks taken from its city's plan, the city's assignment kept as a remark).
//
// Order is deterministic: departments in order of first appearance in the plan (reading order,
// then order within the cell), rows in plan order. First appearance keeps a department's place
// stable when other rows change, and matches how staff read the parent.
import type { PlanRow, PlanTable } from "../model";
import { normaliseText } from "../normalise";
import type { Config, Deadline, TabSpec, TabsPlan, Unit } from "../schema";
import type { KeptTab, SheetInfo } from "../host";
import { planKey, tabDigest } from "../tabmark";
import { tabLook } from "./look";
import { departmentFileStem, planSubject, safeTabName, uniqueTabNames } from "./names";
import { NON_TASK_LABEL, nonTaskRows, type NonTaskReason, type NonTaskSource } from "./nontask";
import { resolveUnits, type Roster, type RosterNotice, type UnitResolver } from "./roster";
import { catchAllScope, levelOfRosterText, levelOfUnit, type LevelKey } from "./scope";

export { planSubject };

export type TaskRole = "牵头" | "配合" | "负责" | "共同任务";

/** Why a row is on a tab: the tab's unit is named on it, or a catch-all on it addresses the unit
 * (every department, its level, its class), or — on the 共同任务 tab — a catch-all addresses
 * every department, a class whose members nobody listed, or the relevant units without naming one. */
export type Reason = "named" | "every" | "level" | "class" | "to-assign" | "unnamed";

export const INDEX_TAB_NAME = "分表目录";
export const COMMON_TAB_NAME = "共同任务";
export const DEPARTMENT_HEADER = [
  "序号",
  "原序号",
  "工作任务",
  "具体要求",
  "本单位职责",
  "列入依据",
  "协同单位",
  "责任部门（科室）",
  "完成时间",
  "原责任单位",
  "备注",
];
/** Column positions in DEPARTMENT_HEADER that other parts refer to. */
export const DEPARTMENT_COLUMN = { parentSeq: 1, requirement: 3, role: 4, reason: 5, partners: 6, deadline: 8, parentUnits: 9, remark: 10 } as const;
const DEPARTMENT_WIDTHS = [6, 8, 22, 44, 10, 18, 20, 14, 14, 22, 16];
/** 序号, 原序号, 本单位职责. */
const DEPARTMENT_CENTERED = [0, 1, 4];

export const INDEX_HEADER = [
  "序号",
  "单位",
  "牵头",
  "配合",
  "负责",
  "共同任务",
  "合计",
  "时限不明确或未写",
  "最早完成时间",
  "分表",
];
export const INDEX_COLUMN = { unit: 1, lead: 2, co: 3, responsible: 4, common: 5, total: 6, vague: 7, earliest: 8, tab: 9 } as const;
const INDEX_WIDTHS = [6, 26, 7, 7, 7, 9, 7, 12, 16, 26];
/** Every column but the unit and its tab: counts and dates. */
const INDEX_CENTERED = [0, 2, 3, 4, 5, 6, 7, 8];

export interface Notice {
  kind: RosterNotice["kind"] | "tab-renamed" | "tab-kept" | "rows-without-unit" | "rows-not-tasks";
  zh: string;
  en: string;
  unit?: string;
  suggestion?: string | null;
}

/** One row of a department's tab and why it is there, for the pane to show. */
export interface PlacedRow {
  /** 1-based row of the plan sheet. */
  row: number;
  seq: string;
  role: TaskRole;
  reason: Reason;
  /** The catch-all that brought the row, as written (null for `named`). */
  via: string | null;
}

export interface PlacedTab {
  /** The tab's name in the workbook. */
  tab: string;
  /** The unit (or level, or 共同任务) the tab is for. */
  unit: string;
  kind: "unit" | "level" | "common";
  rows: PlacedRow[];
}

/** What the tabs hold, counted once for the index's note and the pane. */
export interface TabsSummary {
  /** Every tab written, the index included. */
  tabs: number;
  /** Tabs of named units (departments, and level or class members the roster lists). */
  units: number;
  /** Tabs for a level the plan addresses without naming its bodies (乡街). */
  levelTabs: string[];
  /** Rows of the 共同任务 tab, by why they are there; null without that tab. */
  common: { rows: number; every: number; toAssign: number; unnamed: number } | null;
  /** Rows read as tasks that are not (hidden, struck through, footers, continued text). */
  notTasks: number;
  /** Tasks that name no unit. */
  withoutUnit: number;
  zh: string;
  en: string;
}

export interface DepartmentTabs {
  plan: TabsPlan;
  /** Existing tabs this tool made earlier, to remove before the new ones are written. */
  remove: string[];
  /** Tabs this tool made that are kept: edited since, or from another plan. */
  kept: KeptTab[];
  notices: Notice[];
  /** Per tab, which rows it holds and why. */
  placed: PlacedTab[];
  summary: TabsSummary;
}

interface Assignment {
  /** Position in plan.rows, for plan order. */
  index: number;
  row: PlanRow;
  role: TaskRole;
  reason: Reason;
  via: string | null;
  /** Made on the first department tab the assignment is on, and the same on every other: a row
   * addressed to every department is one assignment on each of 300 tabs. */
  partners?: string;
  placed?: PlacedRow;
}

interface Department {
  name: string;
  /** The level the unit is of (乡镇 …), when its name or the roster says so. */
  level: LevelKey | null;
  /** A tab standing for a whole level the plan names no body of. */
  levelTab: boolean;
  /** In plan order, one a row; a named row wins over a catch-all one. */
  rows: Assignment[];
}

/** How many rows a notice lists before it stops. */
const LISTED_ROWS = 20;

const ROLE_RANK: Record<Unit["role"], number> = { lead: 0, co: 1, responsible: 2 };

// A clause that hands the names in it a 负责 role in words (A、B按职责分工负责; A牵头，B落实).
const RESPONSIBLE_WORDS = /负责|落实|承办/u;
const CLAUSE_BREAK = /[，,；;。\n]/u;

/** Whether the cell says in words that `name` is responsible (a word after it, in its clause),
 * rather than leaving it unmarked. */
function writtenResponsible(unitText: string, name: string): boolean {
  return normaliseText(unitText)
    .split(CLAUSE_BREAK)
    .some((clause) => {
      const at = clause.indexOf(name);
      return at >= 0 && RESPONSIBLE_WORDS.test(clause.slice(at + name.length));
    });
}

/**
 * A department's role on a row: 牵头 for the row's lead; 配合 for a unit marked so, and for an
 * unmarked unit on a row that has a lead (A牵头，B、C; or the first-listed rule); 负责 for a unit
 * the cell calls responsible in words, and for every unit of a row without a lead.
 */
function roleOnRow(row: PlanRow, units: Unit[], isLead: boolean): TaskRole {
  if (isLead) return "牵头";
  // Loops, not a callback made each call: this runs for each unit of each row.
  let role = units[0].role;
  for (let i = 1; i < units.length; i++) if (ROLE_RANK[units[i].role] < ROLE_RANK[role]) role = units[i].role;
  if (role === "lead") return "牵头";
  if (role === "co") return "配合";
  if (row.lead === null) return "负责";
  for (let i = 0; i < units.length; i++) if (writtenResponsible(row.unitText, units[i].name)) return "负责";
  return "配合";
}

interface Collected {
  departments: Department[];
  /** Rows of the 共同任务 tab. */
  common: Assignment[];
  /** Rows addressed to every department (each department's tab gets them with common: every). */
  every: Assignment[];
}

type ScopeSettings = Pick<Config, "scopes" | "classMembers">;

/** Strips 各 / 所有 / 全 from a level catch-all, for a tab name (各乡镇(街道) → 乡镇(街道)). */
function levelTabName(written: string): string {
  return written.replace(/^(?:各|所有|全)/u, "") || written;
}

/**
 * Who gets each row. A named unit gets the row in its role; a catch-all gets it to whom it
 * addresses (src/core/generate/scope.ts): every department → the 共同任务 tab and, later, every
 * department's tab; a level → the units of that level, or one tab for the level; a class → its
 * members when settings or the roster list them, else the 共同任务 tab, to be assigned; the
 * relevant ones → nobody beyond the named units, or the 共同任务 tab when none is named.
 */
function collectDepartments(
  plan: PlanTable,
  rows: number[],
  resolver: UnitResolver,
  settings: ScopeSettings,
  roster?: Roster,
): Collected {
  const byName = new Map<string, Department>();
  const rosterEntry = new Map((roster?.entries ?? []).map((e) => [e.name, e]));
  const levelOf = (name: string) => {
    const written = rosterEntry.get(name)?.level;
    return written ? levelOfRosterText(written) : levelOfUnit(name);
  };
  // The units of each level, found once per level while no department is added (a class's
  // members may add one): a plan may address 各乡镇 on hundreds of rows.
  const levelMembers = new Map<LevelKey, Department[]>();
  const departmentNamed = (name: string): Department => {
    let d = byName.get(name);
    if (!d) {
      d = { name, level: levelOf(name), levelTab: false, rows: [] };
      byName.set(name, d);
      levelMembers.clear();
    }
    return d;
  };
  // Rows are read in plan order, so a department's rows come in plan order, and a row placed
  // before is its last one.
  const place = (d: Department, a: Assignment) => {
    const last = d.rows.length - 1;
    if (last < 0 || d.rows[last].index !== a.index) d.rows.push(a);
    else if (d.rows[last].reason !== "named" && a.reason === "named") d.rows[last] = a;
  };

  // Every unit the plan names, and the roster's units of a level or a class, are known before any
  // catch-all is distributed, so a level row early in the plan reaches a town named late.
  for (let r = 0; r < rows.length; r++) {
    const units = plan.rows[rows[r]].units;
    for (let u = 0; u < units.length; u++) if (!units[u].generic) departmentNamed(resolver.departmentOf(units[u].name));
  }
  const classOf = (catchAll: string): string[] => {
    const key = normaliseText(catchAll);
    const listed = Object.entries(settings.classMembers).find(([c]) => normaliseText(c) === key)?.[1] ?? [];
    const inRoster = (roster?.entries ?? []).filter((e) => (e.classes ?? []).some((c) => normaliseText(c) === key)).map((e) => e.name);
    return [...new Set([...listed.map((n) => resolver.departmentOf(n)), ...inRoster])];
  };
  for (const entry of roster?.entries ?? []) if (entry.level && levelOfRosterText(entry.level)) departmentNamed(entry.name);
  const membersOfLevel = (level: LevelKey): Department[] => {
    let members = levelMembers.get(level);
    if (!members) levelMembers.set(level, (members = [...byName.values()].filter((d) => !d.levelTab && d.level === level)));
    return members;
  };
  const levelTabs = new Map<LevelKey, Department>();

  const common: Assignment[] = [];
  const every: Assignment[] = [];
  // Indexed loops and no list a row: this runs over every row, mostly before V8 optimizes it,
  // where each iteration's and each list's objects showed in a split's garbage.
  for (let r = 0; r < rows.length; r++) {
    const index = rows[r];
    const row = plan.rows[index];
    const units = row.units;
    const leadDepartment = row.lead === null ? null : resolver.departmentOf(row.lead);
    let named = 0;
    let catchAlls = false;
    for (let u = 0; u < units.length; u++) {
      if (units[u].generic) {
        catchAlls = true;
        continue;
      }
      named++;
      // A department's units go together, placed at the first of them: two units of a row are one
      // department only when the roster says so.
      const name = resolver.departmentOf(units[u].name);
      if (unitOfBefore(units, u, name, resolver)) continue;
      place(departmentNamed(name), { index, row, role: roleOnRow(row, unitsOfFrom(units, u, name, resolver), name === leadDepartment), reason: "named", via: null });
    }
    if (!catchAlls) continue;
    let inCommon: Assignment | null = null;
    for (let u = 0; u < units.length; u++) {
      const unit = units[u];
      if (!unit.generic) continue;
      const reading = catchAllScope(unit.name, settings.scopes);
      const addressed = (reason: Reason): Assignment => ({
        index,
        row,
        role: roleOnRow(row, [unit], unit.name === row.lead),
        reason,
        via: unit.name,
      });
      if (reading.scope === "every") {
        const a: Assignment = { index, row, role: "共同任务", reason: "every", via: unit.name };
        every.push(a);
        inCommon ??= a;
      } else if (reading.scope === "level") {
        const level = reading.level as LevelKey;
        let members = membersOfLevel(level);
        if (members.length === 0) {
          let tab = levelTabs.get(level);
          if (!tab) {
            tab = { name: levelTabName(unit.name), level, levelTab: true, rows: [] };
            levelTabs.set(level, tab);
            byName.set(`\u0000${level}`, tab);
          }
          members = [tab];
        }
        for (const d of members) place(d, addressed("level"));
      } else if (reading.scope === "class") {
        const members = classOf(unit.name);
        for (const name of members) place(departmentNamed(name), addressed("class"));
        if (members.length === 0) inCommon ??= { index, row, role: "共同任务", reason: "to-assign", via: unit.name };
      } else if (named === 0) {
        inCommon ??= { index, row, role: "共同任务", reason: "unnamed", via: unit.name };
      }
    }
    if (inCommon) common.push(inCommon);
  }
  return { departments: [...byName.values()], common, every };
}

/** Whether a unit before position `u` of `units` is of department `name`. */
function unitOfBefore(units: Unit[], u: number, name: string, resolver: UnitResolver): boolean {
  for (let v = 0; v < u; v++) if (!units[v].generic && resolver.departmentOf(units[v].name) === name) return true;
  return false;
}

/** The units of department `name` from position `u` of `units` on. */
function unitsOfFrom(units: Unit[], u: number, name: string, resolver: UnitResolver): Unit[] {
  const own = [units[u]];
  for (let v = u + 1; v < units.length; v++) if (!units[v].generic && resolver.departmentOf(units[v].name) === name) own.push(units[v]);
  return own;
}

/** A department's rows in plan order; `every`: the rows addressed to every department (in plan
 * order, a row more than once when it has two such catch-alls), where the department's own
 * assignment of a row wins. Merged, the two lists being in plan order already. */
function rowsOf(d: Department, every: Assignment[]): Assignment[] {
  if (d.levelTab || d.level !== null || every.length === 0) return d.rows;
  const own = d.rows;
  const merged: Assignment[] = [];
  let i = 0;
  let j = 0;
  while (i < own.length || j < every.length) {
    const next = j >= every.length || (i < own.length && own[i].index <= every[j].index) ? own[i++] : every[j++];
    if (merged.length === 0 || merged[merged.length - 1].index !== next.index) merged.push(next);
  }
  return merged;
}

// ---------------------------------------------------------------- titles

export function departmentTitle(department: string, subject: string | null, list = "任务清单"): string {
  return subject ? `${department}贯彻落实${subject}${list}` : `${department}${list}`;
}

// ---------------------------------------------------------------- rows

function parentSeq(row: PlanRow): string {
  return row.seq ?? `第${row.row}行`;
}

/** A deadline as the plan writes it: the cell's own text, and a date cell as 2019年6月30日. */
export function writtenDeadline(deadline: Deadline): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(deadline.text);
  if (!iso || deadline.class !== "date") return deadline.text;
  return `${iso[1]}年${Number(iso[2])}月${Number(iso[3])}日`;
}

const REASON_TEXT: Record<Reason, (via: string) => string> = {
  named: () => "点名",
  every: (via) => `${via}（全部单位）`,
  level: (via) => `${via}（本层级单位）`,
  class: (via) => `${via}（所属单位）`,
  "to-assign": (via) => `${via}（待明确承办单位）`,
  unnamed: (via) => `${via}（未点名）`,
};

/** The 列入依据 cell: why the row is on this tab. */
export function reasonText(reason: Reason, via: string | null): string {
  return REASON_TEXT[reason](via ?? "");
}

/** The cells of an assignment that are the same on every tab it is on, made once: a row is on
 * the tab of each unit it names (a row addressed to every department, on each of 300), and the
 * host escapes and hashes a text it has seen as the same string faster than an equal new one. */
interface RowCells {
  /** Those of the row itself, made on its first tab. */
  of(a: Assignment): { seq: string; category: string; deadline: string };
  /** The 列入依据 text, made once per reason and catch-all. */
  reason(a: Assignment): string;
}

function rowCellsOf(rows: number): RowCells {
  // Filled out of order (a tab's rows are scattered over the plan): sized up front, so that V8
  // keeps it an array rather than a dictionary.
  const byIndex = new Array<{ seq: string; category: string; deadline: string } | undefined>(rows);
  const reasons = new Map<Reason, Map<string, string>>();
  return {
    of: (a) => (byIndex[a.index] ??= { seq: parentSeq(a.row), category: a.row.category.join("\n"), deadline: writtenDeadline(a.row.deadline) }),
    reason: (a) => {
      let byVia = reasons.get(a.reason);
      if (!byVia) reasons.set(a.reason, (byVia = new Map()));
      let reason = byVia.get(a.via ?? "");
      if (reason === undefined) byVia.set(a.via ?? "", (reason = reasonText(a.reason, a.via)));
      return reason;
    },
  };
}

function taskRow(position: number, a: Assignment, partners: string, rowCells: RowCells): (string | number | null)[] {
  const { row } = a;
  const cells = rowCells.of(a);
  return [position, cells.seq, cells.category, row.requirement, a.role, rowCells.reason(a), partners, "", cells.deadline, row.unitText, row.remark];
}

interface TabContent {
  name: string;
  kind: TabSpec["kind"];
  unit?: string;
  title: string;
  header: string[];
  rows: (string | number | null)[][];
  links: TabSpec["links"];
  widths: number[];
  centered: number[];
}

/** A tab as hosts draw it: its look, its file name, and the mark of what was written. */
function finished(content: TabContent, plan: PlanTable): TabSpec {
  return {
    ...content,
    file: departmentFileStem(content.unit ?? content.name, plan.title, plan.planYear),
    look: tabLook(),
    mark: { plan: planKey(plan.sheet, plan.title ?? ""), digest: tabDigest([[content.title], content.header, ...content.rows]) },
  };
}

function departmentTab(
  name: string,
  unit: string | undefined,
  title: string,
  assignments: Assignment[],
  partnersOf: (a: Assignment) => string,
  sourceSheet: string,
  kind: TabSpec["kind"],
  rowCells: RowCells,
): TabContent {
  return {
    name,
    kind,
    ...(unit === undefined ? {} : { unit }),
    title,
    header: DEPARTMENT_HEADER,
    rows: assignments.map((a, i) => taskRow(i + 1, a, partnersOf(a), rowCells)),
    links: assignments.map((a, i) => ({ row: i, col: DEPARTMENT_COLUMN.parentSeq, sheet: sourceSheet, cell: a.row.cells.first })),
    widths: DEPARTMENT_WIDTHS,
    centered: DEPARTMENT_CENTERED,
  };
}

interface IndexLine {
  unit: string;
  tab: string;
  assignments: Assignment[];
}

function indexRow(position: number, line: IndexLine): (string | number | null)[] {
  const count = (role: TaskRole) => line.assignments.filter((a) => a.role === role).length;
  const deadlines = line.assignments.map((a) => a.row.deadline);
  const vague = deadlines.filter((d) => d.class === "vague" || d.class === "missing").length;
  // The earliest (the first of equals, as a stable sort would give): a tab has hundreds of dated
  // rows, and sorting them by localeCompare took a tenth of planning 300 tabs.
  const earliest = deadlines.reduce<Deadline | null>(
    (first, d) => (d.class !== "date" || !d.date || (first !== null && (d.date as string).localeCompare(first.date as string) >= 0) ? first : d),
    null,
  );
  return [
    position,
    line.unit,
    count("牵头"),
    count("配合"),
    count("负责"),
    count("共同任务"),
    line.assignments.length,
    vague,
    earliest ? writtenDeadline(earliest) : "",
    line.tab,
  ];
}

// ---------------------------------------------------------------- regenerating

/**
 * Which of the workbook's tabs a new run replaces. A tab this tool made from this plan and left as
 * written is replaced; one edited since (its digest no longer the mark's) or made from another
 * plan is kept, and the new tab of that name takes another. A user's tab, the plan and the roster
 * are never touched. Tabs of older versions (generated, no mark) are replaced.
 */
export function tabsToReplace(existing: SheetInfo[], plan: string, untouchable: string[]): { remove: string[]; kept: KeptTab[] } {
  const remove: string[] = [];
  const kept: KeptTab[] = [];
  for (const s of existing) {
    if (!s.generated || untouchable.includes(s.name)) continue;
    if (s.mark && s.mark.plan !== plan) kept.push({ name: s.name, keptAs: s.name, reason: "other-plan" });
    else if (s.mark && s.digest !== undefined && s.digest !== s.mark.digest) kept.push({ name: s.name, keptAs: s.name, reason: "edited" });
    else remove.push(s.name);
  }
  return { remove, kept };
}

const KEPT_TEXT: Record<KeptTab["reason"] | "user", { zh: string; en: string }> = {
  user: { zh: "非本工具生成", en: "was not made by this tool" },
  edited: { zh: "生成后已被修改", en: "was edited after it was generated" },
  "other-plan": { zh: "由另一份计划生成", en: "was generated from another plan" },
};

// ---------------------------------------------------------------- the summary

function summarise(
  tabs: number,
  units: number,
  levelTabs: string[],
  common: Assignment[],
  notTaskReasons: NonTaskReason[],
  withoutUnit: number,
): TabsSummary {
  const notTasks = notTaskReasons.length;
  const named = (lang: "zh" | "en") => [...new Set(notTaskReasons)].map((r) => NON_TASK_LABEL[r][lang]);
  const by = (r: Reason) => common.filter((a) => a.reason === r).length;
  const commonCounts = common.length ? { rows: common.length, every: by("every"), toAssign: by("to-assign"), unnamed: by("unnamed") } : null;
  const zh = [
    `共 ${tabs} 个分表：分表目录 1 个，单位分表 ${units} 个`,
    levelTabs.length ? `，层级分表 ${levelTabs.length} 个（${levelTabs.join("、")}：计划未列出该层级的具体单位）` : "",
    commonCounts
      ? `，共同任务 1 个（${commonCounts.rows} 项：各单位均须承担 ${commonCounts.every} 项，待明确承办单位 ${commonCounts.toAssign} 项，未点名承办单位 ${commonCounts.unnamed} 项）`
      : "",
    "。",
    notTasks ? `另有 ${notTasks} 行不是任务（${named("zh").join("、")}），未分发。` : "",
    withoutUnit ? `${withoutUnit} 项任务未写责任单位，未分发。` : "",
  ].join("");
  const en = [
    `${tabs} tabs: the index, ${units} unit tab(s)`,
    levelTabs.length ? `, ${levelTabs.length} level tab(s) (${levelTabs.join(", ")}: the plan names no body of that level)` : "",
    commonCounts
      ? `, 1 common tab (${commonCounts.rows} rows: ${commonCounts.every} for every department, ${commonCounts.toAssign} to be assigned, ${commonCounts.unnamed} naming no unit)`
      : "",
    ".",
    notTasks ? ` ${notTasks} row(s) are not tasks (${named("en").join(", ")}) and went nowhere.` : "",
    withoutUnit ? ` ${withoutUnit} task(s) name no unit and went nowhere.` : "",
  ].join("");
  return { tabs, units, levelTabs, common: commonCounts, notTasks, withoutUnit, zh, en };
}

function listOfRows(rows: PlanRow[]): string {
  const shown = rows.slice(0, LISTED_ROWS).map(parentSeq).join("、");
  return rows.length > LISTED_ROWS ? `${shown} …` : shown;
}

// ---------------------------------------------------------------- the plan

export interface PlanTabsOptions {
  /** The plan sheet's hidden rows and struck cells (from its snapshot). */
  source?: NonTaskSource;
}

/**
 * The tabs to generate from a plan. `existing`: the workbook's tabs now (tabsToReplace decides
 * which go); a department whose name is taken by a kept tab gets another name and a notice.
 * `roster`: the 单位名录, when the workbook has one.
 */
export function planDepartmentTabs(
  plan: PlanTable,
  existing: SheetInfo[],
  config: Pick<Config, "common" | "rosterSheet"> & Partial<ScopeSettings>,
  roster?: Roster,
  options: PlanTabsOptions = {},
): DepartmentTabs {
  const { resolver, notices: rosterNotices } = resolveUnits(plan, roster);
  const notices: Notice[] = [...rosterNotices];
  const notTasks = nonTaskRows(plan, options.source);
  const taskIndexes = plan.rows.flatMap((r, i) => (notTasks.has(r.row) ? [] : [i]));
  const settings: ScopeSettings = { scopes: config.scopes ?? {}, classMembers: config.classMembers ?? {} };
  const { departments, common, every } = collectDepartments(plan, taskIndexes, resolver, settings, roster);
  const includeEvery = config.common === "every" ? every : [];
  const withRows = departments.map((d) => ({ department: d, assignments: rowsOf(d, includeEvery) })).filter((d) => d.assignments.length > 0);

  const key = planKey(plan.sheet, plan.title ?? "");
  const untouchable = [plan.sheet, ...(config.rosterSheet ? [config.rosterSheet] : [])];
  const { remove, kept } = tabsToReplace(existing, key, untouchable);
  const removed = new Set(remove);
  const takenBy = new Map<string, KeptTab["reason"] | "user">();
  for (const s of existing) if (!removed.has(s.name)) takenBy.set(s.name.toLowerCase(), kept.find((k) => k.name === s.name)?.reason ?? "user");

  const wanted = [INDEX_TAB_NAME, ...(common.length ? [COMMON_TAB_NAME] : []), ...withRows.map(({ department: d }) => (d.levelTab ? d.name : resolver.tabNameOf(d.name)))];
  const names = uniqueTabNames(wanted, existing.filter((s) => !removed.has(s.name)).map((s) => s.name));
  wanted.forEach((w, i) => {
    const safe = safeTabName(w);
    const why = takenBy.get(safe.toLowerCase());
    if (!why) return;
    notices.push({
      kind: why === "user" ? "tab-renamed" : "tab-kept",
      unit: w,
      zh: `已有同名工作表“${safe}”（${KEPT_TEXT[why].zh}），未作改动；新分表命名为“${names[i]}”`,
      en: `A sheet named "${safe}" already exists and ${KEPT_TEXT[why].en}; it was left as is and the new tab is named "${names[i]}"`,
    });
  });
  const [indexName, ...rest] = names;
  const commonName = common.length ? rest.shift() : undefined;
  const departmentNames = rest;

  const unassigned = taskIndexes.map((i) => plan.rows[i]).filter((r) => r.units.length === 0);
  if (unassigned.length) {
    notices.push({
      kind: "rows-without-unit",
      zh: `${unassigned.length} 项任务未写责任单位，未分到任何分表：${listOfRows(unassigned)}`,
      en: `${unassigned.length} task(s) name no responsible unit and are in no tab: ${listOfRows(unassigned)}`,
    });
  }
  if (notTasks.size) {
    const counted = (Object.keys(NON_TASK_LABEL) as NonTaskReason[])
      .map((r) => [r, [...notTasks.values()].filter((v) => v === r).length] as const)
      .filter(([, n]) => n > 0);
    const rows = [...notTasks.keys()].map((r) => `第${r}行`).join("、");
    notices.push({
      kind: "rows-not-tasks",
      zh: `${notTasks.size} 行不是任务（${counted.map(([r, n]) => `${NON_TASK_LABEL[r].zh} ${n}`).join("、")}），未分发：${rows}`,
      en: `${notTasks.size} row(s) are not tasks (${counted.map(([r, n]) => `${NON_TASK_LABEL[r].en} ${n}`).join(", ")}) and went nowhere: rows ${[...notTasks.keys()].join(", ")}`,
    });
  }

  const subject = planSubject(plan.title);
  const joinNames = (list: string[]) => list.join("、");
  const allUnits = (a: Assignment) => joinNames(a.row.units.map((u) => u.name));

  const tabs: TabSpec[] = [];
  const indexLines: IndexLine[] = [];
  const placed: PlacedTab[] = [];
  const placedRows = (assignments: Assignment[]): PlacedRow[] =>
    assignments.map((a) => (a.placed ??= { row: a.row.row, seq: parentSeq(a.row), role: a.role, reason: a.reason, via: a.via }));
  const rowCells = rowCellsOf(plan.rows.length);
  withRows.forEach(({ department, assignments }, i) => {
    // The row's other units. A named assignment is on its department's tab only, any other on the
    // tabs of departments the row does not name: either way the text is made once (Assignment.partners).
    const partners = (a: Assignment) => {
      if (a.partners !== undefined) return a.partners;
      const units = a.row.units;
      let joined = "";
      for (let i = 0; i < units.length; i++) {
        const u = units[i];
        if (u.generic ? u.name === a.via : resolver.departmentOf(u.name) === department.name) continue;
        joined = joined ? `${joined}、${u.name}` : u.name;
      }
      return (a.partners = joined);
    };
    const title = departmentTitle(department.name, subject);
    const kind = department.levelTab ? "level" : "department";
    tabs.push(finished(departmentTab(departmentNames[i], department.name, title, assignments, partners, plan.sheet, kind, rowCells), plan));
    indexLines.push({ unit: department.name, tab: departmentNames[i], assignments });
    placed.push({ tab: departmentNames[i], unit: department.name, kind: department.levelTab ? "level" : "unit", rows: placedRows(assignments) });
  });
  if (commonName) {
    const title = departmentTitle("各单位", subject, "共同任务清单");
    tabs.unshift(finished(departmentTab(commonName, undefined, title, common, allUnits, plan.sheet, "common", rowCells), plan));
    indexLines.push({ unit: COMMON_TAB_NAME, tab: commonName, assignments: common });
    placed.push({ tab: commonName, unit: COMMON_TAB_NAME, kind: "common", rows: placedRows(common) });
  }

  const levelTabs = placed.filter((p) => p.kind === "level").map((p) => p.tab);
  const unitTabs = placed.filter((p) => p.kind === "unit").length;
  const summary = summarise(tabs.length + 1, unitTabs, levelTabs, common, [...notTasks.values()], unassigned.length);
  const index = finished(
    {
      name: indexName,
      kind: "index",
      title: `${plan.title ? normaliseText(plan.title) : plan.sheet} · 分表目录`,
      header: INDEX_HEADER,
      rows: [...indexLines.map((line, i) => indexRow(i + 1, line)), ["说明", summary.zh]],
      links: indexLines.map((line, i) => ({ row: i, col: INDEX_COLUMN.tab, sheet: line.tab, cell: "A1" })),
      widths: INDEX_WIDTHS,
      centered: INDEX_CENTERED,
    },
    plan,
  );
  return { plan: { sourceSheet: plan.sheet, tabs: [index, ...tabs] }, remove, kept, notices, placed, summary };
}
