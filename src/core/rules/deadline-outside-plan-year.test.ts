import { fixtureSheet, findingsOf, firings, genreSheet } from "../../../test/support/rules";

describe("deadline-outside-plan-year", () => {
  it("fires on deadlines years past the plan year (遂宁 2016: 2016—2017 年底前, 2016—2018 年底前)", () => {
    expect(firings(genreSheet("suining-hjws"), "deadline-outside-plan-year")).toEqual([
      ["deadline-outside-plan-year", "D8", 8],
      ["deadline-outside-plan-year", "D9", 9],
    ]);
    expect(findingsOf(genreSheet("suining-hjws"), "deadline-outside-plan-year")[0].message).toBe(
      "完成时间“2016—2017 年底前”不在2016年度内",
    );
  });

  it("fires on a date before the plan year, not on one in the months of grace after it (中方县 2022)", () => {
    const sheet = fixtureSheet("seed-003", (f) => {
      f.rows[7][5] = "2021年12月底前";
      f.rows[8][5] = "2023年1月31日前";
    });
    expect(firings(sheet, "deadline-outside-plan-year")).toEqual([["deadline-outside-plan-year", "F10", 10]]);
  });

  it("does not fire on deadlines inside the plan year", () => {
    expect(firings(fixtureSheet("seed-000"), "deadline-outside-plan-year")).toEqual([]);
    expect(firings(fixtureSheet("seed-003"), "deadline-outside-plan-year")).toEqual([]);
  });
});
