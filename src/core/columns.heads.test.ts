// The label grammar (columns.ts): a label is modifiers and a head noun, and the head keeps the role
// whatever modifiers a plan puts before it. Every header label of the development plans
// (test/genre/*.json) and the acceptance fixtures (../shared/fixtures), compacted, keeps the role it
// had before the grammar; the same labels under modifiers no plan here used keep their head's role.
import { namesNextSteps, namesSchedule, roleOfHead, roleOfLabel, type ColumnRole } from "./columns";

type Expected = ColumnRole | "none";

/** Harvested from the header rows of test/genre and ../shared/fixtures, by the role each had before
 * (项目责任人 since set aside, as every label headed by a person noun; 抽查对象, 检查对象 as every
 * label naming the objects of the work; 具体职责 since read as the task text, as every label headed by
 * 职责). */
const HARVESTED: Partial<Record<Expected, string[]>> = {
  seq: ["序号"],
  category: ["一级", "一级事项", "一级栏目", "三级栏目", "业务事项", "主要任务", "主要工作任务", "事项名称", "事项类别", "二级", "二级事项", "二级栏目", "任务", "信息类别", "公开事项", "公开领域", "兴宁市第十五届人民代表大会第七次会议于2021年2月8日投票表决,确定以下十个项目为2021年度兴宁市人民政府民生实事项目", "决策事项", "十件实事", "十件民生实事项目", "实事", "实事名称", "实事项目", "工作事项", "工作任务", "抽查事项", "抽查领域", "指标任务", "推进较慢事项", "攻坚目标任务", "栏目设置", "检查事项", "民生实事", "民生实事项目", "目标与任务", "目标任务", "类别", "考核项目", "职权名称", "计划名称", "责任事项", "重点任务", "重点工作", "重点工作任务", "重点督办事项", "项目", "项目名称"],
  requirement: ["主要内容", "任务内容", "公开内容", "公开内容(要素)", "具体任务", "具体内容", "具体工作要求", "具体要求", "内容与要求", "内容标准", "内容说明", "存在问题", "工作举措及实施计划", "工作内容", "工作要求", "建设内容", "建设规模及内容", "月度目标要求", "具体职责", "条款内容", "目前完成情况、存在问题及下一步工作措施", "细化分工", "考核内容", "问题", "项目内容"],
  units: ["业主单位", "主要责任单位", "公开主体", "单位", "发起部门", "实施主体", "承办单位", "政策处理单位", "整改责任单位", "编列机关", "被检查单位", "评分部门", "负责科室", "负责部门", "责任分工", "责任单位", "责任处室", "责任科室", "责任部门", "责任部门(单位)", "部门分工"],
  lead: ["牵头单位", "牵头责任单位"],
  co: ["主要协作单位", "协同责任单位", "协同配合单位", "参与单位", "配合单位", "配合部门"],
  deadline: ["公开时限", "完成时间", "完成时限", "时间进度", "时限", "时限要求", "计划完成时间", "进度安排"],
  remark: ["备注", "备注(市级安排)"],
  ignored: ["上半年推进情况", "主要形象进度", "二、部分项目进展情况", "公开依据", "公开对象", "公开层级", "公开形式", "公开方式", "公开渠道", "公开渠道和载体", "公开范围", "具体分管领导", "具体点位", "分布情况", "分管县领导", "分管省领导", "区政府分管领导", "完成情况", "完成率", "完成进度(%)", "实事项目进度完成情况", "实施点位", "实际完成情况", "实际进度情况", "工程主要形象进度", "建设地点", "当前进度", "总投资(万元)", "投资", "投资规模", "抽查对象", "抽查比例", "推进情况", "政府信息公开类别及事项", "最差点位", "本月进展情况", "村名", "检查对象", "民生实事推进情况", "点位", "牵头市领导", "牵头负责领导", "牵头领导", "目前进展", "第二季度完成情况", "落实情况", "项目责任人", "责任人", "责任领导", "资金金额", "进展情况", "部分项目进展情况"],
  none: ["%", "112年度", "113年度", "2022年工作计划", "2023年目标进度", "8月计划进度", "下步计划", "主动", "主要工作", "乡、村级", "乡级", "任务目标", "依申请", "依申请公开", "全社", "全社会", "公开时长", "公开责任", "分块", "办结数", "办结率", "区民生实事项目数量", "区级", "县级", "合计", "在办数", "处理中", "子项", "完成投资", "实施重点", "工作任务安排", "工作要点", "工作责任组", "工作进展(每周报送更新)", "已办结", "市级", "年度目标", "建设起止年限", "总件数", "总投资", "承办件数", "承办县区", "抽查层级", "抽查比例及频次", "抽查频次", "是否双随机一公开", "是否联合检查", "村级", "检查时间", "火灾隐患及处理", "特定群众", "特定群体", "监督工作安排", "考核指标", "职权依据", "职权类型", "至2021年底累计完成投资", "街镇级", "超时未办数", "镇级", "项目建设阶段(1-12月份)", "预估抽查对象数"],
};

const roleOf = (label: string): Expected => roleOfLabel(label) ?? "none";

describe("every header label of the development plans and fixtures", () => {
  const cases = Object.entries(HARVESTED).flatMap(([role, labels]) => labels.map((label) => [label, role] as const));

  it.each(cases)("%s keeps its role (%s)", (label, role) => {
    expect(roleOf(label)).toBe(role);
  });

  // No pattern knew these; their head names the task text.
  it.each(["检查发现问题", "细化措施", "具体工作任务和要求"])("%s, no pattern's label, is read by its head as the task text", (label) => {
    expect(roleOf(label)).toBe("requirement");
  });
});

/** The task text, however the patterns rank it (a lone 任务 column holds the task text too). */
const family = (role: Expected) => (role === "category" ? "requirement" : role);

// Modifiers of every kind a plan puts before a head: a verb phrase, an adjective, a topic.
const UNSEEN_MODIFIERS = ["督查发现的", "群众反映的", "巡察反馈的", "安全生产", "生态环境", "突出", "具体"];

describe("a known label under modifiers never seen keeps the role of its head", () => {
  const headed = Object.entries(HARVESTED)
    .flatMap(([role, labels]) => labels.map((label) => ({ label, role: role as Expected })))
    .filter(({ label, role }) => role !== "none" && roleOfHead(label) !== null);

  it("covers the labels of every role a head names", () => {
    expect([...new Set(headed.map(({ role }) => family(role)))]).toEqual(expect.arrayContaining(["requirement", "units", "lead", "co"]));
  });

  it.each(headed.flatMap(({ label, role }) => UNSEEN_MODIFIERS.map((m) => [m + label, role] as const)))("%s reads as %s", (label, role) => {
    expect(family(roleOf(label))).toBe(family(role));
  });
});

describe("modifiers and head", () => {
  it.each([
    // A problems column under any modifier: an adjective, a verb phrase, a topic.
    ["具体问题", "requirement"],
    ["主要问题", "requirement"],
    ["突出问题", "requirement"],
    ["存在的主要问题", "requirement"],
    ["督查发现的问题", "requirement"],
    ["反馈的问题", "requirement"],
    ["群众反映的问题", "requirement"],
    ["安全生产问题", "requirement"],
    ["环境问题", "requirement"],
    ["具体问题描述", "requirement"],
    ["问题具体表现", "requirement"],
    ["防范措施", "requirement"],
    ["检查内容", "requirement"],
    // The last noun is the head: counting, sorting or tracing the problems is no task text.
    ["问题数量", "none"],
    ["问题来源", "none"],
    ["问题编号", "none"],
    ["问题类型", "none"],
    ["问题类别", "category"],
    // A requirement of when names the schedule; a bare time is decided by the column's cells.
    ["进度要求", "deadline"],
    ["节点安排", "deadline"],
    ["整改时间", "none"],
    // Bodies: the modifiers say how they take part.
    ["整改牵头单位", "lead"],
    ["市级牵头部门", "lead"],
    ["协同配合部门", "co"],
    ["整改参与单位", "co"],
    ["整改责任主体", "units"],
    ["被检查科室", "units"],
    // 承办职能办: a sub-district's office, a kind of body.
    ["承办职能办", "units"],
    // A joint inspection's sections: 联合 before a kind of body co-operates; the joint matter does not.
    ["联合处室", "co"],
    ["联合检查部门", "co"],
    ["参与联合抽查部门", "co"],
    ["发起处室", "units"],
    ["联合抽查事项", "category"],
    // A text of task prose ending in a head is no label: its modifiers are a sentence.
    ["按要求完成整改,解决群众反映的问题", "none"],
    ["2024年发现的问题", "none"],
  ] as const)("%s → %s", (label, role) => {
    expect(roleOf(label)).toBe(role);
  });
});

describe("a label joining two words (、, 和, 及, 与) reads by its parts", () => {
  it.each([
    // Both parts name the task text, or one its steps: the measures taken, a requirement column.
    ["执行措施、实施步骤", "requirement"],
    ["推进措施及实施步骤", "requirement"],
    ["工作内容、具体措施", "requirement"],
    ["重点任务及目标", "category"],
    ["重点任务和实施步骤", "category"],
    // A unit word and a person word: the units, the persons beside them; a time and its requirement: the deadline.
    ["牵头单位和责任人", "lead"],
    ["责任单位及责任人", "units"],
    ["责任部门、责任人", "units"],
    ["完成时限及要求", "deadline"],
    // Steps alone, a report, a fragment of a word (以及) or a bracket's levels name no task text.
    ["实施阶段、工作环节", "none"],
    ["工作进展、取得成效", "none"],
    ["执行以及落实", "none"],
    ["乡、村级", "none"],
    ["县(市、区)", "none"],
  ] as const)("%s → %s", (label, role) => {
    expect(roleOf(label)).toBe(role);
  });
});

describe("a schedule label (a time of the work, then a word looking forward) names the deadline", () => {
  it.each([
    // 中央/省 深化改革 分工方案: milestones in prose under the schedule, whatever results it also asks for.
    ["进度和工作成果要求", "deadline"],
    ["进度及成果要求", "deadline"],
    ["时间进度和工作要求", "deadline"],
    ["进度安排及预期成果", "deadline"],
    ["工作进度要求", "deadline"],
    ["进度计划", "deadline"],
    // The forward word before the time: the share of the work planned, no schedule.
    ["8月计划进度", "none"],
    ["2023年目标进度", "none"],
    // A report on the work, however it ends: progress, results, next steps are never the deadline.
    ["进度完成情况及下步计划", "none"],
    ["工作进展及下一步安排", "none"],
    // No time of the work: the plan's measures, the task text.
    ["工作举措及实施计划", "requirement"],
    ["月度目标要求", "requirement"],
  ] as const)("%s → %s", (label, role) => {
    expect(roleOf(label)).toBe(role);
  });
});

describe("a schedule scoped to a named period is that period's plan, the next steps, no deadline", () => {
  it.each([
    // A quarterly report on a year's tasks: the plan for the next quarter, half or year.
    "2024年1-3月份进度安排",
    "20224年1-3月份进度安排",
    "2024年1—3月进度计划",
    "一季度进度计划",
    "第一季度进度安排",
    "第一季度时间安排",
    "下季度工作安排",
    "1-3月工作计划",
    "一至三月工作计划",
    "下半年工作打算",
    "明年进度安排",
    "下一年度工作计划",
    "2024年1-3月份进度安排及预期成果",
  ])("%s", (label) => {
    expect(namesNextSteps(label)).toBe(true);
    expect(namesSchedule(label)).toBe(false);
    expect(roleOf(label)).not.toBe("deadline");
  });

  it.each([
    // No period, or the plan's own year: the schedule, the deadline.
    "进度安排",
    "2024年进度安排",
    "进度和工作成果要求",
    // The plan word before the time, or a month's share: the share of the work planned, no plan.
    "8月计划进度",
    "月度目标要求",
    "月度进度安排",
  ])("%s is no period's plan", (label) => {
    expect(namesNextSteps(label)).toBe(false);
  });
});
