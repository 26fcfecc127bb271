import { fixtureIds } from "../../../test/support/fixtures";
import { fixtureSheet, firings, genreSheet } from "../../../test/support/rules";

describe("missing-unit", () => {
  it("fires on a task whose unit cell is empty (中方县 2022, 县乡村振兴局 taken out of 序号 7)", () => {
    const sheet = fixtureSheet("seed-003", (f) => {
      f.rows[6][4] = "";
    });
    expect(firings(sheet, "missing-unit")).toEqual([["missing-unit", "E9", 9]]);
  });

  it("does not fire where every task names a unit, catch-alls included, nor row by row when there is no unit column", () => {
    for (const id of fixtureIds()) expect(firings(fixtureSheet(id), "missing-unit")).toEqual([]);
    const noUnitColumn = fixtureSheet("seed-003", (f) => {
      f.header.splice(4, 1);
      for (const row of f.rows) row.splice(4, 1);
    });
    expect(firings(noUnitColumn, "missing-unit")).toEqual([]);
  });

  // 宿州 2021 一季度通报: 序号 | 推进较慢事项, the tasks grouped under the unit answerable for them,
  // (一)市发展改革委(8项) on row 3 and (二)市经济和信息化局(5项) on row 12 (tasks on rows 13-17).
  it("fires at each task of a group whose heading is a theme, where the other group's heading names its unit", () => {
    const partly = genreSheet("suzhou-2021-q1-laggards", (t) => {
      t.rows[9][0] = "(二)工业经济(5项)";
    });
    expect(firings(partly, "missing-unit")).toEqual([13, 14, 15, 16, 17].map((row) => ["missing-unit", `B${row}`, row]));
    expect(firings(partly, "missing-unit-column")).toEqual([]);
  });

  it("does not fire when every group heading names its unit, nor when none does (missing-unit-column says it once)", () => {
    expect(firings(genreSheet("suzhou-2021-q1-laggards"), "missing-unit")).toEqual([]);
    const themed = genreSheet("suzhou-2021-q1-laggards", (t) => {
      t.rows[0][0] = "(一)战新基地和产业发展(8项)";
      t.rows[9][0] = "(二)工业经济(5项)";
    });
    expect(firings(themed, "missing-unit")).toEqual([]);
  });
});
