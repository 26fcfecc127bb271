// The department contract (departments.contract.ts) through the hosts that can run in Node: the
// core over an in-memory workbook, and the .xlsx file host.
import ExcelJS from "exceljs";
import type { ApplyTabsResult, SheetInfo, WorkbookHost } from "../src/core/host";
import type { SheetSnapshot, TabsPlan } from "../src/core/schema";
import { ROSTER_TAB_NAME } from "../src/core/generate/roster";
import { generate, treatAsSameUnit } from "../src/core/usecases";
import { FileHost } from "../src/file/host";
import { snapshotToWorksheet, workbookToBuffer } from "../src/file/xlsx";
import { departmentContract, seed000WithNonTasks } from "./departments.contract";
import { fixtureLayout, loadFixture } from "./support/fixtures";

/** A workbook in memory: the plan's snapshot as given (hidden rows and struck cells included),
 * each tab written as its cells. */
class MemoryHost implements WorkbookHost {
  readonly name = "memory.xlsx";
  private sheets = new Map<string, { info: SheetInfo; snapshot: SheetSnapshot }>();
  constructor(plan: SheetSnapshot) {
    this.sheets.set(plan.sheet, { info: { name: plan.sheet, generated: false }, snapshot: plan });
  }
  async listSheets() {
    return [...this.sheets.values()].map((s) => s.info);
  }
  async activeSheet() {
    return [...this.sheets.keys()][0];
  }
  async readSnapshot(sheet: string) {
    const found = this.sheets.get(sheet);
    if (!found) throw new Error(`no sheet ${sheet}`);
    return found.snapshot;
  }
  async applyMarks() {}
  async clearMarks() {
    return 0;
  }
  async applyTabs(plan: TabsPlan, remove: string[]): Promise<ApplyTabsResult> {
    for (const name of remove) this.sheets.delete(name);
    for (const tab of plan.tabs) {
      const values = [[tab.title], tab.header, ...tab.rows];
      const snapshot = { sheet: tab.name, origin: { row: 0, col: 0 }, values, dateCells: [], merges: [] };
      this.sheets.set(tab.name, { info: { name: tab.name, generated: true, mark: tab.mark }, snapshot });
    }
    return { created: plan.tabs.map((t) => t.name), removed: remove };
  }
  async loadSettings() {
    return {};
  }
  async saveSettings() {}
}

async function fileHostOf(snapshot: SheetSnapshot): Promise<WorkbookHost> {
  const wb = new ExcelJS.Workbook();
  snapshotToWorksheet(wb, snapshot);
  return FileHost.fromBytes(await workbookToBuffer(wb), "plan.xlsx");
}

departmentContract("core (in memory)", async (snapshot) => new MemoryHost(snapshot));
departmentContract("file host", fileHostOf);

describe("rows that are not tasks go nowhere (seed 000 with a hidden row, a struck row and a footer)", () => {
  const snapshot = seed000WithNonTasks();

  it("no tab and no task for the withdrawn rows or the footer; the notice and the index say why", async () => {
    const result = await generate(new MemoryHost(snapshot), snapshot.sheet);
    const tabNames = result.tabs.tabs.map((t) => t.name);
    for (const bogus of ["制表日期", "审计分局", "交警中队"]) expect(tabNames).not.toContain(bogus);
    const seqs = result.placed.flatMap((p) => p.rows.map((r) => r.seq));
    for (const seq of ["10-1", "20-1", "合计任务数：52项"]) expect(seqs).not.toContain(seq);
    const tax = result.placed.find((p) => p.unit === "税务局");
    expect(tax?.rows.map((r) => r.seq)).toEqual(["1", "2", "4", "39", "41"]);
    const notice = result.notices.find((n) => n.kind === "rows-not-tasks");
    expect(notice?.zh).toContain("3 行不是任务（隐藏 1、删除线 1、表尾（合计、制表） 1）");
    expect(result.summary.notTasks).toBe(3);
    const index = result.tabs.tabs[0];
    expect(index.rows[index.rows.length - 1][1]).toContain("另有 3 行不是任务");
  });

  it("through the file host (which reads neither hidden rows nor strike-through yet) the footer still goes nowhere", async () => {
    const result = await generate(await fileHostOf(snapshot), snapshot.sheet);
    expect(result.tabs.tabs.map((t) => t.name)).not.toContain("制表日期");
    expect(result.placed.flatMap((p) => p.rows.map((r) => r.seq))).not.toContain("合计任务数：52项");
  });
});

describe("视为同一单位 through the file host", () => {
  it("writes the roster, names it in the settings, and regenerates: the variants share one tab; a second merge keeps the first", async () => {
    const { snapshot } = fixtureLayout(loadFixture("seed-000"));
    const host = await fileHostOf(snapshot);
    const first = await generate(host, snapshot.sheet);
    expect(first.notices.filter((n) => n.kind === "near-duplicate").map((n) => [n.unit, n.suggestion])).toContainEqual(["建设局局", "建设局"]);

    const merged = await treatAsSameUnit(host, snapshot.sheet, {}, "建设局局", "建设局");
    expect(merged.tabs.tabs.map((t) => t.name)).not.toContain("建设局局");
    const building = merged.placed.find((p) => p.unit === "建设局");
    expect(building?.rows.map((r) => r.seq)).toEqual(["1", "2", "4", "5", "13", "16", "17", "18", "32", "45"]);
    expect(await host.loadSettings()).toMatchObject({ rosterSheet: ROSTER_TAB_NAME });
    const names = (await host.listSheets()).map((s) => s.name);
    expect(names.filter((n) => n === ROSTER_TAB_NAME)).toHaveLength(1);

    const again = await treatAsSameUnit(host, snapshot.sheet, { rosterSheet: ROSTER_TAB_NAME }, "教育文卫", "教育文卫局");
    const tabNames = again.tabs.tabs.map((t) => t.name);
    expect(tabNames).not.toContain("建设局局");
    expect(tabNames).not.toContain("教育文卫");
    const roster = await host.readSnapshot(ROSTER_TAB_NAME);
    const rows = roster.values.slice(2).map((r) => [r[0], r[1]]);
    expect(rows).toContainEqual(["建设局", "建设局局"]);
    expect(rows).toContainEqual(["教育文卫局", "教育文卫"]);
    expect((await host.listSheets()).find((s) => s.name === ROSTER_TAB_NAME)?.generated).toBe(false);
  });
});
