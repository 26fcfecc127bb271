// A report on a plan's progress beside its tasks (issue: a person, phone, amount or progress column is
// never a unit or deadline column): a town's quarterly sheet on its own 政府工作报告 tasks lays out the
// target, the measures, what was done this quarter, the next steps, who answers and how to oversee it,
// with no deadline column. A quarter or month in the progress (一季度，赴济南招商4次) or the next steps
// (二季度完成改厕100户) says when work was done or goes on, never by when the task is due.
// Invented text, the layout of the published sheets.
import { readPlan } from "./index";
import type { CellValue, SheetSnapshot } from "./schema";

function sheet(values: CellValue[][]): SheetSnapshot {
  return { sheet: "表1", origin: { row: 0, col: 0 }, values, dateCells: [], merges: [] };
}

const TITLE: CellValue[] = ["某县某镇2024年《政府工作报告》重点任务第一季度进展情况", null, null, null, null, null];
const TASKS: CellValue[][] = [
  [
    "强化招商引资工作机制，全年新签约过亿元项目4个以上。",
    "优化产业链招商专班工作机制，开展“走出去”招商活动4次。",
    "按照《某镇2024年招商引资工作方案》等文件要求推进。一季度，镇党政主要负责同志赴济南、青岛等地开展敲门招商4次，到位省外资金705万元。",
    "一是镇党政主要领导定期外出招商；二是加强项目跟踪服务；三是做好要素保障。",
    "镇经济发展办公室",
    "0533-1234567",
  ],
  [
    "改善农村人居环境，全年完成农村改厕300户。",
    "制定改厕实施方案，分村推进施工。",
    "一季度，完成改厕85户，完成全年任务的28%。",
    "二季度完成改厕100户，三季度完成剩余改厕任务。",
    "镇农业农村办公室",
    "监督电话：0533-7654321",
  ],
];

const read = (header: CellValue[]) => readPlan(sheet([TITLE, header, ...TASKS]));
const deadlines = (header: CellValue[]) => read(header).rows.map((r) => r.deadline.class);

describe("a quarterly progress sheet with no deadline column", () => {
  it.each(["工作进展、取得成效", "工作进展", "取得成效", "一季度工作成效"])("takes no deadline from the progress under %s", (progress) => {
    const header = ["目标任务", "执行措施、实施步骤", progress, "后续举措", "责任分工", "监督方式"];
    expect(read(header).info.columns.deadline).toBeUndefined();
    expect(deadlines(header)).toEqual(["missing", "missing"]);
  });

  // Next steps each opening with the quarter they are taken in, beside progress under 完成情况.
  const NEXT_STEPS = ["二季度赴长三角开展招商活动2次，三季度力争新签约过亿元项目2个。", "二季度完成改厕100户，三季度完成剩余改厕任务。"];
  const withNextSteps = TASKS.map((row, i) => row.map((cell, c) => (c === 3 ? NEXT_STEPS[i] : cell)));

  it.each(["下步计划", "下一步工作打算", "后续工作安排"])("takes no deadline from the next steps under %s", (next) => {
    const plan = readPlan(sheet([TITLE, ["目标任务", "执行措施", "完成情况", next, "责任分工", "监督方式"], ...withNextSteps]));
    expect(plan.info.columns.deadline).toBeUndefined();
    expect(plan.rows.map((r) => r.deadline.class)).toEqual(["missing", "missing"]);
  });

  // The task is the target and its measures (执行措施、实施步骤, joined task words), never the next
  // steps (后续举措), though that label alone ends in a task word.
  it.each(["后续举措", "下步打算", "下一步计划", "下一步工作措施"])("reads the task from 目标任务 and its measures, not the next steps under %s", (next) => {
    const plan = read(["目标任务", "执行措施、实施步骤", "工作进展、取得成效", next, "责任分工", "监督方式"]);
    expect([plan.info.columns.category, plan.info.columns.requirement]).toEqual([["A"], "B"]);
    expect(plan.rows.map((r) => [r.category, r.requirement])).toEqual(TASKS.map((row) => [[row[0]], row[1]]));
  });

  it("reads the next steps as the task text when no other column holds it", () => {
    const plan = readPlan(sheet([TITLE.slice(0, 3), ["序号", "下一步工作措施", "责任分工"], ["1", TASKS[0][3], TASKS[0][4]], ["2", TASKS[1][3], TASKS[1][4]]]));
    expect(plan.rows.map((r) => r.requirement)).toEqual([TASKS[0][3], TASKS[1][3]]);
  });

  it("reads the offices as the units, not the 监督方式 column of phone numbers", () => {
    const plan = read(["目标任务", "执行措施、实施步骤", "工作进展、取得成效", "后续举措", "责任分工", "监督方式"]);
    expect(plan.info.columns.units).toEqual(["E"]);
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual([["镇经济发展办公室"], ["镇农业农村办公室"]]);
  });
});

describe("a target over the whole year", () => {
  // The same sheet with its targets under a label no pattern names, each opening with 全年: a figure to
  // reach over the year is the target, no time the task is due by.
  const TARGETS: CellValue[][] = [
    ["全年新签约过亿元项目4个以上。", "优化产业链招商专班工作机制。", "一季度，赴济南、青岛等地招商4次。", "镇经济发展办公室"],
    ["全年完成农村改厕300户。", "制定改厕实施方案。", "一季度，完成改厕85户。", "镇农业农村办公室"],
  ];

  it.each(["年度目标", "2024年目标"])("reads no deadline column from the targets under %s", (target) => {
    const plan = readPlan(sheet([TITLE.slice(0, 4), [target, "执行措施", "工作进展、取得成效", "责任分工"], ...TARGETS]));
    expect(plan.info.columns.deadline).toBeUndefined();
    expect(plan.rows.map((r) => [r.deadline.class, r.units.map((u) => u.name)])).toEqual([
      ["missing", ["镇经济发展办公室"]],
      ["missing", ["镇农业农村办公室"]],
    ]);
  });

  it("still reads a time word alone as the deadline (全年, 长期坚持)", () => {
    const plan = readPlan(sheet([["序号", "重点任务", "责任单位", "时间"], ["1", "优化招商专班工作机制。", "镇经济发展办公室", "全年"], ["2", "巩固农村改厕成果。", "镇农业农村办公室", "长期坚持"]]));
    expect(plan.info.columns.deadline).toBe("D");
    expect(plan.rows.map((r) => r.deadline.class)).toEqual(["ongoing", "ongoing"]);
  });
});

describe("a plan's deadline beside its progress", () => {
  const tasks: CellValue[][] = [
    ["1", "新建城东幼儿园，新增学位360个。", "县教育局", "6月底前完成主体工程，12月底前投入使用。", "一季度完成地基施工，正在推进主体建设。"],
    ["2", "完成农村改厕300户。", "县农业农村局", "9月底前完成改厕任务，11月底前完成验收。", "一季度完成改厕85户，完成全年任务的28%。"],
  ];

  it("still reads the deadline under a time-like label, not the progress, beside it", () => {
    for (const when of ["完成时限", "时间节点", "进度安排", "推进计划"]) {
      const plan = readPlan(sheet([["某县2024年重点工作推进情况表", null, null, null, null], ["序号", "重点任务", "责任单位", when, "工作进展"], ...tasks]));
      expect(plan.info.columns.deadline).toBe("D");
      expect(plan.rows.map((r) => r.deadline.date)).toEqual(["2024-12-31", "2024-11-30"]);
    }
  });
});

// A 分工方案 of reform measures: its schedule column states milestones in prose, each step opening
// with the year it is done in, beside a progress column a later report added.
describe("a schedule column of milestones in prose beside the progress", () => {
  const measures: CellValue[][] = [
    ["1", "健全城乡发展一体化体制机制", "省发展改革委", "省农业厅、省国土资源厅", "结合落实国家新型城镇化规划，2020年制定完善城乡一体化发展制度。", "已形成制度初稿，2019年12月征求意见。"],
    ["2", "深化农村集体产权制度改革", "省农业厅", "省财政厅", "配合中央有关部门，2019年底前出台稳步推进农村集体产权制度改革的意见，2020年制定配套举措。", "2019年11月已印发意见。"],
  ];
  const header = (schedule: string) => ["序号", "改革举措项目", "牵头部门", "参加部门", schedule, "进展情况"];

  it.each(["进度和工作成果要求", "进度及成果要求", "时间进度和工作要求", "进度安排及预期成果", "工作进度要求"])(
    "reads the latest milestone under %s as the deadline, not the progress",
    (schedule) => {
      const plan = readPlan(sheet([["深化改革重要举措分工方案", null, null, null, null, null], header(schedule), ...measures]));
      expect(plan.info.columns.deadline).toBe("E");
      expect(plan.rows.map((r) => [r.deadline.class, r.deadline.date])).toEqual([
        ["date", "2020-12-31"],
        ["date", "2020-12-31"],
      ]);
    },
  );

  it.each(["工作成效", "下一步工作", "工作进展及下一步安排"])("takes no deadline from a report on the work under %s", (report) => {
    const plan = readPlan(sheet([header("改革举措").slice(0, 4).concat(report), ...measures.map((row) => row.slice(0, 5))]));
    expect(plan.info.columns.deadline).toBeUndefined();
    expect(plan.rows.map((r) => r.deadline.class)).toEqual(["missing", "missing"]);
  });
});

// A quarterly report on a year's task list: beside what was done this quarter, the plan for the next
// one, labelled with that period. Its cells describe work to do then, no deadline phrase: the table
// has no deadline column, and the plan is the report's next steps, never the task text.
describe("the next period's plan beside a quarterly report's progress", () => {
  const TITLE_ROW: CellValue[] = ["某县2023年重点工作任务第四季度进展情况表", null, null, null, null, null, null, null, null, null];
  const header = (plan: string): CellValue[] => ["序号", "2023年重点工作任务", "牵头领导", "牵头责任单位", "主体责任单位", "配合责任单位", "工作评价", "2023年10-12月份进展情况", plan, "备注"];
  const tasks: CellValue[][] = [
    ["1", "加强重大传染病防控，降低艾滋病、结核病发病率。", "张某某", "县卫健局", "各乡镇人民政府", "县教育局、县公安局", "较好", "开展重点人群筛查1.2万人次，新发现病例全部纳入管理。", "加强重点场所重点人群防治，做好宣传教育和筛查工作。", null],
    ["2", "推进农村生活污水治理，新建污水处理设施10座。", "李某某", "县生态环境局", "各乡镇人民政府", "县住建局、县农业农村局", "好", "已建成污水处理设施8座，2座正在调试。", "完成剩余设施调试运行，加强已建设施运维管理。", null],
  ];
  const read = (plan: string) => readPlan(sheet([TITLE_ROW, header(plan), ...tasks]));

  it.each(["2024年1-3月份进度安排", "20224年1-3月份进度安排", "下季度工作安排", "一季度进度计划", "1-3月工作计划", "明年进度安排", "2024年一季度工作打算", "下半年工作计划", "一季度时间安排"])(
    "reads no deadline from the plan under %s",
    (plan) => {
      const read_ = read(plan);
      expect(read_.info.columns.deadline).toBeUndefined();
      expect(read_.rows.map((r) => r.deadline.class)).toEqual(["missing", "missing"]);
      expect(read_.rows.map((r) => r.category)).toEqual(tasks.map((row) => [row[1]]));
    },
  );

  // A plan running beyond the report's period whose cells hold deadlines: the clerk still reads the
  // next period's steps, not the task's deadline, under a label naming the period.
  it("takes no deadline from the next quarter's steps that name a month", () => {
    const dated = tasks.map((row, i) => row.map((cell, c) => (c === 8 ? ["3月底前完成新一轮重点人群筛查。", "2月底前完成剩余设施调试运行。"][i] : cell)));
    const plan = readPlan(sheet([TITLE_ROW, header("2024年1-3月份进度安排"), ...dated]));
    expect(plan.info.columns.deadline).toBeUndefined();
    expect(plan.rows.map((r) => r.deadline.class)).toEqual(["missing", "missing"]);
  });

  // A schedule with no period stays the deadline (the 分工方案 above); a year alone is the plan's own.
  it.each(["进度安排", "2024年进度安排"])("still reads the deadline under %s", (schedule) => {
    const dated = tasks.map((row, i) => row.map((cell, c) => (c === 8 ? ["2024年6月底前完成。", "2024年3月底前完成。"][i] : cell)));
    const plan = readPlan(sheet([TITLE_ROW, header(schedule), ...dated]));
    expect(plan.info.columns.deadline).toBe("I");
    expect(plan.rows.map((r) => r.deadline.date)).toEqual(["2024-06-30", "2024-03-31"]);
  });
});
