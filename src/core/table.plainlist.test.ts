import { checkSheet, readPlan } from "./index";
import type { CellValue, Rect, SheetSnapshot } from "./schema";

// Published lists under short labels the reader knows few of or none (issue #9): villages put on a
// black list, the sites an inspection found wanting, the projects and where they are built. Each
// row is one item; nothing names who answers for it or by when. A clerk sees a table, so the
// reader reads it and the checks say what it lacks, rather than the sheet being refused. Invented
// names, the layout of the published ones.

function sheet(values: CellValue[][], merges: Rect[] = []): SheetSnapshot {
  return { sheet: "表1", origin: { row: 0, col: 0 }, values, dateCells: [], merges };
}

function refusal(snapshot: SheetSnapshot): string | undefined {
  try {
    readPlan(snapshot);
    return "read";
  } catch (e) {
    return (e as { code?: string }).code;
  }
}

/** The sheet-level findings, sorted. */
function sheetFindings(snapshot: SheetSnapshot): string[] {
  return checkSheet(snapshot)
    .report.findings.filter((f) => f.row === null)
    .map((f) => f.rule)
    .sort();
}

describe("a black list of villages under 村组 | 所属镇街", () => {
  const VILLAGES = ["四连山村柯家湾", "柯畈村新屋下湾", "舒垅村程汉先湾", "明港村李佰美湾", "桃园村上畈组"];
  const blackList: CellValue[][] = [
    ["村组", "所属镇街"],
    ["四连山村柯家湾", "汪仁镇"],
    ["柯畈村新屋下湾", "大王镇"],
    ["舒垅村程汉先湾", "太子镇"],
    ["明港村李佰美湾", "金山街道"],
    ["桃园村上畈组", "汪仁镇"],
  ];

  it("reads each village as a row of the table, the towns where they lie as no unit", () => {
    const plan = readPlan(sheet(blackList));
    expect(plan.info.headerRows).toEqual([1]);
    expect(plan.info.columns).toEqual({ requirement: "A" });
    expect(plan.rows.map((r) => r.requirement)).toEqual(VILLAGES);
    expect(plan.rows.every((r) => r.units.length === 0)).toBe(true);
  });

  it("says the list names no unit and no deadline instead of finding no table", () => {
    expect(sheetFindings(sheet(blackList))).toEqual(["missing-deadline", "missing-unit-column"]);
  });

  it("reads it under its title merged across, with a column left blank under 整改情况", () => {
    const titled: CellValue[][] = [
      ["2024年第二季度农村人居环境整治“黑榜”村组名单", null, null],
      ...blackList.map((row, r) => [...row, r === 0 ? "整改情况" : null]),
    ];
    const plan = readPlan(sheet(titled, [{ top: 0, left: 0, bottom: 0, right: 2 }]));
    expect(plan.info.headerRows).toEqual([2]);
    expect(plan.title).toBe("2024年第二季度农村人居环境整治“黑榜”村组名单");
    expect(plan.rows.map((r) => r.requirement)).toEqual(VILLAGES);
  });

  it("still refuses the same villages and towns under no labels", () => {
    expect(refusal(sheet(blackList.slice(1)))).toBe("no-table");
  });

  it("still refuses labels over two rows only: too few to tell a list", () => {
    expect(refusal(sheet(blackList.slice(0, 3)))).toBe("no-table");
  });
});

describe("a list of the sites an inspection found wanting, each with its town and the kind of problem", () => {
  const sites: CellValue[][] = [
    ["检查点位", "所在乡镇", "问题类型"],
    ["石牌农贸市场", "石牌镇", "垃圾乱堆"],
    ["东湖社区菜市场", "城关镇", "污水直排"],
    ["滨江公园东门", "城关镇", "垃圾乱堆"],
    ["107国道沿线", "河口镇", "垃圾乱堆"],
    ["新集镇汽车站", "新集镇", "污水直排"],
  ];

  it("reads each site as the row's item: not the kinds of problem its rows repeat, nor its town", () => {
    const plan = readPlan(sheet(sites));
    expect(plan.info.columns).toEqual({ requirement: "A" });
    expect(plan.rows.map((r) => r.requirement)).toEqual(["石牌农贸市场", "东湖社区菜市场", "滨江公园东门", "107国道沿线", "新集镇汽车站"]);
    expect(plan.rows.every((r) => r.units.length === 0)).toBe(true);
  });

  it("reads the site as the item with the town labelled 所属区域 in front of it", () => {
    const plan = readPlan(sheet(sites.map((row, r) => [r === 0 ? "所属区域" : row[1], row[0], row[2]])));
    expect(plan.info.columns).toEqual({ requirement: "B" });
  });

  it("says the list names no unit and no deadline", () => {
    expect(sheetFindings(sheet(sites))).toEqual(["missing-deadline", "missing-unit-column"]);
  });
});

describe("a list of projects and where they are built", () => {
  const projects: CellValue[][] = [
    ["县2024年城建重点工程一览表", null, null],
    ["工程", "建设地点", "建设性质"],
    ["城北污水处理厂提标改造", "城关镇北郊", "续建"],
    ["滨江路雨污分流改造", "城关镇滨江路", "新建"],
    ["县第二中学教学楼", "新集镇", "新建"],
    ["河口镇农贸市场改造", "河口镇", "续建"],
  ];

  it("reads the projects as the rows' items, the places they are built at as no unit", () => {
    const plan = readPlan(sheet(projects, [{ top: 0, left: 0, bottom: 0, right: 2 }]));
    expect(plan.info.headerRows).toEqual([2]);
    expect(plan.info.columns).toEqual({ requirement: "A" });
    expect(plan.rows.map((r) => r.requirement)).toEqual(["城北污水处理厂提标改造", "滨江路雨污分流改造", "县第二中学教学楼", "河口镇农贸市场改造"]);
    expect(sheetFindings(sheet(projects))).toEqual(["missing-deadline", "missing-unit-column"]);
  });
});

describe("sheets of short labels over rows that are no list of items", () => {
  it.each<[string, CellValue[][]]>([
    ["persons and the villages they live in", [["姓名", "所在村"], ["张伟", "柏树村"], ["李娜", "龙泉村"], ["王强", "石桥村"], ["刘洋", "金沙村"]]],
    ["the weather by day", [["日期", "天气情况"], ["1月1日", "晴转多云"], ["1月2日", "多云转阴"], ["1月3日", "小雨转中雨"]]],
    ["bodies and the towns they are in", [["单位", "所在乡镇"], ["县财政局", "城关镇"], ["县教育局", "城关镇"], ["河口镇卫生院", "河口镇"], ["新集镇中心小学", "新集镇"]]],
    ["kinds of problem repeated beside towns", [["问题类型", "所属镇街"], ["垃圾乱堆", "汪仁镇"], ["垃圾乱堆", "大王镇"], ["污水直排", "太子镇"], ["垃圾乱堆", "金山街道"]]],
  ])("still finds no table in %s", (_, values) => {
    expect(refusal(sheet(values))).toBe("no-table");
  });
});
