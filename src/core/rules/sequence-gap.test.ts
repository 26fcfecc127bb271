import { fixtureSheet, findingsOf, firings, genreSheet } from "../../../test/support/rules";

describe("sequence-gap", () => {
  it("fires where the numbering skips (湘潭经开区 2019: 50 then 52; 谯城区教育局 2025: 3 then 68)", () => {
    expect(firings(fixtureSheet("seed-000"), "sequence-gap")).toEqual([["sequence-gap", "A53", 53]]);
    expect(firings(genreSheet("qiaocheng-jyj-2025"), "sequence-gap")).toEqual([["sequence-gap", "A10", 10]]);
    const [a53] = findingsOf(fixtureSheet("seed-000"), "sequence-gap");
    expect(a53.message).toBe("序号由50跳至52，缺少51");
  });

  it("fires on a number out of order (中方县 2022, 序号 6 written 4)", () => {
    const sheet = fixtureSheet("seed-003", (f) => {
      f.rows[5][0] = "4";
    });
    // 4 after 5 repeats a number: that is sequence-duplicate's; 7 after 4 is a gap.
    expect(firings(sheet, "sequence-gap")).toEqual([["sequence-gap", "A9", 9]]);
    const sheet2 = fixtureSheet("seed-003", (f) => {
      [f.rows[5][0], f.rows[6][0]] = [f.rows[6][0], f.rows[5][0]];
    });
    // 5, 7, 6, 8: 7 skips 6, 6 comes after 7, 8 after 6 skips the 7 written above.
    expect(firings(sheet2, "sequence-gap")).toEqual([
      ["sequence-gap", "A8", 8],
      ["sequence-gap", "A9", 9],
      ["sequence-gap", "A10", 10],
    ]);
    expect(findingsOf(sheet2, "sequence-gap")[1].message).toBe("序号6排在7之后，顺序有误");
  });

  it("does not fire on numbering that runs 1, 2, 3 … (中方县 2022)", () => {
    expect(firings(fixtureSheet("seed-003"), "sequence-gap")).toEqual([]);
  });
});
