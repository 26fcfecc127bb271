// For the rule tests beside each rule (src/core/rules/*.test.ts): real plans, as published or with
// one real cell changed, checked as a whole; a rule's findings as [rule, cell, row].
import { checkSheet } from "../../src/core";
import type { ConfigInput, Finding, RuleId, SheetSnapshot } from "../../src/core/schema";
import { fixtureLayout, loadFixture, type Fixture } from "./fixtures";
import { layoutOf, loadGenre, type GenreTable } from "./genre";

export type Firing = [RuleId, string, number | null];

/** What `rule` finds on a sheet, in the report's order. */
export function firings(snapshot: SheetSnapshot, rule: RuleId, config: ConfigInput = {}): Firing[] {
  return findingsOf(snapshot, rule, config).map((f) => [f.rule, f.cell, f.row]);
}

/** The findings of `rule` on a sheet, with their messages. */
export function findingsOf(snapshot: SheetSnapshot, rule: RuleId, config: ConfigInput = {}): Finding[] {
  return checkSheet(snapshot, config).report.findings.filter((f) => f.rule === rule);
}

/** A fixture (../shared/fixtures) laid out as staff keep it: title on row 1, header on row 2, so
 * fixture row i is worksheet row i + 2 + headerRows. `edit` changes a copy first. */
export function fixtureSheet(id: string, edit?: (f: Fixture) => void): SheetSnapshot {
  const fixture = structuredClone(loadFixture(id));
  edit?.(fixture);
  return fixtureLayout(fixture).snapshot;
}

/** A published plan of test/genre laid out as staff keep it; `edit` changes a copy first. */
export function genreSheet(id: string, edit?: (t: GenreTable) => void): SheetSnapshot {
  const table = structuredClone(loadGenre(id));
  edit?.(table);
  return layoutOf(table).snapshot;
}
