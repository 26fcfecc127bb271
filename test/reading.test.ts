// The reading of layouts the fixtures do not show, one per kind of failure seen on published plans
// the project had never read: task text under an empty label, no unit column, labels never seen
// for familiar roles, persons and phones beside the units, footers, hidden and struck rows.
import { checkSheet, PlanError, readPlan } from "../src/core";
import type { CellValue, SheetSnapshot } from "../src/core/schema";

function sheet(rows: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { sheet: "Sheet1", origin: { row: 0, col: 0 }, values: rows, dateCells: [], merges: [], ...extra };
}

const TASKS = [
  "全面梳理行政规范性文件，在政府网站集中公开现行有效文件目录",
  "围绕优化营商环境，及时发布惠企政策并做好政策解读工作",
  "规范依申请公开办理流程，按时答复群众提出的信息公开申请",
];

describe("a table is read whatever its labels", () => {
  it("finds the task text under an empty label beside a unit column", () => {
    const plan = readPlan(
      sheet([
        ["某县2024年政务公开重点工作任务分工"],
        ["序号", "", "责任单位", "完成时间"],
        ["1", TASKS[0], "县司法局", "2024年6月底前"],
        ["2", TASKS[1], "县发展改革委、县工信局", "2024年9月"],
        ["3", TASKS[2], "县政府办公室", "年底前"],
      ]),
    );
    expect(plan.info.columns).toEqual({ seq: "A", requirement: "B", units: ["C"], deadline: "D" });
    expect(plan.rows.map((r) => r.requirement)).toEqual(TASKS);
  });

  it("takes units and deadlines under labels never seen (主管单位, 考核时间)", () => {
    const plan = readPlan(
      sheet([
        ["2023年民生实事项目考核表"],
        ["序号", "考核事项", "考核标准", "主管单位", "考核时间"],
        ["1", "城区老旧小区改造", "完成改造小区12个，惠及居民3000户", "市住建局", "2023年10月"],
        ["2", "新建公办幼儿园", "新增学位1200个，秋季学期前投入使用", "市教育局", "2023年8月31日"],
        ["3", "农村饮水安全巩固提升", "解决8个村饮水不稳定问题，水质达标", "市水利局", "2023"],
      ]),
    );
    expect(plan.info.columns).toMatchObject({ seq: "A", units: ["D"], deadline: "E" });
    expect(plan.rows.map((r) => r.deadline.date)).toEqual(["2023-10-31", "2023-08-31", "2023-12-31"]);
  });

  it("of a start and an end time under labels never seen, the end is the deadline (计划开工时间 | 计划竣工时间)", () => {
    const plan = readPlan(
      sheet([
        ["2023年重点项目推进计划"],
        ["序号", "项目名称", "建设内容", "责任单位", "计划开工时间", "计划竣工时间"],
        ["1", "城区老旧小区改造", "完成改造小区12个，惠及居民3000户", "市住建局", "2023年3月", "2023年10月"],
        ["2", "新建公办幼儿园", "新增学位1200个，秋季学期前投入使用", "市教育局", "2023年2月", "2023年8月31日"],
        ["3", "农村饮水安全巩固提升", "解决8个村饮水不稳定问题，水质达标", "市水利局", "2023年4月", "2023年12月"],
      ]),
    );
    expect(plan.info.columns.deadline).toBe("F");
    expect(plan.rows.map((r) => r.deadline.date)).toEqual(["2023-10-31", "2023-08-31", "2023-12-31"]);
  });

  it("a progress column (当前进度) is never the deadline, even where its text names a month", () => {
    const plan = readPlan(
      sheet([
        ["2023年民生实事项目进度表"],
        ["序号", "项目名称", "牵头单位", "当前进度"],
        ["1", "城区老旧小区改造", "市住建局", "完成60%，预计10月底完工"],
        ["2", "新建公办幼儿园", "市教育局", "主体完工，8月底交付"],
        ["3", "农村饮水安全巩固提升", "市水利局", "完成85%，11月通水"],
      ]),
    );
    expect(plan.info.columns.deadline).toBeUndefined();
    expect(plan.rows.map((r) => r.deadline.class)).toEqual(["missing", "missing", "missing"]);
  });

  it("reads the units of a column whose label names no role, from its names", () => {
    const plan = readPlan(
      sheet([
        ["序号", "工作任务", "抓落实", "完成时限"],
        ["1", TASKS[0], "区司法局", "6月底前"],
        ["2", TASKS[1], "区发改局区工信局", "9月"],
        ["3", TASKS[2], "区政府办", "持续推进"],
      ], { sheet: "2022年" }),
    );
    expect(plan.info.columns.units).toEqual(["C"]);
    expect(plan.rows[1].units.map((u) => u.name)).toEqual(["区发改局", "区工信局"]);
    expect(plan.rows[1].deadline.date).toBe("2022-09-30");
  });

  it("never takes persons, phones or amounts for units or deadlines", () => {
    const plan = readPlan(
      sheet([
        ["序号", "工作任务", "联络", "电话号", "资金", "责任单位", "时限"],
        ["1", TASKS[0], "张伟", "13812345678", "12.5", "县司法局", "2024年6月"],
        ["2", TASKS[1], "李娜", "0571-8765432", "30", "县工信局", "2024年9月"],
        ["3", TASKS[2], "王强", "13987654321", "8", "县政府办", "2024年12月"],
      ]),
    );
    expect(plan.info.columns).toEqual({ seq: "A", requirement: "B", units: ["F"], deadline: "G" });
  });

  it("reads a lead column beside an owner column as the row's units", () => {
    const plan = readPlan(
      sheet([
        ["序号", "重点任务", "牵头单位", "主管单位", "完成时间"],
        ["1", TASKS[0], "市司法局", "市政府办公室", "2024年6月"],
      ]),
    );
    expect(plan.rows[0].units.map((u) => [u.name, u.role])).toEqual([
      ["市司法局", "lead"],
      ["市政府办公室", "responsible"],
    ]);
  });
});

describe("a table assigning nobody is read, and says so once", () => {
  it("a 公开目录 catalogue with no unit column", () => {
    const { report } = checkSheet(
      sheet([
        ["2024年政府信息主动公开目录"],
        ["序号", "公开事项", "公开内容", "公开时限", "公开方式"],
        ["1", "机构职能", "机构设置、职能、办公地址、办公时间、联系方式、负责人姓名", "信息形成之日起20个工作日内", "政府网站"],
        ["2", "政策文件", "现行有效的规范性文件及其解读材料，按要求集中公开", "2024年6月底前", "政府网站"],
      ]),
    );
    expect(report.rows).toHaveLength(2);
    const unitFindings = report.findings.filter((f) => f.rule === "missing-unit-column" || f.rule === "missing-unit");
    expect(unitFindings.map((f) => [f.rule, f.cell, f.row])).toEqual([["missing-unit-column", "A2", null]]);
    expect(report.rows[1].deadline.date).toBe("2024-06-30");
  });

  it("a 实事 progress list with neither units nor deadlines", () => {
    const { report } = checkSheet(
      sheet([
        ["2021年十件民生实事进展情况"],
        ["序号", "项目名称", "建设内容", "进展情况"],
        ["1", "城乡公交一体化", "新开通城乡公交线路10条，实现行政村公交全覆盖", "已完成全年任务的80%"],
        ["2", "社区养老服务中心", "新建社区养老服务中心5个，提供日间照料服务", "正在推进，已开工3个"],
      ]),
    );
    expect(report.table?.columns).toEqual({ seq: "A", category: ["B"], requirement: "C" });
    expect(report.rows).toHaveLength(2);
    expect(report.findings.filter((f) => f.row === null).map((f) => f.rule).sort()).toEqual(["missing-deadline", "missing-unit-column"]);
  });

  it("refuses only a sheet with no tabular tasks, saying what it looked for and how to assign the columns", () => {
    try {
      readPlan(sheet([["会议纪要"], ["各单位要高度重视政务公开工作。"]]));
      throw new Error("read");
    } catch (e) {
      expect(e).toBeInstanceOf(PlanError);
      expect((e as PlanError).zh).toMatch(/责任单位.*列设置/);
      expect((e as PlanError).en).toMatch(/columns/);
    }
  });
});

describe("rows that are no tasks", () => {
  const rows: CellValue[][] = [
    ["某区2024年重点工作任务分解表"],
    ["序号", "工作任务", "责任单位", "完成时限"],
    ["1", TASKS[0], "区司法局", "2024年6月"],
    ["2", TASKS[1], "区工信局", "2024年9月"],
    ["3", TASKS[2], "区政府办", "2024年12月"],
    ["合计", "3项", null, null],
    ["制表日期：2024年3月1日", null, "填表人：张伟", "联系电话：12345678"],
  ];

  it("footers (合计, 制表日期, 填表人) are read as notes, never tasks", () => {
    const { plan, report } = checkSheet(sheet(rows));
    expect(report.rows.map((r) => r.row)).toEqual([3, 4, 5]);
    expect(plan.skipped).toEqual([
      { row: 6, reason: "footer", text: "合计" },
      { row: 7, reason: "footer", text: "制表日期：2024年3月1日" },
    ]);
    expect(report.findings.filter((f) => f.row !== null && f.row > 5)).toEqual([]);
  });

  it("hidden and struck-through rows are withdrawn tasks, neither checked nor distributed", () => {
    const { plan, report } = checkSheet(sheet(rows, { hiddenRows: [3], struckCells: [[4, 1]] }));
    expect(report.rows.map((r) => r.row)).toEqual([3]);
    expect(plan.skipped.slice(0, 2)).toEqual([
      { row: 4, reason: "hidden", text: "2" },
      { row: 5, reason: "withdrawn", text: "3" },
    ]);
  });
});

describe("deadlines", () => {
  it("a month alone takes the year the column writes when no title gives one", () => {
    const plan = readPlan(
      sheet([
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["1", TASKS[0], "县司法局", "2025年3月"],
        ["2", TASKS[1], "县工信局", "9月"],
        ["3", TASKS[2], "县政府办", "2025年"],
      ]),
    );
    expect(plan.planYear).toBe(2025);
    expect(plan.rows.map((r) => r.deadline.date)).toEqual(["2025-03-31", "2025-09-30", "2025-12-31"]);
  });

  it("the plan year may be written only in the deadline column's label (2024年完成时间)", () => {
    const plan = readPlan(
      sheet([
        ["重点工作任务分工表"],
        ["序号", "工作任务", "责任单位", "2024年完成时间"],
        ["1", TASKS[0], "县司法局", "6月底前"],
        ["2", TASKS[1], "县工信局", "年内"],
        ["3", TASKS[2], "县政府办", "三季度末"],
      ]),
    );
    expect(plan.planYear).toBe(2024);
    expect(plan.rows.map((r) => r.deadline.date)).toEqual(["2024-06-30", "2024-12-31", "2024-09-30"]);
  });
});

// 同上 in a deadline column (as in published report schedules, 报送日期 … 同 上) is the deadline of
// the task above it, not a vague phrase.
describe("a deadline written as 同上", () => {
  it("takes the deadline of the task above", () => {
    const plan = readPlan(
      sheet([
        ["某县2024年政务公开重点工作任务分工"],
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["1", TASKS[0], "县司法局", "2024年6月底前"],
        ["2", TASKS[1], "县发展改革委", "同 上"],
        ["3", TASKS[2], "县政府办公室", "持续推进"],
      ]),
    );
    expect(plan.rows.map((r) => [r.deadline.text, r.deadline.class, r.deadline.date])).toEqual([
      ["2024年6月底前", "date", "2024-06-30"],
      ["同 上", "date", "2024-06-30"],
      ["持续推进", "ongoing", null],
    ]);
  });
});

// 时间节点 over 开工时间 | 完成时间 (a project plan's two header rows): the deadline is when the
// task is done, not the start its first sub-column gives.
describe("a start and a finish column under one time label", () => {
  it("takes the finish column as the deadline", () => {
    const plan = readPlan(
      sheet(
        [
          ["某县2024年重点项目推进计划"],
          ["序号", "项目名称", "责任单位", "时间节点", ""],
          ["", "", "", "开工时间", "完成时间"],
          ["1", "城区污水管网改造", "县住建局", "2024年3月", "2024年10月底前"],
          ["2", "农村公路提质改造", "县交通运输局", "2024年4月", "2024年12月底前"],
          ["3", "中心学校教学楼建设", "县教育局", "2024年5月", "2025年6月"],
        ],
        {
          merges: [
            { top: 1, left: 0, bottom: 2, right: 0 },
            { top: 1, left: 1, bottom: 2, right: 1 },
            { top: 1, left: 2, bottom: 2, right: 2 },
            { top: 1, left: 3, bottom: 1, right: 4 },
          ],
        },
      ),
    );
    expect(plan.info.columns.deadline).toBe("E");
    expect(plan.rows.map((r) => r.deadline.date)).toEqual(["2024-10-31", "2024-12-31", "2025-06-30"]);
  });
});
