// Words that name a point of the year rather than a month: 年中 (mid-year) and 汛前 (before the
// flood season). Each is due on the last day of the month it ends with. The seasons (春季, 秋季)
// are not read: a plan writing them names a span of work, not a day anyone checks.
import { dayOfMonth } from "./calendar";

/** The month each word ends with. 汛期 starts in June across most of the country, so work due
 * before it (汛前, 汛期前, 主汛期前) is due by the end of May; 年中 is the end of June. */
const SEASON_END_MONTH: Record<string, number> = {
  年中: 6,
  汛前: 5,
  汛期前: 5,
  主汛期前: 5,
};

/** What may follow 年中 when it is mid-year: the phrase ends, or a deadline word or a check due then
 * follows. 中 after 年 mostly begins another word: 2022年中方县 (a county), 2024年中央资金, 中秋. */
export const MID_YEAR_AHEAD = "(?=$|前|以前|之前|完成|检查|考核|评估|督查|盘点|[，,；;。、)）])";

/** The pattern of these words, for the point grammar (年中 after a digit is the year's 中, read
 * with the year). */
export const SEASON_PATTERN = `(?<!\\d)年中${MID_YEAR_AHEAD}|主?汛期?前`;

/** The last day a season word allows in a year; null for a word this grammar does not know. */
export function seasonEnd(word: string, year: number): string | null {
  const month = SEASON_END_MONTH[word];
  return month === undefined ? null : dayOfMonth(year, month, "last");
}
