// Bench: the CLI as users run it, each run a fresh `node bin/taskplan.js …` under /usr/bin/time -v
// (wall time and peak RSS of the whole process). `check --out` on 1k / 10k / 100k-row plans against
// a bare exceljs read + write of the same file in its own process, and the ratio; then
// `split --out` and `split --out-dir` (first run, and a re-run into the same folder) on a
// 10k-row plan naming 300 departments.
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { snapshotToWorksheet, workbookToBuffer } from "../file/xlsx";
import { BENCH_SIZES, generatePlan } from "./plans";
import { benchPlanSnapshot, SPLIT_GOALS } from "./split";
import { printTable } from "./table";

const GOALS = { ratio: 0.5, ratioFrom: 10_000, rssMb: 400, rssAt: 100_000, splitOut: SPLIT_GOALS.tabs, splitOutDir: SPLIT_GOALS.files };
const BIN = join(__dirname, "..", "..", "bin", "taskplan.js");

/** What any tool pays to open and save the file with exceljs, at exceljs's defaults. */
const EXCELJS_READ_WRITE = `
const ExcelJS = require(${JSON.stringify(require.resolve("exceljs"))});
const fs = require("fs");
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(process.argv[1]));
  fs.writeFileSync(process.argv[2], Buffer.from(await wb.xlsx.writeBuffer()));
})();`;

interface Measured {
  seconds: number;
  rssMb: number;
}

/** Runs node with args under /usr/bin/time -v; exit codes other than `ok` are a failed bench. */
function measure(args: string[], ok: number[] = [0]): Measured {
  const r = spawnSync("/usr/bin/time", ["-v", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (!ok.includes(r.status ?? -1)) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (!wall || !rss) throw new Error(`no /usr/bin/time figures for ${args.join(" ")}`);
  return { seconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]), rssMb: Number(rss[1]) / 1024 };
}

const bestOf = (runs: number, run: () => Measured): Measured => {
  let best: Measured = { seconds: Infinity, rssMb: Infinity };
  for (let i = 0; i < runs; i++) {
    const m = run();
    best = { seconds: Math.min(best.seconds, m.seconds), rssMb: Math.min(best.rssMb, m.rssMb) };
  }
  return best;
};

async function writePlan(path: string, snapshot: Parameters<typeof snapshotToWorksheet>[1]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  snapshotToWorksheet(wb, snapshot);
  writeFileSync(path, Buffer.from(await workbookToBuffer(wb)));
}

const secs = (m: Measured) => m.seconds.toFixed(2);
const mb = (m: Measured) => m.rssMb.toFixed(0);

export async function benchCli(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "taskplan-bench-cli-"));
  try {
    const rows: string[][] = [];
    for (const size of BENCH_SIZES) {
      const plan = join(dir, `plan-${size}.xlsx`);
      await writePlan(plan, generatePlan(size));
      // The machine is shared: the 100k plan runs once, the smaller ones best of two.
      const runs = size >= 100_000 ? 1 : 2;
      const floor = bestOf(runs, () => measure(["-e", EXCELJS_READ_WRITE, plan, join(dir, "copy.xlsx")]));
      const check = bestOf(runs, () => measure([BIN, "check", plan, "--out", join(dir, "marked.xlsx"), "--force"], [0, 1]));
      const ratio = check.seconds / floor.seconds;
      const goals = [
        size >= GOALS.ratioFrom ? (ratio <= GOALS.ratio ? "ok" : "OVER") : "-",
        size === GOALS.rssAt ? (check.rssMb <= GOALS.rssMb ? "ok" : "OVER") : "-",
      ];
      rows.push([
        size.toLocaleString("en"),
        (statSync(plan).size / 1e6).toFixed(2),
        secs(floor),
        mb(floor),
        secs(check),
        mb(check),
        `${ratio.toFixed(2)}×`,
        `${(check.rssMb / floor.rssMb).toFixed(2)}×`,
        ...goals,
      ]);
    }
    printTable(
      `CLI check --out vs a bare exceljs read + write, each its own process (goals: ≤ ${GOALS.ratio}× from 10k rows, ≤ ${GOALS.rssMb} MB at 100k)`,
      ["rows", "file MB", "exceljs s", "exceljs MB", "check s", "check MB", "time ratio", "RSS ratio", "time goal", "RSS goal"],
      rows,
    );

    const plan = join(dir, "plan-300-departments.xlsx");
    await writePlan(plan, benchPlanSnapshot());
    const outDir = join(dir, "by-unit");
    const split = [
      ["split --out", measure([BIN, "split", plan, "--out", join(dir, "tabs.xlsx")]), GOALS.splitOut],
      ["split --out-dir (first run)", measure([BIN, "split", plan, "--out-dir", outDir]), GOALS.splitOutDir],
      ["split --out-dir (re-run, same folder)", measure([BIN, "split", plan, "--out-dir", outDir]), GOALS.splitOutDir],
    ] as const;
    printTable(
      "CLI split, 10k rows naming 300 departments",
      ["command", "s", "peak MB", "goal s", "goal"],
      split.map(([name, m, goal]) => [name, secs(m), mb(m), goal.toFixed(1), m.seconds <= goal ? "ok" : "OVER"]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
