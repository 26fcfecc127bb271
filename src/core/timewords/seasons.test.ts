import { SEASON_PATTERN, seasonEnd } from "./seasons";

describe("seasonEnd", () => {
  it.each([
    ["年中", "2024-06-30"],
    ["汛前", "2024-05-31"],
    ["汛期前", "2024-05-31"],
    ["主汛期前", "2024-05-31"],
  ])("%s → %s", (word, day) => {
    expect(seasonEnd(word, 2024)).toBe(day);
  });
  it("knows no other word", () => {
    expect(seasonEnd("春节", 2024)).toBeNull();
    expect(seasonEnd("春季", 2024)).toBeNull();
  });
});

describe("SEASON_PATTERN", () => {
  const words = (text: string) => [...text.matchAll(new RegExp(SEASON_PATTERN, "gu"))].map((m) => m[0]);
  it("finds the season words of deadline phrases", () => {
    expect(words("年中")).toEqual(["年中"]);
    expect(words("年中前完成")).toEqual(["年中"]);
    expect(words("年中检查")).toEqual(["年中"]);
    expect(words("汛期前完成水毁修复")).toEqual(["汛期前"]);
    expect(words("确保主汛期前完成")).toEqual(["主汛期前"]);
  });
  it("does not take seasons or words that only contain 年中", () => {
    expect(words("秋季开学前")).toEqual([]);
    expect(words("春季完成植树")).toEqual([]);
    expect(words("2024年中央资金")).toEqual([]);
    expect(words("年中期评估")).toEqual([]);
    expect(words("2024年中秋")).toEqual([]);
    expect(words("2022年中方县政府工作报告")).toEqual([]);
    expect(words("年中方县")).toEqual([]);
    expect(words("汛期")).toEqual([]);
  });
});
