import { readPlan } from "../index";
import type { CellValue, TabSpec } from "../schema";
import { fixtureLayout, loadFixture } from "../../../test/support/fixtures";
import { genreSheet } from "../../../test/support/rules";
import {
  COMMON_TAB_NAME,
  DEPARTMENT_COLUMN,
  DEPARTMENT_HEADER,
  INDEX_COLUMN,
  INDEX_TAB_NAME,
  departmentTitle,
  planDepartmentTabs,
  planSubject,
  tabsToReplace,
} from "./departments";
import { planKey, tabDigest } from "../tabmark";
import { tabLook } from "./look";

const EVERY = { common: "every" as const };
const SEPARATE = { common: "separate" as const };

/** A small plan sheet as staff lay it out: title, header, one row per [seq, units, deadline]. */
function planOf(rows: [string, string, string][], title = "某县贯彻落实2024年政务公开工作要点任务分工", note?: string) {
  const values: CellValue[][] = [
    [title, null, null, null, null],
    ["序号", "工作任务", "具体要求", "责任单位", "完成时间"],
    ...rows.map(([seq, units, deadline]) => [seq, "一、总体要求", `要求${seq}`, units, deadline]),
  ];
  if (note) values.push([note, null, null, null, null]);
  return readPlan({ sheet: "分工", origin: { row: 0, col: 0 }, values, dateCells: [], merges: [] });
}

const tab = (tabs: TabSpec[], name: string) => {
  const found = tabs.find((t) => t.name === name);
  if (!found) throw new Error(`no tab ${name}: ${tabs.map((t) => t.name).join(",")}`);
  return found;
};
const column = (t: TabSpec, col: number) => t.rows.map((r) => r[col]);

describe("planSubject / departmentTitle", () => {
  it.each([
    ["湘潭经济技术开发区贯彻落实省、市2019年政务公开工作要点责任分工", "省、市2019年政务公开工作要点"],
    ["2017年省市政务公开要点工作任务分解表", "2017年省市政务公开要点"],
    ["湘潭市交通運輸局貫徹落實國、省、市2019年政務公開工作要點責任分工分解表", "国、省、市2019年政务公开工作要点"],
    ["关于印发《某市2024年优化营商环境工作要点》的通知", "某市2024年优化营商环境工作要点"],
  ])("%s → %s", (title, subject) => {
    expect(planSubject(title)).toBe(subject);
  });

  it("a plan without a title gives a plain title", () => {
    expect(planSubject(null)).toBeNull();
    expect(departmentTitle("财政局", null)).toBe("财政局任务清单");
    expect(departmentTitle("财政局", "2024年政务公开工作要点")).toBe("财政局贯彻落实2024年政务公开工作要点任务清单");
    expect(departmentTitle("各单位", "2024年政务公开工作要点", "共同任务清单")).toBe("各单位贯彻落实2024年政务公开工作要点共同任务清单");
  });
});

/** The plan of the planDepartmentTabs tests: a lead, an every-department row, a row with no unit. */
const fiveRows = () =>
  planOf([
    ["1", "财政局牵头，税务局配合", "2024年6月底前"],
    ["2", "各职能部门", "及时公开"],
    ["3", "税务局、审计局", "2024年3月"],
    ["4", "", "年底前"],
    ["5", "审计局、各职能部门", ""],
  ]);

describe("planDepartmentTabs", () => {
  const plan = fiveRows();

  it("one tab per department in order of first appearance, after the index and 共同任务", () => {
    const { plan: tabs } = planDepartmentTabs(plan, [], EVERY);
    expect(tabs.sourceSheet).toBe("分工");
    expect(tabs.tabs.map((t) => [t.name, t.kind])).toEqual([
      [INDEX_TAB_NAME, "index"],
      [COMMON_TAB_NAME, "common"],
      ["财政局", "department"],
      ["税务局", "department"],
      ["审计局", "department"],
    ]);
    const finance = tab(tabs.tabs, "财政局");
    expect(finance.unit).toBe("财政局");
    expect(finance.title).toBe("财政局贯彻落实2024年政务公开工作要点任务清单");
    expect(finance.header).toEqual(DEPARTMENT_HEADER);
  });

  it("rows: renumbered, parent seq linked to the parent row, role, why, partners, empty 科室, deadline, parent unit text, remark", () => {
    const { plan: tabs } = planDepartmentTabs(plan, [], EVERY);
    const tax = tab(tabs.tabs, "税务局");
    expect(tax.rows).toEqual([
      [1, "1", "一、总体要求", "要求1", "配合", "点名", "财政局", "", "2024年6月底前", "财政局牵头，税务局配合", ""],
      [2, "2", "一、总体要求", "要求2", "共同任务", "各职能部门（全部单位）", "", "", "及时公开", "各职能部门", ""],
      [3, "3", "一、总体要求", "要求3", "负责", "点名", "审计局", "", "2024年3月", "税务局、审计局", ""],
      [4, "5", "一、总体要求", "要求5", "共同任务", "各职能部门（全部单位）", "审计局", "", "", "审计局、各职能部门", ""],
    ]);
    expect(tax.links).toEqual([
      { row: 0, col: DEPARTMENT_COLUMN.parentSeq, sheet: "分工", cell: "A3" },
      { row: 1, col: DEPARTMENT_COLUMN.parentSeq, sheet: "分工", cell: "A4" },
      { row: 2, col: DEPARTMENT_COLUMN.parentSeq, sheet: "分工", cell: "A5" },
      { row: 3, col: DEPARTMENT_COLUMN.parentSeq, sheet: "分工", cell: "A7" },
    ]);
    // A department named on a common row keeps its own role there, once.
    expect(column(tab(tabs.tabs, "审计局"), DEPARTMENT_COLUMN.role)).toEqual(["共同任务", "负责", "负责"]);
    expect(column(tab(tabs.tabs, "审计局"), DEPARTMENT_COLUMN.partners)).toEqual(["", "税务局", "各职能部门"]);
  });

  it("common rows: in every tab by default, only in the 共同任务 tab with `separate`", () => {
    const every = planDepartmentTabs(plan, [], EVERY).plan.tabs;
    const separate = planDepartmentTabs(plan, [], SEPARATE).plan.tabs;
    expect(column(tab(every, COMMON_TAB_NAME), 1)).toEqual(["2", "5"]);
    expect(column(tab(separate, COMMON_TAB_NAME), 1)).toEqual(["2", "5"]);
    expect(column(tab(every, "财政局"), 1)).toEqual(["1", "2", "5"]);
    expect(column(tab(separate, "财政局"), 1)).toEqual(["1"]);
    expect(column(tab(separate, "审计局"), 1)).toEqual(["3", "5"]);
  });

  it("a row naming no unit is in no tab and is reported", () => {
    const { plan: tabs, notices } = planDepartmentTabs(plan, [], EVERY);
    for (const t of tabs.tabs.filter((t) => t.kind !== "index")) expect(column(t, 1)).not.toContain("4");
    const notice = notices.find((n) => n.kind === "rows-without-unit");
    expect(notice?.zh).toContain("1 项任务未写责任单位");
    expect(notice?.en).toContain("1 task(s)");
  });

  it("the index: counts per role, vague or missing deadlines, earliest date, link to each tab", () => {
    const { plan: tabs } = planDepartmentTabs(plan, [], EVERY);
    const index = tabs.tabs[0];
    // The earliest deadline as the plan writes it, not as ISO; the last row explains the counts.
    expect(index.rows.slice(0, -1)).toEqual([
      [1, "财政局", 1, 0, 0, 2, 3, 2, "2024年6月底前", "财政局"],
      [2, "税务局", 0, 1, 1, 2, 4, 2, "2024年3月", "税务局"],
      [3, "审计局", 0, 0, 2, 1, 3, 2, "2024年3月", "审计局"],
      [4, COMMON_TAB_NAME, 0, 0, 0, 2, 2, 2, "", COMMON_TAB_NAME],
    ]);
    expect(index.rows[index.rows.length - 1]).toEqual([
      "说明",
      "共 5 个分表：分表目录 1 个，单位分表 3 个，共同任务 1 个（2 项：各单位均须承担 2 项，待明确承办单位 0 项，未点名承办单位 0 项）。1 项任务未写责任单位，未分发。",
    ]);
    expect(index.links).toEqual(
      ["财政局", "税务局", "审计局", COMMON_TAB_NAME].map((sheet, row) => ({ row, col: INDEX_COLUMN.tab, sheet, cell: "A1" })),
    );
  });

  it("where the sheet says the first-listed unit leads, the others on the row are 配合", () => {
    const firstListed = planOf(
      [
        ["1", "财政局、税务局、审计局", "2024年6月"],
        ["2", "税务局", "2024年6月"],
      ],
      undefined,
      "注：责任单位中有多个单位的，排第一位的为牵头单位。",
    );
    const tabs = planDepartmentTabs(firstListed, [], EVERY).plan.tabs;
    expect(column(tab(tabs, "财政局"), DEPARTMENT_COLUMN.role)).toEqual(["牵头"]);
    expect(column(tab(tabs, "税务局"), DEPARTMENT_COLUMN.role)).toEqual(["配合", "负责"]);
  });

  it("with a lead, an unmarked unit is 配合 and a unit the cell calls responsible is 负责", () => {
    const led = planOf([
      ["1", "财政局牵头，税务局、审计局", "2024年6月"],
      ["2", "财政局牵头，税务局负责，审计局配合", "2024年6月"],
      ["3", "财政局牵头，税务局、审计局等部门按职责分工负责", "2024年6月"],
    ]);
    const tabs = planDepartmentTabs(led, [], EVERY).plan.tabs;
    expect(column(tab(tabs, "财政局"), DEPARTMENT_COLUMN.role)).toEqual(["牵头", "牵头", "牵头"]);
    expect(column(tab(tabs, "税务局"), DEPARTMENT_COLUMN.role)).toEqual(["配合", "负责", "负责"]);
    expect(column(tab(tabs, "审计局"), DEPARTMENT_COLUMN.role)).toEqual(["配合", "配合", "负责"]);
  });

  it("regeneration removes every tab this tool made and none of the user's", () => {
    const existing = [
      { name: "分工", generated: false },
      { name: "分表目录", generated: true },
      { name: "财政局", generated: true },
      { name: "已撤销单位", generated: true },
      { name: "税务局", generated: false },
    ];
    const { plan: tabs, remove, notices } = planDepartmentTabs(plan, existing, EVERY);
    expect(remove).toEqual(["分表目录", "财政局", "已撤销单位"]);
    expect(tabs.tabs.map((t) => t.name)).toEqual([INDEX_TAB_NAME, COMMON_TAB_NAME, "财政局", "税务局~2", "审计局"]);
    const renamed = notices.filter((n) => n.kind === "tab-renamed");
    expect(renamed).toHaveLength(1);
    expect(renamed[0].zh).toContain("“税务局~2”");
    expect(renamed[0].en).toContain('"税务局~2"');
  });

  it("never removes the plan sheet or the roster sheet, even marked as generated", () => {
    const existing = [
      { name: "分工", generated: true },
      { name: "单位名录", generated: true },
    ];
    const { remove } = planDepartmentTabs(plan, existing, { common: "every", rosterSheet: "单位名录" });
    expect(remove).toEqual([]);
  });

  it("with a roster, aliases go to one tab named by the short name", () => {
    const aliased = planOf([
      ["1", "市发改委", "2024年6月"],
      ["2", "市发展改革委牵头，财政局配合", "2024年6月"],
    ]);
    const roster = { entries: [{ name: "市发展改革委", aliases: ["市发改委"], short: "发改委" }] };
    const { plan: tabs, notices } = planDepartmentTabs(aliased, [], EVERY, roster);
    expect(tabs.tabs.map((t) => t.name)).toEqual([INDEX_TAB_NAME, "发改委", "财政局"]);
    const ndrc = tab(tabs.tabs, "发改委");
    expect(ndrc.unit).toBe("市发展改革委");
    expect(column(ndrc, DEPARTMENT_COLUMN.role)).toEqual(["负责", "牵头"]);
    expect(column(tab(tabs.tabs, "财政局"), DEPARTMENT_COLUMN.partners)).toEqual(["市发展改革委"]);
    expect(notices.map((n) => [n.kind, n.unit])).toEqual([["not-in-roster", "财政局"]]);
  });

  it("two aliases on one row are one department, taken once with its strongest role", () => {
    const both = planOf([["1", "市发改委、市发展改革委牵头", "2024年6月"]]);
    const roster = { entries: [{ name: "市发展改革委", aliases: ["市发改委"], short: null }] };
    const tabs = planDepartmentTabs(both, [], EVERY, roster).plan.tabs;
    expect(tab(tabs, "市发展改革委").rows).toHaveLength(1);
    expect(column(tab(tabs, "市发展改革委"), DEPARTMENT_COLUMN.role)).toEqual(["牵头"]);
  });

  it("cell text stays data: a unit or requirement starting with = is carried as a string", () => {
    const formulaLike = planOf([["1", "=HYPERLINK(\"http://x\")", "2024年6月"]]);
    const tabs = planDepartmentTabs(formulaLike, [], EVERY).plan.tabs;
    const t = tabs.find((x) => x.kind === "department");
    expect(t?.rows[0][DEPARTMENT_COLUMN.parentUnits]).toBe('=HYPERLINK("http://x")');
  });

  it("the same input gives identical tabs (seed 000)", () => {
    const seed = () => readPlan(fixtureLayout(loadFixture("seed-000")).snapshot);
    expect(planDepartmentTabs(seed(), [], EVERY)).toEqual(planDepartmentTabs(seed(), [], EVERY));
  });
});

describe("ready to send", () => {
  const plan = fiveRows();
  it("a date cell's deadline reads as the plan writes dates (2019年6月30日), in the tab and the index", () => {
    const values: CellValue[][] = [
      ["某县2019年政务公开工作要点任务分工", null, null, null, null, null],
      ["序号", "工作任务", "具体要求", "责任单位", "完成时间", "备注"],
      ["1", "一、总体要求", "要求1", "财政局", 43646, "市里督办"],
    ];
    const plan = readPlan({ sheet: "分工", origin: { row: 0, col: 0 }, values, dateCells: [[2, 4]], merges: [] });
    const { plan: tabs } = planDepartmentTabs(plan, [], EVERY);
    const finance = tab(tabs.tabs, "财政局");
    expect(finance.rows[0][DEPARTMENT_COLUMN.deadline]).toBe("2019年6月30日");
    expect(finance.rows[0][DEPARTMENT_COLUMN.remark]).toBe("市里督办");
    expect(tabs.tabs[0].rows[0][INDEX_COLUMN.earliest]).toBe("2019年6月30日");
  });

  it("every tab but the roster carries the look, a file name with the plan and year, and the mark of what was written", () => {
    const { plan: tabs } = planDepartmentTabs(plan, [], EVERY);
    for (const t of tabs.tabs) {
      expect(t.look).toEqual(tabLook());
      expect(t.file).toBe(`${t.unit ?? t.name}-政务公开工作要点-2024`);
      expect(t.mark).toEqual({ plan: planKey("分工", plan.title ?? ""), digest: tabDigest([[t.title], t.header, ...t.rows]) });
    }
    const marks = new Set(tabs.tabs.map((t) => t.mark?.digest));
    expect(marks.size).toBe(tabs.tabs.length);
  });

  it("each department row says why it is there, and `placed` says the same", () => {
    const mixed = planOf([
      ["1", "财政局、乡街", "2024年6月"],
      ["2", "各行政执法部门", "2024年6月"],
      ["3", "税务局、相关责任部门", "2024年6月"],
      ["4", "各职能部门", "2024年6月"],
    ]);
    const result = planDepartmentTabs(mixed, [], { common: "every", classMembers: { 各行政执法部门: ["税务局"] } });
    expect(column(tab(result.plan.tabs, "税务局"), DEPARTMENT_COLUMN.reason)).toEqual(["各行政执法部门（所属单位）", "点名", "各职能部门（全部单位）"]);
    expect(column(tab(result.plan.tabs, "乡街"), DEPARTMENT_COLUMN.reason)).toEqual(["乡街（本层级单位）"]);
    // With its members listed, the class row is not left to assign: only the every-department row is common.
    expect(column(tab(result.plan.tabs, COMMON_TAB_NAME), 1)).toEqual(["4"]);
    expect(result.placed.find((p) => p.unit === "税务局")?.rows.map((r) => [r.seq, r.reason, r.via])).toEqual([
      ["2", "class", "各行政执法部门"],
      ["3", "named", null],
      ["4", "every", "各职能部门"],
    ]);
    expect(result.summary).toMatchObject({ tabs: 5, units: 2, levelTabs: ["乡街"], common: { rows: 1, every: 1, toAssign: 0, unnamed: 0 } });
  });

  it("a level catch-all reaches the roster's units of that level, and no bureau", () => {
    const levelled = planOf([
      ["1", "财政局、乡街", "2024年6月"],
      ["2", "城关镇", "2024年6月"],
    ]);
    const roster = { entries: [{ name: "城关镇", aliases: [], short: null }, { name: "白云乡", aliases: [], short: null, level: "乡镇" }, { name: "财政局", aliases: [], short: null }] };
    const tabs = planDepartmentTabs(levelled, [], EVERY, roster).plan.tabs;
    expect(tabs.map((t) => t.name)).toEqual([INDEX_TAB_NAME, "财政局", "城关镇", "白云乡"]);
    expect(column(tab(tabs, "城关镇"), 1)).toEqual(["1", "2"]);
    expect(column(tab(tabs, "白云乡"), 1)).toEqual(["1"]);
    expect(column(tab(tabs, "财政局"), 1)).toEqual(["1"]);
  });
});

describe("tabsToReplace: regenerating never drops edits", () => {
  const plan = fiveRows();
  const key = planKey("分工", "计划");
  const mark = { plan: key, digest: "0000abcd" };
  it("replaces this plan's unedited tabs and older unmarked ones; keeps edited ones, other plans' and the user's", () => {
    const existing = [
      { name: "分工", generated: false },
      { name: "财政局", generated: true, mark, digest: "0000abcd" },
      { name: "税务局", generated: true, mark, digest: "ffff0000" },
      { name: "审计局", generated: true, mark: { plan: planKey("另一计划", "x"), digest: "1" }, digest: "1" },
      { name: "旧分表", generated: true },
      { name: "未读内容", generated: true, mark },
      { name: "我的表", generated: false },
    ];
    expect(tabsToReplace(existing, key, ["分工"])).toEqual({
      remove: ["财政局", "旧分表", "未读内容"],
      kept: [
        { name: "税务局", keptAs: "税务局", reason: "edited" },
        { name: "审计局", keptAs: "审计局", reason: "other-plan" },
      ],
    });
  });

  it("planDepartmentTabs keeps an edited tab and names the new one apart, saying why", () => {
    const first = planDepartmentTabs(plan, [], EVERY).plan.tabs;
    const tax = tab(first, "税务局");
    const existing = first.map((t) => ({ name: t.name, generated: true, mark: t.mark, digest: t === tax ? "edited00" : t.mark?.digest }));
    const again = planDepartmentTabs(plan, [{ name: "分工", generated: false }, ...existing], EVERY);
    expect(again.remove).toEqual(first.filter((t) => t !== tax).map((t) => t.name));
    expect(again.kept).toEqual([{ name: "税务局", keptAs: "税务局", reason: "edited" }]);
    expect(again.plan.tabs.find((t) => t.unit === "税务局")?.name).toBe("税务局~2");
    expect(again.notices.find((n) => n.kind === "tab-kept")?.zh).toContain("生成后已被修改");
  });
});

describe("a task whose text carries on into the next row", () => {
  // 池州 信访局 政务公开 任务清单, task 3's text cut mid-sentence into a row of its own.
  const task3 = "严格规范政府信息公开专栏,及时、集中、规范发布法定主动公开内容。严格执行政府信息公开制度,完善政府信息公开保密审查,增强保密意识,防范泄密风险。";
  const cut = task3.indexOf("公开制度");
  const plan = readPlan(
    genreSheet("chizhou-xfj", (t) => {
      t.rows[2][2] = task3.slice(0, cut);
      t.rows.splice(3, 0, ["", "", task3.slice(cut), "", ""]);
      t.merges = [{ col: 0, fromRow: 2, toRow: 4 }];
      t.expected.splice(3, 0, null);
    }),
  );

  it("goes to the task's units whole, and the notice and summary name the continued row", () => {
    const { plan: tabs, notices, summary } = planDepartmentTabs(plan, [], EVERY);
    const commonTab = tab(tabs.tabs, COMMON_TAB_NAME);
    expect(column(commonTab, DEPARTMENT_COLUMN.requirement)).toContain(task3);
    expect(notices.find((n) => n.kind === "rows-not-tasks")?.zh).toBe("1 行不是任务（续行（已并入上一项任务） 1），未分发：第6行");
    expect(summary.zh).toContain("另有 1 行不是任务（续行（已并入上一项任务）），未分发。");
  });
});
