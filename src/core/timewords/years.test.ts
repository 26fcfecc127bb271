import { expandShortYears, withPlanPeriods, withRelativeYears, withYearBeforeMonth } from "./years";

describe("expandShortYears", () => {
  it.each([
    ["23年底", 2023, "2023年底"],
    ["24年6月", 2024, "2024年6月"],
    ["25年3月底前", 2024, "2025年3月底前"],
    ["24年", 2024, "2024年"],
    ["22年12月—23年6月", 2023, "2022年12月—2023年6月"],
  ])("%s (plan %i) → %s", (text, plan, expected) => {
    expect(expandShortYears(text, plan)).toBe(expected);
  });

  it("leaves counts of years alone", () => {
    for (const text of ["10年内", "20年来", "30年一遇", "15年以上", "12年左右"]) expect(expandShortYears(text, 2012)).toBe(text);
  });

  it("leaves two digits far from the plan year alone (a quantity, not a year)", () => {
    expect(expandShortYears("50年", 2024)).toBe("50年");
    expect(expandShortYears("18年", 2024)).toBe("18年");
  });

  it("without a plan year, reads the years this century's plans write", () => {
    expect(expandShortYears("23年底", null)).toBe("2023年底");
    expect(expandShortYears("99年", null)).toBe("99年");
  });

  it("does not touch four-digit years", () => {
    expect(expandShortYears("2024年6月", 2024)).toBe("2024年6月");
  });
});

describe("withRelativeYears", () => {
  it.each([
    ["今年底前", "2024年底前"],
    ["本年度内", "2024年度内"],
    ["明年3月", "2025年3月"],
    ["次年1月", "2025年1月"],
    ["去年底", "2023年底"],
  ])("%s → %s (plan 2024)", (text, expected) => {
    expect(withRelativeYears(text, 2024)).toBe(expected);
  });
  it("needs a plan year", () => {
    expect(withRelativeYears("明年3月", null)).toBe("明年3月");
  });
});

describe("withPlanPeriods", () => {
  it.each([
    ["“十四五”期间", "2025年"],
    ["十四五末", "2025年"],
    ["十三五时期完成", "2020年完成"],
    ["十一五", "2010年"],
    ["十五五规划期间", "2030年"],
  ])("%s → %s", (text, expected) => {
    expect(withPlanPeriods(text)).toBe(expected);
  });
  it("leaves fifteen and other numbers alone", () => {
    for (const text of ["十五日内", "十五个工作日", "二十五"]) expect(withPlanPeriods(text)).toBe(text);
  });
});

describe("withYearBeforeMonth", () => {
  it.each([
    ["20259月底前", "2025年9月底前"],
    ["202412月底前", "2024年12月底前"],
    ["20256月30日前", "2025年6月30日前"],
    ["20241月", "2024年1月"],
    ["202410月", "2024年10月"],
  ])("%s → %s: the four digits are the year, the month follows", (text, expected) => {
    expect(withYearBeforeMonth(text)).toBe(expected);
  });
  it("leaves digits alone that are no year before a month", () => {
    // a month out of range, a year outside the reader's, digits not before 月, more digits than a year and a month, 年 written
    for (const text of ["202413月", "202499月", "18009月", "20259", "202412日前", "投资20259万元", "2024101月", "120259月", "2025年9月底前"]) {
      expect(withYearBeforeMonth(text)).toBe(text);
    }
  });
});
