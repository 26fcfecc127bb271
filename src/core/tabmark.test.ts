import { fnv1a, parseTabMark, planKey, tabDigest, tabMarkFormula } from "./tabmark";

describe("tab mark", () => {
  it("round-trips through a defined name's formula, with or without =", () => {
    const mark = { plan: planKey("分工", "2019年政务公开任务分工"), digest: tabDigest([["序号", "任务"], [1, "公开"]]) };
    expect(parseTabMark(tabMarkFormula(mark))).toEqual(mark);
    expect(parseTabMark(`=${tabMarkFormula(mark)}`)).toEqual(mark);
    expect(parseTabMark('"something else"')).toBeNull();
  });

  it("digest sees an edited cell but not trailing empty cells or numbers as text", () => {
    const rows = [["税务局", "2019年6月底前"], [1, null]];
    expect(tabDigest([["税务局", "2019年6月底前", ""], ["1"]])).toBe(tabDigest(rows));
    expect(tabDigest([["税务局", "2019年6月底"], [1, null]])).not.toBe(tabDigest(rows));
  });

  it("hashes as FNV-1a 32-bit (its published test vectors), so marks written before still match", () => {
    expect(fnv1a("")).toBe("811c9dc5");
    expect(fnv1a("a")).toBe("e40c292c");
    expect(fnv1a("foobar")).toBe("bf9cf968");
    // A digest joins cells with U+0001 and rows with U+0002.
    expect(tabDigest([["a", "b"], [7]])).toBe(fnv1a("a\u0001b\u00027"));
  });

  it("tells plans apart by sheet and title", () => {
    expect(planKey("Sheet1", "A")).not.toBe(planKey("Sheet1", "B"));
    expect(planKey("Sheet1", "A")).not.toBe(planKey("Sheet2", "A"));
  });
});
