// The last day a calendar phrase allows, from its parts: a month with its day or part (底, 上旬),
// a quarter. One concern per function, as date-fns does it.
import { endOfQuarter } from "date-fns/endOfQuarter";
import { formatISO } from "date-fns/formatISO";
import { lastDayOfMonth } from "date-fns/lastDayOfMonth";

const iso = (d: Date): string => formatISO(d, { representation: "date" });

/** The ISO day `day` of a month (or its last day); null when there is no such day (2月30日). */
export function dayOfMonth(year: number, month: number, day: number | "last"): string | null {
  if (month < 1 || month > 12) return null;
  const last = lastDayOfMonth(new Date(year, month - 1, 1));
  if (day === "last") return iso(last);
  return day >= 1 && day <= last.getDate() ? iso(new Date(year, month - 1, day)) : null;
}

/** The day a part of a month ends on: 上旬 and 初 the 10th, 中旬 the 20th, 下旬 / 底 / 末 (or no
 * part) the last day. */
export function dayOfPart(part: string | undefined): number | "last" {
  if (part === "上旬" || part === "初") return 10;
  if (part === "中旬") return 20;
  return "last";
}

/** The last day of a quarter (1–4). */
export function quarterEnd(year: number, quarter: number): string {
  return iso(endOfQuarter(new Date(year, (quarter - 1) * 3, 1)));
}
