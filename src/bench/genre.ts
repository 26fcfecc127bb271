// The dev-set figures: reads every plan transcribed in a folder (test/genre by default) and prints
// how many sheets were refused or crashed and the share of task rows whose unit set, deadline class
// and deadline date match the clerk's reading. `node lib/bench/genre.js <folder>`. A folder named
// heldout is judged blind: only its aggregate figures are printed, never a plan's.
import { readFileSync, readdirSync } from "fs";
import { basename, join, resolve } from "path";
import { checkSheet } from "../core";
import { PlanError } from "../core/errors";
import type { Rect } from "../core/schema";
import { fixtureLayout, type Fixture, type FixtureExpected } from "./layout";

/** A plan table found elsewhere; title and year are empty when the source did not show them. */
export interface GenreTable extends Omit<Fixture, "year" | "expected"> {
  year: number | null;
  source: string;
  layout: string;
  /** 0-based column holding the task numbers (1, 2 …), labelled or not. */
  seqCol?: number;
  /** Body rows whose only text is a category label merged across the whole table. */
  spanRows?: number[];
  /** One per row; null for a category row (spanRows). */
  expected: (FixtureExpected | null)[];
}

/** fixtureLayout, plus the horizontal merges of rows that span the table (category rows). */
export function genreLayout(t: GenreTable) {
  const layout = fixtureLayout({ ...t, year: t.year ?? 0, expected: [] }, t.seed);
  const right = t.header.length - 1;
  const spans: Rect[] = (t.spanRows ?? []).map((i) => ({
    top: layout.firstDataRow + i,
    left: 0,
    bottom: layout.firstDataRow + i,
    right,
  }));
  return { ...layout, snapshot: { ...layout.snapshot, merges: [...layout.snapshot.merges, ...spans] } };
}

export interface PlanScore {
  outcome: "read" | "refused" | "crashed";
  rows: number;
  units: number;
  deadlineClass: number;
  deadlineDate: number;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** How many of a plan's task rows read as the clerk reads them. */
export function scorePlan(t: GenreTable): PlanScore {
  const { snapshot, firstDataRow } = genreLayout(t);
  const expected = t.expected.flatMap((e, i) => (e ? [{ row: firstDataRow + i + 1, e }] : []));
  const score: PlanScore = { outcome: "read", rows: expected.length, units: 0, deadlineClass: 0, deadlineDate: 0 };
  let rows;
  try {
    rows = checkSheet(snapshot).report.rows;
  } catch (e) {
    return { ...score, outcome: e instanceof PlanError ? "refused" : "crashed" };
  }
  for (const { row, e } of expected) {
    const got = rows.find((r) => r.row === row);
    if (!got) continue;
    if (sameSet(got.units.map((u) => u.name), e.units)) score.units++;
    if (got.deadline.class === e.deadlineClass) score.deadlineClass++;
    if (got.deadline.date === e.deadlineDate) score.deadlineDate++;
  }
  return score;
}

function percent(n: number, of: number): string {
  return of === 0 ? "–" : `${((100 * n) / of).toFixed(1)} %`;
}

function main(folder: string): void {
  const dir = resolve(folder);
  const blind = dir.split(/[\\/]/).includes("heldout");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  const total: PlanScore = { outcome: "read", rows: 0, units: 0, deadlineClass: 0, deadlineDate: 0 };
  const outcomes = { read: 0, refused: 0, crashed: 0 };
  for (const f of files) {
    const s = scorePlan(JSON.parse(readFileSync(join(dir, f), "utf8")) as GenreTable);
    outcomes[s.outcome]++;
    total.rows += s.rows;
    total.units += s.units;
    total.deadlineClass += s.deadlineClass;
    total.deadlineDate += s.deadlineDate;
    if (!blind && (s.outcome !== "read" || s.units < s.rows || s.deadlineClass < s.rows || s.deadlineDate < s.rows)) {
      process.stdout.write(`  ${f}: ${s.outcome}, units ${s.units}/${s.rows}, class ${s.deadlineClass}/${s.rows}, dates ${s.deadlineDate}/${s.rows}\n`);
    }
  }
  process.stdout.write(
    `${basename(dir)}: ${files.length} plans, ${total.rows} task rows — refused ${outcomes.refused}, crashed ${outcomes.crashed}; ` +
      `unit sets ${percent(total.units, total.rows)}, deadline class ${percent(total.deadlineClass, total.rows)}, ` +
      `dates ${percent(total.deadlineDate, total.rows)}\n`,
  );
}

if (require.main === module) main(process.argv[2] ?? join(__dirname, "..", "..", "test", "genre"));
