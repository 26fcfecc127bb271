// A week's calendar (行事历, 一周工作安排) lists each day's items under the day, the day written in a
// column of its own: its weekday on one row and its date on the next (星期一 over (2016-09-26), or
// 9月26日 over 星期一), or the weekday in one column and the date beside it. Neither cell is merged
// down over the day's items, yet a clerk reads every row from the day down to the next day as that
// day's item, done on that day's date.
import { classifyDeadline } from "./deadline";
import type { Grid } from "./grid";
import { normaliseText } from "./normalise";

// 星期一, 周三, 礼拜天, (周五): a day of the week alone, which dates nothing by itself.
const WEEKDAY = /^[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?$/u;

type DayCell = "weekday" | "date";

/** What a cell of a day column holds: a weekday alone, a date (星期一（9月26日） included), or neither. */
function dayCellKind(text: string): DayCell | null {
  const t = normaliseText(text).replace(/\s+/g, "");
  if (!t) return null;
  if (WEEKDAY.test(t)) return "weekday";
  return classifyDeadline(t, { planYear: null }).class === "date" ? "date" : null;
}

/** The cell's own text, "" where a merge from above covers it: a merged day is one day, not several. */
function ownCell(grid: Grid, row: number, col: number): string {
  const m = grid.merge(row, col);
  return m && m.top !== row ? "" : grid.text(row, col).trim();
}

/** The kinds of the filled cells of a column from `first` on, by row; null when some filled cell is
 * neither a weekday nor a date (a column of places or items is no calendar, whatever is in it). */
function dayCells(grid: Grid, col: number, first: number): Map<number, DayCell> | null {
  const kinds = new Map<number, DayCell>();
  for (let r = first; r < grid.rowEnd; r++) {
    const text = ownCell(grid, r, col);
    if (!text) continue;
    const kind = dayCellKind(text);
    if (kind === null) return null;
    kinds.set(r, kind);
  }
  return kinds;
}

/** A calendar names its first day within its first rows. */
const FIRST_DAY_ROWS = 40;

/** Whether a weekday alone stands in column `col` within its first rows from `first`. */
function opensWithWeekday(grid: Grid, col: number, first: number): boolean {
  const end = Math.min(grid.rowEnd, first + FIRST_DAY_ROWS);
  for (let r = first; r < end; r++) if (dayCellKind(ownCell(grid, r, col)) === "weekday") return true;
  return false;
}

/** Whether a column's filled cells pair most of its weekdays with a date on the row just above or
 * below (星期一 over (2016-09-26)). */
function pairsWeekdaysWithDates(kinds: Map<number, DayCell>): boolean {
  const weekdays = [...kinds].filter(([, kind]) => kind === "weekday").map(([row]) => row);
  const paired = weekdays.filter((r) => kinds.get(r - 1) === "date" || kinds.get(r + 1) === "date");
  return weekdays.length > 0 && paired.length * 2 >= weekdays.length;
}

/**
 * The columns marking a calendar's days when column `col` dates them, none otherwise: the column
 * itself when its filled cells are weekdays and dates, each weekday (most of them) paired with a
 * date on the next or last row; or it and a column of weekdays beside it (星期 | 日期 over 星期一 |
 * 5.10) when its cells are dates each on a weekday's row. A column of weekdays with no dates dates
 * no day; one of dates alone (or of 星期一（9月26日） merged over the day) is read as any column of
 * dates is.
 */
export function dayColumnsDatedBy(grid: Grid, col: number, first: number): number[] {
  // (asked of every plan's time column: a column of dates with no weekday in it or beside it is read
  // no further, its every cell not classified twice)
  if (![col - 1, col, col + 1].some((c) => c >= 0 && opensWithWeekday(grid, c, first))) return [];
  const kinds = dayCells(grid, col, first);
  if (kinds === null || kinds.size === 0) return [];
  if (pairsWeekdaysWithDates(kinds)) return [col];
  if ([...kinds.values()].some((k) => k !== "date")) return [];
  for (const side of [col - 1, col + 1]) {
    const weekdays = side >= 0 ? dayCells(grid, side, first) : null;
    if (!weekdays || weekdays.size < 2 || [...weekdays.values()].some((k) => k !== "weekday")) continue;
    if ([...kinds.keys()].every((r) => weekdays.has(r)) && kinds.size * 2 >= weekdays.size) return [side, col].sort((a, b) => a - b);
  }
  return [];
}

/**
 * For each row from `first` on that falls in a day, the cell that dates it: the day's date cell, or
 * its weekday's when the day has no date. A day opens at a row with a filled day cell and runs down
 * to the next day's; a weekday and a date on consecutive rows of one column are one day (its second
 * row, alone, may close the table). Rows above the first day fall in none.
 */
export function dayCellsOfRows(grid: Grid, columns: number[], first: number): Map<number, { row: number; col: number }> {
  const byRow = new Map<number, { row: number; col: number }>();
  if (columns.length === 0) return byRow;
  /** The day being read: the row it opened on, the one kind of cell it holds until completed, its dating cell. */
  let day: { opened: number; awaiting: DayCell | null; cell: { row: number; col: number } } | null = null;
  for (let r = first; r < grid.rowEnd; r++) {
    const cells = columns.flatMap((col) => {
      const kind = dayCellKind(ownCell(grid, r, col));
      return kind ? [{ row: r, col, kind }] : [];
    });
    const kinds = new Set(cells.map((c) => c.kind));
    const dated = cells.find((c) => c.kind === "date");
    // The row just below a day's weekday alone (or date alone) completes it with the other one.
    if (day && day.opened === r - 1 && kinds.size === 1 && day.awaiting === cells[0].kind) {
      if (dated) day.cell = dated;
      day.awaiting = null;
      byRow.set(r - 1, day.cell);
    } else if (cells.length) {
      const only = kinds.size === 1 ? cells[0].kind : null;
      day = { opened: r, awaiting: only === null ? null : only === "date" ? "weekday" : "date", cell: dated ?? cells[0] };
    }
    if (day) byRow.set(r, day.cell);
  }
  return byRow;
}
