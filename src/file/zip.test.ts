import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { unzipSync, zipSync, strToU8, strFromU8 } from "fflate";
import ExcelJS from "exceljs";
import { crc32, entryBytes, readZip, STORE_BELOW, writeZip } from "./zip";

async function sampleWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("计划");
  ws.addRow(["序号", "工作任务", "责任单位"]);
  ws.addRow([1, "推进政务公开", "县财政局"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("zip", () => {
  it("computes the CRC-32 zip uses", () => {
    expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
  });

  it("copies unchanged entries raw and deflates changed ones with right CRCs", async () => {
    const source = await sampleWorkbook();
    const entries = readZip(source);
    const changed = "xl/sharedStrings.xml";
    const newSheet = strFromU8(entryBytes(entries.find((e) => e.name === changed)!)).replace("县财政局", "县审计局");
    const out = writeZip(entries.map((entry) => (entry.name === changed ? { name: changed, content: strToU8(newSheet) } : { entry })));
    const again = readZip(out);
    expect(again.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    for (const e of again) {
      const before = entries.find((b) => b.name === e.name)!;
      if (e.name !== changed) expect(Buffer.from(e.raw).equals(Buffer.from(before.raw))).toBe(true);
      expect(crc32(entryBytes(e))).toBe(e.crc);
    }
    // An independent reader agrees on every part.
    const unzipped = unzipSync(out);
    expect(strFromU8(unzipped[changed])).toContain("县审计局");
    expect(Object.keys(unzipped).sort()).toEqual(entries.map((e) => e.name).sort());
  });

  it("reads entries written with data descriptors (streaming writers)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("a").addRow(["x"]);
    // exceljs (JSZip) streams with bit 3 set; check it really is there, then round-trip it raw.
    const source = new Uint8Array(await wb.xlsx.writeBuffer({ zip: { streamFiles: true } } as never));
    const entries = readZip(source);
    expect(entries.some((e) => (e.raw[6] & 0x08) !== 0)).toBe(true);
    const out = writeZip(entries.map((entry) => ({ entry })));
    const unzipped = unzipSync(out);
    for (const e of entries) expect(Buffer.from(unzipped[e.name]).equals(Buffer.from(entryBytes(e)))).toBe(true);
  });

  it("dates a new entry today, as DOS dates are laid out (day, month, year from 1980)", () => {
    const before = new Date();
    const [entry] = readZip(writeZip([{ name: "new.xml", content: strToU8("<a/>") }]));
    const after = new Date();
    const written = { year: (entry.date >> 9) + 1980, month: (entry.date >> 5) & 0x0f, day: entry.date & 0x1f };
    const dayOf = (d: Date) => ({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
    expect([dayOf(before), dayOf(after)]).toContainEqual(written);
  });

  it("writes content given in chunks as one entry", () => {
    const chunks = ["<a>", "第一块".repeat(5000), "<b/>".repeat(3000), "</a>"].map((t) => strToU8(t));
    const [entry] = readZip(writeZip([{ name: "a.xml", content: chunks }]));
    expect(strFromU8(entryBytes(entry))).toBe(chunks.map((c) => strFromU8(c)).join(""));
    expect(crc32(entryBytes(entry))).toBe(entry.crc);
  });

  it("stores a short text part (a zlib call costs more than it saves) and deflates a longer one", () => {
    const short = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
    const long = "<sheetData>" + '<row><c t="inlineStr"><is><t>各有关部门</t></is></c></row>'.repeat(STORE_BELOW / 10) + "</sheetData>";
    const [stored, deflated] = readZip(writeZip([{ name: "short.xml", content: short }, { name: "long.xml", content: long }]));
    expect([stored.method, deflated.method]).toEqual([0, 8]);
    expect(strFromU8(entryBytes(stored))).toBe(short);
    expect(strFromU8(entryBytes(deflated))).toBe(long);
    expect(deflated.compressedSize).toBeLessThan(deflated.size / 4);
  });

  it("refuses what is not a zip", () => {
    expect(() => readZip(strToU8("hello, not a zip at all"))).toThrow(/不是有效的 \.xlsx/);
    const zip = zipSync({ "a.txt": strToU8("a") });
    expect(() => readZip(zip.subarray(0, zip.length - 30))).toThrow();
  });

  it("writes a workbook LibreOffice opens", async () => {
    const entries = readZip(await sampleWorkbook());
    const name = "xl/sharedStrings.xml";
    const sheet = strFromU8(entryBytes(entries.find((e) => e.name === name)!));
    const out = writeZip(entries.map((entry) => (entry.name === name ? { name, content: strToU8(sheet.replace("推进政务公开", "深化政务公开")) } : { entry })));
    const dir = mkdtempSync(join(tmpdir(), "zip-"));
    writeFileSync(join(dir, "in.xlsx"), out);
    execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir, join(dir, "in.xlsx")], { stdio: "ignore", timeout: 120_000 });
    const csv = readFileSync(join(dir, "in.csv"), "utf8");
    expect(csv).toContain("深化政务公开");
    expect(csv).toContain("县财政局");
  }, 150_000);
});
