// The held-out plans (test/genre/heldout) are only ever scored, never read row by row by a test, so a
// transcription slip (a short row, a merge past the table, a label the scorer cannot compare) would go
// unnoticed. These checks look at the shape of each file and never run the reader, so they show
// nothing of how the reader does on the held-out set.
import { join } from "path";
import { loadGenreFolder, type GenreTable } from "../src/bench/layout";
import { toSimplified } from "../src/core/normalise";

const HELDOUT = loadGenreFolder(join(__dirname, "genre", "heldout"));
const DEV = loadGenreFolder(join(__dirname, "genre"));

/** Row indices that are not tasks: their expected label is null. */
function nonTaskRows(t: GenreTable): Set<number> {
  return new Set([...(t.spanRows ?? []), ...(t.footerRows ?? []), ...(t.hiddenRows ?? []), ...(t.continuationRows ?? [])]);
}

describe.each(HELDOUT.map(({ id, table }) => [id, table] as const))("%s", (id, table) => {
  const width = table.header.length;

  it("is named by its seed and lays every row, and the second header row, as wide as the header", () => {
    expect(table.seed).toBe(id);
    expect(table.rows.filter((r) => r.length !== width).map((r) => table.rows.indexOf(r))).toEqual([]);
    if (table.header2) expect(table.header2).toHaveLength(width);
    expect(table.headerRows).toBe(table.header2 ? 2 : 1);
  });

  it("keeps merges inside the table, with the text at the top of each span", () => {
    for (const m of table.merges) {
      expect([m.col >= 0 && m.col < width, m.fromRow < m.toRow, m.toRow < table.rows.length]).toEqual([true, true, true]);
      for (let r = m.fromRow + 1; r <= m.toRow; r++) expect({ row: r, col: m.col, text: table.rows[r][m.col] }).toEqual({ row: r, col: m.col, text: "" });
    }
  });

  it("labels every task row and only task rows", () => {
    const skip = nonTaskRows(table);
    expect(table.expected).toHaveLength(table.rows.length);
    expect(table.expected.flatMap((e, i) => ((e === null) !== skip.has(i) ? [i] : []))).toEqual([]);
  });

  it("gives labels the scorer can compare, agreeing with the file's own flags", () => {
    for (const e of table.expected) {
      if (!e) continue;
      expect(e.unitStatus === "missing").toBe(e.units.length === 0);
      if (e.lead !== null) expect(e.units).toContain(e.lead);
      // Fields rule: unit names are written in simplified characters, as the scorer compares them.
      expect(e.units.filter((u) => toSimplified(u) !== u)).toEqual([]);
      if (e.deadlineDate !== null) {
        expect(e.deadlineClass).toBe("date");
        expect(e.deadlineDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      if (table.noUnitColumn) expect([e.units, e.unitStatus]).toEqual([[], "missing"]);
      if (table.noDeadlineColumn) expect(e.deadlineClass).toBe("missing");
    }
  });
});

it("takes no held-out plan from a source the development plans use, nor one source twice", () => {
  const sources = [...DEV, ...HELDOUT].map(({ table }) => table.source);
  expect(sources.filter((s, i) => sources.indexOf(s) !== i)).toEqual([]);
});
