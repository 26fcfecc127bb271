// A plan sheet as the reading tests write one by hand: its rows from A1, the title on the first row
// merged across the header's width (the second row).
import type { CellValue, SheetSnapshot } from "../../src/core/schema";

type Merge = SheetSnapshot["merges"][number];

/** The sheet of `values`, its first row a title merged across the header's width, with `merges`. */
export function titledSheet(values: CellValue[][], merges: Merge[] = []): SheetSnapshot {
  const title = { top: 0, left: 0, bottom: 0, right: values[1].length - 1 };
  return { sheet: "Sheet1", origin: { row: 0, col: 0 }, values, dateCells: [], merges: [title, ...merges] };
}
