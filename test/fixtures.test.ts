// Acceptance: every row of every fixture is read as the fixture's `expected` says, from a sheet
// laid out as staff keep it (title row, header rows, merged category/unit/deadline cells, 注).
import { checkSheet } from "../src/core";
import { fixtureIds, fixtureLayout, loadFixture } from "./support/fixtures";

describe.each(fixtureIds())("%s", (id) => {
  const fixture = loadFixture(id);
  const { snapshot, firstDataRow } = fixtureLayout(fixture);
  const { plan, report } = checkSheet(snapshot);

  it("finds the header and every task row", () => {
    expect(report.table?.headerRows).toEqual(
      Array.from({ length: fixture.headerRows }, (_, i) => 2 + i), // row 1 is the title
    );
    expect(report.rows.map((r) => r.row)).toEqual(fixture.rows.map((_, i) => firstDataRow + i + 1));
    expect(plan.planYear).toBe(fixture.year);
    expect(plan.title).toBe(fixture.title);
  });

  it.each(fixture.expected.map((e, i) => [i + 1, e] as const))("row %i reads as expected", (n, expected) => {
    const row = report.rows[n - 1];
    expect({
      units: row.units.map((u) => u.name),
      lead: row.lead,
      unitStatus: row.unitStatus,
      deadlineClass: row.deadline.class,
      deadlineDate: row.deadline.date,
    }).toEqual({
      units: expected.units,
      lead: expected.lead,
      unitStatus: expected.unitStatus,
      deadlineClass: expected.deadlineClass,
      deadlineDate: expected.deadlineDate,
    });
  });
});

describe("columns and categories", () => {
  it("seed 000: three category sub-columns under one 工作任务 header, first-listed leads", () => {
    const { plan, report } = checkSheet(fixtureLayout(loadFixture("seed-000")).snapshot);
    expect(report.table?.columns).toEqual({
      seq: "A",
      category: ["B", "C", "D"],
      requirement: "E",
      units: "F",
      deadline: "G",
    });
    expect(plan.firstListedLeads).toBe(true);
    expect(plan.notes).toEqual(["注：责任单位中有多个单位的，排第一位的为牵头单位。"]);
    const row8 = report.rows[7];
    expect(row8.category).toEqual(["三、强化政府信息主动公开", "（一）围绕提升推进高质量发展，强化公开", "1.推进产业项目和建设项目情况公开"]);
    // Part 四 starts afresh: no section or item of part 三 is carried into it.
    expect(report.rows[46].category).toEqual(["四、加强政策解读，积极回应社会关切"]);
  });

  it("seed 002: two header rows, category levels from 一级/二级/三级栏目, no deadline column", () => {
    const { report } = checkSheet(fixtureLayout(loadFixture("seed-002")).snapshot);
    expect(report.table?.headerRows).toEqual([2, 3]);
    expect(report.table?.columns).toEqual({ category: ["A", "B", "C"], requirement: "D", units: "E" });
    expect(report.rows[0].category).toEqual(["助 力稳增长", "预期引导", "会议公开"]);
    expect(report.rows[5].category).toEqual(["助 力稳增长", "预期引导", "经济运行"]);
  });

  it("seed 004: the 备注（市级安排）column is a remark, not the responsible column", () => {
    const { plan, report } = checkSheet(fixtureLayout(loadFixture("seed-004")).snapshot);
    expect(report.table?.columns.units).toBe("E");
    expect(report.table?.columns.remark).toBe("G");
    expect(plan.firstListedLeads).toBe(false);
    // One cell holds two levels; the section printed again at row 17 keeps part 三.
    expect(report.rows[5].category.slice(0, 2)).toEqual(["三、強化政府信息主動公開", "(一)圍繞提升推進高質(zhì)量發(fā)展,強化公開"]);
    expect(report.rows[16].category).toEqual([
      "三、強化政府信息主動公開",
      "(二)圍繞持續(xù)優(yōu)化營商環(huán)境,強化公開",
      "3、深化“四帶頭,六公開”工作",
    ]);
    expect(plan.rows[2].remark).toBe("市行政審批局牽頭、各級各部門");
  });
});

describe("findings on the fixtures", () => {
  const rulesOf = (id: string) => checkSheet(fixtureLayout(loadFixture(id)).snapshot).report.findings;

  it("seed 000: the missing 序号 51 is reported on the row numbered 52", () => {
    const gaps = rulesOf("seed-000").filter((f) => f.rule === "sequence-gap");
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ cell: "A53", row: 53, severity: "warning" });
    expect(gaps[0].message).toContain("51");
  });

  it("seed 000: 建设局局 is reported as a likely typo of 建设局", () => {
    const variants = rulesOf("seed-000").filter((f) => f.rule === "unit-variant");
    expect(variants.map((f) => f.suggestion)).toContain("建设局");
  });

  it("seed 002: one sheet-level missing-deadline finding, not one per row", () => {
    const missing = rulesOf("seed-002").filter((f) => f.rule === "missing-deadline");
    expect(missing).toHaveLength(1);
    expect(missing[0].row).toBeNull();
  });

  it("counts per rule follow the expected labels", () => {
    for (const id of fixtureIds()) {
      const f = loadFixture(id);
      const findings = rulesOf(id);
      const count = (rule: string) => findings.filter((x) => x.rule === rule).length;
      const hasDeadlineColumn = f.expected.some((e) => e.deadlineClass !== "missing");
      expect(count("generic-unit-only")).toBe(f.expected.filter((e) => e.unitStatus === "generic").length);
      expect(count("missing-unit")).toBe(f.expected.filter((e) => e.unitStatus === "missing").length);
      expect(count("vague-deadline")).toBe(f.expected.filter((e) => e.deadlineClass === "vague").length);
      expect(count("ongoing-deadline")).toBe(f.expected.filter((e) => e.deadlineClass === "ongoing").length);
      if (hasDeadlineColumn) {
        expect(count("missing-deadline")).toBe(f.expected.filter((e) => e.deadlineClass === "missing").length);
      }
    }
  });
});
