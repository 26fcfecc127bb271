// Where the plan year came from, as the reading and the report state it and the line every surface
// prints says: a clerk whose year-less deadlines came out dated in the wrong year, or not dated,
// can see which text gave the year.
import { layoutOf, loadGenre, untitledSheet } from "../../test/support/genre";
import { checkSheet, readPlan } from "./index";
import { planYearLine } from "./report";
import type { CellValue, ConfigInput, SheetSnapshot } from "./schema";

// 达州 大竹县 2016年民生实事目标任务分解表: the year in its title only, eleven deadlines written as
// months alone (12月底前, 9月投入使用).
const dazhu = loadGenre("dazhu-2016");
const titled = layoutOf(dazhu).snapshot;
const untitled = untitledSheet(dazhu);

/** The untitled sheet with the cell holding `was` (a header label or a deadline) made to hold `now`. */
function rewritten(was: string, now: (row: CellValue[]) => CellValue[]): SheetSnapshot {
  const values = untitled.values.map((row) => [...row]);
  const at = values.findIndex((row) => row.includes(was));
  values[at] = now(values[at]);
  return { ...untitled, values };
}
const headerLabelled = rewritten("完成时限", (row) => [...row, "2016年完成情况"]);
const deadlineDated = rewritten("12月底前", (row) => row.map((v) => (v === "12月底前" ? "2016年12月底前" : v)));
const fileNamed: SheetSnapshot = { ...untitled, workbook: "2016年民生实事目标任务分解表.xlsx" };

const readingOf = (snapshot: SheetSnapshot, config: ConfigInput = {}) => {
  const { planYear, planYearSource } = readPlan(snapshot, config);
  return { planYear, planYearSource };
};

describe("the source of the plan year", () => {
  it.each([
    ["the title", titled, "sheet"],
    ["the sheet's name", { ...untitled, sheet: "2016年民生实事" }, "sheet"],
    ["a header label", headerLabelled, "header"],
    ["the years the deadlines write", deadlineDated, "deadlines"],
    ["the file name", fileNamed, "workbook"],
  ] as const)("is named when %s gives the year", (_, snapshot, source) => {
    expect(readingOf(snapshot)).toEqual({ planYear: 2016, planYearSource: source });
  });

  it("is none when nothing gives a year, and the months stay undated", () => {
    expect(readingOf(untitled)).toEqual({ planYear: null, planYearSource: "none" });
    expect(readPlan(untitled).rows.every((r) => r.deadline.date === null)).toBe(true);
  });

  it("is the settings when they give the year, over any the sheet or its file states", () => {
    for (const snapshot of [titled, headerLabelled, deadlineDated, { ...fileNamed, workbook: "2017年民生实事.xlsx" }, untitled]) {
      expect(readingOf(snapshot, { planYear: 2016 })).toEqual({ planYear: 2016, planYearSource: "settings" });
    }
    const dates = readPlan(untitled, { planYear: 2016 }).rows.map((r) => r.deadline.date);
    expect(dates).toEqual(dazhu.expected.map((e) => e?.deadlineDate));
  });

  it("is the first step that gives one: the sheet over a header label, the deadlines and the file name", () => {
    const all = rewritten("完成时限", (row) => [...row, "2015年完成情况"]);
    expect(readingOf({ ...all, workbook: "2014年.xlsx" })).toEqual({ planYear: 2015, planYearSource: "header" });
    expect(readingOf({ ...titled, workbook: "2014年.xlsx" })).toEqual({ planYear: 2016, planYearSource: "sheet" });
    expect(readingOf({ ...deadlineDated, workbook: "2014年.xlsx" })).toEqual({ planYear: 2016, planYearSource: "deadlines" });
  });

  it("is in the report beside the table", () => {
    const { report } = checkSheet(fileNamed);
    expect([report.planYear, report.planYearSource]).toEqual([2016, "workbook"]);
  });
});

describe("the plan year line", () => {
  it("says the year and where it came from, in Chinese and in English", () => {
    const reading = readingOf(fileNamed);
    expect(planYearLine(reading, "zh")).toBe("计划年度：2016年（取自文件名）");
    expect(planYearLine(reading, "en")).toBe("Plan year: 2016 (from the file name)");
    expect(planYearLine(readingOf(untitled, { planYear: 2016 }), "zh")).toBe("计划年度：2016年（取自设置）");
    expect(planYearLine(readingOf(titled), "zh")).toBe("计划年度：2016年（取自表格标题或工作表名）");
  });

  it("with none, says year-less deadlines cannot be dated and where to give the year", () => {
    expect(planYearLine(readingOf(untitled), "zh")).toBe(
      "未找到计划年度：不带年份的期限（如“6月底前”）无法定日期。可在设置中填写计划年度。",
    );
    expect(planYearLine(readingOf(untitled), "en")).toContain("No plan year found");
  });
});
