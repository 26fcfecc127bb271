import { fixtureIds } from "../../../test/support/fixtures";
import { fixtureSheet, firings } from "../../../test/support/rules";

describe("empty-requirement", () => {
  it("fires on a task whose requirement cell is empty (湘潭经开区 2019, 序号 11's 具体要求 taken out)", () => {
    const sheet = fixtureSheet("seed-000", (f) => {
      f.rows[10][4] = "";
    });
    expect(firings(sheet, "empty-requirement")).toEqual([["empty-requirement", "E13", 13]]);
  });

  it("does not fire where every task has its requirement", () => {
    for (const id of fixtureIds()) expect(firings(fixtureSheet(id), "empty-requirement")).toEqual([]);
  });
});
