// Real plans from other places (test/genre/*.json, transcribed from public pages, see each file's
// "source" and "layout"), laid out as staff keep them and read row by row the way a careful clerk
// reads them. These tables were never used to build the engine: failures here show where it
// misreads the genre.
import { join } from "path";
import { checkSheet, columnLetter } from "../src/core";
import { layoutOf, loadGenreFolder } from "../src/bench/layout";

const GENRE = loadGenreFolder(join(__dirname, "genre"));

describe.each(GENRE.map(({ id, table }) => [id, table] as const))("%s", (_id, table) => {
  const { snapshot, firstDataRow } = layoutOf(table);
  const read = () => checkSheet(snapshot);
  const taskRows = table.expected.flatMap((e, i) => (e ? [{ i, expected: e }] : []));

  it("finds the header and every task row", () => {
    const { plan, report } = read();
    expect(report.table?.headerRows).toEqual(Array.from({ length: table.headerRows }, (_, i) => 2 + i));
    expect(report.rows.map((r) => r.row)).toEqual(taskRows.map(({ i }) => firstDataRow + i + 1));
    // The plan year where the title or header shows it. A year the source page gave only outside the table the
    // reader may find from the tasks' own dates, or not at all, but never another year.
    if (table.year !== null) {
      const shown = [table.title, ...table.header, ...(table.header2 ?? [])].some((v) => v.includes(String(table.year)));
      expect(shown ? [table.year] : [table.year, null]).toContain(plan.planYear);
    }
    if (table.title) expect(plan.title).toBe(table.title);
  });

  if (table.seqCol !== undefined) {
    const seqCol = table.seqCol;
    it("reads the task numbers as 序号, not as a category level", () => {
      const { report } = read();
      expect(report.table?.columns.seq).toBe(columnLetter(seqCol));
      // A 序号 merged down over several task rows is each row's number.
      const seqOf = (i: number) => {
        const merge = (table.merges ?? []).find((m) => m.col === seqCol && m.fromRow <= i && i <= m.toRow);
        return table.rows[merge ? merge.fromRow : i][seqCol];
      };
      expect(report.rows.map((r) => r.seq)).toEqual(taskRows.map(({ i }) => seqOf(i)));
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
