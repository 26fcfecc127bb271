// `taskplan split` and `taskplan roster` on .xlsx files made from the fixtures: the copy with
// tabs, one workbook per department, the roster round trip, and bad input.
import { createHash } from "crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { main } from "../src/cli";
import { runRoster } from "../src/cli/roster";
import { runSplit, SPLIT_MANIFEST } from "../src/cli/split";
import { INDEX_COLUMN, INDEX_TAB_NAME } from "../src/core/generate/departments";
import { ROSTER_TAB_NAME } from "../src/core/generate/roster";
import { FileHost } from "../src/file/host";
import { XlsxPackage } from "../src/file/package";
import { snapshotToWorksheet } from "../src/file/xlsx";
import { fixtureLayout, loadFixture, type Fixture } from "./support/fixtures";

let dir: string;
let planFile: string;
const output: string[] = [];
const errors: string[] = [];

async function planWorkbookFile(id: string, name: string, edit: (fixture: Fixture) => void = () => undefined): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const fixture = loadFixture(id);
  edit(fixture);
  snapshotToWorksheet(wb, fixtureLayout(fixture, "任务分工").snapshot);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** The sheets of a file as the package layer sees them, with this tool's mark. */
async function sheetInfos(path: string) {
  return (await FileHost.fromBytes(readFileSync(path), path)).listSheets();
}

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The workbooks of a folder, without the tool's record of them. */
function workbooksIn(folder: string): string[] {
  return readdirSync(folder).filter((f) => f.endsWith(".xlsx"));
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

    const infos = await sheetInfos(out);
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
  }, 30_000); // two splits of a workbook: slow on a loaded machine, not a speed claim

  it("--common separate keeps catch-all rows out of the department tabs", async () => {
    const every = join(dir, "every.xlsx");
    const separate = join(dir, "separate.xlsx");
    await runSplit(planFile, { out: every });
    await runSplit(planFile, { out: separate, common: "separate" });
    const rows = async (path: string) => (await open(path)).getWorksheet("大数据中心")?.rowCount ?? 0;
    expect(await rows(separate)).toBeLessThan(await rows(every));
    expect((await open(separate)).getWorksheet("共同任务")?.rowCount).toBe((await open(every)).getWorksheet("共同任务")?.rowCount);
  }, 30_000); // two splits of a workbook: slow on a loaded machine, not a speed claim
});

describe("taskplan split --out, a generated tab edited since", () => {
  it("is kept under another name and reported; the others are replaced", async () => {
    const first = join(dir, "edited-first.xlsx");
    await runSplit(planFile, { out: first });
    // The staff type a note into 大数据中心's first task (in the part: exceljs would drop the marks).
    const pkg = XlsxPackage.open(readFileSync(first));
    const infos = await new FileHost(pkg, "x.xlsx").listSheets();
    const part = `xl/worksheets/sheet${infos.findIndex((s) => s.name === "大数据中心") + 1}.xml`;
    const edited = pkg.text(part)!.replace(/(<c r="I3" s="\d+")(?: t="inlineStr"><is>.*?<\/is><\/c>|\/>)/, '$1 t="inlineStr"><is><t>已于6月办结</t></is></c>');
    expect(edited).not.toBe(pkg.text(part));
    pkg.setText(part, edited);
    writeFileSync(first, pkg.toBytes());

    const second = join(dir, "edited-second.xlsx");
    output.length = 0;
    expect(await runSplit(first, { out: second })).toBe(0);
    expect(output.join("")).toContain("分表“大数据中心”生成后被修改过，已保留（改名为“大数据中心（已修改）”）");
    const names = (await sheetInfos(second)).map((s) => s.name);
    expect(names.filter((n) => n.startsWith("大数据中心"))).toEqual(["大数据中心（已修改）", "大数据中心"]);
    expect((await open(second)).getWorksheet("大数据中心（已修改）")?.getCell("I3").value).toBe("已于6月办结");
  }, 30_000);
});

describe("taskplan split --out-dir", () => {
  it("one workbook per department, the index linking to the files; parent links left out", async () => {
    const outDir = join(dir, "by-unit");
    expect(await runSplit(planFile, { outDir })).toBe(0);
    const files = workbooksIn(outDir).sort();
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
    expect(await sheetInfos(join(outDir, `行政审批局${PLAN_IN_NAME}.xlsx`))).toEqual([expect.objectContaining({ name: ws.name, generated: true })]);
  });

  it("a re-run leaves a file as it is when its content is the same, replaces it when the plan changed it; one changed since, or not in its record, is kept beside the new one", async () => {
    const outDir = join(dir, "rerun");
    await runSplit(planFile, { outDir });
    const stat = (unit: string) => statSync(join(outDir, `${unit}${PLAN_IN_NAME}.xlsx`));
    const sameTasks = stat("行政审批局");
    const reworded = stat("产业发展局");
    // a department sends its file back with its answers, under the same name
    const returned = await open(join(outDir, `建设局${PLAN_IN_NAME}.xlsx`));
    returned.worksheets[0].getCell("H3").value = "已完成";
    await returned.xlsx.writeFile(join(outDir, `建设局${PLAN_IN_NAME}.xlsx`));
    const returnedBytes = readFileSync(join(outDir, `建设局${PLAN_IN_NAME}.xlsx`));
    // a file the record does not know, though this tool wrote it (copied in from another run)
    copyFileSync(join(outDir, `共同任务${PLAN_IN_NAME}.xlsx`), join(outDir, `大数据中心${PLAN_IN_NAME}.xlsx`));

    // the plan again, one task of 产业发展局 alone reworded (row 9), a second later: a new time
    mkdirSync(join(dir, "revised"));
    const revised = await planWorkbookFile("seed-000", "revised/plan.xlsx", (f) => {
      f.rows[8][4] = "全面公开支持民营企业发展的政策举措、落实情况和成效";
    });
    await new Promise((resolve) => setTimeout(resolve, 1100));

    output.length = 0;
    await runSplit(revised, { outDir });
    expect(workbooksIn(outDir)).toHaveLength(27);
    expect(readFileSync(join(outDir, `建设局${PLAN_IN_NAME}.xlsx`)).equals(returnedBytes)).toBe(true);
    expect((await open(join(outDir, `建设局${PLAN_IN_NAME}~2.xlsx`))).worksheets[0].getCell("A1").value).toContain("建设局贯彻落实");
    expect((await open(join(outDir, `大数据中心${PLAN_IN_NAME}~2.xlsx`))).worksheets[0].getCell("A1").value).toContain("大数据中心");
    expect(stat("行政审批局")).toMatchObject({ ino: sameTasks.ino, mtimeMs: sameTasks.mtimeMs });
    expect(stat("产业发展局").ino).not.toBe(reworded.ino);
    expect((await open(join(outDir, `产业发展局${PLAN_IN_NAME}.xlsx`))).worksheets[0].getSheetValues().flat()).toContain(
      "全面公开支持民营企业发展的政策举措、落实情况和成效",
    );
    const said = output.join("");
    // written: 产业发展局, the two ~2 files, and the index (it links to them); the other 21 untouched
    expect(said).toMatch(/已写入 4 个工作簿.*；21 个内容未变，原文件未动/);
    expect(said).toMatch(/“建设局-[^”]*\.xlsx”在本工具写出后已被改动.*原样保留；新文件为“建设局-[^”]*~2\.xlsx”/);
    expect(said).toMatch(/“大数据中心-[^”]*\.xlsx”.*新文件为“大数据中心-[^”]*~2\.xlsx”/);

    // a third run: the ~2 files are now the tool's own and are replaced, not multiplied
    output.length = 0;
    await runSplit(planFile, { outDir });
    expect(workbooksIn(outDir)).toHaveLength(27);
    expect(output.join("")).toMatch(/已写入 1 个工作簿.*；24 个内容未变/); // 产业发展局, as the plan was
  }, 60_000); // three splits of a workbook: slow on a loaded machine, not a speed claim

  it("a damaged record vouches for nothing: every file present is kept", async () => {
    const outDir = join(dir, "damaged-record");
    await runSplit(planFile, { outDir });
    writeFileSync(join(outDir, SPLIT_MANIFEST), "{ not json");
    await runSplit(planFile, { outDir });
    expect(workbooksIn(outDir)).toHaveLength(50);
  });

  it("the plan itself inside the folder under a department's name is never replaced", async () => {
    const outDir = join(dir, "plan-inside");
    await runSplit(planFile, { outDir });
    const inside = join(outDir, `建设局${PLAN_IN_NAME}.xlsx`);
    copyFileSync(planFile, inside);
    // record it as ours, as if a run had written it: the input check must still hold
    const record = JSON.parse(readFileSync(join(outDir, SPLIT_MANIFEST), "utf8")) as { files: Record<string, string> };
    record.files[`建设局${PLAN_IN_NAME}.xlsx`] = createHash("sha256").update(readFileSync(inside)).digest("hex");
    writeFileSync(join(outDir, SPLIT_MANIFEST), JSON.stringify(record));
    await runSplit(inside, { outDir });
    expect(readFileSync(inside).equals(readFileSync(planFile))).toBe(true);
    expect(workbooksIn(outDir)).toContain(`建设局${PLAN_IN_NAME}~2.xlsx`);
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
    expect((await sheetInfos(withRoster)).find((s) => s.name === ROSTER_TAB_NAME)?.generated).toBe(false);

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
    [["split", "NOTXLSX", "--out-dir", "d"], /不是有效的 \.xlsx 工作簿.*not a valid \.xlsx workbook/],
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
