import { fixtureSheet, findingsOf, firings } from "../../../test/support/rules";

describe("text-artefact", () => {
  it("fires on pinyin glosses copied from a web page (湘潭市交通运输局 2019)", () => {
    expect(firings(fixtureSheet("seed-004"), "text-artefact").slice(0, 5)).toEqual([
      ["text-artefact", "D4", 4],
      ["text-artefact", "E4", 4],
      ["text-artefact", "E5", 5],
      ["text-artefact", "D6", 6],
      ["text-artefact", "D7", 7],
    ]);
  });

  it("fires on a word broken by a space, quoting the whole words and advising only about the space", () => {
    const found = findingsOf(fixtureSheet("seed-000"), "text-artefact");
    expect(found.map((f) => [f.rule, f.cell, f.row])).toEqual([["text-artefact", "F15", 15]]);
    expect([found[0].message, found[0].suggestion]).toEqual(["文字中有多余空格：“自然资源 和规划分局”", "删除多余空格"]);
  });

  it("does not fire on unit names a line break separates (中方县 2022: 县政务中心⏎县财政局)", () => {
    expect(firings(fixtureSheet("seed-003"), "text-artefact")).toEqual([]);
  });
});
