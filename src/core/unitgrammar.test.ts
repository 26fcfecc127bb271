// The grammar of unit names over every name a clerk read in the fixtures and the genre plans: each
// name alone is one unit, names written without a separator come apart, and role and qualifier
// words around them become roles or go, never parts of a name.
import { labelledNames } from "../../test/support/unitnames";
import { toHalfWidth } from "./normalise";
import { isCatchAll, labelNamesPersonsBesideBodies, namesPerson, parseUnits, splitRunTogether, unitStatus } from "./units";

const NAMES = labelledNames().map((n) => n.name);
// Names that open with a place, so that one written straight after another starts a new name.
const BODY_END = /(?:[局委办室厅院所站馆队股科处部府]|中心)$/;
const PLACED = NAMES.filter((n) => /^[省市州县区]/.test(n) && BODY_END.test(n) && !isCatchAll(n) && !/[()]/.test(n));

test("the dev set holds a few hundred real names", () => {
  expect(NAMES.length).toBeGreaterThan(200);
  expect(PLACED.length).toBeGreaterThan(30);
});

test.each(NAMES)("%s alone is one unit", (name) => {
  expect(parseUnits(name).units.map((u) => u.name)).toEqual([name]);
});

test.each(NAMES.filter((n) => !/[()]/.test(n)))("%s is not cut by the run-together grammar", (name) => {
  expect(splitRunTogether(name)).toEqual([name]);
});

test.each(PLACED.map((n, i) => [NAMES[(i * 7) % NAMES.length], n] as const).filter(([a, b]) => a !== b && BODY_END.test(a) && !isCatchAll(a) && !/[()]/.test(a) && !/^[省市州县区]委$/.test(a)))(
  "%s%s written together are two units",
  (a, b) => {
    expect(parseUnits(`${a}${b}`).units.map((u) => u.name)).toEqual([a, b]);
  },
);

// A 、 inside brackets belongs to the name (各县(市、区)政府). Plans bracket the same part with
// 〔〕, ［］, 〈〉 or ‹› as well as （）(各县〔市、区〕人民政府, 各处〈室、局〉): every real bracketed
// name, bracketed any of these ways, is still one unit and a catch-all exactly when the （） form is.
// Full-width brackets read as half-width ones, as （） do.
const BRACKETED_LISTS = NAMES.filter((n) => /\([^()]*、[^()]*\)/.test(n));
const OTHER_BRACKETS = ["〔〕", "［］", "〈〉", "‹›"];
const bracketedWith = (name: string, [open, close]: string) => name.replace(/\(/g, open).replace(/\)/g, close);
test.each(BRACKETED_LISTS.flatMap((n) => OTHER_BRACKETS.map((pair) => [bracketedWith(n, pair), n])))(
  "%s is one unit, as %s is",
  (bracketed, name) => {
    const [unit, ...rest] = parseUnits(`${bracketed}，县财政局`).units;
    expect([unit.name, unit.generic, rest.map((u) => u.name)]).toEqual([toHalfWidth(bracketed), isCatchAll(name), ["县财政局"]]);
  },
);

test("the dev set brackets lists of levels inside names", () => {
  expect(BRACKETED_LISTS.length).toBeGreaterThan(5);
});

test.each([
  ["县财政局县发改委县审计局", ["县财政局", "县发改委", "县审计局"]],
  ["市政府办公室市大数据中心", ["市政府办公室", "市大数据中心"]],
  // a place after a place is the place's own body; 县委县政府 names one joint office
  ["高新区市场监管局", ["高新区市场监管局"]],
  ["县委县政府督查室", ["县委县政府督查室"]],
  ["区市场局", ["区市场局"]],
])("run together: %s", (cell, names) => {
  expect(parseUnits(cell).units.map((u) => u.name)).toEqual(names);
});

test.each([
  ["市财政局参照执行", [["市财政局", "responsible"]]],
  ["各县区按职能分工负责", [["各县区", "responsible"]]],
  ["各县区按职能分工", [["各县区", "responsible"]]],
  ["市发改委、市财政局分别负责", [["市发改委", "responsible"], ["市财政局", "responsible"]]],
  ["县教育局具体负责", [["县教育局", "responsible"]]],
  ["市公安局、市司法局共同负责", [["市公安局", "responsible"], ["市司法局", "responsible"]]],
  ["市卫健委(牵头)市医保局", [["市卫健委", "lead"], ["市医保局", "responsible"]]],
  ["分别由县民政局、县残联负责", [["县民政局", "responsible"], ["县残联", "responsible"]]],
  ["各乡镇参照执行", [["各乡镇", "responsible"]]],
  ["县法院执行局", [["县法院执行局", "responsible"]]],
  ["市住建局牵头，市城管局、市交通局配合", [["市住建局", "lead"], ["市城管局", "co"], ["市交通局", "co"]]],
])("role words: %s", (cell, expected) => {
  expect(parseUnits(cell).units.map((u) => [u.name, u.role])).toEqual(expected);
});

/** Each cell reads as the names given, in order. */
function readsNames(title: string, cases: [string, string[]][]): void {
  test.each(cases)(title, (cell, names) => {
    expect(parseUnits(cell).units.map((u) => u.name)).toEqual(names);
  });
}

// lucheng-2013-cwdc and the phrasing of 整改 and 督查 lists: a request before the name and the
// action asked of it after are neither part of the name.
readsNames("request and action around a name: %s", [
  ["请市文明办协调解决", ["市文明办"]],
  ["提请市政府协调", ["市政府"]],
  ["建议由县住建局负责", ["县住建局"]],
  ["交由区城管局", ["区城管局"]],
  ["县教育局统筹，各学校落实", ["县教育局", "各学校"]],
  ["各区政府组织实施", ["各区政府"]],
  ["由市教育局牵头，市财政局配合，各县(市、区)政府具体实施", ["市教育局", "市财政局", "各县(市、区)政府"]],
  ["市住建局负总责", ["市住建局"]],
  ["市住建局负责,市财政局给予资金支持", ["市住建局", "市财政局"]],
  ["市文明办协调，各成员单位落实", ["市文明办", "各成员单位"]],
  // a clause naming its actor after 由 (sanjiao-zhen-trad-catalogue), not the 由 of 自由
  ["制定规范性文件的部门,上级部门制定的规范性文件由对口部门公开", ["制定规范性文件的部门", "对口部门"]],
  ["中国(上海)自由贸易试验区管委会", ["中国(上海)自由贸易试验区管委会"]],
  ["自由贸易试验区管委会", ["自由贸易试验区管委会"]],
  // a verb that opens the rest of a name is part of it
  ["市委组织部", ["市委组织部"]],
  ["县城乡统筹办", ["县城乡统筹办"]],
]);

// The words that open a clause naming who acts — 即 (namely), 由 after a linking, scoping or manner
// word, a demand — are no part of the name, in a cell or a bracket; a place's own name that opens
// with one of their characters (即墨区) or 自由 in a zone's name stays whole.
test.each([
  ["即县水务局牵头", [["县水务局", "lead"]]],
  ["即由各乡镇人民政府负责", [["各乡镇人民政府", "responsible"]]],
  ["均由县财政局负责", [["县财政局", "responsible"]]],
  ["具体由县住建局负责", [["县住建局", "responsible"]]],
  ["统一由市政务服务中心负责", [["市政务服务中心", "responsible"]]],
  ["主要由县教育局负责", [["县教育局", "responsible"]]],
  ["另由县审计局负责", [["县审计局", "responsible"]]],
  ["并统一由市自然资源和规划局组织", [["市自然资源和规划局", "responsible"]]],
  ["要求县卫健委牵头，各乡镇配合", [["县卫健委", "lead"], ["各乡镇", "co"]]],
  ["请示县政府", [["县政府", "responsible"]]],
  ["请求市政府支持", [["市政府", "responsible"]]],
  ["县委宣传部、县文旅局，具体由县文旅局负责", [["县委宣传部", "responsible"], ["县文旅局", "responsible"]]],
  ["市政府办公室（具体由市大数据局负责）", [["市政府办公室", "responsible"], ["市大数据局", "responsible"]]],
  ["县政府办公室(即县财政局负责)", [["县政府办公室", "responsible"], ["县财政局", "responsible"]]],
  ["即墨区商务局", [["即墨区商务局", "responsible"]]],
  ["即墨区教育局牵头，即墨区财政局配合", [["即墨区教育局", "lead"], ["即墨区财政局", "co"]]],
])("a connective opening the clause is no part of the name: %s", (cell, expected) => {
  expect(parseUnits(cell).units.map((u) => [u.name, u.role])).toEqual(expected);
});

// A subject naming the work before 由 (此项工作由…, 上述任务均由…) opens the clause too: the bodies after
// 由 are read, the subject is neither a name nor a remark. Names and catch-alls that open with its
// characters (本溪市, 本级财政, 本单位) stay as they are.
test.each([
  [
    "此项工作由公安分局牵头，区教育体育局、区综治办及相关街道配合",
    [["公安分局", "lead"], ["区教育体育局", "co"], ["区综治办", "co"], ["相关街道", "co"]],
  ],
  ["此项工作由县水务局牵头", [["县水务局", "lead"]]],
  ["此项由县应急管理局牵头，各乡镇配合", [["县应急管理局", "lead"], ["各乡镇", "co"]]],
  ["该工作由市商务局负责", [["市商务局", "responsible"]]],
  ["本项由区住建局牵头", [["区住建局", "lead"]]],
  ["这些措施由县卫健委牵头，县医保局配合", [["县卫健委", "lead"], ["县医保局", "co"]]],
  ["县政府办公室（此项工作由县财政局负责）", [["县政府办公室", "responsible"], ["县财政局", "responsible"]]],
  ["该项任务由县财政局负责", [["县财政局", "responsible"]]],
  ["上述任务均由各乡镇负责落实", [["各乡镇", "responsible"]]],
  ["本溪市财政局", [["本溪市财政局", "responsible"]]],
  ["本级财政", [["本级财政", "responsible"]]],
  ["本单位", [["本单位", "responsible"]]],
])("a subject naming the work before 由 is no part of the name: %s", (cell, expected) => {
  expect(parseUnits(cell).units.map((u) => [u.name, u.role])).toEqual(expected);
});

test.each([
  ["县发改委牵头县财政局配合", [["县发改委", "lead"], ["县财政局", "co"]]],
  ["县卫健委主责，县医保局协同", [["县卫健委", "lead"], ["县医保局", "co"]]],
  ["县卫健委牵头、县医保局参加", [["县卫健委", "lead"], ["县医保局", "co"]]],
  ["区住建局指导各街道", [["区住建局", "responsible"], ["各街道", "responsible"]]],
  ["区住建局联合区财政局", [["区住建局", "responsible"], ["区财政局", "responsible"]]],
  ["县发改委为牵头单位", [["县发改委", "lead"]]],
  ["市财政局作为责任单位", [["市财政局", "responsible"]]],
  ["区住建局、区财政局，各街道按属地原则负责", [["区住建局", "responsible"], ["区财政局", "responsible"], ["各街道", "responsible"]]],
  ["各街道按属地", [["各街道", "responsible"]]],
  // 牵头 followed by the task it takes on, not by a name, stays a role (zhangdian-2023)
  ["区司法局牵头区级规范性文件集中公开工作", [["区司法局", "lead"]]],
  ["市财政局负责牵头", [["市财政局", "lead"]]],
])("a role or action between names closes the first: %s", (cell, expected) => {
  expect(parseUnits(cell).units.map((u) => [u.name, u.role])).toEqual(expected);
});

// 联合 labels a joint column (联合处室) but is no role word in a cell: it is part of a body's name.
test.each([
  ["城关镇联合党委", [["城关镇联合党委", "responsible"]]],
  ["区民政局、区工商业联合会", [["区民政局", "responsible"], ["区工商业联合会", "responsible"]]],
  ["县残疾人联合会、县供销合作联合社", [["县残疾人联合会", "responsible"], ["县供销合作联合社", "responsible"]]],
])("a body whose name holds 联合 stays a body: %s", (cell, expected) => {
  expect(parseUnits(cell).units.map((u) => [u.name, u.role])).toEqual(expected);
});

// 根据需要, 视情况, 按需: when a body takes part, never which; 否 answers a yes-or-no column.
readsNames("a qualifier of need names no unit: %s", [
  ["根据需要", []],
  ["视情况", []],
  ["视需要", []],
  ["按需", []],
  ["根据工作需要", []],
  ["如有需要", []],
  ["否", []],
  ["县财政局根据需要", ["县财政局"]],
  ["县财政局、视情况", ["县财政局"]],
]);

// 配合部门 cells that say who takes part is settled later (另行确定, 待定, 由市政府另行明确): an
// instruction ending on a verb of deciding names no body, not even the one it says will decide.
readsNames("an instruction to decide the bodies later names no unit: %s", [
  ["按市府办通知另行确定", []],
  ["另行确定", []],
  ["待定", []],
  ["根据工作需要确定", []],
  ["视情况确定", []],
  ["由市政府另行明确", []],
  ["由县委组织部确定", []],
  ["视情况而定", []],
  ["县财政局、另行确定", ["县财政局"]],
  ["县财政局，其他单位另行确定", ["县财政局"]],
]);

// A provisional word alone (暂定, 拟定, 初定, 待确定) says the assignment is not settled, as 待定 does:
// it names no body.
readsNames("a provisional word alone names no unit: %s", [
  ["暂定", []],
  ["拟定", []],
  ["初定", []],
  ["（暂定）", []],
  ["县财政局、暂定", ["县财政局"]],
]);

readsNames("a deadline written in the unit cell is no name: %s", [
  ["县住建局(2023年12月底前)", ["县住建局"]],
  ["县住建局，2023年底前完成", ["县住建局"]],
  ["县住建局 2023年12月", ["县住建局"]],
  ["县住建局2023年6月底前", ["县住建局"]],
  ["市直26个试点领域业务主管部门", ["市直26个试点领域业务主管部门"]],
]);

// Names separated by a space or a line break only: the break follows a complete name, which may
// end in a bracket (各镇(办)), a bank (市人行, 中心支行), a co-operative (市供销社) or 各地.
readsNames("names separated by whitespace only: %j", [
  ["各镇(办) 经开区", ["各镇(办)", "经开区"]],
  ["市税务局 市人行 滁州海关", ["市税务局", "市人行", "滁州海关"]],
  ["人民银行潍坊市中心支行\n潍坊银监分局", ["人民银行潍坊市中心支行", "潍坊银监分局"]],
  ["市供销社\n各县(区)政府", ["市供销社", "各县(区)政府"]],
  ["各直属机构\n各县市区政府", ["各直属机构", "各县市区政府"]],
  ["各地 各部门", ["各地", "各部门"]],
  // or the name after it opens with a place or 各 and is complete (zhonglou-2021-mssh, seed 000)
  ["高新园(邹区镇) 各街道", ["高新园(邹区镇)", "各街道"]],
  ["教育文卫 县财政局", ["教育文卫", "县财政局"]],
  ["自然资源 和规划分局", ["自然资源和规划分局"]],
  // a break inside a name still joins it
  ["人力资源和社会\n保障服务中心", ["人力资源和社会保障服务中心"]],
  ["县人力资源和社会保障局", ["县人力资源和社会保障局"]],
  ["各县(市、区) 政府", ["各县(市、区)政府"]],
]);

// A person, a phone number or a share-out written beside the unit is no unit of its own.
readsNames("beside the unit: %j", [
  ["县住建局(张三)", ["县住建局"]],
  ["县住建局 张三", ["县住建局"]],
  ["县住建局\n责任人：张三", ["县住建局"]],
  ["县住建局局长张三", ["县住建局"]],
  ["县住建局主要负责人", ["县住建局"]],
  ["县政府分管领导、县财政局", ["县政府", "县财政局"]],
  // who in the body answers, by their share of its work and their post (issue #9)
  ["县水利局主要负责同志", ["县水利局"]],
  ["縣衛健局分管負責同志", ["县卫健局"]],
  ["县住建局常务副局长", ["县住建局"]],
  ["住建局、各乡镇场主要负责人", ["住建局", "各乡镇场"]], // fuyu-rjhj-duban's list, its catch-all's heads
  ["各县(市、区)政府主要负责同志", ["各县(市、区)政府"]],
  ["县政府办公室常务副主任、县大数据中心主任", ["县政府办公室", "县大数据中心"]],
  ["县防汛抗旱指挥部领导小组", ["县防汛抗旱指挥部领导小组"]],
  // a body whose own name holds a post's title stays whole
  ["县委书记处", ["县委书记处"]],
  ["市政府主任办公室、市长热线办公室", ["市政府主任办公室", "市长热线办公室"]],
  ["县委书记处主要领导", ["县委书记处"]],
  ["县住建局(局长：张三)", ["县住建局"]],
  ["县住建局 0571-88888888", ["县住建局"]],
  ["县住建局、县财政局(按职责分工负责)", ["县住建局", "县财政局"]],
  ["县住建局(按职责分工)", ["县住建局"]],
  ["①市住建局②市财政局", ["市住建局", "市财政局"]],
  ["市住建局为主，市财政局配合", ["市住建局", "市财政局"]],
  // a person named alone stays: the cell names nobody else
  ["何海平", ["何海平"]],
  // places and bodies that start like a surname are no persons
  ["高新区、金融办", ["高新区", "金融办"]],
  // a bracket inside a name (an office serving two fields) is part of it, however like a person its words read
  ["政法(应急)办、派出所", ["政法(应急)办", "派出所"]],
  ["镇综治（应急）办牵头", ["镇综治(应急)办"]],
]);

// 盟 / 旗 / 苏木 / 嘎查 (Inner Mongolia) and 镇 / 乡 are places like 市 / 县: a name run on after a
// body's suffix starts a new name, and a list of levels is a catch-all.
readsNames("other places: %s", [
  ["旗发改委旗财政局", ["旗发改委", "旗财政局"]],
  ["盟发改委、盟财政局", ["盟发改委", "盟财政局"]],
  ["镇党政办镇财政所", ["镇党政办", "镇财政所"]],
  ["旗直各部门、各苏木乡镇", ["旗直各部门", "各苏木乡镇"]],
]);

test.each(["苏木乡镇", "嘎查村", "旗县区人民政府", "苏木乡镇人民政府"])("%s names a level: a catch-all", (name) => {
  expect(isCatchAll(name)).toBe(true);
});

test.each(["旗政府", "盟行政公署办公室", "XX旗人民政府"])("%s is one body", (name) => {
  expect(isCatchAll(name)).toBe(false);
});

// ---------------------------------------------------------------- cells from the 2016–2025 plans added
// for their unit cells (test/genre: hunan-2016-bmfg, xinjianqu-2024-msss-progress, tongliang-2025-gzbg-progress,
// jiangbei-2023-msss-trad, jishui-msss-progress, nanchangxian-2024-msss, fuyu-rjhj-duban, tongchuan-2025-gzbg,
// jiayu-2021-gzbg, shapingba-2022-gzbg-lag)

/** Each cell reads as the names given, in order, each with its role (* marks a catch-all). */
function readsRoles(title: string, cases: [string, string[]][]): void {
  test.each(cases)(title, (cell, expected) => {
    const got = parseUnits(cell).units.map((u) => `${u.name}${u.generic ? "*" : ""}${u.role === "responsible" ? "" : `:${u.role}`}`);
    expect(got).toEqual(expected);
  });
}

// Posts (分管副省长, 协管副秘书长, 分管副县长 and a name) answer for a task; they are not bodies.
readsRoles("posts and persons beside the units are no units: %j", [
  ["分管副省长、协管副秘书长负责,省科技厅牵头", ["省科技厅:lead"]], // hunan-2016-bmfg
  // a post ends an item as a name does: a space, a line break or 和 after it separates
  ["分管副省长 协管副秘书长负责,省科技厅牵头", ["省科技厅:lead"]],
  ["分管副省长\n协管副秘书长负责,省科技厅牵头", ["省科技厅:lead"]],
  ["分管副省长和协管副秘书长负责,省科技厅牵头", ["省科技厅:lead"]],
  ["县住建局 张三 13800000000", ["县住建局"]],
  ["张三（县住建局）", ["县住建局"]],
  ["高新园(邹区镇) 各街道", ["高新园(邹区镇)", "各街道*"]], // zhonglou-2021-mssh: a zone and its town, no person
  ["分管副县长王某某，县住建局", ["县住建局"]],
  ["责任领导：李四 责任单位：县住建局", ["县住建局"]],
]);

// A role word for each unit named (分别, 各自, 共同) reaches back over commas and semicolons; a plain
// one after a comma is its own clause's (A，B配合: A is not asked to assist).
readsRoles("a role for each unit named reaches back over commas: %j", [
  ["市金融办，人民银行潍坊市中心支行，潍坊银监分局分别牵头落实", ["市金融办:lead", "人民银行潍坊市中心支行:lead", "潍坊银监分局:lead"]], // weifang-2017
  ["市金融办；潍坊银监分局分别牵头落实", ["市金融办:lead", "潍坊银监分局:lead"]],
  ["县财政局牵头，县税务局，县统计局分别配合", ["县财政局:lead", "县税务局:co", "县统计局:co"]],
  ["县财政局，县税务局配合", ["县财政局", "县税务局:co"]],
]);

// 分管副县长 after 县政府 is the county leader who answers for the task, a post of the area's government
// (POST_HOLDER), not the head of a body; 各级, 县级 are the rank of the leaders: such a cell names no
// body (a leader column's cell).
readsRoles("a leader of the area's government after its body, or of a rank, is a post: %j", [
  ["县政府分管副县长", ["县政府分管副县长*"]],
  ["各级主要领导", ["各级主要领导*"]],
  ["县级领导", ["县级领导*"]],
]);

test("a cell naming only posts keeps them: it names nobody else", () => {
  expect(parseUnits("县长、分管副县长").units.map((u) => u.name)).toEqual(["县长", "分管副县长"]);
});

// A post ends in a title, not in a body's suffix: whoever holds it, it is no specific unit, so a
// list of posts and catch-alls is generic. Posts and bodies as 河长制 and county documents name them
// (镇巴县人民政府工作规则 2024: 县长、副县长; a 河长制 work list: 各级河长, 河长办, 河道专管员,
// 成员单位联席会议; a town's 河长制 考核办法: 村级河长, 镇长办公室; 设立总河长; 泗县丁湖镇 巡河要求:
// 镇级河长, 村级河长).
readsRoles("a post is no specific unit: %j", [
  ["县长", ["县长*"]],
  ["各级河长、河道专管员", ["各级河长*", "河道专管员*"]],
  ["村级河长", ["村级河长*"]],
  ["镇级河长、村级河长", ["镇级河长*", "村级河长*"]],
  ["总河长、各成员单位", ["总河长*", "各成员单位*"]],
  // a body whose name holds a title is still a body; a named person is someone
  ["镇长办公室", ["镇长办公室"]],
  ["总河长、河长办", ["总河长*", "河长办"]],
  ["王副县长", ["王副县长"]],
]);

test("a list of posts and catch-alls is generic", () => {
  expect(unitStatus(parseUnits("县长、各级河长、各级河长制办公室、联席会议成员单位").units)).toBe("generic");
  expect(unitStatus(parseUnits("总河长、县水利局").units)).toBe("ok");
});

// A later sentence with a remark comments on the list (hunan-2016-bmfg; that the first listed leads is
// read for the whole sheet, see read.ts).
readsRoles("a later sentence with a remark assigns nothing: %j", [
  ["分管副省长、协管副秘书长负责,省科技厅牵头。明确牵头部门的,其他有关部门配合,不逐一列出,下同", ["省科技厅:lead"]],
  [
    "分管副省长、协管副秘书长负责,省科技厅、省发改委、省经信委、省教育厅、省财政厅、省地税局、省国税局等负责。列第一位的为牵头部门,其他部门和单位按职责分工负责,下同",
    ["省科技厅", "省发改委", "省经信委", "省教育厅", "省财政厅", "省地税局", "省国税局"],
  ],
  // a first sentence is the assignment itself, remark or not
  ["以下均需各县市区落实，不再逐一列出", []],
]);

// 牵头 said in prose: before or after the name, with 为 / 是 / 作为, or as the first-listed rule in brackets.
readsRoles("a lead said in prose: %j", [
  ["牵头单位为县住建局", ["县住建局:lead"]],
  ["县住建局是牵头单位", ["县住建局:lead"]],
  ["县住建局为主责单位", ["县住建局:lead"]],
  // 为主 (the work falls mainly to it) beside 配合 marks the lead as 牵头 does; 为主责单位 stays 为 + a label.
  ["市住建局为主，市财政局配合", ["市住建局:lead", "市财政局:co"]],
  ["以县住建局为主，各乡镇配合", ["县住建局:lead", "各乡镇*:co"]],
  ["县住建局、县财政局（排名第一的为牵头单位）", ["县住建局", "县财政局"]],
  ["县第一中学", ["县第一中学"]],
  ["县发改局总牵头，县财政局配合", ["县发改局:lead", "县财政局:co"]],
  // a bracket after the list names which of the listed leads: not the first one here
  ["县财政局、县发改局（县发改局为牵头单位）", ["县财政局", "县发改局:lead"]],
  ["县财政局、县发改局，其中县发改局牵头", ["县财政局", "县发改局:lead"]],
  ["县发改局（牵头单位），县财政局（责任单位）", ["县发改局:lead", "县财政局"]],
]);

// Lists labelled inside one cell: 主要 marks the lead; a responsible list labelled beside a
// co-operating one leads as the columns 责任单位 | 配合单位 do; nothing else names a lead.
function readsLead(title: string, cases: [string, string[], string | null][]): void {
  test.each(cases)(title, (cell, names, lead) => {
    const got = parseUnits(cell);
    expect([got.units.map((u) => u.name), got.markedLead]).toEqual([names, lead]);
  });
}
readsLead("labelled lists in one cell: %j", [
  ["主要责任单位：县发改局；其他责任单位：县财政局", ["县发改局", "县财政局"], "县发改局"],
  ["责任主体：县发改局；协同单位：县财政局", ["县发改局", "县财政局"], "县发改局"],
  ["责任单位：县住建局、县发改局 配合单位：县财政局", ["县住建局", "县发改局", "县财政局"], "县住建局"],
  ["配合单位：县财政局、县统计局", ["县财政局", "县统计局"], null],
  ["责任单位：县住建局、县发改局", ["县住建局", "县发改局"], null],
  ["县住建局、县发改局，县财政局配合", ["县住建局", "县发改局", "县财政局"], null],
]);

// A bracket after a name: another name for it (kept), a remark on it (dropped), another unit with
// what it does (a unit of its own), or the column's label (dropped).
readsRoles("a bracket after a name: %j", [
  ["南昌市政大道房地产有限公司(开发商配建学校项目)", ["南昌市政大道房地产有限公司"]], // xinjianqu-2024-msss-progress
  ["区教体局(区国资公司代建)", ["区教体局", "区国资公司"]],
  ["县城投公司（县住建局监管）", ["县城投公司", "县住建局"]],
  ["县住建局(县财政局配合)", ["县住建局", "县财政局:co"]],
  ["区城市管理局(区整违办)", ["区城市管理局(区整违办)"]], // shapingba-2022-gzbg-lag
  ["[牵头单位:县发改局(粮食局);责任单位:各镇人民政府,嘉鱼经济开发区]", ["县发改局(粮食局):lead", "各镇人民政府*", "嘉鱼经济开发区"]], // jiayu-2021-gzbg
  ["县住建局（业主单位）", ["县住建局"]],
  ["业主单位：县城投公司", ["县城投公司"]],
  ["牵头单位：县住建局；业主单位：县城投公司", ["县住建局:lead", "县城投公司"]],
]);

// A bracket saying the assignment is provisional (待定, 暂定, 拟定) is a remark on it: the unit is the body named.
readsRoles("a bracket saying the assignment is provisional: %j", [
  ["县住建局(待定)", ["县住建局"]],
  ["市文旅局（暂定）", ["市文旅局"]],
  ["县住建局（拟定）、县财政局", ["县住建局", "县财政局"]],
  ["县教体局（初定）牵头，县财政局配合", ["县教体局:lead", "县财政局:co"]],
  ["牵头单位：市发改委（待确定）；配合单位：市财政局", ["市发改委:lead", "市财政局:co"]],
]);

// A bracket giving a role said to be provisional (暂定牵头, 牵头，暂定): the role, the remark dropped.
readsRoles("a bracket giving a provisional role: %j", [
  ["县住建局(暂定牵头)", ["县住建局:lead"]],
  ["县住建局（牵头，暂定）", ["县住建局:lead"]],
  ["县住建局（拟定牵头）、县财政局（配合，拟定）", ["县住建局:lead", "县财政局:co"]],
  ["市卫健委（暂定为牵头单位）、市医保局", ["市卫健委:lead", "市医保局"]],
  ["市卫健委(初定牵头)市医保局", ["市卫健委:lead", "市医保局"]],
]);

// An inspection list's item that is a whole bracket of bodies and their role (平江 / 大姚-shaped
// 双随机 plans): those bodies in that role, not a name "(…配合)"; it reaches no item before it.
readsRoles("a list item that is a whole bracket of bodies and their role: %j", [
  ["局种植业和农药管理股、(县市场监管局配合)", ["局种植业和农药管理股", "县市场监管局:co"]],
  ["县农业农村局、（县市场监管局配合）", ["县农业农村局", "县市场监管局:co"]],
  ["县农业农村局、(县市场监管局协助)", ["县农业农村局", "县市场监管局:co"]],
  ["县农业农村局、（县市场监管局参与）、县林业局", ["县农业农村局", "县市场监管局:co", "县林业局"]],
  ["县农业农村局、（县市场监管局、县公安局配合）", ["县农业农村局", "县市场监管局:co", "县公安局:co"]],
  ["县农业农村局；(县市场监管局、县卫健局协助)", ["县农业农村局", "县市场监管局:co", "县卫健局:co"]],
]);

// Line breaks: between names, inside a wrapped name, and inside prose that follows a name.
readsRoles("line breaks in a unit cell: %j", [
  ["区农业农村委\n区林业局\n区供销联社\n区畜牧业发展中心", ["区农业农村委", "区林业局", "区供销联社", "区畜牧业发展中心"]], // tongliang-2025-gzbg-progress
  ["區(qū)綜合行政\n執(zhí)法局\n區(qū)公建中心", ["区综合行政执法局", "区公建中心"]], // jiangbei-2023-msss-trad
  ["區(qū)新興產業(yè)\n服務中心", ["区新兴产业服务中心"]],
  ["县教育局\n负责统筹协调全县\n学校安全工作", ["县教育局"]],
  ["县教育局，负责统筹协调全县学校安全工作", ["县教育局"]],
  ["县住建局负责城区、\n各乡镇负责农村", ["县住建局", "各乡镇*"]],
  ["县教育局（负责\n中小学）", ["县教育局"]],
  ["县市场监管局\n（县食安办）", ["县市场监管局(县食安办)"]],
  ["县住建局\n(2)县财政局", ["县住建局", "县财政局"]],
  // two actions in a row are one action, not the start of a name
  ["县住建局督促指导各乡镇落实", ["县住建局", "各乡镇*"]],
  ["县住建局\n配合单位：县财政局", ["县住建局", "县财政局:co"]],
]);

// State companies and bodies written without their place are units; catch-alls keep their scope.
readsRoles("companies, names without a place, scoped catch-alls: %j", [
  ["江西洪城水业环保公司、属地乡镇", ["江西洪城水业环保公司", "属地乡镇*"]], // nanchangxian-2024-msss
  ["区城管局 区水投", ["区城管局", "区水投"]], // xinjianqu-2024-msss-progress
  ["县教体局 各相关乡镇政府", ["县教体局", "各相关乡镇政府*"]], // jishui-msss-progress
  ["农机服务中心、农业局、林业局、交通局、各乡镇场", ["农机服务中心", "农业局", "林业局", "交通局", "各乡镇场*"]], // fuyu-rjhj-duban
  ["城市管理执法大队、各乡镇场", ["城市管理执法大队", "各乡镇场*"]],
  ["市商务局、市交通运输局、市邮政管理局负责", ["市商务局", "市交通运输局", "市邮政管理局"]], // tongchuan-2025-gzbg
  ["县住建局等部门按职能职责", ["县住建局"]],
  ["各镇党委、政府", ["各镇党委、政府*"]], // the towns' governments are more heads of 各镇: one catch-all (issue 9)
  ["各村党支部、村委会", ["各村党支部*", "村委会*"]],
]);

// Run together: a body's suffix, then 各 and a level or a town named in full, starts a new name; a
// place and a branch (县分局) is the body's own branch; 各 and any part of a body (各部门, 各市场监管所,
// 各工作组) is every one within it (issue #9).
readsRoles("run together: %j", [
  ["县住建局城关镇人民政府", ["县住建局", "城关镇人民政府"]],
  ["县财政局各乡镇", ["县财政局", "各乡镇*"]],
  ["县市场监管局各市场监管所", ["县市场监管局各市场监管所*"]],
  ["县政府各部门", ["县政府各部门*"]],
  ["市生态环境局县分局", ["市生态环境局县分局"]],
  ["县公安局城关派出所", ["县公安局城关派出所"]],
  ["县供电公司县水务公司", ["县供电公司", "县水务公司"]],
  ["县市场监管局监管所", ["县市场监管局监管所"]],
  ["县总工会团县委县妇联", ["县总工会", "团县委", "县妇联"]],
]);

// A county or town named in full is a unit; a space after it ends it (counties of 商丘).
readsRoles("places named in full: %j", [
  ["宁陵县 柘城县 睢县", ["宁陵县", "柘城县", "睢县"]],
  ["宁陵县 人民政府", ["宁陵县人民政府"]],
  ["西华镇 东夏镇", ["西华镇", "东夏镇"]],
]);

// Issue #9: a place's own name may end in a character that is also a body's suffix, right before its
// level (雨花台区 of 南京, 兴隆台区 of 盘锦, 中后所镇 / 沙后所镇 of 葫芦岛, 馆陶县, 站前区, 中站区): the
// level and what follows are that place's body, alone, in a list, with a role, written in traditional
// characters or after the city's name.
readsRoles("a place whose own name ends in a suffix's character: %j", [
  ["雨花台区人民政府", ["雨花台区人民政府"]],
  ["鼓楼区人民政府、雨花台区人民政府、站前区政府", ["鼓楼区人民政府", "雨花台区人民政府", "站前区政府"]],
  ["雨花台区教育局牵头，雨花台区财政局配合", ["雨花台区教育局:lead", "雨花台区财政局:co"]],
  ["兴隆台区人民政府、馆陶县教育局", ["兴隆台区人民政府", "馆陶县教育局"]],
  ["南京市雨花台区人民政府", ["南京市雨花台区人民政府"]],
  ["雨花臺區人民政府、興隆臺區衛生健康局", ["雨花台区人民政府", "兴隆台区卫生健康局"]],
  ["中后所镇人民政府、沙后所镇政府", ["中后所镇人民政府", "沙后所镇政府"]],
  ["站前区卫健局、中站区人民政府", ["站前区卫健局", "中站区人民政府"]],
]);

// …and after the name of the city or county it lies in, where the lower tier of its level says it is
// a place within that one (焦作市中站区, 南充市南部县, 葫芦岛 绥中县中后所镇), whatever body follows.
readsRoles("such a place after the place it lies in: %j", [
  ["焦作市中站区卫健局、南充市南部县教育局", ["焦作市中站区卫健局", "南充市南部县教育局"]],
  ["焦作市中站区人民政府牵头，南充市南部县人民政府配合", ["焦作市中站区人民政府:lead", "南充市南部县人民政府:co"]],
  ["绥中县中后所镇人民政府", ["绥中县中后所镇人民政府"]],
  ["焦作市中站區衛生健康委員會", ["焦作市中站区卫生健康委员会"]],
]);

// …while a body that stands alone, its suffix the same character, still ends before a level that
// opens a name of its own (a body with its place, or a level's government after a body with its own
// level); a place and a branch is still the body's branch.
readsRoles("a body ending in such a character, run together with the next: %j", [
  ["县电视台县广播站", ["县电视台", "县广播站"]],
  ["市气象台区气象站", ["市气象台", "区气象站"]],
  ["市广播电台县教育局", ["市广播电台", "县教育局"]],
  ["市地震台县应急管理局", ["市地震台", "县应急管理局"]],
  ["县财政局县人民政府", ["县财政局", "县人民政府"]],
  ["规划局县卫健局", ["规划局", "县卫健局"]],
  ["县文化馆县图书馆", ["县文化馆", "县图书馆"]],
  ["市法院区法院", ["市法院", "区法院"]],
  // (a level of the same tier after a place named in full opens no place within it)
  ["汾阳市法院市检察院", ["汾阳市法院", "市检察院"]],
  ["合阳县党校县图书馆", ["合阳县党校", "县图书馆"]],
  // (妇联, 科协 are abbreviations no place's own name ends in)
  ["焦作市妇联区卫健委", ["焦作市妇联", "区卫健委"]],
  ["市公安局区分局", ["市公安局区分局"]],
]);

// ---------------------------------------------------------------- unit cells as a clerk reads them (issue #9:
// tongshan-2022-cwdc, yazhou-cwgw-dc, puyang-wscs-jiaoban, hangzhou-2015-hlw, lishan-2023, zhonglou-2021-mssh,
// and published addressee and duty lines)

// Issue #9: X部门 after a place is that place's body of field X, one a clerk hands the task to; it is a
// catch-all when X names the department's relation to the task (相关, 对口, 起草, 市直), a 的-clause, or
// nothing (district-wsjk-catalogue-trad, sanjiao-zhen-trad-catalogue, zhaohua-2022-zdxzjc-mulu, seed-000).
readsRoles("a field's department at a place is one body: %j", [
  ["区教育部门牵头，区财政局配合", ["区教育部门:lead", "区财政局:co"]],
  ["县林业部门、县级林业主管部门", ["县林业部门", "县级林业主管部门"]],
  ["市、区生态环境部门", ["市、区生态环境部门"]],
  ["市、县两级教育部门负责", ["市、县两级教育部门"]],
  ["省、市发展改革部门", ["省、市发展改革部门"]],
  ["区卫生健康行政部门", ["区卫生健康行政部门"]],
  ["制定文件的部门", ["制定文件的部门*"]],
  ["区级相关部门", ["区级相关部门*"]],
  ["各县（市、区）教育部门", ["各县(市、区)教育部门*"]],
  ["政策起草部门、相关业务对口部门", ["政策起草部门*", "相关业务对口部门*"]],
]);

// A zone a management committee runs is a place with bodies of its own: its department of a field
// is one body, however long the zone's name (its own name, the words of its kind, its zone's word),
// and whatever a place's shape ends inside it (焦作城乡 of 焦作城乡一体化示范区). The words of a kind
// of zone alone name every zone of that kind; a body's name and 及 or 与 end a name, never a zone's.
readsRoles("a zone's bodies: %j", [
  ["唐山高新技术产业开发区交通运输部门牵头，唐山市财政局配合", ["唐山高新技术产业开发区交通运输部门:lead", "唐山市财政局:co"]],
  ["郑州航空港经济综合实验区建设部门、新郑市自然资源部门", ["郑州航空港经济综合实验区建设部门", "新郑市自然资源部门"]],
  ["焦作城乡一体化示范区规划建设部门", ["焦作城乡一体化示范区规划建设部门"]],
  ["经济技术开发区交通运输部门", ["经济技术开发区交通运输部门*"]],
  ["县海洋与渔业局及兴汉新区管委会", ["县海洋与渔业局", "兴汉新区管委会"]],
  ["市规划和自然资源局及高新区党工委和管委会", ["市规划和自然资源局", "高新区党工委和管委会"]],
]);

// Single levels before the body they all end in are one group, whatever the body (the convention
// of 各县、市、区政府); after a level below the county, a body of its own starts a new name.
readsRoles("levels sharing one body: %j", [
  ["各市、县（区）财政局", ["各市、县(区)财政局*"]], // 安徽省财政厅, 2024
  ["各市、县（市、区）人民政府，省政府直属各单位", ["各市、县(市、区)人民政府*", "省政府直属各单位*"]], // 浙江省政府 addressees
  // a field's department at each level listed (issue #9)
  ["市、县（市、区）卫生行政部门负责辖区内基本药物采购的监管", ["市、县(市、区)卫生行政部门"]], // 福建, 基本药物制度
  ["市级、县级财政部门", ["市级、县级财政部门"]],
  ["市、县（市、区）人民政府牵头组织安全论证", ["市、县(市、区)人民政府*:lead"]], // 压覆矿产 审批
  ["市、县（区）财政局按职责分工负责", ["市、县(区)财政局"]],
  ["各县、市、区政府等", ["各县、市、区政府*"]],
  // a count closing the levels names them all, with no body after it
  ["县、乡、村三级", ["县、乡、村三级*"]],
  ["[市科委牵头,会同市经信委、市发改委和各区、县(市)政府负责]", ["市科委:lead", "市经信委:co", "市发改委:co", "各区、县(市)政府*:co"]], // hangzhou-2015-hlw
  ["各街道、区直各部门", ["各街道*", "区直各部门*"]], // lishan-2023
  ["高新园(邹区镇) 各街道、市国有公司", ["高新园(邹区镇)", "各街道*", "市国有公司"]], // zhonglou-2021-mssh
]);

// A bracket labelled 责任单位： names the units; the place or the problem it closes names none,
// even a place named after a body (交通运输局小区).
readsNames("a labelled bracket after a place or a problem: %j", [
  ["1、兴滨三巷,艾莎布艺店门前违规停车,占用人行道。(责任单位:市综合行政执法局崖州分局)", ["市综合行政执法局崖州分局"]], // yazhou-cwgw-dc, as printed
  ["4、交通运输局小区- 外墙破旧横幅\n(责任单位:洋都社区)", ["洋都社区"]], // tongshan-2022-cwdc, as printed
  ["(责任单位:住建局)", ["住建局"]],
  ["责任单位:华龙区人民办。", ["华龙区人民办"]], // puyang-wscs-jiaoban
  ["县人民医院（牵头单位：县卫健局，配合单位：县医保局）", ["县卫健局", "县医保局"]],
  ["南滨农贸市场(责任单位:区住建局、各镇(街道))", ["区住建局", "各镇(街道)"]],
  ["责任单位：县住建局（配合单位：县财政局）", ["县住建局", "县财政局"]],
  // a bracket without a label is still another name of the body, or a remark on it
  ["区城市管理局(区整违办)", ["区城市管理局(区整违办)"]],
]);

// A field label other than a unit's written in the cell (整改时限：, 联系电话：) opens no unit; a
// qualifier before 责任单位： (问题整改责任单位：) still labels the unit list.
readsNames("field labels in the unit cell: %j", [
  ["责任单位:华龙区人民办。 整改时限:4月19日前", ["华龙区人民办"]],
  ["问题整改责任单位:华龙区建设办 整改时限:3天", ["华龙区建设办"]],
  ["整改责任单位：开发区昆吾办，联系电话：0393-4414888", ["开发区昆吾办"]],
  ["主要责任单位：县发改局；其他责任单位：县财政局", ["县发改局", "县财政局"]],
]);

// Beside who does the work, a cell gives fields of other things: an area, a time, funds, a target.
// A label whose head names such a thing (范围, 时限, 来源, 指标, 目标; 地区 after a word of the area's
// part, 试点地区) opens a field, and it names no unit up to the next label of bodies — its places
// (杭州、宁波) and levels (县级财政) included.
readsRoles("a field of another thing names no unit, up to the next label of bodies: %j", [
  ["负责部门：人力资源社会保障部、住房城乡建设部、商务部；适用范围：所有自贸试验区", ["人力资源社会保障部", "住房城乡建设部", "商务部"]],
  ["牵头单位：县发改局；配合单位：县财政局；实施范围：全县各乡镇", ["县发改局:lead", "县财政局:co"]],
  ["责任单位：市住建局；完成时限：2024年底；资金来源：市级财政", ["市住建局"]],
  ["责任单位：区农业农村局；考核指标：新增高标准农田2万亩", ["区农业农村局"]],
  ["牵头：省工信厅；试点地区：杭州、宁波", ["省工信厅:lead"]],
  ["牵头单位：市科技局，试点区域：高新区、经开区，工作目标：培育高新技术企业50家", ["市科技局:lead"]],
  ["责任单位：县林业局；责任片区：城关镇、东关镇", ["县林业局"]],
  // the next label of bodies ends the field, a scope label too
  ["实施范围：全县各乡镇；牵头单位：县农业农村局；配合单位：县财政局、县水利局", ["县农业农村局:lead", "县财政局:co", "县水利局:co"]],
  ["责任范围：全县林区\n责任单位：县林业局、各乡镇", ["县林业局", "各乡镇*"]],
  ["部内：规划司；适用范围：高速公路；地方：各省级交通运输主管部门", ["规划司", "各省级交通运输主管部门*"]],
]);

// A field's head may be followed by a body's suffix (建设项目：城东污水处理厂, a plant to be built); a label
// of any head followed by no body's nor place's name (工作思路：, 推进机制：) is a field too, not a group.
readsRoles("a field whose item is a thing, not a body, names no unit: %j", [
  ["责任单位：县住建局；建设项目：城东污水处理厂", ["县住建局"]],
  ["牵头单位：县发改局；总投资：5000万元；重点领域：城镇老旧小区改造", ["县发改局:lead"]],
  ["责任单位：县农业农村局；工作思路：以点带面、整体推进", ["县农业农村局"]],
  ["牵头单位：市营商办；推进机制：月调度、季通报；配合单位：市发改委", ["市营商办:lead", "市发改委:co"]],
]);

// A label whose head is a body's word is one of bodies, whatever its first words speak of (数据来源,
// 试点地区); so is a label of persons (联系人：), and words a level opens or a quantifier holds are the
// bodies speaking (市本级：, 各乡镇：).
readsRoles("a label of bodies holding a field's word still names them: %j", [
  ["责任单位：县发改局；数据来源单位：县统计局", ["县发改局", "县统计局:co"]],
  ["试点地区责任单位：各试点县人民政府", ["各试点县人民政府*"]],
  ["责任单位：县住建局；资金保障方：县财政局", ["县住建局", "县财政局:co"]],
  ["局内：管理司；省份：各类省份必做", ["管理司", "各类省份*"]],
  ["各乡镇：负责辖区内排查整治", ["各乡镇*"]],
]);

// 主体责任：, 监管责任：, 属地责任：: the kind of responsibility a label names before 责任 is borne by the
// bodies after it, as after 责任单位：.
readsRoles("a label of a kind of responsibility names the bodies bearing it: %j", [
  ["主体责任：各乡镇；监管责任：县市场监管局", ["各乡镇*", "县市场监管局"]],
  ["属地责任：各乡镇；监管责任：县应急局", ["各乡镇*", "县应急局"]],
  ["直接责任：县住建局\n第一责任：县人民政府", ["县住建局", "县人民政府"]],
  ["属地责任：各县（市、区）人民政府；行业监管责任：市交通运输局、市住建局", ["各县(市、区)人民政府*", "市交通运输局", "市住建局"]],
  ["主体责任：各乡镇；配合单位：县财政局", ["各乡镇*", "县财政局:co"]],
  // a tier may open it, as it opens a role label (市级牵头部门：)
  ["市级主体责任：各区人民政府；县级监管责任：县市场监管局", ["各区人民政府*", "县市场监管局"]],
]);

// It states their role as 责任单位： does: beside co-operating bodies the one bearing it leads, and in a
// column of another role its bodies are still responsible.
test("a label of a kind of responsibility states the role of its bodies", () => {
  expect(parseUnits("主体责任：县住建局；配合单位：县财政局、各乡镇").markedLead).toBe("县住建局");
  expect(parseUnits("监管责任：县市场监管局", { defaultRole: "co" }).units).toEqual([{ name: "县市场监管局", role: "responsible", generic: false }]);
});

// A label of no role and no field's head groups the bodies after it — by place (杭州：), zone (高新区：,
// 园区外：), tier or kind (城区：, 农村：, 重点：): it is no part of their names, and it ends a field
// before it as a scope label does. 地区 after a place's own name is that place (阿克苏地区：).
readsRoles("a label grouping bodies by place, zone or kind is no part of their names: %j", [
  ["城区：区城管局；农村：各乡镇", ["区城管局", "各乡镇*"]],
  ["园区内：经济技术开发区；园区外：长沙县", ["经济技术开发区", "长沙县"]],
  ["杭州：杭州市科技局；宁波：宁波市科技局", ["杭州市科技局", "宁波市科技局"]],
  ["主城区：市城管局、市住建局；远城区：各区人民政府", ["市城管局", "市住建局", "各区人民政府*"]],
  ["高新区：高新区管委会", ["高新区管委会"]],
  ["中心城区：市城管局", ["市城管局"]],
  ["阿克苏地区：地区行署", ["地区行署"]],
  ["重点：县发改局；一般：各乡镇", ["县发改局", "各乡镇*"]],
  ["牵头单位：市商务局；南沙片区：南沙区人民政府；前海片区：前海管理局", ["市商务局:lead", "南沙区人民政府", "前海管理局"]],
  // a grouping label ends the field before it
  ["试点地区：杭州、宁波；城区：区城管局", ["区城管局"]],
]);

// A body's own name before a colon, with its person or its duty after (no body's name), is the body:
// no label to drop. (What the cell reads after the colon is another matter; the body is not lost.)
test.each(["办公室：张三", "综合科：负责汇总报送", "城关镇：负责辖区内排查"])("a body's own name before a colon is no label grouping bodies: %s", (cell) => {
  expect(parseUnits(cell).units.map((u) => u.name.split(/[:：]/u)[0])).toEqual([cell.split("：")[0]]);
});

// (a cell naming persons only keeps them, as it did before: see parseUnits)
test.each(["联系人：张三", "分管领导：李明"])("a label of persons opens no field of another thing: %s", (cell) => {
  expect(parseUnits(cell).units).toHaveLength(1);
});

// Labels of a part other than the familiar roles, in target-split plans (数据来源单位：, 数据提供单位：,
// 统计口径单位：, 考核单位：, 监测单位：, 督办科室：): the label is no part of a name, the bodies after it
// take part in the task (co-operating: the sheet goes to them), and only a lead label makes a lead.
readsRoles("a label of another part opens a list of bodies that take part: %j", [
  ["牵头单位:市商务局;责任单位:市发改委、市住建局;数据来源单位:市统计局", ["市商务局:lead", "市发改委", "市住建局", "市统计局:co"]],
  ["牵头单位：市商务局；责任单位：市发改委、市住建局；数据提供单位：国家统计局宜昌调查队", ["市商务局:lead", "市发改委", "市住建局", "国家统计局宜昌调查队:co"]],
  ["牵头单位:市商务局,统计口径单位:市统计局、国家统计局宜昌调查队", ["市商务局:lead", "市统计局:co", "国家统计局宜昌调查队:co"]],
  ["牵头部门：县农业农村局；考核单位：县委农办；监测单位：县生态环境局、县水利局", ["县农业农村局:lead", "县委农办:co", "县生态环境局:co", "县水利局:co"]],
  ["牵头单位：区教育局；督办科室：区政府督查室", ["区教育局:lead", "区政府督查室:co"]],
  ["牵头单位：市商务局\n数据来源单位：市统计局", ["市商务局:lead", "市统计局:co"]], // a line each
  ["责任单位：县住建局；数据提供方：县统计局", ["县住建局", "县统计局:co"]],
  // 具体负责单位：, like 问题整改责任单位：, words before a role word: the role word still gives the role
  ["具体负责单位：县住建局；配合单位：县财政局", ["县住建局", "县财政局:co"]],
  // words that scope bodies themselves are the bodies, not a label
  ["县直各单位：负责做好本单位政务公开", ["县直各单位*"]],
]);

test.each([
  ["责任单位：市发改委；数据来源单位：市统计局", null],
  ["数据来源单位：市统计局；责任单位：市发改委；配合单位：市财政局", "市发改委"],
  ["考核单位：市统计局；牵头单位：市商务局", "市商务局"],
])("a label of another part makes no lead: %s", (cell, lead) => {
  expect(parseUnits(cell).markedLead).toBe(lead);
});

// The grammar, not a list: any words ending in a noun for bodies, with a colon, opening a clause.
const PART_LABELS = ["数据来源单位", "数据提供部门", "统计口径单位", "考核机构", "监测处室", "督办科室", "指标审核单位"];
test.each(PART_LABELS.flatMap((label, i) => ["：", ":"].map((colon) => [`${label}${colon}`, PLACED[1 + i * 4]])))(
  "%s labels %s, and is no part of it",
  (label, name) => {
    expect(parseUnits(`牵头单位：${PLACED[0]}；${label}${name}`).units.map((u) => [u.name, u.role])).toEqual([
      [PLACED[0], "lead"],
      [name, "co"],
    ]);
  },
);

// Catch-alls with a list in brackets of any pair: one generic unit, whatever its role.
readsRoles("a catch-all bracketing a list of kinds: %j", [
  ["各处〈室、局〉", ["各处〈室、局〉*"]],
  ["相关科〈室、站〉", ["相关科〈室、站〉*"]],
  ["县农业农村局牵头，相关科‹室、站›配合", ["县农业农村局:lead", "相关科‹室、站›*:co"]],
  ["牵头单位：市水利局；责任单位：各处〈室、局〉、各县〈市、区〉人民政府", ["市水利局:lead", "各处〈室、局〉*", "各县〈市、区〉人民政府*"]],
]);

// Role words: 主办 leads and 协办 co-operates like 牵头 / 配合; 分别负责 and a trailing 负责的 are
// roles, never parts of a name; 等 with a count (等10个部门) only counts the listed.
readsRoles("role words around the names: %j", [
  ["市住建局（主办）、市自然资源局（协办）", ["市住建局:lead", "市自然资源局:co"]],
  ["主办单位：县发改局 协办单位：县财政局、县统计局", ["县发改局:lead", "县财政局:co", "县统计局:co"]],
  ["区城管局、区住建局负责的", ["区城管局", "区住建局"]],
  ["区城管局负责的，区财政局配合", ["区城管局", "区财政局:co"]],
  ["住建局、城市管理执法局分别负责", ["住建局", "城市管理执法局"]],
  ["县发改局等10个部门", ["县发改局"]],
  ["市、县（区）人民政府及其有关部门", ["市、县(区)人民政府*", "有关部门*"]],
  ["县民政局及其他有关部门", ["县民政局", "其他有关部门*"]],
  // a bracket after the names or their role word gives the role and its scope, no name
  ["住建局、城市管理执法局（分别负责城区、城郊）", ["住建局", "城市管理执法局"]],
  ["县教育局负责（公办学校），县民政局负责（民办）", ["县教育局", "县民政局"]],
  ["县住建局牵头（县财政局配合）", ["县住建局:lead", "县财政局:co"]],
  ["各县（市、区）分别负责本辖区", ["各县(市、区)*"]],
]);

// Progress tables and 实事 lists put a body's head beside it in the unit cell (市民政局 伍泽国): the
// person is no unit, whichever common surname they bear (issue 9). Each cell's first name is the body.
readsNames("a person after a body in the unit cell: %j", [
  ...[..."伍滕甘祝裴翟柯骆申凌庞施聂阎牛鲁葛安齐岳康庄章左尚"].map((surname): [string, string[]] => [`市民政局 ${surname}泽国`, ["市民政局"]]),
  ["县住建局 欧阳明", ["县住建局"]],
  ["县财政局 司马光", ["县财政局"]],
  ["县住建局 欧阳晓明", ["县住建局"]],
  ["县财政局 诸葛亮", ["县财政局"]],
  ["区卫健局（负责人：滕小云）", ["区卫健局"]],
  ["区卫健局（龙小云）", ["区卫健局"]],
  ["区文明办 施小明、市金融办 文静", ["区文明办", "市金融办"]],
]);

// Bodies whose names open with a surname's character, and departments named by their field alone
// (文旅, 安监, 农业: a surname's character and one more), are units still.
readsNames("a body that opens like a surname is no person: %j", [
  ["团市委、妇联", ["团市委", "妇联"]],
  ["区文明办、市金融办", ["区文明办", "市金融办"]],
  ["石化公司、江海区、文旅局", ["石化公司", "江海区", "文旅局"]],
  ["县财政局、文旅", ["县财政局", "文旅"]],
  ["县住建局、安监", ["县住建局", "安监"]],
  ["县财政局，农业", ["县财政局", "农业"]],
  ["市民政局、党建", ["市民政局", "党建"]],
  ["县财政局、石化", ["县财政局", "石化"]],
]);

// A person named beside a body is written apart from the list of bodies: after a space or a line
// break, in brackets, after a label or a post. A name joined to a body by a list's separator (、 ，
// ； / 和 及) is one more member of the list — a body, bare (华侨 for 侨联, 路政, 农场) or a place
// without its level (明光) — whatever its first character (issue 9).
readsNames("a name in a list with bodies is a body: %j", [
  ["市公安局、华侨", ["市公安局", "华侨"]],
  ["县交通局、路政", ["县交通局", "路政"]],
  ["县农业局、农场", ["县农业局", "农场"]],
  ["区政府、明光", ["区政府", "明光"]],
  ["市发改委、高速", ["市发改委", "高速"]],
  ["市水利局、黄河", ["市水利局", "黄河"]],
  ["县林业局、林场", ["县林业局", "林场"]],
  ["县财政局、公安、交警", ["县财政局", "公安", "交警"]],
  ["市公安局，华侨", ["市公安局", "华侨"]],
  ["县交通局；路政", ["县交通局", "路政"]],
  ["县交通局/路政", ["县交通局", "路政"]],
  ["市公安局和华侨", ["市公安局", "华侨"]],
  ["市水利局及黄河", ["市水利局", "黄河"]],
  // and the cell's first name, when the name listed after it is no person
  ["金井湾、岚城、澳前、流水片区项目建设指挥部", ["金井湾", "岚城", "澳前", "流水片区项目建设指挥部"]],
  ["金山、枫泾、亭林镇政府", ["金山", "枫泾", "亭林镇政府"]],
  ["林场、县林业局", ["林场", "县林业局"]],
  ["石化、县应急管理局", ["石化", "县应急管理局"]],
  ["高新、经开管委会", ["高新", "经开管委会"]],
]);

readsNames("a person written apart from the bodies, or marked by a label or a post, is no unit: %j", [
  ["市民政局 伍泽国", ["市民政局"]],
  ["市民政局\n伍泽国", ["市民政局"]],
  ["县住建局（张三）", ["县住建局"]],
  ["县住建局局长张三", ["县住建局"]],
  ["县住建局、局长张三", ["县住建局"]],
  ["县住建局、责任人：张三", ["县住建局"]],
  ["县住建局、分管副县长", ["县住建局"]],
  // a name listed after a person is one more person, and one listed before a person another
  ["县住建局 张三、李四", ["县住建局"]],
  ["县住建局 王芳、李强、刘洋", ["县住建局"]],
  ["县住建局、县财政局 金明、林涛", ["县住建局", "县财政局"]],
  ["市民政局 伍泽国；县财政局 李四", ["市民政局", "县财政局"]],
  // a cell naming persons only keeps them
  ["张三、李四", ["张三", "李四"]],
  ["责任人：张三", ["责任人：张三"]],
]);

// An office's section is bracketed after its name by the field it works in (市政府办（金融）, 县委办
// （保密）): the bracket is part of the name, written as the cell writes it, though the field's word
// opens with a surname's character (金, 林, 文, 应, 石) as a person's name does (issue #9). A person
// of those surnames in the same place still drops.
readsNames("a bracketed field of an office's section is part of its name: %j", [
  ["市政府办（金融）、市财政局", ["市政府办(金融)", "市财政局"]],
  ["区政府办（金融）", ["区政府办(金融)"]],
  ["市政府办公室（应急）", ["市政府办公室(应急)"]],
  ["市委办（林业）", ["市委办(林业)"]],
  ["县政府办（文旅）牵头，县财政局配合", ["县政府办(文旅)", "县财政局"]],
  ["县林业局（石油）", ["县林业局(石油)"]],
  ["市委办（史志）、市档案馆", ["市委办(史志)", "市档案馆"]],
  // fields whose first character is no surname's were kept before and still are
  ["县政府办（外事）", ["县政府办(外事)"]],
  ["区委宣传部（网信）", ["区委宣传部(网信)"]],
  ["县委办（保密）", ["县委办(保密)"]],
  // persons of the same surnames are no section
  ["市政府办（金明）、市财政局", ["市政府办", "市财政局"]],
  ["市委办（林涛）", ["市委办"]],
  ["县政府办（文静、应强）", ["县政府办"]],
  ["市财政局（张明）", ["市财政局"]],
]);

// A clause whose label names a person's part (具体负责：, 负责：, 联系人：, 具体负责人：, 牵头领导：) over a
// person's name — with a post or 同志 after it, or several names — says who in the body does the work:
// beside the bodies it names no unit. The same label over a body gives the body, and a label of bodies
// (配合单位：) says a short name after it is a body.
readsNames("a person under a role or person label beside the bodies is no unit: %j", [
  ["具体负责：周丽\n县政务服务中心", ["县政务服务中心"]],
  ["责任处室：办公室；负责：孙丽", ["办公室"]],
  ["牵头单位：县住建局；具体负责：王芳、李强", ["县住建局"]],
  ["县财政局；负责：周丽同志", ["县财政局"]],
  ["县市场监管局\n具体负责人：周丽", ["县市场监管局"]],
  ["县财政局；联系人：钱晓燕主任", ["县财政局"]],
  ["县水利局；牵头领导：李明、王芳", ["县水利局"]],
  ["县财政局（负责：周丽）", ["县财政局"]],
  ["县财政局（具体负责：周丽、王芳）", ["县财政局"]],
  ["县医保局、周丽主任", ["县医保局"]],
]);

// A leader's label says the tier and the share of the work the leaders hold (牵头区领导, 分管县领导,
// 联系市领导, 包联县领导, 挂点领导, 区领导, 县级责任人), as 改革要点 and 重点工作 sheets split a task among
// leaders and bodies in one 责任分工 cell, often with ASCII colons and semicolons from a mirror or a
// Word export: the persons it lists, one or several, are no units beside the bodies.
readsNames("a person under a leader's label with its tier or share beside the bodies is no unit: %j", [
  ["牵头区领导:刘胜、夏东;牵头单位:区发展改革局;", ["区发展改革局"]],
  ["牵头区领导：刘胜、夏东；牵头单位：区发展改革局；", ["区发展改革局"]],
  ["区领导:刘胜\n区发展改革局", ["区发展改革局"]],
  ["分管县领导：王芳\n县财政局、县审计局", ["县财政局", "县审计局"]],
  ["联系市领导：张伟，李强；责任单位：市财政局", ["市财政局"]],
  ["挂点领导：张伟；责任单位：市财政局", ["市财政局"]],
  ["包联县领导：刘胜、夏东\n县农业农村局", ["县农业农村局"]],
  ["市级责任领导：张伟；牵头单位：市商务局", ["市商务局"]],
  ["县级责任人：王芳；责任单位：县住建局", ["县住建局"]],
  // after a space the label opens an item of its own, whatever the name before ends in
  ["县文旅 挂点领导：张伟", ["县文旅"]],
  ["县住建局局长张三 区领导：刘胜", ["县住建局"]],
  // a leader by post and share, without a name, is no unit either
  ["县农业农村局、包联县领导", ["县农业农村局"]],
  // a cell naming persons only keeps them
  ["区领导:刘胜", ["区领导:刘胜"]],
  ["牵头区领导:刘胜、夏东", ["牵头区领导:刘胜", "夏东"]],
]);

test("the bodies beside a leader's label keep their own roles", () => {
  const found = parseUnits("牵头区领导:刘胜、夏东;牵头单位:区发展改革局;配合单位:区财政局、区商务局");
  expect(found.units.map((u) => [u.name, u.role])).toEqual([
    ["区发展改革局", "lead"],
    ["区财政局", "co"],
    ["区商务局", "co"],
  ]);
  expect(found.markedLead).toBe("区发展改革局");
});

readsNames("a role label over a body gives the body: %j", [
  ["具体负责：县审计局", ["县审计局"]],
  ["县财政局；具体负责：县审计局", ["县财政局", "县审计局"]],
  ["责任处室：办公室；负责：财务科", ["办公室", "财务科"]],
  ["责任单位：县财政局；配合单位：华侨", ["县财政局", "华侨"]],
]);

// 负责 after bodies stays their role; 负责： over a person says no role of the bodies, so a cell with
// 配合单位： beside it makes no responsible body the lead by that pairing.
test.each([
  ["县财政局负责，县审计局配合；具体负责：周丽", ["县财政局", "县审计局:co"], "县财政局"],
  ["县财政局；配合单位：县审计局；负责：周丽", ["县财政局", "县审计局:co"], null],
  ["县财政局；配合单位：县审计局；负责：县住建局", ["县财政局", "县审计局:co", "县住建局"], "县财政局"],
])("the role of 负责 beside a labelled person: %j", (cell, units, lead) => {
  const found = parseUnits(cell);
  expect(found.units.map((u) => `${u.name}${u.role === "responsible" ? "" : `:${u.role}`}`)).toEqual(units);
  expect(found.markedLead).toBe(lead);
});

test("no unit a clerk read in the development plans and the fixtures reads as a person", () => {
  expect(NAMES.filter(namesPerson)).toEqual([]);
});

// A header naming persons beside the bodies (牵头单位及主要负责人, 责任单位及责任人, 牵头单位/责任人)
// says a short word after a body's name is its head, whatever the surname.
describe("a column whose header names persons beside the bodies", () => {
  const read = (cell: string, personsBeside: boolean) => parseUnits(cell, { personsBeside }).units.map((u) => u.name);

  test.each(["牵头单位及主要负责人", "责任单位及责任人", "牵头单位/责任人", "牵头单位／责任人", "责任单位、联系人", "责任单位和负责人", "责任单位(责任人)", "责任单位（责任人）", "责任主体及责任人", "責任主體(責任人)"])("%s names persons beside bodies", (label) => {
    expect(labelNamesPersonsBesideBodies(label)).toBe(true);
  });

  test.each(["责任单位", "牵头单位", "责任人", "牵头领导", "联系人"])("%s names no persons beside bodies", (label) => {
    expect(labelNamesPersonsBesideBodies(label)).toBe(false);
  });

  test.each(["市民政局 帖泽国", "县住建局 那英", "县教体局\n蹇晓"])("%s: the word after the body is a person", (cell) => {
    expect(read(cell, true)).toEqual([cell.split(/\s/u)[0]]);
    expect(read(cell, false)).toEqual(cell.split(/\s/u));
  });

  // (a field of public work is no person's name written apart either: 县住建局 城管, 市政府办 金融)
  test.each([
    ["县住建局、城管", ["县住建局", "城管"]],
    ["县住建局 城管", ["县住建局", "城管"]],
    ["市政府办 金融", ["市政府办", "金融"]],
    ["县教体局、蹇晓", ["县教体局", "蹇晓"]],
    ["县住建局、交警", ["县住建局", "交警"]],
    ["县财政局 江北区", ["县财政局", "江北区"]],
    ["县财政局、各乡镇", ["县财政局", "各乡镇"]],
    ["县财政局、县住建局", ["县财政局", "县住建局"]],
  ])("%s: a department's field, a place, a catch-all or a body stays a unit", (cell, names) => {
    expect(read(cell, true)).toEqual(names);
  });
});

// ---------------------------------------------------------------- staffing cells (issue #9)
// Inspection and campaign schedules list bodies in a staffing column (人员安排, 督查组组成) and say what
// each sends and the team they make up. After a complete name, a clause of sending (各安排1名副局长,
// 分别抽调2名工作人员, 均派员), a head count (各1人) or the team formed (共同组成督查组) ends the name;
// people (工作人员, 精干力量, 政府督学人员) and a clause alone name no body. Cells written from the
// issue's description of those plans, as simplified and traditional characters.
readsNames("a staffing cell reads as the bodies that send: %s", [
  ["市水务局、交通局各安排1名副局长，市农业局、林业局、商务局各抽调1名科长，组成2个督查小组", ["市水务局", "交通局", "市农业局", "林业局", "商务局"]],
  ["县教育局、人社局各派1名分管领导，县卫健委、民政局、县委编办及政府督学人员，共同组成督查组", ["县教育局", "人社局", "县卫健委", "民政局", "县委编办"]],
  ["区住建局、城管局分别抽调2名工作人员参加", ["区住建局", "城管局"]],
  ["市应急管理局牵头，抽调市消防救援支队、市公安局精干力量组成联合检查组", ["市应急管理局", "市消防救援支队", "市公安局"]],
  ["县财政局、县审计局各1人，县纪委监委派驻纪检监察组1人，共3人", ["县财政局", "县审计局", "县纪委监委派驻纪检监察组"]],
  ["县财政局1人、县审计局2人", ["县财政局", "县审计局"]],
  ["县委组织部、县委宣传部各抽调1名同志", ["县委组织部", "县委宣传部"]],
  ["市场监管局、市卫健委各选派1-2名执法人员", ["市场监管局", "市卫健委"]],
  ["县卫健委抽调医疗专家3名", ["县卫健委"]],
  ["县卫健委安排专人负责", ["县卫健委"]],
  ["县人大常委会、县政协各派1名联络员", ["县人大常委会", "县政协"]],
  ["高新区党工委和管委会各派1名联络员，县财政局工作人员", ["高新区党工委和管委会", "县财政局"]],
  ["各乡镇(街道)分别抽调1名分管领导和2名业务骨干", ["各乡镇(街道)"]],
  ["县直各单位各派1名联络员", ["县直各单位"]],
  ["抽调县直有关部门精干力量组成工作专班", ["县直有关部门"]],
  // the people's word holds a suffix's character (科技), or a place ends inside the name (县乡村振兴局)
  ["县科技局科技人员", ["县科技局"]],
  ["县乡村振兴局工作人员", ["县乡村振兴局"]],
  ["县人社局专业技术人员", ["县人社局"]],
  ["各乡镇工作人员", ["各乡镇"]],
  ["市公安局交警大队民警", ["市公安局交警大队"]],
  // 派出所 is a body: the clause opens after it, never inside it
  ["县公安局各派出所抽调2名民警", ["县公安局各派出所"]],
  ["城关派出所、东关派出所各派1名民警", ["城关派出所", "东关派出所"]],
  ["县公安局派出所民警", ["县公安局派出所"]],
  ["市水務局、交通局各安排1名副局長，市農業局、林業局、商務局各抽調1名科長，組成2個督查小組", ["市水务局", "交通局", "市农业局", "林业局", "商务局"]],
  ["縣教育局、人社局各派1名分管領導，縣衛健委、民政局、縣委編辦及政府督學人員，共同組成督查組", ["县教育局", "人社局", "县卫健委", "民政局", "县委编办"]],
  ["區住建局、城管局分別抽調2名工作人員參加", ["区住建局", "城管局"]],
]);

readsNames("a clause alone or people alone name no body: %s", [
  ["组成2个督查小组", []],
  ["共同组成督查组", []],
  ["抽调2名干部", []],
  ["工作人员", []],
  ["精干力量", []],
  ["政府督学人员", []],
]);

// Names holding the characters a staffing clause opens with: the clause is read by its place after a
// complete name and its shape (a verb and whom it sends), never by its characters.
readsNames("a name holding a clause's characters is one unit: %s", [
  ["各派出所", ["各派出所"]],
  ["县公安局城关派出所", ["县公安局城关派出所"]],
  ["县公安局各派出所", ["县公安局各派出所"]],
  ["共青团县委", ["共青团县委"]],
  ["顺德区均安镇人民政府", ["顺德区均安镇人民政府"]],
  ["市公安局出入境管理支队", ["市公安局出入境管理支队"]],
  ["市纪委监委派驻第一纪检监察组", ["市纪委监委派驻第一纪检监察组"]],
  ["县人员密集场所管理办公室", ["县人员密集场所管理办公室"]],
  ["区人民代表大会常务委员会", ["区人民代表大会常务委员会"]],
  ["城区三人民医院", ["城区三人民医院"]],
]);

test.each([
  ["市应急管理局牵头，抽调市消防救援支队、市公安局精干力量组成联合检查组", [["市应急管理局", "lead"], ["市消防救援支队", "responsible"], ["市公安局", "responsible"]]],
  ["县住建局牵头，县财政局、县审计局各派1名骨干配合", [["县住建局", "lead"], ["县财政局", "co"], ["县审计局", "co"]]],
  ["由县政府办牵头，县财政局、县审计局各派2名业务骨干组成联合督查组", [["县政府办", "lead"], ["县财政局", "responsible"], ["县审计局", "responsible"]]],
  ["区住建局、城管局分别抽调2名工作人员参加", [["区住建局", "co"], ["城管局", "co"]]],
  ["市公安局、市消防救援支队均派员参加", [["市公安局", "co"], ["市消防救援支队", "co"]]],
])("roles around a staffing clause: %s", (cell, expected) => {
  expect(parseUnits(cell).units.map((u) => [u.name, u.role])).toEqual(expected);
});
