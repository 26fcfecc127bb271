// Tables transcribed as JSON (../shared/fixtures, test/genre) laid out on a sheet as staff keep
// them: a title row merged across the table, the header row(s) with their merges, the body with
// its vertical merges, and the source's closing note (注：…) under the table where it has one.
import type { CellValue, Rect, SheetSnapshot } from "../core/schema";

export interface FixtureExpected {
  units: string[];
  lead: string | null;
  unitStatus: "ok" | "missing" | "generic";
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

/** The closing note of the source, when the fixture's remarks quote one. */
export function closingNote(f: Fixture): string | null {
  const m = f.note?.match(/注：[^。]*。/);
  return m ? m[0] : null;
}

export interface FixtureLayout {
  snapshot: SheetSnapshot;
  /** 0-based worksheet row of fixture row 0. */
  firstDataRow: number;
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
