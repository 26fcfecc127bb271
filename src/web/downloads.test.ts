// The page's host and downloads run in node too (exceljs has both builds): checked here on the
// fixtures laid out as staff keep them, against what the file host itself writes.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { RESULTS_SHEET_NAME } from "../core/report";
import { validate, generate } from "../core/usecases";
import { FileHost } from "../file/host";
import { loadWorkbook, snapshotToWorksheet, workbookToBuffer } from "../file/xlsx";
import { fixtureIds, fixtureLayout, loadFixture } from "../../test/support/fixtures";
import { BrowserHost } from "./browserHost";
import { markedWorkbook, tabWorkbook, tabWorkbooks, tabWorkbooksZip, workbookWithTabs } from "./downloads";

async function openFixture(id: string): Promise<BrowserHost> {
  const wb = new ExcelJS.Workbook();
  snapshotToWorksheet(wb, fixtureLayout(loadFixture(id)).snapshot);
  const bytes = await workbookToBuffer(wb);
  return BrowserHost.open(await FileHost.fromBytes(bytes.slice(0), `${id}.xlsx`), bytes, `${id}.xlsx`);
}

async function toBytes(data: ArrayBuffer | Uint8Array | Blob): Promise<ArrayBuffer | Uint8Array> {
  return data instanceof Blob ? data.arrayBuffer() : data;
}

describe.each(fixtureIds())("%s in the page's host", (id) => {
  it("tells the page about marks, selections and tabs as the use cases run", async () => {
    const host = await openFixture(id);
    const seen: number[] = [];
    host.subscribe(() => seen.push(host.getState().version));
    const sheet = await host.activeSheet();

    const { report } = await validate(host, sheet);
    expect(host.getState().marks[sheet].marks.length).toBe(new Set(report.findings.filter((f) => f.row !== null).map((f) => f.cell)).size);

    const finding = report.findings[report.findings.length - 1];
    await host.selectCell(finding.sheet, finding.cell);
    expect(host.getState().selection).toMatchObject({ sheet, address: finding.cell });

    const { tabs, created } = await generate(host, sheet);
    expect(host.getState().tabs?.plan).toEqual(tabs);
    expect(host.getState().sheets.map((s) => s.name)).toEqual([sheet, RESULTS_SHEET_NAME.zh, ...created]);
    expect(seen.length).toBeGreaterThanOrEqual(3);

    await host.clearMarks(sheet);
    expect(host.getState().marks[sheet]).toBeUndefined();
  });

  it("downloads hold what their buttons promise, rebuilt from the file as opened", async () => {
    const host = await openFixture(id);
    const sheet = await host.activeSheet();
    await validate(host, sheet);
    const { tabs } = await generate(host, sheet);
    const state = host.getState();

    // Marked copy: the marks and the 检查结果 sheet, no tabs.
    const marked = await markedWorkbook(host);
    expect(marked.name).toBe(`${id}-已标记.xlsx`);
    const markedHost = await FileHost.fromBytes(await toBytes(marked.data), marked.name);
    // A sheet counts as marked with a 检查结果 sheet too (seed 002's one finding is about the whole table).
    const withMarks = Object.values(state.marks).filter((m) => m.marks.length > 0 || m.results).map((m) => m.sheet);
    expect(await markedHost.markedSheets()).toEqual(withMarks);
    expect((await markedHost.listSheets()).map((s) => s.name)).toEqual([sheet, RESULTS_SHEET_NAME.zh]);

    // With tabs: the sheets the live host has, without the marks and their 检查结果 sheet (as `taskplan split --out`).
    const withTabs = await workbookWithTabs(host, state.tabs!);
    const tabsHost = await FileHost.fromBytes(await toBytes(withTabs.data), withTabs.name);
    expect((await tabsHost.listSheets()).map((s) => s.name)).toEqual(state.sheets.filter((s) => !s.results).map((s) => s.name));
    expect(await tabsHost.markedSheets()).toEqual([]);

    // One workbook per tab, each holding that tab only; the zip holds them all.
    const files = await tabWorkbooks(tabs);
    expect(files).toHaveLength(tabs.tabs.length);
    const first = tabs.tabs.find((t) => t.kind === "department")!;
    const one = await tabWorkbook(tabs, first.name);
    const oneWb = await loadWorkbook(await toBytes(one.data));
    expect(oneWb.worksheets.map((ws) => ws.name)).toEqual([first.name]);
    expect(oneWb.worksheets[0].rowCount).toBe(first.rows.length + 2);

    const zip = await JSZip.loadAsync(await toBytes((await tabWorkbooksZip(host, tabs)).data));
    expect(Object.keys(zip.files).sort()).toEqual(files.map((f) => f.name).sort());
  }, 30_000); // every download of a fixture built and read back: slow on a loaded machine
});

describe("a check's marks in the page's host", () => {
  const id = fixtureIds()[0];

  it("are recorded when the check answers and in the file for every later operation", async () => {
    const host = await openFixture(id);
    const sheet = await host.activeSheet();
    await validate(host, sheet);
    expect(host.getState().marks[sheet]).toBeDefined();
    expect((await host.listSheets()).map((s) => s.name)).toEqual([sheet, RESULTS_SHEET_NAME.zh]);
    expect(host.getState().sheets.map((s) => s.name)).toEqual([sheet, RESULTS_SHEET_NAME.zh]);
  });

  it("fail the next operation, once, when writing them fails", async () => {
    const wb = new ExcelJS.Workbook();
    snapshotToWorksheet(wb, fixtureLayout(loadFixture(id)).snapshot);
    const bytes = await workbookToBuffer(wb);
    const file = await FileHost.fromBytes(bytes.slice(0), `${id}.xlsx`);
    jest.spyOn(file, "applyMarks").mockRejectedValue(new Error("disk full"));
    const host = await BrowserHost.open(file, bytes, `${id}.xlsx`);
    const sheet = await host.activeSheet();
    await validate(host, sheet);
    await expect(host.readSnapshot(sheet)).rejects.toThrow("disk full");
    await expect(host.readSnapshot(sheet)).resolves.toMatchObject({ sheet });
  });
});
