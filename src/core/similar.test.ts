import { loadFixture } from "../../test/support/fixtures";
import { editDistance, findNearDuplicates, nearestName, variantKind } from "./similar";
import { parseUnits } from "./units";

/** Every unit of a fixture's responsible column, one entry per mention. */
function unitMentions(id: string): string[] {
  const f = loadFixture(id);
  const col = f.header.findIndex((h) => h.includes("责任") || h.includes("責任"));
  return f.rows.flatMap((row) => parseUnits(row[col]).units.map((u) => u.name));
}

describe("editDistance", () => {
  it.each([
    ["建设局局", "建设局", 1],
    ["财政局", "税务局", 2],
    ["", "办公室", 3],
    ["县发改局", "县税务局", 2],
  ])("%s / %s → %d", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe("variantKind", () => {
  it("a doubled last character is a typo of the name without it", () => {
    expect(variantKind("建设局局", "建设局")).toBe("doubled-last-char");
  });

  it("a name cut before its unit suffix (局 办 科 中心 委) is the full name", () => {
    expect(variantKind("教育文卫", "教育文卫局")).toBe("missing-suffix");
    expect(variantKind("县政务", "县政务中心")).toBe("missing-suffix");
  });

  it("a name already ending like a body is complete: 市政府 / 市政府办 are two units", () => {
    expect(variantKind("市政府", "市政府办")).toBeNull();
    expect(variantKind("局办公室", "局办公室科")).toBeNull();
  });

  it("one leading 局/市/县/区 more is the same unit (法规科 / 局法规科), two levels are not", () => {
    expect(variantKind("法规科", "局法规科")).toBe("level-prefix");
    expect(variantKind("办公室", "局办公室")).toBe("level-prefix");
    expect(variantKind("市财政局", "县财政局")).toBeNull();
  });

  it.each([
    ["财政局", "税务局"],
    ["县发改局", "县税务局"],
    ["市财政局", "市民政局"],
    ["政务中心", "县政务中心办"],
  ])("short names differing by a real character are different units: %s / %s", (a, b) => {
    expect(variantKind(a, b)).toBeNull();
    expect(variantKind(b, a)).toBeNull();
  });
});

describe("nearestName", () => {
  const roster = ["建设局", "教育文卫局", "财政局", "税务局", "社会事务局"];

  it("finds the intended unit for a typo or a truncation", () => {
    expect(nearestName("建设局局", roster)).toEqual({ name: "建设局", distance: 1 });
    expect(nearestName("教育文卫", roster)).toEqual({ name: "教育文卫局", distance: 1 });
  });

  it("an exact match (after normalisation) has distance 0", () => {
    expect(nearestName("社會事務局", roster)).toEqual({ name: "社会事务局", distance: 0 });
  });

  it("another unit one character away is not near", () => {
    expect(nearestName("民政局", roster)).toBeNull();
    expect(nearestName("县税务局", ["县发改局"])).toBeNull();
    expect(nearestName("办公室", [])).toBeNull();
  });
});

describe("findNearDuplicates", () => {
  it("seed 000: 建设局局 → 建设局 and 教育文卫 → 教育文卫局, nothing else", () => {
    expect(findNearDuplicates(unitMentions("seed-000"))).toEqual([
      { name: "建设局局", suggestion: "建设局" },
      { name: "教育文卫", suggestion: "教育文卫局" },
    ]);
  });

  it("seed 003: the truncated 直各单位 is 县直各单位; 政务中心 / 县政务中心 likewise", () => {
    expect(findNearDuplicates(unitMentions("seed-003"))).toEqual([
      { name: "政务中心", suggestion: "县政务中心" },
      { name: "直各单位", suggestion: "县直各单位" },
    ]);
  });

  it("seed 004: a section written with and without 局 gets the more frequent form, 局… on a tie", () => {
    // 局法规科 5× / 法规科 2×, 局人事科 1× / 人事科 1×, 局科技科 4× / 科技科 5×, 局运输科 1× / 运输科 1×.
    expect(findNearDuplicates(unitMentions("seed-004"))).toEqual([
      { name: "法规科", suggestion: "局法规科" },
      { name: "人事科", suggestion: "局人事科" },
      { name: "局科技科", suggestion: "科技科" },
      { name: "运输科", suggestion: "局运输科" },
    ]);
  });

  it("seed 002 writes every unit one way: nothing to report", () => {
    expect(findNearDuplicates(unitMentions("seed-002"))).toEqual([]);
  });

  it("the typo's intended form wins even when the typo is more frequent", () => {
    expect(findNearDuplicates(["建设局局", "建设局局", "建设局"])).toEqual([{ name: "建设局局", suggestion: "建设局" }]);
  });

  it("level prefix: the more frequent form wins, the prefixed one on a tie; reported only when both appear", () => {
    expect(findNearDuplicates(["办公室", "局办公室"])).toEqual([{ name: "办公室", suggestion: "局办公室" }]);
    expect(findNearDuplicates(["办公室", "办公室", "局办公室"])).toEqual([{ name: "局办公室", suggestion: "办公室" }]);
    expect(findNearDuplicates(["办公室", "法制办"])).toEqual([]);
  });

  it("never pairs different units", () => {
    expect(findNearDuplicates(["财政局", "税务局", "民政局"])).toEqual([]);
    expect(findNearDuplicates(["县发改局", "县税务局", "县财政局", "市财政局", "市政府", "市政府办"])).toEqual([]);
  });
});
