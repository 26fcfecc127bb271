// The Office.js host against the recording fake: what it reads, what it writes, what it leaves
// behind after clearing, and how many requests (and bytes) that takes.
import { checkSheet, planMarks, PlanError, SEVERITY_FILL, type TabSpec } from "../src/core";
import { generate } from "../src/core/generate/usecase";
import { validate, clearMarks } from "../src/core/usecases";
import { REQUEST_BUDGET } from "../src/excel/batch";
import { FakeExcel, WEB_PAYLOAD_LIMIT } from "../src/excel/fake";
import { ExcelHost } from "../src/excel/host";
import { command, noticeUrl, type Notice } from "../src/commands/commands";
import { LEGACY_MARKS_SETTING, markAddressGroups } from "../src/excel/marks";
import { withToolNote } from "../src/core/markformat";
import { isDateFormat, parseAreas } from "../src/excel/snapshot";
import { planOf } from "../src/excel/tabs";
import { tabLook } from "../src/core/generate/look";
import { LEGACY_TAB_FOOTER, parseTabMark, planKey, TAB_MARK_NAME, tabDigest, tabMarkFormula } from "../src/core/tabmark";
import type { FakeSheet } from "../src/excel/fake";

/** A fake sheet's values from A1, as Range.values would give them. */
function readBack(s: FakeSheet): (string | number | boolean)[][] {
  const keys = [...s.cells.keys()].map((k) => k.split(",").map(Number));
  const rows = Math.max(...keys.map((k) => k[0])) + 1;
  const cols = Math.max(...keys.map((k) => k[1])) + 1;
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => s.cells.get(`${r},${c}`)?.value ?? ""));
}
import { benchPlanSnapshot } from "../src/bench/split";
import { fixtureIds, fixtureLayout, loadFixture } from "./support/fixtures";
import { loadGenre, untitledSheet } from "./support/genre";

const ALL_SETS = { isSetSupported: () => true };
const upTo = (max: number) => ({
  isSetSupported: (_name: string, v = "1.1") => Number(v.split(".")[1]) <= max,
});

function bookWith(sheet: string, values: (string | number | boolean | null)[][], merges = [] as { top: number; left: number; bottom: number; right: number }[]) {
  const book = new FakeExcel();
  book.addSheet(sheet, values, merges);
  return book;
}

function fixtureBook(id: string) {
  const { snapshot } = fixtureLayout(loadFixture(id));
  const book = bookWith(snapshot.sheet, snapshot.values as (string | null)[][], snapshot.merges);
  return { book, snapshot, host: new ExcelHost({ run: book.run, requirements: ALL_SETS, name: `${id}.xlsx` }) };
}

/** The bench's plan naming 300 departments, with its category column merged as staff do. */
function bigBook(rows: number) {
  const plan = benchPlanSnapshot(rows);
  const merges = plan.values.flatMap((row, r) =>
    r >= 2 && row[1] !== null ? [{ top: r, left: 1, bottom: Math.min(r + 99, plan.values.length - 1), right: 1 }] : [],
  );
  const book = bookWith("计划", plan.values as (string | null)[][], merges);
  return { book, host: new ExcelHost({ run: book.run, requirements: ALL_SETS }) };
}

const key = (m: { top: number; left: number; bottom: number; right: number }) => `${m.top},${m.left},${m.bottom},${m.right}`;

describe("readSnapshot", () => {
  test.each(fixtureIds())("%s reads back as laid out, merges included", async (id) => {
    const { host, snapshot } = fixtureBook(id);
    const read = await host.readSnapshot(snapshot.sheet);
    expect(read.values).toEqual(snapshot.values);
    expect(read.origin).toEqual({ row: 0, col: 0 });
    expect(read.merges.map(key).sort()).toEqual(snapshot.merges.map(key).sort());
  });

  test("the workbook's name, from the document's address, dates a sheet that states no year", async () => {
    // 大竹县 2016年民生实事目标任务分解表 without its title row: months only (12月底前), no year on the sheet.
    const dazhu = loadGenre("dazhu-2016");
    const untitled = untitledSheet(dazhu);
    const book = bookWith(untitled.sheet, untitled.values as (string | null)[][], untitled.merges);
    const url = "https://d.docs.live.net/3f2a/Documents/2016%E5%B9%B4%E6%B0%91%E7%94%9F%E5%AE%9E%E4%BA%8B%E7%9B%AE%E6%A0%87%E4%BB%BB%E5%8A%A1%E5%88%86%E8%A7%A3%E8%A1%A8.xlsx";
    Object.assign(globalThis, { Office: { context: { document: { url } } } });
    try {
      const read = await new ExcelHost({ run: book.run, requirements: ALL_SETS }).readSnapshot(untitled.sheet);
      expect(read.workbook).toBe("2016年民生实事目标任务分解表.xlsx");
      expect(checkSheet(read).report.rows.map((r) => r.deadline.date)).toEqual(dazhu.expected.map((e) => e?.deadlineDate));
    } finally {
      Reflect.deleteProperty(globalThis, "Office");
    }
  });

  test("date-formatted numbers are date cells; plain numbers and text are not", async () => {
    const book = bookWith("S", [["完成时间", "数量"], [45473, 12], ["2024年底", 45473]]);
    book.sheet("S").cells.get("1,0")!.format = 'yyyy"年"m"月"d"日"';
    book.sheet("S").cells.get("2,1")!.format = "0.00";
    const read = await new ExcelHost({ run: book.run, requirements: ALL_SETS }).readSnapshot("S");
    expect(read.dateCells).toEqual([[1, 0]]);
  });

  test("a used range away from A1 keeps absolute coordinates", async () => {
    const book = bookWith("S", [[null, null, null], [null, null, "序号"], [null, null, "1"]]);
    const read = await new ExcelHost({ run: book.run, requirements: ALL_SETS }).readSnapshot("S");
    expect(read.origin).toEqual({ row: 1, col: 2 });
    expect(read.values).toEqual([["序号"], ["1"]]);
  });

  test("an empty sheet gives an empty snapshot", async () => {
    const book = bookWith("空表", []);
    const read = await new ExcelHost({ run: book.run, requirements: ALL_SETS }).readSnapshot("空表");
    expect(read.values).toEqual([]);
  });

  test("more than 512 merged areas are read in bands", async () => {
    // 1,500 rows whose category cells are merged in pairs: 750 areas.
    const values = Array.from({ length: 1_500 }, (_, r) => [String(r + 1), r % 2 === 0 ? `类别${r}` : null, "要求"]);
    const merges = Array.from({ length: 750 }, (_, i) => ({ top: 2 * i, left: 1, bottom: 2 * i + 1, right: 1 }));
    const book = bookWith("S", values, merges);
    const read = await new ExcelHost({ run: book.run, requirements: ALL_SETS }).readSnapshot("S");
    expect(read.merges).toHaveLength(750);
    // extent; values and merged areas; the areas' rectangles; the extents of those cut by a block edge
    expect(book.syncs.length).toBeLessThanOrEqual(4);
  });

  test("merged areas crossing band edges never push a request over the 512-area limit", async () => {
    // Every column merged in vertical pairs, offset by a row, so areas straddle every band edge.
    const rows = 1_000;
    const values = Array.from({ length: rows }, (_, r) => Array.from({ length: 6 }, (_, c) => (r % 2 === 1 ? `${r}-${c}` : null)));
    values[0][0] = "序号";
    const merges = Array.from({ length: 6 }, (_, c) =>
      Array.from({ length: (rows - 2) / 2 }, (_, i) => ({ top: 2 * i + 1, left: c, bottom: 2 * i + 2, right: c })),
    ).flat();
    const book = bookWith("S", values, merges);
    const read = await new ExcelHost({ run: book.run, requirements: ALL_SETS }).readSnapshot("S");
    expect(read.merges.map(key).sort()).toEqual(merges.map(key).sort());
  });

  test.each(["excel", "intersecting"] as const)(
    "merged areas read exactly when Excel reports them the %s way: no false findings on covered rows",
    async (mode) => {
      // Categories merged over 100 rows: most areas cross a 512-cell block edge.
      const { book, host } = bigBook(3_000);
      book.mergeReport = mode;
      const sheet = book.sheets[0];
      const read = await host.readSnapshot(sheet.name);
      expect(read.merges.map(key).sort()).toEqual(sheet.merges.map(key).sort());
      const truth = checkSheet({ ...read, merges: sheet.merges }).report.findings;
      expect(checkSheet(read).report.findings).toEqual(truth);
    },
  );

  test("a used range reaching far beyond any plan is refused with where it ends", async () => {
    const book = bookWith("S", [["序号", "工作任务", "责任单位"], ["1", "任务", "办公室"]]);
    book.sheet("S").cells.set("1048575,16383", { value: "x" });
    const error = await new ExcelHost({ run: book.run, requirements: ALL_SETS }).readSnapshot("S").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanError);
    expect((error as PlanError).zh).toContain("XFD1048576");
    expect((error as PlanError).en).toContain("Ctrl+End");
    expect(book.syncs).toHaveLength(1);
  });

  test("isDateFormat and parseAreas", () => {
    expect(["yyyy/m/d", "m月d日", "[$-804]yyyy年m月", "mmm-yy", 'yyyy"年"m"月"'].every(isDateFormat)).toBe(true);
    expect(["General", "0.00", "@", "h:mm", "0%", '"第"0"项"', "[h]:mm", "[mm]:ss"].some(isDateFormat)).toBe(false);
    // RangeAreas.address as documented: "Sheet1!A1:B4, Sheet1!D1:D4".
    expect(parseAreas("Sheet1!A1:B4, Sheet1!D1:D4")).toEqual([
      { top: 0, left: 0, bottom: 3, right: 1 },
      { top: 0, left: 3, bottom: 3, right: 3 },
    ]);
    expect(parseAreas("'计划 表'!A1:B2,'计划 表'!C3")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
  });

  test("a host without ExcelApi 1.13 gets a clear message, not a crash", async () => {
    const { book } = fixtureBook("seed-003");
    const host = new ExcelHost({ run: book.run, requirements: upTo(9) });
    await expect(host.readSnapshot("seed-003".slice(0, 3))).rejects.toMatchObject({ code: "unsupported-host" });
    expect(book.syncs).toHaveLength(0);
  });
});

describe("marks", () => {
  test("marks colour by rule, explain in notes, and clear back to exactly the user's sheet", async () => {
    const { book, host, snapshot } = fixtureBook("seed-003");
    const sheet = book.sheet(snapshot.sheet);
    const { report } = checkSheet(snapshot);
    const plan = planMarks(report);
    expect(plan.marks.length).toBeGreaterThan(0);
    // The user's own fill and note on a cell we will mark.
    const first = plan.marks[0];
    sheet.cells.get(`${first.row},${first.col}`)!.fill = "FF0000";
    sheet.notes.set(first.address, "我自己的批注");
    const before = JSON.stringify([...sheet.cells.entries()]);
    const shownBefore = plan.marks.map((m) => book.shownFill(sheet.name, m.address));

    await host.applyMarks(plan);
    for (const m of plan.marks) expect(book.shownFill(sheet.name, m.address)).toBe(SEVERITY_FILL[m.severity]);
    // The user's note keeps its text; the tool's block comes after it.
    expect(sheet.notes.get(first.address)).toBe(withToolNote("我自己的批注", first.note));
    for (const m of plan.marks.slice(1)) expect(sheet.notes.get(m.address)).toBe(m.note);
    expect(JSON.stringify([...sheet.cells.entries()])).toBe(before); // no cell format touched
    expect(book.enableEvents).toBe(true);

    // Marking again replaces, never piles up.
    await host.applyMarks(plan);
    const rules = sheet.rules.length;
    expect(rules).toBeLessThanOrEqual(3);

    const restored = await host.clearMarks(sheet.name);
    expect(restored).toBe(plan.marks.length);
    expect(sheet.rules).toHaveLength(0);
    expect([...sheet.notes.entries()]).toEqual([[first.address, "我自己的批注"]]);
    expect(plan.marks.map((m) => book.shownFill(sheet.name, m.address))).toEqual(shownBefore);
    expect(JSON.stringify([...sheet.cells.entries()])).toBe(before);
    expect(book.settings.has(LEGACY_MARKS_SETTING)).toBe(false);
    expect(await host.clearMarks(sheet.name)).toBe(0);
  });

  test("marks are found by what they are after a reopen changes every Worksheet.id", async () => {
    const { book, host, snapshot } = fixtureBook("seed-003");
    const sheet = book.sheet(snapshot.sheet);
    const plan = planMarks(checkSheet(snapshot).report);
    await host.applyMarks(plan);
    book.reopen();
    // Checking again replaces the notes rather than stacking a second block on each.
    await host.applyMarks(plan);
    for (const m of plan.marks) expect(sheet.notes.get(m.address)).toBe(m.note);
    book.reopen();
    expect(await host.clearMarks(sheet.name)).toBe(plan.marks.length);
    expect(sheet.notes.size).toBe(0);
    expect(sheet.rules).toHaveLength(0);
  });

  test("a user's note and a reply typed under the tool's block stay; the old record setting goes", async () => {
    const { book, host, snapshot } = fixtureBook("seed-003");
    const sheet = book.sheet(snapshot.sheet);
    book.settings.set(LEGACY_MARKS_SETTING, JSON.stringify({ "{old-id}": { rules: ["0"], explained: [], kind: "note", cells: 1 } }));
    const plan = planMarks(checkSheet(snapshot).report);
    await host.applyMarks(plan);
    const [a, b] = plan.marks;
    sheet.notes.set(a.address, `${sheet.notes.get(a.address)}\n已核实，暂不修改`);
    sheet.notes.set("Z99", "与本工具无关的批注");
    expect(book.settings.has(LEGACY_MARKS_SETTING)).toBe(false);
    await host.clearMarks(sheet.name);
    expect(sheet.notes.get(a.address)).toBe("已核实，暂不修改");
    expect(sheet.notes.has(b.address)).toBe(false);
    expect(sheet.notes.get("Z99")).toBe("与本工具无关的批注");
  });

  test("a rule Excel will not describe is left alone; marking and clearing still work", async () => {
    const { book, host, snapshot } = fixtureBook("seed-003");
    const sheet = book.sheet(snapshot.sheet);
    const unreadable = { id: "user-odd", address: "A1:H40", formula: "=A1>0", fill: "00FF00", unreadable: true };
    sheet.rules.push(unreadable);
    await validate(host, snapshot.sheet);
    expect(sheet.rules.length).toBeGreaterThan(1);
    await clearMarks(host, snapshot.sheet);
    expect(sheet.rules).toEqual([unreadable]);
  });

  test("a rule Excel refuses to delete (overlapping a cell-value rule) is named, the rest is cleared", async () => {
    const { book, host, snapshot } = fixtureBook("seed-003");
    const sheet = book.sheet(snapshot.sheet);
    const plan = planMarks(checkSheet(snapshot).report);
    await host.applyMarks(plan);
    const ours = sheet.rules.length;
    const first = plan.marks[0];
    const userRule = { id: "user-cv", address: first.address, formula: "=1", fill: "00FF00", type: "CellValue" };
    sheet.rules.push(userRule);
    const error = await host.clearMarks(sheet.name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanError);
    expect((error as PlanError).zh).toContain('=N("taskplan")=0');
    expect((error as PlanError).zh).not.toContain("重命名");
    expect(sheet.notes.size).toBe(0);
    // Only the rule over the user's cell is left, besides the user's own.
    expect(ours).toBeGreaterThan(1);
    expect(sheet.rules.filter((r) => r !== userRule)).toHaveLength(1);
    expect(sheet.rules).toContain(userRule);
  });

  test("a sheet that is gone is reported as gone; anything else not found is not", async () => {
    const { book, host, snapshot } = fixtureBook("seed-003");
    await expect(host.readSnapshot("不存在")).rejects.toMatchObject({ code: "no-sheet" });
    const plan = planMarks(checkSheet(snapshot).report);
    // A note deleted by hand between the reading and the writing.
    const run = book.run;
    const racing = new ExcelHost({
      run: (work) => run(async (ctx) => {
        const sync = ctx.sync.bind(ctx);
        let n = 0;
        (ctx as unknown as { sync: () => Promise<void> }).sync = async () => {
          await sync();
          if (++n === 2) book.sheet(snapshot.sheet).notes.clear();
        };
        return work(ctx);
      }),
      requirements: ALL_SETS,
    });
    await host.applyMarks(plan);
    const error = await racing.clearMarks(snapshot.sheet).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "write-failed" });
    expect((error as PlanError).zh).not.toContain("重命名");
  });

  test("a user's conditional format survives marking and clearing", async () => {
    const { book, host, snapshot } = fixtureBook("seed-000");
    const sheet = book.sheet(snapshot.sheet);
    sheet.rules.push({ id: "user-rule", address: "A1:A3", formula: "=A1>0", fill: "00FF00" });
    await validate(host, snapshot.sheet);
    await clearMarks(host, snapshot.sheet);
    expect(sheet.rules).toEqual([{ id: "user-rule", address: "A1:A3", formula: "=A1>0", fill: "00FF00" }]);
  });

  test("a rule the user adds above ours after marking survives clearing (ids are priorities)", async () => {
    const { book, host, snapshot } = fixtureBook("seed-003");
    await validate(host, snapshot.sheet);
    const sheet = book.sheet(snapshot.sheet);
    expect(sheet.rules.length).toBeGreaterThan(0);
    // Excel's UI, like `add`, puts a new rule at the top priority: every id below it moves.
    sheet.rules.unshift({ id: "user-top", address: "A1:A3", formula: "=A1>0", fill: "00FF00" });
    sheet.rules.push({ id: "user-bottom", address: "B1:B3", formula: "=TRUE", fill: SEVERITY_FILL.error });
    await validate(host, snapshot.sheet);
    await clearMarks(host, snapshot.sheet);
    expect(sheet.rules.map((r) => r.id)).toEqual(["user-top", "user-bottom"]);
  });

  test("without notes (before ExcelApi 1.18) explanations go into comments, and are cleared", async () => {
    const { book, snapshot } = fixtureBook("seed-004");
    const host = new ExcelHost({ run: book.run, requirements: upTo(17) });
    const { report } = await validate(host, snapshot.sheet);
    const sheet = book.sheet(snapshot.sheet);
    expect(sheet.notes.size).toBe(0);
    expect(sheet.comments.size).toBe(planMarks(report).marks.length);
    await host.clearMarks(snapshot.sheet);
    expect(sheet.comments.size).toBe(0);
  });

  test("before ExcelApi 1.10 the marks are colour only", async () => {
    const { book, snapshot } = fixtureBook("seed-004");
    const host = new ExcelHost({ run: book.run, requirements: { isSetSupported: (_n: string, v = "1.1") => ["1.9", "1.13"].includes(v) || Number(v.split(".")[1]) < 9 } });
    await validate(host, snapshot.sheet);
    const sheet = book.sheet(snapshot.sheet);
    expect(sheet.rules.length).toBeGreaterThan(0);
    expect(sheet.notes.size + sheet.comments.size).toBe(0);
  });

  test("a protected sheet is refused with a clear message and left untouched", async () => {
    const { book, host, snapshot } = fixtureBook("seed-003");
    book.sheet(snapshot.sheet).protected = true;
    const error = await validate(host, snapshot.sheet).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanError);
    expect(error).toMatchObject({ code: "protected" });
    expect((error as PlanError).zh).toContain("受保护");
    expect(book.sheet(snapshot.sheet).rules).toHaveLength(0);
    expect(book.enableEvents).toBe(true);
  });

  test("a lost connection comes out as a PlanError in both languages", async () => {
    const { book, host, snapshot } = fixtureBook("seed-003");
    const run = book.run;
    const broken = new ExcelHost({
      run: (work) => run(async (ctx) => {
        (ctx as unknown as { sync: () => Promise<void> }).sync = () => Promise.reject(Object.assign(new Error("net"), { code: "GeneralException" }));
        return work(ctx);
      }),
      requirements: ALL_SETS,
    });
    void host;
    await expect(broken.readSnapshot(snapshot.sheet)).rejects.toMatchObject({ code: "write-failed" });
  });

  test("areas: vertical runs joined, a few hundred areas per rule", () => {
    const marks = [3, 4, 5, 9].map((row) => ({ row, col: 5, address: `F${row + 1}`, severity: "error" as const, note: "" }));
    expect(markAddressGroups(marks)).toEqual(["F4:F6,F10"]);
    const scattered = Array.from({ length: 1000 }, (_, i) => ({ row: i * 2, col: 2, address: "", severity: "info" as const, note: "" }));
    const groups = markAddressGroups(scattered);
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.every((g) => g.split(",").length <= 300)).toBe(true);
    expect(groups.join(",").split(",")).toHaveLength(1000);
  });
});

describe("requests: bounded syncs, no request over 4 MB", () => {
  async function checkRun(rows: number) {
    const { book, host } = bigBook(rows);
    await host.readSnapshot("计划");
    const readSyncs = book.syncs.length;
    const { report } = await validate(host, "计划");
    const markSyncs = book.syncs.length - readSyncs * 2;
    return { book, readSyncs, markSyncs, marks: planMarks(report).marks.length };
  }

  test("reading and marking 1k and 10k rows take the same few syncs", async () => {
    const small = await checkRun(1_000);
    const large = await checkRun(10_000);
    expect(large.readSyncs).toBe(small.readSyncs);
    // extent; values and merges; the merged rectangles; extents cut by block edges; number formats
    expect(large.readSyncs).toBeLessThanOrEqual(5);
    expect(large.marks).toBeGreaterThanOrEqual(2_000);
    // the marks, then the sheet list (a generated tab is refused) and the 检查结果 sheet: its
    // sheet list, its values and formats, the plan shown again
    expect(large.markSyncs).toBe(small.markSyncs);
    expect(large.markSyncs).toBeLessThanOrEqual(10);
    expect(large.book.maxRequestBytes).toBeLessThanOrEqual(REQUEST_BUDGET);
    expect(large.book.maxResponseBytes).toBeLessThanOrEqual(REQUEST_BUDGET * 1.25);
  });

  test("a request rejected for its size is halved and retried until it fits", async () => {
    const { book, host } = bigBook(10_000);
    const { report } = checkSheet(await host.readSnapshot("计划"));
    const marks = planMarks(report).marks;
    book.payloadLimit = 600_000;
    await host.applyMarks(planMarks(report));
    expect(book.sheet("计划").notes.size).toBe(marks.length);
    expect(book.syncs.some((s) => s.requestBytes > 600_000)).toBe(true); // some were rejected …
    book.payloadLimit = WEB_PAYLOAD_LIMIT;
    await host.clearMarks("计划");
    expect(book.sheet("计划").notes.size).toBe(0); // … and nothing was lost or doubled
  });

  test("300 department tabs from a 10k-row plan in a bounded number of syncs", async () => {
    const { book, host } = bigBook(10_000);
    const result = await generate(host, "计划");
    expect(result.created.length).toBeGreaterThanOrEqual(300);
    // A handful of fixed requests, then the writes packed close to the budget: the count grows
    // only with the bytes the tabs hold, each request near-full.
    const total = book.syncs.reduce((n, s) => n + s.requestBytes, 0);
    expect(book.syncs.length).toBeLessThanOrEqual(16 + Math.ceil(total / (0.7 * REQUEST_BUDGET)));
    expect(book.maxRequestBytes).toBeLessThanOrEqual(REQUEST_BUDGET);
    for (const name of result.created) expect(parseTabMark(book.sheet(name).names.get(TAB_MARK_NAME)!.formula)?.plan).toBe(planOf(result.tabs));
    expect(book.sheets.some((s) => s.name.startsWith("~tp"))).toBe(false);
  });
});

describe("tabs", () => {
  const tab = (name: string, rows: (string | null)[][]): TabSpec => ({
    name,
    kind: "department",
    unit: name,
    title: `${name}任务清单`,
    header: ["序号", "原序号", "具体要求"],
    rows,
    links: [{ row: 0, col: 1, sheet: "计划 表", cell: "A3" }],
    widths: [6, 8, 40],
    centered: [0, 1],
  });

  test("values are written as text: =HYPERLINK(…) and +86… stay text; links, layout and footer set", async () => {
    const book = bookWith("计划 表", [["序号"]]);
    const host = new ExcelHost({ run: book.run, requirements: ALL_SETS });
    const result = await host.applyTabs(
      { sourceSheet: "计划 表", tabs: [tab("市财政局", [["1", "3", '=HYPERLINK("http://x","y")'], ["2", "4", "+8612345"]])] },
      [],
    );
    expect(result.created).toEqual(["市财政局"]);
    const s = book.sheet("市财政局");
    expect(s.cells.get("2,2")).toMatchObject({ value: '=HYPERLINK("http://x","y")', format: "@" });
    expect(s.cells.get("2,1")!.hyperlink).toEqual({ documentReference: "'计划 表'!A3", textToDisplay: "3" });
    // Drawn as the shared look says, and marked by a hidden name, not by the footer.
    const look = tabLook();
    expect(s.footer.centerFooter).toBe(look.print.footer);
    expect(s.footer.centerFooter).not.toContain(LEGACY_TAB_FOOTER);
    const mark = s.names.get(TAB_MARK_NAME)!;
    expect(mark.visible).toBe(false);
    expect(parseTabMark(mark.formula)).toEqual({ plan: planKey("计划 表", "市财政局任务清单"), digest: tabDigest(readBack(s)) });
    expect(s.props.get("A1:C1 font.name")).toBe(look.titleFont.name);
    expect(s.props.get("A1:C1 font.size")).toBe(look.titleFont.size);
    expect(s.props.get("A2:C2 font.name")).toBe(look.headerFont.name);
    expect(s.props.get("A3:C4 font.name")).toBe(look.bodyFont.name);
    expect(s.props.get("A2:C2 fill.color")).toBe(`#${look.headerFill}`);
    expect(s.props.get("A2:C4 border.EdgeTop.color")).toBe(`#${look.borderColor}`);
    expect(s.props.get("A1:C1 rowHeight")).toBe(look.titleHeight);
    expect(s.props.get("autoFilter")).toBe("A2:C4");
    expect(s.props.get("zoom")).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(s.props.get("centerHorizontally")).toBe(true);
    expect(s.props.get("leftMargin")).toBeCloseTo(look.print.margins.left * 72);
    expect(s.props.get("freezeRows")).toBe(2);
    expect(s.props.get("orientation")).toBe("Landscape");
    expect(s.props.get("printTitleRows")).toBe("$2:$2");
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    // Printable as is: the table ruled, short columns centred, rows fitted to the wrapped text.
    expect(s.props.get("A2:C4 border.InsideHorizontal.style")).toBe("Continuous");
    expect(s.props.get("A2:C4 border.EdgeLeft.style")).toBe("Continuous");
    expect(s.props.get("B3:B4 horizontalAlignment")).toBe("Center");
    expect(s.props.get("C3:C4 horizontalAlignment")).toBeUndefined();
    expect(s.props.get("A2:C4 autofitRows")).toBe(true);
  });

  test("a tab of long text is written in slices that each fit a request", async () => {
    const book = bookWith("计划 表", [["序号"]]);
    const host = new ExcelHost({ run: book.run, requirements: ALL_SETS });
    // 2,000 rows of 1,000 CJK characters: about 6 MB, more than one request can carry.
    const rows = Array.from({ length: 2_000 }, (_, i) => [String(i + 1), "1", "要".repeat(1_000)]);
    await host.applyTabs({ sourceSheet: "计划 表", tabs: [tab("市财政局", rows)] }, []);
    expect(book.sheet("市财政局").cells.get("2001,2")!.value).toBe("要".repeat(1_000));
    expect(book.maxRequestBytes).toBeLessThanOrEqual(REQUEST_BUDGET);
  });

  test("a user's tab is never overwritten or deleted; our old tab is replaced", async () => {
    const book = bookWith("计划 表", [["序号"]]);
    const host = new ExcelHost({ run: book.run, requirements: ALL_SETS });
    await host.applyTabs({ sourceSheet: "计划 表", tabs: [tab("市财政局", [["1", "3", "旧"]])] }, []);
    book.addSheet("市教育局", [["我的表"]]);
    expect((await host.listSheets()).map(({ name, generated }) => ({ name, generated }))).toEqual([
      { name: "计划 表", generated: false },
      { name: "市财政局", generated: true },
      { name: "市教育局", generated: false },
    ]);
    // Asked to remove a user tab: refused silently; asked to write over it: refused loudly.
    await expect(
      host.applyTabs({ sourceSheet: "计划 表", tabs: [tab("市教育局", [["1", "3", "新"]])] }, ["市教育局"]),
    ).rejects.toMatchObject({ code: "write-failed" });
    expect(book.sheet("市教育局").cells.get("0,0")!.value).toBe("我的表");
    const again = await host.applyTabs({ sourceSheet: "计划 表", tabs: [tab("市财政局", [["1", "3", "新"]])] }, ["市财政局", "市教育局"]);
    expect(again.removed).toEqual(["市财政局"]);
    expect(book.sheet("市财政局").cells.get("2,2")!.value).toBe("新");
    expect(book.sheet("市教育局").cells.get("0,0")!.value).toBe("我的表");
  });

  test("a failure while writing leaves no half-built tab behind", async () => {
    const book = bookWith("计划 表", [["序号"]]);
    const run = book.run;
    let syncs = 0;
    const host = new ExcelHost({
      run: (work) => run(async (ctx) => {
        const real = ctx.sync.bind(ctx);
        (ctx as unknown as { sync: () => Promise<void> }).sync = () => (++syncs === 5 ? Promise.reject(Object.assign(new Error("lost"), { code: "GeneralException" })) : real());
        return work(ctx);
      }),
      requirements: ALL_SETS,
    });
    const rows = Array.from({ length: 3000 }, (_, i) => [String(i + 1), "1", "x".repeat(400)]);
    const tabs = Array.from({ length: 6 }, (_, i) => tab(`市${i}局`, rows));
    await expect(host.applyTabs({ sourceSheet: "计划 表", tabs }, [])).rejects.toMatchObject({ code: "write-failed" });
    expect(book.sheets.map((s) => s.name)).toEqual(["计划 表"]);
  });

  const plan = (tabs: TabSpec[]) => ({ sourceSheet: "计划 表", tabs });
  async function generatedBook() {
    const book = bookWith("计划 表", [["序号"]]);
    const host = new ExcelHost({ run: book.run, requirements: ALL_SETS });
    await host.applyTabs(plan([tab("市财政局", [["1", "3", "旧"]]), tab("市教育局", [["2", "4", "旧"]])]), []);
    return { book, host };
  }

  test("a rename Excel refuses while swapping puts every name back and deletes nothing", async () => {
    const { book, host } = await generatedBook();
    const before = book.sheets.map((s) => s.name);
    book.refuseRename = (from, to) => to === "市教育局" && from.startsWith("~tp") && !from.startsWith("~tpold");
    const error = await host.applyTabs(plan([tab("市财政局", [["1", "3", "新"]]), tab("市教育局", [["2", "4", "新"]])]), ["市财政局", "市教育局"]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "write-failed" });
    expect((error as PlanError).zh).toContain("已恢复");
    expect(book.sheets.map((s) => s.name)).toEqual(before);
    expect(book.sheet("市财政局").cells.get("2,2")!.value).toBe("旧");
    expect(book.sheet("市教育局").cells.get("2,2")!.value).toBe("旧");
  });

  test("a generated tab edited since is kept under its own name and reported; the user's copy and other plans' tabs stay", async () => {
    const { book, host } = await generatedBook();
    book.sheet("市教育局").cells.set("2,2", { value: "我补充的说明" });
    book.copySheet("市财政局", "市财政局 (2)");
    const other = book.addSheet("另一计划分表", [["x"]]);
    other.names.set(TAB_MARK_NAME, { formula: `=${tabMarkFormula({ plan: planKey("别的表", "别的标题"), digest: "00000000" })}`, visible: false });
    const legacy = book.addSheet("旧版分表", [["y"]]);
    legacy.footer.centerFooter = LEGACY_TAB_FOOTER;
    const all = ["市财政局", "市教育局", "市财政局 (2)", "另一计划分表", "旧版分表"];

    const result = await host.applyTabs(plan([tab("市财政局", [["1", "3", "新"]]), tab("市教育局", [["2", "4", "新"]])]), all);
    expect(result.removed.sort()).toEqual(["市财政局", "旧版分表"].sort());
    expect(result.kept).toEqual([{ name: "市教育局", keptAs: "市教育局（已修改）", reason: "edited" }]);
    expect(book.sheet("市教育局（已修改）").cells.get("2,2")!.value).toBe("我补充的说明");
    expect(book.sheet("市教育局（已修改）").names.has(TAB_MARK_NAME)).toBe(false);
    expect(book.sheet("市教育局").cells.get("2,2")!.value).toBe("新");
    expect(book.sheet("市财政局 (2)").cells.get("2,2")!.value).toBe("旧");
    expect(book.sheet("另一计划分表").cells.get("0,0")!.value).toBe("x");
    expect(book.sheets.some((s) => s.name.startsWith("~tp"))).toBe(false);
  });

  test("a tab of another plan in the way is refused, not replaced", async () => {
    const book = bookWith("计划 表", [["序号"]]);
    const other = book.addSheet("市财政局", [["别的计划"]]);
    other.names.set(TAB_MARK_NAME, { formula: `=${tabMarkFormula({ plan: planKey("别的表", "别的标题"), digest: "00000000" })}`, visible: false });
    const host = new ExcelHost({ run: book.run, requirements: ALL_SETS });
    const error = await host.applyTabs(plan([tab("市财政局", [["1", "3", "新"]])]), ["市财政局"]).catch((e: unknown) => e);
    expect((error as PlanError).zh).toContain("另一份计划");
    expect(book.sheet("市财政局").cells.get("0,0")!.value).toBe("别的计划");
  });

  test("the sheet the user was on is active again after the tabs are written", async () => {
    const book = bookWith("计划 表", [["序号"]]);
    const host = new ExcelHost({ run: book.run, requirements: ALL_SETS });
    await host.applyTabs(plan([tab("市财政局", [["1", "3", "新"]])]), []);
    expect(book.active).toBe("计划 表");
  });

  test("a protected workbook is refused before anything is written", async () => {
    const book = bookWith("计划 表", [["序号"]]);
    book.workbookProtected = true;
    const host = new ExcelHost({ run: book.run, requirements: ALL_SETS });
    await expect(host.applyTabs({ sourceSheet: "计划 表", tabs: [tab("市财政局", [])] }, [])).rejects.toMatchObject({ code: "protected" });
    expect(book.sheets).toHaveLength(1);
  });
});

describe("settings and selection", () => {
  test("settings round-trip through the workbook and are validated by the config schema", async () => {
    const { host } = fixtureBook("seed-003");
    expect(await host.loadSettings()).toEqual({});
    await host.saveSettings({ leadRule: "marked", rules: { "vague-deadline": { severity: "info" } } });
    expect(await host.loadSettings()).toEqual({ leadRule: "marked", rules: { "vague-deadline": { severity: "info" } } });
    await expect(host.saveSettings({ leadRule: "whoever" } as never)).rejects.toMatchObject({ code: "bad-config" });
  });

  test("selectCell activates the sheet and selects the cell", async () => {
    const { book, host, snapshot } = fixtureBook("seed-003");
    book.addSheet("其他");
    book.active = "其他";
    await host.selectCell(snapshot.sheet, "E7");
    expect(book.active).toBe(snapshot.sheet);
    expect(book.selected).toEqual({ sheet: snapshot.sheet, address: "E7" });
    await expect(host.selectCell("不存在", "A1")).rejects.toMatchObject({ code: "no-sheet" });
  });
});

describe("ribbon commands", () => {
  test("run the use case on the active sheet with the stored settings, say what they did, and always complete", async () => {
    const { book, snapshot } = fixtureBook("seed-003");
    const host = new ExcelHost({ run: book.run, requirements: ALL_SETS });
    await host.saveSettings({ rules: { "vague-deadline": { enabled: false } } });
    const completed: string[] = [];
    const shown: Notice[] = [];
    const notify = async (n: Notice) => void shown.push(n);
    const event = (name: string) => ({ completed: () => completed.push(name) }) as unknown as Office.AddinCommands.Event;

    const { report } = checkSheet(snapshot, { rules: { "vague-deadline": { enabled: false } } });
    await command(async (h, sheet, config) => {
      const { report: r } = await validate(h, sheet, config);
      return { zh: `${r.findings.length}`, en: sheet };
    }, () => host, notify)(event("check"));
    expect(shown[0]).toEqual({ zh: `${report.findings.length}`, en: snapshot.sheet });
    expect(book.sheet(snapshot.sheet).notes.size).toBe(planMarks(report).marks.length);
    const rules = book.sheet(snapshot.sheet).rules.length;

    // A failure is shown to the user in both languages, not only logged.
    book.sheet(snapshot.sheet).protected = true;
    await command(async (h, sheet) => ({ zh: String(await clearMarks(h, sheet)), en: "" }), () => host, notify)(event("clear"));
    expect(shown[1].zh).toContain("受保护");
    expect(shown[1].en).toContain("protected");
    expect(completed).toEqual(["check", "clear"]);
    expect(book.sheet(snapshot.sheet).rules.length).toBe(rules);
  });

  test("the notice page gets the text in its address, encoded", () => {
    const url = noticeUrl({ zh: "已清除 3 个单元格&", en: "a b" }, "https://x.example/commands.html?_host_Info=Excel");
    expect(url).toBe(`https://x.example/notice.html?zh=${encodeURIComponent("已清除 3 个单元格&")}&en=a%20b`);
  });
});
