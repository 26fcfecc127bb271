// The one place the importer calls the table reader's grammar: units and roles (../units),
// deadline phrases (../deadline), text normalisation (../normalise) and the plan year
// (../planyear). The unit grammar is being rewritten elsewhere; only these exported functions are
// depended on, so a merge touches this file alone.
import { classifyDeadline } from "../deadline";
import { collapseSpaces, endsLikeUnitName, normaliseText, stripPinyinGlosses, toHalfWidth } from "../normalise";
import { dateReadingForm, detectPlanYear } from "../planyear";
import type { Deadline, Unit, UnitStatus } from "../schema";
import { parseUnits, pickLead, unitStatus } from "../units";

export interface UnitReading {
  units: Unit[];
  lead: string | null;
  status: UnitStatus;
}

/** Units of a 责任单位 text, read as a table cell would be (no first-listed rule: a 要点 marks
 * its lead with 牵头). */
export function readUnits(text: string, catchAll: string[] = []): UnitReading {
  const { units, markedLead } = parseUnits(text, { catchAll });
  return { units, lead: pickLead(units, markedLead, false), status: unitStatus(units) };
}

export function verdictOf(units: Unit[]): UnitStatus {
  return unitStatus(units);
}

/** Whether every name a bracket holds reads as a department (市财政局、市发改委), so the bracket
 * is a unit list even without a role word. */
export function readsAsUnitList(text: string): boolean {
  const { units } = parseUnits(text);
  return units.length > 0 && units.every((u) => endsLikeUnitName(u.name));
}

export function readDeadline(phrase: string, planYear: number | null): Deadline {
  return classifyDeadline(phrase, { planYear });
}

/** The form dates are read from (二〇二〇年 → 2020年, no spaces, half-width). */
export function deadlineReadingForm(text: string): string {
  return dateReadingForm(text);
}

export function planYearOf(texts: string[]): number | null {
  return detectPlanYear(texts);
}

/** Text as shown in the table: pinyin glosses and spaces inside Chinese removed, characters and
 * punctuation as written. */
export function displayForm(text: string): string {
  return collapseSpaces(stripPinyinGlosses(text));
}

/** A same-length form to find markers and brackets in: full-width digits, letters and
 * parentheses half-width. */
export function markerForm(text: string): string {
  return toHalfWidth(text);
}

/** The form texts are compared in (simplified, half-width, no spaces). */
export function matchForm(text: string): string {
  return normaliseText(text);
}
