import { fixtureIds, loadFixture } from "../../test/support/fixtures";
import { DEFAULT_GRACE_MONTHS, dateReadingForm, detectPlanYear, isOutsidePlanYear } from "./planyear";

describe("detectPlanYear", () => {
  it.each(fixtureIds())("reads the plan year of %s from its title", (id) => {
    const f = loadFixture(id);
    expect(detectPlanYear([f.title])).toBe(f.year);
  });

  it.each([
    ["湘潭经济技术开发区贯彻落实省、市2019年政务公开工作要点责任分工", 2019],
    ["2017年省市政务公开要点工作任务分解表", 2017],
    ["湘潭市交通運輸局貫徹落實國、省、市2019年政務公開工作要點責任分工分解表", 2019],
    ["2019年政務公開(kāi)工作要點(diǎn)責任分工", 2019],
    ["２０２０年政务公开工作计划", 2020],
    ["二〇二一年政务公开工作要点任务分工", 2021],
    ["2023年度重点工作任务清单", 2023],
    ["2019 年政务公开工作要点分工方案", 2019],
  ])("%s → %i", (title, year) => {
    expect(detectPlanYear([title])).toBe(year);
  });

  describe("several years", () => {
    it.each([
      // the year attached to what the plan is called wins over an issue date or a history
      ["关于印发《2020年政务公开工作要点》的通知（2019年12月）", 2020],
      ["2019年12月印发的2020年工作计划", 2020],
      ["2018年以来成效明显，现将2019年工作要点分解如下", 2019],
      ["对照2018年考核结果，制定2019年任务分工", 2019],
      // nothing attached: the first year written with 年
      ["2018年和2019年政务公开情况", 2018],
    ])("%s → %i", (title, year) => {
      expect(detectPlanYear([title])).toBe(year);
    });
  });

  it("searches the title, then text above the table, then the sheet name", () => {
    expect(detectPlanYear(["政务公开工作任务分工", "", "2019"])).toBe(2019);
    expect(detectPlanYear(["", "2021年度"])).toBe(2021);
    expect(detectPlanYear(["2019年政务公开工作要点任务分工", "2018年"])).toBe(2019);
    // a year written with 年 beats a bare number in an earlier text (a sheet named 2018版)
    expect(detectPlanYear(["2018版", "2019年政务公开"])).toBe(2019);
  });

  it("reads the lines above a plan printed after its 通知 (seed 001, 株洲市 2020)", () => {
    const above = [
      "5-2020-52 229",
      "株政办函〔2020〕19号",
      "株洲市人民政府办公室 关于印发《株洲市2020年政务公开 工作要点》的通知",
      "2020年4月29日",
      "株洲市 2020 年政务公开工作要点",
    ];
    expect(detectPlanYear(above)).toBe(2020);
    expect(detectPlanYear(["2020年4月29日", "湖南省 2019 年政务公开工作要点分工"])).toBe(2019);
  });

  it("takes an issue date only when nothing else names a year", () => {
    expect(detectPlanYear(["印发日期：2019年3月5日"])).toBe(2019);
    expect(detectPlanYear(["2019年3月5日印发", "2018"])).toBe(2018);
  });

  it("returns null when no plausible year is written", () => {
    expect(detectPlanYear([])).toBeNull();
    expect(detectPlanYear(["政务公开工作任务分工表", "Sheet1"])).toBeNull();
    expect(detectPlanYear(["1949年以来", "3000年规划"])).toBeNull();
    expect(detectPlanYear(["电话：07312019888", "文号 湘政办发〔2019〕12号"])).toBe(2019);
    expect(detectPlanYear(["电话：07312019888"])).toBeNull();
  });
});

describe("dateReadingForm", () => {
  it("turns the ways dates are typed into one form", () => {
    expect(dateReadingForm("2019 年 11 月底前")).toBe("2019年11月底前");
    expect(dateReadingForm("二〇一九年十一月三十日")).toBe("2019年11月30日");
    expect(dateReadingForm("２０１９．６－２０１９．１２")).toBe("2019.6-2019.12");
    expect(dateReadingForm("按市里統(tǒng)一安排完成")).toBe("按市里统一安排完成");
  });
  it("leaves numerals that are words", () => {
    expect(dateReadingForm("一季度末")).toBe("一季度末");
    expect(dateReadingForm("统一月报")).toBe("统一月报");
    expect(dateReadingForm("十一前")).toBe("十一前");
  });
});

describe("isOutsidePlanYear", () => {
  it("accepts dates inside the plan year", () => {
    expect(isOutsidePlanYear("2019-01-01", 2019)).toBe(false);
    expect(isOutsidePlanYear("2019-06-30", 2019)).toBe(false);
    expect(isOutsidePlanYear("2019-12-31", 2019)).toBe(false);
  });

  it("accepts the first quarter of the next year by default (annual reports fall due then)", () => {
    expect(DEFAULT_GRACE_MONTHS).toBe(3);
    expect(isOutsidePlanYear("2023-01-31", 2022)).toBe(false); // 年度报告 of a 2022 plan
    expect(isOutsidePlanYear("2020-03-31", 2019)).toBe(false);
    expect(isOutsidePlanYear("2020-04-01", 2019)).toBe(true);
    expect(isOutsidePlanYear("2021-01-31", 2019)).toBe(true);
  });

  it("flags dates before the plan year", () => {
    expect(isOutsidePlanYear("2018-12-31", 2019)).toBe(true);
    expect(isOutsidePlanYear("2017-06-30", 2019)).toBe(true);
  });

  it("takes the grace in months", () => {
    expect(isOutsidePlanYear("2020-01-31", 2019, 0)).toBe(true);
    expect(isOutsidePlanYear("2019-12-31", 2019, 0)).toBe(false);
    expect(isOutsidePlanYear("2020-06-30", 2019, 6)).toBe(false);
    expect(isOutsidePlanYear("2020-07-01", 2019, 6)).toBe(true);
  });

  it("does not flag what is not a date", () => {
    expect(isOutsidePlanYear("not a date", 2019)).toBe(false);
    expect(isOutsidePlanYear("", 2019)).toBe(false);
  });

  it.each(fixtureIds())("finds no fixture %s deadline outside its plan year", (id) => {
    const f = loadFixture(id);
    const dates = f.expected.map((e) => e.deadlineDate).filter((d): d is string => d !== null);
    expect(dates.filter((d) => isOutsidePlanYear(d, f.year))).toEqual([]);
  });
});
