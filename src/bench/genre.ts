// The genre scorer: reads every plan of a folder (test/genre, test/genre/heldout) laid out as the
// genre test lays it out, and prints how much of it the reader gets right over the task rows.
//   node lib/bench/genre.js <folder> [--details]
// --details prints every plan and every wrong row; it refuses a held-out folder, whose plans the
// people tuning the reader must never see.
import { resolve } from "path";
import { loadGenreFolder } from "./layout";
import { FIELD_NAMES, FIELDS, scorePlan, type PlanScore } from "./score";

const percent = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : "–");

function summary(label: string, scores: PlanScore[]): string {
  const tasks = scores.reduce((n, s) => n + s.tasks, 0);
  const count = (f: (s: PlanScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const fields = FIELDS.map((f) => `${FIELD_NAMES[f]} ${percent(count((s) => s.right[f]), tasks)}`).join(" · ");
  return [
    `${label}: ${scores.length} plans, ${tasks} task rows; refused ${count((s) => +(s.outcome === "refused"))}, crashes ${count((s) => +(s.outcome === "crashed"))}`,
    `  ${fields}`,
    `  rows misread as tasks ${count((s) => s.misread.length)} · tasks missed ${count((s) => s.missed.length)}`,
  ].join("\n");
}

function details(s: PlanScore): string {
  const lines = [`${s.id}: ${s.outcome}${s.error ? ` (${s.error})` : ""}, ${s.tasks} tasks, ${FIELDS.map((f) => `${f} ${s.right[f]}`).join(", ")}`];
  if (s.misread.length) lines.push(`  misread as tasks: rows ${s.misread.join(", ")}`);
  if (s.missed.length) lines.push(`  missed: rows ${s.missed.join(", ")}`);
  for (const w of s.wrong) lines.push(`  row ${w.row} ${w.field}: expected ${JSON.stringify(w.expected)}, got ${JSON.stringify(w.got)}`);
  return lines.join("\n");
}

function main(args: string[]): void {
  const folder = args.find((a) => !a.startsWith("--"));
  const withDetails = args.includes("--details");
  if (!folder) throw new Error("usage: node lib/bench/genre.js <folder> [--details]");
  if (withDetails && /heldout/i.test(folder)) {
    throw new Error("--details is refused for a held-out folder: its plans must not be seen by whoever tunes the reader");
  }
  const scores = loadGenreFolder(resolve(folder)).map(({ id, table }) => scorePlan(id, table));
  if (withDetails) for (const s of scores) process.stdout.write(`${details(s)}\n`);
  process.stdout.write(`${summary(folder, scores)}\n`);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
