// The taskplan command line as users run it: the compiled CLI in a child process, on fixture
// plans written as .xlsx files.
import { execSync, spawnSync } from "child_process";
import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { PlanError, ReportSchema, type Report } from "../src/core";
import { RULE_LABELS } from "../src/core/labels";
import { FileHost } from "../src/file/host";
import { MAX_INPUT_BYTES, writeFileAtomically } from "../src/file/node";
import { applyTabsToPackage } from "../src/file/tabs";
import { loadWorkbook, snapshotToWorksheet, workbookToBuffer } from "../src/file/xlsx";
import { XlsxPackage } from "../src/file/package";
import { fixtureIds, fixtureLayout, loadFixture } from "./support/fixtures";
import { loadGenre, untitledSheet } from "./support/genre";
import { fixtureWorkbook } from "./support/workbooks";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "bin", "taskplan.js");
let dir: string;
// Every test spawns the CLI; the machine is shared, so a run can take seconds.
jest.setTimeout(60_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function taskplan(args: string[], cwd = dir): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await workbookToBuffer(wb)));
  return path;
}

async function open(path: string): Promise<ExcelJS.Workbook> {
  return loadWorkbook(readFileSync(path));
}

/** An unusable-input failure: exit 2 and exactly one line in both languages, no stack trace. */
function expectUnusable(r: Run): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^错误：[^\n]+ \/ Error: [^\n]+\n$/);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "taskplan-cli-"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("check --json", () => {
  it.each(fixtureIds())("%s: the report parses and every row reads as the fixture expects", async (id) => {
    const fixture = loadFixture(id);
    const file = await save(fixtureWorkbook(id), `${id}.xlsx`);
    const r = taskplan(["check", file, "--json"]);
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout) as Report;
    expect(ReportSchema().parse(json)).toEqual(json); // exactly the schema, nothing more
    expect(json.file).toBe(file);
    expect(json.sheets).toHaveLength(1);
    const rows = json.sheets[0].rows;
    // The engine's own row fields (requirement, unitText, cells …) stay out of the report.
    expect(Object.keys(rows[0]).sort()).toEqual(["category", "deadline", "lead", "row", "seq", "unitStatus", "units"]);
    const firstDataRow = fixtureLayout(fixture).firstDataRow;
    expect(rows.map((row) => row.row)).toEqual(fixture.rows.map((_, i) => firstDataRow + i + 1));
    expect(
      rows.map((row) => ({
        units: row.units.map((u) => u.name),
        lead: row.lead,
        unitStatus: row.unitStatus,
        deadlineClass: row.deadline.class,
        deadlineDate: row.deadline.date,
      })),
    ).toEqual(
      fixture.expected.map((e) => ({
        units: e.units,
        lead: e.lead,
        unitStatus: e.unitStatus,
        deadlineClass: e.deadlineClass,
        deadlineDate: e.deadlineDate,
      })),
    );
    const errors = json.sheets[0].findings.some((f) => f.severity === "error");
    expect(r.code).toBe(errors ? 1 : 0);
  });

  it("every sheet with a table is reported; prose sheets are skipped", async () => {
    const wb = fixtureWorkbook("seed-000", "经开区");
    snapshotToWorksheet(wb, fixtureLayout(loadFixture("seed-003"), "中方县").snapshot);
    wb.addWorksheet("说明").getCell("A1").value = "本表由办公室汇总，请各单位核对。";
    const r = taskplan(["check", await save(wb, "several.xlsx"), "--json"]);
    expect((JSON.parse(r.stdout) as Report).sheets.map((s) => s.sheet)).toEqual(["经开区", "中方县"]);
    const one = taskplan(["check", join(dir, "several.xlsx"), "--json", "--sheet", "中方县"]);
    expect((JSON.parse(one.stdout) as Report).sheets.map((s) => s.sheet)).toEqual(["中方县"]);
  });

  it("department tabs this tool generated are copies of the plan and are not checked again", async () => {
    const pkg = XlsxPackage.open(new Uint8Array(await workbookToBuffer(fixtureWorkbook("seed-003"))));
    applyTabsToPackage(
      pkg,
      {
        sourceSheet: "责任分工",
        tabs: [
          {
            name: "县财政局",
            kind: "department",
            unit: "县财政局",
            title: "县财政局任务清单",
            header: ["序号", "公开领域", "责任单位", "时限要求"],
            rows: [["1", "财政预决算", "县财政局", "及时公开"]],
            links: [],
            widths: [6, 20, 16, 12],
          },
        ],
      },
      [],
    );
    const file = join(dir, "with-tabs.xlsx");
    writeFileSync(file, pkg.toBytes());
    expect((JSON.parse(taskplan(["check", file, "--json"]).stdout) as Report).sheets.map((s) => s.sheet)).toEqual(["责任分工"]);
    // asked by name, the clerk is told what the tab is instead of a check of its blank columns
    const tab = taskplan(["check", file, "--sheet", "县财政局"]);
    expectUnusable(tab);
    expect(tab.stderr).toContain("“县财政局”是本工具生成的分表");
  });
});

describe("the plan year from the file's name", () => {
  // 大竹县 2016年民生实事目标任务分解表 without its title row: months only (12月底前), no year on the sheet.
  const dazhu = loadGenre("dazhu-2016");
  const datesOf = async (name: string) => {
    const wb = new ExcelJS.Workbook();
    snapshotToWorksheet(wb, untitledSheet(dazhu));
    const r = taskplan(["check", await save(wb, name), "--json"]);
    expect(r.stderr).toBe("");
    return (JSON.parse(r.stdout) as Report).sheets[0].rows.map((row) => row.deadline.date);
  };

  it("dates year-less deadlines from a file named with its year", async () => {
    expect(await datesOf("2016年民生实事目标任务分解表.xlsx")).toEqual(dazhu.expected.map((e) => e?.deadlineDate));
  });

  it("leaves them undated in a file named without one", async () => {
    expect(await datesOf("新建 Microsoft Excel 工作表.xlsx")).toEqual(dazhu.expected.map(() => null));
  });

  it("says the year and where it came from, or that none was found, in the text and in --json", async () => {
    const fileOf = async (name: string) => {
      const wb = new ExcelJS.Workbook();
      snapshotToWorksheet(wb, untitledSheet(dazhu));
      return save(wb, name);
    };
    const named = await fileOf("2016年民生实事目标任务分解表.xlsx");
    expect(taskplan(["check", named]).stdout).toMatch(/\n {2}列：[^\n]*\n {2}计划年度：2016年（取自文件名）\n/);
    expect(taskplan(["check", named, "--lang", "en"]).stdout).toContain("\n  Plan year: 2016 (from the file name)\n");
    const sheet = (JSON.parse(taskplan(["check", named, "--json"]).stdout) as Report).sheets[0];
    expect([sheet.planYear, sheet.planYearSource]).toEqual([2016, "workbook"]);

    const unnamed = await fileOf("工作簿1.xlsx");
    expect(taskplan(["check", unnamed]).stdout).toContain("\n  未找到计划年度：不带年份的期限（如“6月底前”）无法定日期。可在设置中填写计划年度。\n");
    const cfg = join(dir, "year.json");
    writeFileSync(cfg, JSON.stringify({ planYear: 2016 }));
    expect(taskplan(["check", unnamed, "--config", cfg]).stdout).toContain("\n  计划年度：2016年（取自设置）\n");
    const set = (JSON.parse(taskplan(["check", unnamed, "--json", "--config", cfg]).stdout) as Report).sheets[0];
    expect([set.planYear, set.planYearSource]).toEqual([2016, "settings"]);
  });
});

describe("the plan year from the tasks' own text", () => {
  // The same untitled sheet in a file named 附件2, one task writing the year its work is in.
  const dazhu = loadGenre("dazhu-2016");
  const FIRST_TASK = "启动建设东柳河城区段综合治理工程和东湖湿地公园。";

  it("dates year-less deadlines from it and says so, in the text and in --json", async () => {
    const sheet = untitledSheet(dazhu);
    const values = sheet.values.map((row) => row.map((v) => (v === FIRST_TASK ? `2016年${FIRST_TASK}` : v)));
    expect(values.flat()).toContain(`2016年${FIRST_TASK}`);
    const wb = new ExcelJS.Workbook();
    snapshotToWorksheet(wb, { ...sheet, values });
    const file = await save(wb, "附件2.xlsx");
    expect(taskplan(["check", file]).stdout).toMatch(/\n {2}列：[^\n]*\n {2}计划年度：2016年（取自任务内容）\n/);
    expect(taskplan(["check", file, "--lang", "en"]).stdout).toContain("\n  Plan year: 2016 (from the tasks' text)\n");
    const read = (JSON.parse(taskplan(["check", file, "--json"]).stdout) as Report).sheets[0];
    expect([read.planYear, read.planYearSource]).toEqual([2016, "tasks"]);
    expect(read.rows.map((row) => row.deadline.date)).toEqual(dazhu.expected.map((e) => e?.deadlineDate));
  });
});

describe("exit codes", () => {
  it("0 when no finding is an error (seed 000 names a unit on every row)", async () => {
    expect(taskplan(["check", await save(fixtureWorkbook("seed-000"), "ok.xlsx")]).code).toBe(0);
  });

  it("1 when a task has no responsible unit", async () => {
    const wb = fixtureWorkbook("seed-003");
    const ws = wb.getWorksheet("责任分工")!;
    ws.getCell("E4").value = null; // 责任单位 of the second task
    const r = taskplan(["check", await save(wb, "missing-unit.xlsx"), "--json"]);
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as Report).sheets[0].findings;
    expect(findings).toContainEqual(expect.objectContaining({ rule: "missing-unit", severity: "error", cell: "E4", row: 4 }));
  });

  it("2 for a text file renamed .xlsx", () => {
    const file = join(dir, "plan.xlsx.txt");
    writeFileSync(file, "序号,工作任务,责任单位\n1,公开,县政府办\n");
    const renamed = join(dir, "renamed.xlsx");
    writeFileSync(renamed, readFileSync(file));
    expectUnusable(taskplan(["check", renamed]));
  });

  it("2 for a missing file, a file that is not .xlsx, an unknown sheet, a workbook without a table", async () => {
    expectUnusable(taskplan(["check", join(dir, "nowhere.xlsx")]));
    expectUnusable(taskplan(["check", join(dir, "plan.xlsx.txt")]));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("通知").getCell("A1").value = "关于印发政务公开工作要点的通知";
    const prose = await save(wb, "prose.xlsx");
    const r = taskplan(["check", prose]);
    expectUnusable(r);
    expect(r.stderr).toContain("任务分工表");
    expectUnusable(taskplan(["check", await save(fixtureWorkbook("seed-000"), "s.xlsx"), "--sheet", "没有这页"]));
  });

  it("a settings file can raise a rule to an error, turning exit 0 into 1", async () => {
    const file = await save(fixtureWorkbook("seed-000"), "strict.xlsx");
    const cfg = join(dir, "strict.json");
    writeFileSync(cfg, JSON.stringify({ rules: { "vague-deadline": { severity: "error" } } }));
    const r = taskplan(["check", file, "--json", "--config", cfg]);
    expect(r.code).toBe(1);
    const vague = (JSON.parse(r.stdout) as Report).sheets[0].findings.filter((f) => f.rule === "vague-deadline");
    expect(vague.length).toBe(loadFixture("seed-000").expected.filter((e) => e.deadlineClass === "vague").length);
    expect(vague.every((f) => f.severity === "error")).toBe(true);
  });

  it("2 for a bad settings file or --lang", async () => {
    const file = await save(fixtureWorkbook("seed-000"), "cfg.xlsx");
    const cfg = join(dir, "bad.json");
    writeFileSync(cfg, JSON.stringify({ leadRule: "sometimes" }));
    expectUnusable(taskplan(["check", file, "--config", cfg]));
    expectUnusable(taskplan(["check", file, "--lang", "fr"]));
  });
});

describe("readable summary", () => {
  it("says where the table is, how many tasks each rule hit, and the findings task by task, in zh or en", async () => {
    const file = await save(fixtureWorkbook("seed-000"), "summary.xlsx");
    const zh = taskplan(["check", file]).stdout;
    expect(zh).toContain("工作表“责任分工”");
    expect(zh).toContain("表头第 2 行，任务第 3–54 行，共 52 项");
    expect(zh).toMatch(new RegExp(`${RULE_LABELS["vague-deadline"].zh}\\s+42 项\\s+vague-deadline`));
    // the task by its 序号 and words, then its findings, each suggestion on a line of its own
    expect(zh).toMatch(/\n {4}第52项 3\.政务热线：进一步清理整合政务热线[^\n]*\n {6}A53\s+警告\s+序号由50跳至52，缺少51[^\n]*\n\s+建议：[^\n]*\n {6}G53\s+警告[^\n]*\n\s+建议：/);
    const en = taskplan(["check", file, "--lang", "en"]).stdout;
    expect(en).toContain('Sheet "责任分工"');
    expect(en).toMatch(new RegExp(`${RULE_LABELS["vague-deadline"].en}\\s+42 tasks\\s+vague-deadline`));
    expect(en).toMatch(/\n {4}No\. 52 3\.政务热线/);
  });

  it("--summary prints the paragraph for a reply 公文, and only that", async () => {
    const file = await save(fixtureWorkbook("seed-000"), "reply.xlsx");
    const r = taskplan(["check", file, "--summary"]);
    expect(r.code).toBe(0);
    const generic = loadFixture("seed-000").rows.filter((_, i) => loadFixture("seed-000").expected[i].unitStatus === "generic").map((row) => row[0]);
    expect(r.stdout).toMatch(/^共52项任务；[^\n]+。\n$/);
    expect(r.stdout).toContain(`${RULE_LABELS["generic-unit-only"].zh}5项（第${generic.join("、")}项）`);
    expect(taskplan(["check", file, "--summary", "--lang", "en"]).stdout).toMatch(/^52 tasks; [^\n]+\.\n$/);
  });
});

describe("--out and clear", () => {
  it("writes a marked copy, never touching the input; clear gives back the original cells", async () => {
    const input = await save(fixtureWorkbook("seed-003"), "input.xlsx");
    const before = readFileSync(input);
    const marked = join(dir, "marked.xlsx");
    const r = taskplan(["check", input, "--out", marked, "--json"]);
    expect(readFileSync(input).equals(before)).toBe(true);
    const report = JSON.parse(r.stdout) as Report;

    const mwb = await open(marked);
    const ws = mwb.getWorksheet("责任分工")!;
    const flagged = report.sheets[0].findings.filter((f) => f.row !== null);
    expect(flagged.length).toBeGreaterThan(0);
    const sheetXml = XlsxPackage.open(readFileSync(marked)).text("xl/worksheets/sheet1.xml")!;
    const ruled = [...sheetXml.matchAll(/<conditionalFormatting sqref="([^"]+)">/g)].map((m) => m[1]).join(" ");
    for (const f of flagged) {
      expect(JSON.stringify(ws.getCell(f.cell).note)).toContain(f.message.slice(0, 10));
      const col = f.cell.replace(/\d+/g, "");
      const row = Number(f.cell.replace(/\D+/g, ""));
      const covered = ruled.split(" ").some((ref) => {
        const [a, b = a] = ref.split(":");
        return a.replace(/\d+/g, "") === col && Number(a.replace(/\D+/g, "")) <= row && row <= Number(b.replace(/\D+/g, ""));
      });
      expect([f.cell, covered]).toEqual([f.cell, true]);
    }
    expect(mwb.worksheets.map((w) => w.name)).toEqual(["责任分工", "检查结果"]);
    // the 检查结果 sheet: a row per finding, each linked to its cell on the plan
    const results = mwb.getWorksheet("检查结果")!;
    expect(results.getRow(2).values).toEqual([undefined, "序号", "任务", "问题", "建议", "单元格"]);
    // exceljs does not read links within the workbook: the part says where each points
    const resultsXml = XlsxPackage.open(readFileSync(marked)).text("xl/worksheets/sheet2.xml")!;
    const links = [...resultsXml.matchAll(/<hyperlink ref="(E\d+)" location="([^"]+)"/g)].map((m) => [results.getCell(m[1]).text, m[2].replace(/&apos;/g, "'")]);
    expect(links.sort()).toEqual(flagged.map((f) => [f.cell, `'责任分工'!${f.cell}`]).sort());

    const clean = join(dir, "clean.xlsx");
    const c = taskplan(["clear", marked, "--out", clean]);
    expect(c.code).toBe(0);
    expect(c.stdout).toContain(`${new Set(flagged.map((f) => f.cell)).size} 个单元格`);
    const cleaned = XlsxPackage.open(readFileSync(clean));
    const original = XlsxPackage.open(before);
    expect(cleaned.names()).toEqual(original.names());
    for (const name of original.names()) expect([name, cleaned.text(name)]).toEqual([name, original.text(name)]);
  });

  it("a checked copy: its 检查结果 sheet is not checked again, and split still finds the plan", async () => {
    const input = await save(fixtureWorkbook("seed-003"), "checked-then-split.xlsx");
    const marked = join(dir, "checked-then-split.marked.xlsx");
    taskplan(["check", input, "--out", marked]);
    expect((JSON.parse(taskplan(["check", marked, "--json"]).stdout) as Report).sheets.map((s) => s.sheet)).toEqual(["责任分工"]);
    const split = taskplan(["split", marked, "--out", join(dir, "checked-then-split.tabs.xlsx")]);
    expect(split.code).toBe(0);
    expect(split.stdout).toContain("工作表“责任分工”");
  });

  it("a plan beside a numbered directory of contacts: only the plan is checked, one 检查结果 sheet", async () => {
    const wb = fixtureWorkbook("seed-003");
    const contacts = wb.addWorksheet("联系人");
    contacts.addRows([
      ["序号", "单位名称", "联系人", "职务", "联系电话", "手机"],
      [1, "县政府办公室", "王伟", "综合股股长", "0916-2626001", "13891600001"],
      [2, "县发展和改革局", "李娜", "办公室主任", "0916-2626002", "13891600002"],
      [3, "县财政局", "张强", "副局长", "0916-2626003", "13891600003"],
    ]);
    const input = await save(wb, "plan-and-contacts.xlsx");
    expect((JSON.parse(taskplan(["check", input, "--json"]).stdout) as Report).sheets.map((s) => s.sheet)).toEqual(["责任分工"]);
    const marked = join(dir, "plan-and-contacts.marked.xlsx");
    expect(taskplan(["check", input, "--out", marked]).code).not.toBe(2);
    expect((await open(marked)).worksheets.map((w) => w.name)).toEqual(["责任分工", "联系人", "检查结果"]);

    wb.removeWorksheet(wb.getWorksheet("责任分工")!.id);
    const alone = taskplan(["check", await save(wb, "contacts-only.xlsx")]);
    expectUnusable(alone);
    expect(alone.stderr).toContain("所有工作表中都没有找到任务分工表");
  });

  it("refuses to write over the input, however the path names it", async () => {
    const input = await save(fixtureWorkbook("seed-000"), "self.xlsx");
    const before = readFileSync(input);
    symlinkSync(input, join(dir, "self-link.xlsx"));
    linkSync(input, join(dir, "self-hard.xlsx"));
    for (const out of [input, join(dir, "SELF.XLSX"), join(dir, "self-link.xlsx"), join(dir, "self-hard.xlsx"), join(dir, "demo", "..", "self.xlsx")]) {
      const r = taskplan(["check", input, "--out", out, "--force"]);
      expectUnusable(r);
      expect(r.stderr).toContain("输出文件不能与输入文件相同");
    }
    expectUnusable(taskplan(["clear", join(dir, "self-link.xlsx"), "--out", input, "--force"]));
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});

describe("outputs never destroy a file", () => {
  it("an existing --out file is kept unless --force, for check, clear, split and roster", async () => {
    const input = await save(fixtureWorkbook("seed-003"), "keep-in.xlsx");
    const out = join(dir, "keep-out.xlsx");
    writeFileSync(out, "the staff's own file");
    for (const args of [["check", input], ["clear", input], ["split", input], ["roster", input]]) {
      const r = taskplan([...args, "--out", out]);
      expectUnusable(r);
      expect(r.stderr).toMatch(/输出文件已存在，未覆盖.*--force/);
      expect(readFileSync(out, "utf8")).toBe("the staff's own file");
    }
    expect(taskplan(["check", input, "--out", out, "--force"]).code).toBe(0);
    expect((await open(out)).getWorksheet("责任分工")).toBeDefined();
    expect(taskplan(["clear", out, "--out", join(dir, "keep-clean.xlsx")]).code).toBe(0);
    expect(taskplan(["split", input, "--out", out, "--force"]).code).toBe(0);
    expect(taskplan(["roster", input, "--out", out, "--force"]).code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.includes("taskplan-tmp"))).toEqual([]);
  });

  it("a folder or a link in place of --out is never replaced, even with --force", async () => {
    const input = await save(fixtureWorkbook("seed-000"), "to-folder.xlsx");
    mkdirSync(join(dir, "a-folder.xlsx"));
    expectUnusable(taskplan(["check", input, "--out", join(dir, "a-folder.xlsx"), "--force"]));
    writeFileSync(join(dir, "target.txt"), "elsewhere");
    symlinkSync(join(dir, "target.txt"), join(dir, "via-link.xlsx"));
    expectUnusable(taskplan(["check", input, "--out", join(dir, "via-link.xlsx"), "--force"]));
    expect(readFileSync(join(dir, "target.txt"), "utf8")).toBe("elsewhere");
  });

  it("an .xlsm stays .xlsm: --out x.xlsx is refused with a clear line", async () => {
    const input = join(dir, "macro.xlsm");
    copyFileSync(await save(fixtureWorkbook("seed-000"), "macro-src.xlsx"), input);
    const r = taskplan(["check", input, "--out", join(dir, "macro-out.xlsx")]);
    expectUnusable(r);
    expect(r.stderr).toContain(".xlsm");
    expect(existsSync(join(dir, "macro-out.xlsx"))).toBe(false);
    const back = taskplan(["check", await save(fixtureWorkbook("seed-000"), "plain.xlsx"), "--out", join(dir, "plain-out.xlsm")]);
    expectUnusable(back);
    expect(taskplan(["check", input, "--out", join(dir, "macro-out.xlsm")]).code).toBe(0);
  });

  it("a failed write leaves neither a half file nor the temporary one", () => {
    const folder = join(dir, "failing");
    mkdirSync(join(folder, "busy.xlsx"), { recursive: true });
    writeFileSync(join(folder, "busy.xlsx", "inside"), "x"); // a non-empty folder: rename over it fails
    expect(() => writeFileAtomically(join(folder, "busy.xlsx"), new Uint8Array(10), { replace: true })).toThrow(PlanError);
    writeFileSync(join(folder, "there.xlsx"), "first");
    expect(() => writeFileAtomically(join(folder, "there.xlsx"), new Uint8Array(10), { replace: false })).toThrow(/--force/);
    expect(readFileSync(join(folder, "there.xlsx"), "utf8")).toBe("first");
    expect(() => writeFileAtomically(join(folder, "no", "such", "dir.xlsx"), new Uint8Array(10), { replace: true })).toThrow(PlanError);
    expect(readdirSync(folder).sort()).toEqual(["busy.xlsx", "there.xlsx"]);
  });
});

describe("only regular files are read", () => {
  it("a FIFO, a folder, a device, /dev/zero through a link, an oversized file: one line, exit 2, no hang", () => {
    const fifo = join(dir, "pipe.xlsx");
    execSync(`mkfifo ${JSON.stringify(fifo)}`);
    mkdirSync(join(dir, "folder.xlsx"));
    symlinkSync("/dev/zero", join(dir, "zero.xlsx"));
    const huge = join(dir, "huge.xlsx");
    closeSync(openSync(huge, "w"));
    truncateSync(huge, MAX_INPUT_BYTES + 1); // sparse: no disk used
    for (const file of [fifo, join(dir, "folder.xlsx"), join(dir, "zero.xlsx"), "/dev/null"]) {
      const r = spawnSync(process.execPath, [BIN, "check", file], { cwd: dir, encoding: "utf8", timeout: 20_000 });
      expect(r.signal).toBeNull(); // not killed by the timeout
      expectUnusable({ code: r.status, stdout: r.stdout, stderr: r.stderr });
      expect(r.stderr).toContain("不是普通文件");
    }
    const r = taskplan(["check", huge]);
    expectUnusable(r);
    expect(r.stderr).toContain("200 MB");
    const cfg = taskplan(["check", huge, "--config", fifo]);
    expectUnusable(cfg);
    expect(cfg.stderr).toContain("设置文件");
  });
});

describe("settings", () => {
  it("a settings file with a UTF-8 BOM is read", async () => {
    const file = await save(fixtureWorkbook("seed-000"), "bom.xlsx");
    const cfg = join(dir, "bom.json");
    writeFileSync(cfg, `\uFEFF${JSON.stringify({ rules: { "vague-deadline": { severity: "error" } } })}`);
    expect(taskplan(["check", file, "--config", cfg]).code).toBe(1);
  });

  it.each(["1", "XFE", "ZZZZZZZZZZ"])("a column value %j is refused, naming the key and A–XFD", async (bad) => {
    const file = await save(fixtureWorkbook("seed-000"), "col.xlsx");
    const cfg = join(dir, "col.json");
    writeFileSync(cfg, JSON.stringify({ columns: { units: bad } }));
    const r = taskplan(["check", file, "--config", cfg]);
    expectUnusable(r);
    expect(r.stderr).toContain("columns.units");
    expect(r.stderr).toContain("A–XFD");
  });

  it("settings saved in the workbook are used; damaged ones fall back to the defaults with a notice", async () => {
    const withSettings = async (config: object, name: string) => {
      const host = await FileHost.fromBytes(await workbookToBuffer(fixtureWorkbook("seed-000")), name);
      await host.saveSettings(config as never);
      const file = join(dir, name);
      writeFileSync(file, host.toBytes());
      return file;
    };
    expect(taskplan(["check", await withSettings({ rules: { "vague-deadline": { severity: "error" } } }, "saved-strict.xlsx")]).code).toBe(1);

    const r = taskplan(["check", await withSettings({ columns: { units: "ZZZZ" } }, "saved-damaged.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^注意：工作簿中保存的设置无效，已改用默认设置（[^\n]*columns\.units[^\n]*） \/ Notice: [^\n]+\n$/);
    expect(r.stdout).toContain("表头第 2 行，任务第 3–54 行，共 52 项");
  });
});

describe("demo", () => {
  it("checks the bundled sample and writes the marked copy into out/", async () => {
    const cwd = join(dir, "demo");
    mkdirSync(cwd);
    const sample = readFileSync(join(ROOT, "samples", "sample-plan.xlsx"));
    const r = taskplan(["demo"], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("工作表“责任分工”");
    expect(r.stdout).toContain("out/sample-plan.marked.xlsx");
    const marked = XlsxPackage.open(readFileSync(join(cwd, "out", "sample-plan.marked.xlsx")));
    expect(marked.names().some((n) => /taskplan/.test(marked.text(n) ?? ""))).toBe(true);
    expect(readFileSync(join(ROOT, "samples", "sample-plan.xlsx")).equals(sample)).toBe(true);
    expect(taskplan(["demo"], cwd).code).toBe(0); // run again: its own marked copy is replaced
  });
});

describe("needs the in-place package host (branch `file`)", () => {
  const zipOf = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
  const types = (main: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${main.split(" ")[0]}" ContentType="${main.split(" ")[1]}"/></Types>`;
  it.each([
    ["an OpenDocument spreadsheet", ".ods", () => zipOf({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office:document-content/>" })],
    ["an Excel binary workbook", ".xlsb", () => zipOf({ "[Content_Types].xml": types("xl/workbook.bin application/vnd.ms-excel.sheet.binary.macroEnabled.main"), "xl/workbook.bin": "\u0083\u0001" })],
    ["a Word document", ".docx", () => zipOf({ "[Content_Types].xml": types("word/document.xml application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"), "word/document.xml": "<w:document/>" })],
    ["an old Excel workbook", ".xls", () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)])],
  ])("%s renamed .xlsx is named for what it is (%s)", (_what, ext, bytes) => {
    const file = join(dir, `renamed${ext.replace(".", "-")}.xlsx`);
    writeFileSync(file, bytes());
    const r = taskplan(["check", file]);
    expectUnusable(r);
    expect(r.stderr).toContain(ext);
  });

  it("damaged settings JSON saved in the workbook: the defaults, with a notice", async () => {
    const host = await FileHost.fromBytes(await workbookToBuffer(fixtureWorkbook("seed-000")), "damaged-json.xlsx");
    await host.saveSettings({ lang: "zh" });
    const pkg = XlsxPackage.open(host.toBytes());
    const part = pkg.names().find((n) => /^customXml\/item\d+\.xml$/.test(n) && (pkg.text(n) ?? "").includes('"lang"'));
    if (!part) throw new Error("settings part not written");
    pkg.setText(part, (pkg.text(part) ?? "").replace('{"lang":"zh"}', '{"rules": {"vague-deadline": {"severity": "error"'));
    const file = join(dir, "damaged-json.xlsx");
    writeFileSync(file, pkg.toBytes());
    const r = taskplan(["check", file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^注意：工作簿中保存的设置无效，已改用默认设置[^\n]* \/ Notice: [^\n]+\n$/);
  });
});


describe("start-up", () => {
  it("a check given no settings loads no zod; settings load it and are read", async () => {
    const home = mkdtempSync(join(tmpdir(), "taskplan-zod-"));
    try {
      const file = join(home, "plan.xlsx");
      writeFileSync(file, Buffer.from(await workbookToBuffer(fixtureWorkbook("seed-000"))));
      writeFileSync(join(home, "settings.json"), JSON.stringify({ lang: "en" }));
      // The run's words, then how many of zod's own modules it loaded.
      const run = (...args: string[]) => {
        const script = `
          require(${JSON.stringify(join(ROOT, "lib", "cli", "index.js"))}).main(["node", "taskplan", ...${JSON.stringify(args)}]).then(() => {
            const zod = Object.keys(require.cache).filter((f) => /zod[\\\\/]v4[\\\\/]/.test(f)).length;
            process.stdout.write("\\nzod modules: " + zod + "\\n");
          });`;
        const r = spawnSync(process.execPath, ["-e", script], { cwd: home, encoding: "utf8" });
        expect(r.stderr).toBe("");
        return { words: r.stdout, zod: Number(/zod modules: (\d+)/.exec(r.stdout)?.[1]) };
      };
      const plain = run("check", "plan.xlsx", "--out", "marked.xlsx");
      expect(plain.words).toContain("已写入带标记的副本");
      expect(plain.zod).toBe(0);
      const set = run("check", "plan.xlsx", "--config", "settings.json");
      expect(set.words).toContain("File: plan.xlsx");
      expect(set.zod).toBeGreaterThan(0);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it("zod's locales load only when one is read, and zod's own messages stay English", () => {
    // What the CLI does before zod loads, then what a run of zod needs, in a fresh node.
    const script = `
      require(${JSON.stringify(join(ROOT, "lib", "cli", "zodlocales.js"))}).deferZodLocales();
      const { z } = require("zod");
      const locales = () => Object.keys(require.cache).filter((f) => /zod[\\\\/]v4[\\\\/]locales[\\\\/][\\w-]+\\.cjs$/.test(f) && !f.endsWith("index.cjs")).map((f) => f.replace(/^.*[\\\\/]/, ""));
      const before = locales();
      const zhCN = z.locales.zhCN().localeError({ code: "invalid_type", expected: "string", input: 1 });
      process.stdout.write(JSON.stringify({ before, after: locales(), zhCN, en: z.string().safeParse(1).error.issues[0].message }));`;
    const r = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({
      before: ["en.cjs"],
      after: ["en.cjs", "zh-CN.cjs"],
      zhCN: "无效输入：期望 string，实际接收 数字",
      en: "Invalid input: expected string, received number",
    });
  });
});
