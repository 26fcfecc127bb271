// The fidelity corpus: workbooks in each producer's style, written into a temporary folder by
// the suite that needs them (nothing binary is committed). Each holds a real task table from
// the fixtures and lists the features it carries, each with a probe telling whether an output
// kept it.
import { execFileSync } from "child_process";
import { writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { snapshotToWorksheet, workbookToBuffer } from "../../../src/file/xlsx";
import { fixtureLayout, loadFixture } from "../fixtures";
import {
  excelStylePackage,
  NAMED_STYLE,
  PLAIN_NOTE,
  SHEET_SNIPPETS,
  TABLE_SHEET,
  THREAD,
  VBA_BYTES,
  VML_SNIPPETS,
  WORKBOOK_SNIPPETS,
} from "./excel";

export { TABLE_SHEET } from "./excel";

/** The Debian python3: the one with the uno bridge and openpyxl. */
export const SYSTEM_PYTHON = "/usr/bin/python3";
const HERE = __dirname;

export type Parts = Map<string, Uint8Array>;

/** A package's parts by name (folder entries, which some zip writers add, left out). */
export function unzipParts(bytes: Uint8Array): Parts {
  return new Map(Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith("/")));
}

/** The part holding a sheet, found through workbook.xml and its rels. */
export function sheetPart(parts: Parts, sheet: string): string | undefined {
  const workbook = strFromU8(parts.get("xl/workbook.xml") ?? new Uint8Array());
  const rels = strFromU8(parts.get("xl/_rels/workbook.xml.rels") ?? new Uint8Array());
  const escaped = sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const rid = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"|<sheet [^>]*r:id="([^"]+)"[^>]*name="${escaped}"`).exec(workbook);
  const id = rid?.[1] ?? rid?.[2];
  if (!id) return undefined;
  const rel = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"|<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
  const target = rel?.[1] ?? rel?.[2];
  if (!target) return undefined;
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

export const relsOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

const same = (a: Uint8Array | undefined, b: Uint8Array | undefined) =>
  a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether an output kept a feature of its input. */
export type Probe = (input: Parts, output: Parts) => boolean;

/** Every listed part of the input is in the output, byte for byte. */
export const keepsParts =
  (...names: string[]): Probe =>
  (input, output) =>
    names.every((n) => input.has(n) && same(input.get(n), output.get(n)));

/** Some output part whose name matches holds the text exactly (for parts an operation may rewrite). */
export const keepsText =
  (part: RegExp, text: string): Probe =>
  (_input, output) =>
    [...output].some(([name, bytes]) => part.test(name) && strFromU8(bytes).includes(text));

const all =
  (...probes: Probe[]): Probe =>
  (input, output) =>
    probes.every((p) => p(input, output));

export interface Feature {
  name: string;
  probe: Probe;
}

const TABLE_XML = /^xl\/worksheets\/sheet1\.xml$/;
const WORKBOOK_XML = /^xl\/workbook\.xml$/;

function excelFeatures(macros: boolean): Feature[] {
  const features: Feature[] = [
    { name: "chart", probe: keepsParts("xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels") },
    { name: "text box", probe: all(keepsParts("xl/drawings/drawing1.xml"), keepsText(TABLE_XML, '<drawing r:id="rId1"/>')) },
    { name: "sparklines", probe: keepsText(TABLE_XML, SHEET_SNIPPETS.sparklines) },
    {
      name: "threaded comment + reply",
      probe: all(keepsParts("xl/threadedComments/threadedComment1.xml", "xl/persons/person.xml"), keepsText(/^xl\/comments\d*\.xml$/, THREAD.reply)),
    },
    { name: "plain note", probe: keepsText(/^xl\/comments\d*\.xml$/, `<t>${PLAIN_NOTE.text}</t>`) },
    { name: "note size + always shown (VML)", probe: all(keepsText(/\.vml$/, VML_SNIPPETS.size), keepsText(/\.vml$/, VML_SNIPPETS.alwaysShow)) },
    { name: "note author", probe: keepsText(/^xl\/comments\d*\.xml$/, `<author>${PLAIN_NOTE.author}</author>`) },
    { name: "constant name", probe: keepsText(WORKBOOK_XML, WORKBOOK_SNIPPETS.constantName) },
    { name: "formula name", probe: keepsText(WORKBOOK_XML, WORKBOOK_SNIPPETS.formulaName) },
    { name: "sheet-local name", probe: keepsText(WORKBOOK_XML, WORKBOOK_SNIPPETS.localName) },
    { name: "hidden name", probe: keepsText(WORKBOOK_XML, WORKBOOK_SNIPPETS.hiddenName) },
    { name: "internal hyperlink", probe: keepsText(TABLE_XML, SHEET_SNIPPETS.internalLink) },
    { name: "x14 data validation", probe: keepsText(TABLE_XML, SHEET_SNIPPETS.x14Validation) },
    { name: "containsText conditional format", probe: keepsText(TABLE_XML, SHEET_SNIPPETS.containsText) },
    { name: "named cell style", probe: keepsText(/^xl\/styles\.xml$/, NAMED_STYLE) },
    { name: "manual page break", probe: keepsText(TABLE_XML, SHEET_SNIPPETS.pageBreaks) },
    {
      name: "external link",
      probe: all(keepsParts("xl/externalLinks/externalLink1.xml", "xl/externalLinks/_rels/externalLink1.xml.rels"), keepsText(WORKBOOK_XML, WORKBOOK_SNIPPETS.externalReference)),
    },
    { name: "dynamic-array metadata", probe: all(keepsParts("xl/metadata.xml", "xl/worksheets/sheet2.xml"), keepsText(/^\[Content_Types\]\.xml$/, "/xl/metadata.xml")) },
    { name: "custom properties (密级, 文号)", probe: keepsParts("docProps/custom.xml", "_rels/.rels") },
    { name: "structure protection", probe: keepsText(WORKBOOK_XML, WORKBOOK_SNIPPETS.structureProtection) },
    { name: "WPS in-cell picture", probe: keepsParts("xl/cellimages.xml", "xl/_rels/cellimages.xml.rels", "xl/media/image1.png", "xl/worksheets/sheet2.xml") },
    { name: "chart sheet", probe: keepsParts("xl/chartsheets/sheet1.xml", "xl/chartsheets/_rels/sheet1.xml.rels", "xl/drawings/drawing2.xml", "xl/charts/chart2.xml") },
  ];
  if (macros) {
    features.push({
      name: "VBA project",
      probe: all(
        (_input, output) => same(output.get("xl/vbaProject.bin"), VBA_BYTES),
        keepsText(/^\[Content_Types\]\.xml$/, "application/vnd.ms-excel.sheet.macroEnabled.main+xml"),
      ),
    });
  }
  return features;
}

function planWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  snapshotToWorksheet(wb, fixtureLayout(loadFixture("seed-003"), TABLE_SHEET).snapshot);
  return wb;
}

/** exceljs as other tools use it: the plan, a note, a list validation, a defined name. */
async function exceljsBook(file: string): Promise<void> {
  const wb = planWorkbook();
  const ws = wb.getWorksheet(TABLE_SHEET)!;
  ws.getCell("A1").note = { texts: [{ text: PLAIN_NOTE.text }] };
  ws.getCell("E3").dataValidation = { type: "list", allowBlank: true, formulae: ['"县财政局,县教育局"'] };
  wb.definedNames.add(`'${TABLE_SHEET}'!$A$2:$F$2`, "表头");
  writeFileSync(file, Buffer.from(await workbookToBuffer(wb)));
}

/** The source LibreOffice re-saves: fit to one page wide, centred, the sheet protected, and a table on a second sheet. */
async function libreOfficeSource(file: string): Promise<void> {
  const wb = planWorkbook();
  const ws = wb.getWorksheet(TABLE_SHEET)!;
  ws.pageSetup = { ...ws.pageSetup, fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, orientation: "landscape" };
  await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true });
  wb.addWorksheet("统计").addTable({
    name: "任务统计",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "单位" }, { name: "任务数" }],
    rows: [["县财政局", 3], ["县教育局", 2]],
  });
  writeFileSync(file, Buffer.from(await workbookToBuffer(wb)));
}

export interface LibreOfficeJob {
  op: "resave" | "insertRow";
  in: string;
  out: string;
  sheet?: string;
  row?: number;
}

/** Runs jobs in one headless LibreOffice session (see libreoffice.py). */
export function runLibreOffice(dir: string, jobs: LibreOfficeJob[]): void {
  const list = join(dir, `lo-jobs-${Date.now()}.json`);
  writeFileSync(list, JSON.stringify(jobs));
  execFileSync(SYSTEM_PYTHON, [join(HERE, "libreoffice.py"), list], { stdio: "pipe", timeout: 300_000 });
}

/** The part names of the input matching a pattern: for producers that number parts their own way. */
const keepsPartsLike =
  (pattern: RegExp): Probe =>
  (input, output) => {
    const names = [...input.keys()].filter((n) => pattern.test(n));
    return names.length > 0 && keepsParts(...names)(input, output);
  };

/** Text kept in the output part of the input's table sheet, wherever the producer put it. */
const keepsInTableSheet =
  (text: string): Probe =>
  (input, output) => {
    const part = sheetPart(input, TABLE_SHEET);
    return part !== undefined && strFromU8(output.get(part) ?? new Uint8Array()).includes(text);
  };

/** Every book of the corpus with the features it carries; written by buildCorpus. */
export const CORPUS: { name: string; features: Feature[] }[] = [
  { name: "excel.xlsx", features: excelFeatures(false) },
  { name: "excel.xlsm", features: excelFeatures(true) },
  {
    name: "exceljs.xlsx",
    features: [
      { name: "plain note", probe: keepsText(/^xl\/comments\d*\.xml$/, PLAIN_NOTE.text) },
      { name: "list validation", probe: keepsInTableSheet("<formula1>&quot;县财政局,县教育局&quot;</formula1>") },
      { name: "defined name", probe: keepsText(WORKBOOK_XML, '<definedName name="表头">&apos;责任分工&apos;!$A$2:$F$2</definedName>') },
    ],
  },
  {
    name: "openpyxl.xlsx",
    features: [
      { name: "plain note", probe: keepsText(/^xl\/comments/, PLAIN_NOTE.text) },
      { name: "chart", probe: keepsPartsLike(/^xl\/charts\/chart\d+\.xml$/) },
      { name: "table", probe: keepsPartsLike(/^xl\/tables\/table\d+\.xml$/) },
    ],
  },
  {
    name: "libreoffice.xlsx",
    features: [
      { name: "fit to page", probe: keepsInTableSheet('fitToPage="true"') },
      { name: "centred on the page", probe: keepsInTableSheet('horizontalCentered="true"') },
      { name: "sheet protection", probe: keepsInTableSheet("<sheetProtection") },
      { name: "table", probe: keepsPartsLike(/^xl\/tables\/table\d+\.xml$/) },
    ],
  },
];

/** Writes every book of CORPUS into dir; returns the path of each by name. */
export async function buildCorpus(dir: string): Promise<Map<string, string>> {
  const at = (name: string) => join(dir, name);
  writeFileSync(at("excel.xlsx"), excelStylePackage({ macros: false }));
  writeFileSync(at("excel.xlsm"), excelStylePackage({ macros: true }));
  await exceljsBook(at("exceljs.xlsx"));
  const { snapshot } = fixtureLayout(loadFixture("seed-003"), TABLE_SHEET);
  writeFileSync(at("plan.json"), JSON.stringify({ sheet: TABLE_SHEET, values: snapshot.values, merges: snapshot.merges }));
  execFileSync(SYSTEM_PYTHON, [join(HERE, "openpyxl_plan.py"), at("plan.json"), at("openpyxl.xlsx")], { stdio: "pipe" });
  await libreOfficeSource(at("lo-source.xlsx"));
  runLibreOffice(dir, [{ op: "resave", in: at("lo-source.xlsx"), out: at("libreoffice.xlsx") }]);
  return new Map(CORPUS.map((b) => [b.name, at(b.name)]));
}
