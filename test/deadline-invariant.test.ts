// Class date carries its calendar day whenever the plan's year is known: a deadline nobody can place on
// a calendar from the sheet (a count from an undated notice: 15天, 5个工作日 under 整改时限) is vague,
// never "date" with no date. Only a month or year-end in a plan whose year nothing shows (6月底前 with
// no year in title, header or sheet name) stays a date without its day. Asserted over every development
// plan, every rewrite a clerk would call the same plan (test/support/rewrites.ts), and every fixture.
import { join } from "path";
import { checkSheet } from "../src/core";
import type { SheetSnapshot } from "../src/core/schema";
import { layoutOf, loadGenreFolder } from "../src/bench/layout";
import { fixtureIds, fixtureLayout, loadFixture } from "./support/fixtures";
import { readColumns } from "./support/genre";
import { REWRITES, rewritten } from "./support/rewrites";

const GENRE = loadGenreFolder(join(__dirname, "genre"));

/** The deadline cells read as class date with no date though the plan's year is known, as "row: text". */
function datesWithoutDay(snapshot: SheetSnapshot): string[] {
  const { plan, report } = checkSheet(snapshot);
  if (plan.planYear === null) return [];
  return report.rows
    .filter((r) => r.deadline.class === "date" && r.deadline.date === null)
    .map((r) => `${r.row}: ${r.deadline.text}`);
}

describe.each(GENRE.map(({ id, table }) => [id, table] as const))("%s", (_id, table) => {
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
