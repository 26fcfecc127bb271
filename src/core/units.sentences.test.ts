// Some plans fill the unit cell with a sentence of responsibilities rather than a list of names: each
// body followed by what it does (县住建局负责组织实施，县财政局负责资金保障，各乡镇全力配合). The
// grammar of public bodies' names reads them: a name ends at its suffix, and the verb phrase after a
// complete name is no part of it — dropped, or read as the role it states (配合, 牵头抓总, 作为业主单位).
import { readPlan } from "./index";
import type { CellValue, SheetSnapshot } from "./schema";
import { parseUnits } from "./units";

/** The units a cell names, as `name` (responsible), `name:lead`, `name:co`; `*` marks a catch-all. */
const read = (cell: string) => parseUnits(cell).units.map((u) => `${u.name}${u.generic ? "*" : ""}${u.role === "responsible" ? "" : `:${u.role}`}`);

describe("a sentence of responsibilities reads as its bodies, with the roles its verb phrases state", () => {
  it.each([
    ["县住建局负责组织实施，县财政局负责资金保障，各乡镇全力配合", ["县住建局", "县财政局", "各乡镇*:co"]],
    ["县交通运输局作为业主单位负责建设，县自然资源局业务指导并协助县住建局", ["县交通运输局", "县自然资源局:co", "县住建局"]],
    ["县直各部门各司其职，县城管局牵头抓总", ["县直各部门*", "县城管局:lead"]],
    ["由县水利局具体实施，县生态环境分局加强监督检查", ["县水利局", "县生态环境分局"]],
    ["旗卫健委牵头，旗医保局、旗市场监管局密切配合", ["旗卫健委:lead", "旗医保局:co", "旗市场监管局:co"]],
    ["州发展改革委统筹协调，州直有关部门各负其责", ["州发展改革委", "州直有关部门*"]],
    ["区应急管理局、区消防救援大队按照各自职责开展检查", ["区应急管理局", "区消防救援大队"]],
    ["市城管执法局依法查处，各街道办事处积极配合", ["市城管执法局", "各街道办事处*:co"]],
    ["区数据局统一建设，各部门按需接入", ["区数据局", "各部门*"]],
    ["市商务局主要负责，市市场监管局协同配合", ["市商务局", "市市场监管局:co"]],
    ["县教体局负主体责任，县卫健委负监管责任", ["县教体局", "县卫健委"]],
    ["各乡镇要落实属地责任", ["各乡镇*"]],
    ["镇村两级全力配合", ["镇村两级*:co"]],
    ["县供电公司全力保障项目用电", ["县供电公司"]],
    ["县审计局依法开展审计监督", ["县审计局"]],
    ["片区消安委依据职责负责", ["片区消安委"]],
    ["各处室、区公安局支队依据行业分管负责", ["各处室*", "区公安局支队"]],
  ])("%s", (cell, units) => expect(read(cell)).toEqual(units));
});

describe("what a body is made, or a role word inside what it does, is its role", () => {
  it.each([
    // an owner, an implementing body, the field's administering body answer for the work
    ["县交通运输局作为业主单位", ["县交通运输局"]],
    ["县城投公司作为实施主体负责融资建设", ["县城投公司"]],
    ["县文化和旅游局作为主管部门负责监管，县市场监管局配合", ["县文化和旅游局", "县市场监管局:co"]],
    // a lead word among the role given and the role word after it leads
    ["县卫健委作为牵头单位负责统筹", ["县卫健委:lead"]],
    // an adverb before the role word (积极配合) leaves the role word the body's
    ["县医保局积极配合做好资金保障", ["县医保局:co"]],
    // 协助 and a name of its own: the subject co-operates, the one helped is named too
    ["县公安局交警大队协助县交通运输局做好交通管制", ["县公安局交警大队:co", "县交通运输局"]],
  ])("%s", (cell, units) => expect(read(cell)).toEqual(units));
});

// A body's name may hold a verb (组织部, 统筹办, 建设局, 监督管理局, 服务中心): the name ends at its
// last suffix before what the body does, never at the suffix of a word inside it.
describe("names whose tail looks like a verb stay whole, alone or before what the body does", () => {
  const NAMES = [
    "市场监督管理局",
    "县应急管理局",
    "县行政审批服务局",
    "县城市管理综合执法局",
    "县公共资源交易中心",
    "县发展和改革委员会",
    "县委组织部",
    "县招商服务中心",
    "县项目建设服务中心",
    "县住房和城乡建设局",
    "县城乡建设管理局",
    "县人力资源和社会保障局",
    "县委依法治县办",
    "县城乡统筹办",
  ];
  it.each(NAMES)("%s alone", (name) => expect(read(name)).toEqual([name]));
  it.each(NAMES)("%s统筹协调", (name) => expect(read(`${name}统筹协调`)).toEqual([name]));
  it.each(NAMES)("%s加强监管，各乡镇全力配合", (name) => expect(read(`${name}加强监管，各乡镇全力配合`)).toEqual([name, "各乡镇*:co"]));
  it.each([
    ["各区政府组织实施", ["各区政府*"]],
    ["县住房和城乡建设部门加强行业监管", ["县住房和城乡建设部门"]],
  ])("%s: no name ends inside the verb or a field of work", (cell, units) => expect(read(cell)).toEqual(units));
  // a short verb before a project's or a team's noun names what the body's name qualifies
  it.each([
    ["区城市垃圾分类处理中转站改造项目", ["区城市垃圾分类处理中转站改造项目"]],
    ["区域教育中心建设专班", ["区域教育中心建设专班"]],
    ["县人民医院迁建工程", ["县人民医院迁建工程"]],
    ["市体育中心提升改造工程指挥部", ["市体育中心提升改造工程指挥部"]],
    ["县政务服务中心建设工作专班", ["县政务服务中心建设工作专班"]],
  ])("%s: a project or team the name qualifies", (cell, units) => expect(read(cell)).toEqual(units));
  // words opening with a verb of work are a task, whatever suffix a word inside them ends in
  it.each(["完成毕业生离校手续办理", "做好学校食堂监督检查", "开展县医院绩效考核"])("%s: no body's name ends inside a task", (cell) =>
    expect(parseUnits(cell).units.map((u) => u.name)).not.toContain(cell.slice(0, cell.search(/[校堂院]/u) + 1)),
  );
});

// What ends a name before what the body does is any end a name has: a bracket naming it again or
// its alternatives, a place named in full as the unit, levels, a level list's shared government.
describe("every way a name ends, it ends before what the body does", () => {
  it.each([
    ["各镇(街道)全力配合", ["各镇(街道)*:co"]],
    ["县发改局(粮食局)加强监管", ["县发改局(粮食局)"]],
    ["蒲城县、大荔县全力配合", ["蒲城县:co", "大荔县:co"]],
    ["各区县市统筹协调", ["各区县市*"]],
    ["属地乡镇全力配合", ["属地乡镇*:co"]],
    ["各区、县(市)政府加强监管", ["各区、县(市)政府*"]],
    ["各县(市、区)人民政府加强组织领导", ["各县(市、区)人民政府*"]],
    ["高新区党工委和管委会统筹推进", ["高新区党工委和管委会"]],
  ])("%s", (cell, units) => expect(read(cell)).toEqual(units));
});

// A catch-all (各单位, 各乡镇) names the bodies answering where it opens the cell or a clause or follows
// a level, a place or an affiliation; after a verb of asking, urging or directing with words before
// it, it is whom the sentence asks — a notice's or a meeting's demand, no body of the task.
describe("a catch-all after a verb of asking is the sentence's object", () => {
  it.each([
    ["会议要求各单位认真落实", []],
    ["通知要求各乡镇按时报送", []],
    ["文件要求各县市区人民政府负责", []],
    ["县政府办公室通知各乡镇", ["县政府办公室"]],
    ["县政府要求各单位认真落实", ["县政府"]],
  ])("%s", (cell, units) => expect(read(cell)).toEqual(units));
  it.each([
    // a request opening the cell names the bodies asked; a level or a place before 各 is the catch-all's own
    ["要求各单位认真落实", ["各单位*"]],
    ["全县各乡镇全力配合", ["全县各乡镇*:co"]],
    ["区委区政府各部门负责", ["区委区政府各部门*"]],
    ["县住建局督促指导各乡镇落实", ["县住建局", "各乡镇*"]],
  ])("%s", (cell, units) => expect(read(cell)).toEqual(units));
});

describe("the words of a clause are no conjunction", () => {
  // 及时 (in time) is an adverb of what the body does, not 及 (and) before a name
  it("县财政局及时拨付资金", () => expect(read("县人社局统筹推进，县财政局及时拨付资金")).toEqual(["县人社局", "县财政局"]));
});

describe("a title in the cell holds no name", () => {
  // 《中华人民共和国政府信息公开条例》: 政府 inside a law's title ends no body's name
  it("《中华人民共和国政府信息公开条例》第二十条", () =>
    expect(parseUnits("《中华人民共和国政府信息公开条例》第二十条").units.map((u) => u.name)).not.toContain("《中华人民共和国政府"));
});

describe("a plan whose 责任分工 column is written in sentences", () => {
  const values: CellValue[][] = [
    ["序号", "工作任务", "责任分工", "完成时限"],
    ["1", "实施城区主干道改造提升工程", "县交通运输局作为业主单位负责建设，县自然资源局业务指导并协助县住建局", "2024年10月底前"],
    ["2", "开展城乡环境卫生综合整治", "县直各部门各司其职，县城管局牵头抓总", "2024年12月底前"],
    ["3", "推进农村饮水安全巩固提升", "由县水利局具体实施，县生态环境分局加强监督检查", "2024年6月底前"],
    ["4", "新建城区第三幼儿园", "县住建局负责组织实施，县财政局负责资金保障，各乡镇全力配合", "2024年9月底前"],
  ];
  const snapshot: SheetSnapshot = { sheet: "Sheet1", origin: { row: 0, col: 0 }, values, dateCells: [], merges: [] };

  it("reads the bodies of each row, the lead and the status", () => {
    const rows = readPlan(snapshot).rows.map((r) => [r.units.map((u) => u.name), r.lead, r.unitStatus]);
    expect(rows).toEqual([
      [["县交通运输局", "县自然资源局", "县住建局"], "县交通运输局", "ok"],
      [["县直各部门", "县城管局"], "县城管局", "ok"],
      [["县水利局", "县生态环境分局"], null, "ok"],
      [["县住建局", "县财政局", "各乡镇"], "县住建局", "ok"],
    ]);
  });
});

// 发起方式 beside 牵头单位: a column of sentences telling how each matter is started names a body as
// its subject too (由县政府主动发起), but says no share of the task: the lead column stays the one
// naming the bodies.
describe("a column telling how each matter starts, beside the lead column", () => {
  const values: CellValue[][] = [
    ["某县2024年社会救助事项清单"],
    ["序号", "事项名称", "发起方式", "牵头单位", "完成时限"],
    ["1", "城乡低保对象认定", "县民政局主动发起、群众申请发起", "县民政局", "2024年6月底前"],
    ["2", "临时救助审批", "乡镇政府主动发起", "各乡镇", "2024年9月底前"],
    ["3", "特困人员供养审核", "县民政局主动发起", "县民政局", "2024年11月底前"],
    ["4", "医疗救助费用结算", "县医保局主动发起", "县医保局", "2024年12月底前"],
    ["5", "残疾人两项补贴发放", "县残联主动发起", "县残联", "2024年12月底前"],
  ];
  const snapshot: SheetSnapshot = { sheet: "Sheet1", origin: { row: 0, col: 0 }, values, dateCells: [], merges: [] };

  it("reads the lead column alone as the bodies", () => {
    const plan = readPlan(snapshot);
    expect(plan.info.columns).toEqual({ seq: "A", requirement: "B", lead: "D", deadline: "E" });
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual([["县民政局"], ["各乡镇"], ["县民政局"], ["县医保局"], ["县残联"]]);
  });
});
