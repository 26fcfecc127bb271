// The .xlsx file host: what a snapshot reads from real-looking workbooks, the errors a bad file
// gives, and marks (tagged rules + note blocks) that come off leaving every part byte for byte.
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Workbook } from "exceljs";
import { checkSheet, planMarks, type MarkPlan, type PlanError } from "../src/core";
import { FileHost } from "../src/file/host";
import { openXlsxFile, writeXlsxFile } from "../src/file/node";
import { XlsxPackage } from "../src/file/package";
import { dateToSerial, snapshotToWorksheet } from "../src/file/xlsx";
import { fixtureIds, fixtureLayout, loadFixture } from "./support/fixtures";
import { loadGenre, untitledSheet } from "./support/genre";
import { fixtureWorkbook } from "./support/workbooks";

async function bytesOf(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function hostOf(wb: Workbook | Uint8Array, name = "plan.xlsx"): Promise<FileHost> {
  return FileHost.fromBytes(wb instanceof Uint8Array ? wb : await bytesOf(wb), name);
}

async function planError(p: Promise<unknown>): Promise<PlanError> {
  try {
    await p;
  } catch (e) {
    return e as PlanError;
  }
  throw new Error("expected a PlanError");
}

/** Every part of two packages, byte for byte. */
function expectSameParts(a: Uint8Array, b: Uint8Array): void {
  const pa = XlsxPackage.open(a);
  const pb = XlsxPackage.open(b);
  expect(pb.names()).toEqual(pa.names());
  for (const name of pa.names()) {
    const same = Buffer.from(pa.bytes(name)!).equals(Buffer.from(pb.bytes(name)!));
    if (!same) expect([name, pb.text(name)]).toEqual([name, pa.text(name)]);
  }
}

/** Replaces parts of a zip (a workbook some other producer wrote, by hand). */
function withParts(bytes: Uint8Array, parts: Record<string, string>): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return zipSync(files);
}

const partText = (bytes: Uint8Array, name: string) => {
  const files = unzipSync(bytes);
  return files[name] ? strFromU8(files[name]) : undefined;
};

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
    ws.getCell("B5").value = '=HYPERLINK("x")';
    ws.getCell("C5").value = "县财政局";
    ws.mergeCells("C5:D6");
    const snap = await (await hostOf(wb)).readSnapshot("责任分工");

    expect(snap.origin).toEqual({ row: 2, col: 1 });
    expect(snap.values).toEqual([
      ["责任单位", 2, "市财政局"],
      ["政府网站", dateToSerial(new Date(Date.UTC(2019, 5, 30))), { error: "#N/A" }],
      ['=HYPERLINK("x")', "县财政局", null],
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
    const back = await (await hostOf(wb)).readSnapshot("责任分工");
    const byPosition = (a: { top: number; left: number }, b: { top: number; left: number }) => a.top - b.top || a.left - b.left;
    expect(back.values).toEqual(snapshot.values);
    expect(back.merges.sort(byPosition)).toEqual([...snapshot.merges].sort(byPosition));
  });

  it("reads hidden rows and struck-through text (by the cell's font or by every rich-text run)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.addRow(["序号", "工作任务"]);
    ws.addRow([1, "已撤销的任务"]).getCell(2).font = { strike: true };
    ws.addRow([2, "隐藏的任务"]).hidden = true;
    ws.getCell("B4").value = { richText: [{ text: "全部", font: { strike: true } }, { text: "划掉", font: { strike: true } }] };
    ws.getCell("B5").value = { richText: [{ text: "一半", font: { strike: true } }, { text: "没划" }] };
    const snap = await (await hostOf(wb)).readSnapshot("表");
    expect(snap.hiddenRows).toEqual([2]);
    expect(snap.struckCells).toEqual([[1, 1], [3, 1]]);
  });

  it("reads prefixed SpreadsheetML, inline strings, t=str results and leaves phonetic runs out", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("表").getCell("A1").value = "x";
    const sheet =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>县财政局</x:t></x:is></x:c><x:c r="C2" t="str"><x:f>A1</x:f><x:v>结果</x:v></x:c>' +
      '<x:c r="D2" t="b"><x:v>1</x:v></x:c><x:c r="E2" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const sst =
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>漢字</t></r><rPh sb="0" eb="2"><t>かんじ</t></rPh></si></sst>';
    const bytes = withParts(await bytesOf(wb), { "xl/worksheets/sheet1.xml": sheet, "xl/sharedStrings.xml": sst });
    const snap = await (await hostOf(bytes)).readSnapshot("表");
    expect(snap.origin).toEqual({ row: 1, col: 1 });
    expect(snap.values).toEqual([["县财政局", "结果", true, "漢字"]]);
  });

  it("a used range too large to hold is refused, saying where", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("大");
    ws.getCell("A1").value = "x";
    ws.getCell("XFD1048576").value = "y";
    const e = await planError((await hostOf(wb)).readSnapshot("大"));
    expect(e.code).toBe("too-large");
    expect(e.zh).toContain("A1:XFD1048576");
  });

  it("an empty sheet is an empty snapshot", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("空");
    expect(await (await hostOf(wb)).readSnapshot("空")).toMatchObject({ sheet: "空", origin: { row: 0, col: 0 }, values: [], dateCells: [], merges: [] });
  });
});

describe("the file's name", () => {
  // 大竹县 2016年民生实事目标任务分解表 without its title row: months only (12月底前), no year on the sheet.
  const dazhu = loadGenre("dazhu-2016");
  const untitledBook = () => {
    const wb = new ExcelJS.Workbook();
    snapshotToWorksheet(wb, untitledSheet(dazhu));
    return wb;
  };
  const datesIn = async (name: string) => {
    const host = await hostOf(untitledBook(), name);
    const snap = await host.readSnapshot(await host.activeSheet());
    expect(snap.workbook).toBe(name);
    return checkSheet(snap).report.rows.map((r) => r.deadline.date);
  };

  it("dates the year-less deadlines of a sheet that states no year", async () => {
    expect(await datesIn("2016年民生实事目标任务分解表.xlsx")).toEqual(dazhu.expected.map((e) => e?.deadlineDate));
  });

  it("leaves them undated when it names no year either", async () => {
    expect(await datesIn("附件1.xlsx")).toEqual(dazhu.expected.map(() => null));
  });
});

describe("opening a file that is not an .xlsx", () => {
  const utf16 = (s: string) => Buffer.from(s, "utf16le");
  const cfb = (...parts: Buffer[]) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), ...parts]);
  const zip = (files: Record<string, string>) => Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));

  it.each([
    ["text renamed .xlsx", Buffer.from("序号,工作任务\n1,公开\n"), "bad-file", /不是压缩包/],
    ["encrypted workbook", cfb(utf16("EncryptionInfo"), utf16("EncryptedPackage")), "encrypted", /加密/],
    ["old .xls", cfb(utf16("Workbook"), utf16("SummaryInformation")), "bad-file", /\.xls/],
    ["an .ods", zip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }), "bad-file", /\.ods/],
    ["an .xlsb", zip({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": "" }), "bad-file", /\.xlsb/],
    ["a .docx", zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>" }), "bad-file", /Word/],
    ["a broken zip", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), "bad-file", /\.xlsx/],
  ])("%s → PlanError %s with zh and en text", async (_name, bytes, code, zh) => {
    const e = await planError(FileHost.fromBytes(bytes, "x.xlsx"));
    expect(e.code).toBe(code);
    expect(e.zh).toMatch(zh);
    expect(e.en).toMatch(/[a-z]/);
  });

  it("a workbook without worksheets → empty-workbook", async () => {
    const e = await planError(hostOf(await bytesOf(new ExcelJS.Workbook())));
    expect(e.code).toBe("empty-workbook");
  });
});

// ---------------------------------------------------------------- marks

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
  ws.getCell("C2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
  ws.getCell("C2").note = "请核实部门名称";
  ws.getCell("D3").note = { texts: [{ font: { bold: true }, text: "王科长：" }, { text: "6月底前" }] };
  ws.getCell("D4").numFmt = "@";
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

async function markThenClear(original: Uint8Array, marks: MarkPlan = plan): Promise<{ marked: Uint8Array; cleared: Uint8Array }> {
  const host = await hostOf(original);
  await host.applyMarks(marks);
  const marked = host.toBytes();
  const again = await hostOf(marked);
  expect(await again.markedSheets()).toEqual([marks.sheet]);
  await again.clearMarks(marks.sheet);
  return { marked, cleared: again.toBytes() };
}

describe("marks", () => {
  it("rules per severity and note blocks after the user's notes; clearing gives back every part byte for byte", async () => {
    const original = await bytesOf(userWorkbook());
    const { marked, cleared } = await markThenClear(original);
    const sheet = partText(marked, "xl/worksheets/sheet1.xml")!;
    expect(sheet).toContain('<conditionalFormatting sqref="C3">');
    expect(sheet).toContain('<conditionalFormatting sqref="D3:D4">');
    expect(sheet.match(/N\("taskplan"\)=0/g)).toHaveLength(3);
    const styles = partText(marked, "xl/styles.xml")!;
    expect(styles).toContain('rgb="FFFFC7CE"');
    // ExcelJS reads our notes as a person sees them: the user's text first, then ours
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(marked as unknown as ArrayBuffer);
    const ws = back.getWorksheet("责任分工")!;
    const text = (a: string) => {
      const n = ws.getCell(a).note as string | ExcelJS.Comment;
      return typeof n === "string" ? n : n.texts!.map((t) => t.text).join("");
    };
    expect(text("C2")).toBe("请核实部门名称\n\n任务分工助手：\n• 只有泛指单位");
    expect(text("D3")).toBe("王科长：6月底前\n\n任务分工助手：\n• 核对年份");
    expect(text("C3")).toBe("任务分工助手：\n• 缺少责任单位");
    expectSameParts(original, cleared);
  });

  it("marking twice replaces the first marks; clearing still gives the original", async () => {
    const original = await bytesOf(userWorkbook());
    const host = await hostOf(original);
    await host.applyMarks(plan);
    await host.applyMarks({ sheet: "责任分工", marks: [plan.marks[1]] });
    const sheet = new TextDecoder().decode(host.package.bytes("xl/worksheets/sheet1.xml"));
    expect(sheet.match(/taskplan/g)).toHaveLength(1);
    expect(await host.clearMarks("责任分工")).toBe(1);
    expectSameParts(original, host.toBytes());
  });

  it("marks on two sheets share the tool's dxfs; clearing both removes them", async () => {
    const wb = userWorkbook();
    wb.getWorksheet("说明")!.getCell("A2").value = "第二个";
    const original = await bytesOf(wb);
    const host = await hostOf(original);
    await host.applyMarks(plan);
    await host.applyMarks({ sheet: "说明", marks: [{ row: 1, col: 0, address: "A2", severity: "error", note: "任务分工助手：\n• x" }] });
    expect((host.package.text("xl/styles.xml")!.match(/FFFFC7CE/g) ?? []).length).toBe(2); // one dxf: fg + bg
    await host.clearMarks("责任分工");
    expect(host.package.text("xl/styles.xml")).toContain("FFFFC7CE"); // still used by 说明
    await host.clearMarks("说明");
    expectSameParts(original, host.toBytes());
  });

  it("a note stored as a plain <t> (openpyxl) and a prefixed workbook clear byte for byte", async () => {
    const wb = userWorkbook();
    const bytes = await bytesOf(wb);
    const comments = partText(bytes, "xl/comments1.xml")!.replace(/<text>[\s\S]*?<\/text>/, "<text><t>请核实部门名称</t></text>");
    const original = withParts(bytes, { "xl/comments1.xml": comments });
    const { marked, cleared } = await markThenClear(original);
    expect(partText(marked, "xl/comments1.xml")).toContain("<r ><t>请核实部门名称</t></r>");
    expectSameParts(original, cleared);
  });

  it("a reply typed into the tool's note is kept when clearing; the tool's text goes", async () => {
    const original = await bytesOf(userWorkbook());
    const host = await hostOf(original);
    await host.applyMarks(plan);
    const part = "xl/comments1.xml";
    const xml = host.package.text(part)!.replace("• 缺少责任单位</t></r>", "• 缺少责任单位\n已补：县财政局</t></r>");
    host.package.setText(part, xml);
    await host.clearMarks("责任分工");
    const after = host.package.text(part)!;
    expect(after).toContain("已补：县财政局");
    expect(after).not.toContain("任务分工助手：");
    expect(after).toContain("请核实部门名称");
  });

  it("a cell with a threaded comment gets the fill rule but no text in its legacy note", async () => {
    const bytes = await bytesOf(userWorkbook());
    const rels = partText(bytes, "xl/worksheets/_rels/sheet1.xml.rels")!.replace(
      "</Relationships>",
      '<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>',
    );
    const threaded =
      '<?xml version="1.0"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="C2" dT="2024-01-01T00:00:00" personId="{1}" id="{2}"><text>请核实部门名称</text></threadedComment></ThreadedComments>';
    const original = withParts(bytes, { "xl/worksheets/_rels/sheet1.xml.rels": rels, "xl/threadedComments/threadedComment1.xml": threaded });
    const { marked, cleared } = await markThenClear(original);
    const comments = partText(marked, "xl/comments1.xml")!;
    expect(comments).not.toContain("只有泛指单位");
    expect(comments).toContain("缺少责任单位");
    expect(partText(marked, "xl/worksheets/sheet1.xml")).toContain('sqref="C2"');
    expectSameParts(original, cleared);
  });

  it("a sheet with no notes gets comments, VML and the legacyDrawing, all removed again", async () => {
    const wb = fixtureWorkbook("seed-000");
    const original = await bytesOf(wb);
    const host = await hostOf(original);
    const { report } = checkSheet(await host.readSnapshot("责任分工"));
    const marks = planMarks(report);
    expect(marks.marks.length).toBeGreaterThan(0);
    await host.applyMarks(marks);
    const marked = host.toBytes();
    expect(partText(marked, "xl/comments1.xml")).toBeDefined();
    expect(partText(marked, "xl/drawings/vmlDrawing1.vml")).toContain('ObjectType="Note"');
    expect(partText(marked, "xl/worksheets/sheet1.xml")).toContain("<legacyDrawing r:id=");
    const reopened = await hostOf(marked);
    // marks change formatting only: the engine reads the same table from the marked sheet
    expect(checkSheet(await reopened.readSnapshot("责任分工")).report).toEqual(report);
    expect(await reopened.clearMarks("责任分工")).toBe(marks.marks.length);
    expectSameParts(original, reopened.toBytes());
  });

  it("a workbook marked, then saved by LibreOffice, still clears: no tool rule, no tool text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "marks-lo-"));
    try {
      const host = await hostOf(await bytesOf(userWorkbook()));
      await host.applyMarks(plan);
      writeFileSync(join(dir, "marked.xlsx"), host.toBytes());
      execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "xlsx", "--outdir", join(dir, "lo"), join(dir, "marked.xlsx")], { stdio: "ignore", timeout: 120_000 });
      const saved = new Uint8Array(readFileSync(join(dir, "lo", "marked.xlsx")));
      const lo = await hostOf(saved);
      expect(await lo.markedSheets()).toEqual(["责任分工"]);
      await lo.clearMarks("责任分工");
      const files = unzipSync(lo.toBytes());
      const all = Object.entries(files).filter(([n]) => /\.(xml|vml)$/.test(n)).map(([, b]) => strFromU8(b)).join("\n");
      expect(all).not.toMatch(/taskplan|任务分工助手：/);
      expect(all).toContain("请核实部门名称");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});

describe("FileHost settings", () => {
  it("are kept in a custom XML part, never a sheet, and survive a save", async () => {
    const host = await hostOf(userWorkbook());
    expect(await host.loadSettings()).toEqual({});
    await host.saveSettings({ leadRule: "marked", catchAll: ["局属各单位"] });
    const back = await hostOf(host.toBytes());
    expect(await back.loadSettings()).toEqual({ leadRule: "marked", catchAll: ["局属各单位"] });
    expect(back.package.names().filter((n) => n.startsWith("customXml/")).sort()).toEqual(["customXml/_rels/item1.xml.rels", "customXml/item1.xml", "customXml/itemProps1.xml"]);
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

  it("writes a host back to disk and opens it again, unchanged parts byte for byte", async () => {
    const path = join(dir, "plan.xlsx");
    const original = await bytesOf(fixtureWorkbook("seed-004"));
    await writeXlsxFile(path, await hostOf(original));
    expectSameParts(original, new Uint8Array(readFileSync(path) as Uint8Array));
    const host = await openXlsxFile(path);
    expect(host.name).toBe("plan.xlsx");
    expect((await host.readSnapshot("责任分工")).values).toEqual(fixtureLayout(loadFixture("seed-004")).snapshot.values);
  });
});
