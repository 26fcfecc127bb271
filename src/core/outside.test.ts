import { unitsInTaskText, unitsOfHeading } from "./outside";
import { parseUnits } from "./units";
import { loadGenre } from "../../test/support/genre";

const read = (text: string) => parseUnits(text);
const names = (found: { units: { name: string }[] }) => found.units.map((u) => u.name);

describe("unitsOfHeading", () => {
  it.each([
    ["(一)市发展改革委(8项)", ["市发展改革委"]],
    ["（二）市经济和信息化局（5项）", ["市经济和信息化局"]],
    ["三、某某镇", ["某某镇"]],
    ["（一）县发改局牵头", ["县发改局"]],
    ["二、县教育局、县卫健委（共6项）", ["县教育局", "县卫健委"]],
    ["（一）责任单位：县财政局", ["县财政局"]],
    ["四、××街道（共3项任务）", ["××街道"]],
    ["（一）市發展改革委（8項）", ["市发展改革委"]],
    ["（一）市发展改革委（８项）", ["市发展改革委"]],
  ])("reads the unit a group heading names: %s", (heading, units) => {
    expect(names(unitsOfHeading(heading, read))).toEqual(units);
  });

  it("keeps the lead a heading marks", () => {
    expect(unitsOfHeading("（一）县发改局牵头", read).markedLead).toBe("县发改局");
  });

  it.each([
    "一、聚焦重点领域,推动政府信息主动公开",
    "(一)围绕高质量发展推进信息公开",
    "二、部分项目进展情况",
    "一、紧扣“十四五”开好局起好步,进一步深化政务公开",
    "（三）加强组织保障",
  ])("reads no unit from a themed heading: %s", (heading) => {
    expect(unitsOfHeading(heading, read).units).toEqual([]);
  });
});

describe("unitsInTaskText", () => {
  it("reads the units of a bracket closing the item, roles kept", () => {
    const found = unitsInTaskText(
      "加强民营经济发展壮大系列政策措施等方面的信息公开。〔牵头单位:县工信局、县财政局;责任单位:各乡(镇)人民政府、县政府有关部门〕",
      read,
    );
    expect(names(found)).toEqual(["县工信局", "县财政局", "各乡(镇)人民政府", "县政府有关部门"]);
    expect(found.markedLead).toBe("县工信局");
  });

  it("reads a closing bracket of bare names, and one ending in role words", () => {
    expect(names(unitsInTaskText("创建国家卫生县城。（县卫健委、县爱卫办）", read))).toEqual(["县卫健委", "县爱卫办"]);
    expect(names(unitsInTaskText("编制并公布行政许可事项清单。(市政府办公室牵头,市级各有关部门按职责分工负责)", read))).toEqual([
      "市政府办公室",
      "市级各有关部门",
    ]);
  });

  // hongbhai-2020-quanze's 责任事项 cell (issue #9): 受理责任: heads a stage's duties, listed as
  // clauses (公示…; 符合条件的,予以受理…); no role label, so no units, however many commas follow.
  it("reads no units from a list of stage duties (1.受理责任:…2.审查责任:…)", () => {
    const duties = loadGenre("hongbhai-2020-quanze").rows[0][6];
    expect(unitsInTaskText(duties, read)).toEqual({ units: [], markedLead: null, written: "" });
    expect(names(unitsInTaskText("推进农村公路建设,责任:县交通运输局。", read))).toEqual(["县交通运输局"]);
  });

  it("reads a labelled clause inside the text", () => {
    const found = unitsInTaskText("农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。", read);
    expect(names(found)).toEqual(["市交通局"]);
    expect(found.markedLead).toBe("市交通局");
  });

  it("reads a labelled clause written in traditional characters, the units as written", () => {
    const found = unitsInTaskText("學前教育促進,牽頭單位:市教體局。其中,整改不到位的為舒城縣。", read);
    expect(names(found)).toEqual(["市教体局"]);
    expect(found.written).toBe("牽頭單位:市教體局");
    expect(found.markedLead).toBe("市教体局");
  });

  // 温州 2019 十大民生实事 (baitanhei.iotasilica.com/news-3660095.html): a bracket counting what the task covers.
  it.each(["全市新(扩)建幼儿园80所(其中公办30所以上)", "新(扩)建幼儿园67所(其中公办36所)"])(
    "reads no unit from a bracket that counts, though 所 closes names: %s",
    (text) => {
      expect(unitsInTaskText(text, read).units).toEqual([]);
    },
  );

  it("still reads bodies ending in 所 with no number before it", () => {
    expect(names(unitsInTaskText("开展矛盾纠纷排查化解。（县司法局、各乡镇司法所）", read))).toEqual(["县司法局", "各乡镇司法所"]);
  });

  it.each([
    "2024年底前完成老旧小区改造(以下简称“三改”)。",
    "完成棚户区改造2836户(2024年6月底前)。",
    "启动县图书馆新馆建设。",
    "加快推进土地滩水库建设(一期)。",
  ])("reads no unit from task text that names none: %s", (text) => {
    expect(unitsInTaskText(text, read).units).toEqual([]);
  });
});

describe("unitsOfHeading of a theme that ends as a post does (issue #9)", () => {
  it.each(["一、稳定经济增长", "（二）促进居民收入增长"])("reads no unit from %s", (heading) => {
    expect(unitsOfHeading(heading, read).units).toEqual([]);
  });
});
