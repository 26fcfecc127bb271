// The workbook's file name as the last source of the plan year: a clerk's file nearly always names
// the year (2025年政务公开工作要点任务分工.xlsx) where the sheet, cut down to its table, names none.
import { layoutOf, loadGenre, untitledSheet } from "../../test/support/genre";
import { readPlan } from "./index";
import type { SheetSnapshot } from "./schema";

// 达州 大竹县 2016年民生实事目标任务分解表: eleven deadlines written as months only (12月底前, 9月投入使用).
const dazhu = loadGenre("dazhu-2016");
const expectedDates = dazhu.expected.map((e) => e?.deadlineDate);
const untitled = untitledSheet(dazhu);

const named = (snapshot: SheetSnapshot, workbook: string): SheetSnapshot => ({ ...snapshot, workbook });
const datesOf = (snapshot: SheetSnapshot) => readPlan(snapshot).rows.map((r) => r.deadline.date);

describe("the plan year from the workbook's file name", () => {
  it("dates year-less months when the sheet states no year", () => {
    expect(readPlan(untitled).planYear).toBeNull();
    expect(datesOf(untitled).every((d) => d === null)).toBe(true);

    const plan = readPlan(named(untitled, "2016年民生实事目标任务分解表.xlsx"));
    expect(plan.planYear).toBe(2016);
    expect(plan.rows.map((r) => r.deadline.date)).toEqual(expectedDates);
  });

  it("reads the year of a notice's name and of its document number", () => {
    expect(readPlan(named(untitled, "关于印发2016年民生实事目标任务分解表的通知(附件).xlsx")).planYear).toBe(2016);
    expect(readPlan(named(untitled, "竹府办发〔2016〕12号附件.xlsx")).planYear).toBe(2016);
  });

  it.each(["Excel", "新建 Microsoft Excel 工作表.xlsx", "附件1.xlsx", "工作簿1.xlsx"])("a name with no year (%s) changes nothing", (name) => {
    expect(readPlan(named(untitled, name)).planYear).toBeNull();
    expect(datesOf(named(untitled, name))).toEqual(datesOf(untitled));
  });

  it("yields to the year the sheet's title states", () => {
    const titled = layoutOf(dazhu).snapshot;
    const plan = readPlan(named(titled, "2017年民生实事目标任务分解表（修改稿）.xlsx"));
    expect(plan.planYear).toBe(2016);
    expect(plan.rows.map((r) => r.deadline.date)).toEqual(expectedDates);
  });

  it("yields to a year the deadlines themselves write", () => {
    const values = untitled.values.map((row) => [...row]);
    const firstDeadline = values.findIndex((row) => row[3] === "12月底前");
    values[firstDeadline][3] = "2016年12月底前";
    expect(readPlan(named({ ...untitled, values }, "2017年民生实事.xlsx")).planYear).toBe(2016);
  });

  it("yields to a year a header label states", () => {
    const values = untitled.values.map((row) => [...row]);
    const header = values.findIndex((row) => row[3] === "完成时限");
    values[header] = [...values[header], "2016年完成情况"];
    expect(readPlan(named({ ...untitled, values }, "2017年民生实事.xlsx")).planYear).toBe(2016);
  });

  it("yields to the year the settings give", () => {
    expect(readPlan(named(untitled, "2017年民生实事.xlsx"), { planYear: 2016 }).rows.map((r) => r.deadline.date)).toEqual(expectedDates);
  });
});
