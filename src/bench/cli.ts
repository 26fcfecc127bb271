// Bench: the CLI's check + mark path (open the file, read, check, mark, write the marked copy) on
// generated plans, against the floor of a bare exceljs read + write of the same file.
// Goal: ≤ 1.3× the floor.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { parseConfig } from "../core";
import { checkWorkbook, formatReport } from "../cli/check";
import { openXlsxFile, writeXlsxFile } from "../file/node";
import { snapshotToWorksheet, workbookToBuffer } from "../file/xlsx";
import { printTable } from "./table";
import { BENCH_SIZES, generatePlan } from "./plans";

const GOAL_RATIO = 1.3;

interface Timing {
  wall: number;
  /** CPU of this process: steadier than wall time when the machine is busy. */
  cpu: number;
}

async function timed(work: () => Promise<unknown>): Promise<Timing> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  await work();
  const cpu = process.cpuUsage(cpuStarted);
  return { wall: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000 };
}

const best = (a: Timing, b: Timing): Timing => ({ wall: Math.min(a.wall, b.wall), cpu: Math.min(a.cpu, b.cpu) });

/** What any tool must pay to open and save this file with exceljs, at exceljs's defaults. */
async function readWrite(file: string, out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer); // typed as ArrayBuffer; takes any bytes
  writeFileSync(out, Buffer.from(await wb.xlsx.writeBuffer()));
}

/** `taskplan check FILE --out MARKED` without the printing. */
async function checkAndMark(file: string, out: string): Promise<number> {
  const host = await openXlsxFile(file);
  const report = await checkWorkbook(host, file, parseConfig({}), { mark: true });
  await writeXlsxFile(out, host);
  formatReport(report, "zh");
  return report.sheets.reduce((n, s) => n + s.findings.length, 0);
}

export async function benchCli(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "taskplan-bench-cli-"));
  const rows: string[][] = [];
  try {
    for (const size of BENCH_SIZES) {
      const wb = new ExcelJS.Workbook();
      snapshotToWorksheet(wb, generatePlan(size));
      const file = join(dir, `plan-${size}.xlsx`);
      writeFileSync(file, Buffer.from(await workbookToBuffer(wb)));
      // Alternate the two, best of each: both see the same warm JIT and the same GC pressure.
      const runs = size >= 100_000 ? 2 : 5;
      let floor: Timing = { wall: Infinity, cpu: Infinity };
      let cli: Timing = { wall: Infinity, cpu: Infinity };
      let findings = 0;
      for (let i = 0; i < runs; i++) {
        floor = best(floor, await timed(() => readWrite(file, join(dir, "copy.xlsx"))));
        cli = best(cli, await timed(async () => (findings = await checkAndMark(file, join(dir, "marked.xlsx")))));
      }
      const ratio = cli.wall / floor.wall;
      rows.push([
        size.toLocaleString("en"),
        (statSync(file).size / 1e6).toFixed(2),
        findings.toLocaleString("en"),
        (statSync(join(dir, "marked.xlsx")).size / 1e6).toFixed(2),
        floor.wall.toFixed(0),
        cli.wall.toFixed(0),
        `${ratio.toFixed(2)}×`,
        `${(cli.cpu / floor.cpu).toFixed(2)}×`,
        ratio <= GOAL_RATIO ? "ok" : "OVER",
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(
    `CLI: check + mark + write vs bare exceljs read + write (goal ≤ ${GOAL_RATIO}×)`,
    ["rows", "file MB", "findings", "marked MB", "read+write ms", "check+mark ms", "ratio", "CPU ratio", "goal"],
    rows,
  );
}
