// Department tabs from every fixture: who gets which rows in which role, regeneration, a user's tab
// of the same name, and the workbook as written and opened again with exceljs.
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import JSZip from "jszip";
import { readPlan } from "../src/core";
import { COMMON_TAB_NAME, DEPARTMENT_COLUMN, DEPARTMENT_HEADER, INDEX_COLUMN, INDEX_HEADER, INDEX_TAB_NAME, planDepartmentTabs } from "../src/core/generate/departments";
import type { SheetSnapshot, TabSpec } from "../src/core/schema";
import { LEGACY_TAB_FOOTER, parseTabMark, TAB_MARK_NAME } from "../src/core/tabmark";
import { XlsxPackage } from "../src/file/package";
import { FileHost } from "../src/file/host";
import { applyTabsToPackage } from "../src/file/tabs";
import { snapshotToWorksheet, workbookToBuffer } from "../src/file/xlsx";
import { fixtureIds, fixtureLayout, loadFixture, type Fixture } from "./support/fixtures";

/** Catch-alls of each fixture, as its README lists them, with whom each addresses — read from the
 * name: every department, a level of bodies, a class of bodies, or the relevant ones. */
const SCOPE_OF: Record<string, "every" | "level" | "class" | "relevant"> = {
  ...{ 各职能部门: "every", 乡街: "level", 村社区: "level", 相关责任部门: "relevant", 重点民生实事责任部门: "class" },
  ...{ 相关业务对口部门: "relevant", 各行政执法部门: "class", 政策起草部门: "class" },
  ...{ 各有关部门: "relevant", 县直各单位: "every", 县直各有关单: "relevant", 直各单位: "every" },
  ...{ 局属各单位: "every", 局属单位: "every", 局属相关单位: "relevant", 局属执法单位: "class", 局相关科室: "relevant" },
  局机关相关科室: "relevant",
};
const CATCH_ALLS = new Set(Object.keys(SCOPE_OF));

/** Rows a fixture's 共同任务 tab holds: addressed to every department, to a class nobody listed the
 * members of, or to "the relevant ones" without naming any. */
function expectedCommonRows(f: Fixture): number[] {
  return f.expected.flatMap((e, i) => {
    const scopes = e.units.filter((u) => CATCH_ALLS.has(u)).map((u) => SCOPE_OF[u]);
    const alone = e.units.every((u) => CATCH_ALLS.has(u));
    return scopes.includes("every") || scopes.includes("class") || (alone && scopes.includes("relevant")) ? [i] : [];
  });
}

/** Rows addressed to every department. */
function everyDepartmentRows(f: Fixture): number[] {
  return f.expected.flatMap((e, i) => (e.units.some((u) => SCOPE_OF[u] === "every") ? [i] : []));
}

/** Level catch-alls of a fixture; no fixture names a body of a level, so each level gets a tab. */
function levelTabsOf(f: Fixture): string[] {
  return [...new Set(f.expected.flatMap((e) => e.units.filter((u) => SCOPE_OF[u] === "level")))];
}

/** The package of a workbook exceljs wrote (after `extra` added sheets to it). */
async function packageOf(snapshot: SheetSnapshot | null, extra?: (wb: ExcelJS.Workbook) => void): Promise<XlsxPackage> {
  const wb = new ExcelJS.Workbook();
  if (snapshot) snapshotToWorksheet(wb, snapshot);
  extra?.(wb);
  return XlsxPackage.open(new Uint8Array(await workbookToBuffer(wb)));
}

/** The sheets as the file host lists them, with this tool's mark. */
function sheetInfos(pkg: XlsxPackage) {
  return new FileHost(pkg, "plan.xlsx").listSheets();
}

/** The worksheet part of `sheet` (sheets written in order: sheetN.xml is the N-th). */
async function sheetXml(pkg: XlsxPackage, sheet: string): Promise<string> {
  const names = (await sheetInfos(pkg)).map((s) => s.name);
  return pkg.text(`xl/worksheets/sheet${names.indexOf(sheet) + 1}.xml`)!;
}

/** The package as written, opened by exceljs (an independent reader) and as a package again. */
async function reopen(pkg: XlsxPackage): Promise<{ wb: ExcelJS.Workbook; pkg: XlsxPackage; buffer: Buffer }> {
  const buffer = Buffer.from(pkg.toBytes());
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(buffer as unknown as ArrayBuffer);
  return { wb: again, pkg: XlsxPackage.open(buffer), buffer };
}

/** Fixture row indexes a tab holds, from the links of its 原序号 cells to the parent rows. */
function parentRows(tab: TabSpec, firstDataRow: number): number[] {
  return tab.links.map((l) => Number(l.cell.slice(1)) - 1 - firstDataRow);
}

/**
 * Rows (1-based) whose cell calls the units after the lead responsible in words, so they are 负责,
 * not 配合 — a decision: seed 000 row 5 `人力资源和社会保障服务中心、社会事务局…等部门按职责分工负责`
 * on a sheet where the first-listed unit leads. Any other unit on a row with a lead is 配合.
 */
const WRITTEN_RESPONSIBLE: Record<string, number[]> = { "seed-000": [5, 10] };

/** The role a unit has on a fixture row, from the fixture's labels and the decision above. */
function expectedRole(id: string, f: Fixture, row: number, unit: string): string {
  const e = f.expected[row];
  if (e.lead === unit) return "牵头";
  if (e.lead === null || WRITTEN_RESPONSIBLE[id]?.includes(row + 1)) return "负责";
  return "配合";
}

describe.each(fixtureIds())("%s", (id) => {
  const fixture = loadFixture(id);
  const { snapshot, firstDataRow } = fixtureLayout(fixture);
  const plan = readPlan(snapshot);
  const commonRows = expectedCommonRows(fixture);
  const everyRows = everyDepartmentRows(fixture);
  const units = [...new Set(fixture.expected.flatMap((e) => e.units))];

  describe.each(["every", "separate"] as const)("common: %s", (common) => {
    const { plan: tabs } = planDepartmentTabs(plan, [], { common });
    const byUnit = new Map(tabs.tabs.filter((t) => t.unit).map((t) => [t.unit, t]));

    it.each(units.filter((u) => !CATCH_ALLS.has(u)))("%s: its rows exactly, in its role", (unit) => {
      const tab = byUnit.get(unit);
      expect(tab).toBeDefined();
      if (!tab) return;
      const naming = fixture.expected.flatMap((e, i) => (e.units.includes(unit) ? [i] : []));
      const wanted = common === "every" ? [...new Set([...naming, ...everyRows])].sort((a, b) => a - b) : naming;
      expect(parentRows(tab, firstDataRow)).toEqual(wanted);
      const roles = tab.rows.map((r) => r[DEPARTMENT_COLUMN.role]);
      const wantedRoles = wanted.map((i) => (naming.includes(i) ? expectedRole(id, fixture, i, unit) : "共同任务"));
      expect(roles).toEqual(wantedRoles);
      expect(tab.rows.map((r) => r[0])).toEqual(wanted.map((_, i) => i + 1));
    });

    it("the 共同任务 tab holds the rows no named unit can take alone; specific units and levels have their own tab", () => {
      const commonTab = tabs.tabs.find((t) => t.kind === "common");
      if (commonRows.length === 0) expect(commonTab).toBeUndefined();
      else expect(commonTab && parentRows(commonTab, firstDataRow)).toEqual(commonRows);
      const specific = units.filter((u) => !CATCH_ALLS.has(u));
      expect([...byUnit.keys()].sort()).toEqual([...specific, ...levelTabsOf(fixture)].sort());
    });
  });

  it("written, reopened and regenerated: identical tabs, no extras, the plan untouched", async () => {
    const pkg = await packageOf(snapshot);
    const first = planDepartmentTabs(plan, await sheetInfos(pkg), { common: "every" });
    applyTabsToPackage(pkg, first.plan, first.remove);
    const { pkg: opened } = await reopen(pkg);

    const infos = await sheetInfos(opened);
    expect(infos.filter((s) => !s.generated).map((s) => s.name)).toEqual([snapshot.sheet]);
    expect(infos.filter((s) => s.generated).map((s) => s.name)).toEqual(first.plan.tabs.map((t) => t.name));

    const again = planDepartmentTabs(readPlan(snapshot), infos, { common: "every" });
    expect(again.plan).toEqual(first.plan);
    expect(again.remove).toEqual(first.plan.tabs.map((t) => t.name));
    const result = applyTabsToPackage(opened, again.plan, again.remove);
    expect(result.removed).toEqual(again.remove);
    expect(result.kept).toEqual([]);
    const { wb: twice } = await reopen(opened);
    expect(twice.worksheets.map((w) => w.name)).toEqual([snapshot.sheet, ...first.plan.tabs.map((t) => t.name)]);
    for (const spec of first.plan.tabs) {
      const ws = twice.getWorksheet(spec.name);
      expect(ws?.rowCount).toBe(2 + spec.rows.length);
    }
    const parent = twice.getWorksheet(snapshot.sheet);
    expect(parent?.getCell(firstDataRow + 1, 1).value).toBe(fixture.rows[0][0] || null);
  }, 30_000); // exceljs reads the workbook twice: slow on a loaded machine, not a speed claim
});

describe("a workbook with tabs, opened again (seed 000)", () => {
  const { snapshot, firstDataRow } = fixtureLayout(loadFixture("seed-000"));
  const plan = readPlan(snapshot);
  let opened: ExcelJS.Workbook;
  let openedPkg: XlsxPackage;
  let buffer: Buffer;
  let planned: ReturnType<typeof planDepartmentTabs>;

  beforeAll(async () => {
    const pkg = await packageOf(snapshot, (wb) => (wb.addWorksheet("行政审批局").getCell("A1").value = "我自己的表"));
    planned = planDepartmentTabs(plan, await sheetInfos(pkg), { common: "every" });
    applyTabsToPackage(pkg, planned.plan, planned.remove);
    ({ wb: opened, pkg: openedPkg, buffer } = await reopen(pkg));
  });

  it("a user's tab named like a department survives; the department's tab gets another name and a notice", async () => {
    expect(opened.getWorksheet("行政审批局")?.getCell("A1").value).toBe("我自己的表");
    expect((await sheetInfos(openedPkg)).find((s) => s.name === "行政审批局")?.generated).toBe(false);
    const renamed = planned.plan.tabs.find((t) => t.unit === "行政审批局");
    expect(renamed?.name).toBe("行政审批局~2");
    expect(opened.getWorksheet("行政审批局~2")?.getCell("A1").value).toContain("行政审批局贯彻落实");
    expect(planned.notices.some((n) => n.kind === "tab-renamed" && n.zh.includes("行政审批局~2"))).toBe(true);
  });

  it("title merged and bold, header styled, data wrapped, widths, header frozen", () => {
    const ws = opened.getWorksheet("大数据中心");
    if (!ws) throw new Error("no tab");
    expect(ws.getCell("A1").value).toBe("大数据中心贯彻落实省、市2019年政务公开工作要点任务清单");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("I1").isMerged).toBe(true);
    expect(ws.getRow(2).values).toEqual([undefined, ...DEPARTMENT_HEADER]);
    const header = ws.getCell("C2");
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(header.border?.bottom?.style).toBe("thin");
    expect(ws.getCell("D3").alignment?.wrapText).toBe(true);
    expect(ws.getColumn(4).width).toBeGreaterThan(ws.getColumn(1).width ?? 0);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    // 序号 / 原序号 / 本单位职责 centred; the requirement left-aligned.
    expect(ws.getCell("A3").alignment?.horizontal).toBe("center");
    expect(ws.getCell("B3").alignment?.horizontal).toBe("center");
    expect(ws.getCell("D3").alignment?.horizontal).toBeUndefined();
  });

  it("every row is tall enough for its wrapped text: Excel and LibreOffice do not refit on open", () => {
    const ws = opened.getWorksheet("大数据中心");
    const tab = planned.plan.tabs.find((t) => t.unit === "大数据中心");
    if (!ws || !tab) throw new Error("no tab");
    const heights = tab.rows.map((_, i) => ws.getRow(3 + i).height);
    tab.rows.forEach((values, i) => {
      const pathLines = String(values[2]).split("\n").length; // one category level a line
      expect(heights[i]).toBeGreaterThanOrEqual(pathLines * 14);
    });
    expect(new Set(heights).size).toBeGreaterThan(1); // fitted row by row, not one height for all
    expect(ws.getRow(2).height).toBeGreaterThanOrEqual(2 * 14); // 本单位职责 wraps in its narrow column
  });

  it("A4 landscape, fit to one page wide, header row repeated, centred page numbers, no mark in print", () => {
    const ws = opened.getWorksheet("大数据中心");
    if (!ws) throw new Error("no tab");
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true });
    expect(ws.pageSetup.margins).toEqual({ left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 });
    expect(ws.pageSetup.printTitlesRow).toBe("2:2");
    expect(ws.headerFooter.oddFooter).toBe("&C第 &P 页 / 共 &N 页");
    expect(ws.autoFilter).toBe(`A2:K${2 + planned.plan.tabs.find((t) => t.name === "大数据中心")!.rows.length}`);
  });

  it("each generated tab carries a hidden sheet-scoped mark with the digest of what it holds; the user's tab none", () => {
    const wb = openedPkg.text("xl/workbook.xml")!;
    const sheets = [...wb.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
    const marks = [...wb.matchAll(/<definedName name="([^"]*)" localSheetId="(\d+)"( hidden="1")?>([^<]*)</g)]
      .filter((m) => m[1] === TAB_MARK_NAME)
      .map((m) => ({ sheet: sheets[Number(m[2])], hidden: Boolean(m[3]), mark: parseTabMark(m[4].replace(/&quot;/g, '"')) }));
    expect(marks.map((m) => m.sheet)).toEqual(planned.plan.tabs.map((t) => t.name));
    expect(marks.every((m) => m.hidden && m.mark)).toBe(true);
    expect(new Set(marks.map((m) => m.mark?.digest)).size).toBe(marks.length);
  });

  it("原序号 links to the parent row; the index links to each tab", async () => {
    const ws = opened.getWorksheet("大数据中心");
    const spec = planned.plan.tabs.find((t) => t.name === "大数据中心");
    if (!ws || !spec) throw new Error("no tab");
    // Internal links are <hyperlink location>, which exceljs does not read: read the part.
    const locations = async (sheet: string) => {
      const xml = await sheetXml(openedPkg, sheet);
      return [...xml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]*)" display="([^"]*)"\/>/g)].map((m) => ({ ref: m[1], location: m[2].replace(/&apos;|&#39;/g, "'"), display: m[3] }));
    };
    expect(await locations("大数据中心")).toEqual(spec.links.map((link, i) => ({ ref: `B${3 + i}`, location: `'${snapshot.sheet}'!${link.cell}`, display: spec.rows[i][1] })));
    spec.links.forEach((_, i) => expect(ws.getCell(3 + i, 2).text).toBe(spec.rows[i][1]));
    const parentRow = Number(spec.links[0].cell.slice(1));
    expect(parentRow).toBeGreaterThan(firstDataRow);
    expect(opened.getWorksheet(snapshot.sheet)?.getCell(parentRow, 1).value).toBe(spec.rows[0][1]);

    const index = opened.getWorksheet(INDEX_TAB_NAME);
    if (!index) throw new Error("no index");
    expect(index.getRow(2).values).toEqual([undefined, ...INDEX_HEADER]);
    const tabCell = index.getCell(3, INDEX_COLUMN.tab + 1);
    expect(tabCell.text).toBe(planned.plan.tabs[2].name);
    expect((await locations(INDEX_TAB_NAME))[0]).toMatchObject({ location: `'${planned.plan.tabs[2].name}'!A1`, display: planned.plan.tabs[2].name });
  });

  it("index counts agree with the tabs as written", () => {
    const index = opened.getWorksheet(INDEX_TAB_NAME);
    if (!index) throw new Error("no index");
    const noteRow = index.rowCount;
    expect(index.getCell(noteRow, 1).text).toBe("说明");
    expect(index.getCell(noteRow, 2).text).toContain(`共 ${planned.plan.tabs.length} 个分表`);
    for (let r = 3; r < noteRow; r++) {
      const tabName = index.getCell(r, INDEX_COLUMN.tab + 1).text;
      const ws = opened.getWorksheet(tabName);
      if (!ws) throw new Error(`no tab ${tabName}`);
      const roles: string[] = [];
      const deadlines: string[] = [];
      for (let d = 3; d <= ws.rowCount; d++) {
        roles.push(ws.getCell(d, DEPARTMENT_COLUMN.role + 1).text);
        deadlines.push(ws.getCell(d, DEPARTMENT_COLUMN.deadline + 1).text);
      }
      const n = (col: number) => index.getCell(r, col + 1).value;
      expect(n(INDEX_COLUMN.total)).toBe(roles.length);
      expect(n(INDEX_COLUMN.lead)).toBe(roles.filter((x) => x === "牵头").length);
      expect(n(INDEX_COLUMN.co)).toBe(roles.filter((x) => x === "配合").length);
      expect(n(INDEX_COLUMN.common)).toBe(roles.filter((x) => x === "共同任务").length);
      // seed 000's concrete deadlines all read as dates; the rest are vague or ongoing
      expect(n(INDEX_COLUMN.vague)).toBeLessThanOrEqual(deadlines.filter((t) => !/\d{4}\s*年/.test(t)).length);
    }
    expect(index.getCell(noteRow - 1, INDEX_COLUMN.unit + 1).text).toBe(COMMON_TAB_NAME);
  });

  it("the user's tab and the plan are not marked; every generated tab is", async () => {
    const infos = await sheetInfos(openedPkg);
    expect(infos.filter((s) => s.generated).map((s) => s.name)).toEqual(planned.plan.tabs.map((t) => t.name));
  });

  it("the raw sheet XML holds no formula", async () => {
    const zip = await JSZip.loadAsync(buffer);
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets.length).toBe(opened.worksheets.length);
    for (const f of sheets) expect(await zip.file(f)?.async("string")).not.toMatch(/<f[ >]/);
  });
});

describe("cell text that looks like a formula stays text", () => {
  it("= + - @ at the start of a unit or requirement are written as strings", async () => {
    const values = [
      ["序号", "工作任务", "具体要求", "责任单位", "完成时间"],
      ["1", "+任务", "=SUM(A1:A9)", "=HYPERLINK(\"http://example.com\",\"点我\")", "-2024年6月"],
      ["2", "@任务", "@cmd|' /C calc'!A0", "+财政局", "=NOW()"],
    ];
    const snapshot: SheetSnapshot = { sheet: "表", origin: { row: 0, col: 0 }, values, dateCells: [], merges: [] };
    const pkg = await packageOf(snapshot);
    const planned = planDepartmentTabs(readPlan(snapshot), await sheetInfos(pkg), { common: "every" });
    applyTabsToPackage(pkg, planned.plan, planned.remove);
    const { wb: opened, buffer } = await reopen(pkg);

    const zip = await JSZip.loadAsync(buffer);
    for (const f of Object.keys(zip.files).filter((n) => n.startsWith("xl/worksheets/sheet"))) {
      expect(await zip.file(f)?.async("string")).not.toMatch(/<f[ >]/);
    }
    const texts = planned.plan.tabs
      .filter((t) => t.kind === "department")
      .flatMap((t) => {
        const ws = opened.getWorksheet(t.name);
        return [3, 4].flatMap((r) => [4, DEPARTMENT_COLUMN.parentUnits + 1].map((c) => ws?.getCell(r, c).value));
      });
    expect(texts).toContain("=SUM(A1:A9)");
    expect(texts).toContain('=HYPERLINK("http://example.com","点我")');
    expect(texts).toContain("+财政局");
    for (const v of texts) expect(typeof v === "string" || v === null).toBe(true);
  });
});

describe("applyTabsToPackage: in place, never overwriting", () => {
  const spec = (name: string, rows: TabSpec["rows"] = [[1]]): TabSpec => ({ name, kind: "department", unit: name, title: `${name}任务清单`, header: ["序号"], rows, links: [], widths: [6] });
  const unzipped = (bytes: Uint8Array) => unzipSync(bytes);
  const sheetNames = async (pkg: XlsxPackage) => (await sheetInfos(pkg)).map((s) => s.name);
  const sheetPart = async (pkg: XlsxPackage, name: string) => `xl/worksheets/sheet${(await sheetNames(pkg)).indexOf(name) + 1}.xml`;

  it("every part of the input but workbook.xml, its rels, content types and styles is byte-identical", async () => {
    const { snapshot } = fixtureLayout(loadFixture("seed-000"));
    const input = await packageOf(snapshot, (wb) => wb.addWorksheet("说明").getCell("B2").value = "用户的说明");
    const before = unzipped(input.toBytes());
    const planned = planDepartmentTabs(readPlan(snapshot), await sheetInfos(input), { common: "every" });
    applyTabsToPackage(input, planned.plan, planned.remove);
    const after = unzipped(input.toBytes());
    const changed = Object.keys(before).filter((n) => !after[n] || Buffer.compare(Buffer.from(before[n]), Buffer.from(after[n])) !== 0);
    expect(changed.sort()).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"]);
    expect(Object.keys(after).length - Object.keys(before).length).toBe(planned.plan.tabs.length);

    // Run again on the output: its own tabs replaced, styles not appended twice.
    const again = XlsxPackage.open(input.toBytes());
    const second = planDepartmentTabs(readPlan(snapshot), await sheetInfos(again), { common: "every" });
    applyTabsToPackage(again, second.plan, second.remove);
    expect(again.text("xl/styles.xml")).toBe(input.text("xl/styles.xml"));
    expect(await sheetNames(again)).toEqual(await sheetNames(input));
  });

  it("a user's tab named in `remove` stays; a generated one goes", async () => {
    const pkg = await packageOf(null, (wb) => (wb.addWorksheet("财政局").getCell("A1").value = "我的"));
    applyTabsToPackage(pkg, { sourceSheet: "x", tabs: [spec("税务局")] }, []);
    const result = applyTabsToPackage(pkg, { sourceSheet: "x", tabs: [spec("税务局")] }, ["财政局", "税务局"]);
    expect(result).toEqual({ created: ["税务局"], removed: ["税务局"], kept: [] });
    const { wb } = await reopen(pkg);
    expect(wb.getWorksheet("财政局")?.getCell("A1").value).toBe("我的");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["财政局", "税务局"]);
  });

  it("a name clash fails before anything changes", async () => {
    const pkg = await packageOf(null, (wb) => wb.addWorksheet("财政局"));
    applyTabsToPackage(pkg, { sourceSheet: "x", tabs: [spec("税务局")] }, []);
    const before = pkg.toBytes();
    expect(() => applyTabsToPackage(pkg, { sourceSheet: "x", tabs: [spec("审计局"), spec("财政局")] }, ["税务局"])).toThrow(
      expect.objectContaining({ code: "write-failed" }),
    );
    expect(Buffer.compare(Buffer.from(pkg.toBytes()), Buffer.from(before))).toBe(0);
  });

  it("a generated tab the user edited is kept, renamed aside and unmarked; the new one takes its name", async () => {
    const saved = await packageOf(null, (wb) => wb.addWorksheet("计划"));
    applyTabsToPackage(saved, { sourceSheet: "计划", tabs: [spec("税务局", [[1], [2]]), spec("审计局")] }, []);
    // The user types over a cell of 税务局 (exceljs would drop the marks on saving: edit the part).
    const part = await sheetPart(saved, "税务局");
    saved.setText(part, saved.text(part)!.replace(/<c r="A4" s="(\d+)"><v>2<\/v><\/c>/, '<c r="A4" s="$1" t="inlineStr"><is><t>已办结</t></is></c>'));
    expect(await sheetInfos(saved)).toEqual([
      { name: "计划", generated: false },
      expect.objectContaining({ name: "税务局", generated: true }),
      expect.objectContaining({ name: "审计局", generated: true }),
    ]);

    const result = applyTabsToPackage(saved, { sourceSheet: "计划", tabs: [spec("税务局"), spec("审计局")] }, ["税务局", "审计局"]);
    expect(result.kept).toEqual([{ name: "税务局", keptAs: "税务局（已修改）", reason: "edited" }]);
    expect(result.removed).toEqual(["审计局"]);
    expect(await sheetInfos(saved)).toEqual([
      { name: "计划", generated: false },
      { name: "税务局（已修改）", generated: false },
      expect.objectContaining({ name: "税务局", generated: true }),
      expect.objectContaining({ name: "审计局", generated: true }),
    ]);
    const { wb } = await reopen(saved);
    expect(wb.getWorksheet("税务局（已修改）")?.getCell("A4").value).toBe("已办结");
    expect(wb.getWorksheet("税务局")?.getCell("A4").value).toBeNull();
    // Its own print titles follow the rename.
    expect(saved.text("xl/workbook.xml")).toContain("'税务局（已修改）'!$2:$2");
  });

  it("a user's sheet-scoped name still names its sheet after generated tabs before it are removed", async () => {
    // Two tabs of an earlier version (footer-marked), then the user's sheet with a print area.
    const saved = await packageOf(null, (wb) => {
      wb.addWorksheet("计划");
      for (const name of ["税务局", "审计局"]) wb.addWorksheet(name).headerFooter.oddFooter = `&L${LEGACY_TAB_FOOTER}`;
      const own = wb.addWorksheet("汇总");
      own.getCell("A1").value = "汇总";
      own.pageSetup.printArea = "A1:C9";
      wb.views = [{ activeTab: 3, firstSheet: 2, x: 0, y: 0, width: 10000, height: 20000, visibility: "visible" }];
    });
    const printArea = (p: XlsxPackage) => /<definedName name="_xlnm.Print_Area" localSheetId="(\d+)"/.exec(p.text("xl/workbook.xml")!)?.[1];
    expect(printArea(saved)).toBe("3");

    applyTabsToPackage(saved, { sourceSheet: "计划", tabs: [spec("新局")] }, ["税务局", "审计局"]);
    expect(await sheetNames(saved)).toEqual(["计划", "汇总", "新局"]);
    expect(printArea(saved)).toBe("1");
    expect(/activeTab="(\d+)"/.exec(saved.text("xl/workbook.xml")!)?.[1]).toBe("1"); // still on 汇总
    expect(/firstSheet="(\d+)"/.exec(saved.text("xl/workbook.xml")!)?.[1]).toBe("0"); // was 审计局, removed
    const { wb: back } = await reopen(saved);
    expect(back.getWorksheet("汇总")?.pageSetup.printArea).toBe("A1:C9");
  });

  it("a tab of an earlier version, marked by its print footer, is still replaced", async () => {
    const pkg = await packageOf(null, (wb) => {
      wb.addWorksheet("计划");
      wb.addWorksheet("税务局").headerFooter.oddFooter = `&L${LEGACY_TAB_FOOTER}&R第 &P 页`;
    });
    expect((await sheetInfos(pkg))[1]).toEqual(expect.objectContaining({ name: "税务局", generated: true }));
    expect(applyTabsToPackage(pkg, { sourceSheet: "计划", tabs: [spec("税务局")] }, ["税务局"]).removed).toEqual(["税务局"]);
  });

  it("a roster is written without a mark: the staff's to edit", async () => {
    const pkg = await packageOf(null, (wb) => wb.addWorksheet("计划"));
    applyTabsToPackage(pkg, { sourceSheet: "计划", tabs: [{ ...spec("单位名录"), kind: "roster" }] }, []);
    expect(await sheetInfos(pkg)).toEqual([
      { name: "计划", generated: false },
      { name: "单位名录", generated: false },
    ]);
  });
});
