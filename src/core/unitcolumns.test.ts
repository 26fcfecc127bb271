// Tables with more unit-holding columns than lead / units / co: a clerk reads every unit named in
// any of them as responsible for the task, the lead being the lead column's unit or, without one,
// the first listed where the sheet says the first listed leads. A leader or a scorer column never
// adds units.
import { DEPARTMENT_COLUMN, planDepartmentTabs } from "./generate/departments";
import { readPlan } from "./index";
import type { CellValue, Rect, SheetSnapshot } from "./schema";
import { genreSheet } from "../../test/support/rules";

function sheet(rows: CellValue[][]): SheetSnapshot {
  return { sheet: "Sheet1", origin: { row: 0, col: 0 }, values: rows, dateCells: [], merges: [] };
}

const TASKS = [
  "推进老旧小区改造，完成雨污分流和加装电梯工程",
  "实施农村公路提档升级，新改建农村公路50公里",
  "新建城区公办幼儿园2所，新增学位540个",
];

function unitsOf(rows: CellValue[][]) {
  const plan = readPlan(sheet(rows));
  return { plan, rows: plan.rows.map((r) => ({ units: r.units.map((u) => [u.name, u.role]), lead: r.lead })) };
}

describe("several columns of units", () => {
  it("reads an owner column beside a lead and a responsible column (牵头单位 | 责任单位 | 业主单位)", () => {
    const { plan, rows } = unitsOf([
      ["序号", "项目名称", "牵头单位", "责任单位", "业主单位", "完成时限"],
      ["1", TASKS[0], "县住建局", "县财政局", "县城投公司", "2024年12月底"],
      ["2", TASKS[1], "县交通运输局", "各乡镇人民政府", "县交投集团", "2024年10月底"],
    ]);
    expect(plan.info.columns).toEqual({ seq: "A", requirement: "B", lead: "C", units: ["D", "E"], deadline: "F" });
    expect(rows[0]).toEqual({
      units: [
        ["县住建局", "lead"],
        ["县财政局", "responsible"],
        ["县城投公司", "responsible"],
      ],
      lead: "县住建局",
    });
    expect(rows[1].units.map(([name]) => name)).toEqual(["县交通运输局", "各乡镇人民政府", "县交投集团"]);
  });

  // The main one of several responsible columns leads, as 主要责任单位 beside 协同配合单位 does
  // (qiaocheng-jyj-2025, whose notice pairs the two the way 牵头 / 配合 are paired).
  it("reads the main of two responsible columns as the lead (主要责任单位 | 其他责任单位)", () => {
    const { plan, rows } = unitsOf([
      ["序号", "工作任务", "主要责任单位", "其他责任单位", "完成时间"],
      ["1", TASKS[2], "县教育局", "县发改局、县自然资源局", "2024年8月"],
      ["2", TASKS[0], "县住建局", "", "2024年12月"],
    ]);
    expect(plan.info.columns).toMatchObject({ lead: "C", units: ["D"] });
    expect(rows[0]).toEqual({
      units: [
        ["县教育局", "lead"],
        ["县发改局", "responsible"],
        ["县自然资源局", "responsible"],
      ],
      lead: "县教育局",
    });
    // The other column empty: one unit in all, nobody to lead (the lead convention).
    expect(rows[1]).toEqual({ units: [["县住建局", "responsible"]], lead: null });
  });

  // A lead from the layout ranks the main column's unit above the others the row names; a row naming
  // one unit in all has nobody to lead, and its unit is responsible (负责 on its tab), as seed 000's
  // 责任单位中有多个单位的，排第一位的为牵头单位 reads. A lead written as such stays a lead alone.
  describe("a lone unit under a lead given by layout", () => {
    it("leads no row whose 配合单位 cell is empty (ningbo-2014-msss-progress: 责任单位 | 配合单位)", () => {
      const plan = readPlan(genreSheet("ningbo-2014-msss-progress"));
      expect(plan.info.columns).toMatchObject({ lead: "C", co: "E" });
      expect(plan.rows[0].units).toEqual([{ name: "市轨道交通工程建设指挥部", role: "responsible", generic: false }]);
      expect(plan.rows[0].lead).toBeNull();
      expect(plan.rows[1].lead).toBe("市公安局");
      const { plan: tabs } = planDepartmentTabs(plan, [], { common: "every" });
      const roleOn = (name: string) => tabs.tabs.find((t) => t.name === name)?.rows.map((r) => r[DEPARTMENT_COLUMN.role]);
      expect(roleOn("市轨道交通工程建设指挥部")).toEqual(["负责"]);
      expect(roleOn("市公安局")).toEqual(["牵头", "配合"]);
    });

    it("leads no row of a lone 主办单位 column, but every row of a lone 牵头单位 column (cangnan-2022-msss)", () => {
      const written = readPlan(genreSheet("cangnan-2022-msss"));
      const hosted = readPlan(genreSheet("cangnan-2022-msss", (t) => (t.header[3] = "主办单位")));
      expect(written.info.columns.lead).toBe("D");
      expect(hosted.info.columns.lead).toBe("D");
      expect(written.rows.map((r) => r.lead)).toEqual(written.rows.map((r) => r.units[0].name));
      expect(hosted.rows.map((r) => r.lead)).toEqual(hosted.rows.map(() => null));
      expect(hosted.rows.map((r) => r.units[0].role)).toEqual(hosted.rows.map(() => "responsible"));
    });

    it("keeps a lead written in the cell of a layout lead column (县教育局牵头 under 主办单位)", () => {
      const plan = readPlan(
        genreSheet("cangnan-2022-msss", (t) => {
          t.header[3] = "主办单位";
          t.rows[0][3] = `${t.rows[0][3]}牵头`;
        }),
      );
      expect(plan.rows[0].lead).toBe("县教育局");
      expect(plan.rows[1].lead).toBeNull();
    });
  });

  // A single 主责部门 column names who answers for each task; with no 牵头 anywhere it marks no lead.
  it("names no lead from a single main-responsibility column (主责部门)", () => {
    const { plan, rows } = unitsOf([
      ["序号", "工作任务", "主责部门"],
      ["1", TASKS[2], "县教育局"],
      ["2", TASKS[0], "县住建局"],
    ]);
    expect(plan.info.columns).toMatchObject({ units: ["C"] });
    expect(plan.info.columns.lead).toBeUndefined();
    expect(rows[0]).toEqual({ units: [["县教育局", "responsible"]], lead: null });
  });

  it("reads a main-responsibility column beside a co-operating one as the lead (主责单位 | 配合单位)", () => {
    const { plan, rows } = unitsOf([
      ["序号", "工作任务", "主责单位", "配合单位", "完成时间"],
      ["1", TASKS[2], "县教育局", "县发改局", "2024年8月"],
      ["2", TASKS[0], "县住建局", "县财政局", "2024年12月"],
    ]);
    expect(plan.info.columns).toMatchObject({ lead: "C", co: "D" });
    expect(rows[0].lead).toBe("县教育局");
  });

  it("names no lead of two responsible columns neither of which is the main one (责任单位 | 业主单位)", () => {
    const { plan, rows } = unitsOf([
      ["序号", "工作任务", "责任单位", "业主单位", "完成时间"],
      ["1", TASKS[2], "县教育局", "县城投公司", "2024年8月"],
    ]);
    expect(plan.info.columns).toMatchObject({ units: ["C", "D"] });
    expect(plan.info.columns.lead).toBeUndefined();
    expect(rows[0].lead).toBeNull();
  });

  it("takes the first of several listed as the lead when the sheet says so (排第一位的为牵头单位)", () => {
    const { rows } = unitsOf([
      ["序号", "工作任务", "责任单位", "业主单位", "完成时间"],
      ["1", TASKS[2], "县教育局", "县城投公司", "2024年8月"],
      ["注：责任单位中排第一位的为牵头单位。"],
    ]);
    expect(rows[0].units.map(([name]) => name)).toEqual(["县教育局", "县城投公司"]);
    expect(rows[0].lead).toBe("县教育局");
  });

  // A cell of role groups (several bodies sharing 负责, others 参与) names no lead of itself; the
  // sheet's rule that the first listed leads still makes the first one the lead.
  it.each([
    [[], null],
    [[["注：排在第一位的为牵头单位。"]], "市经信局"],
  ])("reads several bodies sharing one 负责 as the lead only by a first-listed rule (%j)", (note, lead) => {
    const { rows } = unitsOf([
      ["序号", "工作任务", "责任单位", "完成时间"],
      ["1", TASKS[0], "市经信局、市发改委、市行政审批局负责，市自然资源和规划局、市生态环境局等参与，各县（市、区）人民政府负责落实。", "2024年12月"],
      ...note,
    ]);
    expect(rows[0].units.map(([name]) => name)).toEqual(["市经信局", "市发改委", "市行政审批局", "市自然资源和规划局", "市生态环境局", "各县（市、区）人民政府"]);
    expect(rows[0].lead).toBe(lead);
  });

  it("takes the first listed as the lead when the unit column's label says so (责任单位(排在首位的为牵头单位))", () => {
    const { plan, rows } = unitsOf([
      ["序号", "工作任务", "责任单位（排在首位的为牵头单位）", "完成时间"],
      ["1", TASKS[2], "县教育局、县财政局", "2024年8月"],
      ["2", TASKS[0], "县住建局", "2024年12月"],
    ]);
    expect(plan.info.columns).toMatchObject({ units: ["C"] });
    expect(rows.map((r) => r.lead)).toEqual(["县教育局", null]);
  });

  // The ways a note says it; the traditional one is how a 2025 city notice on its 政府工作报告 分解 puts it.
  it.each([
    "注：无牵头单位的，责任单位即为牵头单位。",
    "注：無牽頭單位的,責任單位即為牽頭單位。",
    "注：未明确牵头单位的，由责任单位牵头。",
    "注：没有明确牵头部门的，以责任部门为牵头部门。",
  ])("lets the responsible unit lead a task that names no lead when the sheet says so (%s)", (note) => {
    const { rows } = unitsOf([
      ["序号", "工作任务", "牵头单位", "责任单位", "完成时间"],
      ["1", TASKS[2], "", "县教育局", "2024年8月"],
      ["2", TASKS[0], "县住建局", "县财政局", "2024年12月"],
      [note],
    ]);
    expect(rows.map((r) => r.lead)).toEqual(["县教育局", "县住建局"]);
  });

  it("names no lead for a task whose lead cell is empty when the sheet states no rule", () => {
    const { rows } = unitsOf([
      ["序号", "工作任务", "牵头单位", "责任单位", "完成时间"],
      ["1", TASKS[2], "", "县教育局", "2024年8月"],
      ["2", TASKS[0], "县住建局", "县财政局", "2024年12月"],
    ]);
    expect(rows.map((r) => r.lead)).toEqual([null, "县住建局"]);
  });

  // A leader's name in the 牵头单位 column (as printed in nanling-2024's leader column, 陆 明): a
  // person is no lead unit, and beside the bodies of the 责任单位 column no unit at all.
  it("reads no lead from a person written in the lead column", () => {
    const { rows } = unitsOf([
      ["序号", "工作任务", "牵头单位", "责任单位", "完成时间"],
      ["1", TASKS[2], "陆 明", "县教育局、县财政局", "2024年8月"],
      ["2", TASKS[0], "县住建局", "县财政局", "2024年12月"],
    ]);
    expect(rows[0]).toEqual({
      units: [
        ["县教育局", "responsible"],
        ["县财政局", "responsible"],
      ],
      lead: null,
    });
    expect(rows[1].lead).toBe("县住建局");
  });

  // The same division said the other way round: the second column is labelled the other responsible
  // units (其他责任单位), so the first is the main one and leads.
  it("reads the first of two responsible columns as the lead when the second is the other one (责任单位 | 其他责任单位)", () => {
    const { plan, rows } = unitsOf([
      ["序号", "工作任务", "责任单位", "其他责任单位", "完成时间"],
      ["1", TASKS[2], "县教育局", "县发改局、县自然资源局", "2024年8月"],
    ]);
    expect(plan.info.columns).toMatchObject({ lead: "C", units: ["D"] });
    expect(rows[0].lead).toBe("县教育局");
  });

  it("reads a responsible column beside a 协作 column as the lead (责任单位 | 协作单位)", () => {
    const { plan, rows } = unitsOf([
      ["序号", "工作任务", "责任单位", "协作单位", "完成时间"],
      ["1", TASKS[2], "县教育局", "县财政局", "2024年8月"],
    ]);
    expect(plan.info.columns).toMatchObject({ lead: "C", co: "D" });
    expect(rows[0].lead).toBe("县教育局");
  });

  it("never reads a leader column as units (牵头领导 | 牵头单位 | 责任单位 | 配合单位)", () => {
    const { plan, rows } = unitsOf([
      ["序号", "重点任务", "牵头领导", "牵头单位", "责任单位", "配合单位", "完成时限"],
      ["1", TASKS[1], "王副县长", "县交通运输局", "县公路中心", "县财政局", "2024年11月"],
      ["2", TASKS[2], "李副县长", "县教育局", "", "县住建局、县自然资源局", "2024年9月"],
    ]);
    expect(plan.info.columns).toMatchObject({ lead: "D", units: ["E"], co: "F" });
    expect(rows[0].units).toEqual([
      ["县交通运输局", "lead"],
      ["县公路中心", "responsible"],
      ["县财政局", "co"],
    ]);
    expect(rows[1].units.map(([name]) => name)).toEqual(["县教育局", "县住建局", "县自然资源局"]);
  });

  it("leaves out the body that scores the task (责任部门 | 评分部门) and a column of measures (单位)", () => {
    const { plan, rows } = unitsOf([
      ["序号", "考核内容", "单位", "年度目标", "责任部门", "评分部门"],
      ["1", "农林牧渔业增加值增幅", "%", "≥2%", "县农业农村局", "市农业农村局"],
      ["2", "规模以上工业增加值增幅", "%", "≥6%", "县经信局", "市经信局"],
      ["3", "新增城镇就业人数", "人", "3000", "县人社局", "市人社局"],
    ]);
    expect(plan.info.columns).toMatchObject({ units: ["E"] });
    expect(rows.map((r) => r.units)).toEqual([[["县农业农村局", "responsible"]], [["县经信局", "responsible"]], [["县人社局", "responsible"]]]);
    expect(rows.every((r) => r.lead === null)).toBe(true);
  });

  // A 政务公开要点 sheet naming, in its unit cells, who in the body does the work under a label of
  // role words or of persons (具体负责：周丽, 负责：孙丽, 联系人：…): a clerk reads the bodies alone, in
  // whichever unit column.
  it("reads no unit from a person under a role or person label in the unit columns", () => {
    const { plan, rows } = unitsOf([
      ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"],
      ["1", "推进政务公开标准化规范化建设", "县政务服务中心\n具体负责：周丽", "各乡镇人民政府", "2024年6月底前"],
      ["2", "做好政策解读工作", "县政府办", "责任处室：办公室；负责：孙丽", "2024年12月底前"],
      ["3", "加强政务新媒体管理", "县委宣传部；联系人：王芳、李强", "县政府办、县融媒体中心", "长期坚持"],
    ]);
    expect(plan.info.columns).toMatchObject({ lead: "C", units: ["D"] });
    expect(rows).toEqual([
      { units: [["县政务服务中心", "lead"], ["各乡镇人民政府", "responsible"]], lead: "县政务服务中心" },
      { units: [["县政府办", "lead"], ["办公室", "responsible"]], lead: "县政府办" },
      { units: [["县委宣传部", "lead"], ["县政府办", "responsible"], ["县融媒体中心", "responsible"]], lead: "县委宣传部" },
    ]);
    expect(plan.rows.every((r) => r.unitStatus === "ok")).toBe(true);
  });

  // A 改革要点 sheet whose one 责任分工 column names the leaders (牵头区领导, 区领导) beside the bodies,
  // with ASCII punctuation as a mirror copies it: a clerk reads the bodies alone.
  it("reads no unit from the leaders a 责任分工 cell names beside the bodies", () => {
    const { plan, rows } = unitsOf([
      ["序号", "改革事项", "主要内容", "责任分工"],
      ["1", "深化投资审批制度改革", "抢抓机遇，健全项目谋划储备机制。", "牵头区领导:刘胜、夏东;牵头单位:区发展改革局;"],
      ["2", "深化农村集体产权制度改革", "推进农村集体经营性资产股份合作制改革。", "区领导:刘胜\n区农业农村局"],
    ]);
    expect(plan.info.columns).toMatchObject({ units: ["D"] });
    expect(rows).toEqual([
      { units: [["区发展改革局", "lead"]], lead: "区发展改革局" },
      { units: [["区农业农村局", "responsible"]], lead: null },
    ]);
  });

  it("keeps a person column labelled like units out (责任单位 | 具体责任人)", () => {
    const { plan } = unitsOf([
      ["序号", "工作任务", "责任单位", "责任人", "完成时间"],
      ["1", TASKS[0], "县住建局", "张伟", "2024年12月"],
      ["2", TASKS[1], "县交通运输局", "李娜", "2024年10月"],
    ]);
    expect(plan.info.columns).toMatchObject({ units: ["C"] });
    expect(plan.info.columns.lead).toBeUndefined();
  });
});

// 红海办事处 2020 权责清单 (issue #9) laid out as a register of duty boundaries: 职责边界 over 县级部门 |
// 乡镇(街道), their cells the power's legal basis and stage duties (sentences), then 承办机构 naming the
// body. The level label names a kind of body; the cells under it name none.
describe("a column labelled by a level of bodies whose cells are sentences", () => {
  const dutyBoundaries = (withBody: boolean) =>
    readPlan(
      genreSheet("hongbhai-2020-quanze", (t) => {
        t.header = ["序号", "职权类型", "职权名称", "", "职责边界", "", "承办机构"];
        t.header2 = ["", "", "项目", "子项", "县级部门", "乡镇（街道）", ""];
        t.headerMerges = [0, 1, 6].map((c) => ({ fromRow: 0, toRow: 1, fromCol: c, toCol: c }));
        t.headerMerges.push({ fromRow: 0, toRow: 0, fromCol: 2, toCol: 3 }, { fromRow: 0, toRow: 0, fromCol: 4, toCol: 5 });
        for (const row of t.rows) row.push(...row.splice(5, 1));
        if (!withBody) {
          for (const labels of [t.header, t.header2, ...t.rows]) labels.pop();
          t.headerMerges.pop();
          t.headerMerges.shift();
        }
      }),
    );

  it("is no unit column beside the one that names the body", () => {
    const plan = dutyBoundaries(true);
    expect(plan.info.columns.units).toEqual(["G"]);
    expect(plan.rows.map((r) => [r.units.map((u) => u.name), r.unitStatus])).toEqual([[["镇政府"], "ok"]]);
  });

  it("is no unit column alone either: the register then names no unit", () => {
    const plan = dutyBoundaries(false);
    expect(plan.info.columns.units).toBeUndefined();
    expect(plan.rows.map((r) => [r.units.map((u) => u.name), r.unitStatus])).toEqual([[[], "missing"]]);
  });
});


// A department's 重大行政决策事项目录: the 承办 section carries the matter, the 会同 sections work with
// it, each decision through the statutory steps in the months planned. A clerk reads 会同 as 配合.
describe("a decision list with a 会同 column beside the 承办 one", () => {
  const STEPS = ["公众参与", "专家论证", "风险评估", "合法性审查", "集体讨论决定"];
  function decisionList(mainLabel: string, withLabel: string): SheetSnapshot {
    const values: CellValue[][] = [
      ["序号", "决策事项名称", mainLabel, withLabel, "决策程序及时间安排", "", "", "", ""],
      ["", "", "", "", ...STEPS],
      ["1", "《湖南省国土空间生态修复规划（2021—2035年）》", "国土空间生态修复处", "国土空间规划局、耕地保护监督处", "3月", "4月", "5月", "6月", "7月"],
      ["2", "《湖南省矿产资源总体规划（2021—2025年）》", "矿产资源保护监督处", "地质勘查管理处", "5月", "6月", "6月", "8月", "9月"],
      ["3", "《关于进一步加强耕地保护工作的实施意见》", "耕地保护监督处", "政策法规处、自然资源调查监测处", "6月", "7月", "8月", "9月", "10月"],
    ];
    // The first columns' labels merged down over both header rows, the steps' heading across them.
    const merges: Rect[] = [...[0, 1, 2, 3].map((c) => ({ top: 0, left: c, bottom: 1, right: c })), { top: 0, left: 4, bottom: 0, right: 8 }];
    return { sheet: "Sheet1", origin: { row: 0, col: 0 }, values, dateCells: [], merges };
  }

  it.each([
    ["承办\n处室", "会同处室"],
    ["承办单位", "会同单位"],
    ["承办处室", "会同部门"],
  ])("reads the %s body as the lead and the %s bodies as co-working", (mainLabel, withLabel) => {
    const plan = readPlan(decisionList(mainLabel, withLabel));
    expect(plan.info.columns).toMatchObject({ lead: "C", co: "D" });
    expect(plan.rows.map((r) => ({ units: r.units.map((u) => [u.name, u.role]), lead: r.lead }))).toEqual([
      {
        units: [
          ["国土空间生态修复处", "lead"],
          ["国土空间规划局", "co"],
          ["耕地保护监督处", "co"],
        ],
        lead: "国土空间生态修复处",
      },
      {
        units: [
          ["矿产资源保护监督处", "lead"],
          ["地质勘查管理处", "co"],
        ],
        lead: "矿产资源保护监督处",
      },
      {
        units: [
          ["耕地保护监督处", "lead"],
          ["政策法规处", "co"],
          ["自然资源调查监测处", "co"],
        ],
        lead: "耕地保护监督处",
      },
    ]);
  });

  it("leaves a 责任单位 | 配合单位 plan as it read (tongxin-2023-gzbg)", () => {
    const plan = readPlan(genreSheet("tongxin-2023-gzbg"));
    expect(plan.info.columns).toMatchObject({ lead: "B", co: "C" });
    expect(plan.rows[0].units.map((u) => [u.name, u.role])).toEqual([
      ["卫健局", "lead"],
      ["文旅局", "lead"],
      ["各乡镇", "co"],
    ]);
    expect(plan.rows[0].lead).toBe("卫健局");
  });
});

// A sub-district's 重大行政决策事项目录: 决策主体 names who decides each matter (the 办事处 itself),
// 承办职能办 the office that does the work. A clerk hands the task to the 承办 office.
describe("a decision list naming who decides beside who carries the matter out", () => {
  const HEADER = ["序号", "决策事项名称", "主要内容", "决策主体", "承办职能办", "法律政策依据", "履行程序要求", "计划完成时间"];
  const STEPS = "公众参与、专家论证、风险评估、合法性审查、集体讨论决定";
  const DECISIONS: CellValue[][] = [
    ["1", "东湖街道老旧小区改造提升实施方案", "对辖区2000年前建成的12个老旧小区实施雨污分流、管网更新和加装电梯改造", "东湖街道办事处", "建设管理办公室", "《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》", STEPS, "2025年12月"],
    ["2", "东湖街道农贸市场提升改造方案", "对东湖农贸市场实施功能分区、排水改造和智慧化管理提升", "东湖街道办事处", "经济发展办公室", "《中华人民共和国食品安全法》《城市市容和环境卫生管理条例》", STEPS, "2025年12月"],
    ["3", "东湖街道社区嵌入式养老服务设施布局方案", "在辖区8个社区布局建设养老服务站，明确建设标准和运营方式", "东湖街道办事处", "社会事务办公室", "《“十四五”国家老龄事业发展和养老服务体系规划》", STEPS, "2025年12月"],
  ];

  it("reads the 承办职能办 office of a one-row list, not the 决策主体", () => {
    const { plan, rows } = unitsOf([HEADER, DECISIONS[0]]);
    expect(plan.info.columns).toMatchObject({ units: ["E"], deadline: "H" });
    expect(rows).toEqual([{ units: [["建设管理办公室", "responsible"]], lead: null }]);
  });

  it("reads the 承办职能办 office of every row of a three-row list", () => {
    const { plan, rows } = unitsOf([HEADER, ...DECISIONS]);
    expect(plan.info.columns).toMatchObject({ units: ["E"], deadline: "H" });
    expect(rows.map((r) => r.units)).toEqual([[["建设管理办公室", "responsible"]], [["经济发展办公室", "responsible"]], [["社会事务办公室", "responsible"]]]);
    expect(plan.rows.map((r) => r.deadline.date)).toEqual(["2025-12-31", "2025-12-31", "2025-12-31"]);
  });

  // Alone, the decider is the only body the list names, and answers for the matter.
  it("keeps a lone 决策主体 column as the units", () => {
    const { plan, rows } = unitsOf([["序号", "决策事项名称", "决策主体", "计划完成时间"], ...DECISIONS.map((r) => [r[0], r[1], r[3], r[7]])]);
    expect(plan.info.columns).toMatchObject({ units: ["C"] });
    expect(rows[0].units).toEqual([["东湖街道办事处", "responsible"]]);
  });
});

// A 立法工作计划 laid from labelled lines: 议案提出主体 names who submits each bill (the government
// itself), 起草主体 the body that drafts it. A clerk hands the drafting to the 起草 body.
describe("a legislative plan naming who proposes beside who drafts", () => {
  const HEADER = ["序号", "立法项目", "议案提出主体", "起草主体", "提请市人大常委会审议时间", "初审委员会", "初审时间"];
  const BILLS: CellValue[][] = [
    ["1", "太原市电动自行车管理条例(修改)", "市政府", "市公安局", "2025年6月", "城建环保委员会", "2025年5月"],
    ["2", "太原市城市供水用水条例(修改)", "市政府", "市水务局", "2025年8月", "城建环保委员会", "2025年7月"],
    ["3", "太原市养老服务促进条例", "市政府", "市民政局", "2025年10月", "社会建设委员会", "2025年9月"],
  ];

  it("reads the 起草主体 body of every bill, not the 议案提出主体", () => {
    const { plan, rows } = unitsOf([HEADER, ...BILLS]);
    expect(plan.info.columns).toMatchObject({ units: ["D"] });
    expect(rows.map((r) => r.units)).toEqual([[["市公安局", "responsible"]], [["市水务局", "responsible"]], [["市民政局", "responsible"]]]);
  });

  it("reads the 起草单位 body beside a 提出单位 column", () => {
    const { plan, rows } = unitsOf([["序号", "立法项目", "提出单位", "起草单位", "完成时间"], ...BILLS.map((r) => [r[0], r[1], r[2], r[3], r[4]])]);
    expect(plan.info.columns).toMatchObject({ units: ["D"], deadline: "E" });
    expect(rows[0].units).toEqual([["市公安局", "responsible"]]);
  });

  // Alone, the proposer is the only body the list names, and answers for the bill.
  it("keeps a lone 提出单位 column as the units", () => {
    const { plan, rows } = unitsOf([["序号", "立法项目", "提出单位", "完成时间"], ...BILLS.map((r) => [r[0], r[1], r[3], r[4]])]);
    expect(plan.info.columns).toMatchObject({ units: ["C"], deadline: "D" });
    expect(rows[0].units).toEqual([["市公安局", "responsible"]]);
  });
});

// A 双随机 joint random-inspection plan: the initiating sections (发起处室) carry each inspection, the
// joint sections (联合处室) inspect with them. A clerk reads 联合 as 配合: the first initiating body leads.
describe("a joint inspection plan: 发起处室 | 联合处室", () => {
  const HEADER = ["抽查计划编号", "抽查计划名称", "抽查任务编号", "抽查任务名称", "抽查类型", "抽查比例", "抽查事项", "抽查对象范围", "发起处室", "联合处室", "抽查时间"];
  const PLAN = ["SJJH-2024-003", "2024年度市场监管领域部门联合抽查计划"];
  const INSPECTIONS: CellValue[][] = [
    [...PLAN, "SJRW-2024-031", "餐饮服务经营者食品安全和消防安全联合抽查", "定向抽查", "5%", "食品经营许可、食品安全管理制度落实、消防设施配置", "辖区餐饮服务经营者", "食品经营监管科、执法稽查大队", "区消防救援大队、区卫生健康局", "2024年6月-9月"],
    [...PLAN, "SJRW-2024-032", "成品油经营企业质量和计量联合抽查", "定向抽查", "10%", "成品油质量、加油机计量检定", "辖区加油站", "产品质量安全监管科", "区商务局、区应急管理局", "2024年7月-10月"],
    [...PLAN, "SJRW-2024-033", "行业协会商会涉企收费联合抽查", "不定向抽查", "3%", "涉企收费公示、收费标准执行", "辖区行业协会商会", "价格监督检查科", "区民政局、区工商业联合会", "2024年9月-11月"],
  ];

  it("reads the first 发起 body as the lead and the 联合 bodies as co-working", () => {
    const { plan, rows } = unitsOf([HEADER, ...INSPECTIONS]);
    expect(plan.info.columns).toMatchObject({ lead: "I", co: "J", deadline: "K" });
    expect(rows[0]).toEqual({
      units: [
        ["食品经营监管科", "lead"],
        ["执法稽查大队", "lead"], // every body of the main column, as tongxin-2023-gzbg's 责任单位
        ["区消防救援大队", "co"],
        ["区卫生健康局", "co"],
      ],
      lead: "食品经营监管科",
    });
    expect(rows[1].lead).toBe("产品质量安全监管科");
  });

  // 联合 is no role word in a cell: there it ends or begins a body's name.
  it("keeps a …联合会 named in a 联合 cell whole", () => {
    const { rows } = unitsOf([HEADER, ...INSPECTIONS]);
    expect(rows[2]).toEqual({
      units: [
        ["价格监督检查科", "lead"],
        ["区民政局", "co"],
        ["区工商业联合会", "co"],
      ],
      lead: "价格监督检查科",
    });
  });
});

// A district bureau's yearly inspection plan (行政检查计划): 联合部门 is a co column by its label, but
// reads 根据需要 where no joint inspection is planned (是否联合检查: 否). A clerk reads the bureau as
// the only unit, leading nobody; a row naming a joint body works as 责任单位 beside 配合单位 does.
describe("a 联合部门 column that names no body: 实施主体 | 是否联合检查 | 联合部门", () => {
  const HEADER = ["序号", "任务名称", "制定任务依据", "检查类型", "实施主体", "是否联合检查", "联合部门", "检查地域", "实施层级", "检查事项", "检查方式", "任务日期", "是否涉企", "检查对象", "检查对象基数", "检查比例", "检查频次上限"];
  const BUREAU = "涪城区教育和体育局";
  const inspection = (seq: string, name: string, kind: string, body: string, joint: string): CellValue[] =>
    [seq, name, "《中华人民共和国民办教育促进法》", kind, body, joint === "根据需要" ? "否" : "是", joint, "涪城区", "县", "办学资质、收费行为", "现场检查", "2026.01.01-2026.12.31", "是", "民办学校", "35", "10%", "1次/年"];
  const plan = (joints: string[], bodies = [BUREAU, BUREAU, BUREAU]) =>
    unitsOf([
      HEADER,
      inspection("1", "校外培训机构专项检查", "专项", bodies[0], joints[0]),
      inspection("2", "民办学校办学行为日常检查", "日常", bodies[1], joints[1]),
      inspection("3", "校园食品安全专项检查", "专项", bodies[2], joints[2]),
    ]);

  it("reads the 实施主体 bureau as the only unit, leading nobody", () => {
    const { plan: read, rows } = plan(["根据需要", "根据需要", "根据需要"]);
    expect(rows).toEqual(Array(3).fill({ units: [[BUREAU, "responsible"]], lead: null }));
    expect(read.rows.map((r) => r.unitStatus)).toEqual(["ok", "ok", "ok"]);
  });

  it("reads a joint body named on one row as co-working there, the bureau leading it", () => {
    const { rows } = plan(["根据需要", "区市场监管局", "根据需要"]);
    expect(rows).toEqual([
      { units: [[BUREAU, "responsible"]], lead: null },
      { units: [[BUREAU, "lead"], ["区市场监管局", "co"]], lead: BUREAU },
      { units: [[BUREAU, "responsible"]], lead: null },
    ]);
  });

  // No body works with the 实施主体 anywhere, so none of the bodies it lists leads the others.
  it("leads none of two bodies the 实施主体 lists when no row names a joint body", () => {
    const { rows } = plan(["根据需要", "根据需要", "根据需要"], [BUREAU, `${BUREAU}、涪城区卫生健康局`, BUREAU]);
    expect(rows[1]).toEqual({ units: [[BUREAU, "responsible"], ["涪城区卫生健康局", "responsible"]], lead: null });
  });
});

// A city's 重点工作 分解表 whose 配合部门 cell gives an instruction instead of bodies on some rows
// (按市府办通知另行确定, 待定, 由市政府另行明确): a clerk reads no body there; the row's units are the
// lead column's, and a 配合部门 naming bodies on another row co-operates as usual.
describe("a 配合部门 cell holding an instruction to decide the bodies later", () => {
  it("reads no body from the instruction, the lead column's body leading on the rows that name co-workers", () => {
    const { plan, rows } = unitsOf([
      ["序号", "工作任务", "牵头单位", "配合部门", "完成时限"],
      ["1", "筹备全市重点项目集中开工仪式", "市发展改革委", "按市府办通知另行确定", "2024年3月底前"],
      ["2", "开展优化营商环境专项督查", "市政府督查室", "市发展改革委、市市场监管局", "2024年6月底前"],
      ["3", "组织重点民生实事满意度测评", "市统计局", "待定", "2024年11月底前"],
      ["4", "承办全省乡村振兴现场推进会", "市农业农村局", "由市政府另行明确", "2024年9月底前"],
    ]);
    expect(plan.info.columns).toMatchObject({ lead: "C", co: "D" });
    expect(rows).toEqual([
      { units: [["市发展改革委", "lead"]], lead: "市发展改革委" },
      { units: [["市政府督查室", "lead"], ["市发展改革委", "co"], ["市市场监管局", "co"]], lead: "市政府督查室" },
      { units: [["市统计局", "lead"]], lead: "市统计局" },
      { units: [["市农业农村局", "lead"]], lead: "市农业农村局" },
    ]);
  });
});

// An inspection schedule whose unit column staffs the teams (督查组成员单位, 抽调单位, or a label naming
// no role, 人员安排 / 督查组组成, found by its cells): each cell lists the bodies and says what each sends
// and the team they make up (issue #9). A clerk reads the bodies, with the lead where one is named; the
// clause, the people and the team are no units. Cells written from the description of such
// schedules.
describe("a staffing column of an inspection schedule", () => {
  const rows = (label: string): CellValue[][] => [
    ["序号", "督查内容", "督查时间", label],
    ["1", "检查防汛物资储备和应急预案落实情况", "2024年5月", "市水务局、交通局各安排1名副局长，市农业局、林业局、商务局各抽调1名科长，组成2个督查小组"],
    ["2", "督查义务教育阶段学校课后服务开展情况", "2024年9月", "县教育局、人社局各派1名分管领导，县卫健委、民政局、县委编办及政府督学人员，共同组成督查组"],
    ["3", "开展建筑工地扬尘治理专项检查", "2024年6月", "区住建局、城管局分别抽调2名工作人员参加"],
    ["4", "开展安全生产大检查", "2024年4月", "市应急管理局牵头，抽调市消防救援支队、市公安局精干力量组成联合检查组"],
    ["5", "开展校园周边治安秩序整治", "2024年10月", "县公安局各派出所、县市场监管局各抽调2名民警和执法人员"],
  ];

  it.each(["督查组成员单位", "抽调单位", "人员安排", "督查组组成"])("reads the bodies of every team under %s, never the clause", (label) => {
    const { plan, rows: read } = unitsOf(rows(label));
    expect(plan.info.columns).toMatchObject({ units: ["D"], deadline: "C" });
    expect(read.map((r) => [r.units.map(([name]) => name), r.lead])).toEqual([
      [["市水务局", "交通局", "市农业局", "林业局", "商务局"], null],
      [["县教育局", "人社局", "县卫健委", "民政局", "县委编办"], null],
      [["区住建局", "城管局"], null],
      [["市应急管理局", "市消防救援支队", "市公安局"], "市应急管理局"],
      [["县公安局各派出所", "县市场监管局"], null],
    ]);
    expect(plan.rows.map((r) => r.unitStatus)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
  });
});

// Issue #9: a target split's column for the body and the one answering in it (责任单位及责任人) names each
// body followed by its post, not a person's name: a clerk reads the bodies, the post saying who in the
// body answers. A post after the last of a list (呈贡县政府、…、市公安消防支队主要领导) covers the list.
describe("bodies followed by their post holders (责任单位及责任人)", () => {
  const POSTED = [
    "呈贡县政府、市发改委、市财政局、市规划局、市公安消防支队主要领导。",
    "盘龙区政府主要领导。",
    "县水利局主要负责同志",
    "區教育局局長、區人社局局長",
    "縣衛健局分管領導",
    "经开区管委会常务副主任",
    "各县(市、区)政府主要负责人",
  ];
  const BODIES = [
    ["呈贡县政府", "市发改委", "市财政局", "市规划局", "市公安消防支队"],
    ["盘龙区政府"],
    ["县水利局"],
    ["区教育局", "区人社局"],
    ["县卫健局"],
    ["经开区管委会"],
    ["各县(市、区)政府"],
  ];
  const TARGETS = ["推进老旧小区改造", "实施农村公路提档升级", "加强水利工程建设管理", "推进义务教育优质均衡", "完善基层医疗服务体系", "优化园区营商环境", "压实属地管理责任"];
  const targetSplit = (label: string, cells = POSTED) =>
    unitsOf([["序号", "目标任务", label, "完成时限"], ...cells.map((cell, i) => [String(i + 1), TARGETS[i], cell, "2024年12月底"])]);

  it.each(["责任单位及责任人", "责任单位(责任人)", "责任单位（责任人）", "責任單位及責任人", "责任主体及责任人", "責任主體(責任人)", "责任单位"])("reads the bodies under %s", (label) => {
    const { plan, rows } = targetSplit(label);
    expect(plan.info.columns).toMatchObject({ units: ["C"], deadline: "D" });
    expect(rows.map((r) => r.units.map(([name]) => name))).toEqual(BODIES);
    expect(plan.rows.map((r) => r.unitStatus)).toEqual(["ok", "ok", "ok", "ok", "ok", "ok", "generic"]);
  });

  // fuyu-rjhj-duban's 责任单位 lists, each closed by the post answering in the bodies listed.
  it("reads a development plan's lists with a post after the last name as the lists", () => {
    const plain = readPlan(genreSheet("fuyu-rjhj-duban"));
    const posted = readPlan(
      genreSheet("fuyu-rjhj-duban", (t) => {
        t.header[2] = "责任单位及责任人";
        for (const row of t.rows) row[2] = `${row[2]}主要负责人`;
      }),
    );
    expect(posted.info.columns).toEqual(plain.info.columns);
    expect(posted.rows.map((r) => [r.units, r.unitStatus])).toEqual(plain.rows.map((r) => [r.units, r.unitStatus]));
  });

  // A column naming leaders only (王强, 副县长 李明, 县政府分管副县长, the county leader who answers) is a
  // person column beside the units, whatever its label, and a unit label over it gives it no units.
  const LEADERS = ["王强", "副县长 李明", "县政府分管副县长", "李娜", "分管副县长王某某", "张伟", "县政府分管副县长"];
  it.each(["责任领导", "分管领导", "责任人"])("keeps a leader column (%s) out of the units", (label) => {
    const { plan, rows } = unitsOf([
      ["序号", "目标任务", "责任单位", label, "完成时限"],
      ...LEADERS.map((leader, i) => [String(i + 1), TARGETS[i], POSTED[i], leader, "2024年12月底"]),
    ]);
    expect(plan.info.columns).toMatchObject({ units: ["C"], deadline: "E" });
    expect(rows.map((r) => r.units.map(([name]) => name))).toEqual(BODIES);
  });

  // Named with no label saying so, bodies with their post name the people in them (the attendees of a
  // meeting, attendees.test.ts); among cells naming bodies, the column names bodies.
  it("reads a column of bodies under a label naming no role, some with their post, as the units", () => {
    const cells = ["县住建局", "县交通运输局", "县水利局主要负责同志", "县教育局", "县卫健局", "经开区管委会常务副主任", "县市场监管局"];
    const { plan, rows } = targetSplit("承担", cells);
    expect(plan.info.columns).toMatchObject({ units: ["C"] });
    expect(rows.map((r) => r.units.map(([name]) => name))).toEqual(cells.map((cell) => [cell.replace(/主要负责同志|常务副主任/u, "")]));
  });

  it("gives a column of leaders under a unit label no units", () => {
    const { plan } = targetSplit("责任单位", LEADERS);
    expect(plan.info.columns.units).toBeUndefined();
    expect(plan.rows.every((r) => r.unitStatus === "missing")).toBe(true);
  });
});

// A bureau's monthly progress return (序号 | 内容与要求 | 责任人 | N月份进展) has no 责任单位 column: its
// 责任人 cell holds labelled lines, the leader, the sections doing the task, the contact. A clerk
// reads the line labelled with bodies (责任处室：, 责任科室：, 牵头处室：) as the task's units and
// drops the lines of persons and phones.
describe("a 责任人 column whose cells label the sections doing the task", () => {
  const TASKS = [
    "加快推进重点水利工程建设，确保完成年度投资计划",
    "规范水利资金使用管理，开展预算执行情况检查",
    "落实最严格水资源管理制度，开展取水许可专项检查",
    "推进河湖长制工作，完成主要河道“清四乱”整治",
  ];
  const PERSON_CELLS = [
    "分管领导：王建军、李明\n责任处室：规划计划处、建设管理处\n联系人：赵磊、钱晓燕",
    "分管副局长：张建国\n责任科室：财务审计科\n经办人：刘洋\n联系电话：13812345678",
    "分管领导：孙志强\n牵头处室：水资源管理处\n具体负责：周丽",
    "分管领导：吴海涛\n责任处室：河湖管理处、水政监察支队\n联系人：郑伟",
  ];
  const PROGRESS = ["已完成投资2.3亿元，占年度计划的35%", "正在开展第一季度检查", "已完成取水许可检查12家", "已清理河道垃圾360吨"];
  const progressReturn = (unitColumn: string[] | null, personCells: string[]) =>
    unitsOf([
      ["序号", "内容与要求", ...(unitColumn ? ["责任单位"] : []), "责任人", "3月份进展"],
      ...TASKS.map((task, i) => [String(i + 1), task, ...(unitColumn ? [unitColumn[i]] : []), personCells[i], PROGRESS[i]]),
    ]);

  it("reads the sections under 责任处室 / 责任科室 / 牵头处室 as the units, persons and phones left out", () => {
    const { plan, rows } = progressReturn(null, PERSON_CELLS);
    expect(plan.info.columns).toMatchObject({ seq: "A", requirement: "B", units: ["C"] });
    expect(rows).toEqual([
      { units: [["规划计划处", "responsible"], ["建设管理处", "responsible"]], lead: null },
      { units: [["财务审计科", "responsible"]], lead: null },
      { units: [["水资源管理处", "lead"]], lead: "水资源管理处" },
      { units: [["河湖管理处", "responsible"], ["水政监察支队", "responsible"]], lead: null },
    ]);
    expect(plan.rows.every((r) => r.unitStatus === "ok")).toBe(true);
  });

  // 负责： / 具体负责： is a bare role word: beside a 责任处室： line it labels the person who does the
  // work, no unit; the row shows the lines that gave its units, as a unit cell would hold them.
  const WITH_ROLE_WORD_PERSONS = [
    "分管领导：王建军\n责任处室：规划计划处、建设管理处\n负责：孙丽",
    "负责：刘洋\n责任科室：财务审计科\n联系电话：13812345678",
    "分管领导：孙志强\n牵头处室：水资源管理处\n具体负责：周丽",
    "责任处室：河湖管理处、水政监察支队；负责：郑伟、钱晓燕",
  ];

  it("gives no unit for a person under a bare role word (负责：孙丽) beside the sections", () => {
    const { plan, rows } = progressReturn(null, WITH_ROLE_WORD_PERSONS);
    expect(plan.info.columns).toMatchObject({ units: ["C"] });
    expect(rows.map((r) => r.units.map(([name]) => name))).toEqual([
      ["规划计划处", "建设管理处"],
      ["财务审计科"],
      ["水资源管理处"],
      ["河湖管理处", "水政监察支队"],
    ]);
  });

  it("shows the lines naming the sections as the row's unit text, in the pane and the department tabs", () => {
    const { plan } = progressReturn(null, WITH_ROLE_WORD_PERSONS);
    const shown = ["责任处室：规划计划处、建设管理处", "责任科室：财务审计科", "牵头处室：水资源管理处", "责任处室：河湖管理处、水政监察支队"];
    expect(plan.rows.map((r) => r.unitText)).toEqual(shown);
    const { plan: tabs } = planDepartmentTabs(plan, [], { common: "every" });
    expect(tabs.tabs.find((t) => t.name === "财务审计科")?.rows.map((r) => r[DEPARTMENT_COLUMN.parentUnits])).toEqual([shown[1]]);
  });

  it("leaves the 责任单位 column the units beside such a 责任人 column", () => {
    const { plan, rows } = progressReturn(["市水利局", "市水利局、市财政局", "市水利局", "市河长办"], PERSON_CELLS);
    expect(plan.info.columns).toMatchObject({ units: ["C"] });
    expect(rows.map((r) => r.units.map(([name]) => name))).toEqual([["市水利局"], ["市水利局", "市财政局"], ["市水利局"], ["市河长办"]]);
  });

  it.each([
    ["persons' names", ["王建军、李明", "张建国", "孙志强", "吴海涛、郑伟"]],
    ["分管领导 lines", ["分管领导：王建军", "分管领导：张建国\n联系人：刘洋", "分管领导：孙志强", "分管领导：吴海涛"]],
  ])("gives a 责任人 column of %s no units", (_, cells) => {
    const { plan } = progressReturn(null, cells);
    expect(plan.info.columns.units).toBeUndefined();
    expect(plan.rows.every((r) => r.unitStatus === "missing")).toBe(true);
  });
});
