import { fixtureSheet, findingsOf, firings } from "../../../test/support/rules";

describe("unit-variant", () => {
  it("fires on a unit written two ways (湘潭经开区 2019: 建设局局, 教育文卫)", () => {
    expect(firings(fixtureSheet("seed-000"), "unit-variant")).toEqual([
      ["unit-variant", "F7", 7],
      ["unit-variant", "F29", 29],
    ]);
  });

  it("advises the form written most often, in so many words", () => {
    const [f7] = findingsOf(fixtureSheet("seed-000"), "unit-variant");
    expect([f7.message, f7.suggestion]).toEqual([
      "单位名称“建设局局”与“建设局”相近，可能为笔误或同一单位的不同写法",
      "统一为“建设局”",
    ]);
  });

  it("does not fire on a plan that writes each unit one way (岳阳市 2017)", () => {
    expect(firings(fixtureSheet("seed-002"), "unit-variant")).toEqual([]);
  });
});
