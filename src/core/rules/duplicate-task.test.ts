import { fixtureIds } from "../../../test/support/fixtures";
import { fixtureSheet, findingsOf, firings } from "../../../test/support/rules";

describe("duplicate-task", () => {
  it("fires on a task copied under the same heading (中方县 2022, 序号 9's row copied below it)", () => {
    const sheet = fixtureSheet("seed-003", (f) => {
      f.rows.splice(9, 0, [...f.rows[8]]);
    });
    expect(firings(sheet, "duplicate-task")).toEqual([["duplicate-task", "C12", 12]]);
    expect(findingsOf(sheet, "duplicate-task")[0].message).toBe("与第11行任务内容重复");
  });

  it("does not fire on the same text under another heading, nor on plans as published", () => {
    const sheet = fixtureSheet("seed-003", (f) => {
      const copy = [...f.rows[8]];
      copy[1] = f.rows[9][1];
      f.rows.splice(9, 0, copy);
    });
    expect(firings(sheet, "duplicate-task")).toEqual([]);
    for (const id of fixtureIds()) expect(firings(fixtureSheet(id), "duplicate-task")).toEqual([]);
  });
});
