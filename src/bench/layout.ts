// Plans transcribed from real documents (../shared/fixtures, test/genre/*.json) turned into sheet
// snapshots laid out as staff keep them: a title row merged across the table, the header row(s)
// with their merges, the body with its vertical merges, and the source's closing note (注：…)
// under the table where it has one. One copy, used by the tests and by the genre scorer.
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import type { CellValue, Rect, SheetSnapshot } from "../core/schema";

export interface FixtureExpected {
  units: string[];
  lead: string | null;
  unitStatus: "ok" | "missing" | "generic";
  /** Labelled as in ../shared/fixtures/README.md "Fields", and: a limit counted from an event the sheet does not
   * date (N天, N个工作日, 限期N天, N日内 from the notice) is vague; a month or year-end in a plan whose year nothing
   * shows is a date with no ISO day; a time cell only reporting the step done (已通过, 已完成) is missing. */
  deadlineClass: "date" | "recurring" | "ongoing" | "vague" | "missing";
  deadlineDate: string | null;
  note?: string;
}

export interface Fixture {
  seed: string;
  title: string;
  year: number;
  header: string[];
  header2?: string[];
  headerRows: number;
  headerMerges?: { fromRow: number; toRow: number; fromCol: number; toCol: number }[];
  note?: string;
  rows: string[][];
  merges: { col: number; fromRow: number; toRow: number }[];
  expected: FixtureExpected[];
}

/** A fixture of a table found elsewhere; title and year are empty when the source did not show them. */
export interface GenreTable extends Omit<Fixture, "year" | "expected"> {
  year: number | null;
  /** The sheet's name where the source showed one; otherwise the sheet is laid out as Excel names a new one. */
  sheet?: string;
  source: string;
  layout: string;
  /** 0-based column holding the task numbers (1, 2 …), labelled or not. */
  seqCol?: number;
  /** Body rows whose only text is a category label merged across the whole table. */
  spanRows?: number[];
  /** Rows under the table that are not tasks (合计, 制表日期, 填表人 …); expected null. */
  footerRows?: number[];
  /** Rows the sheet hides (withdrawn or filtered out); expected null. */
  hiddenRows?: number[];
  /** Rows that only carry on the text of the task above (no number, unit or deadline of their
   * own: a page break, a paste from Word or PDF); expected null. */
  continuationRows?: number[];
  /** The table has no responsible column: every task reads units [] and unitStatus missing. */
  noUnitColumn?: boolean;
  /** The table has no deadline column: every task reads deadlineClass missing. */
  noDeadlineColumn?: boolean;
  /** One per row; null for a row that is not a task (spanRows, footerRows, hiddenRows). */
  expected: (FixtureExpected | null)[];
}

export interface FixtureLayout {
  snapshot: SheetSnapshot;
  /** 0-based worksheet row of fixture row 0. */
  firstDataRow: number;
}

/** The closing note of the source, when the fixture's remarks quote one. */
export function closingNote(f: Fixture): string | null {
  const m = f.note?.match(/注：[^。]*。/);
  return m ? m[0] : null;
}

/** Lays a fixture out on a sheet: title (row 1), header rows, body, closing note. */
export function fixtureLayout(f: Fixture, sheet = f.seed.slice(0, 3)): FixtureLayout {
  const width = f.header.length;
  const values: CellValue[][] = [];
  const merges: Rect[] = [];
  const pad = (cells: string[]): CellValue[] => cells.map((c) => (c === "" ? null : c));

  values.push([f.title, ...Array(width - 1).fill(null)]);
  merges.push({ top: 0, left: 0, bottom: 0, right: width - 1 });

  const headerTop = values.length;
  values.push(pad(f.header));
  if (f.header2) values.push(pad(f.header2));
  for (const m of f.headerMerges ?? []) {
    merges.push({ top: headerTop + m.fromRow, left: m.fromCol, bottom: headerTop + m.toRow, right: m.toCol });
  }

  const firstDataRow = values.length;
  for (const r of f.rows) values.push(pad(r));
  for (const m of f.merges) {
    merges.push({ top: firstDataRow + m.fromRow, left: m.col, bottom: firstDataRow + m.toRow, right: m.col });
  }

  const note = closingNote(f);
  if (note) {
    const at = values.length;
    values.push([note, ...Array(width - 1).fill(null)]);
    merges.push({ top: at, left: 0, bottom: at, right: width - 1 });
  }
  return { snapshot: { sheet, origin: { row: 0, col: 0 }, values, dateCells: [], merges }, firstDataRow };
}

// A transcribed plan's file name holds its place and year, which its sheet would not: a sheet named after the
// file would give the reader a plan year the source never showed.
const DEFAULT_SHEET_NAME = "Sheet1";

/** fixtureLayout, plus the horizontal merges of rows that span the table (category rows) and the hidden rows. */
export function layoutOf(t: GenreTable): FixtureLayout {
  const layout = fixtureLayout({ ...t, year: t.year ?? 0, expected: [] }, t.sheet ?? DEFAULT_SHEET_NAME);
  const right = t.header.length - 1;
  const spans: Rect[] = (t.spanRows ?? []).map((i) => ({
    top: layout.firstDataRow + i,
    left: 0,
    bottom: layout.firstDataRow + i,
    right,
  }));
  const hiddenRows = (t.hiddenRows ?? []).map((i) => layout.firstDataRow + i);
  return {
    ...layout,
    snapshot: {
      ...layout.snapshot,
      merges: [...layout.snapshot.merges, ...spans],
      ...(hiddenRows.length ? { hiddenRows } : {}),
    },
  };
}

/** Every plan of a folder (*.json, not its subfolders), by file name. */
export function loadGenreFolder(dir: string): { id: string; table: GenreTable }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ id: f.replace(/\.json$/, ""), table: JSON.parse(readFileSync(join(dir, f), "utf8")) as GenreTable }));
}
