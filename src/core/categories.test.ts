import { CategoryPath, markerLevel, splitLevels } from "./categories";

describe("markerLevel", () => {
  it.each([
    ["一、夯实基础", 1],
    ["十二、其他", 1],
    ["（一）围绕提升", 2],
    ["(二)圍繞持續", 2],
    ["1.推进产业项目", 3],
    ["2、推进乡村振兴", 3],
    ["（1）政府网站", 4],
    ["一 工业项目", 1],
    ["3 民生项目", 3],
    ["预期引导", 0],
    ["2019年6月", 0],
    ["12345热线", 0],
  ])("%s → %i", (label, level) => expect(markerLevel(label)).toBe(level));
});

describe("splitLevels", () => {
  it("splits a cell that holds a part and its first section", () => {
    expect(splitLevels("三、強化政府信息主動公開 (一)圍繞提升推進高質量發展,強化公開")).toEqual([
      "三、強化政府信息主動公開",
      "(一)圍繞提升推進高質量發展,強化公開",
    ]);
  });
  it("leaves a single label alone", () => {
    expect(splitLevels("（一）围绕提升推进高质量发展")).toEqual(["（一）围绕提升推进高质量发展"]);
    expect(splitLevels("推进(沥青)路建设")).toEqual(["推进(沥青)路建设"]);
  });
});

describe("CategoryPath", () => {
  it("a new label ends every deeper level, columns left to right", () => {
    const p = new CategoryPath();
    p.setColumnLabel(0, "三、主动公开");
    p.setColumnLabel(1, "（一）高质量发展");
    p.setColumnLabel(2, "1.产业项目");
    expect(p.labels).toEqual(["三、主动公开", "（一）高质量发展", "1.产业项目"]);
    p.setColumnLabel(1, "（二）营商环境");
    expect(p.labels).toEqual(["三、主动公开", "（二）营商环境"]);
    p.setColumnLabel(0, "四、政策解读");
    expect(p.labels).toEqual(["四、政策解读"]);
  });

  it("a label printed again after a page break keeps the levels below it", () => {
    const p = new CategoryPath();
    p.setColumnLabel(0, "（一）高质量发展");
    p.setColumnLabel(1, "4.民生领域");
    p.setColumnLabel(0, "（一）高质量发展");
    expect(p.labels).toEqual(["（一）高质量发展", "4.民生领域"]);
  });

  it("category rows rank by their marker above any column label", () => {
    const p = new CategoryPath();
    p.setRowLabel("一、夯实基础");
    p.setColumnLabel(0, "政务公开");
    p.setRowLabel("（一）规范");
    expect(p.labels).toEqual(["一、夯实基础", "（一）规范"]);
  });
});
