// A plan written as prose and laid into a sheet keeps its 责任分工 column, each cell the task written
// out and closed by who does it (…。此项工作由区教育体育局牵头，各街道配合。, …（县水务局牵头，各乡镇
// 负责）). A clerk reads the units from that closing clause only, the work no unit; where the column
// is the only text, its sentences are the tasks too. Invented plans, the published wording.
import { readPlan } from "./index";
import type { CellValue, SheetSnapshot } from "./schema";

function sheet(values: CellValue[][]): SheetSnapshot {
  return { sheet: "Sheet1", origin: { row: 0, col: 0 }, values, dateCells: [], merges: [] };
}

function readRows(values: CellValue[][]) {
  const plan = readPlan(sheet(values));
  return {
    columns: plan.info.columns,
    rows: plan.rows.map((r) => ({ units: r.units.map((u) => u.name), lead: r.lead, unitText: r.unitText, requirement: r.requirement })),
  };
}

describe("a 责任分工 column of tasks written out, beside the task names", () => {
  const { columns, rows } = readRows([
    ["某区2024年平安校园建设工作任务分工"],
    ["序号", "工作任务", "责任分工", "完成时限"],
    ["1", "校园内部安全管理", "加强学校内部安全管理，落实门卫值守、封闭管理和来访登记制度。此项工作由区教育体育局牵头，各街道配合。", "2024年3月底前"],
    ["2", "校园周边环境整治", "开展校园周边环境综合整治，依法取缔校园周边200米内无证摊点。此项工作由区城管局牵头，区市场监管局、各街道配合。", "2024年6月底前"],
    ["3", "护学岗设置", "在上下学时段加强学校周边道路巡逻管控，设置“护学岗”（区公安分局负责）。", "长期坚持"],
    ["4", "学校食堂监管", "加强学校食堂食品安全监管，每学期开展专项检查不少于1次。由区市场监管局负责，区教育体育局配合。", "每学期"],
    ["5", "校车安全管理", "区交通运输局、区公安分局", "2024年9月底前"],
    ["6", "安全教育", "组织开展安全教育进校园活动，每学期不少于2次。", "2024年12月底前"],
  ]);

  it("keeps the column as the units", () => {
    expect(columns).toEqual({ seq: "A", requirement: "B", units: ["C"], deadline: "D" });
  });

  it("reads the units and the lead from each cell's closing clause, the work no unit", () => {
    expect(rows.slice(0, 4).map(({ units, lead }) => ({ units, lead }))).toEqual([
      { units: ["区教育体育局", "各街道"], lead: "区教育体育局" },
      { units: ["区城管局", "区市场监管局", "各街道"], lead: "区城管局" },
      { units: ["区公安分局"], lead: null },
      { units: ["区市场监管局", "区教育体育局"], lead: "区市场监管局" },
    ]);
  });

  it("shows the clause as the row's unit text", () => {
    expect(rows.slice(0, 4).map((r) => r.unitText)).toEqual(["由区教育体育局牵头，各街道配合", "由区城管局牵头，区市场监管局、各街道配合", "区公安分局负责", "由区市场监管局负责，区教育体育局配合"]);
  });

  it("reads a cell of bodies alone there whole, and a task naming nobody as no unit", () => {
    expect(rows[4].units).toEqual(["区交通运输局", "区公安分局"]);
    expect(rows[5].units).toEqual([]);
  });
});

describe("a 责任分工 column that is the plan's only text", () => {
  const TASKS = [
    "严格落实河长巡河制度，县级河长每季度巡河不少于1次（县水务局牵头，各乡镇负责）",
    "开展河道“清四乱”专项行动，清理河道垃圾和违章建筑（县水务局牵头，县自然资源局、各乡镇配合）",
    "加强入河排污口监管，完成入河排污口排查整治（县生态环境分局负责）",
  ];
  const expected = [
    { units: ["县水务局", "各乡镇"], lead: "县水务局" },
    { units: ["县水务局", "县自然资源局", "各乡镇"], lead: "县水务局" },
    { units: ["县生态环境分局"], lead: null },
  ];

  it("holds the tasks, their closing clauses naming the units (序号 | 责任分工)", () => {
    const { columns, rows } = readRows([["2023年全县河长制工作要点责任分工"], ["序号", "责任分工"], ...TASKS.map((t, i) => [String(i + 1), t])]);
    expect(columns).toEqual({ seq: "A", requirement: "B" });
    expect(rows.map((r) => r.requirement)).toEqual(TASKS);
    expect(rows.map(({ units, lead }) => ({ units, lead }))).toEqual(expected);
    expect(rows[0].unitText).toBe("县水务局牵头，各乡镇负责");
  });

  it("holds them with no task numbers either (责任分工 alone)", () => {
    const { columns, rows } = readRows([["责任分工"], ...TASKS.map((t) => [t])]);
    expect(columns).toEqual({ requirement: "A" });
    expect(rows.map(({ units, lead }) => ({ units, lead }))).toEqual(expected);
  });
});

describe("a 责任分工 column of names", () => {
  it("reads as it always has, clauses of roles and lists alike", () => {
    const { columns, rows } = readRows([
      ["2024年审计查出问题整改任务分工"],
      ["序号", "工作任务", "责任分工", "完成时限"],
      ["1", "规范专项资金管理，收回闲置资金", "县财政局、县审计局；各乡镇负责", "2024年6月底前"],
      ["2", "加强政府债务风险防控", "县财政局牵头，县发改局配合", "2024年12月底前"],
      ["3", "完善国有资产管理制度", "由县财政局牵头，县国资中心配合", "2024年9月底前"],
      ["4", "推进乡镇财政所规范化建设", "各乡镇（街道）", "2024年10月底前"],
    ]);
    expect(columns).toEqual({ seq: "A", requirement: "B", units: ["C"], deadline: "D" });
    expect(rows.map(({ units, lead }) => ({ units, lead }))).toEqual([
      { units: ["县财政局", "县审计局", "各乡镇"], lead: null },
      { units: ["县财政局", "县发改局"], lead: "县财政局" },
      { units: ["县财政局", "县国资中心"], lead: "县财政局" },
      { units: ["各乡镇（街道）"], lead: null },
    ]);
  });
});

// A decision catalogue names each office helping by its working name, the field it answers for, with
// its formal name in a bracket (森林防火(法规处)), a cell merged down over the items it shares: one unit
// as written, not a task closed by who does it.
describe("a 会同处室 column of offices by their working names", () => {
  it("reads each cell whole as one unit, the bracket kept with the name", () => {
    const values: CellValue[][] = [
      ["某市林业局2024年度重大行政决策事项目录"],
      ["序号", "项目名称", "承办处室", "会同处室", "决策依据", "计划安排"],
      ["1", "修订森林火灾应急预案", "防火处", "森林防火(法规处)", "《森林防火条例》", "2024年6月底前"],
      ["2", "制定森林防火区划定办法", "防火处", "", "《森林防火条例》", "2024年9月底前"],
      ["3", "编制林业安全生产专项整治方案", "产业处", "安全生产（应急管理科）", "《安全生产法》", "2024年5月底前"],
      ["4", "修订政府信息公开工作规则", "法规处", "信息公开(办公室)", "《政府信息公开条例》", "2024年10月底前"],
    ];
    const plan = readPlan({ ...sheet(values), merges: [{ top: 2, left: 3, bottom: 3, right: 3 }] });
    expect(plan.rows.map((r) => r.units.map((u) => [u.name, u.role]))).toEqual([
      [["防火处", "lead"], ["森林防火(法规处)", "co"]],
      [["防火处", "lead"], ["森林防火(法规处)", "co"]],
      [["产业处", "lead"], ["安全生产（应急管理科）", "co"]],
      [["法规处", "lead"], ["信息公开(办公室)", "co"]],
    ]);
  });
});
