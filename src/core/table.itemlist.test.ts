// A 民生实事 or project list laid into one column: short items named by their kind (新建城区幼儿园项目,
// 农村公路提档升级工程) under one header cell (项目名称) or a title-like line (2024年某县为民办实事项目清单).
// Each item read alone reads as a label (…项目 heads a column of 项目), yet a run of them is the list:
// the header is the row over the run, and every item under it is a task. A count opening an item
// (80周岁以上…, 10所…) numbers nothing, so the item above heads nothing. Invented county lists in the
// published layouts.
import { readPlan } from "./index";
import type { CellValue, Rect, SheetSnapshot } from "./schema";

function sheet(values: CellValue[][], merges: Rect[] = []): SheetSnapshot {
  return { sheet: "表1", origin: { row: 0, col: 0 }, values, dateCells: [], merges };
}

const ITEMS = [
  "新建城区幼儿园项目",
  "农村公路提档升级项目",
  "社区居家养老服务中心运营奖励项目",
  "实施老旧小区改造项目",
  "80周岁以上老年人高龄津贴项目",
  "农贸市场改造提升项目",
];
// Another county's list, its items opening with counts, one of them an 工程.
const COUNTED = ["城乡供水一体化项目", "10所农村学校薄弱环节改善项目", "3个乡镇卫生院提质改造项目", "城区背街小巷亮化工程", "残疾人康复救助项目"];

/** The list under `head` (one line or several), each item on its own row. */
const list = (head: CellValue[][], items: string[]): SheetSnapshot => sheet([...head, ...items.map((item) => [item])]);
const read = (snapshot: SheetSnapshot) => {
  const plan = readPlan(snapshot);
  return { header: plan.info.headerRows, items: plan.rows.map((r) => r.requirement), categories: plan.rows.map((r) => r.category) };
};

describe("a one-column list of items of work under one header cell", () => {
  it.each([
    ["项目名称", ITEMS],
    ["项目名称", COUNTED],
    ["民生实事项目", COUNTED],
  ])("is headed by %s and reads every item as a task (%#)", (head, items) => {
    const { header, items: read_, categories } = read(list([[head]], items));
    expect(header).toEqual([1]);
    expect(read_).toEqual(items);
    expect(categories.every((c) => c.length === 0)).toBe(true);
  });

  it("reads every item when the header itself names an item of work (民生项目)", () => {
    expect(read(list([["民生项目"]], ITEMS)).items).toEqual(ITEMS);
  });

  it("reads every item beside a column of remarks (项目名称 | 备注)", () => {
    const values = [["项目名称", "备注"], ...ITEMS.map((item, i) => [item, i === 1 ? "续建" : null])];
    const { header, items } = read(sheet(values));
    expect(header).toEqual([1]);
    expect(items).toEqual(ITEMS);
  });
});

describe("a one-column list of items of work under a title-like header", () => {
  it.each(["2024年某县为民办实事项目清单", "2024年某某县人民政府为民办实事项目清单"])("is headed by %s and reads every item", (title) => {
    for (const items of [ITEMS, COUNTED]) {
      const { header, items: read_ } = read(list([[title]], items));
      expect(header).toEqual([1]);
      expect(read_).toEqual(items);
    }
  });

  it("reads every item when a blank row stands between the title and the list", () => {
    expect(read(list([["2024年某县为民办实事项目清单"], [null]], COUNTED)).items).toEqual(COUNTED);
  });

  it("is headed by the label under the title when there is one", () => {
    const { header, items } = read(list([["2024年某县为民办实事项目清单"], ["项目名称"]], ITEMS));
    expect(header).toEqual([2]);
    expect(items).toEqual(ITEMS);
  });
});

describe("lists and tables the rule leaves as they were", () => {
  it("keeps the numbered parts of a one-column list their items' headings", () => {
    // 溧阳 民生实事's layout: parts numbered 一, over items numbered 1 with no stop, both ending in 工程.
    const { items, categories } = read(
      list(
        [["民生实事项目"]],
        ["一,教育品质提升工程", "1开展学生双减计划", "2新建城区幼儿园工程", "二,城市品质跃升工程", "1开展老旧小区提升改造工程", "2农贸市场改造提升工程"],
      ),
    );
    expect(items).toEqual(["1开展学生双减计划", "2新建城区幼儿园工程", "1开展老旧小区提升改造工程", "2农贸市场改造提升工程"]);
    expect(categories.map((c) => c[0])).toEqual(["一,教育品质提升工程", "一,教育品质提升工程", "二,城市品质跃升工程", "二,城市品质跃升工程"]);
  });

  it("reads a table of several columns whose items are named by their kind as before", () => {
    const values = [
      ["2024年某县为民办实事项目清单", null, null, null],
      ["序号", "项目名称", "责任单位", "完成时限"],
      ...ITEMS.map((item, i) => [String(i + 1), item, i % 2 ? "县民政局" : "县住建局", "2024年12月底前"]),
    ];
    const plan = readPlan(sheet(values, [{ top: 0, left: 0, bottom: 0, right: 3 }]));
    expect(plan.info.headerRows).toEqual([2]);
    expect(plan.rows.map((r) => [r.seq, r.requirement, r.units.map((u) => u.name)])).toEqual(
      ITEMS.map((item, i) => [String(i + 1), item, [i % 2 ? "县民政局" : "县住建局"]]),
    );
  });

  it("keeps a title over a label over sentences the title, the label heading the list", () => {
    const { header, items } = read(
      list([["某市2024年十件民生实事"], ["实事项目"]], ["新建改扩建城区幼儿园5所，新增学位2700个。", "完成农村公路提档升级200公里。"]),
    );
    expect(header).toEqual([2]);
    expect(items).toHaveLength(2);
  });
});
