// Real plans from other places (test/genre/*.json, transcribed from public pages), laid out as
// staff keep them by src/bench/layout.ts (one copy for the tests and the scorer).
import { readFileSync } from "fs";
import { join } from "path";
import { checkSheet, columnIndex, type ColumnRoleId, type SheetSnapshot } from "../../src/core";
import { layoutOf, type GenreTable } from "../../src/bench/layout";

export { layoutOf, type GenreTable } from "../../src/bench/layout";

const GENRE_DIR = join(__dirname, "..", "genre");

export function loadGenre(id: string): GenreTable {
  return JSON.parse(readFileSync(join(GENRE_DIR, `${id}.json`), "utf8")) as GenreTable;
}

/** A plan of one header row, no merges and no labels (the rows a test invents), as a genre file holds it. */
export function plainTable(seed: string, title: string, header: string[], rows: string[][]): GenreTable {
  return { seed, title, year: null, source: "", layout: header.join(" | "), header, headerRows: 1, rows, merges: [], expected: [] };
}

/** A plan as a clerk often keeps it, the table alone: its title row left blank, and with it the only
 * year some sheets state. */
export function untitledSheet(t: GenreTable): SheetSnapshot {
  return layoutOf({ ...t, title: "" }).snapshot;
}

/** The column roles the reader finds in a plan as laid out: 0-based columns of each role, and the role of a column. */
export function readColumns(t: GenreTable): { indexes: (role: ColumnRoleId) => number[]; roleOf: (col: number) => ColumnRoleId | undefined } {
  const { report } = checkSheet(layoutOf(t).snapshot);
  const cols = report.table!.columns as Partial<Record<ColumnRoleId, string | string[]>>;
  const indexes = (role: ColumnRoleId) => {
    const v = cols[role];
    return v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((l) => columnIndex(l));
  };
  const roleOf = (c: number) => (Object.keys(cols) as ColumnRoleId[]).find((role) => indexes(role).includes(c));
  return { indexes, roleOf };
}
