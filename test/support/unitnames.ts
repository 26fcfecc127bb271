// Every unit name a clerk read in the development plans (test/genre) and the fixtures, with the
// plan it comes from: real names for the unit grammar's tests.
import { readFileSync, readdirSync } from "fs";
import { join } from "path";

const DIRS = [join(__dirname, "..", "genre"), join(__dirname, "..", "..", "..", "shared", "fixtures")];

export interface LabelledName {
  name: string;
  /** The first plan (file name) whose labels hold the name. */
  plan: string;
}

/** Distinct labelled names, sorted. */
export function labelledNames(): LabelledName[] {
  const plans = new Map<string, string>();
  for (const dir of DIRS) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".json") && !n.includes("heldout"))) {
      const t = JSON.parse(readFileSync(join(dir, f), "utf8")) as { expected?: ({ units: string[] } | null)[] };
      for (const e of t.expected ?? []) for (const u of e?.units ?? []) if (!plans.has(u)) plans.set(u, f);
    }
  }
  return [...plans].map(([name, plan]) => ({ name, plan })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
