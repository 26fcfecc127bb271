import { readPlan } from "./index";
import type { CellValue, Rect, SheetSnapshot } from "./schema";
import { genreSheet } from "../../test/support/rules";

function sheet(values: CellValue[][], merges: Rect[] = []): SheetSnapshot {
  return { sheet: "表1", origin: { row: 0, col: 0 }, values, dateCells: [], merges };
}
const across = (row: number, right: number): Rect => ({ top: row, left: 0, bottom: row, right });

describe("finding a table no column of which is labelled a task", () => {
  // 六安 2017 民生工程 通报, items laid into 序号 | 部分项目进展情况.
  const values: CellValue[][] = [
    ["序号", "部分项目进展情况"],
    ["1", "农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。"],
    ["2", "农村饮水安全巩固提升工程,牵头部门:市水利局。未完成建设任务的县区为舒城县。"],
    ["3", "城乡困难群体法律援助,牵头部门:市司法局。全市未完成援助任务的县区为舒城县、霍山县。"],
  ];

  it("reads the column of prose as the tasks instead of refusing the sheet", () => {
    const plan = readPlan(sheet(values));
    expect(plan.info.columns.requirement).toBe("B");
    expect(plan.rows.map((r) => r.seq)).toEqual(["1", "2", "3"]);
  });

  it("reads each task's unit from its own text, pointing at the task cell", () => {
    const plan = readPlan(sheet(values));
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual([["市交通局"], ["市水利局"], ["市司法局"]]);
    expect(plan.rows[0].cells.units).toBe("B2");
    expect(plan.rows[0].unitText).toBe("牵头部门:市交通局");
  });

  it("still refuses a sheet of short words with no task text", () => {
    expect(() => readPlan(sheet([["序号", "进展情况"], ["1", "已完成"], ["2", "推进中"]]))).toThrow();
  });
});

describe("a table of 工作任务 and 具体内容 only", () => {
  it("is read though it names no unit, deadline or number column", () => {
    const plan = readPlan(
      sheet([
        ["工作任务", "具体内容"],
        ["深化政策解读", "积极做好政策解读工作,持续提升政策解读质量,丰富解读形式。"],
        ["规范办理依申请公开", "依法依规办理政府信息公开申请,防范法律风险。"],
      ]),
    );
    expect(plan.rows).toHaveLength(2);
    expect(plan.rows.every((r) => r.unitStatus === "missing")).toBe(true);
  });
});

describe("units named by the heading of a group of tasks", () => {
  // 宿州 2021 一季度通报: the lagging tasks grouped under their unit.
  const values: CellValue[][] = [
    ["序号", "推进较慢事项"],
    ["(一)市发展改革委(2项)", null],
    ["1", "加快省市两级战新基地发展,大力培育省级重大新兴工程和重大新兴专项推进较慢。"],
    ["2", "推广张江萧县高科技园合作经验推进较慢。"],
    ["(二)市经济和信息化局(1项)", null],
    ["1", "龙头企业培育专项行动无实质性进展。"],
    ["二、其他事项", null],
    ["1", "老旧小区通信线缆入地改造正在进行前期调研规划,推进较慢。"],
  ];
  const plan = () => readPlan(sheet(values, [across(1, 1), across(4, 1), across(6, 1)]));

  it("reads the heading's unit for every task under it, pointing at the heading", () => {
    const rows = plan().rows;
    expect(rows.map((r) => r.units.map((u) => u.name))).toEqual([["市发展改革委"], ["市发展改革委"], ["市经济和信息化局"], []]);
    expect(rows[0].cells.units).toBe("A2");
    expect(rows[2].cells.units).toBe("A5");
  });

  it("ends the heading's scope at the next heading of its level or above", () => {
    expect(plan().rows[3].unitStatus).toBe("missing");
  });

  it("never takes a task's own unit cell over by the heading", () => {
    const withColumn = readPlan(
      sheet(
        [
          ["序号", "工作任务", "责任单位"],
          ["(一)县发改局牵头", null, null],
          ["1", "推进重点项目建设,加快项目前期工作。", "县住建局"],
          ["2", "做好重大项目储备,争取上级资金支持。", null],
        ],
        [across(1, 2)],
      ),
    );
    expect(withColumn.rows.map((r) => r.units.map((u) => u.name))).toEqual([["县住建局"], ["县发改局"]]);
    expect(withColumn.rows[1].lead).toBe("县发改局");
  });
});

describe("the plan year of a sheet that gives it only in a column label", () => {
  it("reads 6月底前 in the year the 2024年完成情况 column is about", () => {
    const plan = readPlan(
      sheet([
        ["重点工作推进情况表"],
        ["序号", "工作任务", "责任单位", "完成时限", "2024年完成情况"],
        ["1", "完成城区老旧小区改造12个,惠及居民1500户。", "县住建局", "6月底前", "已完成改造8个"],
        ["2", "新建城市书房2处,提升公共文化服务水平。", "县文旅局", "9月底前", "正在装修"],
      ]),
    );
    expect(plan.planYear).toBe(2024);
    expect(plan.rows.map((r) => r.deadline.date)).toEqual(["2024-06-30", "2024-09-30"]);
  });
});

describe("a progress sheet whose header has a row of sub-labels", () => {
  // 序号 | 工作任务 | 责任单位 | 完成时限 | 2024年进度 (over 一季度 | 二季度), no cell merged down.
  const values: CellValue[][] = [
    ["序号", "工作任务", "责任单位", "完成时限", "2024年进度", null],
    [null, null, null, null, "一季度", "二季度"],
    ["1", "完成城区老旧小区改造12个,惠及居民1500户。", "县住建局", "6月底前", "完成方案设计", "开工建设"],
    ["2", "新建城市书房2处,提升公共文化服务水平。", "县文旅局", "9月底前", "完成选址", "完成装修"],
  ];
  const spread: Rect = { top: 0, left: 4, bottom: 0, right: 5 };

  it("takes the sub-label row into the header, not for a task", () => {
    const plan = readPlan(sheet(values, [spread]));
    expect(plan.info.headerRows).toEqual([1, 2]);
    expect(plan.rows.map((r) => r.row)).toEqual([3, 4]);
  });

  it("leaves a first task row of short words in the body when nothing is spread above it", () => {
    const plan = readPlan(sheet(values));
    expect(plan.info.headerRows).toEqual([1]);
  });
});

describe("a deadline column told by its cells when its label names nothing", () => {
  // 开化 2023 重点工作清单: the 进度安排 cells, here under a header cell left empty, as extracted
  // tables often leave it. Each cell is prose milestones, longer than any deadline phrase.
  const values: CellValue[][] = [
    ["开化县2023年度重点工作清单", null, null],
    ["序号", "工作事项", ""],
    ["1", "启动新安综合体建设。", "①2月上旬前,完成设计招标。②3月底前,完成图纸深化设计。③5月底前,完成施工许可报批并开工建设。"],
    [
      "2",
      "以更加开放的姿态,支持银行、证券、保险业发展,壮大金融服务业。",
      "①3月底前,召开金融联席会议,明确2023年金融指标增长目标,压实责任,明确举措。②5月底前,召开金融助力“三年活动”破难攻坚要素保障政银企业对接会。③6月底前,出台碳账户贷款贴息、央行结构性货币政策工具贴息政策,并组织开展兑现。",
    ],
  ];

  it("takes the column of milestones as the deadline, due at the latest", () => {
    const plan = readPlan(sheet(values, [across(0, 2)]));
    expect(plan.info.columns.deadline).toBe("C");
    expect(plan.rows.map((r) => [r.deadline.class, r.deadline.date])).toEqual([
      ["date", "2023-05-31"],
      ["date", "2023-06-30"],
    ]);
  });
});

describe("a task whose text carries on into the next row (a page break, a paste from Word or PDF)", () => {
  // 池州 信访局 政务公开 任务清单: 工作任务 | 序号 | 具体要求 | 责任科室 | 时限要求; task 3 cut mid-sentence
  // after 严格执行政府信息, its rest on a row of its own under the 工作任务 cell merged over both.
  const task3 = "严格规范政府信息公开专栏,及时、集中、规范发布法定主动公开内容。严格执行政府信息公开制度,完善政府信息公开保密审查,增强保密意识,防范泄密风险。";
  const cut = task3.indexOf("公开制度");
  const withRows = (...inserted: string[][]) =>
    genreSheet("chizhou-xfj", (t) => {
      t.rows[2][2] = task3.slice(0, cut);
      t.rows.splice(3, 0, ...inserted);
      t.merges = [{ col: 0, fromRow: 2, toRow: 3 + inserted.length }];
      t.expected.splice(3, 0, ...inserted.map(() => null));
    });
  // Worksheet rows: title 1, header 2, plan row i on i + 3.
  const continued = withRows(["", "", task3.slice(cut), "", ""]);

  it("joins the row to the task above instead of reading a task of its own", () => {
    const plan = readPlan(continued);
    expect(plan.rows.map((r) => r.seq)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(plan.rows[2].requirement).toBe(task3);
    expect(plan.skipped).toEqual([{ row: 6, reason: "continuation", text: task3.slice(cut) }]);
  });

  it("joins it across a printed page break: the page number and the header printed again in between", () => {
    const printed = genreSheet("chizhou-xfj", (t) => {
      t.rows[2][2] = task3.slice(0, cut);
      t.rows.splice(3, 0, ["", "- 2 -", "", "", ""], ["工作任务", "", "具体要求", "责任科室", "时限要求"], ["", "", task3.slice(cut), "", ""]);
      t.merges = [];
    });
    const plan = readPlan(printed);
    expect(plan.rows[2].requirement).toBe(task3);
    expect(plan.skipped.map((s) => [s.row, s.reason])).toEqual([[8, "continuation"]]);
  });

  it("joins every row of a text cut twice, one opening mid-clause", () => {
    const twice = genreSheet("chizhou-xfj", (t) => {
      t.rows[2][2] = "严格规范政府信息公开专栏,";
      t.rows.splice(3, 0, ["", "", "及时、集中、规范发布法定主动公开内容。严格执行政府信息公开制度,完善政府信息公开保密审查", "", ""], ["", "", ",增强保密意识,防范泄密风险。", "", ""]);
      t.merges = [{ col: 0, fromRow: 2, toRow: 5 }];
    });
    const plan = readPlan(twice);
    expect(plan.rows[2].requirement).toBe(task3);
    expect(plan.skipped.map((s) => [s.row, s.reason])).toEqual([[6, "continuation"], [7, "continuation"]]);
  });

  it("keeps a heading under the task: marker-led, or short and ending no sentence", () => {
    for (const heading of ["二、做好主动公开基础工作", "规范办理依申请公开"]) {
      const plan = readPlan(withRows(["", "", heading, "", ""]));
      expect(plan.skipped).toEqual([]);
      expect(plan.rows[2].requirement).toBe(task3.slice(0, cut));
    }
  });

  it("keeps a row that has a number, a unit or a deadline of its own as a task", () => {
    for (const own of [["", "", task3.slice(cut), "办公室", ""], ["", "", task3.slice(cut), "", "年底前"], ["", "3.1", task3.slice(cut), "", ""]]) {
      const plan = readPlan(withRows(own));
      expect(plan.skipped).toEqual([]);
      expect(plan.rows.map((r) => r.row)).toContain(6);
    }
  });

  it("keeps the rows of a table whose tasks carry no number", () => {
    const plan = readPlan(
      sheet([
        ["序号", "工作任务", "责任单位", "完成时限"],
        [null, "积极做好政策解读工作,持续提升政策解读质量,丰富解读形式。", "办公室", "年底前"],
        [null, "依法依规办理政府信息公开申请,做行政复议答复和行政诉讼答辩工作,防范法律风险。", null, null],
        [null, "制定并公开本部门政务公开重点任务清单,明确具体要求、责任科室及完成时限,逐项推动工作落实。", "办公室", "年底前"],
      ]),
    );
    expect(plan.rows).toHaveLength(3);
    expect(plan.skipped).toEqual([]);
  });
});
