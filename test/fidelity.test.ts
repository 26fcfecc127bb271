// Fidelity: what staff's workbooks hold and this tool does not model survives check --out,
// clear and split --out, part for part. The corpus (test/support/corpus) is written into a
// temporary folder: Excel-style packages written by hand, exceljs, openpyxl and LibreOffice.
// These tests need the in-place package host (branch `file`); against the exceljs host they fail,
// which shows they can. `npm run fidelity-table` prints the feature × operation table from them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { runCheck } from "../src/cli/check";
import { runClear } from "../src/cli/clear";
import { runSplit } from "../src/cli/split";
import { isMarkRuleFormula, NOTE_HEADERS } from "../src/core/markformat";
import { buildCorpus, CORPUS, relsOf, runLibreOffice, sheetPart, TABLE_SHEET, unzipParts, type Parts } from "./support/corpus";
import { cellStates } from "./support/workbooks";

jest.setTimeout(300_000);

const OPERATIONS = ["check --out", "clear", "split --out"] as const;
type Operation = (typeof OPERATIONS)[number];

let dir: string;
let files: Map<string, string>;
/** Output parts per book and operation, or the one-line error the operation ended with. */
const results = new Map<string, Map<Operation, Parts | Error>>();
const inputs = new Map<string, Parts>();

const quietly = async (run: () => Promise<number>): Promise<void> => {
  const out = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  const err = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    await run();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
};

/** Where an operation's output on a book goes: same extension as the book (an .xlsm stays .xlsm). */
const outputName = (book: string, op: string) => join(dir, book.replace(/\.(\w+)$/, `.${op}.$1`));

async function attempt(path: string, run: () => Promise<void>): Promise<Parts | Error> {
  try {
    await run();
    return unzipParts(readFileSync(path));
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "taskplan-fidelity-"));
  files = await buildCorpus(dir);
  for (const [book, file] of files) {
    inputs.set(book, unzipParts(readFileSync(file)));
    const marked = outputName(book, "check");
    const byOp = new Map<Operation, Parts | Error>();
    byOp.set("check --out", await attempt(marked, () => quietly(() => runCheck(file, { out: marked }))));
    const cleared = outputName(book, "clear");
    byOp.set("clear", await attempt(cleared, () => quietly(() => runClear(marked, { out: cleared }))));
    const split = outputName(book, "split");
    byOp.set("split --out", await attempt(split, () => quietly(() => runSplit(file, { out: split }))));
    results.set(book, byOp);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function output(book: string, op: Operation): Parts {
  const r = results.get(book)?.get(op);
  if (!r) throw new Error(`no result for ${book} ${op}`);
  if (r instanceof Error) throw new Error(`${op} failed on ${book}: ${r.message}`);
  return r;
}

/** The parts an operation may rewrite; every other part of the input must come out byte for byte. */
function mayChange(input: Parts, op: Operation): (part: string) => boolean {
  const sheet = sheetPart(input, TABLE_SHEET);
  const fixed = new Set(["xl/styles.xml", "[Content_Types].xml", ...(sheet ? [sheet, relsOf(sheet)] : [])]);
  if (op === "split --out") for (const p of ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "docProps/app.xml"]) fixed.add(p);
  // check adds the 检查结果 sheet (that clear takes out again: "clear(check(x)) equals x")
  if (op === "check --out") for (const p of ["xl/workbook.xml", "xl/_rels/workbook.xml.rels"]) fixed.add(p);
  return (part) => fixed.has(part) || /^xl\/comments[^/]*\.xml$|^xl\/comments\/|^xl\/drawings\/[^/]*\.vml$/.test(part);
}

const bytesEqual = (a: Uint8Array, b: Uint8Array | undefined) => b !== undefined && Buffer.from(a).equals(Buffer.from(b));

describe("the corpus", () => {
  // A probe that held on nothing would call every output faithful: each must find its feature
  // in the book that carries it, and miss it in a package that lost its parts.
  const cases = CORPUS.flatMap((b) => b.features.map((f) => [b.name, f.name] as const));
  it.each(cases)("%s carries %s, and its probe notices when it is lost", (bookName, feature) => {
    const probe = CORPUS.find((b) => b.name === bookName)!.features.find((f) => f.name === feature)!.probe;
    const input = inputs.get(bookName)!;
    expect(probe(input, input)).toBe(true);
    expect(probe(input, new Map())).toBe(false);
  });
});

describe("fidelity (needs the in-place package host, branch `file`)", () => {
  describe.each(CORPUS.map((b) => b.name))("%s", (name) => {

    it.each(OPERATIONS)("%s: every part it need not change is byte-identical", (op) => {
      const input = inputs.get(name)!;
      const out = output(name, op);
      const changeable = mayChange(input, op);
      const changed = [...input].filter(([part, bytes]) => !changeable(part) && !bytesEqual(bytes, out.get(part))).map(([part]) => part);
      expect(changed).toEqual([]);
    });

    it("clear(check(x)) equals x, part for part", () => {
      const input = inputs.get(name)!;
      const cleared = output(name, "clear");
      expect([...cleared.keys()].sort()).toEqual([...input.keys()].sort());
      const differing = [...input].filter(([part, bytes]) => !bytesEqual(bytes, cleared.get(part))).map(([part]) => part);
      expect(differing).toEqual([]);
    });

    it("check --out marked the table (something to keep the rest around)", async () => {
      // read the parts, not through exceljs: it cannot load every producer's drawings (openpyxl's)
      const parts = output(name, "check --out");
      const notes = [...parts].filter(([part, bytes]) => /^xl\/comments/.test(part) && Buffer.from(bytes).toString("utf8").includes(NOTE_HEADERS.zh));
      expect(notes.length).toBeGreaterThan(0);
    });
  });

  // One test per feature and operation, named "<book>: <feature> × <operation>" (the table's rows).
  const cases = CORPUS.flatMap((b) => b.features.flatMap((f) => OPERATIONS.map((op) => [b.name, f.name, op] as const)));
  it.each(cases)("%s: %s × %s", (bookName, feature, op) => {
    const probe = CORPUS.find((b) => b.name === bookName)!.features.find((f) => f.name === feature)!;
    expect(probe.probe(inputs.get(bookName)!, output(bookName, op))).toBe(true);
  });

  describe("a marked copy edited in LibreOffice (a row inserted above the table), then cleared", () => {
    let control: ExcelJS.Worksheet;
    let cleared: ExcelJS.Worksheet;
    let clearedSheetXml: string;

    beforeAll(async () => {
      const original = files.get("excel.xlsx")!;
      const marked = outputName("excel.xlsx", "check");
      output("excel.xlsx", "check --out");
      const shifted = join(dir, "lo-marked-shifted.xlsx");
      const controlFile = join(dir, "lo-original-shifted.xlsx");
      runLibreOffice(dir, [
        { op: "insertRow", in: original, out: controlFile, sheet: TABLE_SHEET, row: 0 },
        { op: "insertRow", in: marked, out: shifted, sheet: TABLE_SHEET, row: 0 },
      ]);
      const clearedFile = join(dir, "lo-marked-shifted.clear.xlsx");
      await quietly(() => runClear(shifted, { out: clearedFile }));
      const load = async (path: string) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
        return wb.getWorksheet(TABLE_SHEET)!;
      };
      control = await load(controlFile);
      cleared = await load(clearedFile);
      const parts = unzipParts(readFileSync(clearedFile));
      clearedSheetXml = Buffer.from(parts.get(sheetPart(parts, TABLE_SHEET)!)!).toString("utf8");
    });

    it("every mark is gone: no tool text in any note, no tagged rule", () => {
      expect(cellStates(cleared).filter((c) => JSON.stringify(c.note ?? "").includes(NOTE_HEADERS.zh))).toEqual([]);
      const formulas = [...clearedSheetXml.matchAll(/<formula>([^<]*)<\/formula>/g)].map((m) => m[1]);
      expect(formulas.filter(isMarkRuleFormula)).toEqual([]);
    });

    it("every other cell is exactly as in the original with the same row inserted", () => {
      expect(cellStates(cleared)).toEqual(cellStates(control));
    });
  });

  it("a reply typed into the tool's note survives clear", async () => {
    const marked = outputName("exceljs.xlsx", "check");
    output("exceljs.xlsx", "check --out");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(marked) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(TABLE_SHEET)!;
    // a merged cell's other cells show its note too: reply on a cell that holds one
    const holdsNote = (address: string) => ws.getCell(address).master.address === address;
    const target = cellStates(ws).find((c) => c.address !== "A1" && holdsNote(c.address) && JSON.stringify(c.note ?? "").includes(NOTE_HEADERS.zh));
    if (!target) throw new Error("no marked cell");
    const note = ws.getCell(target.address).note;
    const text = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
    const reply = "回复：已在3月底前落实，见县财政局函";
    ws.getCell(target.address).note = `${text}\n${reply}`;
    const replied = join(dir, "replied.xlsx");
    writeFileSync(replied, Buffer.from(await wb.xlsx.writeBuffer()));
    const clean = join(dir, "replied.clear.xlsx");
    await quietly(() => runClear(replied, { out: clean }));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(readFileSync(clean) as unknown as ArrayBuffer);
    const kept = back.getWorksheet(TABLE_SHEET)!.getCell(target.address).note;
    const keptText = typeof kept === "string" ? kept : (kept?.texts ?? []).map((t) => t.text).join("");
    expect(keptText.trim()).toBe(reply);
  });
});

describe("outputs over existing files (any host)", () => {
  it("check --out onto an existing file is refused and the file kept; --force replaces it, the .xlsm staying .xlsm", async () => {
    const book = files.get("excel.xlsm")!;
    const out = join(dir, "existing.xlsm");
    writeFileSync(out, "the staff's own file");
    await expect(runCheck(book, { out })).rejects.toThrow(/--force/);
    expect(readFileSync(out, "utf8")).toBe("the staff's own file");
    await expect(runCheck(book, { out: join(dir, "existing.xlsx") })).rejects.toThrow(/\.xlsm/);
  });
});

