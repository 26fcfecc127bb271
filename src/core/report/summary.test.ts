import { checkSheet } from "../index";
import { RULE_LABELS } from "../labels";
import { fixtureLayout, loadFixture } from "../../../test/support/fixtures";
import { sheetSummary } from "./summary";

function summary(id: string, lang: "zh" | "en") {
  const { plan, report } = checkSheet(fixtureLayout(loadFixture(id), "责任分工").snapshot, { lang });
  return sheetSummary(report, plan, lang);
}

describe("sheetSummary", () => {
  it("sums up seed-000 for a reply: tasks, then per rule how many and which, errors and most first", () => {
    const text = summary("seed-000", "zh");
    expect(text.startsWith("共52项任务；")).toBe(true);
    expect(text.endsWith("。")).toBe(true);
    const fixture = loadFixture("seed-000");
    const generic = fixture.rows.filter((_, i) => fixture.expected[i].unitStatus === "generic").map((r) => r[0]);
    expect(text).toContain(`${RULE_LABELS["generic-unit-only"].zh}5项（第${generic.join("、")}项）`);
    expect(text).toContain(`${RULE_LABELS["vague-deadline"].zh}42项（第3、4、8至13、`);
    // the rule hitting most tasks comes first
    expect(text.indexOf(RULE_LABELS["vague-deadline"].zh)).toBeLessThan(text.indexOf(RULE_LABELS["generic-unit-only"].zh));
  });

  it("says in English the same, by number", () => {
    const text = summary("seed-000", "en");
    expect(text).toMatch(/^52 tasks; /);
    expect(text).toContain(`${RULE_LABELS["vague-deadline"].en}: 42 (Nos. 3, 4, 8–13, `);
  });

  it("names what concerns the whole table in the summary, not as a task count (seed-002)", () => {
    expect(summary("seed-002", "zh")).toMatch(/^共92项任务；表中未设“完成时间”列[^；]*。$/);
  });

  it("says there is nothing to report on a sound table", () => {
    const values = [["序号", "工作任务", "责任单位", "完成时间"], ["1", "修订完善政务公开相关制度", "县财政局", "2022年6月底前"]];
    const { plan, report } = checkSheet({ sheet: "分工", origin: { row: 0, col: 0 }, values, dateCells: [], merges: [] });
    expect(sheetSummary(report, plan, "zh")).toBe("共1项任务，未发现问题。");
    expect(sheetSummary(report, plan, "en")).toBe("1 task; no problems found.");
  });
});
