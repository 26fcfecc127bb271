// A parent plan → one tab per department, a 共同任务 tab and an index (分表目录): what each
// department takes part in, in which role, laid out like the derived sheets staff make by hand
// (seed 004: a bureau's tasks taken from its city's plan, the city's assignment kept as a remark).
//
// Order is deterministic: departments in order of first appearance in the plan (reading order,
// then order within the cell), rows in plan order. First appearance keeps a department's place
// stable when other rows change, and matches how staff read the parent.
import type { PlanRow, PlanTable } from "../model";
import { normaliseText } from "../normalise";
import type { Config, TabSpec, TabsPlan, Unit } from "../schema";
import type { SheetInfo } from "../host";
import { resolveUnits, type Roster, type RosterNotice, type UnitResolver } from "./roster";
import { safeTabName, uniqueTabNames } from "./names";

export type TaskRole = "牵头" | "配合" | "负责" | "共同任务";

export const INDEX_TAB_NAME = "分表目录";
export const COMMON_TAB_NAME = "共同任务";
export const DEPARTMENT_HEADER = [
  "序号",
  "原序号",
  "工作任务",
  "具体要求",
  "本单位职责",
  "协同单位",
  "责任部门（科室）",
  "完成时间",
  "备注（上级安排）",
];
/** Column positions in DEPARTMENT_HEADER that other parts refer to. */
export const DEPARTMENT_COLUMN = { parentSeq: 1, role: 4, partners: 5, deadline: 7, remark: 8 } as const;
const DEPARTMENT_WIDTHS = [6, 8, 24, 46, 10, 20, 16, 14, 22];
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
const INDEX_WIDTHS = [6, 26, 7, 7, 7, 9, 7, 12, 14, 26];
/** Every column but the unit and its tab: counts and dates. */
const INDEX_CENTERED = [0, 2, 3, 4, 5, 6, 7, 8];

export interface Notice {
  kind: RosterNotice["kind"] | "tab-renamed" | "rows-without-unit";
  zh: string;
  en: string;
  unit?: string;
  suggestion?: string | null;
}

export interface DepartmentTabs {
  plan: TabsPlan;
  /** Existing tabs this tool made earlier, to remove before the new ones are written. */
  remove: string[];
  notices: Notice[];
}

interface Assignment {
  /** Position in plan.rows, for merging in plan order. */
  index: number;
  row: PlanRow;
  role: TaskRole;
}

interface Department {
  name: string;
  own: Assignment[];
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
  const role = units.reduce((best, u) => (ROLE_RANK[u.role] < ROLE_RANK[best] ? u.role : best), units[0].role);
  if (role === "lead") return "牵头";
  if (role === "co") return "配合";
  if (row.lead === null || units.some((u) => writtenResponsible(row.unitText, u.name))) return "负责";
  return "配合";
}

function collectDepartments(plan: PlanTable, resolver: UnitResolver): { departments: Department[]; common: Assignment[] } {
  const byName = new Map<string, Department>();
  const common: Assignment[] = [];
  plan.rows.forEach((row, index) => {
    if (row.units.some((u) => u.generic)) common.push({ index, row, role: "共同任务" });
    const unitsByDepartment = new Map<string, Unit[]>();
    for (const unit of row.units) {
      if (unit.generic) continue;
      const name = resolver.departmentOf(unit.name);
      unitsByDepartment.set(name, [...(unitsByDepartment.get(name) ?? []), unit]);
    }
    const leadDepartment = row.lead === null ? null : resolver.departmentOf(row.lead);
    for (const [name, units] of unitsByDepartment) {
      let department = byName.get(name);
      if (!department) {
        department = { name, own: [] };
        byName.set(name, department);
      }
      department.own.push({ index, row, role: roleOnRow(row, units, name === leadDepartment) });
    }
  });
  return { departments: [...byName.values()], common };
}

/** Own rows and common rows, in plan order; a common row the department is named on counts once. */
function mergeInPlanOrder(own: Assignment[], common: Assignment[]): Assignment[] {
  const merged: Assignment[] = [];
  let i = 0;
  let j = 0;
  while (i < own.length || j < common.length) {
    if (j >= common.length || (i < own.length && own[i].index <= common[j].index)) {
      if (j < common.length && own[i].index === common[j].index) j++;
      merged.push(own[i++]);
    } else merged.push(common[j++]);
  }
  return merged;
}

// ---------------------------------------------------------------- titles

const TRAILING_FORM = /(?:的)?(?:分解表|分工表|一览表|清单|台账|方案|分工|分解|任务|责任|工作)$/u;

/** What a plan implements, from its title: the quoted document of 关于印发《…》的通知, what
 * follows 贯彻落实, without the issuing unit's form words (责任分工, 任务分解表 …).
 * 湘潭经开区贯彻落实省、市2019年政务公开工作要点责任分工 → 省、市2019年政务公开工作要点. */
export function planSubject(title: string | null): string | null {
  if (!title) return null;
  let subject = normaliseText(title).replace(/\s+/g, "");
  const quoted = /《([^》]+)》/u.exec(subject);
  if (quoted) subject = quoted[1];
  const action = subject.lastIndexOf("贯彻落实");
  if (action >= 0) subject = subject.slice(action + "贯彻落实".length);
  for (let previous = ""; previous !== subject; ) {
    previous = subject;
    subject = subject.replace(TRAILING_FORM, "");
  }
  return subject || null;
}

export function departmentTitle(department: string, subject: string | null, list = "任务清单"): string {
  return subject ? `${department}贯彻落实${subject}${list}` : `${department}${list}`;
}

// ---------------------------------------------------------------- rows

function parentSeq(row: PlanRow): string {
  return row.seq ?? `第${row.row}行`;
}

function taskRow(position: number, a: Assignment, partners: string): (string | number | null)[] {
  const { row } = a;
  return [
    position,
    parentSeq(row),
    row.category.join("\n"),
    row.requirement,
    a.role,
    partners,
    "",
    row.deadline.text,
    row.unitText,
  ];
}

function departmentTab(
  name: string,
  unit: string | undefined,
  title: string,
  assignments: Assignment[],
  partnersOf: (a: Assignment) => string,
  sourceSheet: string,
): TabSpec {
  return {
    name,
    kind: unit === undefined ? "common" : "department",
    ...(unit === undefined ? {} : { unit }),
    title,
    header: DEPARTMENT_HEADER,
    rows: assignments.map((a, i) => taskRow(i + 1, a, partnersOf(a))),
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
  const dates = deadlines.flatMap((d) => (d.class === "date" && d.date ? [d.date] : [])).sort();
  return [
    position,
    line.unit,
    count("牵头"),
    count("配合"),
    count("负责"),
    count("共同任务"),
    line.assignments.length,
    vague,
    dates[0] ?? "",
    line.tab,
  ];
}

// ---------------------------------------------------------------- the plan

/**
 * The tabs to generate from a plan. `existing`: the workbook's tabs now; those this tool made
 * (generated) are replaced, a user's tab is never touched — a department whose name is taken by
 * one gets another name and a notice. `roster`: the 单位名录, when the workbook has one.
 */
export function planDepartmentTabs(
  plan: PlanTable,
  existing: SheetInfo[],
  config: Pick<Config, "common" | "rosterSheet">,
  roster?: Roster,
): DepartmentTabs {
  const { resolver, notices: rosterNotices } = resolveUnits(plan, roster);
  const notices: Notice[] = [...rosterNotices];
  const { departments, common } = collectDepartments(plan, resolver);

  const keep = (s: SheetInfo) => !s.generated || s.name === plan.sheet || s.name === config.rosterSheet;
  const userTabs = existing.filter(keep).map((s) => s.name);
  const remove = existing.filter((s) => !keep(s)).map((s) => s.name);

  const wanted = [INDEX_TAB_NAME, ...(common.length ? [COMMON_TAB_NAME] : []), ...departments.map((d) => resolver.tabNameOf(d.name))];
  const names = uniqueTabNames(wanted, userTabs);
  const userTaken = new Set(userTabs.map((t) => t.toLowerCase()));
  wanted.forEach((w, i) => {
    const safe = safeTabName(w);
    if (!userTaken.has(safe.toLowerCase())) return;
    notices.push({
      kind: "tab-renamed",
      unit: w,
      zh: `已有同名工作表“${safe}”（非本工具生成），未作改动；新分表命名为“${names[i]}”`,
      en: `A sheet named "${safe}" already exists and was not made by this tool; it was left as is and the new tab is named "${names[i]}"`,
    });
  });
  const [indexName, ...rest] = names;
  const commonName = common.length ? rest.shift() : undefined;
  const departmentNames = rest;

  const unassigned = plan.rows.filter((r) => r.units.length === 0);
  if (unassigned.length) {
    const shown = unassigned.slice(0, LISTED_ROWS).map(parentSeq).join("、");
    const list = unassigned.length > LISTED_ROWS ? `${shown} …` : shown;
    notices.push({
      kind: "rows-without-unit",
      zh: `${unassigned.length} 项任务未写责任单位，未分到任何分表：${list}`,
      en: `${unassigned.length} task(s) name no responsible unit and are in no tab: ${list}`,
    });
  }

  const subject = planSubject(plan.title);
  const joinNames = (names: string[]) => names.join("、");
  const allUnits = (a: Assignment) => joinNames(a.row.units.map((u) => u.name));
  const includeCommon = config.common === "every";

  const tabs: TabSpec[] = [];
  const indexLines: IndexLine[] = [];
  departments.forEach((department, i) => {
    const assignments = includeCommon ? mergeInPlanOrder(department.own, common) : department.own;
    const partners = (a: Assignment) =>
      a.role === "共同任务"
        ? allUnits(a)
        : joinNames(a.row.units.filter((u) => resolver.departmentOf(u.name) !== department.name || u.generic).map((u) => u.name));
    tabs.push(
      departmentTab(departmentNames[i], department.name, departmentTitle(department.name, subject), assignments, partners, plan.sheet),
    );
    indexLines.push({ unit: department.name, tab: departmentNames[i], assignments });
  });
  if (commonName) {
    const title = departmentTitle("各单位", subject, "共同任务清单");
    tabs.unshift(departmentTab(commonName, undefined, title, common, allUnits, plan.sheet));
    indexLines.push({ unit: COMMON_TAB_NAME, tab: commonName, assignments: common });
  }

  const index: TabSpec = {
    name: indexName,
    kind: "index",
    title: `${plan.title ? normaliseText(plan.title) : plan.sheet} · 分表目录`,
    header: INDEX_HEADER,
    rows: indexLines.map((line, i) => indexRow(i + 1, line)),
    links: indexLines.map((line, i) => ({ row: i, col: INDEX_COLUMN.tab, sheet: line.tab, cell: "A1" })),
    widths: INDEX_WIDTHS,
    centered: INDEX_CENTERED,
  };
  return { plan: { sourceSheet: plan.sheet, tabs: [index, ...tabs] }, remove, notices };
}
