import { namesBodiesByKindAlone, namesBodiesWorkedOn, namesDueTime, namesFrequency, namesLevelOfBodies, namesLevelsAlone, namesSteps, roleOfLabel } from "./columns";
import { readPlan } from "./index";
import type { SheetSnapshot } from "./schema";
import { compactLabel } from "./normalise";

describe("roleOfLabel", () => {
  it.each([
    ["序号", "seq"],
    ["序號", "seq"],
    ["工 作 任 務", "category"],
    ["公开领域", "category"],
    ["一级栏目", "category"],
    ["具體要求", "requirement"],
    ["内容说明", "requirement"],
    ["细化分工", "requirement"],
    ["責任部門(單位)", "units"],
    ["责任部门（单位）", "units"],
    ["责任科室", "units"],
    ["承办单位", "units"],
    ["单位名称", "units"], // the bodies' names, not the items' (事项名称)
    ["部门名称", "units"],
    ["事项名称", "category"],
    ["牵头单位", "lead"],
    ["牵头处室", "lead"],
    ["配合单位", "co"],
    ["协办单位", "co"],
    ["完成時間", "deadline"],
    ["时限 要求", "deadline"],
    ["时间节点", "deadline"],
    ["公开时限", "deadline"],
    ["備注 (市級安排)", "remark"],
    ["备注", "remark"],
    ["牵头责任单位", "lead"],
    ["主办处室", "lead"],
    ["领办单位", "lead"],
    ["领办", "lead"],
    // a role word before an item noun names the items taken on, not who takes them on
    ["领办项目", "category"],
    ["牵头事项", "category"],
    ["承办事项", "category"],
    ["主办任务", "category"],
    ["认领项目", "category"],
    ["协作任务", "category"],
    // 会同 (working with the main body) names a co-working column as 配合 does
    ["会同处室", "co"],
    ["会同单位", "co"],
    ["会同部门", "co"],
    ["承办处室", "units"],
    ["协同责任单位", "co"],
    ["会办处室", "co"],
    ["牵头负责领导", "ignored"],
    ["责任领导", "ignored"],
    // the bodies and the one answering in each (issue #9): the bodies' column, a leader's label still no unit's
    ["责任主体及责任人", "units"],
    ["责任主体／责任人", "units"],
    ["責任主體(責任人)", "units"],
    ["牵头领导及责任人", "ignored"],
    ["公開主體", "units"],
    // a bracketed note after 主体 says which of the bodies (the level checking), no other role
    ["抽查主体（层级）", "units"],
    ["实施主体(县级)", "units"],
    ["责任处（室）", "units"],
    ["当前进度", "ignored"],
    ["形象进度", "ignored"],
    ["时间进度", "deadline"],
    ["进度安排", "deadline"],
    // 临安 2022 民生实事: the measures themselves, whose 月底前 milestones are the task's own text
    ["工作举措及实施计划", "requirement"],
    ["公开内容(要素)", "requirement"],
    ["公开对象", "ignored"],
    // whom or what the work is done to (双随机 抽查计划): the places and businesses inspected, never a unit
    ["抽查对象", "ignored"],
    ["检查对象", "ignored"],
    ["监管对象", "ignored"],
    ["服务对象", "ignored"],
    ["抽查范围", "ignored"],
    ["适用范围", "ignored"],
    ["实施范围", "ignored"],
    ["公开形式", "ignored"],
    ["公开方式", "ignored"],
    ["部门分工", "units"],
    ["责任分工", "units"],
    ["分管省领导", "ignored"],
    ["主要责任单位", "units"],
    ["协同配合单位", "co"],
    ["责任牵头单位", "lead"],
    ["总牵头单位", "lead"],
    // 领衔 (heads the work) and 首办 (first to handle it) name the lead as 牵头 / 主办 do
    ["领衔单位", "lead"],
    ["首办单位", "lead"],
    ["协作单位", "co"],
    ["参加单位", "co"],
    // 协作 is a co-working word in a label's modifiers as at its start (one list, CO_ROLE_WORDS)
    ["主要协作单位", "co"],
    // 主责 (main responsibility) names the responsible units; only 牵头 marks a lead
    ["主责单位", "units"],
    ["主责部门", "units"],
    // a label naming the plan's items, or a count title over them, heads the task column
    ["十大民生实事项目", "category"],
    ["10类民生实事项目", "category"],
    ["民生实事项目", "category"],
    ["十大民生工程", "category"],
    ["十件实事", "category"],
    ["八个方面民生实事", "category"],
    ["十大民生", "category"],
    // The label words of 交办单 / 督办单 and of a 曝光台 问题清单 (黄州 2020 “双创”曝光台, a 问题清单 the
    // city 交办 on 8月4日 to be fixed 按规定时限: huangzhou.cjyun.org/p/30149.html).
    // when the matter was assigned, received, registered, found or issued: a day past, not a deadline
    ["交办日期", "ignored"],
    ["受理日期", "ignored"],
    ["登记日期", "ignored"],
    ["发现时间", "ignored"],
    ["发文日期", "ignored"],
    ["曝光时间", "ignored"],
    // when it is due
    ["整改期限", "deadline"],
    ["办结时限", "deadline"],
    // 限期 (within a limit) words the same limit the other way round
    ["限期时间", "deadline"],
    ["整改限期", "deadline"],
    ["完成日期", "deadline"],
    ["截止日期", "deadline"],
    // what is handed over and what is asked
    ["问题描述", "requirement"],
    ["存在问题", "requirement"],
    ["整改要求", "requirement"],
    // where the work is done (北塔 2020 扶贫资金安排表 村名, 醴陵 2019 建设地点): a place, never who does it
    ["实施地点", "ignored"],
    ["建设地点", "ignored"],
    ["所在村", "ignored"],
    ["村名", "ignored"],
    // 编列机关 (立法院 前瞻 表1): the body whose budget holds the programme
    ["編列機關", "units"],
    // the area a bureau's branch answers for, its cells naming the branch (a yearly inspection timetable)
    ["责任片区", "units"],
    // the verb of who carries the task out, alone (督办 ledgers: 承办 | 办结时限)
    ["承办", "units"],
    ["负责", "units"],
    // a copy translated for partners
    ["No.", "seq"],
    ["Task", "category"],
    ["Requirements", "requirement"],
    ["Lead", "lead"],
    ["Supporting", "co"],
    ["Responsible", "units"],
    ["Due", "deadline"],
    ["Remarks", "remark"],
  ])("%s → %s", (label, role) => expect(roleOfLabel(compactLabel(label))).toBe(role));

  it("names no role for data or prose", () => {
    // 一,教育品质提升工程: a numbered heading among the items, no label over them
    for (const text of ["县财政局", "2019年6月", "及时公开", "会议公开", "十大", "3项", "一,教育品质提升工程", ""]) {
      expect(roleOfLabel(compactLabel(text))).toBeNull();
    }
  });
});

// Issue #9: 职责边界 over 县级部门 | 乡镇(街道) heads what each level does; a label saying who answers
// for the task (责任单位, 承办机构) or a bare kind (单位) names no level.
describe("namesLevelOfBodies", () => {
  it.each(["县级部门", "乡镇(街道)", "区直单位", "市级"])("%s names a level of bodies", (label) => expect(namesLevelOfBodies(label)).toBe(true));
  it.each(["责任单位", "承办机构", "单位", "部门", "实施主体"])("%s does not", (label) => expect(namesLevelOfBodies(label)).toBe(false));
});

// 使用单位 | 被检查单位 beside 责任片区 | 检查单位: bodies named by what the work does to them, or by
// their kind alone, against those named by their part in doing it (table.ts sets the first aside).
describe("namesBodiesWorkedOn", () => {
  it.each(["使用单位", "被检查单位", "被监督检查单位", "被帮扶单位", "受检单位", "使用单位名称"])("%s names the bodies worked on", (label) =>
    expect(namesBodiesWorkedOn(compactLabel(label))).toBe(true),
  );
  it.each(["责任单位", "检查单位", "监管单位", "执法单位", "建设单位", "项目单位", "受理单位", "单位名称", "牵头单位"])("%s does not", (label) =>
    expect(namesBodiesWorkedOn(compactLabel(label))).toBe(false),
  );
});

describe("namesBodiesByKindAlone", () => {
  it.each(["单位", "单位名称", "部门名称", "单位(部门)"])("%s names bodies by kind alone", (label) => expect(namesBodiesByKindAlone(compactLabel(label))).toBe(true));
  it.each(["责任单位", "建设单位", "项目单位", "业主单位", "使用单位"])("%s names a part in the work", (label) =>
    expect(namesBodiesByKindAlone(compactLabel(label))).toBe(false),
  );
});

describe("namesFrequency", () => {
  it.each(["抽查周期", "检查频次", "抽查比例及频次", "检查频率", "抽查次数(次/年)"])("%s names how often", (label) => expect(namesFrequency(compactLabel(label))).toBe(true));
  it.each(["实施日期", "检查时间", "完成时限", "抽查比例", "周期性工作"])("%s does not", (label) => expect(namesFrequency(compactLabel(label))).toBe(false));
});

// Issue #9: a timetable's steps (时间 | 项目安排, 序号 | 阶段 | 时间) under a head naming steps, whatever its modifiers.
describe("namesSteps", () => {
  it.each(["项目安排", "工作安排", "建設安排", "进度安排", "阶段", "实施阶段", "实施步骤", "工作环节"])("%s names steps", (label) =>
    expect(namesSteps(compactLabel(label))).toBe(true),
  );
  // A sentence ending in 安排 is no label; 安排部署 heads with a verb; 项目建设阶段(1-12月份) heads with a bracket.
  it.each(["时间", "安排部署", "项目建设阶段(1-12月份)", "按省里要求,统一安排", "阶段性成果"])("%s does not", (label) =>
    expect(namesSteps(compactLabel(label))).toBe(false),
  );
});

describe("namesDueTime", () => {
  it("says by when only for a label naming a limit, not a bare time", () => {
    expect(["整改期限", "整改时限", "完成时间", "截止日期", "办结时限", "限期时间"].every(namesDueTime)).toBe(true);
    expect(["时间", "日期", "交办日期"].some(namesDueTime)).toBe(false);
  });
});

describe("reading a ledger or exposure-board record", () => {
  const sheet = (values: string[][]): SheetSnapshot => ({ sheet: "表1", origin: { row: 0, col: 0 }, values, dateCells: [], merges: [] });

  it("reads a single 交办单 whose only date is the day it was assigned as setting no deadline", () => {
    const plan = readPlan(
      sheet([
        ["交办日期", "问题描述", "责任单位", "整改要求"],
        ["2020年8月4日", "背街小巷垃圾乱堆乱放,门前三包落实不到位", "西湖街道", "立即清理,建立长效保洁机制"],
      ]),
    );
    expect(plan.rows).toHaveLength(1);
    expect(plan.rows[0].deadline.class).toBe("missing");
    expect(plan.rows[0].units.map((u) => u.name)).toEqual(["西湖街道"]);
  });

  it.each(["", "时间", "日期"])("takes the 整改期限 column over a first column %p of 月日-编号 problem numbers", (first) => {
    const plan = readPlan(
      sheet([
        [first, "存在问题", "责任单位", "整改期限"],
        ["8月4日-01", "背街小巷垃圾乱堆乱放", "西湖街道", "立行立改"],
        ["8月4日-02", "农贸市场周边占道经营", "区城管局", "立行立改"],
        ["8月5日-01", "公益广告破损未更换", "区文明办", "立行立改"],
      ]),
    );
    expect(plan.info.columns.deadline).toBe("D");
    expect(plan.rows.map((r) => r.deadline.class)).toEqual(["vague", "vague", "vague"]);
  });
});

// A county bureau's 重点工作 list (2017): its reports fall due every quarter (限期时间 每季度末) while
// the 工作目标 beside it names the year's targets by their own milestone (年底前完成…).
describe("a 限期时间 column of stated periods beside targets dated by the year's end", () => {
  const sheet = (values: string[][]): SheetSnapshot => ({ sheet: "Sheet1", origin: { row: 0, col: 0 }, values, dateCells: [], merges: [] });

  it.each([
    ["工作目标", "年底前完成审计发现问题整改"],
    ["完成年度", "2017年"],
  ])("takes 限期时间 as the deadline column over a %s column of year-end dates", (label, target) => {
    const plan = readPlan(
      sheet([
        ["县审计局2017年重点工作任务清单", "", "", "", "", ""],
        ["序号", "重点工作", label, "责任领导", "责任股室", "限期时间"],
        ["1", "加强审计整改落实", target, "张三", "法规审理股", "每季度末"],
        ["2", "开展经济责任审计", target, "李四", "经济责任审计股", "每季末"],
        ["3", "报送重点工作进展", target, "王五", "办公室", "每季度第一个月10日前"],
      ]),
    );
    expect(plan.info.columns.deadline).toBe("F");
    expect(plan.rows.map((r) => [r.deadline.class, r.deadline.date])).toEqual([
      ["recurring", null],
      ["recurring", null],
      ["recurring", null],
    ]);
  });
});

// Issue #9: levels alone name places (where a row's object lies, beside its 名称); a bracket naming
// the units (乡镇(单位名称)) says the places are who does the work.
describe("namesLevelsAlone", () => {
  it.each(["县区", "地市", "市地", "乡镇", "乡镇(街道)", "县(市、区)"])("%s is levels alone", (label) => expect(namesLevelsAlone(compactLabel(label))).toBe(true));
  it.each(["乡镇(单位名称)", "乡镇(责任单位)", "责任乡镇", "县区名称"])("%s is not", (label) => expect(namesLevelsAlone(compactLabel(label))).toBe(false));

  const sheet = (values: string[][]): SheetSnapshot => ({ sheet: "表1", origin: { row: 0, col: 0 }, values, dateCells: [], merges: [] });
  it("reads the towns of a project list under 乡镇 (单位名称) beside 项目名称 as its units", () => {
    const plan = readPlan(
      sheet([
        ["序号", "乡镇 (单位名称)", "村名", "项目 名称", "项目 类别", "项目建设 内容", "资金安排 (万元)"],
        ["1", "新墙镇", "清水村", "清水村渠道清淤硬化", "产业发展", "渠道清淤、硬化800米", "30"],
        ["2", "城关镇", "东风社区", "东风片道路维修", "乡村建设行动", "硬化路面宽4米,长500米", "15"],
      ]),
    );
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual([["新墙镇"], ["城关镇"]]);
  });
});
