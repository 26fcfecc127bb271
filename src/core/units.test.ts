import { fixtureIds, loadFixture, type Fixture } from "../../test/support/fixtures";
import { loadGenre } from "../../test/support/genre";
import type { Unit } from "./schema";
import { FIRST_LISTED_LEADS, isCatchAll, nameCoverage, parseUnits, pickLead, unitStatus } from "./units";

const names = (text: string) => parseUnits(text).units.map((u) => u.name);
const roles = (text: string) => parseUnits(text).units.map((u) => `${u.name}:${u.role}`);

/** The responsible cell of each row, a merged cell ("") taking the text at the top of its span. */
function responsibleCells(f: Fixture): string[] {
  const col = f.header.findIndex((h) => h.includes("责任") || h.includes("責任"));
  return f.rows.map((row, r) => {
    const span = f.merges.find((m) => m.col === col && m.fromRow <= r && r <= m.toRow);
    return span ? f.rows[span.fromRow][col] : row[col];
  });
}

describe("every fixture row", () => {
  for (const id of fixtureIds()) {
    const f = loadFixture(id);
    // Only seed 000's closing note says 排第一位的为牵头单位.
    const firstListed = id === "seed-000";
    const cases = responsibleCells(f).map((text, r) => ({ r, text, expected: f.expected[r] }));

    it.each(cases)(`${id} row $r: $text`, ({ text, expected }) => {
      const { units, markedLead } = parseUnits(text);
      expect(units.map((u) => u.name)).toEqual(expected.units);
      expect(unitStatus(units)).toBe(expected.unitStatus);
      expect(pickLead(units, markedLead, firstListed)).toBe(expected.lead);
    });
  }

  it("the catch-alls listed in the fixtures README are recognised without being configured", () => {
    const listed = [
      ...["各职能部门", "乡街", "村社区", "相关责任部门", "重点民生实事责任部门", "相关业务对口部门", "各行政执法部门", "政策起草部门"],
      ...["各有关部门", "县直各单位", "县直各有关单", "直各单位"],
      ...["局属各单位", "局属单位", "局属相关单位", "局属执法单位", "局相关科室", "局机关相关科室"],
    ];
    expect(listed.filter((n) => !isCatchAll(n))).toEqual([]);
  });
});

describe("roles", () => {
  it("牵头 marks the lead, 配合 co-operators (seed 004)", () => {
    expect(roles("局科技科牽頭,運輸科、水運科、基建科配合")).toEqual([
      "局科技科:lead",
      "运输科:co",
      "水运科:co",
      "基建科:co",
    ]);
    expect(roles("局辦公室牽頭、科技科配合,局屬各單位負責")).toEqual([
      "局办公室:lead",
      "科技科:co",
      "局属各单位:responsible",
    ]);
  });

  it("a cell written as a sentence keeps its roles: the full stop is punctuation (粤府〔2021〕22号)", () => {
    expect(roles("省发展改革委牵头,各地、各部门配合。")).toEqual(["省发展改革委:lead", "各地:co", "各部门:co"]);
    expect(roles("省财政厅负责。")).toEqual(["省财政厅:responsible"]);
  });

  it("a role word followed by the task it takes on ends the name (zhangdian-2023)", () => {
    expect(
      roles("区司法局牵头区级规范性文件集中公开工作,区各行政规范性文件制定主体具体落实;各成员单位负责做好本单位行政规范性文件集中公开工作"),
    ).toEqual(["区司法局:lead", "区各行政规范性文件制定主体:responsible", "各成员单位:responsible"]);
    // Only after a complete name: a role word inside a longer phrase is no cut.
    expect(names("负责人事工作的科室")).toEqual(["负责人事工作的科室"]);
  });

  it("a role word covers the names listed before it in its clause, not past ，/；", () => {
    expect(roles("市发改委、市财政局牵头")).toEqual(["市发改委:lead", "市财政局:lead"]);
    expect(roles("市财政局，市税务局配合")).toEqual(["市财政局:responsible", "市税务局:co"]);
    expect(roles("局審批科牽頭、局機關相關科室、局屬各單位負責")).toEqual([
      "局审批科:lead",
      "局机关相关科室:responsible",
      "局属各单位:responsible",
    ]);
  });

  it("reads the phrasing of paragraph-style plans (seed 001)", () => {
    const parsed = parseUnits("(市司法局、市政府办公室牵头，各县市区各有关部门负责)");
    expect(parsed.units).toEqual([
      { name: "市司法局", role: "lead", generic: false },
      { name: "市政府办公室", role: "lead", generic: false },
      { name: "各县市区各有关部门", role: "responsible", generic: true },
    ]);
    expect(parsed.markedLead).toBe("市司法局");
    expect(roles("市发展改革委、市工业和信息化局、市国资委等单位牵头，各县市区人民政府负责")).toEqual([
      "市发展改革委:lead",
      "市工业和信息化局:lead",
      "市国资委:lead",
      "各县市区人民政府:responsible",
    ]);
  });

  it.each([
    ["牵头单位：市发改委；配合单位：市财政局、市税务局", ["市发改委:lead", "市财政局:co", "市税务局:co"]],
    ["市发改委（牵头）、市财政局", ["市发改委:lead", "市财政局:responsible"]],
    ["市发改委主办，市财政局协办", ["市发改委:lead", "市财政局:co"]],
    ["市发改委牵头，市财政局协助，市税务局参与", ["市发改委:lead", "市财政局:co", "市税务局:co"]],
    ["由市发改委具体落实", ["市发改委:responsible"]],
    ["县住建局承担，县财政局配合", ["县住建局:responsible", "县财政局:co"]], // 承担: the work falls to it
    ["承担单位：县交通运输局", ["县交通运输局:responsible"]],
    ["局人事科、局辦公室、局科技科分工負責", ["局人事科:responsible", "局办公室:responsible", "局科技科:responsible"]],
  ])("%s", (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  describe("a run of role words gives one role: 牵头 wherever it stands, else the first word's", () => {
    it.each([
      // jingzhou-2022: the whole run is the role, not part of the last name
      ["市政府各有关部门,各县市区人民政府、功能区管委会负责落实", ["市政府各有关部门:responsible", "各县市区人民政府:responsible", "功能区管委会:responsible"]],
      ["功能区管委会负责落实", ["功能区管委会:responsible"]],
      ["市财政局牵头负责", ["市财政局:lead"]],
      ["市财政局负责牵头", ["市财政局:lead"]],
      ["各科室配合落实", ["各科室:co"]],
      ["市财政局、市税务局牵头负责，市审计局配合落实", ["市财政局:lead", "市税务局:lead", "市审计局:co"]],
      ["市财政局具体负责落实", ["市财政局:responsible"]],
      ["市发改委（牵头负责）、市财政局", ["市发改委:lead", "市财政局:responsible"]],
      ["牵头负责单位：市发改委；配合单位：市财政局", ["市发改委:lead", "市财政局:co"]],
    ])("%s", (text, expected) => {
      expect(roles(text)).toEqual(expected);
    });
  });

  // The co-working words of column labels (协作单位, 会办单位) say the same after a name in a cell.
  it.each([
    ["县住建局牵头，县财政局会办", ["县住建局:lead", "县财政局:co"]],
    ["县住建局，县财政局、县发改委协作", ["县住建局:responsible", "县财政局:co", "县发改委:co"]],
  ])("a co-working word of the labels closes a list in a cell: %s", (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  describe("会同: A会同B names A and B, B co-operating", () => {
    it.each([
      ["市财政局会同市税务局", ["市财政局:responsible", "市税务局:co"]],
      ["市财政局牵头会同市税务局、市审计局", ["市财政局:lead", "市税务局:co", "市审计局:co"]],
      ["市財政局會同市稅務局負責", ["市财政局:responsible", "市税务局:co"]],
      // gdwjw-2021: a lone 会 between two complete names means 会同
      ["宣传处会办公室", ["宣传处:responsible", "办公室:co"]],
    ])("%s", (text, expected) => {
      expect(roles(text)).toEqual(expected);
    });

    it.each([
      "市发展和改革委员会",
      "经开区管委会",
      "管委会办公室",
      "县总工会",
      "市科学技术协会",
      "社会事务局",
      "区会展中心",
      "县会计核算中心",
      "村委会",
      "市红十字会",
    ])("a 会 inside a name does not split it: %s", (name) => {
      expect(names(name)).toEqual([name]);
    });

    it("a 会同单位 label opens a labelled list, as 配合单位 does", () => {
      expect(roles("承办单位：县住建局；会同单位：县财政局")).toEqual(["县住建局:responsible", "县财政局:co"]);
    });

    it.each([
      "县开发区管委会办公室",
      "市经济协作办公室",
      "东西部协作办事处",
      "市经济协作区管委会",
      // issue 9: a role word after a piece that is no name (社, 社会), or before the rest of a name
      "社会办",
      "镇社会办",
      "社会事业办",
      "社会事务办公室",
      "管委会办公室",
      "东西部协作办公室",
      // 会同县 (Huaihua): with no body named before it, 会同 and a level is a place's name
      "怀化市会同县人民政府",
      "会同县教育局",
    ])("a co-working word inside a name does not cut it: %s", (name) => expect(roles(name)).toEqual([`${name}:responsible`]));

    it.each([
      ["县财政局会办", ["县财政局:co"]],
      ["县财政局协作", ["县财政局:co"]],
      ["县住建局配合", ["县住建局:co"]],
      ["市发改委牵头", ["市发改委:lead"]],
      ["会同县财政局配合", ["会同县财政局:co"]],
      ["镇社会办配合", ["镇社会办:co"]],
      ["县民政局、镇社会办", ["县民政局:responsible", "镇社会办:responsible"]],
      // after a body, 会同 still joins the next one, a level opening it or not
      ["县发改局会同县财政局", ["县发改局:responsible", "县财政局:co"]],
      ["市科委牵头，会同市经信委", ["市科委:lead", "市经信委:co"]],
      ["县发改局牵头，会同县财政局", ["县发改局:lead", "县财政局:co"]],
      // a list's next member is a name: 会同 and a level after 、 or a line break open a place's name
      ["会同县财政局、会同县教育局", ["会同县财政局:responsible", "会同县教育局:responsible"]],
      ["怀化市财政局、会同县人民政府配合", ["怀化市财政局:co", "会同县人民政府:co"]],
      ["洪江市人民政府\n会同县人民政府", ["洪江市人民政府:responsible", "会同县人民政府:responsible"]],
      // a label opens a list too: 会同 and a level right after it is a place's name, not "together with"
      ["配合单位：会同县财政局", ["会同县财政局:co"]],
      ["牵头单位：怀化市财政局；配合单位：会同县教育局", ["怀化市财政局:lead", "会同县教育局:co"]],
    ])("a role word after a complete name is its role: %s", (text, expected) => expect(roles(text)).toEqual(expected));

    it("a name ending in 会 still ends a list", () => {
      expect(names("经开区管委会会同市财政局")).toEqual(["经开区管委会", "市财政局"]);
    });

    // A role word or an action inside a name (常委会办公室, 市委组织部) stays in it when a role word or
    // 等 closes the list after the name: what follows the word is judged without them.
    it.each([
      ["县人大常委会办公室牵头，县财政局、县民政局配合", ["县人大常委会办公室:lead", "县财政局:co", "县民政局:co"]],
      ["县民政局牵头，区人大常委会办公室、县财政局配合", ["县民政局:lead", "区人大常委会办公室:co", "县财政局:co"]],
      ["区人大常委会办公室等部门", ["区人大常委会办公室:responsible"]],
      ["县人大常委会办公室等相关单位", ["县人大常委会办公室:responsible", "相关单位:responsible"]],
      ["市委组织部等", ["市委组织部:responsible"]],
      ["市委宣传部、市委组织部等", ["市委宣传部:responsible", "市委组织部:responsible"]],
    ])("a word closing the list does not cut a name before it: %s", (text, expected) => expect(roles(text)).toEqual(expected));

    // …nor does the name's own bracketed part after it: an office the body also serves as (人才办, 编办)
    it.each([
      ["市委组织部（市委人才办）、市人社局", ["市委组织部(市委人才办):responsible", "市人社局:responsible"]],
      ["县委组织部(县编办)牵头，县财政局配合", ["县委组织部(县编办):lead", "县财政局:co"]],
      ["牵头单位：区委组织部（区委人才办）", ["区委组织部(区委人才办):lead"]],
    ])("a bracketed part after a name holding an action word keeps the name whole: %s", (text, expected) => expect(roles(text)).toEqual(expected));
  });

  it("a unit named twice keeps its first place and its lead role", () => {
    expect(roles("市财政局、市发改委，市发改委牵头")).toEqual(["市财政局:responsible", "市发改委:lead"]);
  });

  it("the default role comes from the column (a 配合单位 column)", () => {
    expect(parseUnits("市财政局、市税务局", { defaultRole: "co" }).units.map((u) => u.role)).toEqual(["co", "co"]);
  });

  // zhuji-2023-gzbg: the plan marks each lead with a ▲ before its name; a cell with no ▲ has none.
  it.each([
    ["▲发改局,各部门,各镇乡(街道)", "发改局", ["发改局", "各部门", "各镇乡(街道)"]],
    ["▲税务局,财政局,各镇乡(街道)", "税务局", ["税务局", "财政局", "各镇乡(街道)"]],
    ["经信局,相关部门,各镇乡(街道)", null, ["经信局", "相关部门", "各镇乡(街道)"]],
    // The mark may follow the name, or a ★ / * stand for it; the note saying so names no unit.
    ["县发改局、县财政局★", "县财政局", ["县发改局", "县财政局"]],
    ["*市发改委、市财政局（带*的为牵头单位）", "市发改委", ["市发改委", "市财政局"]],
  ])("a mark against a name marks the lead: %s", (text, lead, units) => {
    const parsed = parseUnits(text);
    expect(parsed.markedLead).toBe(lead);
    expect(parsed.units.map((u) => u.name)).toEqual(units);
  });

  // A mirror masking names with runs of asterisks (****管理局, ******局, **县…**…局): the mask is part
  // of the name as written and marks nobody; a single asterisk still does.
  it.each([
    ["****管理局", ["****管理局"]],
    ["******局、****管理局", ["******局", "****管理局"]],
    ["**县商务和经济**外事局", ["**县商务和经济**外事局"]],
    ["****社会保障局**", ["****社会保障局**"]],
  ])("a run of asterisks is a mask, no lead mark: %s", (text, units) => {
    const parsed = parseUnits(text);
    expect(parsed.units.map((u) => `${u.name}:${u.role}`)).toEqual(units.map((u) => `${u}:responsible`));
    expect(parsed.markedLead).toBeNull();
  });

  // Labels naming a bureau's own sections (责任科室：, 牵头处室：, 责任股室：) are labels like 责任单位：.
  it.each([
    ["责任科室：办公室、财务科", ["办公室:responsible", "财务科:responsible"], null],
    ["（责任处室：规划处、法规处）", ["规划处:responsible", "法规处:responsible"], null],
    ["负责股室：执法股", ["执法股:responsible"], null],
    ["牵头科室：办公室；配合科室：财务科", ["办公室:lead", "财务科:co"], "办公室"],
    ["具体责任科室：办公室、财务科", ["办公室:responsible", "财务科:responsible"], null],
    ["责任领导：李四 责任科室：办公室", ["办公室:responsible"], null],
    // a second kind in brackets widens the label to bodies of either kind (责任科室(单位)), still a label
    ["责任科室(单位):就业科、能建科分别负责", ["就业科:responsible", "能建科:responsible"], null],
    ["责任单位（部门）：县财政局", ["县财政局:responsible"], null],
    ["牵头单位(部门):县发改委；配合单位(部门):县财政局、县住建局", ["县发改委:lead", "县财政局:co", "县住建局:co"], "县发改委"],
    ["牵头处室：规划处；配合单位（处室）：办公室", ["规划处:lead", "办公室:co"], "规划处"],
    ["责任单位（部门）：县财政局 配合单位（部门）：县审计局", ["县财政局:responsible", "县审计局:co"], "县财政局"],
  ])("a section label is no part of the first unit: %s", (text, units, lead) => {
    const parsed = parseUnits(text);
    expect(parsed.units.map((u) => `${u.name}:${u.role}`)).toEqual(units);
    expect(parsed.markedLead).toBe(lead);
  });

  // A city's share of the province's report lists, under the city's bodies, the line 省牵头单位：省X厅:
  // who leads the task at the province, no unit of the city's plan. A label of the plan's own tier
  // (市牵头单位：, 市级牵头部门：) is a role label as 牵头单位： is (gangcheng-2021, jingmen-2022).
  it.each([
    ["市农业农村局、市规划和自然资源局\n省牵头单位：省农业农村厅", ["市农业农村局:responsible", "市规划和自然资源局:responsible"], null],
    ["省牵头单位：省发展改革委、省财政厅\n市发改委、市财政局", ["市发改委:responsible", "市财政局:responsible"], null],
    ["区住建局、各街道 市牵头单位：市住建局", ["区住建局:responsible", "各街道:responsible"], null],
    ["市发改委\n省牵头单位：省发改委；省责任单位：省财政厅", ["市发改委:responsible"], null],
    // A city names its counties too: the plan's tier is the highest its bodies name; 市场 is no tier.
    ["市财政局、县（市、区）政府\n市牵头单位：市发改委", ["市财政局:responsible", "县(市、区)政府:responsible", "市发改委:lead"], "市发改委"],
    ["市场监管局、县财政局\n市牵头单位：市市场监管局", ["市场监管局:responsible", "县财政局:responsible"], null],
    // Only labels: the plan's tier is the lowest they name.
    ["市牵头单位：市发改委\n省牵头单位：省发改委", ["市发改委:lead"], "市发改委"],
    ["市级牵头部门：市发改委；市级责任部门：市财政局", ["市发改委:lead", "市财政局:responsible"], "市发改委"],
    ["牵头单位:市市场监管局;责任单位:市直各部门", ["市市场监管局:lead", "市直各部门:responsible"], "市市场监管局"],
    ["牵头单位:区政府办公室;责任单位:区司法局等有关部门", ["区政府办公室:lead", "区司法局:responsible", "有关部门:responsible"], "区政府办公室"],
  ])("a label's tier above the plan's names the upper level's body, no unit: %s", (text, units, lead) => {
    const parsed = parseUnits(text);
    expect({ units: parsed.units.map((u) => `${u.name}:${u.role}`), lead: parsed.markedLead }).toEqual({ units, lead });
  });

  // The fixtures README says only that the lead is the unit marked 牵头. A cell that says who is
  // responsible and who co-operates (A负责，B配合) divides the work as the columns 责任单位 | 配合单位
  // do, and a clerk sends the task to the responsible one to lead. With no co-operating unit, or no
  // word for the responsible one, nobody is marked.
  it.each([
    ["市发改委负责，市财政局参与", "市发改委"],
    ["市交通运输局负责，各县(市、区)人民政府配合", "市交通运输局"],
    ["县住建局为责任单位，县财政局为配合单位", "县住建局"],
    ["(市人力资源社会保障局、市医保局、市财政局、市税务局负责)", null],
    // No partner named beside the responsible one (ningbo-2014-msss-progress's first row in one cell):
    // nobody to lead, as in the columns 责任单位 | 配合单位 with the 配合 cell empty.
    ["责任单位：市轨道交通工程建设指挥部；配合单位：", null],
    ["市发改委，市财政局配合", null],
    // 会同 joins a co-operator to the one acting without saying who answers for the task: gdwjw-2021
    // labels 宣传处会办公室 with no lead, and so does the reader.
    ["宣传处会办公室", null],
  ])("responsible beside co-operating units leads: %s", (text, lead) => {
    expect(parseUnits(text).markedLead).toBe(lead);
  });

  // Several bodies sharing one 负责 (or 主责, 为主: whom the work mainly falls to) and nobody marked
  // 牵头: a clerk sees the work shared and no lead, co-operating units beside them or not. Only a
  // sheet's rule that the first listed leads (read.ts, pickLead) picks one. A lead word shared by
  // several (A、B牵头) still names the first, as xianyang-2022-fgf-trad's fixture does.
  it.each([
    ["市經信局、市發改委、市行政審批局負責,市自然資源和規劃局、市生態環境局等參與,各縣(市、區)人民政府、開發區管委會負責落實。", null],
    ["市经信局、市发改委、市行政审批局负责，市自然资源和规划局、市生态环境局等参与，各县（市、区）人民政府、开发区管委会负责落实。", null],
    ["市发改委、市财政局负责，市税务局配合", null],
    ["县住建局、县财政局主责，各乡镇配合", null],
    ["市住建局、市城管局为主，各区人民政府配合", null],
    ["市发改委，市财政局分别负责，市税务局配合", null],
    // one body before its 负责, the others after, is the one answering for the task
    ["市经信局负责，市发改委、市行政审批局配合，各县（市、区）人民政府负责落实", "市经信局"],
    ["县住建局主责，县财政局、县自然资源局协同", "县住建局"],
    ["市政府办公室、市大数据局牵头，市级各有关部门配合", "市政府办公室"],
  ])("several bodies sharing one 负责 name no lead: %s", (text, lead) => {
    expect(parseUnits(text).markedLead).toBe(lead);
  });

  it("several bodies sharing one 主责 are each responsible, none the lead", () => {
    expect(parseUnits("县住建局、县财政局主责，各乡镇配合").units.map((u) => `${u.name}:${u.role}`)).toEqual([
      "县住建局:responsible",
      "县财政局:responsible",
      "各乡镇:co",
    ]);
  });

  // Two units marked 牵头 (xianyang-2022-fgf-trad: 市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭):
  // the fixtures README gives a task one lead, the unit marked 牵头, and lists units in order of
  // appearance; of two marked, the clerk sends the task to the first, and both keep the lead role.
  it("of two units marked 牵头, the first is the task's lead", () => {
    const parsed = parseUnits("市政府办公室、市行政审批制度改革工作领导小组办公室牵头，市级各有关部门按职责分工负责");
    expect(parsed.markedLead).toBe("市政府办公室");
    expect(parsed.units.filter((u) => u.role === "lead").map((u) => u.name)).toEqual(["市政府办公室", "市行政审批制度改革工作领导小组办公室"]);
  });

  it("a 牵头 word makes the marked lead even without a first-listed rule", () => {
    const { units, markedLead } = parseUnits("法制办牵头，相关责任部门落实");
    expect(pickLead(units, markedLead, false)).toBe("法制办");
  });
});

describe("当局, the authorities", () => {
  it.each(["当局", "有关当局", "港澳当局"])("reads %s as a catch-all", (text) => {
    expect(parseUnits(text).units.map((u) => [u.name, u.generic])).toEqual([[text, true]]);
  });
});

describe("a noun in 局 in brackets after a name", () => {
  // 布局 (layout) is the work the bureau does, no second name for it: the bracket is a remark.
  it("keeps the body before (优化产业布局)", () => {
    expect(parseUnits("县发改局（优化产业布局）").units.map((u) => u.name)).toEqual(["县发改局"]);
  });
});

describe("splitting", () => {
  // 汉中 2022年8月市长信箱 承办单位: a place's own name before its level (汉台区), and a name spaced to the
  // width of longer ones (洋  县), are one government each.
  it.each([
    ["汉台区人民政府", ["汉台区人民政府"]],
    ["洋  县人民政府", ["洋县人民政府"]],
    ["县财政局县发改委", ["县财政局", "县发改委"]],
    ["县财政局 县人民政府", ["县财政局", "县人民政府"]],
  ])("reads %s as %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  // Unit cells of development plans (quzhou-2021-gzbg-shisiwu, pingdingshan-hzz, xianan-2023-gzbg)
  // with one name broken by a space, as a mirror prints 住房城乡 建设厅: one name, as a clerk reads
  // it. Two names side by side (lucheng-2013-cwdc, jishui-msss-progress) stay two.
  it.each([
    ["市发改委、市农业农村 局、市文旅局", ["市发改委", "市农业农村局", "市文旅局"]],
    ["市发展改革委、工业和信息化委、住房和城乡 建设局等", ["市发展改革委", "工业和信息化委", "住房和城乡建设局"]],
    ["区发改局、区农业农村 局", ["区发改局", "区农业农村局"]],
    ["省住房城乡 建设厅、省发展改革委", ["省住房城乡建设厅", "省发展改革委"]],
    ["各县(市、区)党委和人民政府,城乡 一体化示范区、高新区党工委和管委会", ["各县(市、区)党委和人民政府", "城乡一体化示范区", "高新区党工委和管委会"]],
    ["南汇街道 房管鹿城分局", ["南汇街道", "房管鹿城分局"]],
    ["县教体局 各相关乡镇政府", ["县教体局", "各相关乡镇政府"]],
  ])("reads %s as %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each([
    ["财政局及相关责任部门", ["财政局", "相关责任部门"]],
    ["财政局以及税务局", ["财政局", "税务局"]],
    ["建设局等", ["建设局"]],
    ["建设局、规划局等部门", ["建设局", "规划局"]],
    ["建设局等单位", ["建设局"]],
    ["建设局等相关单位", ["建设局", "相关单位"]],
    // a group 等 qualifies is a catch-all and stays (README: X等相关责任部门; taishan-zwgk-fengong)
    ["建设局等相关单位按职责分工负责", ["建设局", "相关单位"]],
    ["市民政局、市农业农村局等有关部门落实", ["市民政局", "市农业农村局", "有关部门"]],
    ["市交通局等部门等按职责分工负责", ["市交通局"]],
    ["建设局等各行政执法部门", ["建设局", "各行政执法部门"]],
    ["高等学校", ["高等学校"]],
    ["财政局，税务局；审计局", ["财政局", "税务局", "审计局"]],
    ["财政局,税务局;审计局", ["财政局", "税务局", "审计局"]],
    ["财政局/税务局／审计局", ["财政局", "税务局", "审计局"]],
    ["市財政局、市稅務局", ["市财政局", "市税务局"]],
    ["ＡＢＣ公司", ["ABC公司"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("joins a kind word wrapped onto its own line or after a space to the name before it", () => {
    expect(names("南区 街道")).toEqual(["南区街道"]);
    expect(names("南朗\n街道")).toEqual(["南朗街道"]);
    expect(names("五桂山区\n办事处、市財政局")).toEqual(["五桂山区办事处", "市财政局"]);
    expect(names("南区街 道")).toEqual(["南区街道"]);
    expect(names("南区街道\n石岐街道")).toEqual(["南区街道", "石岐街道"]);
  });

  it("never splits on 和 inside a name, only between two complete names", () => {
    expect(names("人力资源和社会保障服务中心、自然资源和规划分局、市工业和信息化局")).toEqual([
      "人力资源和社会保障服务中心",
      "自然资源和规划分局",
      "市工业和信息化局",
    ]);
    expect(names("财政局和税务局")).toEqual(["财政局", "税务局"]);
    // A bracket qualifying the name before 和 closes it too.
    expect(names("各区直部门、各镇(办)和经开区")).toEqual(["各区直部门", "各镇(办)", "经开区"]);
    expect(names("县发改局（粮食局）和县财政局")).toEqual(["县发改局(粮食局)", "县财政局"]);
  });

  // Issue #9: 和 opening a place's own name (和县, 和田地区, 和静县) or following one character of it
  // (呼和浩特市, 新和县, 共和县) has no name before it to join: it is part of the name.
  it.each([
    ["和县人民政府", ["和县人民政府"]],
    ["呼和浩特市政府", ["呼和浩特市政府"]],
    ["和田地区行署", ["和田地区行署"]],
    ["和田地區行署", ["和田地区行署"]], // traditional characters
    ["和縣教育局", ["和县教育局"]],
    ["和县教育局、含山县教育局", ["和县教育局", "含山县教育局"]],
    ["新和县人民政府", ["新和县人民政府"]],
    ["共和县教育局，市财政局", ["共和县教育局", "市财政局"]],
    ["平和县政府", ["平和县政府"]],
    ["西和县财政局和县交通局", ["西和县财政局", "县交通局"]],
    ["和林格尔县人民政府和县财政局", ["和林格尔县人民政府", "县财政局"]],
    ["呼和浩特市教育局和包头市教育局", ["呼和浩特市教育局", "包头市教育局"]],
    ["县财政局和和县教育局", ["县财政局", "和县教育局"]],
    ["和县政府与和田地区行署", ["和县政府", "和田地区行署"]],
    ["牵头单位：和县教育局；配合单位：含山县教育局", ["和县教育局", "含山县教育局"]],
    ["1.和县人民政府", ["和县人民政府"]],
    ["由和县教育局负责", ["和县教育局"]],
    // already read whole: 和 before no name of its own
    ["和布克赛尔蒙古自治县人民政府", ["和布克赛尔蒙古自治县人民政府"]],
    ["和政县政府与和顺县政府", ["和政县政府", "和顺县政府"]],
    ["和平区教育局", ["和平区教育局"]],
    ["和龙市人民政府", ["和龙市人民政府"]],
    // between two complete names it still joins them
    ["县委宣传部和县文明办", ["县委宣传部", "县文明办"]],
    ["市财政局和市教育局", ["市财政局", "市教育局"]],
  ])("和 in a place's name: %s reads as %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  // 天等县: 等 after one character at a name's start and before a level is the place's own name;
  // after a name it closes the list, before a level too (县财政局等县直部门).
  it.each([
    ["天等县财政局", ["天等县财政局"]],
    ["天等县人民政府牵头，天等县财政局、天等县教育局配合", ["天等县人民政府", "天等县财政局", "天等县教育局"]],
    ["牵头单位：天等县交通运输局", ["天等县交通运输局"]],
    ["县财政局等县直部门", ["县财政局", "县直部门"]],
    ["市发改委等市直单位", ["市发改委", "市直单位"]],
  ])("等 in a place's name: %s reads as %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  // 全州县: 全, a level and one single level under it is a place's own name; 全 over a list of levels
  // or before 各 still ranges over them.
  it.each([
    ["全州县人民政府", ["全州县人民政府:responsible"], [false]],
    ["桂林市全州县人民政府牵头", ["桂林市全州县人民政府:lead"], [false]],
    ["全州县政府、兴安县政府", ["全州县政府:responsible", "兴安县政府:responsible"], [false, false]],
    ["全州县市人民政府", ["全州县市人民政府:responsible"], [true]],
    ["全州各县人民政府", ["全州各县人民政府:responsible"], [true]],
    ["全县各乡镇人民政府", ["全县各乡镇人民政府:responsible"], [true]],
  ])("全 in a place's name: %s", (text, expected, generic) => {
    expect(roles(text)).toEqual(expected);
    expect(parseUnits(text).units.map((u) => u.generic)).toEqual(generic);
  });
  // 各族 before 自治 is part of an autonomous place's name (self-governed by all its peoples), no
  // quantifier: its bodies are one each, and 各 elsewhere in the cell still ranges over bodies.
  it.each([
    ["龙胜各族自治县财政局牵头，各乡镇人民政府配合", ["龙胜各族自治县财政局:lead", "各乡镇人民政府:co"], [false, true]],
    ["隆林各族自治县人民政府", ["隆林各族自治县人民政府:responsible"], [false]],
    ["隆林各族自治县交通运输部门、县公安局", ["隆林各族自治县交通运输部门:responsible", "县公安局:responsible"], [false, false]],
    ["龙胜各族自治县各有关部门", ["龙胜各族自治县各有关部门:responsible"], [true]],
  ])("各族 in an autonomous place's name: %s", (text, expected, generic) => {
    expect(roles(text)).toEqual(expected);
    expect(parseUnits(text).units.map((u) => u.generic)).toEqual(generic);
  });
  // Places are written from the larger to the smaller: after a place named in full, 和 and a place
  // of a lower tier (one character and its level, or a level's government alone) is a place within it.
  it.each([
    ["新疆维吾尔自治区和田地区行署", ["新疆维吾尔自治区和田地区行署"]],
    ["雁塔区和平街道办事处", ["雁塔区和平街道办事处"]],
    ["西安市雁塔区和平街道、区民政局", ["西安市雁塔区和平街道", "区民政局"]],
    ["马鞍山市和县人民政府", ["马鞍山市和县人民政府"]],
    ["马鞍山市和县人民政府负责，市财政局配合", ["马鞍山市和县人民政府", "市财政局"]],
    // a place of its tier or above, a level's department, a field of work: each stands beside it
    ["大荔县和县人民政府", ["大荔县", "县人民政府"]],
    ["城关镇和县人民政府", ["城关镇", "县人民政府"]],
    ["华阴市和区住建局负责", ["华阴市", "区住建局"]],
    ["古塔社区和乡村振兴办", ["古塔社区", "乡村振兴办"]],
    ["西安市和雁塔区教育局", ["西安市", "雁塔区教育局"]],
  ])("和 opening a place within the one before: %s reads as %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it("keeps the lead of a place whose name holds 和", () => {
    expect(roles("和县教育局牵头，含山县教育局配合")).toEqual(["和县教育局:lead", "含山县教育局:co"]);
  });

  it("a body after 和 that names no place shares the place before it: one group (pingdingshan-hzz)", () => {
    expect(names("各县(市、区)党委和人民政府")).toEqual(["各县(市、区)党委和人民政府"]);
    expect(names("高新区党工委和管委会、市水利局")).toEqual(["高新区党工委和管委会", "市水利局"]);
    expect(names("市委宣传部和市网信办")).toEqual(["市委宣传部", "市网信办"]);
  });

  it("drops a remark bracketed after a name before the role word closing it (xinjianqu, issue #9)", () => {
    const parsed = parseUnits("区教体局牵头，南昌市政大道房地产有限公司(开发商配建学校项目)配合");
    expect(parsed.units.map((u) => [u.name, u.role])).toEqual([
      ["区教体局", "lead"],
      ["南昌市政大道房地产有限公司", "co"],
    ]);
  });

  it("never splits inside brackets", () => {
    expect(names("各县(市、区)人民政府、市财政局")).toEqual(["各县(市、区)人民政府", "市财政局"]);
    expect(names("各县（市、区）政府")).toEqual(["各县(市、区)政府"]);
  });

  it("single levels listed before the body they all end in name one group (chuzhou-2020)", () => {
    const parsed = parseUnits("市经信局、中新苏滁高新区管委会等,各县、市、区政府");
    expect(parsed.units.map((u) => [u.name, u.generic])).toEqual([
      ["市经信局", false],
      ["中新苏滁高新区管委会", false],
      ["各县、市、区政府", true],
    ]);
    expect(names("各县、市、区人民政府负责")).toEqual(["各县、市、区人民政府"]);
    expect(names("责任单位：市、县两级政府")).toEqual(["市、县两级政府"]);
    expect(names("县、乡政府，市财政局")).toEqual(["县、乡政府", "市财政局"]);
    expect(names("各县市区人民政府")).toEqual(["各县市区人民政府"]);
  });

  // Issue #9: a quantifier (各, 全体, a count) over levels joined by 、 distributes over all of them,
  // with or without a government after; a bare level after 、 is never a unit of its own.
  it.each([
    ["区应急局牵头，13个街道、镇负责", [["区应急局", false], ["13个街道、镇", true]]],
    ["区民政局、十三个街道、镇人民政府", [["区民政局", false], ["十三个街道、镇人民政府", true]]],
    ["县农业农村局,全县各乡镇、街道", [["县农业农村局", false], ["全县各乡镇、街道", true]]],
    ["全区各街道、镇政府", [["全区各街道、镇政府", true]]],
    ["3个乡、镇", [["3个乡、镇", true]]],
    ["各乡镇、街道办事处配合", [["各乡镇、街道办事处", true]]],
    // The same 各-list with a level word of more than one character among its levels (a city whose
    // county-level units are 县 / 特区 / 区, a 自治县, a 县级市, zones written as levels) is one
    // catch-all; a body named in full after it, or two bodies with no 各, stay apart.
    ["各县、特区、区人民政府", [["各县、特区、区人民政府", true]]],
    ["市民政局、各县、特区、区人民政府", [["市民政局", false], ["各县、特区、区人民政府", true]]],
    ["各县、特区、区政府，市直各部门", [["各县、特区、区政府", true], ["市直各部门", true]]],
    ["各县、林区、区党委和政府", [["各县、林区、区党委和政府", true]]],
    ["各县(市、区)、自治县人民政府", [["各县(市、区)、自治县人民政府", true]]],
    ["各市、自治州人民政府", [["各市、自治州人民政府", true]]],
    ["各县区、开发区管委会", [["各县区、开发区管委会", true]]],
    ["各县、自治县人民政府和开发区管委会", [["各县、自治县人民政府", true], ["开发区管委会", false]]],
    // a zone's own office after the list (puyang-wscs-jiaoban's 开发区昆吾办) is no level's head
    ["各县区、开发区昆吾办", [["各县区", true], ["开发区昆吾办", false]]],
    ["各县区政府、市直各部门", [["各县区政府", true], ["市直各部门", true]]],
    ["县财政局、特区财政局", [["县财政局", false], ["特区财政局", false]]],
    // Every level of China's divisions is one (levels.ts): older provincial plans list a 地区 by its
    // office (行署), the 各-list still one catch-all — not 各行署 and the city's own 市政府.
    ["各行署、市、县政府", [["各行署、市、县政府", true]]],
    ["省财政厅、各行署、市政府", [["省财政厅", false], ["各行署、市政府", true]]],
    ["各地区、市、县人民政府", [["各地区、市、县人民政府", true]]],
    ["各盟市", [["各盟市", true]]],
    ["各自治县、县政府", [["各自治县、县政府", true]]],
    // …while a 行署 named with its 地区, or an office of it, is one body
    ["行署办公室", [["行署办公室", false]]],
    ["地区行署", [["地区行署", false]]],
    // Any word ranging over every body of the levels (相关, 有关, 所在, 涉及的, 所属, 属地, 沿线, 试点)
    // opens the list as 各 does, with the same scope: one catch-all, not 相关市 and a 县政府.
    ["相关市、县政府", [["相关市、县政府", true]]],
    ["有关县、市、区财政局", [["有关县、市、区财政局", true]]],
    ["有关县、特区、区人民政府", [["有关县、特区、区人民政府", true]]],
    ["市交通局牵头，沿线县、区政府配合", [["市交通局", false], ["沿线县、区政府", true]]],
    ["涉及的县、市、区政府", [["涉及的县、市、区政府", true]]],
    ["所在县(市、区)政府", [["所在县(市、区)政府", true]]],
    ["属地县、区政府，市财政局", [["属地县、区政府", true], ["市财政局", false]]],
    ["试点县、市", [["试点县、市", true]]],
    ["相关乡镇、街道", [["相关乡镇、街道", true]]],
    ["各相关乡镇、街道办事处", [["各相关乡镇、街道办事处", true]]],
    ["相关县、市党委、政府", [["相关县、市党委、政府", true]]],
    ["合阳县和沿线县、区政府", [["合阳县", false], ["沿线县、区政府", true]]],
    // …but it covers only the first of a list of bodies, and levels of another tier after it
    ["相关县区、市直有关部门", [["相关县区", true], ["市直有关部门", true]]],
    ["所在县财政局、市财政局", [["所在县财政局", false], ["市财政局", false]]],
    ["相关乡镇、县人民政府", [["相关乡镇", true], ["县人民政府", false]]],
  ])("reads the quantified levels in %s as %j", (text, expected) => {
    expect(parseUnits(text).units.map((u) => [u.name, u.generic])).toEqual(expected);
  });
  // Issue #9: 及 / 和 / 与 between levels sharing one body join them as 、 does; the cell reads as its
  // 、 form, not as a bare 市 (dropped) and the levels after it.
  it.each([
    ["市及区县、高新区政府法制机构", "市、区县、高新区政府法制机构"],
    ["省及市、县发展改革部门", "省、市、县发展改革部门"],
    ["市及区生态环境部门", "市、区生态环境部门"],
    ["市和县政府", "市、县政府"],
    ["市与县政府", "市、县政府"],
    ["各县及特区党委、政府", "各县、特区党委、政府"],
    ["相关乡镇及县人民政府", "相关乡镇、县人民政府"], // a level of another tier after the list: the county's body
  ])("reads the levels joined in %s as %s", (joined, listed) => {
    const read = (text: string) => parseUnits(text).units.map((u) => [u.name.replace(/[及和与]/gu, "、"), u.generic, u.role]);
    expect(read(joined)).toEqual(read(listed));
  });
  it("still parts bodies joined by 及, and levels before a quantified list", () => {
    expect(names("县财政局及县住建局")).toEqual(["县财政局", "县住建局"]);
    expect(parseUnits("市及各县(市、区)").units.map((u) => [u.name, u.generic])).toEqual([["各县(市、区)", true]]);
  });
  it("gives a quantified list of levels the role written after it", () => {
    expect(roles("各县、特区、区政府负责，市财政局配合")).toEqual(["各县、特区、区政府:responsible", "市财政局:co"]);
    expect(roles("相关县、市、区政府负责，市财政局配合")).toEqual(["相关县、市、区政府:responsible", "市财政局:co"]);
  });

  // Issue #9, one rule for a piece that names nothing on its own (a bare kind of body, a single
  // level, a body's suffix, a modifier): it continues a quantified piece whose heads are of its sort
  // — kinds (市直有关部门、单位) as levels (13个街道、镇) — or completes nothing and goes, unless it is
  // a kind word or a level listed after a name (below).
  it.each([
    ["市直有关部门、单位", [["市直有关部门、单位", true]]],
    ["县住建局牵头，县直各部门、单位配合", [["县住建局", false], ["县直各部门、单位", true]]],
    ["区属各单位、企业，区财政局", [["区属各单位、企业", true], ["区财政局", false]]],
    ["县直各单位和企业", [["县直各单位和企业", true]]],
    ["试点单位、企业", [["试点单位、企业", true]]], // any word ranging over every body (EVERY_BODY_OF)
    ["县财政局、单位", [["县财政局", false]]],
    ["营建署及所属", [["营建署", false]]],
    ["县交通运输局及沿线", [["县交通运输局", false]]],
    ["内政部、警政署及所属、消防署及所属", [["内政部", false], ["警政署", false], ["消防署", false]]],
    ["警政署及所属 消防署及所属", [["警政署", false], ["消防署", false]]],
    ["警政署及所属和消防署及所属", [["警政署", false], ["消防署", false]]],
    // a kind of body and a level are heads of different sorts: 乡街 names every 乡 and 街道 itself
    ["各职能部门、乡街", [["各职能部门", true], ["乡街", true]]],
    ["各乡镇人民政府、街道办事处", [["各乡镇人民政府", true], ["街道办事处", true]]],
    // bare levels enumerated after a quantifier over levels are one catch-all whatever their tiers
    ["各街道、乡镇、村居", [["各街道、乡镇、村居", true]]],
    ["各街道、乡镇、村（社区）负责", [["各街道、乡镇、村(社区)", true]]],
    ["各镇街、村居和县直各部门", [["各镇街、村居", true], ["县直各部门", true]]],
    ["各县(市、区)、乡镇，市财政局", [["各县(市、区)、乡镇", true], ["市财政局", false]]],
    // …but not past a level's government of another tier, nor across 及
    ["各乡镇、县人民政府", [["各乡镇", true], ["县人民政府", false]]],
    ["各乡镇及村居", [["各乡镇", true], ["村居", true]]],
    // the head continues the last name of the piece before it, however many that piece lists
    ["人力资源社会保障部、财政部、教育部等有关部门和单位按职责分工负责", [["人力资源社会保障部", false], ["财政部", false], ["教育部", false], ["有关部门和单位", true]]],
    ["县教育局等各乡镇、街道", [["县教育局", false], ["各乡镇、街道", true]]],
    // a level's other governing bodies after quantified levels and one of theirs are more heads of
    // those levels: development plans join them with 和 (各县(市、区)党委和人民政府), clerks with 、
    ["各县(市、区)党委、人民政府", [["各县(市、区)党委、人民政府", true]]],
    ["各区、县(市)党委、政府，市财政局", [["各区、县(市)党委、政府", true], ["市财政局", false]]],
    ["各乡镇党委、政府、人大", [["各乡镇党委、政府、人大", true]]],
    ["13个街道党工委、办事处", [["13个街道党工委、办事处", true]]],
    // a named pair is two bodies, and kinds of body are no governing body of the levels
    ["县委、县政府", [["县委", false], ["县政府", false]]],
    ["各乡镇人民政府、政府有关部门", [["各乡镇人民政府", true], ["政府有关部门", true]]],
    // a cell naming nothing else keeps what it says: the task is handed to no body, a catch-all
    ["单位", [["单位", true]]],
  ])("a piece that names nothing in %s", (text, expected) => {
    expect(parseUnits(text).units.map((u) => [u.name, u.generic])).toEqual(expected);
  });

  // A role label (责任单位：, 牵头单位:, 配合单位：, 责任科室：), a line's number before it (1., (一)) or a
  // bracket round it changes nothing in how the list after it reads: a quantifier shared by the heads
  // after it (各部门、单位, 各乡镇、街道) is one catch-all there as in a bare cell, with the label's role.
  it.each([
    // a county bureau's own sections and units
    ["责任单位:各科室、单位", [["各科室、单位", true, "responsible"]]],
    ["牵头科室：办公室；责任科室：各科室、单位", [["办公室", false, "lead"], ["各科室、单位", true, "responsible"]]],
    // a district's towns and sub-districts
    ["责任单位:各乡镇、街道", [["各乡镇、街道", true, "responsible"]]],
    ["牵头单位：县财政局；责任单位：各乡镇、街道", [["县财政局", false, "lead"], ["各乡镇、街道", true, "responsible"]]],
    ["牵头单位：区住建局；配合单位：13个街道、镇", [["区住建局", false, "lead"], ["13个街道、镇", true, "co"]]],
    // a city's departments
    ["责任单位：各部门、单位", [["各部门、单位", true, "responsible"]]],
    ["牵头单位：区属各单位、企业", [["区属各单位、企业", true, "lead"]]],
    ["牵头单位：市发改委；配合单位：市直有关部门、单位", [["市发改委", false, "lead"], ["市直有关部门、单位", true, "co"]]],
    ["（责任单位：各部门、单位）", [["各部门、单位", true, "responsible"]]],
  ])("a quantified list after a label in %s reads as it does bare", (text, expected) => {
    expect(parseUnits(text).units.map((u) => [u.name, u.generic, u.role])).toEqual(expected);
  });

  // A number opening a labelled line (1.牵头单位：, (一)责任单位：, ①配合单位：) numbers the line: the
  // label after it is read as at the line's start, and the number is no part of a name.
  it.each([
    ["1.责任单位：各部门、单位", [["各部门、单位", true, "responsible"]]],
    ["（一）责任单位：各部门、单位", [["各部门、单位", true, "responsible"]]],
    ["1.牵头单位：县财政局\n2.责任单位：各乡镇、街道", [["县财政局", false, "lead"], ["各乡镇、街道", true, "responsible"]]],
    ["（一）牵头单位：区住建局（二）配合单位：区财政局、各街道", [["区住建局", false, "lead"], ["区财政局", false, "co"], ["各街道", true, "co"]]],
    ["①牵头科室：就业科②配合科室：办公室、财务科", [["就业科", false, "lead"], ["办公室", false, "co"], ["财务科", false, "co"]]],
    ["1.牵头单位：县财政局（配合单位：县住建局、各乡镇）", [["县财政局", false, "lead"], ["县住建局", false, "co"], ["各乡镇", true, "co"]]],
    ["（一）各部门、单位", [["各部门、单位", true, "responsible"]]],
  ])("a numbered label in %s opens its line's list", (text, expected) => {
    expect(parseUnits(text).units.map((u) => [u.name, u.generic, u.role])).toEqual(expected);
  });

  // A body's kind word (局, 办, 站, 中心, 庭) or a single level (镇, 村, 区) alone, listed after a name
  // (、，和 及), is a member of the list as written, elliptic or truncated: kept, never joined to the
  // name before it, and generic, since it names no one body a task can be handed to. After 及 a
  // modifier (所属) still completes nothing.
  it.each([
    ["各审判业务庭、局牵头，院办公室配合", [["各审判业务庭", true, "lead"], ["局", true, "lead"], ["院办公室", false, "co"]], "ok"],
    ["县财政局、局", [["县财政局", false, "responsible"], ["局", true, "responsible"]], "ok"],
    ["区直各委、办、局按职责分工负责", [["区直各委", true, "responsible"], ["办", true, "responsible"], ["局", true, "responsible"]], "generic"],
    ["牵头单位：局机关科室、中心、执法支队", [["局机关科室", true, "lead"], ["中心", true, "lead"], ["执法支队", false, "lead"]], "ok"],
    ["县委办、县政府办、站", [["县委办", false, "responsible"], ["县政府办", false, "responsible"], ["站", true, "responsible"]], "ok"],
    ["消防署及所属", [["消防署", false, "responsible"]], "ok"],
    ["县财政局、镇", [["县财政局", false, "responsible"], ["镇", true, "responsible"]], "ok"],
    ["县农业农村局牵头，县财政局、镇、村配合", [["县农业农村局", false, "lead"], ["县财政局", false, "co"], ["镇", true, "co"], ["村", true, "co"]], "ok"],
    ["市住建局和区", [["市住建局", false, "responsible"], ["区", true, "responsible"]], "ok"],
    ["县卫健委，中心", [["县卫健委", false, "responsible"], ["中心", true, "responsible"]], "ok"],
    ["县教育局及局属学校", [["县教育局", false, "responsible"], ["局属学校", false, "responsible"]], "ok"],
  ])("a body's kind word or a level alone listed after a name in %s stays as written", (text, expected, status) => {
    const { units } = parseUnits(text);
    expect(units.map((u) => [u.name, u.generic, u.role])).toEqual(expected);
    expect(unitStatus(units)).toBe(status);
  });

  // Cells the cross-plan property test (unitcells.property.test.ts) composed from names of different
  // plans and the reader misread: each now reads as the names put in.
  it.each([
    ["全区经济运行各专班 华龙区建设办", ["全区经济运行各专班", "华龙区建设办"]], // a place named in full opens a name
    ["区交通局\n慈城镇\n澄城县负责", ["区交通局", "慈城镇", "澄城县"]], // 慈城镇 is a town, not the field 城镇
    ["大荔县和县财政局", ["大荔县", "县财政局"]],
    ["县直各有关单和县交通局", ["县直各有关单", "县交通局"]],
    ["合阳县 各县、市、区政府", ["合阳县", "各县、市、区政府"]],
    ["高新区党工委和管委会和区财政局", ["高新区党工委和管委会", "区财政局"]],
    ["高新区党工委和管委会牵头", ["高新区党工委和管委会"]],
    ["彰北办事处区园林环卫所", ["彰北办事处", "区园林环卫所"]],
    ["省人力资源社会保障厅区园林环卫所", ["省人力资源社会保障厅", "区园林环卫所"]],
    ["各乡镇及县人民政府", ["各乡镇", "县人民政府"]], // the county's government is no township
    ["各乡镇/镇人民政府", ["各乡镇", "镇人民政府"]],
    ["各县、市、区政府和人大/应急处", ["各县、市、区政府和人大", "应急处"]], // more governing bodies of the levels
    // a name with its own place after 及 is no object of the name before (of a body-less 火锅店)
    ["泾源牛原生态黄牛肉火锅店及市经济运行监测联席会议其他成员单位", ["泾源牛原生态黄牛肉火锅店", "市经济运行监测联席会议其他成员单位"]],
  ])("reads the composed cell %s as %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  // A 人大 or 政协 committee is named by its fields of work, abbreviated as freely (经济科技与人口资源
  // 环境委员会 → 经科与人资环委): 与 or 和 inside it joins fields, even after one ending like a section (经科).
  it.each([
    ["区政协经科与人资环委", ["区政协经科与人资环委"]],
    ["市政协文史与学习委、市政协办公室", ["市政协文史与学习委", "市政协办公室"]],
    ["县人大教科和农业农村委牵头，县教育局配合", ["县人大教科和农业农村委", "县教育局"]],
    // two bodies: a whole office before, a name with its own place or no committee after
    ["市政协办公室与财政局", ["市政协办公室", "财政局"]],
    ["市政协经科与市发改委", ["市政协经科", "市发改委"]],
    ["市发改委与财政局", ["市发改委", "财政局"]],
    ["县人大教科文卫委与人资环委", ["县人大教科文卫委", "人资环委"]],
  ])("a committee's name in %s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  // Issue #9: 各 run on after a body's name (市政府各直属单位 in hangzhou-2021-gzbg-zrfj) is every such
  // part of that body: one catch-all, and the body itself is not named. After a separator, or before
  // places (townships are no part of a bureau), it is a unit of its own.
  it.each([
    ["市疫情防控指挥部各工作组", [["市疫情防控指挥部各工作组", true]]],
    ["县公安局各派出所、县司法局", [["县公安局各派出所", true], ["县司法局", false]]],
    ["区政府各直属单位", [["区政府各直属单位", true]]],
    ["市教育局、各乡镇", [["市教育局", false], ["各乡镇", true]]],
    ["县财政局各乡镇", [["县财政局", false], ["各乡镇", true]]],
  ])("各 after a body in %s", (text, expected) => {
    expect(parseUnits(text).units.map((u) => [u.name, u.generic])).toEqual(expected);
  });

  it("levels before different bodies are different units", () => {
    expect(names("市财政局、县财政局")).toEqual(["市财政局", "县财政局"]);
    expect(names("各街道、区直各部门")).toEqual(["各街道", "区直各部门"]);
    expect(names("市政府、县政府")).toEqual(["市政府", "县政府"]);
  });

  it("a remark in the unit cell names no unit (jingmen-2022)", () => {
    expect(
      roles("牵头单位:市审批局、市发改委;责任单位:市直各部门,各县市区,以下均需各县市区落实,不再逐一列出"),
    ).toEqual(["市审批局:lead", "市发改委:lead", "市直各部门:responsible", "各县市区:responsible"]);
    expect(names("市财政局，详见附件")).toEqual(["市财政局"]);
    expect(roles("牵头单位：市财政局；配合单位：详见附件；市税务局")).toEqual(["市财政局:lead", "市税务局:co"]);
    expect(names("市财政局（具体见附件）")).toEqual(["市财政局"]);
    // the remark runs to its clause's end: what it lists after 、 is its own wording, no unit
    expect(names("市数据局，各县区人民政府、市各功能区管委会，以下均涉及各县区、功能区，不再重复列出")).toEqual(["市数据局", "各县区人民政府", "市各功能区管委会"]);
    expect(names("以下均需各县市区落实、各乡镇配合，市财政局")).toEqual(["市财政局"]);
    // in the other brackets a plan uses as （）: the bracket goes, the name stays
    expect(names("市财政局〈具体见附件〉")).toEqual(["市财政局"]);
    expect(names("各区人民政府〈含开发区、高新区管委会，下同〉")).toEqual(["各区人民政府"]);
    expect(names("各县人民政府‹含经开区，下同›、市财政局")).toEqual(["各县人民政府", "市财政局"]);
  });

  // 同上 points at the row above; the row itself names nobody, and the reference breaks as soon as
  // rows are sorted or split into department tabs, so the checker reports it as missing.
  it("同上 names no unit: the row is missing its unit", () => {
    const parsed = parseUnits("同上");
    expect(parsed).toEqual({ units: [], markedLead: null });
    expect(unitStatus(parsed.units)).toBe("missing");
  });

  it("units over several lines: a break after a complete name separates, one inside a name joins", () => {
    expect(names("县政务中心\n县财政局")).toEqual(["县政务中心", "县财政局"]);
    expect(names("市财政局\r\n市税务局\n各县市区人民政府")).toEqual(["市财政局", "市税务局", "各县市区人民政府"]);
    expect(names("人力资源和社会\n保障服务中心")).toEqual(["人力资源和社会保障服务中心"]);
    expect(names("自然资源 和规划分局")).toEqual(["自然资源和规划分局"]);
    expect(names("市财政局 市税务局")).toEqual(["市财政局", "市税务局"]);
    expect(names("1.市财政局 2.市税务局")).toEqual(["市财政局", "市税务局"]);
  });

  it("normalises names: simplified, no pinyin, no stray spaces; typos kept", () => {
    expect(names("局法規(guī)科牽頭,局機關(guān)相關(guān)科室")).toEqual(["局法规科", "局机关相关科室"]);
    expect(names("建设局局、教育文卫")).toEqual(["建设局局", "教育文卫"]);
  });

  it("cell text stays data: a formula-like text is one plain unit name", () => {
    expect(names('=HYPERLINK("x")')).toEqual(['=HYPERLINK("x")']);
    expect(names('=HYPERLINK("http://a","b")')).toEqual(['=HYPERLINK("http://a","b")']);
  });

  it("a short body with no place, written straight after a body holding no others, is a peer of its own", () => {
    expect(names("文化宣传股文化馆")).toEqual(["文化宣传股", "文化馆"]);
    expect(names("羌研会灵岩寺博物馆")).toEqual(["羌研会", "灵岩寺博物馆"]);
    expect(names("办公室财政所")).toEqual(["办公室", "财政所"]);
    expect(names("县文化馆图书馆")).toEqual(["县文化馆", "图书馆"]);
    expect(names("综治办派出所")).toEqual(["综治办", "派出所"]);
    expect(names("综治办派出所文化站")).toEqual(["综治办", "派出所", "文化站"]);
  });

  it("a body's part or branch written after it stays one name", () => {
    for (const name of ["县政府办公室", "县公安局城关派出所", "县会计事务所", "县图书馆少儿分馆", "县农业局农技站", "县委办公室", "街道办事处"]) {
      expect(names(name)).toEqual([name]);
    }
  });

  it("起草 after a drafting unit is its role, not part of its name (legislative plans)", () => {
    expect(roles("市消防救援支队起草")).toEqual(["市消防救援支队:responsible"]);
    expect(roles("市司法局负责起草")).toEqual(["市司法局:responsible"]);
    expect(roles("市司法局起草市财政局配合")).toEqual(["市司法局:responsible", "市财政局:co"]);
    expect(roles("起草单位：市司法局")).toEqual(["市司法局:responsible"]);
    // a kind of body that drafts is a catch-all, no role
    expect(parseUnits("政策起草部门").units).toEqual([{ name: "政策起草部门", role: "responsible", generic: true }]);
    expect(parseUnits("政策起草单位").units).toEqual([{ name: "政策起草单位", role: "responsible", generic: true }]);
  });

  it.each(["", "   ", "\n", "无", "—", "/"])("no unit in %j", (text) => {
    const parsed = parseUnits(text);
    expect(parsed).toEqual({ units: [], markedLead: null });
    expect(unitStatus(parsed.units)).toBe("missing");
  });
});

describe("isCatchAll", () => {
  it.each([
    "各有关部门",
    "各级各部门",
    "市直各单位",
    "局属单位",
    "各科室",
    "各县市区人民政府",
    "各县(市、区)政府",
    "各县（市、区）人民政府",
    "各镇(街)",
    "各乡镇",
    "乡镇",
    "县市区人民政府",
    "村(社区)",
    "其他相关部门",
    "成员单位",
    "行业主管部门",
    "市直机关",
    "县直各有关单",
    "功能区管委会",
    "各县、市、区政府",
    "市、县两级政府",
  ])("%s is a catch-all", (name) => {
    expect(isCatchAll(name)).toBe(true);
  });

  it.each([
    "局办公室",
    "办公室",
    "法制办",
    "市政府办",
    "市政府",
    "县政务中心",
    "人力资源和社会保障服务中心",
    "局法规科",
    "社会事务局",
    "县乡村振兴局",
    "市场监管局",
    "优化人居事务中心",
    "国网株洲供电公司",
    "市直属机关工委",
    "九华街道",
    "海关",
    "滁州经开区管委会",
    "滨海功能区管委会",
  ])("%s is one body", (name) => {
    expect(isCatchAll(name)).toBe(false);
  });

  // A school's offices in its term calendar's 责任处室: 教科室 (教育科研室) is one office as 政教室 and
  // 总务室 are; one character before 科 makes the section's name with it. Sections taken together
  // (科室 after a quantifier, a class, a role or the body they belong to) stay catch-alls.
  it.each([
    ["教科室", [["教科室", false]]],
    ["教科室、政教室", [["教科室", false], ["政教室", false]]],
    ["教科室牵头，各年级组配合", [["教科室", false], ["各年级组", true]]],
    ["区教科室", [["区教科室", false]]],
    ["各科室", [["各科室", true]]],
    ["局科室", [["局科室", true]]],
    ["县直科室", [["县直科室", true]]],
    ["本科室", [["本科室", true]]],
    ["教务处、业务科室", [["教务处", false], ["业务科室", true]]],
    ["医务科牵头，临床科室、医技科室配合", [["医务科", false], ["临床科室", true], ["医技科室", true]]],
  ])("%s: a section named by its abbreviated field is one office, sections together a catch-all", (text, expected) => {
    expect(parseUnits(text).units.map((u) => [u.name, u.generic])).toEqual(expected);
  });

  // A community's 换届 timetable names its street's working committee bare (党工委), as the body of each
  // step: one body. Bare heads of a level every place has (政府, 村委会) and a level's (街道党工委,
  // 各街道党工委) stay catch-alls.
  it("党工委 named bare is one body: the street's or zone's working committee", () => {
    expect(isCatchAll("党工委")).toBe(false);
    expect(parseUnits("党工委").units).toEqual([{ name: "党工委", role: "responsible", generic: false }]);
  });
  it.each(["区委组织部 党工委", "区委组织部\n党工委", "區委組織部　黨工委"])("%j names two bodies a space apart", (cell) => {
    expect(parseUnits(cell).units.map((u) => [u.name, u.generic])).toEqual([["区委组织部", false], ["党工委", false]]);
  });
  it.each(["政府", "村委会", "街道党工委", "各街道党工委", "党工委、办事处"])("%s stays a catch-all", (name) => expect(isCatchAll(name)).toBe(true));

  // Issue #9: a body named by the field it administers is one body — district-wsjk-catalogue-trad's
  // 公开主体 (区卫生健康行政部门), and the way 权责清单 and catalogues name the competent body. A kind of
  // body (fenyang-2021-sjss-faqi's 卫生健康部门, seed-000's 政策起草部门), a field relative to the task
  // (行业主管部门) and a counted or quantified class (xuancheng-jczwgk's 市直26个试点领域业务主管部门)
  // stay catch-alls.
  it.each(["区卫生健康行政部门", "住房城乡建设行政主管部门", "负责审批的自然资源管理部门", "政府信息公开工作主管部门", "县级以上人民政府林业主管部门"])(
    "%s, named by the field it administers, is one body",
    (name) => expect(isCatchAll(name)).toBe(false),
  );
  it.each(["卫生健康部门", "政策起草部门", "业务主管部门", "上级主管部门", "县级行政主管部门", "所在地行政主管部门", "市直26个试点领域业务主管部门", "相关行政主管部门", "各级教育行政部门"])(
    "%s stays a catch-all",
    (name) => expect(isCatchAll(name)).toBe(true),
  );

  // The matter, project or task itself before 主管 / 管理 / 行政 + 部门 / 单位 / 机关 is no field: it
  // names whichever body administers each task's matter, as 业务主管部门 does. 机关 after the words of
  // administering is a kind of body as 部门 is; a field's at its place stays one body.
  it.each([
    "具体事项主管部门",
    "事项主管部门",
    "该事项主管部门",
    "本事项主管单位",
    "项目主管部门",
    "项目行政主管部门",
    "区项目主管部门",
    "任务主管单位",
    "对应主管部门",
    "所涉事项主管机关",
    "项目主管机关",
    "上级主管机关",
    "主管机关",
  ])("%s, the matter's department, is a catch-all", (name) => expect(isCatchAll(name)).toBe(true));
  it.each(["住房保障行政主管部门", "县林业主管机关", "县市场监督管理机关", "市教育行政主管部门"])("%s, a field's administering body, is one body", (name) =>
    expect(isCatchAll(name)).toBe(false),
  );
  it.each([
    ["县发展改革局牵头，具体事项主管部门配合", [["县发展改革局", false, "lead"], ["具体事项主管部门", true, "co"]]],
    ["责任单位：项目主管部门、各镇人民政府", [["项目主管部门", true, "responsible"], ["各镇人民政府", true, "responsible"]]],
    ["市政务服务中心、对应主管部门", [["市政务服务中心", false, "responsible"], ["对应主管部门", true, "responsible"]]],
  ])("in %s the matter's department is a catch-all", (text, expected) => {
    expect(parseUnits(text).units.map((u) => [u.name, u.generic, u.role])).toEqual(expected);
  });

  // Issue #9 (when is X部门 a catch-all): a field after a place names that place's body of the field,
  // with or without 主管 / 行政 / 管理 (区教育部门 is the district's education bureau), and so at each
  // of the places or levels listed before it with no quantifier (市、县两级教育部门).
  it.each([
    "区教育主管部门",
    "区教育行政部门",
    "县级林业主管部门",
    "县林业主管部门",
    "市交通运输管理部门",
    "区教育部门",
    "区卫生健康部门",
    "市林业部门",
    "县级林业部门",
    "区级教育部门",
    "县乡村振兴部门",
    "县市场监管部门", // 市场 is a field, not the level 市
    "区市容环卫部门",
    "市政府法制部门",
    "汾阳市教育部门", // a place named in full
    "杭州市交通运输部门", // …whose own name ends in 州 or 乡 before its level
    "达州市教育部门",
    "西乡县林业部门",
    "西乡塘区教育部门", // …or holds 乡 inside it
    "沙县交通运输部门", // …of one character before 县
    "呼和浩特市交通运输部门", // …of four or five characters
    "科尔沁左翼中旗林业部门", // …a banner's Mongolian name
    "固镇县教育部门", // …holding the level of the place it was named after
    "恩施土家族苗族自治州交通运输部门", // …an autonomous place with its peoples
    "鄂温克族自治旗林业部门",
    "市、区生态环境部门",
    "市、县级林业主管部门",
    "市、县（市）交通运输管理部门",
    "市、县两级教育部门",
    "省、市发展改革部门",
    "县林业主管机构", // 机构 and 单位 when 主管 / 行政 says they administer the field
    "涉县教育行政部门", // 涉县 is a county, not 涉及
    "旅游景区管理部门", // a zone that is the field itself, not a place before it
  ])("%s, a field's body at its place, is one body", (name) => expect(isCatchAll(name)).toBe(false));

  // What makes it many is what stands between the place and 部门 when that is no field: a relation to
  // the task, a 的-clause, a class of departments, a quantifier or a count, or nothing at all; a bare
  // field with no place is the field's department at whatever level (fenyang-2021-sjss-faqi), and
  // after a bare field 单位 / 机构 are the field's units, not the body administering it.
  it.each([
    "制定文件的部门",
    "区级相关部门",
    "市直相关部门",
    "市级部门",
    "区直部门",
    "县直属部门",
    "各县（市、区）教育部门",
    "县所有部门",
    "市、县两级18个部门",
    "县牵头部门",
    "县责任部门",
    "县其他部门",
    "县涉农部门",
    "县政法部门",
    "县党政部门",
    "县党群部门",
    "县经济部门",
    "县综合部门",
    "市政府工作部门",
    "生态环境部门",
    "市场监管部门",
    "市政公用部门",
    "乡村振兴部门",
    "住房城乡建设部门", // 住房城乡 is a field ending in a settlement pair, no place
    "县医疗机构",
    "县教育单位",
  ])("%s stays a catch-all", (name) => expect(isCatchAll(name)).toBe(true));

  // Every catch-all the fixtures' README lists (seeds 000, 003, 004).
  it.each([
    "各职能部门",
    "乡街",
    "村社区",
    "相关责任部门",
    "重点民生实事责任部门",
    "相关业务对口部门",
    "各行政执法部门",
    "政策起草部门",
    "各有关部门",
    "县直各单位",
    "县直各有关单",
    "直各单位",
    "局属各单位",
    "局属单位",
    "局属相关单位",
    "局属执法单位",
    "局相关科室",
    "局机关相关科室",
  ])("the fixtures' catch-all %s stays one", (name) => expect(isCatchAll(name)).toBe(true));

  it("takes extra names from the settings, compared after normalisation", () => {
    expect(isCatchAll("重点企业帮扶组")).toBe(false);
    expect(isCatchAll("重点企业帮扶組", ["重点企业帮扶组"])).toBe(true);
    expect(parseUnits("市财政局、专班", { catchAll: ["专班"] }).units.map((u) => u.generic)).toEqual([false, true]);
  });
});

describe("unitStatus and pickLead", () => {
  const unit = (name: string, generic = false): Unit => ({ name, role: "responsible", generic });

  it("status: missing, generic, ok", () => {
    expect(unitStatus([])).toBe("missing");
    expect(unitStatus([unit("各职能部门", true), unit("乡街", true)])).toBe("generic");
    expect(unitStatus([unit("办公室"), unit("相关责任部门", true)])).toBe("ok");
  });

  it("lead: the marked one; else the first of several when the sheet says so; else none", () => {
    const two = [unit("各职能部门", true), unit("乡街", true)];
    expect(pickLead(two, "乡街", true)).toBe("乡街");
    expect(pickLead(two, null, true)).toBe("各职能部门");
    expect(pickLead(two, null, false)).toBeNull();
    expect(pickLead([unit("产业发展局")], null, true)).toBeNull();
  });
});

// How plans say that the first unit listed leads; a sentence about 牵头 alone does not say it.
describe("FIRST_LISTED_LEADS", () => {
  it.each([
    "注：责任单位中排第一位的为牵头单位。",
    "责任分解中，列第一位的责任单位为牵头单位或汇总单位。",
    "多个责任单位的，排在首位的为牵头单位",
    "责任单位居首的为牵头单位",
    "多个单位的，第一个单位为牵头单位",
    "责任单位排序在前的为牵头单位",
    "排名靠前的单位为牵头单位",
    "首列单位为牵头单位",
  ])("%s states it", (text) => expect(FIRST_LISTED_LEADS.test(text)).toBe(true));
  it.each(["各牵头单位要统筹相关责任单位制订办理方案", "县第一中学牵头", "市第一人民医院牵头，市卫健委配合", "牵头单位要强化责任担当，各责任单位积极配合", "牵头单位要发挥组织协调、统筹推进作用，前期工作要抓紧"])("%s does not", (text) =>
    expect(FIRST_LISTED_LEADS.test(text)).toBe(false),
  );
  it.each([
    ["县第一中学牵头，县教体局配合", ["县第一中学:lead", "县教体局:co"]],
    ["市第一人民医院牵头，市卫健委、市医保局配合", ["市第一人民医院:lead", "市卫健委:co", "市医保局:co"]],
  ])("a level's school or hospital numbered 第一 leads as named: %s", (text, expected) =>
    expect(parseUnits(text).units.map((u) => `${u.name}:${u.role}`)).toEqual(expected),
  );
});

describe("nameCoverage", () => {
  it("is high for a cell of names and role words, low for a sentence naming bodies", () => {
    const cover = (text: string) => nameCoverage(text, parseUnits(text).units);
    expect(cover("省发展改革委牵头,各地、各部门配合。")).toBeGreaterThan(0.9);
    expect(cover("成立由市政府领导同志负责、有关部门参加的定州市政务数据共享协调推进机制。")).toBeLessThan(0.6);
  });
});

// hongbhai-2020-quanze (issue #9): the power's legal basis and its stage duties, read as a unit cell
// would be. The clauses that say what is done (符合条件的, 不予受理, 发包方不得调整承包地) are no units,
// whatever column they stand in.
describe("clauses are never units", () => {
  const [, , , , basis, , duties] = loadGenre("hongbhai-2020-quanze").rows[0];
  const namesIn = (text: string) => parseUnits(text).units.map((u) => u.name);

  it.each(["符合条件的", "不予受理", "予以受理(规定时间内)", "材料不齐全或者不符合法定形式的", "出具不予受理文书并说明理由"])(
    "the stage duty %s is no unit",
    (clause) => expect(namesIn(duties)).not.toContain(clause),
  );
  it.each(["发包方不得调整承包地", "承包合同中约定不得调整的"])("the legal basis's clause %s is no unit", (clause) =>
    expect(namesIn(basis)).not.toContain(clause),
  );
});

// A verb of work and its object (服务全省发展, 开创发展新局) where a body was looked for is the work, not
// who does it; a name opening like a verb closes in its kind word (保障局, 推进办) or is a shortened
// pair of fields (发展改革, 维护稳定, 发展和改革), and stays.
describe("work is never a unit", () => {
  it.each(["服务全省发展", "开创发展新局", "推动高质量发展", "确保按期完成", "完善人才工作格局", "开创新局", "全面落实", "切实负责"])(
    "%s names no unit",
    (cell) => {
      const { units } = parseUnits(cell);
      expect([units, unitStatus(units)]).toEqual([[], "missing"]);
    },
  );
  it.each([
    ["县住建局，确保按期完成", ["县住建局"]],
    ["市发展改革委、推动高质量发展", ["市发展改革委"]],
    ["县财政局、全面落实", ["县财政局"]],
  ])("%s names the bodies beside the work only", (cell, bodies) => expect(names(cell)).toEqual(bodies));
  it("tells the work it read apart from the bodies", () =>
    expect(parseUnits("县住建局，确保按期完成")).toEqual({ units: [{ name: "县住建局", role: "responsible", generic: false }], markedLead: null, work: ["确保按期完成"] }),
  );
  it.each([
    ["发改、财政、人社", ["发改", "财政", "人社"]],
    ["县发改", ["县发改"]],
    ["市场监管", ["市场监管"]],
    ["发展改革、财政", ["发展改革", "财政"]],
    ["维护稳定", ["维护稳定"]],
    ["发展和改革", ["发展和改革"]],
    ["保障局", ["保障局"]],
    ["建设局", ["建设局"]],
    ["推进办", ["推进办"]],
    ["服务中心", ["服务中心"]],
    ["乡村振兴推进办", ["乡村振兴推进办"]],
    ["督查室", ["督查室"]],
    ["文广新局", ["文广新局"]],
    ["区经开局", ["区经开局"]],
    ["继续教育学院", ["继续教育学院"]],
    ["服务中心各窗口", ["服务中心各窗口"]],
  ])("%s stays a unit", (cell, bodies) => expect(names(cell)).toEqual(bodies));
});

// A 目标任务分解表's 单位 column names who answers for each target; a cell or a piece holding only
// the target's unit of measure (the maker's slip, or the measure printed where the body was left
// blank) names no body.
describe("units of measure are never units", () => {
  it.each(["万元", "%", "个", "亿元", "公里", "人次", "床/千人", "1/10万"])("%s alone names no unit", (cell) => {
    const { units } = parseUnits(cell);
    expect([units, unitStatus(units)]).toEqual([[], "missing"]);
  });
  it.each([
    ["县教育局、万元", ["县教育局"]],
    ["县人社局、%", ["县人社局"]],
    ["个、县农业农村局牵头", ["县农业农村局"]],
  ])("%s names the bodies beside the measure only", (cell, bodies) => expect(names(cell)).toEqual(bodies));
  // 所, 处 and 台 count schools, sites and machines, but close a body's name too: alone, a body's
  // kind word (a catch-all), as before; in a name (派出所, 电视台) no measure at all.
  it.each(["所", "处", "台"])("%s alone stays a body's kind word", (cell) =>
    expect(parseUnits(cell).units).toEqual([{ name: cell, role: "responsible", generic: true }]),
  );
  it.each([
    ["各派出所、处", ["各派出所", "处"]],
    ["县广播电视台", ["县广播电视台"]],
    ["县统计局、县人民医院", ["县统计局", "县人民医院"]],
  ])("%s keeps its bodies", (cell, bodies) => expect(names(cell)).toEqual(bodies));
});


// Issue 9: three ways a held-out batch was misread, described in general terms (the plans stay
// unseen); the cells below follow those descriptions.
describe("role words and conjunctions inside one name", () => {
  const read = (text: string) => {
    const { units, markedLead } = parseUnits(text);
    return { units: units.map((u) => `${u.name}:${u.role}${u.generic ? ":generic" : ""}`), markedLead, status: unitStatus(units) };
  };

  it.each(["局主办科室", "委牵头处室", "院主办部门", "局牵头股室"])(
    "%s is one catch-all scoped to the body before it: whichever of its sections is in charge, no lead",
    (cell) => expect(read(cell)).toEqual({ units: [`${cell}:responsible:generic`], markedLead: null, status: "generic" }),
  );

  it("a role word still marks the name before it when nothing or another body follows", () => {
    expect(read("市交通局牵头").markedLead).toBe("市交通局");
    expect(read("县发改委为牵头单位").markedLead).toBe("县发改委");
    expect(read("建设局等单位牵头").markedLead).toBe("建设局");
    expect(read("局牵头股室，各科室配合")).toEqual({
      units: ["局牵头股室:responsible:generic", "各科室:co:generic"],
      markedLead: null,
      status: "generic",
    });
  });

  it("及 between two objects that the rest completes into one group's name stays inside it", () => {
    expect(names("市某港及铁路专用线项目建设领导小组成员单位")).toEqual(["市某港及铁路专用线项目建设领导小组成员单位"]);
    expect(read("市港口及集疏运项目建设领导小组办公室牵头，各成员单位配合").markedLead).toBe("市港口及集疏运项目建设领导小组办公室");
    expect(names("市港口以及集疏运项目建设指挥部")).toEqual(["市港口以及集疏运项目建设指挥部"]);
    // A real office named in seed 001 (与 joins the two kinds of 公开 it handles), and the same with 及.
    expect(names("国务院办公厅政府信息公开与政务公开办公室")).toEqual(["国务院办公厅政府信息公开与政务公开办公室"]);
    expect(names("国务院办公厅政府信息公开及政务公开办公室")).toEqual(["国务院办公厅政府信息公开及政务公开办公室"]);
  });

  it("及 after a body or a place still joins two units", () => {
    expect(names("县住建局及县交通运输局项目建设指挥部")).toEqual(["县住建局", "县交通运输局项目建设指挥部"]);
    expect(names("宁陵县及睢县")).toEqual(["宁陵县", "睢县"]);
    expect(names("乡街及村社区")).toEqual(["乡街", "村社区"]);
  });

  it("a pronoun for the bodies listed names none; the convention clause holding it goes with it", () => {
    expect(read("市发改委、市财政局，排第一的为牵头单位，其他为责任单位，下同").units).toEqual([
      "市发改委:responsible",
      "市财政局:responsible",
    ]);
    expect(names("市发改委、市财政局（排第一的为牵头单位，其余为责任单位）")).toEqual(["市发改委", "市财政局"]);
    expect(names("市财政局、市税务局，排第一的为牵头单位，其余单位为配合单位")).toEqual(["市财政局", "市税务局"]);
    expect(names("市财政局、其他")).toEqual(["市财政局"]);
  });

  it("a catch-all holding a role word counts as named in a cell's coverage", () => {
    expect(nameCoverage("局主办科室", parseUnits("局主办科室").units)).toBe(1);
  });
});

// 各县(区)政府、市直园区管委会: a level's affiliation word (市直, 区属, 县直, 省属) before a category of
// bodies (园区, 学校, 医院, 景区) names every body of that category the level runs, no park or school by
// name: a catch-all, as 市直部门 is. A named park's committee (高新园区管委会) and a working committee of
// the level's organs (市直机关工委) are one body each.
describe("a level's affiliation word before a category of bodies", () => {
  it.each(["市直园区管委会", "区属园区管委会", "县直园区管理委员会", "市属景区管委会", "区属学校", "县直医院", "市直属学校"])("%s is a catch-all", (name) =>
    expect(isCatchAll(name)).toBe(true),
  );
  it.each(["高新园区管委会", "市直机关工委", "市直属机关工委", "区属学校食堂"])("%s is not one by that rule", (name) => expect(isCatchAll(name)).toBe(false));
  it("reads the parks' committees after the counties' governments as a catch-all in a unit cell", () => {
    expect(parseUnits("各县(区)政府、市直园区管委会").units.map((u) => [u.name, u.generic])).toEqual([["各县(区)政府", true], ["市直园区管委会", true]]);
  });
});

// A national or provincial plan's cell names, line by line, where the bodies after each label sit:
// its own departments (局内：, 部内：, 系统内：) and the places below (省份：, 地方：, 省级：). The label is
// no body and says no role; 必做 / 选做 after a province says whether it must take the task up.
describe("scope labels opening a list of bodies", () => {
  it.each([
    ["局内：条法司、相关部门", ["条法司", "相关部门"]],
    ["部内：规划司；地方：各省级人民政府", ["规划司", "各省级人民政府"]],
    ["委内：法规处、综合处", ["法规处", "综合处"]],
    ["系统内：省市场监管局各处室；省内：各设区市市场监管局", ["省市场监管局各处室", "各设区市市场监管局"]],
    ["本系统内：办公室、财务处", ["办公室", "财务处"]],
    ["中央部门：财政部、国家发展改革委；地方：各省级人民政府", ["财政部", "国家发展改革委", "各省级人民政府"]],
    ["国家层面：国家发展改革委；地方层面：各省级人民政府", ["国家发展改革委", "各省级人民政府"]],
    ["省级：省发展改革委；市级：各市人民政府", ["省发展改革委", "各市人民政府"]],
    // a tier's own bodies (市本级, 市直) or a tier's levels named together (县区, 县市区)
    ["市本级：市财政局；县区：各县区财政局", ["市财政局", "各县区财政局"]],
    ["市直：市教育局、市卫健委；县市区：各县市区人民政府", ["市教育局", "市卫健委", "各县市区人民政府"]],
  ])("%s names %j", (cell, expected) => expect(names(cell)).toEqual(expected));

  it("takes a tier's levels as a label only before a colon (县区财政局 is a name)", () => {
    expect(names("县区财政局、县市场监管局")).toEqual(["县区财政局", "县市场监管局"]);
  });

  it("reads a scope label after a role label (责任单位：局内：)", () => {
    expect(roles("责任单位：局内：条法司、办公室")).toEqual(["条法司:responsible", "办公室:responsible"]);
  });

  it("gives a scope label's bodies the column's role, not that of the role label before it", () => {
    expect(roles("牵头单位：规划司；地方：各省级人民政府")).toEqual(["规划司:lead", "各省级人民政府:responsible"]);
    expect(parseUnits("局内：条法司", { defaultRole: "co" }).units.map((u) => u.role)).toEqual(["co"]);
  });

  it("opens a list on a line of its own after a name that ends in no body's suffix", () => {
    expect(names("省份：各类省份\n局内：条法司")).toEqual(["各类省份", "条法司"]);
  });

  it("settles the names before a scope label, so a role word after it reaches no further back", () => {
    expect(roles("局内：条法司、办公室\n省份：各省份参与")).toEqual(["条法司:responsible", "办公室:responsible", "各省份:co"]);
  });

  it("keeps a label whose role word stands before a scope word as the label it is", () => {
    expect(roles("工程,牵头部门:市交通局")).toEqual(["工程:responsible", "市交通局:lead"]);
    expect(roles("局内牵头单位：条法司；省份：各省份")).toEqual(["条法司:lead", "各省份:responsible"]);
    expect(roles("局内：牵头单位：条法司；配合单位：办公室")).toEqual(["条法司:lead", "办公室:co"]);
  });
});

describe("必做 and 选做 after a province", () => {
  it("settle the names before them as 负责 does, and leave the names whole", () => {
    expect(roles("省份：强省试点省、一类省份必做，其他省份选做")).toEqual(["强省试点省:responsible", "一类省份:responsible", "其他省份:responsible"]);
  });

  it("make the provinces answer for the task in a co-operating column too", () => {
    // 选做: a province that takes the task up carries it out in its own province, helping no body.
    expect(parseUnits("一类省份必做，二类省份选做", { defaultRole: "co" }).units.map((u) => `${u.name}:${u.role}`)).toEqual([
      "一类省份:responsible",
      "二类省份:responsible",
    ]);
  });

  it("leave another role word its own role (其他省份参与)", () => {
    expect(roles("一类省份必做，其他省份参与")).toEqual(["一类省份:responsible", "其他省份:co"]);
  });
});

// A flat copy (a page's text, a pasted cell) runs a cell's labelled lines together: the scope label
// opens the next line only right after a complete name.
describe("a scope label run on after a name with no separator", () => {
  it.each([
    ["局内:管理司省份:各类省份必做", ["管理司", "各类省份"]],
    ["局内：条法司、办公室省份：一类省份必做", ["条法司", "办公室", "一类省份"]],
    ["省份：一类省份必做局内：条法司", ["一类省份", "条法司"]],
    ["部内：规划司地方：各省级人民政府", ["规划司", "各省级人民政府"]],
  ])("%s names %j", (cell, expected) => expect(names(cell)).toEqual(expected));

  it("splits no name nor label that only holds a scope word's characters", () => {
    expect(names("市政府办公室")).toEqual(["市政府办公室"]);
    expect(names("县政府办公室、县财政局")).toEqual(["县政府办公室", "县财政局"]);
    expect(names("责任部门：县住建局")).toEqual(["县住建局"]);
    expect(names("辖区内：各乡镇")).toEqual(["各乡镇"]);
    expect(names("市场监管局系统内：各级市场监管部门")).toEqual(["各级市场监管部门"]);
    // after a role label too, where a labelled line's names would run on (责任单位：局内：A)
    expect(names("责任单位：市场监管局系统内：各级市场监管部门")).toEqual(["各级市场监管部门"]);
    expect(names("部内：规划司；国家林草局系统内：各省级林草主管部门")).toEqual(["规划司", "各省级林草主管部门"]);
  });
});

// A flat copy runs a cell's labelled lines together: a role label with its noun of bodies opens the
// next line only right after a complete name.
describe("a role label run on after a name with no separator", () => {
  it.each([
    ["牵头单位:县财政局配合单位:县住建局", ["县财政局:lead", "县住建局:co"]],
    ["牵头单位：财政局配合单位：住建局、交通局", ["财政局:lead", "住建局:co", "交通局:co"]],
    ["负责部门：商务部配合部门：海关总署、市场监管总局", ["商务部:responsible", "海关总署:co", "市场监管总局:co"]],
    ["牵头单位:县财政局协办单位:县审计局、县住建局", ["县财政局:lead", "县审计局:co", "县住建局:co"]],
    ["牵头单位：市卫健委责任单位：各县（市、区）人民政府", ["市卫健委:lead", "各县(市、区)人民政府:responsible"]],
    ["责任单位：县政府办公室配合单位：县大数据中心", ["县政府办公室:responsible", "县大数据中心:co"]],
  ])("%s reads %j", (cell, expected) => expect(roles(cell)).toEqual(expected));

  it("splits no name, time nor label that only holds a role label's words", () => {
    expect(names("责任单位：市政府办公室")).toEqual(["市政府办公室"]);
    // a label's role words run on (牵头负责): 牵头 ends like a name, yet the label starts before it
    expect(roles("牵头负责单位：县发改局；配合单位：县财政局")).toEqual(["县发改局:lead", "县财政局:co"]);
    // 地区 before a label of bodies is the area the label speaks of, no body
    expect(names("试点地区责任单位：各试点县人民政府")).toEqual(["各试点县人民政府"]);
    // at a clause's start, no labelled line before it: the words before the role are the label's own
    // (the bureau's own sections, of which one leads)
    expect(roles("局机关牵头处室：办公室；配合处室：财务科")).toEqual(["办公室:lead", "财务科:co"]);
    expect(roles("牵头处室：办公室；委机关配合处室：财务处、法规处")).toEqual(["办公室:lead", "财务处:co", "法规处:co"]);
    // a role word with no noun of bodies and colon is no label: 县住建局配合 is the body and its role
    expect(roles("县财政局牵头，县住建局配合落实")).toEqual(["县财政局:lead", "县住建局:co"]);
    // role words and a colon after a name, with no noun of bodies, give that body's share of the work
    // (县住建局牵头：负责项目建设): no label of another list, and the share is no unit
    expect(names("县住建局牵头：负责项目建设")).not.toContain("负责项目建设");
    expect(names("县财政局负责：资金保障；县住建局负责：项目建设")).not.toContain("资金保障");
  });
});

// A county's bodies as real plans name them (see bodynames.property.test.ts).
describe("the grammar of bodies' names", () => {
  // A people's body, a school or a road body ends a name (endsLikeUnitName): a break after it
  // separates a name with no level first.
  it.each([
    ["县社科联 宁陵高新区管委会", ["县社科联", "宁陵高新区管委会"]],
    ["县工商联\n宁陵经济开发区管委会", ["县工商联", "宁陵经济开发区管委会"]],
    ["市政协 宁陵经济开发区管委会", ["市政协", "宁陵经济开发区管委会"]],
    ["县慈善总会 中共宁陵县委组织部", ["县慈善总会", "中共宁陵县委组织部"]],
    ["县第一中学\n宁陵高新区管委会", ["县第一中学", "宁陵高新区管委会"]],
    ["县公路段 宁陵产业集聚区管委会", ["县公路段", "宁陵产业集聚区管委会"]],
  ])("separates %j at the break after it", (text, expected) => expect(names(text)).toEqual(expected));

  // A place's party committee and its own level's government share one office (县委县政府督查室).
  it.each([
    ["宁陵县委县政府督查室", ["宁陵县委县政府督查室"]],
    ["临川区委区政府督查室、区财政局", ["临川区委区政府督查室", "区财政局"]],
  ])("reads %s as the place's joint office", (text, expected) => expect(names(text)).toEqual(expected));

  it("a name joined by 和 after a name holding a role word closes it", () => {
    expect(roles("县卫健局、区人大常委会办公室和省乡村振兴局")).toEqual(["县卫健局:responsible", "区人大常委会办公室:responsible", "省乡村振兴局:responsible"]);
  });
});

// A school's calendar or term plan (行事历, 学期工作安排) hands each item to its own offices, year
// groups and teaching groups (负责部门, 负责处室), one line per item of the week's work, the same body
// again on each of its lines.
describe("a school's own bodies", () => {
  it.each([
    ["德育处\n教学处/高三年级\n德育处", ["德育处", "教学处", "高三年级"]],
    ["高三年级\n教学处\n高三年级", ["高三年级", "教学处"]],
    ["七年级\n八年级\n九年级", ["七年级", "八年级", "九年级"]],
    ["初二年级/七年级\n团委", ["初二年级", "七年级", "团委"]],
    ["高一年级 德育处", ["高一年级", "德育处"]],
    ["高二年级组\n教学处/高二年级组\n总务处", ["高二年级组", "教学处", "总务处"]],
    ["数学教研组/英语教研组\n高三备课组", ["数学教研组", "英语教研组", "高三备课组"]],
    ["党政办\n团委\n总务处", ["党政办", "团委", "总务处"]],
  ])("reads a year group as a complete name, lines and slashes separating names: %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  // A narrow column wraps a name mid-word: the piece before the break ends no name, or the piece
  // after is a lone suffix (局, and the 组 of a 年级组 or a 教研组), and the two are one name.
  it.each([
    ["教学处\n高三\n年级", ["教学处", "高三年级"]],
    ["高三年级\n组/德育处", ["高三年级组", "德育处"]],
    ["数学教研\n组", ["数学教研组"]],
    ["县发展和改革\n局", ["县发展和改革局"]],
    ["市住房和城乡建\n设局", ["市住房和城乡建设局"]],
    ["县教育局\n县发展和改革\n局", ["县教育局", "县发展和改革局"]],
  ])("joins a name broken across lines: %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

// A county's plan names its towns (镇, 乡, 苏木, 街道) by their own names, whatever characters these
// hold, then the level and the body (townnames.property.test.ts runs the same over a sample of every
// province's towns).
describe("towns named in a county's plan", () => {
  const read = (text: string) => parseUnits(text).units.map((u) => `${u.name}:${u.role}${u.generic ? ":generic" : ""}`);

  // 各庄 closes a village's name (石各庄, a family's hamlet), which a town or area named after one keeps.
  it.each([
    ["区农业农村局牵头，石各庄镇、王卜庄镇配合", ["区农业农村局:lead", "石各庄镇:co", "王卜庄镇:co"]],
    ["朝阳区崔各庄地区办事处", ["朝阳区崔各庄地区办事处:responsible"]],
    ["乐亭县姜各庄镇人民政府", ["乐亭县姜各庄镇人民政府:responsible"]],
    // 各 before a level or a kind of body is every one of them still
    ["石各庄镇人民政府、各村", ["石各庄镇人民政府:responsible", "各村:responsible:generic"]],
  ])("%s reads as %j", (text, expected) => expect(read(text)).toEqual(expected));

  // 苏木 is Inner Mongolia's 乡: it ends a town's name as 镇 does, and a break after it parts two towns.
  it.each([
    ["巴彦哈达苏木 锡尼河西苏木", ["巴彦哈达苏木", "锡尼河西苏木"]],
    ["旗农牧局\n陈巴尔虎旗巴彦哈达苏木\n鄂温克族自治旗伊敏苏木", ["旗农牧局", "陈巴尔虎旗巴彦哈达苏木", "鄂温克族自治旗伊敏苏木"]],
  ])("separates %j at the break after 苏木", (text, expected) => expect(names(text)).toEqual(expected));

  // A town's own name may end in a settlement's character before its level (大高村镇, 栾城镇), as a field
  // of work ends in a settlement pair (住房城乡): a town's name after a break is a name of its own, what
  // completes a field a body's.
  it.each([
    ["大高村镇 周庄街道", ["大高村镇", "周庄街道"]],
    ["栾城区栾城镇\n井陉县测鱼镇", ["栾城区栾城镇", "井陉县测鱼镇"]],
    ["怀安城镇 狼山乡人民政府", ["怀安城镇", "狼山乡人民政府"]],
    ["住房城乡 建设局", ["住房城乡建设局"]],
  ])("reads %j as %j", (text, expected) => expect(names(text)).toEqual(expected));

  // After a place named in full, characters naming nothing and a smaller place's level are that
  // place's name, 和 or 联合 inside its own name; after a body, or a short name of one, 和 joins.
  it.each([
    ["科尔沁区庆和镇人民政府", ["科尔沁区庆和镇人民政府"]],
    ["永胜县仁和镇人民政府负责，县住建局配合", ["永胜县仁和镇人民政府", "县住建局"]],
    ["珙县玉和苗族乡、珙县罗渡苗族乡", ["珙县玉和苗族乡", "珙县罗渡苗族乡"]],
    ["乌拉特后旗呼和温都尔镇人民政府", ["乌拉特后旗呼和温都尔镇人民政府"]],
    ["蒸湘区联合街道办事处", ["蒸湘区联合街道办事处"]],
    ["区民政局、蒸湘区联合街道办事处", ["区民政局", "蒸湘区联合街道办事处"]],
    ["宁陵县财政局和城关镇人民政府", ["宁陵县财政局", "城关镇人民政府"]],
    ["滁州海关和区畜牧业发展中心", ["滁州海关", "区畜牧业发展中心"]],
    ["宁陵县公安和城关镇人民政府", ["宁陵县公安", "城关镇人民政府"]],
    ["县住建局联合城关镇", ["县住建局", "城关镇"]],
  ])("reads %j as %j", (text, expected) => expect(names(text)).toEqual(expected));
});
