// How the structure of a 要点's text makes rows: where a task ends, and which item a line of
// units printed on its own belongs to. Items as 要点 print them (seed 001, 北京 2018, 潍坊 2017).
import { paragraphsFromText } from "../../src/core/import/paragraphs";
import { parseWorkPoints } from "../../src/core/import/parse";

const TITLE = "某市2024年政务公开工作要点";
const read = (...lines: string[]) => parseWorkPoints(paragraphsFromText([TITLE, ...lines].join("\n")), { file: "t.txt" }).rows;
const unitsOf = (rows: ReturnType<typeof read>) => rows.map((r) => r.units.map((u) => `${u.name}:${u.role}`));

describe("several tasks in one paragraph", () => {
  it("makes a row of each sentence that ends in its own unit parenthetical, the item's opening sentence their category", () => {
    const rows = read(
      "一、加强政府重点工作信息公开",
      "（一）做好重点领域信息公开。发布城市总体规划信息。（市规划局负责落实）推进区域协作信息公开，2024年6月底前完成。（市发展改革委、市教育局分别负责落实）及时公开重大项目建设情况。",
    );
    expect(unitsOf(rows)).toEqual([["市规划局:responsible"], ["市发展改革委:responsible", "市教育局:responsible"], []]);
    expect(rows.map((r) => r.requirement)).toEqual(["发布城市总体规划信息。", "推进区域协作信息公开，2024年6月底前完成。", "及时公开重大项目建设情况。"]);
    expect(rows[0].category).toEqual(["一、加强政府重点工作信息公开", "（一）做好重点领域信息公开"]);
    expect(rows.map((r) => r.deadline.date)).toEqual([null, "2024-06-30", null]);
    expect(rows.map((r) => r.sourceSeq)).toEqual(["（一）", "（一）", "（一）"]);
  });

  it("keeps a bracket inside a sentence in the sentence (a document number, units named mid-sentence)", () => {
    const rows = read("一、政策解读", "1.按照《政务公开条例》（国务院令第711号）要求，会同宣传部门（市委宣传部牵头）做好解读工作。（市政府办公室负责）");
    expect(rows).toHaveLength(1);
    expect(unitsOf(rows)).toEqual([["市政府办公室:responsible"]]);
    expect(rows[0].requirement).toContain("（国务院令第711号）");
  });
});

describe("a line holding only units", () => {
  it("gives its units to the item before it: a bracket, labelled roles, a list ending in its role", () => {
    const rows = read(
      "一、推进决策公开",
      "1.全面推行重大行政决策预公开。",
      "（市司法局牵头）",
      "2.扩大公众参与。",
      "牵头单位：市发展改革委；配合单位：市财政局、市统计局",
      "3.做好政策解读。",
      "市政府办公室、市委宣传部分别牵头落实",
    );
    expect(unitsOf(rows)).toEqual([["市司法局:lead"], ["市发展改革委:lead", "市财政局:co", "市统计局:co"], ["市政府办公室:lead", "市委宣传部:lead"]]);
    expect(rows.map((r) => r.requirement)).toEqual(["全面推行重大行政决策预公开。", "扩大公众参与。", "做好政策解读。"]);
  });

  it("under a heading, gives its units to the tasks under it that name none", () => {
    const rows = read("一、推进决策公开", "牵头单位：市司法局", "1.全面推行重大行政决策预公开。", "2.扩大公众参与。（市发展改革委负责）");
    expect(unitsOf(rows)).toEqual([["市司法局:lead"], ["市发展改革委:responsible"]]);
  });

  it("makes each unnumbered paragraph under a bare heading its own task when a unit line follows it", () => {
    const rows = read(
      "一、以政务公开助力稳增长",
      "（一）加强预期引导",
      "围绕全市经济形势，通过新闻发布会等形式及时解读。",
      "市发改委牵头落实",
      "加强财政政策信息公开，按月公开全市财政收支情况。",
      "市财政局牵头落实",
      "（二）稳定市场预期",
      "加强金融政策信息公开。（市金融办负责）",
    );
    expect(unitsOf(rows)).toEqual([["市发改委:lead"], ["市财政局:lead"], ["市金融办:responsible"]]);
    expect(rows.map((r) => r.category[1])).toEqual(["（一）加强预期引导", "（一）加强预期引导", "（二）稳定市场预期"]);
  });

  it("does not take the signature under the 要点 for the last item's units", () => {
    const rows = read("一、推进决策公开", "1.全面推行重大行政决策预公开。（市司法局牵头）", "2.扩大公众参与。", "某市人民政府办公室", "2024年3月1日");
    expect(unitsOf(rows)).toEqual([["市司法局:lead"], []]);
  });

  it("does not take a sentence for a unit line, nor split an item Word broke into paragraphs", () => {
    const rows = read(
      "一、推进执行公开",
      "（一）集中公开涉企政策文件。",
      "各单位要高度重视，认真负责，按要求在门户网站集中公开。（市行政审批局牵头，各县市区负责）",
      "（二）加强督查。",
    );
    expect(rows).toHaveLength(2);
    expect(rows[0].requirement).toContain("集中公开涉企政策文件。各单位要高度重视");
    expect(unitsOf(rows)[0]).toEqual(["市行政审批局:lead", "各县市区:responsible"]);
    expect(rows[1].unitStatus).toBe("missing");
  });

  it("joins the rest of a parenthetical a page break split to the item, never reading it as a unit line", () => {
    // A PDF's text breaks at a page end inside the closing parenthetical: the line after the break
    // closes a bracket it never opened, however much it reads as units with a role (市区人民政府负责）).
    const rows = read(
      "一、推进重点领域信息公开",
      "（一）公开重大建设项目信息。及时公开项目审批、招标投标和施工许可等信息。（市发展改革委、市住房城乡建设局牵头，各县",
      "市区人民政府负责）",
      "（二）公开财政预决算信息。按规定公开本级预决算和“三公”经费。（市财政局牵头，各县市区人民政府负责）",
      "（三）公开公共资源配置信息。做好公共资源交易信息公开。（市公共资源交易中心负责）",
      "（四）公开环境保护信息。及时公开环境质量、污染源监管和突出环境问题整改信息。（市生态环境局负责）",
    );
    expect(unitsOf(rows)).toEqual([
      ["市发展改革委:lead", "市住房城乡建设局:lead", "各县市区人民政府:responsible"],
      ["市财政局:lead", "各县市区人民政府:responsible"],
      ["市公共资源交易中心:responsible"],
      ["市生态环境局:responsible"],
    ]);
    expect(rows[0].requirement).not.toContain("市区人民政府");
  });
});
