// Column roles recognised by their header labels (simplified, spaces removed, （）→()).

import { LEVEL_OR_SHORT_FORM, PLAIN_LEVEL, SHORT_LEVEL } from "./levels";
import type { ColumnRoleId } from "./schema";

export type ColumnRole = ColumnRoleId | "ignored";

const BODY_KIND = "(?:单位|部门|科室|处室|股室|机构|机关|职能办(?:公室)?)";
/** The kinds of body a label names (责任单位, 责任科室, 牵头处室, 单位名称): one list for column
 * labels and the labels written in a cell or a bracket (责任科室：A、B). A sub-district's offices
 * are its 职能办 (承办职能办: 建设管理办公室), a kind of body as 科室 is a county bureau's. A second
 * kind in brackets (责任单位(部门), 责任科室(单位)) widens the label to bodies of either kind: it is
 * still the label's noun, no body's name (text compacted: （）→()). */
export const BODY_KIND_LABEL = `(?:${BODY_KIND}(?:\\(${BODY_KIND}\\))?)`;
/** A label word naming the bodies a column gives: a kind of body (责任单位) or 主体 (责任主体). */
export const BODIES_LABEL_WORD = `(?:${BODY_KIND_LABEL}|主体)`;
/** The bodies joined in a label to more it names (责任单位及责任人, 责任主体/责任人, 责任单位(责任人)). */
export const BODIES_JOINED_LABEL = `${BODIES_LABEL_WORD}[及和与、/／(]`;

/** The words by which a body works with the one the matter falls to (配合单位, 会同处室; A配合,
 * A会同B): one list for column labels and the unit-cell grammar (units.ts), so that neither reads
 * a co-working word the other does not. */
export const CO_ROLE_WORDS = ["配合", "协办", "协助", "协作", "参与", "参加", "协同", "会办", "会同"];
const CO_ROLE_WORD = CO_ROLE_WORDS.join("|");
// 联合处室, 联合检查部门: a joint inspection's sections working with the initiating one. 联合 says so
// only before a kind of body in a label. In a cell it is part of a name (城关镇联合党委, 工商业联合会)
// or an action (A联合B: both carry the task out); a label opening with it may name the joint
// matter (联合抽查事项).
const CO_LABEL_WORD = `${CO_ROLE_WORD}|联合`;

interface RolePattern {
  role: ColumnRole;
  /** Labels that name the role exactly. */
  exact: string[];
  /** Label fragments that name the role when nothing exact matched. */
  contains: RegExp[];
}

// 民生实事项目, 十大民生工程: a label naming the plan's items, each row one of them.
const PLAN_ITEMS = /^(?![一二三四五六七八九十\d]{1,3}[、,.])\p{Script=Han}.*(?:项目|工程)$/u;
// 十大民生实事, 10类民生实事, 十件实事, 八个方面: a count title over the items it counts.
const COUNT_TITLE = /^(?:\d{1,2}|[一二三四五六七八九十两]{1,3})(?:大|类|件|项|个方面|方面)\p{Script=Han}{2,}$/u;

// 领办项目, 牵头事项, 承办事项, 主办任务, 认领项目: a role word before an item noun names the items a body
// takes on, each row one of them — not who takes them on (领办单位, 牵头部门 do).
const ITEMS_TAKEN_ON = new RegExp(`^(?:责任|总)?(?:牵头|主办|领衔|领办|认领|首办|承办|负责|落实|实施|${CO_ROLE_WORD})(?:项目|事项|任务|工程|实事)$`, "u");

// 人员, 领导, 负责人, 委员, 代表, 对象 of those who attend: a person noun heading a label. A label
// joining the bodies to it (责任单位及责任人, 责任主体及责任人) names the bodies as well, and keeps their role.
const PERSON_HEAD = new RegExp(
  `^(?!.*${BODIES_JOINED_LABEL}).*(?:人员|领导|(?:负责|责任)人|委员|代表|(?:参加|参会|参与|出席|列席|邀请|培训)对象)$`,
  "u",
);

// 对象, 范围 heading a label: the objects or scope of the work (抽查对象, 实施范围).
const WORK_OBJECT_HEAD = /(?:对象|范围)(?:\(.*\))?$/u;

// 检查点位, 实施地点, 村名: the sites the work is done at, named in the cells.
const WORK_SITE = /地点|点位|^村(?:名|庄|名称)$/u;

/** Whether a compacted label names the sites the work is done at or its objects (检查点位, 抽查对象): set
 * aside as no unit's column, it may still name what each row of a list is about. */
export function namesSiteOrObjectOfWork(label: string): boolean {
  return WORK_SITE.test(label) || WORK_OBJECT_HEAD.test(label);
}

// 完成情况, 进展情况, 落实情况: how far the work has come, reported on — no part of the plan itself.
const PROGRESS_REPORT = "(?:完成|进展|进度|落实|推进)情况";

// 进度和工作成果要求, 时间进度和工作要求, 进度安排及预期成果, 工作进度要求: a time of the work (进度, 时间,
// 节点) followed by a word looking forward (要求, 安排, 计划) names what must be done by when — a
// schedule, the deadline column, whatever else (成果, 工作) the requirement or plan takes in. The
// forward word must come after the time: 目标进度, 计划进度 head on 进度, the share of the work done.
const SCHEDULE = /(?:进度|时间|时限|期限|节点|日期).*(?:要求|安排|计划)/u;

/** Whether a compacted label names a schedule (进度和工作成果要求), not a report on the work done. */
export function namesSchedule(label: string): boolean {
  return SCHEDULE.test(label) && !namesReport(label);
}

// Order matters: the first pattern that matches wins. 备注 comes first so that
// 备注(市级安排) — a city-level unit list — is never read as the responsible column, and
// 公开形式 / 公开方式 come before requirement/category so they are never taken for either.
const PATTERNS: RolePattern[] = [
  { role: "category", exact: [], contains: [ITEMS_TAKEN_ON] },
  { role: "remark", exact: ["备注", "说明"], contains: [/^备注/, /^附注/] },
  {
    role: "ignored",
    exact: [],
    contains: [
      /公开(形式|方式|渠道|载体|平台|范围|类别|对象|依据|层级|程序)/,
      new RegExp(`^(?:联系人|联系电话|电话|手机|责任人|经办人|${PROGRESS_REPORT}|督办|资金|投资|金额|预算)`, "u"),
      /万元|情况$|进展$|[(（]%[)）]$|比例$|完成率$/,
      // 当前进度, 形象进度: how far the work has come, not when it is due (时间进度, an exact label, stays a deadline).
      /(?:当前|目前|实际|推进|完成|建设|项目|工作|形象|序时|累计)进度$/,
      // 牵头领导, 参加人员, 参会对象, 单位负责人: a label whose head noun is a person names who leads,
      // attends or answers in person, never the unit that does the task (参加 alone says co-operate).
      PERSON_HEAD,
      // 抽查对象, 检查范围, 服务对象, 适用范围: whom or what the work is done to — the places and
      // businesses inspected or served — never who does it, though their cells name bodies.
      WORK_OBJECT_HEAD,
      // 实施地点, 建设地点, 所在村, 村名: where the work is done, never who does it, though its cells
      // name townships and villages as a unit column names bodies.
      WORK_SITE,
      /地址|位置|所在地|^所在(?:村|社区|乡镇|镇|乡)/,
      // 交办日期, 受理时间, 登记日期, 发现时间, 发文日期: when the matter was assigned, received, found
      // or issued — a day past, never the day it is due (完成日期, 整改期限 are).
      /(?:交办|转办|派单|受理|登记|立案|发现|曝光|发文|印发|下发|签发|收文|来文|收到|接收|签收)(?:日期|时间)$/,
    ],
  },
  { role: "seq", exact: ["序号", "编号", "序", "号", "序列", "项次", "No", "NO", "No."], contains: [/^序号/, /^编号/] },
  {
    role: "lead",
    exact: ["牵头单位", "牵头部门", "牵头处室", "牵头科室", "牵头领导单位", "主办单位", "牵头"],
    contains: [/^(?:责任|总)?(?:牵头|主办|领衔|领办|首办)/], // 责任牵头单位, 总牵头单位, 领衔单位, 领办单位, 首办单位
  },
  {
    role: "co",
    exact: CO_ROLE_WORDS.flatMap((word) => [word, ...["单位", "部门", "处室", "科室"].map((kind) => word + kind)]),
    contains: [new RegExp(`^(?:${CO_ROLE_WORD})`, "u")],
  },
  {
    role: "units",
    exact: [
      "责任单位",
      "责任部门",
      "责任部门(单位)",
      "责任单位(部门)",
      "责任科室",
      "责任处室",
      "责任股室",
      "承办单位",
      "负责科室",
      "负责单位",
      "负责部门",
      "责任主体",
      "实施单位",
      "落实单位",
      "主体单位",
      "公开主体",
      "实施主体",
      "部门分工",
      "责任分工",
      "单位分工",
    ],
    // 主责单位 / 主责部门 alone names who is responsible and marks no lead (a lead is the unit
    // marked 牵头); beside a 配合 or 其他 column it is the main one and leads (see table.ts).
    contains: [
      /^主责/,
      // 责任处(室); 责任片区: the area a bureau's branch answers for, its cells naming the branch (城关分局).
      /^责任(单位|部门|科室|处室|股室|主体|片区|[处科股室]\()/,
      /^(部门|单位|责任)分工$/,
      /^(承办|负责|落实|实施)(单位|部门|科室|处室)/,
      // 承办, 负责: the verb of who carries the task out, alone, labels the same column.
      /^(?:承办|负责|落实|实施)$/,
      /(责任|承办)单位/,
      /主体(?:\(.*\))?$/, // 实施主体, 抽查主体(层级): a bracketed note says which of them
      // 项目业主, 业主: the project's owner, a body (often a state group) answering for it as 业主单位 does.
      /业主$/,
      // 主管单位, 建设单位, 考核单位, 业主单位: any label naming a kind of body
      new RegExp(`${BODY_KIND_LABEL}(\\(.*\\))?$`), // 编列机关, 执行机关
      // 单位名称, 部门名称: the names of the bodies, not of the items (事项名称)
      new RegExp(`^${BODY_KIND_LABEL}名称$`),
    ],
  },
  {
    role: "deadline",
    exact: ["完成时间", "完成时限", "时限要求", "时限", "时间节点", "公开时限", "完成期限", "时间要求", "办结时间", "完成时间节点", "时间安排", "进度安排", "时间进度", "时间", "期限"],
    // 整改期限, 办结期限: a limit by which the work is due; 限期时间, 整改限期 word the same limit the
    // other way round (限期整改: within a limit).
    contains: [/时限/, /期限$/, /限期(?:时间|日期)?$/u, /完成(时间|期限|日期)/, /时间(节点|要求|安排)/, /截止(时间|日期)/],
  },
  {
    role: "requirement",
    exact: ["具体要求", "工作要求", "具体内容", "主要内容", "内容说明", "细化分工", "工作措施", "具体措施", "工作内容", "任务内容", "内容", "要求", "措施", "具体任务", "任务要求", "目标要求", "工作目标及要求"],
    // 整改要求, 办理要求: what a ledger record asks of the unit, as 工作要求 does in a plan;
    // 问题描述, 存在问题: the matter a ledger record hands over, its task.
    // 职责, 主要职责, 岗位职责: a body's duties, tabled beside it (责任主体 | 职责), are the work it is given.
    contains: [/(具体|工作|主要|任务|目标|整改|办理|督办)(要求|内容|措施|举措)/, /内容/, /细化分工/, /^(?:存在|反映|发现|曝光)?问题(?:描述|表现)?$/, /^(?:主要|具体|工作|岗位|部门|单位|机构)?职责$/],
  },
  {
    role: "category",
    exact: ["工作任务", "重点任务", "主要任务", "任务", "公开领域", "领域", "栏目", "栏目设置", "一级栏目", "二级栏目", "三级栏目", "目标", "类别", "任务类别", "项目", "工作项目", "重点工作", "工作事项", "事项"],
    contains: [/任务$/, /栏目/, /领域$/, /^(一|二|三|四)级/, /类别$/, /事项$/, /名称$/, /实事$/, PLAN_ITEMS, COUNT_TITLE],
  },
];

// A copy translated for partners labels the roles in English (No. | Task | Requirements |
// Lead | Supporting | Responsible | Due | Remarks): the opening word says the role.
const ENGLISH_LABELS: [RegExp, ColumnRole][] = [
  [/^(?:no\.?|number|s\/?n)$/i, "seq"],
  [/^(?:tasks?|items?|areas?)$/i, "category"],
  [/^(?:requirements?|contents?|measures?|actions?|details?)$/i, "requirement"],
  [/^(?:lead|leading)/i, "lead"],
  [/^(?:co-?operat|support|assist|partner)/i, "co"],
  [/^(?:responsib|owner|units?$|departments?$)/i, "units"],
  [/^(?:due|deadline|time ?limit|timeline|completion)/i, "deadline"],
  [/^(?:remarks?|notes?)$/i, "remark"],
];

/** The role a header label names, or null when it names none. `label` must be compacted. */
export function roleOfLabel(label: string): ColumnRole | null {
  if (!label) return null;
  for (const p of PATTERNS) if (p.exact.includes(label)) return p.role;
  // (before the patterns: 时间进度和工作要求 names the schedule, though 工作要求 in it names the task text)
  if (namesSchedule(label)) return "deadline";
  const matched = PATTERNS.find((p) => p.contains.some((re) => re.test(label)));
  // (第一季度时间安排, 下一步时间安排: the time of the steps to follow, no deadline of the task)
  if (matched?.role === "deadline" && namesNextSteps(label)) return null;
  if (matched) return matched.role === "units" ? roleOfBodies(label) : matched.role;
  return ENGLISH_LABELS.find(([re]) => re.test(label))?.[1] ?? roleOfHead(label) ?? roleOfParts(label);
}

// 执行措施、实施步骤, 重点任务及目标: a label joining two words with 、, 和, 及, 与 or a slash names what each
// part names. A bracketed note (县(市、区)) is no part.
const JOINER = /[、和及与/／]/u;

/** The task text's role of a compacted label joining parts that each name the task text or its steps
 * (执行措施、实施步骤: the measures and the steps they take), or null when a part names anything else
 * or is a fragment of a word (以及, 参与). Joined labels the patterns above know keep their role
 * (责任单位及责任人: the units, the persons beside them; 完成时限及要求: the deadline). */
function roleOfParts(label: string): ColumnRole | null {
  const parts = label.replace(BRACKETED, "").split(JOINER);
  if (parts.length < 2 || parts.some((part) => !part)) return null;
  const roles = parts.map((part) => roleOfLabel(part) ?? (namesSteps(part) ? "steps" : null));
  if (!roles.every((role) => role === "category" || role === "requirement" || role === "steps")) return null;
  // Steps alone (实施阶段、工作环节) name no task text; their column's cells decide (table.ts).
  const taskParts = roles.filter((role) => role !== "steps");
  if (!taskParts.length) return null;
  return taskParts.every((role) => role === "category") ? "category" : "requirement";
}

// A label is modifiers and a head noun (具体|问题, 督查发现的|问题, 安全生产|措施, 整改牵头|单位): the head
// says what the column holds, whatever modifiers come before it, so a label no pattern above knows
// keeps the role of its head. Heads that count, sort or trace the matters (问题数量, 问题类别, 问题来源,
// 问题编号) hold no task text though 问题 comes first: the last noun is the head. A time head
// (整改时间) is left to the column's cells (isTimeLikeLabel); progress (…情况, …进展) is set aside
// by the patterns above, and no head reads more of it, since a task cell (取得明显成效) may end so.
const HEADS: { head: RegExp; role: ColumnRole | null }[] = [
  { head: /(?:数量|个数|类别|类型|分类|来源|编号|性质|等级|级别|时间|时限|期限|节点|日期)$/u, role: null },
  { head: /(?:问题|描述|表现|问题清单|内容|措施|举措|要求)$/u, role: "requirement" },
  { head: /(?:事项|任务|项目)$/u, role: "category" },
  { head: new RegExp(`${BODIES_LABEL_WORD}$`, "u"), role: "units" },
];

// Modifiers are words, not a sentence or a figure: a cell of task text ending in 问题 is no label.
const MODIFIERS = /^\p{Script=Han}{0,12}$/u;

// 项目安排, 工作安排, 阶段, 实施步骤, 工作环节: a head naming the steps of a schedule, each row one step.
// It names no role of its own (工作任务安排 beside 攻坚目标任务 is no task column, 进度安排 labels times):
// only beside a column of times, with no column of tasks, does it say where the tasks are (table.ts).
const STEP_HEAD = /(?:安排|阶段|步骤|环节)$/u;

/** Whether a compacted label is modifiers and a head naming steps (项目安排, 阶段, 实施步骤). */
export function namesSteps(label: string): boolean {
  const found = STEP_HEAD.exec(label);
  return found !== null && MODIFIERS.test(label.slice(0, found.index));
}

// Of a unit head, the modifiers say how the bodies take part (整改牵头单位, 协同配合部门).
const LEAD_MODIFIER = /牵头|主办|领衔|领办/u;
const CO_MODIFIER = new RegExp(CO_LABEL_WORD, "u");

/** The role of a compacted label read as modifiers and a head noun, or null when its head names none. */
export function roleOfHead(label: string): ColumnRole | null {
  for (const { head, role } of HEADS) {
    const found = head.exec(label);
    if (!found) continue;
    if (!MODIFIERS.test(label.slice(0, found.index))) return null;
    return role === "units" ? roleOfBodies(label) : role;
  }
  return null;
}

// 责任单位(排在首位的为牵头单位): a note in brackets says how to read the names, not how the column takes part.
const BRACKETED = /\(.*\)/u;

/** The role of a label naming bodies, from its modifiers (整改牵头单位 leads, 协同配合部门 co-operates). */
function roleOfBodies(label: string): ColumnRole {
  const modifiers = label.replace(BRACKETED, "");
  return LEAD_MODIFIER.test(modifiers) ? "lead" : CO_MODIFIER.test(modifiers) ? "co" : "units";
}

// 使用单位, 被检查单位, 被帮扶单位, 受检单位: bodies named by what the work does to them or to their
// things — the firm using the boilers inspected, the unit checked or helped — not by their part in
// doing it. Beside a column of those who do the work they are its object (see table.ts); alone,
// they are the only bodies the list names and answer for it (被检查单位 of a hazard notice).
const BODIES_WORKED_ON = new RegExp(`^(?:使用|被\\p{Script=Han}{1,4}|受(?:检|查|援|助|训))\\p{Script=Han}{0,2}?${BODIES_LABEL_WORD}(?:名称)?$`, "u");

/** Whether a compacted label names the bodies the work is done to (使用单位, 被检查单位). */
export function namesBodiesWorkedOn(label: string): boolean {
  return BODIES_WORKED_ON.test(label);
}

// 单位, 单位名称, 部门名称: bodies named by their kind alone, not by their part in the work (责任单位,
// 建设单位, 项目单位 name that part), so that their cells say what part they take.
const BODIES_BY_KIND_ALONE = new RegExp(`^${BODY_KIND_LABEL}(?:名称)?$`, "u");

/** Whether a compacted label names bodies by their kind alone (单位, 单位名称). */
export function namesBodiesByKindAlone(label: string): boolean {
  return BODIES_BY_KIND_ALONE.test(label);
}

// 县级部门, 乡镇(街道), 区直单位: a level of bodies, not who answers for the task — the heading of what
// bodies of that level do, as a 职责边界 group divides a duty between county departments and townships.
const LEVEL_OF_BODIES = new RegExp(`^(?:${PLAIN_LEVEL}+级?|[省市县区]直)(?:\\(.*\\))?${BODY_KIND_LABEL}?$`, "u");

/** Whether a compacted label names only a level of bodies (县级部门, 乡镇(街道)). */
export function namesLevelOfBodies(label: string): boolean {
  return LEVEL_OF_BODIES.test(label);
}

// 省份, 所属区县, 所在省, 所属乡镇(街道), 行政区划: a label naming where a row's object lies, by the
// attribute (所在地, 所在村 and 建设地点 are set aside above as where the work is done).
const PLACE_ATTRIBUTE = new RegExp(
  `^(?:(?:所在|所属)(?:${LEVEL_OR_SHORT_FORM}|省份|地区|区域|辖区|行政区)+|省份|行政区划?)(?:\\(.*\\))?$`,
  "u",
);
// 县区, 地市, 乡镇, 县(市、区): levels alone, naming places — where a row's object lies, or in a split
// of targets among places (乡镇 | 指标) the places given them. 地 beside a level, opening 地市, 地州 or
// closing 市地 (a province's cities and its 地区), is 地区 shortened.
// A bracket holds more levels (乡镇(街道)); one naming the units (乡镇(单位名称)) says the places are who
// does the work. A plain level may be followed by a shortened one (镇街, 乡街: 街道).
const LEVELS_ALONE = new RegExp(`^(?:地(?=${PLAIN_LEVEL}))?${PLAIN_LEVEL}(?:${PLAIN_LEVEL}|${SHORT_LEVEL})*地?(?:\\((?:${PLAIN_LEVEL}|[、，,/])+\\))?$`, "u");

/** Whether a compacted label names where something lies (省份, 所属区县) rather than who does the work. */
export function namesPlaceAttribute(label: string): boolean {
  return PLACE_ATTRIBUTE.test(label);
}

/** Whether a compacted label is levels alone (县区, 乡镇(街道)): places, whatever their part in the row. */
export function namesLevelsAlone(label: string): boolean {
  return LEVELS_ALONE.test(label);
}

// 评分部门, 考核单位, 督查单位: the body that scores or oversees the task, not one that carries it out;
// nor does 决策主体, 审批机关 — who decides or approves a matter (the government itself) hands it to
// the 承办 body beside it — nor 议案提出主体, 提请单位 — who proposes or submits a bill hands its
// drafting to the 起草 body. With no column beside it, that body is the only one the list names and
// answers for the matter, so it stays the responsible column (see responsibleColumns, table.ts).
const ASSESSOR = /^(?:评分|评价|考核|考评|督查|督办|督导|监督|验收|决策|决定|审批|批准|(?:议案)?(?:提出|提请|提议|报请))/;

/** Whether a compacted label names the body that assesses a task rather than one that does it. */
export function namesAssessor(label: string): boolean {
  return ASSESSOR.test(label);
}

// 工作进展、取得成效, 目前完成情况、存在问题及下一步工作措施, 后续举措, 下步计划: a label naming, in any
// of its parts, the work done so far, what it achieved or the steps to follow. Such a column reports on
// the plan: a quarter or a month in it (一季度，赴济南招商4次; 二季度完成改厕100户) says when the work was
// done or goes on, never by when the task is due.
//
// A plan scoped to a named period (2024年1-3月份进度安排, 下季度工作安排, 一季度进度计划, 明年进度安排) is,
// beside a task list running the whole year, the next steps a quarterly report sets out for that
// period, never by when the task is due: its cells describe work to do then. The period is a month
// or months (a year before them may be mistyped, 20224年1-3月份; 月度 is monthly, no month), a
// quarter, a half or the next year; a year alone (2024年进度安排) is the plan's own year and stays a
// schedule. The plan word heads the label or one of its joined parts: 8月计划进度 is the share of
// the work planned.
const NAMED_PERIOD = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:[-—~至到](?:\\d{1,2}|[一二三四五六七八九十]{1,3}))?月(?!度)|[一二三四1-4本下]季度|[上下]半年|明年|下一?年度?";
const PERIOD_PLAN = `(?:${NAMED_PERIOD}).*(?:安排|计划|打算|要求)(?=$|[及和与、/／(])`;
const NEXT_STEPS_WORD = `后续|下一?步|${PERIOD_PLAN}`;
const REPORT_WORD = new RegExp(`${PROGRESS_REPORT}|进展|成效|${NEXT_STEPS_WORD}`, "u");
const NEXT_STEPS = new RegExp(NEXT_STEPS_WORD, "u");

/** Whether a compacted label names a report on the work (its progress, results or next steps). */
export function namesReport(label: string): boolean {
  return REPORT_WORD.test(label);
}

/** Whether a compacted label names, in any of its parts, the steps to follow (后续举措, 下步打算). */
export function namesNextSteps(label: string): boolean {
  return NEXT_STEPS.test(label);
}

// 考核时间, 建设时间, 验收节点, 办结日期: a time-like label whose column is the deadline when its
// cells hold deadline phrases (a 发文日期 or 交办日期 is set aside above: it says when, not by when).
const TIME_LIKE = /(时间|时限|期限|节点|日期|年限|时段|年度|进度)(\(.*\))?$/;

/** Whether a compacted label names some time, so that its content decides if it is the deadline. */
export function isTimeLikeLabel(label: string): boolean {
  return TIME_LIKE.test(label);
}

// 抽查周期, 检查频次, 抽查比例及频次: how often the work recurs, not by when it is due.
const FREQUENCY = /(?:周期|频次|频率|次数)(?:\(.*\))?$/;

/** Whether a compacted label names how often the work is done, so that a time column beside it says when. */
export function namesFrequency(label: string): boolean {
  return FREQUENCY.test(label);
}

// 整改期限, 完成时间, 截止日期, 办结时限, 限期时间: a label saying by when, not merely when (时间, 日期).
const DUE_LABEL = /时限|期限|限期|完成|截止|办结|到期/;

/** Whether a compacted label says by when the work is due, so that it wins over a bare 时间. */
export function namesDueTime(label: string): boolean {
  return DUE_LABEL.test(label);
}

// A lead column labelled so in words (牵头单位, 领办, 领衔, Lead) names a lead even alone. One that
// leads by layout only (主办单位; 责任单位 beside 配合单位, made the lead column by table.ts) ranks
// its unit above others: on a row naming one unit in all there is nobody to lead.
const LEAD_IN_WORDS = /牵头|领办|领衔|lead/iu;

/** Whether a column label (compacted) says in words that its unit leads. */
export function labelSaysLead(label: string): boolean {
  return LEAD_IN_WORDS.test(label);
}
