import { fixtureSheet, findingsOf, firings } from "../../../test/support/rules";

describe("generic-unit-only", () => {
  it("fires on every task addressed only to catch-alls, not where a named unit stands beside one", () => {
    // 中方县 2022: 各有关部门, 县直各有关单, 县直各单位 (×3), 直各单位; 县发改局、县市场监管局 etc. are named.
    expect(firings(fixtureSheet("seed-003"), "generic-unit-only")).toEqual([
      ["generic-unit-only", "E3", 3],
      ["generic-unit-only", "E8", 8],
      ["generic-unit-only", "E11", 11],
      ["generic-unit-only", "E12", 12],
      ["generic-unit-only", "E13", 13],
      ["generic-unit-only", "E16", 16],
    ]);
    // 湘潭经开区 2019: 各职能部门、乡街 … but not 建设局等相关责任部门.
    expect(firings(fixtureSheet("seed-000"), "generic-unit-only")).toEqual([
      ["generic-unit-only", "F3", 3],
      ["generic-unit-only", "F4", 4],
      ["generic-unit-only", "F6", 6],
      ["generic-unit-only", "F16", 16],
      ["generic-unit-only", "F49", 49],
    ]);
  });

  it("names the catch-alls and asks for the unit that leads", () => {
    const [first] = findingsOf(fixtureSheet("seed-003"), "generic-unit-only");
    expect([first.message, first.suggestion]).toEqual(["责任单位仅为泛称“各有关部门”，未明确具体单位", "明确具体牵头单位"]);
  });
});
