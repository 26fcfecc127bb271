import { checkSheet } from "../index";
import { fixtureLayout, loadFixture } from "../../../test/support/fixtures";
import { findingsByTask } from "./bytask";

const checked = (id: string) => checkSheet(fixtureLayout(loadFixture(id), "责任分工").snapshot);

describe("findingsByTask", () => {
  it("gives every finding of seed-000 its task: the row's 序号 and the start of its requirement", () => {
    const { plan, report } = checked("seed-000");
    const found = findingsByTask(report, plan);
    expect(found).toHaveLength(report.findings.length);
    const fixture = loadFixture("seed-000");
    for (const f of found) {
      const row = plan.rows.find((r) => r.row === f.row)!;
      expect(f.task).toEqual({ row: f.row, seq: row.seq, text: expect.any(String) });
      // the task's words are the fixture's requirement cell (column 4: 具体要求), cut short
      const written = fixture.rows[plan.rows.indexOf(row)][4].replace(/\s+/g, " ").trim();
      expect(written.startsWith(f.task!.text.replace(/…$/, ""))).toBe(true);
    }
  });

  it("orders by task, then left to right, whatever order the rules found them in", () => {
    const { plan, report } = checked("seed-004");
    const found = findingsByTask({ ...report, findings: [...report.findings].reverse() }, plan);
    const keys = found.map((f) => [f.row!, f.cell.replace(/\d+/, "")] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
    expect(keys).toEqual(sorted);
    // row 4 of seed-004: pinyin in the requirement (D) before pinyin in the units (E)
    expect(found.filter((f) => f.row === 4).map((f) => f.cell)).toEqual(["D4", "E4"]);
  });

  it("puts findings about the whole table first, with no task (seed-002 has no deadline column)", () => {
    const { plan, report } = checked("seed-002");
    const [first] = findingsByTask(report, plan);
    expect(first).toMatchObject({ rule: "missing-deadline", row: null, task: null });
  });
});
