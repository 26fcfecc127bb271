// `taskplan split` and `taskplan roster` on .xlsx files made from the fixtures: the copy with
// tabs, one workbook per department, the roster round trip, and bad input.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { main } from "../src/cli";
import { runRoster } from "../src/cli/roster";
import { runSplit } from "../src/cli/split";
import { INDEX_COLUMN, INDEX_TAB_NAME } from "../src/core/generate/departments";
import { ROSTER_TAB_NAME } from "../src/core/generate/roster";
import { GENERATED_TAB_MARK } from "../src/core/schema";
import { listSheetInfos } from "../src/file/tabs";
import { snapshotToWorksheet } from "../src/file/xlsx";
import { fixtureLayout, loadFixture } from "./support/fixtures";

let dir: string;
let planFile: string;
const output: string[] = [];
const errors: string[] = [];

async function planWorkbookFile(id: string, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  snapshotToWorksheet(wb, fixtureLayout(loadFixture(id), "任务分工").snapshot);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "taskplan-split-"));
  planFile = await planWorkbookFile("seed-000", "plan.xlsx");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  output.length = 0;
  errors.length = 0;
  jest.spyOn(process.stdout, "write").mockImplementation((s) => (output.push(String(s)), true));
  jest.spyOn(process.stderr, "write").mockImplementation((s) => (errors.push(String(s)), true));
});
afterEach(() => {
  jest.restoreAllMocks();
  process.exitCode = undefined;
});

/** The plan in a department's file name: its title in short and its year. */
const PLAN_IN_NAME = "-省、市政务公开工作要点-2019";

describe("taskplan split --out", () => {
  it("writes a copy with the index, 共同任务 and one tab per department; the input is untouched", async () => {
    const before = readFileSync(planFile);
    const out = join(dir, "with-tabs.xlsx");
    expect(await runSplit(planFile, { out })).toBe(0);
    expect(readFileSync(planFile).equals(before)).toBe(true);

    const wb = await open(out);
    const infos = listSheetInfos(wb);
    expect(infos[0]).toEqual({ name: "任务分工", generated: false });
    expect(infos.slice(1).every((s) => s.generated)).toBe(true);
    expect(infos.map((s) => s.name)).toEqual(expect.arrayContaining([INDEX_TAB_NAME, "共同任务", "行政审批局", "建设局", "建设局局"]));
    expect(output.join("")).toContain("单位分表 21 个");
    expect(output.join("")).toContain("建设局局");
  });

  it("run again on its own output: the same tabs replace the old ones, nothing added", async () => {
    const first = join(dir, "first.xlsx");
    const second = join(dir, "second.xlsx");
    await runSplit(planFile, { out: first });
    await runSplit(first, { out: second });
    const [a, b] = await Promise.all([open(first), open(second)]);
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    for (const ws of a.worksheets) {
      const other = b.getWorksheet(ws.name);
      expect(other?.getSheetValues()).toEqual(ws.getSheetValues());
    }
  });

  it("--common separate keeps catch-all rows out of the department tabs", async () => {
    const every = join(dir, "every.xlsx");
    const separate = join(dir, "separate.xlsx");
    await runSplit(planFile, { out: every });
    await runSplit(planFile, { out: separate, common: "separate" });
    const rows = async (path: string) => (await open(path)).getWorksheet("大数据中心")?.rowCount ?? 0;
    expect(await rows(separate)).toBeLessThan(await rows(every));
    expect((await open(separate)).getWorksheet("共同任务")?.rowCount).toBe((await open(every)).getWorksheet("共同任务")?.rowCount);
  });
});

describe("taskplan split --out-dir", () => {
  it("one workbook per department, the index linking to the files; parent links left out", async () => {
    const outDir = join(dir, "by-unit");
    expect(await runSplit(planFile, { outDir })).toBe(0);
    const files = readdirSync(outDir).sort();
    expect(files).toHaveLength(25); // index + 共同任务 + 21 units + 乡街 and 村社区, levels the plan names no body of
    // 〈单位〉-〈计划简称〉-〈年份〉
    expect(files).toEqual(
      expect.arrayContaining(["分表目录", "共同任务", "建设局局", "人力资源和社会保障服务中心", "乡街"].map((u) => `${u}${PLAN_IN_NAME}.xlsx`)),
    );

    const index = (await open(join(outDir, `分表目录${PLAN_IN_NAME}.xlsx`))).getWorksheet(INDEX_TAB_NAME);
    if (!index) throw new Error("no index");
    for (let r = 3; r < index.rowCount; r++) {
      const link = index.getCell(r, INDEX_COLUMN.tab + 1).hyperlink;
      expect(files).toContain(link);
    }
    const unit = await open(join(outDir, `行政审批局${PLAN_IN_NAME}.xlsx`));
    expect(unit.worksheets).toHaveLength(1);
    const ws = unit.worksheets[0];
    expect(ws.getCell("A1").value).toBe("行政审批局贯彻落实省、市2019年政务公开工作要点任务清单");
    expect(ws.getCell("B3").hyperlink).toBeUndefined();
    expect(ws.headerFooter.oddFooter).toContain(GENERATED_TAB_MARK);
  });

  it("a re-run replaces its own files; a file of the staff's with a department's name is kept", async () => {
    const outDir = join(dir, "rerun");
    await runSplit(planFile, { outDir });
    const mine = new ExcelJS.Workbook();
    mine.addWorksheet("批注").getCell("A1").value = "我的批注";
    await mine.xlsx.writeFile(join(outDir, `建设局${PLAN_IN_NAME}.xlsx`));

    await runSplit(planFile, { outDir });
    const files = readdirSync(outDir);
    expect(files).toHaveLength(26);
    expect((await open(join(outDir, `建设局${PLAN_IN_NAME}.xlsx`))).getWorksheet("批注")?.getCell("A1").value).toBe("我的批注");
    expect((await open(join(outDir, `建设局${PLAN_IN_NAME}~2.xlsx`))).worksheets[0].getCell("A1").value).toContain("建设局贯彻落实");
    expect(output.join("")).toContain(`建设局${PLAN_IN_NAME}~2.xlsx`);
  });
});

describe("taskplan roster", () => {
  it("prints the units; with --out adds a 单位名录 sheet that split --roster then uses", async () => {
    expect(await runRoster(planFile, {})).toBe(0);
    expect(output.join("")).toContain("建设局局\t1\t可能与“建设局”是同一单位");

    const withRoster = join(dir, "with-roster.xlsx");
    await runRoster(planFile, { out: withRoster });
    const wb = await open(withRoster);
    const roster = wb.getWorksheet(ROSTER_TAB_NAME);
    if (!roster) throw new Error("no roster");
    expect(listSheetInfos(wb).find((s) => s.name === ROSTER_TAB_NAME)?.generated).toBe(false);

    // Staff edit it: 建设局局 is 建设局, 教育文卫 is 教育文卫局 with the short name 教文卫.
    roster.eachRow((row, r) => {
      if (r <= 2) return;
      const name = row.getCell(1).text;
      if (name === "建设局") row.getCell(2).value = "建设局局";
      if (name === "教育文卫局") {
        row.getCell(2).value = "教育文卫";
        row.getCell(3).value = "教文卫";
      }
    });
    await wb.xlsx.writeFile(withRoster);

    const out = join(dir, "split-with-roster.xlsx");
    expect(await runSplit(withRoster, { roster: ROSTER_TAB_NAME, out })).toBe(0);
    const names = (await open(out)).worksheets.map((w) => w.name);
    expect(names).toContain(ROSTER_TAB_NAME);
    expect(names).toContain("教文卫");
    expect(names).not.toContain("建设局局");
    expect(names).not.toContain("教育文卫");
    expect(names).not.toContain("教育文卫局");
  });
});

describe("bad input: exit 2 and one line in Chinese and English", () => {
  it.each([
    [["split", "missing.xlsx", "--out", "x.xlsx"], /找不到文件.*File not found/],
    [["split", "PLAN"], /--out.*\/ Error: Give --out or --out-dir/],
    [["split", "PLAN", "--out", "x.xlsx", "--common", "sometimes"], /设置无效.*Invalid settings/],
    [["split", "PLAN", "--out", "x.xlsx", "--roster", "名录"], /找不到单位名录工作表.*Roster sheet "名录" not found/],
    [["split", "PLAN", "--out", "PLAN"], /输出文件不能与输入文件相同.*must differ/],
    [["split", "NOTXLSX", "--out-dir", "d"], /不是有效的 \.xlsx.*not a valid \.xlsx/],
    [["roster", "missing.xlsx"], /找不到文件.*File not found/],
  ])("%j", async (args, message) => {
    const notXlsx = join(dir, "not.xlsx");
    writeFileSync(notXlsx, "hello");
    const argv = args.map((a) => (a === "PLAN" ? planFile : a === "NOTXLSX" ? notXlsx : a.endsWith(".xlsx") || a === "d" ? join(dir, a) : a));
    await main(["node", "taskplan", ...argv]);
    expect(process.exitCode).toBe(2);
    const text = errors.join("");
    expect(text.trim().split("\n")).toHaveLength(1);
    expect(text).toMatch(message);
  });
});
