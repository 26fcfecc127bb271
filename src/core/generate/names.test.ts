import { MAX_TAB_NAME, departmentFileStem, safeFileStem, safeTabName, shortPlanTitle, uniqueFileStems, uniqueTabNames } from "./names";

describe("safeTabName", () => {
  it("replaces the characters Excel refuses with full-width look-alikes", () => {
    expect(safeTabName("市委/市政府")).toBe("市委／市政府");
    expect(safeTabName("a\\b?c*d:e[f]")).toBe("a＼b？c＊d：e【f】");
  });

  it("drops leading and trailing apostrophes, control characters and outer spaces", () => {
    expect(safeTabName("'财政局'")).toBe("财政局");
    expect(safeTabName("  县\n财政局\t")).toBe("县 财政局");
    expect(safeTabName("''")).toBe("未命名");
  });

  it("cuts to 31 characters, never inside a surrogate pair", () => {
    const long = "湘潭市人民政府办公室政务公开和政务服务管理中心信息公开科第一办公室";
    expect(long.length).toBeGreaterThan(MAX_TAB_NAME);
    expect(safeTabName(long)).toBe(long.slice(0, MAX_TAB_NAME));
    const astral = "甲".repeat(30) + "𠀀"; // the last character takes two UTF-16 units
    expect(safeTabName(astral)).toBe("甲".repeat(30));
  });

  it("an apostrophe left at the end by the cut is removed too", () => {
    expect(safeTabName("a".repeat(30) + "'b")).toBe("a".repeat(30));
  });
});

describe("uniqueTabNames", () => {
  it("keeps distinct names as they are", () => {
    expect(uniqueTabNames(["财政局", "税务局"])).toEqual(["财政局", "税务局"]);
  });

  it("compares ignoring case, against each other and against taken names", () => {
    expect(uniqueTabNames(["ABC", "abc"], ["Sheet1"])).toEqual(["ABC", "abc~2"]);
    expect(uniqueTabNames(["sheet1"], ["Sheet1"])).toEqual(["sheet1~2"]);
  });

  it("never gives History, in any case", () => {
    expect(uniqueTabNames(["History", "HISTORY"])).toEqual(["History~2", "HISTORY~3"]);
  });

  it("two long names cut to the same 31 characters stay apart, within 31", () => {
    const stem = "县".repeat(31);
    const names = uniqueTabNames([stem + "财政局", stem + "税务局", stem + "民政局"]);
    expect(names).toEqual([stem, "县".repeat(29) + "~2", "县".repeat(29) + "~3"]);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(MAX_TAB_NAME);
  });

  it("skips a suffix that is itself taken", () => {
    expect(uniqueTabNames(["财政局"], ["财政局", "财政局~2"])).toEqual(["财政局~3"]);
  });
});

describe("safeFileStem / uniqueFileStems", () => {
  it("replaces characters file systems refuse and avoids reserved device names", () => {
    expect(safeFileStem('市委/市政府:"办"<1>|?')).toBe("市委／市政府：”办”〈1〉｜？");
    expect(safeFileStem("CON")).toBe("CON_");
    expect(safeFileStem(" 财政局. ")).toBe("财政局");
    expect(safeFileStem("..")).toBe("未命名");
  });

  it("History is a fine file name; duplicates ignoring case get a suffix", () => {
    expect(uniqueFileStems(["History", "财政局", "财政局"], ["分表目录"])).toEqual(["History", "财政局", "财政局~2"]);
  });
});

describe("shortPlanTitle / departmentFileStem", () => {
  it.each([
    ["湘潭经济技术开发区贯彻落实省、市2019年政务公开工作要点责任分工", "省、市政务公开工作要点"],
    ["关于印发《某市2024年优化营商环境工作要点》的通知", "某市优化营商环境工作要点"],
    ["2017年省市政务公开要点工作任务分解表", "省市政务公开要点"],
    ["某县关于印发2023年度重点民生实事项目任务分工方案的通知", "重点民生实事项目"],
    ["某市2022年深化“放管服”改革优化营商环境重点任务及责任分工清单", "某市深化“放管服”改革优化营商环境重点"],
  ])("%s → %s", (title, short) => {
    expect(shortPlanTitle(title)).toBe(short);
  });

  it("〈单位〉-〈计划简称〉-〈年份〉, leaving out what the plan does not say", () => {
    expect(departmentFileStem("税务局", "湘潭经济技术开发区贯彻落实省、市2019年政务公开工作要点责任分工", 2019)).toBe(
      "税务局-省、市政务公开工作要点-2019",
    );
    expect(departmentFileStem("税务局", null, 2019)).toBe("税务局-2019");
    expect(departmentFileStem("税务局", null, null)).toBe("税务局");
  });
});
