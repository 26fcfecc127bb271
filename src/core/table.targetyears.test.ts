import { readPlan } from "./index";
import type { CellValue, Rect, SheetSnapshot } from "./schema";

// Plans of indicators split into yearly targets: 指标 | 预期值 (or 目标值, 指标值) spread over the
// years, a year under each column of values. No unit or deadline column: each row is one indicator,
// the years the targets it must reach, never deadlines. Some targets are printed once for every
// year, under the first year, the cells beside it empty; those rows are indicators like the others.
// Invented figures, the layout of the published three-year plans.

function sheet(values: CellValue[][], merges: Rect[]): SheetSnapshot {
  return { sheet: "表1", origin: { row: 0, col: 0 }, values, dateCells: [], merges };
}

describe("a water-saving plan: 指标 | 预期值 over 2016年 | 2017年 | 2018年, a category merged down", () => {
  const body: CellValue[][] = [
    ["综合指标", "万元GDP用水量", "低于全区平均值的50%或年降低率5%", null, null],
    [null, "用水总量控制", "不超自治区年度下达指标", null, null],
    [null, "再生水回用率", "30%", "40%", "55%"],
    ["农业节水", "农田灌溉水有效利用系数", "0.55", "0.56", "0.57"],
    [null, "高效节水灌溉面积", "新增5万亩", "新增5万亩", "新增5万亩"],
    [null, "节水灌溉面积占有效灌溉面积比例", "60%", "65%", "70%"],
    [null, "渠道防渗率", "达到60%", null, null],
    [null, "农业用水计量率", "70%", "80%", "90%"],
    ["工业节水", "万元工业增加值用水量", "年降低率6%", null, null],
    [null, "工业用水重复利用率", "85%", "88%", "90%"],
    [null, "重点用水企业水平衡测试率", "100%", null, null],
  ];
  const values: CellValue[][] = [
    ["节水型社会建设三年行动目标任务分解表", null, null, null, null],
    ["指标", null, "预期值", null, null],
    [null, null, "2016年", "2017年", "2018年"],
    ...body,
  ];
  const categories: Rect[] = [
    { top: 3, left: 0, bottom: 5, right: 0 },
    { top: 6, left: 0, bottom: 10, right: 0 },
    { top: 11, left: 0, bottom: 13, right: 0 },
  ];
  const title: Rect = { top: 0, left: 0, bottom: 0, right: 4 };
  const headerMerges: Rect[] = [
    { top: 1, left: 0, bottom: 2, right: 1 },
    { top: 1, left: 2, bottom: 1, right: 4 },
  ];

  it.each([
    ["merged", [title, ...headerMerges, ...categories]],
    ["its header merges lost", [title, ...categories]],
  ])("heads the table with 指标 | 预期值 and the years, and reads every indicator (%s)", (_, merges) => {
    const plan = readPlan(sheet(values, merges as Rect[]));
    expect(plan.info.headerRows).toEqual([2, 3]);
    expect(plan.rows.map((r) => r.requirement)).toEqual(body.map((r) => r[1]));
    // The years are targets: no row has a deadline.
    expect(plan.rows.map((r) => r.deadline.class)).toEqual(body.map(() => "missing"));
  });
});

describe("an employment plan: 指标 | 目标值 over bare years, the first figures set once", () => {
  const body: CellValue[][] = [
    ["城镇新增就业人数", "1.2万人", null, null],
    ["城镇调查失业率", "5.5%", null, null],
    ["农村劳动力转移就业", "3000人", "3000人", "3000人"],
    ["职业技能培训人次", "2万", "2.2万", "2.5万"],
    ["零就业家庭动态清零率", "100%", null, null],
    ["高校毕业生就业率", "90%", "91%", "92%"],
  ];
  const values: CellValue[][] = [
    ["稳就业三年行动主要指标", null, null, null],
    ["指标", "目标值", null, null],
    [null, "2021", "2022", "2023"],
    ...body,
  ];
  const merges: Rect[] = [
    { top: 0, left: 0, bottom: 0, right: 3 },
    { top: 1, left: 0, bottom: 2, right: 0 },
    { top: 1, left: 1, bottom: 1, right: 3 },
  ];

  // An indicator beside its one figure (城镇新增就业人数 | 1.2万人) is a row of the table, not its labels.
  it("reads the indicators from the first one on", () => {
    const plan = readPlan(sheet(values, merges));
    expect(plan.info.headerRows).toEqual([2, 3]);
    expect(plan.rows.map((r) => r.requirement)).toEqual(body.map((r) => r[0]));
    expect(plan.rows.map((r) => r.deadline.class)).toEqual(body.map(() => "missing"));
  });
});
