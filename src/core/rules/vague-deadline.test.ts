import { fixtureSheet, findingsOf, firings, genreSheet } from "../../../test/support/rules";

describe("vague-deadline", () => {
  it("fires on 实时更新, not on 每月更新, 2022年底 or 持续推进 (中方县 2022)", () => {
    expect(firings(fixtureSheet("seed-003"), "vague-deadline")).toEqual([
      ["vague-deadline", "F3", 3],
      ["vague-deadline", "F4", 4],
      ["vague-deadline", "F5", 5],
      ["vague-deadline", "F6", 6],
      ["vague-deadline", "F7", 7],
      ["vague-deadline", "F13", 13],
    ]);
  });

  it("says so as a clerk writes it, the example date in the plan's year", () => {
    const [g5] = findingsOf(fixtureSheet("seed-000"), "vague-deadline");
    expect([g5.cell, g5.message, g5.suggestion]).toEqual([
      "G5",
      "完成时间“按市里统一安排完成”表述不明确",
      "明确具体完成时限，如“2019年11月底前”",
    ]);
    const [f3] = findingsOf(fixtureSheet("seed-003"), "vague-deadline", { lang: "en" });
    expect([f3.message, f3.suggestion]).toEqual(["Deadline “实时更新” is not specific", "Give a date that can be checked, e.g. “2022年11月底前”"]);
  });

  it("gives no year in the example when the plan's year is unknown (相山区, first task's 持续推进 written 及时公开)", () => {
    const sheet = genreSheet("xiangshan-zwgk", (t) => {
      t.rows[0][4] = "及时公开";
    });
    const found = findingsOf(sheet, "vague-deadline");
    expect(found.map((f) => [f.rule, f.cell, f.row])).toEqual([["vague-deadline", "E3", 3]]);
    expect(found[0].suggestion).toBe("明确具体完成时限，如“11月底前”");
  });
});
