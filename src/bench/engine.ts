// Bench: the engine alone (checkSheet on a snapshot) on generated plans of 1k, 10k, 100k and 300k rows.
// Goal: ≤ 10 ms per 1k rows at every size (linear).
import { checkSheet } from "../core";
import { printTable } from "./table";
import { BENCH_SIZES, generatePlan } from "./plans";

const GOAL_MS_PER_1K = 10;
/** The engine is timed beyond the other benches' sizes: a county's whole-year ledger can be that long. */
const ENGINE_SIZES = [...BENCH_SIZES, 300_000];

/** Best of a few runs: the figure the engine can do, not the noise around it. Wall time, and the
 * process's CPU time (the collector's helper threads included), which a busy machine disturbs less. */
function bestOf(runs: number, work: () => void): { ms: number; cpuMs: number } {
  let ms = Infinity;
  let cpuMs = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    work();
    const used = process.cpuUsage(cpu);
    ms = Math.min(ms, performance.now() - started);
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
  }
  return { ms, cpuMs };
}

export async function benchEngine(): Promise<void> {
  const warmUp = generatePlan(1_000);
  for (let i = 0; i < 10; i++) checkSheet(warmUp); // let the JIT settle before timing
  const rows: string[][] = [];
  for (const size of ENGINE_SIZES) {
    const snapshot = generatePlan(size);
    let findings = 0;
    // Best of several: this machine is shared, and one slow run says nothing about the engine.
    const { ms, cpuMs } = bestOf(Math.max(5, Math.min(20, 50_000 / size)), () => {
      findings = checkSheet(snapshot).report.findings.length;
    });
    const per1k = ms / (size / 1_000);
    rows.push([
      size.toLocaleString("en"),
      ms.toFixed(1),
      per1k.toFixed(2),
      (cpuMs / (size / 1_000)).toFixed(2),
      findings.toLocaleString("en"),
      per1k <= GOAL_MS_PER_1K ? "ok" : "OVER",
    ]);
  }
  printTable(
    `Engine: checkSheet on a snapshot (goal ≤ ${GOAL_MS_PER_1K} ms per 1k rows)`,
    ["rows", "ms", "ms / 1k rows", "CPU ms / 1k rows", "findings", "goal"],
    rows,
  );
}
