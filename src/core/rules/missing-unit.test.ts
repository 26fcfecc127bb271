import { fixtureIds } from "../../../test/support/fixtures";
import { fixtureSheet, firings } from "../../../test/support/rules";

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
});
