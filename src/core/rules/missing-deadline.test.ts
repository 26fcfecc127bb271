import { fixtureSheet, findingsOf, firings } from "../../../test/support/rules";

describe("missing-deadline", () => {
  it("fires once, on the header, for a plan with no deadline column (岳阳市 2017)", () => {
    expect(firings(fixtureSheet("seed-002"), "missing-deadline")).toEqual([["missing-deadline", "E2", null]]);
  });

  it("fires on a task whose deadline cell is empty (中方县 2022, 序号 8's 2022年底 taken out)", () => {
    const sheet = fixtureSheet("seed-003", (f) => {
      f.rows[7][5] = "";
    });
    expect(firings(sheet, "missing-deadline")).toEqual([["missing-deadline", "F10", 10]]);
    // The example date is the plan's year.
    expect(findingsOf(sheet, "missing-deadline")[0].suggestion).toBe("明确具体完成时限，如“2022年11月底前”");
  });

  it("does not fire where every task has a deadline, however vague", () => {
    expect(firings(fixtureSheet("seed-000"), "missing-deadline")).toEqual([]);
    expect(firings(fixtureSheet("seed-003"), "missing-deadline")).toEqual([]);
  });
});
