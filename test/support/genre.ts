// Real plans from other places (test/genre/*.json, transcribed from public pages), laid out as
// staff keep them.
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import type { Rect } from "../../src/core/schema";
import { fixtureLayout, type Fixture, type FixtureExpected } from "./fixtures";

const GENRE_DIR = join(__dirname, "..", "genre");

/** A fixture of a table found elsewhere; title and year are empty when the source did not show them. */
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

export function genreIds(): string[] {
  return readdirSync(GENRE_DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""))
    .sort();
}

export function loadGenre(id: string): GenreTable {
  return JSON.parse(readFileSync(join(GENRE_DIR, `${id}.json`), "utf8")) as GenreTable;
}

/** fixtureLayout, plus the horizontal merges of rows that span the table (category rows). */
export function layoutOf(t: GenreTable) {
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
