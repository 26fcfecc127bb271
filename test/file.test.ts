// The exceljs file layer: what a snapshot reads from real-looking workbooks, the errors a bad file
// gives, and marks that come off leaving every cell exactly as the user had it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Workbook } from "exceljs";
import { checkSheet, planMarks, type MarkPlan, type PlanError } from "../src/core";
import { FileHost } from "../src/file/host";
import { applyMarks, clearMarks, markedSheets } from "../src/file/marks";
import { openXlsxFile, writeXlsxFile } from "../src/file/node";
import {
  dateToSerial,
  loadWorkbook,
  MARKS_SHEET,
  readSnapshot,
  snapshotToWorksheet,
  workbookToBuffer,
} from "../src/file/xlsx";
import { fixtureIds, fixtureLayout, loadFixture } from "./support/fixtures";
import { cellStates, fixtureWorkbook } from "./support/workbooks";

async function reload(wb: Workbook): Promise<Workbook> {
  return loadWorkbook(await workbookToBuffer(wb));
}

async function planError(p: Promise<unknown>): Promise<PlanError> {
  try {
    await p;
  } catch (e) {
    return e as PlanError;
  }
  throw new Error("expected a PlanError");
}

describe("readSnapshot", () => {
  it("reads what a person sees: rich text, formula results, link text, dates, errors, merges", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("责任分工");
    ws.getCell("B3").value = { richText: [{ text: "责任", font: { bold: true } }, { text: "单位" }] };
    ws.getCell("C3").value = { formula: "1+1", result: 2 };
    ws.getCell("D3").value = { formula: 'CONCAT("市","财政局")', result: "市财政局" };
    ws.getCell("B4").value = { text: "政府网站", hyperlink: "http://example.gov.cn" };
    ws.getCell("C4").value = new Date(Date.UTC(2019, 5, 30));
    ws.getCell("D4").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("B5").value = "=HYPERLINK(\"x\")";
    ws.getCell("C5").value = "县财政局";
    ws.mergeCells("C5:D6");
    const snap = readSnapshot((await reload(wb)).getWorksheet("责任分工")!);

    expect(snap.origin).toEqual({ row: 2, col: 1 });
    expect(snap.values).toEqual([
      ["责任单位", 2, "市财政局"],
      ["政府网站", dateToSerial(new Date(Date.UTC(2019, 5, 30))), { error: "#N/A" }],
      ["=HYPERLINK(\"x\")", "县财政局", null],
      [null, null, null],
    ]);
    expect(snap.values[1][1]).toBe(43646); // Excel's serial for 2019-06-30
    expect(snap.dateCells).toEqual([[3, 2]]);
    expect(snap.merges).toEqual([{ top: 4, left: 2, bottom: 5, right: 3 }]);
  });

  it.each(fixtureIds())("%s: a fixture written as a sheet reads back as the same snapshot", async (id) => {
    const { snapshot } = fixtureLayout(loadFixture(id), "责任分工");
    const wb = new ExcelJS.Workbook();
    snapshotToWorksheet(wb, snapshot);
    const back = readSnapshot((await reload(wb)).getWorksheet("责任分工")!);
    const byPosition = (a: { top: number; left: number }, b: { top: number; left: number }) => a.top - b.top || a.left - b.left;
    expect(back.values).toEqual(snapshot.values);
    expect(back.merges.sort(byPosition)).toEqual([...snapshot.merges].sort(byPosition));
  });

  it("many merged areas load fast and exactly; overlapping ones are still refused", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("大表");
    for (let r = 1; r <= 6000; r += 3) {
      ws.getCell(r, 1).value = `类别${r}`;
      ws.mergeCells(r, 1, r + 2, 1);
      ws.getCell(r, 2).value = `任务${r}`;
    }
    ws.mergeCells("C1:D1");
    const bytes = await workbookToBuffer(wb);
    const snap = readSnapshot((await loadWorkbook(bytes)).getWorksheet("大表")!);
    expect(snap.merges).toHaveLength(2001);
    expect(snap.merges).toContainEqual({ top: 2997, left: 0, bottom: 2999, right: 0 });
    expect(snap.values[2998][0]).toBeNull(); // inside a merge: read through its top cell only

    // a file whose merged areas overlap (A1:D1 over A1:A3) is refused, as exceljs refuses it
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", xml.replace('ref="C1:D1"', 'ref="A1:D1"'));
    const broken = await zip.generateAsync({ type: "uint8array" });
    expect((await planError(loadWorkbook(broken))).code).toBe("bad-file");
  });

  it("an empty sheet is an empty snapshot", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("空");
    expect(readSnapshot(wb.getWorksheet("空")!)).toEqual({ sheet: "空", origin: { row: 0, col: 0 }, values: [], dateCells: [], merges: [] });
  });
});

describe("loadWorkbook", () => {
  const utf16 = (s: string) => Buffer.from(s, "utf16le");
  const cfb = (...parts: Buffer[]) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), ...parts]);

  it.each([
    ["text renamed .xlsx", Buffer.from("序号,工作任务\n1,公开\n"), "bad-file"],
    ["encrypted workbook", cfb(utf16("EncryptionInfo"), utf16("EncryptedPackage")), "encrypted"],
    ["old .xls", cfb(utf16("Workbook"), utf16("SummaryInformation")), "bad-file"],
    ["a zip that is no workbook", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), "bad-file"],
  ])("%s → PlanError %s with zh and en text", async (_name, bytes, code) => {
    const e = await planError(loadWorkbook(bytes));
    expect(e.code).toBe(code);
    expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(e.en).toMatch(/[a-z]/);
  });

  it("a workbook without sheets → empty-workbook", async () => {
    const bytes = await workbookToBuffer(new ExcelJS.Workbook());
    expect((await planError(loadWorkbook(bytes))).code).toBe("empty-workbook");
  });
});

// ---------------------------------------------------------------- marks

const RED = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } } as const;

/** A sheet with what users do to cells: fills, bold, borders, number formats, notes (plain and rich). */
function userWorkbook(): Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("责任分工");
  wb.addWorksheet("说明").getCell("A1").value = "不要动这一页";
  const rows = [
    ["序号", "工作任务", "责任单位", "完成时间"],
    [1, "推进政务公开", "各有关部门", "及时公开"],
    [2, "政策解读", "", "2019年6月"],
    [3, "回应关切", "县政府办", "持续推进"],
  ];
  rows.forEach((r) => ws.addRow(r).eachCell((c) => (c.border = { bottom: { style: "thin" } })));
  ws.getRow(1).font = { bold: true, name: "黑体" };
  ws.getCell("C2").fill = { ...RED };
  ws.getCell("C2").note = "请核实部门名称";
  ws.getCell("D3").note = { texts: [{ font: { bold: true }, text: "王科长：" }, { text: "6月底前" }] };
  ws.getCell("D4").numFmt = "@";
  ws.getCell("B3").alignment = { wrapText: true };
  return wb;
}

const plan: MarkPlan = {
  sheet: "责任分工",
  marks: [
    { row: 1, col: 2, address: "C2", severity: "warning", note: "任务分工助手：\n• 只有泛指单位" },
    { row: 2, col: 2, address: "C3", severity: "error", note: "任务分工助手：\n• 缺少责任单位" },
    { row: 2, col: 3, address: "D3", severity: "info", note: "任务分工助手：\n• 核对年份" },
    { row: 3, col: 3, address: "D4", severity: "info", note: "任务分工助手：\n• 持续推进" },
  ],
};

describe("marks", () => {
  it("paint, note, save, reload, clear, save, reload: every cell exactly as the user left it", async () => {
    const original = await reload(userWorkbook());
    const before = cellStates(original.getWorksheet("责任分工")!);

    applyMarks(original, plan);
    const marked = await reload(original);
    const ws = marked.getWorksheet("责任分工")!;
    expect(ws.getCell("C3").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell("C2").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    expect(ws.getCell("D4").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    // the user's notes stay first, ours follow with the tool's name bold
    const c2 = ws.getCell("C2").note as ExcelJS.Comment;
    expect(c2.texts!.map((t) => t.text).join("")).toBe("请核实部门名称\n\n任务分工助手：\n• 只有泛指单位");
    expect(c2.texts!.find((t) => t.text === "任务分工助手：")!.font).toMatchObject({ bold: true });
    const d3 = ws.getCell("D3").note as ExcelJS.Comment;
    expect(d3.texts!.map((t) => t.text).join("")).toBe("王科长：6月底前\n\n任务分工助手：\n• 核对年份");
    // values and the rest of each style are untouched
    expect(ws.getCell("D4").numFmt).toBe("@");
    expect(ws.getCell("C3").border).toEqual({ bottom: { style: "thin" } });
    expect(marked.getWorksheet(MARKS_SHEET)!.state).toBe("veryHidden");
    expect(markedSheets(marked)).toEqual(["责任分工"]);

    expect(clearMarks(marked, "责任分工")).toBe(4);
    const cleared = await reload(marked);
    expect(cellStates(cleared.getWorksheet("责任分工")!)).toEqual(before);
    expect(cleared.getWorksheet(MARKS_SHEET)).toBeUndefined();
    expect(cleared.getWorksheet("说明")!.getCell("A1").value).toBe("不要动这一页");
  });

  it("marking one cell never repaints another cell that shared its style", async () => {
    const wb = await reload(userWorkbook());
    const ws = wb.getWorksheet("责任分工")!;
    const sharedBefore = JSON.stringify(ws.getCell("B2").style);
    applyMarks(wb, { sheet: "责任分工", marks: [plan.marks[1]] });
    expect(JSON.stringify(ws.getCell("B2").style)).toBe(sharedBefore);
    expect(JSON.stringify(ws.getCell("B3").style)).not.toContain("FFFFC7CE");
  });

  it("re-marking restores the earlier marks first, so clearing still gives the original", async () => {
    const wb = await reload(userWorkbook());
    const before = cellStates(wb.getWorksheet("责任分工")!);
    applyMarks(wb, plan);
    const again = await reload(wb);
    applyMarks(again, { sheet: "责任分工", marks: [plan.marks[1]] });
    const ws = again.getWorksheet("责任分工")!;
    expect(ws.getCell("C2").note).toBe("请核实部门名称"); // the first run's mark is gone
    expect(ws.getCell("C2").fill).toEqual(RED);
    const once = await reload(again);
    expect(clearMarks(once, "责任分工")).toBe(1);
    expect(cellStates((await reload(once)).getWorksheet("责任分工")!)).toEqual(before);
  });

  it("records larger than one Excel cell are chunked and read back", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("大表");
    const marks: MarkPlan["marks"] = [];
    for (let r = 0; r < 400; r++) {
      ws.getCell(r + 1, 1).value = `任务${r}`;
      ws.getCell(r + 1, 1).note = `用户批注${r}：`.padEnd(300, "注");
      marks.push({ row: r, col: 0, address: `A${r + 1}`, severity: "error", note: "任务分工助手：\n• x" });
    }
    const before = cellStates(ws);
    applyMarks(wb, { sheet: "大表", marks });
    const marked = await reload(wb);
    const record = marked.getWorksheet(MARKS_SHEET)!.getRow(1).values as unknown[];
    expect(record.length).toBeGreaterThan(4); // key + several chunks
    expect(record.slice(2).every((v) => typeof v === "string" && v.length <= 32_767)).toBe(true);
    expect(clearMarks(marked, "大表")).toBe(400);
    expect(cellStates((await reload(marked)).getWorksheet("大表")!)).toEqual(before);
  });

  it("marks the engine plans on a fixture sheet and clears them", async () => {
    const loaded = await reload(fixtureWorkbook("seed-000"));
    const before = cellStates(loaded.getWorksheet("责任分工")!);
    const host = new FileHost(loaded, "plan.xlsx");
    const { report } = checkSheet(await host.readSnapshot("责任分工"));
    const marks = planMarks(report);
    expect(marks.marks.length).toBeGreaterThan(0);
    await host.applyMarks(marks);
    expect(await host.listSheets()).toEqual([{ name: "责任分工", generated: false }]);
    const reopened = new FileHost(await loadWorkbook(await host.toBuffer()), "plan.xlsx");
    // marks change formatting only: the engine reads the same table from the marked sheet
    expect(checkSheet(await reopened.readSnapshot("责任分工")).report).toEqual(report);
    expect(await reopened.clearMarks("责任分工")).toBe(marks.marks.length);
    expect(cellStates((await reload(reopened.workbook)).getWorksheet("责任分工")!)).toEqual(before);
  });
});

describe("FileHost settings", () => {
  it("are kept in the workbook, hidden, and survive a save", async () => {
    const host = new FileHost(await reload(userWorkbook()), "x.xlsx");
    expect(await host.loadSettings()).toEqual({});
    await host.saveSettings({ leadRule: "marked", catchAll: ["局属各单位"] });
    const back = new FileHost(await loadWorkbook(await host.toBuffer()), "x.xlsx");
    expect(await back.loadSettings()).toEqual({ leadRule: "marked", catchAll: ["局属各单位"] });
    expect((await back.listSheets()).map((s) => s.name)).toEqual(["责任分工", "说明"]);
    expect(await back.activeSheet()).toBe("责任分工");
  });
});

describe("openXlsxFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "taskplan-file-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a missing file or one that is not .xlsx → bad-file in both languages", async () => {
    const missing = await planError(openXlsxFile(join(dir, "没有.xlsx")));
    expect([missing.code, missing.zh, missing.en]).toEqual(["bad-file", expect.stringContaining("找不到文件"), expect.stringContaining("not found")]);
    const csv = join(dir, "plan.csv");
    writeFileSync(csv, "序号,工作任务\n");
    expect((await planError(openXlsxFile(csv))).code).toBe("bad-file");
  });

  it("writes a host back to disk and opens it again", async () => {
    const path = join(dir, "plan.xlsx");
    await writeXlsxFile(path, new FileHost(fixtureWorkbook("seed-004"), "plan.xlsx"));
    const host = await openXlsxFile(path);
    expect(host.name).toBe("plan.xlsx");
    expect((await host.readSnapshot("责任分工")).values).toEqual(fixtureLayout(loadFixture("seed-004")).snapshot.values);
  });

  it("the parts exceljs stored are deflated by Node's zlib, names and CRCs kept", async () => {
    const wb = fixtureWorkbook("seed-000");
    const stored = await JSZip.loadAsync(await workbookToBuffer(wb, { stored: true }));
    const path = join(dir, "deflated.xlsx");
    await writeXlsxFile(path, new FileHost(wb, "deflated.xlsx"));
    const bytes = readFileSync(path);
    // checkCRC32: every part's data must match the CRC written for it.
    const written = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(written.files)).toEqual(Object.keys(stored.files));
    for (const name of Object.keys(stored.files)) {
      expect(await written.file(name)?.async("string")).toBe(await stored.file(name)?.async("string"));
    }
    expect(bytes.length).toBeLessThan((await workbookToBuffer(wb, { stored: true })).byteLength / 3);
  });
});
