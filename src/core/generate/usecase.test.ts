import type { ApplyTabsResult, Progress, SheetInfo, WorkbookHost } from "../host";
import type { SheetSnapshot, TabsPlan } from "../schema";
import { fixtureLayout, loadFixture } from "../../../test/support/fixtures";
import { generate } from "./usecase";

/** A workbook held in memory: snapshots to read, and a record of what the use case asked to write. */
class MemoryHost implements WorkbookHost {
  readonly name = "memory.xlsx";
  applied: { plan: TabsPlan; remove: string[] }[] = [];
  constructor(private sheets: { info: SheetInfo; snapshot: SheetSnapshot }[]) {}
  async listSheets() {
    return this.sheets.map((s) => s.info);
  }
  async activeSheet() {
    return this.sheets[0].info.name;
  }
  async readSnapshot(sheet: string) {
    const found = this.sheets.find((s) => s.info.name === sheet);
    if (!found) throw new Error(`no sheet ${sheet}`);
    return found.snapshot;
  }
  async applyMarks() {}
  async clearMarks() {
    return 0;
  }
  async applyTabs(plan: TabsPlan, remove: string[], onProgress?: (p: Progress) => void): Promise<ApplyTabsResult> {
    this.applied.push({ plan, remove });
    onProgress?.({ fraction: 1, zh: "写入", en: "written" });
    return { created: plan.tabs.map((t) => t.name), removed: remove };
  }
  async loadSettings() {
    return {};
  }
  async saveSettings() {}
}

const seed000 = fixtureLayout(loadFixture("seed-000")).snapshot;
const rosterSnapshot: SheetSnapshot = {
  sheet: "单位名录",
  origin: { row: 0, col: 0 },
  values: [
    ["单位名称", "别名", "简称"],
    ["建设局", "建设局局", null],
    ["教育文卫局", "教育文卫", "教文卫"],
  ],
  dateCells: [],
  merges: [],
};

describe("generate", () => {
  it("reads the plan, replaces the generated tabs and hands the host the tabs to write", async () => {
    const host = new MemoryHost([
      { info: { name: "000", generated: false }, snapshot: seed000 },
      { info: { name: "旧分表", generated: true }, snapshot: { ...seed000, sheet: "旧分表" } },
    ]);
    const progress: number[] = [];
    const result = await generate(host, "000", {}, (p) => progress.push(p.fraction));
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0].remove).toEqual(["旧分表"]);
    expect(result.removed).toEqual(["旧分表"]);
    expect(result.created).toEqual(result.tabs.tabs.map((t) => t.name));
    expect(result.plan.rows).toHaveLength(52);
    expect(result.notices.map((n) => n.kind)).toEqual(["near-duplicate", "near-duplicate"]);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toBe(1);
  });

  it("with the settings' roster sheet, aliases merge into one tab under the short name", async () => {
    const host = new MemoryHost([
      { info: { name: "000", generated: false }, snapshot: seed000 },
      { info: { name: "单位名录", generated: false }, snapshot: rosterSnapshot },
    ]);
    const result = await generate(host, "000", { rosterSheet: "单位名录" });
    const names = result.tabs.tabs.map((t) => t.name);
    expect(names).toContain("教文卫");
    expect(names).not.toContain("教育文卫");
    expect(names).not.toContain("建设局局");
    const building = result.tabs.tabs.find((t) => t.unit === "建设局");
    const mentions = result.plan.rows.filter((r) => r.units.some((u) => u.name === "建设局" || u.name === "建设局局"));
    expect(building?.rows.filter((r) => r[4] !== "共同任务")).toHaveLength(mentions.length);
    expect(mentions.some((r) => r.units.some((u) => u.name === "建设局局"))).toBe(true);
    expect(result.notices.filter((n) => n.kind === "not-in-roster").length).toBeGreaterThan(10);
  });

  it("a roster sheet that is not there is a clear error, and nothing is written", async () => {
    const host = new MemoryHost([{ info: { name: "000", generated: false }, snapshot: seed000 }]);
    await expect(generate(host, "000", { rosterSheet: "名录" })).rejects.toMatchObject({
      code: "no-sheet",
      zh: expect.stringContaining("名录"),
      en: expect.stringContaining("名录"),
    });
    expect(host.applied).toHaveLength(0);
  });

  it("bad settings are a PlanError, not a crash", async () => {
    const host = new MemoryHost([{ info: { name: "000", generated: false }, snapshot: seed000 }]);
    await expect(generate(host, "000", { common: "sometimes" } as never)).rejects.toMatchObject({ code: "bad-config" });
  });
});
