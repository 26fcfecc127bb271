// Words several rules share, written as a clerk writes them.
import type { Text } from "./rule";

/** A cell's text quoted inside a message: one line, trimmed. */
export const quote = (s: string): string => `“${s.replace(/\s+/g, " ").trim()}”`;

/** The advice to write a date a clerk can check, the example in the plan's own year (none when the
 * year is unknown: a year from elsewhere would look like a mistake). */
export function giveADate(planYear: number | null): Text {
  const example = planYear === null ? "11月底前" : `${planYear}年11月底前`;
  return { zh: `明确具体完成时限，如“${example}”`, en: `Give a date that can be checked, e.g. “${example}”` };
}
