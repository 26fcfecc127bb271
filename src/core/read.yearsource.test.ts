// Where the plan year came from, as the reading and the report state it and the line every surface
// prints says: a clerk whose year-less deadlines came out dated in the wrong year, or not dated,
// can see which text gave the year.
import { layoutOf, loadGenre, plainTable, untitledSheet, type GenreTable } from "../../test/support/genre";
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

// A stage schedule laid from a campaign's prose (2007年产品质量和食品安全专项整治): no title kept, the
// year only in the sentence framing the stages, each stage's time a range of days without a year.
const FRAMING = "专项整治行动自2007年8月下旬至年底，分三个阶段组织实施。";
const STAGES = [
  ["1", "动员部署阶段", "8月24日至8月31日", "制定本地区实施方案，召开动员大会，层层分解整治任务、落实责任。", "县整治办、各乡镇人民政府"],
  ["2", "全面整治阶段", "9月1日至12月15日", "对照整治目标逐项开展检查，集中查处制售假冒伪劣产品和违法违规行为。", "县质监局、县工商局、县食药监局"],
  ["3", "总结验收阶段", "12月16日至12月31日", "逐项检查验收整治成效，形成工作总结上报县政府。", "县整治办"],
];
/** The schedule with `lead` (lines spanning the table) between its header and first stage, its stages' texts as
 * `stageText` makes them, and `closing` lines under the last stage. */
function stageSchedule(lead: string[], stageText = (t: string) => t, closing: string[] = []): SheetSnapshot {
  const table: GenreTable = {
    seed: "zxzz-2007-stages",
    title: "",
    year: null,
    source: "",
    layout: "序号 | 阶段 | 时间 | 工作安排 | 责任主体",
    header: ["序号", "阶段", "时间", "工作安排", "责任主体"],
    headerRows: 1,
    rows: [
      ...lead.map((line) => [line, "", "", "", ""]),
      ...STAGES.map(([seq, stage, time, text, units]) => [seq, stage, time, stageText(text), units]),
      ...closing.map((line) => [line, "", "", "", ""]),
    ],
    merges: [],
    spanRows: [...lead.keys(), ...closing.map((_, i) => lead.length + STAGES.length + i)],
    expected: [],
  };
  return layoutOf(table).snapshot;
}
const stageDates = (snapshot: SheetSnapshot) => readPlan(snapshot).rows.map((r) => r.deadline.date);

describe("the plan year from the rows framing a schedule", () => {
  it("is the year the sentence framing the stages states, and dates the stages in it", () => {
    const framed = stageSchedule([FRAMING]);
    expect(readingOf(framed)).toEqual({ planYear: 2007, planYearSource: "preamble" });
    expect(stageDates(framed)).toEqual(["2007-08-31", "2007-12-15", "2007-12-31"]);
    expect(planYearLine(readingOf(framed), "zh")).toBe("计划年度：2007年（取自表内首项任务前的说明或标题）");
    expect(planYearLine(readingOf(framed), "en")).toBe("Plan year: 2007 (from a note or heading above the first task)");
  });

  it("is the year a part heading over the stages states", () => {
    expect(readingOf(stageSchedule(["2007年工作安排"]))).toEqual({ planYear: 2007, planYearSource: "preamble" });
  });

  it("is none without the framing row: the stages stay undated", () => {
    expect(readingOf(stageSchedule([]))).toEqual({ planYear: null, planYearSource: "none" });
    expect(stageDates(stageSchedule([]))).toEqual([null, null, null]);
  });

  it("is not a year inside the name of a document the framing row cites", () => {
    const cited = stageSchedule(["根据《国务院办公厅关于印发2003年食品药品放心工程实施方案的通知》精神，分三个阶段组织实施。"]);
    expect(readingOf(cited)).toEqual({ planYear: null, planYearSource: "none" });
  });

  it("yields to a year a task's own text states only when no row frames the stages", () => {
    const taskYear = (lead: string[]) => stageSchedule(lead, (text) => text.replace("形成工作总结", "形成2006年工作总结"));
    expect(readPlan(taskYear([])).rows[2].requirement).toContain("2006年");
    expect(readingOf(taskYear([]))).toEqual({ planYear: 2006, planYearSource: "tasks" });
    expect(readingOf(taskYear([FRAMING]))).toEqual({ planYear: 2007, planYearSource: "preamble" });
  });

  it("is not a year a note under the last task states", () => {
    const closed = stageSchedule([], undefined, ["注：各乡镇于2008年1月10日前将整治工作总结报县整治办。"]);
    expect(readPlan(closed).notes).toHaveLength(1);
    expect(readingOf(closed)).toEqual({ planYear: null, planYearSource: "none" });
  });
});

/** A sheet of the table alone (no title, no note, named 附件2), its header and rows as given. */
function tableOnly(header: string[], rows: string[][]): SheetSnapshot {
  return { ...layoutOf(plainTable("tasks-only", "", header, rows)).snapshot, sheet: "Sheet1", workbook: "附件2.xlsx" };
}
const datesOf = (snapshot: SheetSnapshot) => readPlan(snapshot).rows.map((r) => r.deadline.date);

describe("the plan year from the tasks' own text", () => {
  // A congress committee's 监督工作计划 laid into a sheet: the months of its sittings print no year; the
  // reports on last year's accounts name that year, the mid-year report the working one.
  const SUPERVISION = tableOnly(
    ["序号", "监督事项", "时间", "承办单位"],
    [
      ["1", "听取和审议市人民政府关于2015年度市级预算执行和其他财政收支的审计工作报告。", "6月", "财经工委"],
      ["2", "听取和审议市人民政府关于2015年度环境状况和环境保护目标完成情况的报告。", "6月", "城环工委"],
      ["3", "听取和审议市人民政府关于2016年1至7月国民经济和社会发展计划执行情况的报告。", "8月", "财经工委"],
      ["4", "开展《中华人民共和国食品安全法》执法检查。", "9月份", "教科文卫工委"],
      ["5", "听取和审议市人民政府关于精准扶贫工作情况的报告。", "12月底前", "农业农村工委"],
    ],
  );

  it("is the working year a task names, and dates the year-less months in it", () => {
    expect(readingOf(SUPERVISION)).toEqual({ planYear: 2016, planYearSource: "tasks" });
    expect(datesOf(SUPERVISION)).toEqual(["2016-06-30", "2016-06-30", "2016-08-31", "2016-09-30", "2016-12-31"]);
  });

  // A bureau's 目标任务 whose stored page begins at the header row: the years its 工作依据 column cites
  // are the documents', not the working year.
  const targets = (firstTask: string) =>
    tableOnly(
      ["序号", "目标任务", "工作依据", "责任科室", "完成时限"],
      [
        ["1", firstTask, "省政府2015年第12次常务会议纪要", "规划科", "4月底至5月中旬"],
        ["2", "完成全县农村公路安保工程50公里。", "交通运输部2014年第8号公告", "建设科", "10月"],
        ["3", "开展道路运输安全隐患大排查。", "2015年全省安全生产工作会议部署", "运管所", "7月3日至7月15日"],
      ],
    );

  it("is read from the task column, not a basis column", () => {
    const undated = targets("完成全县农村公路危桥改造15座。");
    expect(readPlan(undated).columnIndex.requirement).toEqual([1]);
    expect(readingOf(undated)).toEqual({ planYear: null, planYearSource: "none" });
    expect(datesOf(undated)).toEqual([null, null, null]);

    const named = targets("完成2016年全县农村公路危桥改造15座。");
    expect(readingOf(named)).toEqual({ planYear: 2016, planYearSource: "tasks" });
    expect(datesOf(named)).toEqual(["2016-05-20", "2016-10-31", "2016-07-15"]);
  });

  it("is none when the tasks write only years of other times", () => {
    const horizons = targets("到2020年，全县农村公路危桥改造全部完成，比2015年减少危桥80%以上。");
    expect(readingOf(horizons)).toEqual({ planYear: null, planYearSource: "none" });
  });

  it("comes after the file name", () => {
    expect(readingOf({ ...SUPERVISION, workbook: "2017年监督工作计划.xlsx" })).toEqual({ planYear: 2017, planYearSource: "workbook" });
  });
});

describe("the plan year line", () => {
  it("says the year and where it came from, in Chinese and in English", () => {
    const reading = readingOf(fileNamed);
    expect(planYearLine(reading, "zh")).toBe("计划年度：2016年（取自文件名）");
    expect(planYearLine(reading, "en")).toBe("Plan year: 2016 (from the file name)");
    expect(planYearLine(readingOf(untitled, { planYear: 2016 }), "zh")).toBe("计划年度：2016年（取自设置）");
    expect(planYearLine(readingOf(titled), "zh")).toBe("计划年度：2016年（取自表格标题或工作表名）");
    expect(planYearLine({ planYear: 2016, planYearSource: "tasks" }, "zh")).toBe("计划年度：2016年（取自任务内容）");
    expect(planYearLine({ planYear: 2016, planYearSource: "tasks" }, "en")).toBe("Plan year: 2016 (from the tasks' text)");
  });

  it("with none, says year-less deadlines cannot be dated and where to give the year", () => {
    expect(planYearLine(readingOf(untitled), "zh")).toBe(
      "未找到计划年度：不带年份的期限（如“6月底前”）无法定日期。可在设置中填写计划年度。",
    );
    expect(planYearLine(readingOf(untitled), "en")).toContain("No plan year found");
  });
});
