import { fixtureSheet, findingsOf, firings } from "../../../test/support/rules";

describe("sequence-duplicate", () => {
  it("fires on a number used twice (中方县 2022, 序号 6 written 4)", () => {
    const sheet = fixtureSheet("seed-003", (f) => {
      f.rows[5][0] = "4";
    });
    expect(firings(sheet, "sequence-duplicate")).toEqual([["sequence-duplicate", "A8", 8]]);
    expect(findingsOf(sheet, "sequence-duplicate")[0].message).toBe("序号4与第6行重复");
  });

  it("does not fire when the numbering starts again at 1, nor on numbering that runs on", () => {
    const restarted = fixtureSheet("seed-003", (f) => {
      f.rows.slice(7).forEach((row, i) => (row[0] = String(i + 1)));
    });
    expect(firings(restarted, "sequence-duplicate")).toEqual([]);
    expect(firings(fixtureSheet("seed-003"), "sequence-duplicate")).toEqual([]);
    expect(firings(fixtureSheet("seed-000"), "sequence-duplicate")).toEqual([]);
  });
});
