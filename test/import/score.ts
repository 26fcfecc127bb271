// Scores the importer on a 要点 text labelled by hand: a row counts when its units (with roles)
// and deadline date are those of the labelled row at the same place; a text labelled `error`
// counts as one row, right when the importer refuses it.
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { paragraphsFromText } from "../../src/core/import/paragraphs";
import { parseWorkPoints } from "../../src/core/import/parse";

export interface Labelled {
  source: string;
  title: string | null;
  error?: boolean;
  rows?: { sourceSeq: string | null; units: [string, string][]; deadline: [string, string] | null }[];
}

export interface Score {
  name: string;
  right: number;
  total: number;
}

export function scoreText(dir: string, name: string): Score {
  const labelled = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as Labelled;
  let plan;
  try {
    plan = parseWorkPoints(paragraphsFromText(readFileSync(join(dir, `${name}.txt`), "utf8")), { file: name });
  } catch {
    return { name, right: labelled.error ? 1 : 0, total: labelled.error ? 1 : labelled.rows!.length };
  }
  if (labelled.error) return { name, right: 0, total: 1 };
  const rows = labelled.rows!;
  const right = rows.filter((want, i) => {
    const got = plan.rows[i];
    return (
      got !== undefined &&
      JSON.stringify(got.units.map((u) => [u.name, u.role])) === JSON.stringify(want.units) &&
      got.deadline.date === (want.deadline?.[1] ?? null)
    );
  }).length;
  return { name, right, total: Math.max(rows.length, plan.rows.length) };
}

export function scoreDir(dir: string): Score[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => scoreText(dir, f.replace(/\.txt$/, "")));
}
