// Real plans from other places (test/genre/*.json, transcribed from public pages, see each file's
// "source" and "layout"), laid out as staff keep them and read row by row the way a careful clerk
// reads them. These tables were never used to build the engine: failures here show where it
// misreads the genre.
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { checkSheet, columnLetter } from "../src/core";
import type { Rect } from "../src/core/schema";
import { fixtureLayout, type Fixture, type FixtureExpected } from "./support/fixtures";

const GENRE_DIR = join(__dirname, "genre");

/** A fixture of a table found elsewhere; title and year are empty when the source did not show them. */
interface GenreTable extends Omit<Fixture, "year" | "expected"> {
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

function genreIds(): string[] {
  return readdirSync(GENRE_DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""))
    .sort();
}

function loadGenre(id: string): GenreTable {
  return JSON.parse(readFileSync(join(GENRE_DIR, `${id}.json`), "utf8")) as GenreTable;
}

/** fixtureLayout, plus the horizontal merges of rows that span the table (category rows). */
function layoutOf(t: GenreTable) {
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

describe.each(genreIds())("%s", (id) => {
  const table = loadGenre(id);
  const { snapshot, firstDataRow } = layoutOf(table);
  const read = () => checkSheet(snapshot);
  const taskRows = table.expected.flatMap((e, i) => (e ? [{ i, expected: e }] : []));

  it("finds the header and every task row", () => {
    const { plan, report } = read();
    expect(report.table?.headerRows).toEqual(Array.from({ length: table.headerRows }, (_, i) => 2 + i));
    expect(report.rows.map((r) => r.row)).toEqual(taskRows.map(({ i }) => firstDataRow + i + 1));
    if (table.year !== null) expect(plan.planYear).toBe(table.year);
    if (table.title) expect(plan.title).toBe(table.title);
  });

  if (table.seqCol !== undefined) {
    const seqCol = table.seqCol;
    it("reads the task numbers as 序号, not as a category level", () => {
      const { report } = read();
      expect(report.table?.columns.seq).toBe(columnLetter(seqCol));
      expect(report.rows.map((r) => r.seq)).toEqual(taskRows.map(({ i }) => table.rows[i][seqCol]));
    });
  }

  it.each(taskRows.map(({ i, expected }) => [i + 1, expected] as const))("row %i reads as expected", (n, expected) => {
    const row = read().report.rows.find((r) => r.row === firstDataRow + n);
    expect(row && {
      units: row.units.map((u) => u.name),
      lead: row.lead,
      unitStatus: row.unitStatus,
      deadlineClass: row.deadline.class,
      deadlineDate: row.deadline.date,
    }).toEqual({
      units: expected.units,
      lead: expected.lead,
      unitStatus: expected.unitStatus,
      deadlineClass: expected.deadlineClass,
      deadlineDate: expected.deadlineDate,
    });
  });
});
