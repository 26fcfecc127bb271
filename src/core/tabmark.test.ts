import { parseTabMark, planKey, tabDigest, tabMarkFormula } from "./tabmark";

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

  it("tells plans apart by sheet and title", () => {
    expect(planKey("Sheet1", "A")).not.toBe(planKey("Sheet1", "B"));
    expect(planKey("Sheet1", "A")).not.toBe(planKey("Sheet2", "A"));
  });
});
