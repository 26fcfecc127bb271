// Bench: the Excel add-in's requests against the recording fake of Office.js — how many
// context.sync() calls and how many bytes per request reading, marking and splitting a plan take.
// Excel on the web rejects requests over 5 MB; our budget is 4 MB.
import { planMarks } from "../core/marks";
import { checkSheet } from "../core";
import { generate } from "../core/generate/usecase";
import { REQUEST_BUDGET } from "../excel/batch";
import { FakeExcel } from "../excel/fake";
import { ExcelHost } from "../excel/host";
import { benchPlanSnapshot } from "./split";

const ALL_SETS = { isSetSupported: () => true };
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

function book(rows: number): { fake: FakeExcel; host: ExcelHost; sheet: string } {
  const snapshot = benchPlanSnapshot(rows);
  const fake = new FakeExcel();
  fake.addSheet(snapshot.sheet, snapshot.values as (string | number | boolean | null)[][], snapshot.merges);
  return { fake, host: new ExcelHost({ run: fake.run, requirements: ALL_SETS }), sheet: snapshot.sheet };
}

function since(fake: FakeExcel, from: number): { syncs: number; max: number; total: number } {
  const part = fake.syncs.slice(from);
  return {
    syncs: part.length,
    max: Math.max(0, ...part.map((s) => s.requestBytes)),
    total: part.reduce((n, s) => n + s.requestBytes, 0),
  };
}

async function markBench(rows: number): Promise<string> {
  const { fake, host, sheet } = book(rows);
  const started = performance.now();
  const snapshot = await host.readSnapshot(sheet);
  const read = since(fake, 0);
  const response = Math.max(...fake.syncs.map((s) => s.responseBytes));
  const { report } = checkSheet(snapshot);
  const plan = planMarks(report);
  const before = fake.syncs.length;
  await host.applyMarks(plan);
  const mark = since(fake, before);
  const clearFrom = fake.syncs.length;
  await host.clearMarks(sheet);
  const clear = since(fake, clearFrom);
  const ms = performance.now() - started;
  return (
    `office  ${String(rows).padStart(6)} rows: read ${read.syncs} syncs (largest response ${mb(response)}); ` +
    `mark ${plan.marks.length} cells ${mark.syncs} syncs, largest request ${mb(mark.max)}; ` +
    `clear ${clear.syncs} syncs; fake run ${ms.toFixed(0)} ms`
  );
}

async function tabsBench(rows: number): Promise<string> {
  const { fake, host, sheet } = book(rows);
  const result = await generate(host, sheet);
  const all = since(fake, 0);
  return (
    `office  ${String(rows).padStart(6)} rows → ${result.created.length} tabs: ${all.syncs} syncs in all, ` +
    `largest request ${mb(all.max)} (budget ${mb(REQUEST_BUDGET)}, Excel on the web limit 5 MB), ${mb(all.total)} sent`
  );
}

export async function benchOffice(): Promise<void> {
  for (const line of [await markBench(1_000), await markBench(10_000), await tabsBench(1_000), await tabsBench(10_000)]) {
    process.stdout.write(`${line}\n`);
  }
}

if (require.main === module) {
  benchOffice().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
