// Scores one plan's reading against its hand labels (test/genre/*.json): the fields the genre
// scorer counts, used by it and by the tests that reshape plans and expect the same reading.
import { checkSheet } from "../core";
import { PlanError } from "../core/errors";
import type { RowReport } from "../core/schema";
import { layoutOf, type FixtureExpected, type FixtureLayout, type GenreTable } from "./layout";

export const FIELDS = ["units", "lead", "unitStatus", "deadlineClass", "deadlineDate"] as const;
export type Field = (typeof FIELDS)[number];
export const FIELD_NAMES: Record<Field, string> = {
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

export interface PlanScore {
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

function sameField(field: Field, expected: FixtureExpected, got: Reading, sameName: (expected: string, got: string) => boolean): boolean {
  if (field === "units") {
    const a = new Set(expected.units);
    const b = new Set(got.units);
    return a.size === b.size && [...a].every((u) => [...b].some((g) => sameName(u, g)));
  }
  if (field === "lead") return expected.lead === got.lead || (expected.lead !== null && got.lead !== null && sameName(expected.lead, got.lead));
  return expected[field] === got[field];
}

/**
 * The plan's task rows read from `layout` (the plan as the genre test lays it out unless given),
 * field by field. `sameName` says when a read unit or lead name is the labelled one (exact unless given).
 */
export function scorePlan(
  id: string,
  table: GenreTable,
  layout: FixtureLayout = layoutOf(table),
  sameName: (expected: string, got: string) => boolean = (a, b) => a === b,
): PlanScore {
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
  const { snapshot, firstDataRow } = layout;
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
      if (sameField(field, expected, got, sameName)) score.right[field]++;
      else score.wrong.push({ row: i + 1, field, expected: expected[field], got: got[field] });
    }
  }
  return score;
}
