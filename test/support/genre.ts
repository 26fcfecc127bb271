// Real plans from other places (test/genre/*.json, transcribed from public pages), laid out as
// staff keep them by src/bench/layout.ts (one copy for the tests and the scorer).
import { readFileSync } from "fs";
import { join } from "path";
import type { GenreTable } from "../../src/bench/layout";

export { layoutOf, type GenreTable } from "../../src/bench/layout";

const GENRE_DIR = join(__dirname, "..", "genre");

export function loadGenre(id: string): GenreTable {
  return JSON.parse(readFileSync(join(GENRE_DIR, `${id}.json`), "utf8")) as GenreTable;
}
