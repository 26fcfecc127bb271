import { fixtureLayout, loadFixture } from "../../test/support/fixtures";
import { checkSheet } from "./index";
import { NOTE_HEADERS } from "./markformat";
import { planMarks, summarise } from "./marks";
import type { Finding, SheetReport } from "./schema";

const finding = (f: Partial<Finding>): Finding => ({
  rule: "vague-deadline",
  severity: "warning",
  sheet: "S",
  cell: "G5",
  row: 5,
  message: "m",
  ...f,
});

describe("planMarks", () => {
  const report: SheetReport = {
    sheet: "S",
    table: null,
    planYear: null,
    planYearSource: "none",
    rows: [],
    findings: [
      finding({ rule: "missing-deadline", cell: "F2", row: null, message: "no column" }),
      finding({ rule: "text-artefact", severity: "info", cell: "F7", row: 7, message: "拼音" }),
      finding({ rule: "missing-unit", severity: "error", cell: "F7", row: 7, message: "无单位", suggestion: "填写" }),
      finding({ cell: "AA3", row: 3, message: "及时" }),
    ],
  };

  it("marks each cell once, at its worst severity, with every explanation", () => {
    const plan = planMarks(report);
    expect(plan.sheet).toBe("S");
    expect(plan.marks.map((m) => [m.address, m.row, m.col, m.severity])).toEqual([
      ["AA3", 2, 26, "warning"],
      ["F7", 6, 5, "error"],
    ]);
    expect(plan.marks[1].note).toContain("• 拼音");
    expect(plan.marks[1].note).toContain("• 无单位；建议填写。");
  });

  it("writes an English note in English: header, problem, then the advice as a sentence of its own", () => {
    const { report: en } = checkSheet(fixtureLayout(loadFixture("seed-000")).snapshot, { lang: "en" });
    const g10 = planMarks(en, "en").marks.find((m) => m.address === "G10");
    expect(g10?.note).toBe(
      `${NOTE_HEADERS.en}\n• Deadline “及时公开” is not specific. Give a date that can be checked, e.g. “2019年11月底前”.`,
    );
    const { report: zh } = checkSheet(fixtureLayout(loadFixture("seed-000")).snapshot);
    expect(planMarks(zh).marks.find((m) => m.address === "G10")?.note).toBe(
      `${NOTE_HEADERS.zh}\n• 完成时间“及时公开”表述不明确；建议明确具体完成时限，如“2019年11月底前”。`,
    );
  });

  it("lists sheet-level findings without marking a cell", () => {
    expect(planMarks(report).marks.some((m) => m.address === "F2")).toBe(false);
  });
});

describe("summarise", () => {
  it("counts by severity and rule", () => {
    const s = summarise([finding({}), finding({ severity: "error", rule: "missing-unit" }), finding({})]);
    expect(s).toEqual({ total: 3, bySeverity: { error: 1, warning: 2, info: 0 }, byRule: { "vague-deadline": 2, "missing-unit": 1 } });
  });
});
