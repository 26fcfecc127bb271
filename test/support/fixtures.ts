// Fixtures from ../shared/fixtures; src/bench/layout.ts lays them out on a sheet as staff keep them.
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import type { Fixture } from "../../src/bench/layout";

export { closingNote, fixtureLayout, type Fixture, type FixtureExpected, type FixtureLayout } from "../../src/bench/layout";

export const FIXTURE_DIR = join(__dirname, "..", "..", "..", "shared", "fixtures");

export function fixtureIds(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => /^seed-\d+\.json$/.test(f))
    .map((f) => f.replace(/\.json$/, ""))
    .sort();
}

export function loadFixture(id: string): Fixture {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, `${id}.json`), "utf8")) as Fixture;
}
