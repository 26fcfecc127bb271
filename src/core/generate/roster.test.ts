import { readPlan } from "../index";
import type { CellValue, SheetSnapshot } from "../schema";
import { fixtureLayout, loadFixture } from "../../../test/support/fixtures";
import { ROSTER_COLUMN, ROSTER_HEADER, readRoster, resolveUnits, rosterTab, rosterWithAlias } from "./roster";

function sheet(name: string, values: CellValue[][]): SheetSnapshot {
  return { sheet: name, origin: { row: 0, col: 0 }, values, dateCells: [], merges: [] };
}

function planOf(units: string[]) {
  return readPlan(
    sheet("计划", [
      ["序号", "工作任务", "具体要求", "责任单位", "完成时间"],
      ...units.map((u, i) => [String(i + 1), "任务", `要求${i + 1}`, u, "2024年6月底前"]),
    ]),
  );
}

describe("readRoster", () => {
  it("reads name, aliases split at 、,；, and short name under a title row", () => {
    const roster = readRoster(
      sheet("名录", [
        ["单位名录", null, null],
        ["单位名称", "别名", "简称"],
        ["市发展和改革委员会", "市发改委、市发展改革委；发改委", "发改委"],
        ["市财政局", null, null],
        [null, "孤立的别名", null],
      ]),
    );
    expect(roster.entries).toEqual([
      { name: "市发展和改革委员会", aliases: ["市发改委", "市发展改革委", "发改委"], short: "发改委" },
      { name: "市财政局", aliases: [], short: null },
    ]);
  });

  it("reads the sheet `taskplan roster` writes (title, then its header)", () => {
    const tab = rosterTab(planOf(["建设局", "建设局局", "财政局"]));
    const roster = readRoster(sheet("单位名录", [[tab.title], tab.header, ...tab.rows]));
    expect(roster.entries.map((e) => e.name)).toEqual(["建设局", "建设局局", "财政局"]);
  });

  it("a sheet without a 单位名称 column is a clear error in both languages", () => {
    expect(() => readRoster(sheet("Sheet2", [["a", "b"]]))).toThrow(/单位名称.*\/.*Roster sheet "Sheet2"/);
  });
});

describe("resolveUnits", () => {
  it("with a roster, aliases are one department and unknown names are reported with a suggestion", () => {
    const plan = planOf(["市发改委", "市发展改革委牵头，建设局局配合", "外星办"]);
    const { resolver, notices } = resolveUnits(plan, {
      entries: [
        { name: "市发展改革委", aliases: ["市发改委"], short: "发改委" },
        { name: "建设局", aliases: [], short: null },
      ],
    });
    expect(resolver.departmentOf("市发改委")).toBe("市发展改革委");
    expect(resolver.departmentOf("市发展改革委")).toBe("市发展改革委");
    expect(resolver.tabNameOf("市发展改革委")).toBe("发改委");
    expect(resolver.departmentOf("建设局局")).toBe("建设局局");
    expect(notices.map((n) => [n.kind, n.unit, n.suggestion])).toEqual([
      ["not-in-roster", "建设局局", "建设局"],
      ["not-in-roster", "外星办", null],
    ]);
    expect(notices[0].zh).toContain("是否为“建设局”");
    expect(notices[0].en).toContain('did you mean "建设局"');
  });

  it("a name listed as another unit's alias and also on a row of its own belongs to that unit", () => {
    const plan = planOf(["建设局局", "建设局"]);
    const { resolver, notices } = resolveUnits(plan, {
      entries: [
        { name: "建设局局", aliases: [], short: null },
        { name: "建设局", aliases: ["建设局局"], short: null },
      ],
    });
    expect(resolver.departmentOf("建设局局")).toBe("建设局");
    expect(notices.map((n) => [n.kind, n.unit, n.suggestion])).toEqual([["roster-alias", "建设局局", "建设局"]]);
  });

  it("roster names match after normalisation (traditional, full-width)", () => {
    const plan = planOf(["市發改委"]);
    const { resolver, notices } = resolveUnits(plan, { entries: [{ name: "市发展改革委", aliases: ["市发改委"], short: null }] });
    expect(resolver.departmentOf(plan.rows[0].units[0].name)).toBe("市发展改革委");
    expect(notices).toEqual([]);
  });

  it("without a roster every name is its own department; seed 000's near-duplicates are reported, not merged", () => {
    const plan = readPlan(fixtureLayout(loadFixture("seed-000")).snapshot);
    const { resolver, notices } = resolveUnits(plan);
    expect(resolver.departmentOf("建设局局")).toBe("建设局局");
    expect(notices.map((n) => [n.unit, n.suggestion])).toEqual([
      ["建设局局", "建设局"],
      ["教育文卫", "教育文卫局"],
    ]);
    expect(notices.every((n) => n.kind === "near-duplicate")).toBe(true);
  });

  it("a name written with full-width brackets in one row and half-width in another is one department, named as first written", () => {
    const plan = planOf(["县发改局（粮食局）", "县发改局(粮食局)、县财政局", "县发改局（粮食局）"]);
    expect(plan.rows.map((r) => r.units[0].name)).toEqual(["县发改局（粮食局）", "县发改局(粮食局)", "县发改局（粮食局）"]);
    const { resolver, notices } = resolveUnits(plan);
    expect(resolver.departmentOf("县发改局(粮食局)")).toBe("县发改局（粮食局）");
    expect(notices).toEqual([]);
  });
});

describe("rosterTab", () => {
  it("seed 000: one row per specific unit, first appearance, counts, catch-alls left out, variants explained", () => {
    const plan = readPlan(fixtureLayout(loadFixture("seed-000")).snapshot);
    const tab = rosterTab(plan);
    expect(tab.kind).toBe("roster");
    expect(tab.header).toEqual(ROSTER_HEADER);
    const names = tab.rows.map((r) => r[0]);
    expect(names.slice(0, 3)).toEqual(["行政审批局", "大数据中心", "办公室"]);
    expect(names).not.toContain("各职能部门");
    expect(names).not.toContain("相关责任部门");
    const mentions = plan.rows.filter((r) => r.units.some((u) => u.name === "行政审批局")).length;
    expect(tab.rows[0][ROSTER_COLUMN.count]).toBe(mentions);
    const typo = tab.rows.find((r) => r[0] === "建设局局");
    expect(typo?.[ROSTER_COLUMN.remark]).toContain("建设局");
    expect(tab.rows.find((r) => r[0] === "建设局")?.[ROSTER_COLUMN.remark]).toBe("");
  });
});

describe("rosterWithAlias (视为同一单位)", () => {
  const plan = readPlan(fixtureLayout(loadFixture("seed-000")).snapshot);
  const reread = (tab: ReturnType<typeof rosterTab>) => readRoster(sheet(tab.name, [[tab.title], tab.header, ...tab.rows]));

  it("without a roster: one from the plan, the variant an alias of the other, its row gone, counts merged", () => {
    const tab = rosterWithAlias(plan, undefined, "建设局局", "建设局");
    expect(tab.kind).toBe("roster");
    expect(tab.mark).toBeUndefined();
    const names = tab.rows.map((r) => r[ROSTER_COLUMN.name]);
    expect(names).not.toContain("建设局局");
    expect(names).toContain("教育文卫"); // the other variant pair is left for the user
    const building = tab.rows.find((r) => r[ROSTER_COLUMN.name] === "建设局");
    expect(building?.[ROSTER_COLUMN.aliases]).toBe("建设局局");
    const naming = plan.rows.filter((r) => r.units.some((u) => u.name === "建设局" || u.name === "建设局局")).length;
    expect(building?.[ROSTER_COLUMN.count]).toBe(naming);
    const { resolver } = resolveUnits(plan, reread(tab));
    expect(resolver.departmentOf("建设局局")).toBe("建设局");
  });

  it("with a roster: its rows kept as written, the variant's aliases moved, a second merge builds on the first", () => {
    const roster = readRoster(
      sheet("单位名录", [
        ["单位名称", "别名", "简称", "层级", "所属类别", "说明"],
        ["教育文卫局", "", "教文卫", "", "各行政执法部门", "局机关"],
        ["教育文卫", "文卫", "", "", "", ""],
        ["城关镇", "", "", "乡镇", "", ""],
      ]),
    );
    expect(roster.entries[2].level).toBe("乡镇");
    const once = rosterWithAlias(plan, roster, "教育文卫", "教育文卫局");
    expect(once.rows.map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
      ["教育文卫局", "文卫、教育文卫", "教文卫", "", "各行政执法部门"],
      ["城关镇", "", "", "乡镇", ""],
    ]);
    const twice = rosterWithAlias(plan, reread(once), "建设局局", "建设局");
    expect(twice.rows.map((r) => [r[0], r[1]])).toEqual([
      ["教育文卫局", "文卫、教育文卫"],
      ["城关镇", ""],
      ["建设局", "建设局局"],
    ]);
  });
});
