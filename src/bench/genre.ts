// The genre scorer: reads every plan of a folder (test/genre, test/genre/heldout) laid out as the
// genre test lays it out, and prints how much of it the reader gets right over the task rows.
//   node lib/bench/genre.js <folder> [--details]
// --details prints every plan and every wrong row; it refuses a held-out folder, whose plans the
// people tuning the reader must never see.
import { resolve } from "path";
import { checkSheet } from "../core";
import { PlanError } from "../core/errors";
import type { RowReport } from "../core/schema";
import { layoutOf, loadGenreFolder, type FixtureExpected, type GenreTable } from "./layout";

const FIELDS = ["units", "lead", "unitStatus", "deadlineClass", "deadlineDate"] as const;
type Field = (typeof FIELDS)[number];
const FIELD_NAMES: Record<Field, string> = {
  units: "unit sets",
  lead: "lead",
  unitStatus: "unit status",
  deadlineClass: "deadline class",
  deadlineDate: "deadline date",
};

interface Reading {
  units: string[];
  lead: string | null;
  unitStatus: string;
  deadlineClass: string;
  deadlineDate: string | null;
}

interface PlanScore {
  id: string;
  outcome: "read" | "refused" | "crashed";
  error?: string;
  tasks: number;
  right: Record<Field, number>;
  /** Rows the reader took for tasks that are not (spanRows, footerRows, hidden rows, notes). */
  misread: number[];
  /** Task rows the reader did not return. */
  missed: number[];
  /** Task rows read, with what was wrong (1-based plan row). */
  wrong: { row: number; field: Field; expected: unknown; got: unknown }[];
}

function readingOf(r: RowReport): Reading {
  return {
    units: r.units.map((u) => u.name),
    lead: r.lead,
    unitStatus: r.unitStatus,
    deadlineClass: r.deadline.class,
    deadlineDate: r.deadline.date,
  };
}

function sameField(field: Field, expected: FixtureExpected, got: Reading): boolean {
  if (field === "units") {
    const a = new Set(expected.units);
    const b = new Set(got.units);
    return a.size === b.size && [...a].every((u) => b.has(u));
  }
  return expected[field] === got[field];
}

function scorePlan(id: string, table: GenreTable): PlanScore {
  const tasks = table.expected.flatMap((e, i) => (e ? [{ i, expected: e }] : []));
  const score: PlanScore = {
    id,
    outcome: "read",
    tasks: tasks.length,
    right: { units: 0, lead: 0, unitStatus: 0, deadlineClass: 0, deadlineDate: 0 },
    misread: [],
    missed: [],
    wrong: [],
  };
  const { snapshot, firstDataRow } = layoutOf(table);
  let rows: RowReport[];
  try {
    rows = checkSheet(snapshot).report.rows;
  } catch (e) {
    score.outcome = e instanceof PlanError ? "refused" : "crashed";
    score.error = e instanceof Error ? e.message.split("\n")[0] : String(e);
    score.missed = tasks.map(({ i }) => i + 1);
    return score;
  }
  // Report rows are 1-based worksheet rows; plan row i sits on worksheet row firstDataRow + i + 1.
  const byRow = new Map(rows.map((r) => [r.row - firstDataRow, r]));
  const taskNumbers = new Set(tasks.map(({ i }) => i + 1));
  score.misread = [...byRow.keys()].filter((n) => !taskNumbers.has(n)).sort((a, b) => a - b);
  for (const { i, expected } of tasks) {
    const report = byRow.get(i + 1);
    if (!report) {
      score.missed.push(i + 1);
      continue;
    }
    const got = readingOf(report);
    for (const field of FIELDS) {
      if (sameField(field, expected, got)) score.right[field]++;
      else score.wrong.push({ row: i + 1, field, expected: expected[field], got: got[field] });
    }
  }
  return score;
}

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
