// Years as deadlines write them besides 2024年: two digits (23年底, 24年6月), words relative to
// the plan year (今年底, 明年3月) and a year run into its month (20259月). All are rewritten as
// four-digit years before points are read.
import { MAX_YEAR, MIN_YEAR } from "../planyear";

/** How far from the plan year a two-digit year may lie and still be a year (24年 in a 2024 plan,
 * not 10年 in 10年内). */
const SHORT_YEAR_REACH = 3;
/** Without a plan year, two-digit years this century that plans of the period write. */
const SHORT_YEAR_RANGE = { min: 10, max: 40 };

// Two digits followed by 年 that is not a count of years (10年内, 20年来, 30年一遇, 5年以上).
const SHORT_YEAR = /(?<!\d)(\d{2})(?=年(?!内|以内|之内|来|以来|间|以上|以下|左右|一遇|期间))/gu;

/** 23年底 → 2023年底, 24年6月 → 2024年6月, when the two digits are a year near the plan year (or,
 * with none known, a year of this century's plans); a count of years stays as written. */
export function expandShortYears(text: string, planYear: number | null): string {
  return text.replace(SHORT_YEAR, (yy) => {
    const year = 2000 + Number(yy);
    const plausible =
      planYear === null
        ? Number(yy) >= SHORT_YEAR_RANGE.min && Number(yy) <= SHORT_YEAR_RANGE.max
        : Math.abs(year - planYear) <= SHORT_YEAR_REACH;
    return plausible ? String(year) : yy;
  });
}

// A year run into its month, the 年 dropped (20259月底前, 202412月底前): four digits of a year, then a
// month 1-12 before 月. The year takes four digits, so 202412月 is December.
const YEAR_RUN_INTO_MONTH = /(?<!\d)((?:19|20|21)\d{2})(1[0-2]|0?[1-9])(?=月)/gu;

/** 20259月底前 → 2025年9月底前, 202412月 → 2024年12月: the 年 a typo left out, when the four digits
 * are a year the reader takes; digits before anything but 月 stay as written. */
export function withYearBeforeMonth(text: string): string {
  return text.replace(YEAR_RUN_INTO_MONTH, (run, year: string, month: string) =>
    Number(year) >= MIN_YEAR && Number(year) <= MAX_YEAR ? `${year}年${month}` : run,
  );
}

const RELATIVE_YEAR: { pattern: RegExp; offset: number }[] = [
  { pattern: /(?:今|本|当)年(度?)/gu, offset: 0 },
  { pattern: /(?:明|次|来|下一)年(度?)/gu, offset: 1 },
  { pattern: /(?:去|上一?)年(度?)/gu, offset: -1 },
];

/** 今年底前 → 2024年底前, 明年3月 → 2025年3月 in a 2024 plan; unchanged without a plan year. */
export function withRelativeYears(text: string, planYear: number | null): string {
  if (planYear === null) return text;
  return RELATIVE_YEAR.reduce((t, { pattern, offset }) => t.replace(pattern, `${planYear + offset}年$1`), text);
}

// A five-year plan period (“十四五”期间, 十三五末) ends with its last year: the Nth plan runs from
// 1951 + 5N to 1955 + 5N (十四五: 2021-2025). 十五 alone is also fifteen, so only 十一五 on.
const PLAN_PERIOD = /[“"]?十([一二三四五六七八九])五[”"]?(?:规划)?(?:期间|时期|末期?)?/gu;
const DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** “十四五”期间 → 2025年, 十三五末 → 2020年: a five-year plan period read as its last year. */
export function withPlanPeriods(text: string): string {
  return text.replace(PLAN_PERIOD, (_, n: string) => `${1955 + 5 * (10 + DIGIT[n])}年`);
}
