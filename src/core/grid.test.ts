import { join } from "path";
import { generatePlan } from "../bench/plans";
import { fixtureLayout, layoutOf, loadGenreFolder } from "../bench/layout";
import { fixtureIds, loadFixture } from "../../test/support/fixtures";
import { Grid } from "./grid";
import type { Rect, SheetSnapshot } from "./schema";

const covers = (m: Rect, row: number, col: number) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right;

/** Every cell of the sheet (and one row and column beyond) finds the first merge of the snapshot
 * that covers it, or none. */
function expectMergesFound(snapshot: SheetSnapshot): void {
  const grid = new Grid(snapshot);
  const lastRow = Math.max(grid.rowEnd, ...snapshot.merges.map((m) => m.bottom + 1));
  const wrong: string[] = [];
  for (let row = 0; row <= lastRow; row++) {
    for (let col = 0; col <= grid.colEnd; col++) {
      const expected = snapshot.merges.find((m) => covers(m, row, col));
      if (grid.merge(row, col) !== expected) wrong.push(`${row}:${col}`);
    }
  }
  expect(wrong).toEqual([]);
}

describe("Grid.merge", () => {
  it("finds the merge over each cell of the generated plan (categories merged down over their tasks)", () => {
    expectMergesFound(generatePlan(3_000));
  });

  it.each(fixtureIds())("finds the merge over each cell of fixture %s", (id) => {
    expectMergesFound(fixtureLayout(loadFixture(id)).snapshot);
  });

  it("finds the merge over each cell of the published plans in test/genre", () => {
    for (const { table } of loadGenreFolder(join(__dirname, "..", "..", "test", "genre"))) expectMergesFound(layoutOf(table).snapshot);
  });

  it("finds merges that nest, touch and overlap, the first listed winning", () => {
    const merges: Rect[] = [
      { top: 2, left: 0, bottom: 9, right: 0 },
      { top: 2, left: 1, bottom: 2, right: 3 },
      { top: 3, left: 1, bottom: 5, right: 1 },
      { top: 6, left: 1, bottom: 6, right: 1 },
      { top: 4, left: 0, bottom: 12, right: 2 },
      { top: 20, left: 2, bottom: 21, right: 2 },
    ];
    const values = Array.from({ length: 23 }, () => ["x", "x", "x", "x"]);
    expectMergesFound({ sheet: "s", origin: { row: 0, col: 0 }, values, dateCells: [], merges });
  });
});
