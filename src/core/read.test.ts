import { layoutOf, loadGenre } from "../../test/support/genre";
import { readPlan } from "./index";
import type { CellValue, SheetSnapshot } from "./schema";

function sheet(values: CellValue[][]): SheetSnapshot {
  return { sheet: "表1", origin: { row: 0, col: 0 }, values, dateCells: [], merges: [] };
}

describe("a remark column in a table with no deadline column", () => {
  // A progress ledger (序号 | 项目名称 | 责任单位 | 进展情况 | 说明), the smallest shape of the kind:
  // its 说明 either sets when the item is due or tells what happened to it.
  const ledger = (remarks: string[]): SheetSnapshot =>
    sheet([
      ["2024年民生实事项目进展情况"],
      ["序号", "项目名称", "责任单位", "进展情况", "说明"],
      ["1", "城区第二幼儿园建设", "县教体局", "主体结构已封顶，正在进行内部装修", remarks[0]],
      ["2", "农村供水管网改造", "县水利局", "已完成管网铺设12公里", remarks[1]],
    ]);

  it("gives the deadline when it reads as one (11月底前完成)", () => {
    const plan = readPlan(ledger(["11月底前完成", ""]));
    expect(plan.rows.map((r) => [r.deadline.class, r.deadline.date])).toEqual([
      ["date", "2024-11-30"],
      ["missing", null],
    ]);
  });

  it("gives none when it tells a story with a past date", () => {
    const plan = readPlan(ledger(["因招标流程调整，施工合同于8月16日才签订，较计划推迟3个月", "项目于3月5日开工，已完成年度任务的60%"]));
    expect(plan.rows.map((r) => [r.deadline.class, r.deadline.date])).toEqual([
      ["missing", null],
      ["missing", null],
    ]);
  });
});

describe("a task told over two text columns of its own (工作任务 | 具体措施, issue #9)", () => {
  // 六安 2017 民生工程 通报 with each item's name and lead in 工作任务 and what lags in 具体措施.
  it("reads the unit its text names in either column", () => {
    const plan = readPlan(
      sheet([
        ["序号", "工作任务", "具体措施"],
        ["1", "农村道路畅通工程,牵头部门:市交通局。", "建设进度相对较慢的县区为舒城县。"],
        ["2", "农村饮水安全巩固提升工程,牵头部门:市水利局。", "未完成建设任务的县区为舒城县。"],
      ]),
    );
    expect(plan.rows.map((r) => [r.units.map((u) => u.name), r.lead])).toEqual([
      [["市交通局"], "市交通局"],
      [["市水利局"], "市水利局"],
    ]);
  });
});

describe("a lead mark that never sets a unit apart (issue #9)", () => {
  // zhuji-2023-gzbg marks each lead with a ▲ beside units it leaves unmarked (▲发改局,各部门,…): the
  // mark picks out the lead, with no note saying so.
  it("keeps the leads of a plan whose marks stand beside unmarked units", () => {
    const plan = readPlan(layoutOf(loadGenre("zhuji-2023-gzbg")).snapshot);
    expect(plan.rows.slice(0, 3).map((r) => r.lead)).toEqual(["发改局", "税务局", "科技局"]);
  });

  // zhuji's tasks and units with every unit marked (two marked, a lone marked, one unmarked) and no
  // note: the marks set nothing apart, so they name no lead.
  const TASKS = ["生产总值增长7.5%左右", "研发投入强度2.85%以上", "紧扣创成“浙江制造天工鼎”目标,实施制造强市“229”计划"];
  const marked = (cells: string[], above: string[][] = [], below: string[][] = [], unitLabel = "责任单位") =>
    sheet([
      ["2023年《政府工作报告》主要目标任务分解清单"],
      ...above,
      ["序号", "主要工作", unitLabel],
      ...cells.map((units, i) => [String(i + 1), TASKS[i], units]),
      ...below,
    ]);
  const leadsAndUnits = (s: SheetSnapshot) => readPlan(s).rows.map((r) => [r.lead, r.units.map((u) => u.name)]);
  const EVERY_UNIT = ["*发改局,*财政局", "*科技局", "经信局"];

  it("gives no lead from a mark on every unit it touches, and strips it from the names", () => {
    expect(leadsAndUnits(marked(EVERY_UNIT))).toEqual([
      [null, ["发改局", "财政局"]],
      [null, ["科技局"]],
      [null, ["经信局"]],
    ]);
  });

  it.each([
    ["a note below the table", marked(EVERY_UNIT, [], [["注：带*的为牵头单位。"]])],
    ["a line above the table", marked(EVERY_UNIT, [["（*为牵头单位）"]])],
    ["the header label", marked(EVERY_UNIT, [], [], "责任单位（*为牵头单位）")],
    ["a remark in a unit cell", marked(["*发改局,*财政局（带*的为牵头单位）", ...EVERY_UNIT.slice(1)])],
  ])("keeps the marked leads, even a lone one, where %s explains the mark", (_where, s) => {
    expect(readPlan(s).rows.map((r) => r.lead)).toEqual(["发改局", "科技局", null]);
  });

  it("keeps the marked leads where the mark sets a unit apart in some cell of the sheet", () => {
    expect(readPlan(marked(["*发改局,财政局", "*科技局", "经信局"])).rows.map((r) => r.lead)).toEqual(["发改局", "科技局", null]);
  });
});

describe("a body whose name holds a status word (…推进中心, issue 9)", () => {
  // 整改 records laid out as the genre's are (整改任务 | 责任单位 | 整改目标 | 整改措施 | 完成情况): the
  // status word 推进中 runs across 推进|中心 of a body's name there, which reports no progress.
  const TASKS = [
    ["重大项目前期工作推进缓慢", "前期手续年内全部办结", "建立项目前期工作清单，实行周调度、月通报"],
    ["项目入库审核把关不严", "入库项目全部符合申报条件", "逐个复核入库项目，不符合条件的予以清退"],
    ["项目调度台账更新不及时", "台账每月更新", "明确专人负责台账，每月5日前更新"],
    ["要素保障协调不力", "用地、资金等要素保障到位", "建立要素保障联席会议制度，定期会商解决"],
  ];
  const record = (units: string[], reports: string[] = units.map(() => "已完成")): SheetSnapshot =>
    sheet([
      ["整改任务", "责任单位", "整改目标", "整改措施", "完成情况"],
      ...units.map((unit, i) => [TASKS[i][0], unit, TASKS[i][1], TASKS[i][2], reports[i]]),
    ]);
  const unitsOf = (s: SheetSnapshot) => readPlan(s).rows.map((r) => [r.units.map((u) => u.name), r.unitStatus]);

  it.each(["市重大项目推进中心", "县产业推进中心", "市项目建设推进中心"])("reads %s, the one task's unit", (unit) => {
    expect(unitsOf(record([unit]))).toEqual([[[unit], "ok"]]);
  });

  it("reads a column of such names among other bodies as the units", () => {
    const units = ["市重大项目推进中心", "市发改委、市项目建设推进中心", "县产业推进中心", "市自然资源局"];
    expect(unitsOf(record(units, units.map(() => "推进中")))).toEqual([
      [["市重大项目推进中心"], "ok"],
      [["市发改委", "市项目建设推进中心"], "ok"],
      [["县产业推进中心"], "ok"],
      [["市自然资源局"], "ok"],
    ]);
  });

  // Reports naming the bodies they concern, which a list of names would otherwise take them for.
  const REPORTS = ["推进中，市发改委、市财政局", "正在推进，市住建局、市城管局配合", "已完成60%，市自然资源局、市林业局配合"];
  it.each([
    ["with no label", ""],
    ["under a 责任单位 label", "责任单位"],
  ])("never takes a column of progress reports for the units, %s", (_how, label) => {
    const s = sheet([["整改任务", "整改目标", "整改措施", label], ...REPORTS.map((report, i) => [...TASKS[i], report])]);
    expect(unitsOf(s)).toEqual(REPORTS.map(() => [[], "missing"]));
  });
});

describe("a unit column whose header names persons beside the bodies (issue 9)", () => {
  // A 实事 progress list: each body with its head after it (县教体局 帖志强); 责任单位及责任人 says so.
  const list = (unitLabel: string): SheetSnapshot =>
    sheet([
      ["2024年民生实事项目进展情况"],
      ["序号", "项目名称", unitLabel, "完成时间"],
      ["1", "城区第二幼儿园建设", "县教体局 帖志强", "2024年11月底前"],
      ["2", "农村供水管网改造", "县水利局 那英", "2024年12月底前"],
      ["3", "老旧小区改造", "县住建局、城管", "2024年12月底前"],
    ]);
  const unitsOf = (unitLabel: string) => readPlan(list(unitLabel)).rows.map((r) => r.units.map((u) => u.name));

  it.each(["责任单位及责任人", "牵头单位/责任人", "牵头单位及主要负责人"])("reads the word after a body as its head under %s", (label) => {
    expect(unitsOf(label)).toEqual([["县教体局"], ["县水利局"], ["县住建局", "城管"]]);
  });

  it("keeps it as a unit under a header naming bodies alone: an uncommon surname proves no person there", () => {
    expect(unitsOf("责任单位")).toEqual([["县教体局", "帖志强"], ["县水利局", "那英"], ["县住建局", "城管"]]);
  });
});

describe("an inspection notice with no unit column: the body each 由 clause charges (issue #9)", () => {
  // 巡查通报 / 问题整改通知 laid out as 序号 | 存在问题 | 整改要求: the clerk sends each problem to the
  // body its requirement names after 由.
  const problems = [
    "人民路与建设路交叉口东侧堆放大量建筑垃圾",
    "林业局家属院门前绿化带内杂草丛生",
    "税务局家属院院内杂物乱堆乱放",
    "城关镇东街部分商户占道经营",
    "职教中心南侧围墙外垃圾堆积",
    "农贸市场周边流动摊贩占道",
    "滨河公园公厕损坏",
  ];
  const requirements = [
    "由县城管局负责清除上述地段的建筑垃圾。",
    "由包片单位县林业局负责清除。",
    "由包片单位县税务局负责督促业主清理院内杂物，规范物品堆放。",
    "由城关镇负责协调业主尽快整改。",
    "由县职教中心、县消防大队、县委党校负责，限期清理完毕。",
    "由所在社区牵头，县市场监管局配合，督促商户整改。",
    "立即维修，恢复使用。",
  ];
  const traditional = [
    "由縣城管局負責清除上述地段的建築垃圾。",
    "由包片單位縣林業局負責清除。",
    "由包片單位縣稅務局負責督促業主清理院內雜物，規範物品堆放。",
    "由城關鎮負責協調業主儘快整改。",
    "由縣職教中心、縣消防大隊、縣委黨校負責，限期清理完畢。",
    "由所在社區牽頭，縣市場監管局配合，督促商戶整改。",
    "立即維修，恢復使用。",
  ];
  const notice = (texts: string[], unitColumn?: string[]): SheetSnapshot =>
    sheet([
      ["关于县城区环境卫生专项巡查情况的通报"],
      ["序号", "存在问题", "整改要求", ...(unitColumn ? ["责任单位"] : [])],
      ...texts.map((text, i) => [String(i + 1), problems[i], text, ...(unitColumn ? [unitColumn[i]] : [])]),
    ]);
  const readUnits = (snapshot: SheetSnapshot) =>
    readPlan(snapshot).rows.map((r) => [r.units.map((u) => `${u.name}:${u.role}`), r.lead, r.unitStatus]);
  const expected = [
    [["县城管局:responsible"], null, "ok"],
    [["县林业局:responsible"], null, "ok"],
    [["县税务局:responsible"], null, "ok"],
    [["城关镇:responsible"], null, "ok"],
    [["县职教中心:responsible", "县消防大队:responsible", "县委党校:responsible"], null, "ok"],
    [["所在社区:lead", "县市场监管局:co"], "所在社区", "ok"],
    [[], null, "missing"],
  ];

  it("reads each requirement's bodies and roles; one naming none stays missing", () => {
    expect(readUnits(notice(requirements))).toEqual(expected);
  });

  it("reads them so in traditional characters", () => {
    expect(readUnits(notice(traditional))).toEqual(expected);
  });

  it("gives the clause as the unit text, in the cell that holds it", () => {
    const rows = readPlan(notice(requirements)).rows;
    expect(rows[5].unitText).toBe("由所在社区牵头，县市场监管局配合");
    expect(rows[5].cells.units).toBe("C8");
    expect(rows[6].unitText).toBe("");
  });

  it("leaves a table with a unit column to that column, an empty cell missing", () => {
    const column = ["县住建局", "", "县税务局", "城关镇", "县教体局", "县商务局", "县住建局"];
    expect(readUnits(notice(requirements, column)).map(([units]) => units)).toEqual([
      ["县住建局:responsible"],
      [],
      ["县税务局:responsible"],
      ["城关镇:responsible"],
      ["县教体局:responsible"],
      ["县商务局:responsible"],
      ["县住建局:responsible"],
    ]);
  });
});

describe("a target-split plan whose unit cells label each body's part (数据来源单位：, 考核单位：)", () => {
  // 主要指标任务分解表: each indicator's lead, the units answering for it, and the unit its figure
  // comes from, in one cell; or a closing bracket in the task text. Catch-alls name their kinds in
  // angle brackets (各处〈室、局〉).
  it("reads every labelled body as a unit, the label in no name, the lead from the lead label only", () => {
    const plan = readPlan(
      sheet([
        ["2025年主要经济指标目标任务分解表"],
        ["序号", "工作任务", "责任单位", "完成时间"],
        ["1", "社会消费品零售总额增长6%", "牵头单位:市商务局;责任单位:市发改委、市住建局;数据来源单位:市统计局", "2025年12月底"],
        ["2", "城镇居民人均可支配收入增长5.5%", "牵头单位：市人社局；数据提供单位：国家统计局宜昌调查队", "2025年12月底"],
        ["3", "规模以上工业增加值增长7%", "责任单位：市经信局，考核单位：市统计局、市发改委", "2025年12月底"],
        ["4", "完善指标数据月度调度机制", "各处〈室、局〉", "2025年6月底"],
      ]),
    );
    expect(plan.rows.map((r) => [r.units.map((u) => u.name), r.lead, r.unitStatus])).toEqual([
      [["市商务局", "市发改委", "市住建局", "市统计局"], "市商务局", "ok"],
      [["市人社局", "国家统计局宜昌调查队"], "市人社局", "ok"],
      [["市经信局", "市统计局", "市发改委"], null, "ok"],
      [["各处〈室、局〉"], null, "generic"],
    ]);
  });
});

// 人才发展实施意见 laid into a sheet: part headings saying the work (五、强化人才工作领导,构建…) above
// numbered measures. 工作领导 after the verb is leadership, no body: a clerk reads no unit from it.
describe("a part heading that says the work, over measures", () => {
  const unitsOf = (plan: ReturnType<typeof readPlan>) => plan.rows.map((r) => [r.seq, r.units.map((u) => `${u.name}:${u.role}`), r.unitStatus]);

  it("gives no unit to the measures of a one-column plan", () => {
    const plan = readPlan(
      sheet([
        ["重点任务"],
        ["五、强化人才工作领导,构建全优的人才服务体系"],
        ["16、建立健全人才工作领导协调机制。要按照党管人才的原则,完善人才工作领导小组定期议事制度,形成统分结合、上下联动的工作格局。"],
        ["17、加大人才工作投入。要把人才发展资金列入年度财政预算,逐年提高人才投入占财政支出的比重。"],
        ["六、加强组织领导，营造尊重人才的良好氛围"],
        ["18、落实人才工作目标责任制。要将人才工作纳入领导班子和领导干部年度考核内容,严格考核奖惩。"],
      ]),
    );
    expect(plan.rows.map((r) => [r.units, r.unitStatus])).toEqual([
      [[], "missing"],
      [[], "missing"],
      [[], "missing"],
    ]);
  });

  it("reads the body a heading's responsibility clause names, and none from the work, in a plan with a unit column", () => {
    const plan = readPlan(
      sheet([
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["（一）强化人才工作领导，构建全优的人才服务体系", "", "", ""],
        ["1", "建立健全人才工作领导协调机制", "", "2021年6月底前"],
        ["2", "完善人才工作考核评价办法", "县委组织部", "2021年9月底前"],
        ["（二）加强组织领导，由县人社局牵头，各乡镇配合", "", "", ""],
        ["3", "开展高层次人才服务专员制度试点", "", "2021年12月底前"],
      ]),
    );
    expect(unitsOf(plan)).toEqual([
      ["1", [], "missing"],
      ["2", ["县委组织部:responsible"], "ok"],
      ["3", ["县人社局:lead", "各乡镇:co"], "ok"],
    ]);
  });

  // 格局 (pattern), 布局 (layout): nouns ending in 局 that close the work a heading says, no bureau's name.
  it("reads no body from a heading's work ending in 格局 or 布局", () => {
    const plan = readPlan(
      sheet([
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["三、完善人才工作格局，县人社局牵头", "", "", ""],
        ["1", "落实高层次人才津贴", "", "2023年12月底前"],
        ["四、优化产业布局", "", "", ""],
        ["2", "推进园区提质增效", "", "2023年12月底前"],
      ]),
    );
    expect(unitsOf(plan)).toEqual([
      ["1", ["县人社局:lead"], "ok"],
      ["2", [], "missing"],
    ]);
  });
});

// A phrase of work in the unit column — a row's clause slipped a column, or the tail of a heading —
// names no unit: the row reads as having its unit missing. Bodies beside it in the cell stay, and so
// do the names that open like a verb (乡村振兴推进办, 政务服务中心) or are shortened (县发改、财政).
describe("work written in the unit column", () => {
  const plan = () =>
    readPlan(
      sheet([
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["1", "加快推进县域商业体系建设", "推动高质量发展", "2023年12月底前"],
        ["2", "优化政务服务办事流程", "县行政审批局、确保按期完成", "2023年6月底前"],
        ["3", "落实安全生产“党政同责、一岗双责”", "全面落实", "2023年12月底前"],
        ["4", "建设数字经济产业园", "服务全省发展大局", "2023年12月底前"],
        ["5", "谋划储备一批重大项目", "县发改、财政", "2023年9月底前"],
        ["6", "推进乡村振兴示范村建设", "乡村振兴推进办", "2023年12月底前"],
        ["7", "提升政务服务中心窗口服务水平", "政务服务中心", "2023年6月底前"],
        ["8", "开展文化市场综合执法检查", "文广新局", "2023年12月底前"],
      ]),
    );

  it("reads the rows whose cell is work as having no unit, and keeps every body", () => {
    expect(plan().rows.map((r) => [r.seq, r.units.map((u) => u.name), r.unitStatus])).toEqual([
      ["1", [], "missing"],
      ["2", ["县行政审批局"], "ok"],
      ["3", [], "missing"],
      ["4", [], "missing"],
      ["5", ["县发改", "财政"], "ok"],
      ["6", ["乡村振兴推进办"], "ok"],
      ["7", ["政务服务中心"], "ok"],
      ["8", ["文广新局"], "ok"],
    ]);
  });
});

describe("a unit cell bracketing an office's section by its field (issue #9)", () => {
  // 市政府办（金融）: the government office's finance section, kept whole and written as the cell
  // writes it; a person bracketed after a body (市财政局（张明）, 市政府办（金明）) still drops.
  it("keeps the field with its office and drops a bracketed person", () => {
    const plan = readPlan(
      sheet([
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["1", "制定地方金融风险防范化解工作方案", "市政府办（金融）、市财政局", "2024年6月底前"],
        ["2", "完善突发事件应急预案体系", "市政府办公室（应急）", "2024年9月底前"],
        ["3", "清理规范政府性债务", "市财政局（张明）、市政府办（金明）", "2024年12月底前"],
      ]),
    );
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual([
      ["市政府办（金融）", "市财政局"],
      ["市政府办公室（应急）"],
      ["市财政局", "市政府办"],
    ]);
  });
});
