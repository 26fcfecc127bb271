import { closesTaskWithUnits, unitsClosingTask, unitsInTaskText, unitsOfHeading } from "./outside";
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

  // A heading's label is read as a unit cell's: any label of bodies, its role kept.
  it.each([
    ["（一）牵头单位：县财政局", ["县财政局:lead"]],
    ["（二）市级责任部门：市财政局、市税务局（共4项）", ["市财政局:responsible", "市税务局:responsible"]],
    ["三、责任主体：县住建局", ["县住建局:responsible"]],
  ])("reads a heading labelled as a unit cell is: %s", (heading, units) => {
    expect(unitsOfHeading(heading, read).units.map((u) => `${u.name}:${u.role}`)).toEqual(units);
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

  it("reads a closing bracket whose clauses label another part (数据来源单位：), the label in no name", () => {
    const found = unitsInTaskText("社会消费品零售总额增长6%。（牵头单位：市商务局；责任单位：市发改委；数据来源单位：市统计局）", read);
    expect(names(found)).toEqual(["市商务局", "市发改委", "市统计局"]);
    expect(found.markedLead).toBe("市商务局");
  });

  it("reads a closing bracket whose clause opens with the work as its subject (此项工作由…)", () => {
    const found = unitsInTaskText(
      "加强校园周边治安巡逻，严厉打击侵害师生安全的违法犯罪行为。（此项工作由公安分局牵头，区教育体育局、区综治办及相关街道配合）",
      read,
    );
    expect(names(found)).toEqual(["公安分局", "区教育体育局", "区综治办", "相关街道"]);
    expect(found.markedLead).toBe("公安分局");
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
    expect(unitsInTaskText(duties, read)).toEqual({ units: [], markedLead: null, written: "", from: 0 });
    expect(names(unitsInTaskText("推进农村公路建设,责任:县交通运输局。", read))).toEqual(["县交通运输局"]);
  });

  // A closing bracket labelling the person who does the work (具体负责：周丽) names no unit; the same label
  // over a body gives the body.
  it.each(["做好政策解读工作。（具体负责：周丽）", "做好政策解读工作。（负责：孙丽、王芳）"])("reads no unit from a bracket labelling persons: %s", (text) => {
    expect(unitsInTaskText(text, read).units).toEqual([]);
  });

  it("reads the body a role label in a closing bracket names", () => {
    expect(names(unitsInTaskText("做好政策解读工作。（具体负责：县政府办）", read))).toEqual(["县政府办"]);
  });

  it("reads a labelled clause inside the text", () => {
    const found = unitsInTaskText("农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。", read);
    expect(names(found)).toEqual(["市交通局"]);
    expect(found.markedLead).toBe("市交通局");
  });

  // A cell of labelled lines: a labelled clause ends with its line where the next opens a label of
  // its own (经办人：, 联系电话：), while a list wrapped onto the next line stays one clause.
  it("ends a labelled clause at a line opening another label", () => {
    const found = unitsInTaskText("完善企业服务专员制度，及时协调解决企业诉求\n牵头单位：县工信局\n经办人：刘洋\n联系电话：13812345678", read);
    expect(names(found)).toEqual(["县工信局"]);
    expect(found.written).toBe("牵头单位：县工信局");
    expect(names(unitsInTaskText("完善企业服务专员制度。\n责任单位：县工信局、\n县商务局", read))).toEqual(["县工信局", "县商务局"]);
  });

  // Target-split plans close a task's text with labelled clauses, one of them a label of another
  // part (数据来源单位:, 考核单位:): read as the same label in a unit cell is, the label in no name.
  it("reads labelled clauses of other parts after the task's sentence", () => {
    const found = unitsInTaskText("规模以上工业增加值增长8%。牵头单位:市经信局;数据来源单位:市统计局", read);
    expect(found.units.map((u) => `${u.name}:${u.role}`)).toEqual(["市经信局:lead", "市统计局:co"]);
    expect(found.written).toBe("牵头单位:市经信局；数据来源单位:市统计局");
    expect(found.markedLead).toBe("市经信局");
  });

  it.each(["数据来源单位", "数据提供部门", "考核单位", "监测机构", "统计口径单位", "市级牵头部门", "实施主体"])(
    "reads a clause labelled %s in task text as a unit cell reads it",
    (label) => {
      const found = unitsInTaskText(`全社会固定资产投资增长6%。${label}:市统计局、市发改委`, read);
      expect(found.written).toBe(`${label}:市统计局、市发改委`);
      expect(found).toMatchObject(parseUnits(`${label}:市统计局、市发改委`));
    },
  );

  // A national or provincial plan closes a task's text with its scope labels (局内：, 省份：, 部内：,
  // 地方：), one clause for its own departments and one for the places below, as its unit cells have them.
  it.each([
    ["推动修改专利法实施细则配套规章。局内：条法司、相关部门；省份：各类省份必做", ["条法司", "相关部门", "各类省份"], "局内：条法司、相关部门；省份：各类省份必做"],
    ["编制国家综合立体交通网规划实施方案。部内：规划司；地方：各省级人民政府", ["规划司", "各省级人民政府"], "部内：规划司；地方：各省级人民政府"],
    ["完善农村公路管理养护体制（部内：公路局牵头，规划司参与；地方：各省级交通运输主管部门）", ["公路局", "规划司", "各省级交通运输主管部门"], "部内：公路局牵头，规划司参与；地方：各省级交通运输主管部门"],
  ])("reads the clauses a scope label opens in task text: %s", (text, units, written) => {
    const found = unitsInTaskText(text, read);
    expect(names(found)).toEqual(units);
    expect(found.written).toBe(written);
  });

  it("reads a closing bracket labelled with another part as a unit cell reads it", () => {
    expect(unitsInTaskText("开展重点任务专项督查(考核单位:市督查室)", read)).toEqual({ ...parseUnits("考核单位:市督查室"), written: "考核单位:市督查室", from: 10 });
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

// A part heading whose clause opens with a verb of work (强化, 加强, 完善…) names the work; 工作领导,
// 组织领导, 领导小组 after the verb are leadership, no body or post, unless a responsibility clause says who.
describe("unitsOfHeading of a heading that says the work", () => {
  it.each([
    "五、强化人才工作领导,构建全优的人才服务体系",
    "（六）加强组织领导，营造良好的发展环境",
    "七、强化人才工作领导，营造尊重人才的社会氛围",
    "三、完善领导小组议事规则，推动各项任务落实",
  ])("reads no unit from %s", (heading) => {
    expect(unitsOfHeading(heading, read).units).toEqual([]);
  });

  it.each([
    ["一、加强组织领导，由县委组织部牵头，各成员单位配合", ["县委组织部:lead", "各成员单位:co"]],
    ["（一）加强组织领导（县委组织部负责）", ["县委组织部:responsible"]],
    ["（二）强化工作领导，县人社局牵头", ["县人社局:lead"]],
    ["一、县委组织部，推进人才工作", ["县委组织部:responsible"]],
    ["（一）发展改革委牵头（8项）", ["发展改革委:lead"]], // 发展 here opens a name, read whole as a body's
    ["三、建设局", ["建设局:responsible"]],
  ])("reads the body a responsibility clause names beside the work: %s", (heading, units) => {
    expect(unitsOfHeading(heading, read).units.map((u) => `${u.name}:${u.role}`)).toEqual(units);
  });
});

describe("unitsOfHeading of a theme that ends as a post does (issue #9)", () => {
  it.each(["一、稳定经济增长", "（二）促进居民收入增长"])("reads no unit from %s", (heading) => {
    expect(unitsOfHeading(heading, read).units).toEqual([]);
  });
});

// Inspection and patrol notices (巡查通报, 问题整改通知) laid out as 序号 | 存在问题 | 整改要求 charge the
// body in the requirement sentence itself: 由X负责…, 由X牵头，Y配合 (issue #9).
describe("unitsInTaskText: the bodies a 由 clause charges", () => {
  const roles = (found: { units: { name: string; role: string }[] }) => found.units.map((u) => `${u.name}:${u.role}`);

  it.each([
    ["由县城管局负责清除上述地段的建筑垃圾。", ["县城管局:responsible"]],
    ["由城关镇负责协调业主尽快整改。", ["城关镇:responsible"]],
    ["由县职教中心、县消防大队、县委党校负责，限期清理完毕。", ["县职教中心:responsible", "县消防大队:responsible", "县委党校:responsible"]],
    ["由所在社区牵头，县市场监管局配合，督促商户整改。", ["所在社区:lead", "县市场监管局:co"]],
    ["由所在社区牵头，由县市场监管局配合，督促商户整改。", ["所在社区:lead", "县市场监管局:co"]],
    ["经核实，该处问题由县自然资源局负责查处，县公安局配合。", ["县自然资源局:responsible", "县公安局:co"]],
    ["由县卫健委会同县市场监管局负责督促整改。", ["县卫健委:responsible", "县市场监管局:co"]],
    ["由县住建局、县城管局分别负责，7日内整改到位。", ["县住建局:responsible", "县城管局:responsible"]],
    ["由各乡镇负责本辖区内的排查整治。", ["各乡镇:responsible"]],
    ["由县住建局牵头、县财政局配合落实。", ["县住建局:lead", "县财政局:co"]],
    ["由县法院执行局负责执行到位。", ["县法院执行局:responsible"]], // 执行 inside the name is no role
    ["由县自然资源局负责查处。", ["县自然资源局:responsible"]], // 查处 is the work, not a 处
    ["由县交通运输局承担破损路面的修复。", ["县交通运输局:responsible"]],
  ])("reads %s", (text, expected) => {
    expect(roles(unitsInTaskText(text, read))).toEqual(expected);
  });

  it("keeps the written clause, from 由 to the last clause naming bodies, and the lead it marks", () => {
    const found = unitsInTaskText("由所在社区牵头，县市场监管局配合，督促商户整改。", read);
    expect(found.written).toBe("由所在社区牵头，县市场监管局配合");
    expect(found.markedLead).toBe("所在社区");
  });

  it.each([
    ["由包片单位县林业局负责清除。", ["县林业局"]],
    ["由包片单位县税务局负责督促业主清理院内杂物，规范物品堆放。", ["县税务局"]],
    ["由责任单位县交通运输局负责修复破损路面。", ["县交通运输局"]],
  ])("leaves out the descriptor before a name with its place: %s", (text, expected) => {
    expect(names(unitsInTaskText(text, read))).toEqual(expected);
  });

  it("reads a clause written in traditional characters, keeping it as written", () => {
    const found = unitsInTaskText("由包片單位縣稅務局負責督促業主清理院內雜物，規範物品堆放。", read);
    expect(names(found)).toEqual(["县税务局"]);
    expect(found.written).toBe("由包片單位縣稅務局負責督促業主清理院內雜物");
    expect(roles(unitsInTaskText("由所在社區牽頭，縣市場監管局配合，督促商戶整改。", read))).toEqual(["所在社区:lead", "县市场监管局:co"]);
  });

  it.each([
    ["由此造成的损失由县住建局负责。", ["县住建局"]], // 由此 is no actor; the second 由 is
    ["由县住建局负责，报县政府审定。", ["县住建局"]], // 县政府 receives the report
    ["由县住建局负责向县财政局报送整改情况。", ["县住建局"]], // 县财政局 is the object
    ["由县住建局负责督促县财政局落实。", ["县住建局"]], // 县财政局 is the one urged
  ])("reads only the actor, not a body the clause reports to: %s", (text, expected) => {
    expect(names(unitsInTaskText(text, read))).toEqual(expected);
  });

  it.each([
    "由于县住建局负责的项目进度滞后，立即整改。",
    "价格由市场决定。",
    "具体方式由企业自主选择。",
    "由上级统一部署。",
    "由企业负责清理。",
    "由相关企业负责清理。",
    "由业主负责清理门前杂物。",
    "由群众负责监督。",
    "由县政府组织实施。",
    "由县政府审批。",
    "由县政府批准后实施。",
    "由县政府组织专家负责评审。",
    "由县住建局向县财政局报送。",
    "向县财政局报送整改情况。",
    "报县政府审定。",
    "立即整改，确保群众出行安全。",
    "建立由县政府牵头、各部门参与的联席会议制度。",
    "由县住建局负责的项目进度滞后，立即整改。",
  ])("reads no actor where 由 names no body doing the work: %s", (text) => {
    expect(unitsInTaskText(text, read)).toEqual({ units: [], markedLead: null, written: "", from: 0 });
  });

  // 鄂州 2020 监督: the committee named after 由 prepares the standing committee's hearing, work
  // around the item (负责做好相关工作), not the item: its label says no unit.
  it("reads no actor from a clause charging the work around the task (负责做好相关工作)", () => {
    const plan = loadGenre("ezhou-2020-rd-jiandu");
    const texts = plan.rows.map((row) => row[0]).filter((text) => text.includes("负责做好相关工作"));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(unitsInTaskText(text, read).units).toEqual([]);
    expect(names(unitsInTaskText("由監察和司法委員會負責。", read))).toEqual(["监察和司法委员会"]);
  });
});

// A plan written as prose and laid into a sheet: its 责任分工 cells hold the task written out, closed
// by who does it. A clerk reads the units from that clause only; a unit cell names its units alone.
describe("closesTaskWithUnits and unitsClosingTask: a task written out in a unit cell", () => {
  it.each([
    ["加强学校内部安全管理，落实门卫值守制度。此项工作由区教育体育局牵头，各街道配合。", ["区教育体育局", "各街道"], "区教育体育局"],
    ["严格落实河长巡河制度（县水务局牵头，各乡镇负责）", ["县水务局", "各乡镇"], "县水务局"],
    ["在上下学时段加强学校周边道路巡逻管控，设置“护学岗”（区公安分局负责）。", ["区公安分局"], null],
    ["推进不动产登记与水电气过户联动办理，牵头单位：市自然资源和规划局；配合单位：市供电公司。", ["市自然资源和规划局", "市供电公司"], "市自然资源和规划局"],
    ["加強學校內部安全管理，落實門衛值守制度。此項工作由區教育體育局牽頭，各街道配合。", ["区教育体育局", "各街道"], "区教育体育局"],
    ["切實加強森林防火（縣林業局負責）", ["县林业局"], null],
    ["完善行政审批流程（区政务服务局负责）", ["区政务服务局"], null],
  ])("reads the units of the clause closing a task: %s", (text, units, lead) => {
    expect(closesTaskWithUnits(text, read)).toBe(true);
    const found = unitsClosingTask(text, read);
    expect(names(found)).toEqual(units);
    expect(found.markedLead).toBe(lead);
  });

  it.each([
    "县财政局、县审计局；各乡镇负责",
    "由县财政局牵头，县审计局配合",
    "各乡镇（街道）",
    "市委组织部、市人社局（市委人才办）",
    "县财政局牵头，县审计局、县发改局配合（各乡镇负责落实）",
    "区教育体育局",
    // an office's working name, its field of work, before its formal name in a bracket
    "森林防火(法规处)",
    "安全生产（应急管理科）",
    "信息公开(办公室)",
    "行政审批（政务服务科）",
  ])("finds no task written out in a unit cell: %s", (text) => {
    expect(closesTaskWithUnits(text, read)).toBe(false);
  });

  it("reads a cell of bodies alone whole, and a task naming nobody as no unit", () => {
    expect(names(unitsClosingTask("区交通运输局、区公安分局", read))).toEqual(["区交通运输局", "区公安分局"]);
    expect(unitsClosingTask("组织开展安全教育进校园活动，每学期不少于2次。", read).units).toEqual([]);
  });
});
