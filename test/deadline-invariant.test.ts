// Class date always carries a calendar day: a deadline nobody can place on a calendar from the sheet
// (a count from an undated notice, a month in a sheet that shows no year) is vague or recurring, never
// "date" with no date. Asserted over every development plan, every rewrite a clerk would call the same
// plan (test/support/rewrites.ts), and every fixture.
import { join } from "path";
import { checkSheet } from "../src/core";
import type { SheetSnapshot } from "../src/core/schema";
import { layoutOf, loadGenreFolder } from "../src/bench/layout";
import { fixtureIds, fixtureLayout, loadFixture } from "./support/fixtures";
import { readColumns } from "./support/genre";
import { REWRITES, rewritten } from "./support/rewrites";

const GENRE = loadGenreFolder(join(__dirname, "genre"));

/** The deadline cells read as class date with no date, as "row: text". */
function datesWithoutDay(snapshot: SheetSnapshot): string[] {
  return checkSheet(snapshot)
    .report.rows.filter((r) => r.deadline.class === "date" && r.deadline.date === null)
    .map((r) => `${r.row}: ${r.deadline.text}`);
}

describe.each(GENRE.map(({ id, table }) => [id, table] as const))("%s", (_id, table) => {
  it("is labelled with no date class lacking its day", () => {
    expect(table.expected.filter((e) => e?.deadlineClass === "date" && e.deadlineDate === null)).toEqual([]);
  });

  it("reads no deadline as a date without a day, in any rewrite", () => {
    const roles = readColumns(table);
    const found: string[] = datesWithoutDay(layoutOf(table).snapshot);
    for (const rewrite of REWRITES) {
      const plan = rewritten(table, roles, rewrite);
      if (!plan) continue;
      try {
        found.push(...datesWithoutDay(plan.layout.snapshot).map((d) => `${rewrite.kind} ${d}`));
      } catch {
        // A rewrite the reader refuses reads no deadline at all (test/invariance.test.ts reports it).
      }
    }
    expect(found).toEqual([]);
  });
});

it.each(fixtureIds())("fixture %s reads no deadline as a date without a day", (id) => {
  expect(datesWithoutDay(fixtureLayout(loadFixture(id)).snapshot)).toEqual([]);
});
