// Bench: a 10k-row plan naming 300 departments, split into tabs of a copy of the plan and into
// one workbook per department. Prints the split's own time and peak memory (in a fresh process
// each), and the whole command's wall time. Goals (issue #8): tabs ≤ 1 s, files ≤ 1.5 s.
import { fork, spawnSync } from "child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { runSplit } from "../cli/split";
import type { CellValue, SheetSnapshot } from "../core/schema";
import { snapshotToWorksheet } from "../file/xlsx";

/** Seconds the whole split may take: into tabs of a copy, and into one workbook per department. */
export const SPLIT_GOALS = { tabs: 1, files: 1.5 };

const ROWS = 10_000;
const DEPARTMENTS = 300;
/** Share of rows naming a catch-all (各有关部门): with the default `every`, these go to all tabs. */
const COMMON_SHARE = 0.01;

const PLACES = ["市", "县", "区"];
const FIELDS = ["发展改革", "财政", "教育", "公安", "民政", "司法", "人社", "自然资源", "生态环境", "住建", "交通运输", "水利", "农业农村", "商务", "文旅", "卫健", "应急", "审计", "市场监管", "统计"];
const KINDS = ["局", "委", "办", "中心", "分局"];
const DEADLINES = ["2024年6月底前", "2024年底前", "及时公开", "常态化工作", "每季度", "", "按市统一安排完成", "2024年3月"];

function departmentNames(): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < DEPARTMENTS; i++) {
    names.push(`${PLACES[i % 3]}${FIELDS[Math.floor(i / 3) % FIELDS.length]}${KINDS[Math.floor(i / 60) % KINDS.length]}${Math.floor(i / 300) || ""}`);
  }
  return names;
}

/** A plan laid out as staff keep it: title, header, category column, 1–4 units a row. */
export function benchPlanSnapshot(rows = ROWS): SheetSnapshot {
  const names = departmentNames();
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const values: CellValue[][] = [
    ["某市贯彻落实2024年政务公开工作要点任务分工", null, null, null, null],
    ["序号", "工作任务", "具体要求", "责任单位", "完成时间"],
  ];
  for (let r = 0; r < rows; r++) {
    const count = 1 + Math.floor(random() * 4);
    const units = Array.from({ length: count }, () => names[Math.floor(random() * names.length)]);
    const distinct = [...new Set(units)];
    let cell = distinct.length > 1 ? `${distinct[0]}牵头，${distinct.slice(1).join("、")}配合` : distinct[0];
    if (random() < COMMON_SHARE) cell += "，各有关部门按职责分工负责";
    values.push([
      String(r + 1),
      r % 100 === 0 ? `${r / 100 + 1}、第${r / 100 + 1}项重点工作` : null,
      `第${r + 1}项任务的具体要求：按照上级部署，细化工作措施，明确时间节点，及时公开工作进展和成效。`,
      cell,
      DEADLINES[r % DEADLINES.length],
    ]);
  }
  return { sheet: "任务分工", origin: { row: 0, col: 0 }, values, dateCells: [], merges: [] };
}

/** Writes the bench plan as an .xlsx file, as staff save one (exceljs). */
async function writeBenchPlan(planFile: string): Promise<void> {
  const source = new ExcelJS.Workbook();
  snapshotToWorksheet(source, benchPlanSnapshot());
  writeFileSync(planFile, Buffer.from(await source.xlsx.writeBuffer()));
}

/** Times `taskplan split` itself (read the file, read the plan, split, write) on a plan file, in
 * this process: what the command spends apart from Node's start and its module loading. */
async function runScenario(scenario: Scenario, planFile: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "taskplan-bench-"));
  try {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const out = outputOf(scenario, dir);
    await runSplit(planFile, { ...out, lang: "en" });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStarted);

    const written = scenario === "tabs" ? [out.out as string] : readdirSync(out.outDir as string).map((f) => join(out.outDir as string, f));
    const megabytes = written.reduce((n, f) => n + statSync(f).size, 0) / 1e6;
    process.stdout.write(
      `split → ${scenario.padEnd(5)} ${ROWS} rows, ${DEPARTMENTS} departments, ${COMMON_SHARE * 100}% catch-all rows: ` +
        `${seconds.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU in process, ${written.length} file(s) ${megabytes.toFixed(1)} MB, ` +
        `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Scenario = keyof typeof SPLIT_GOALS;

function outputOf(scenario: Scenario, dir: string): { out?: string; outDir?: string } {
  return scenario === "tabs" ? { out: join(dir, "out.xlsx") } : { outDir: join(dir, "out") };
}

/** Wall seconds of the whole command, as a user runs it: Node's start and module loading included
 * (what the goal is about). */
function timeCommand(scenario: Scenario, planFile: string): number {
  const dir = mkdtempSync(join(tmpdir(), "taskplan-bench-"));
  try {
    const out = outputOf(scenario, dir);
    const args = [join(__dirname, "../../bin/taskplan.js"), "split", planFile, ...(out.out ? ["--out", out.out] : ["--out-dir", out.outDir!])];
    const started = performance.now();
    const run = spawnSync(process.execPath, args, { stdio: "ignore" });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`taskplan split exited ${run.status ?? run.signal}`);
    return seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whole runs timed per scenario; the median is printed. */
const COMMAND_RUNS = 3;

/** Writes the bench plan once; runs each scenario in its own process (so one does not inflate the
 * other's peak, and the plan's writing by exceljs neither), then times the whole command. */
export async function benchSplit(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "taskplan-bench-"));
  try {
    const planFile = join(dir, "plan.xlsx");
    await writeBenchPlan(planFile);
    for (const scenario of ["tabs", "files"] as const) {
      await new Promise<void>((resolve, reject) => {
        const child = fork(__filename, [scenario, planFile], { stdio: "inherit" });
        child.on("error", reject);
        child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`bench ${scenario} exited ${code}`))));
      });
      const runs = Array.from({ length: COMMAND_RUNS }, () => timeCommand(scenario, planFile)).sort((a, b) => a - b);
      process.stdout.write(
        `split → ${scenario.padEnd(5)} whole command (taskplan split …): ${runs[COMMAND_RUNS >> 1].toFixed(2)} s wall, median of ${COMMAND_RUNS} ` +
          `(${runs.map((r) => r.toFixed(2)).join(" / ")}) (goal ≤ ${SPLIT_GOALS[scenario]} s)\n`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node lib/bench/split.js plan FILE` only writes the plan, to time the whole command from outside:
// /usr/bin/time -v node bin/taskplan.js split FILE --out-dir DIR
if (require.main === module) {
  const [scenario, planFile] = process.argv.slice(2);
  const run =
    (scenario === "tabs" || scenario === "files") && planFile
      ? runScenario(scenario, planFile)
      : scenario === "plan" && planFile
        ? writeBenchPlan(planFile)
        : benchSplit();
  run.catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
