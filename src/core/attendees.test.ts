// Who attends a meeting, a consultation or a training is named by office (县委、政府主要领导,
// 县绿委会各成员单位负责人, 全体县政协委员): a column of them — labelled 参加人员 / 参会对象, or
// under a label saying nothing — is never a column of the units that do the task, though every
// clause in it names a body. The attendee cells are from published meeting notices.
import { cellKind } from "./content";
import { roleOfLabel } from "./columns";
import { readPlan } from "./index";
import type { CellValue } from "./schema";

// 木垒 2008 秋季造林动员大会通知 (fsou.net.cn), 参加会议人员, clause by clause and whole.
const MULEI = [
  "县委、政府主要领导、分管领导",
  "各乡(镇)场主要领导及分管林业工作的领导、林业站站长",
  "县绿化委员会全体成员",
  "县委、政府主要领导、分管领导；各乡(镇)场主要领导及分管林业工作的领导、林业站站长；县绿化委员会全体成员；县直各部门、各企事业单位和区州驻县单位的主要领导一名",
];
const ATTENDEES = [
  ...MULEI,
  // 2018 秋冬季创森工作会议主持词 (777doc): 参加今天会议的有
  "各乡镇乡镇长、城区办主任;县绿委会各成员单位负责人",
  // 肥西县政协常委会会议 (2025): 列席会议
  "各讨论组召集人、乡镇政协联络组组长、大会秘书处副秘书长和各组负责人",
  // 沛县 2020 协商计划 (traditional as printed): 邀请…参加
  "縣黨政領導及有關部門負責人",
];

describe("a cell naming people by office", () => {
  it.each(ATTENDEES)("names people: %s", (text) => expect(cellKind(text)).toBe("person"));

  // 责任单位 cells of development plans (汉中, 遂宁, 灵璧), 委员会 and 管委会 among them, and the party
  // and 政协 offices a consultation plan names: bodies, not the people in them.
  it.each(["市卫生健康委员会", "兴汉新区管委会", "市委编办、市住建局、市城管局", "县卫健委、县民政局", "县委办", "组织部", "区政协办公室"])("names bodies: %s", (text) =>
    expect(cellKind(text)).toBe("unit"),
  );
});

// A staffing column's cells (人员安排, 督查组组成) name posts too, but as whom the bodies listed send
// (各安排1名副局长, 各派1名分管领导): the bodies do the work. Cells written from issue #9's description.
describe("a cell saying whom bodies send", () => {
  it.each([
    "市水务局、交通局各安排1名副局长，市农业局、林业局、商务局各抽调1名科长，组成2个督查小组",
    "县教育局、人社局各派1名分管领导，县卫健委、民政局、县委编办及政府督学人员，共同组成督查组",
    "县公安局各派出所、县市场监管局各抽调2名民警和执法人员",
    "縣教育局、人社局各派1名分管領導",
    // closed by a full stop, as a transcribed schedule closes each cell: the clauses count with the names
    "市水务局、交通局各安排1名副局长，市农业局、林业局、商务局各抽调1名科长，组成2个督查小组。",
    "县教育局、人社局各派1名分管领导(科长)，县卫健委、民政局各派1名工作人员，组成3个督查组。",
  ])("names bodies: %s", (text) => expect(cellKind(text)).toBe("unit"));

  // a count of holders, with no verb of sending, is still who attends
  it.each(["各乡镇1名分管领导，县直各部门1名负责人", "各乡镇分管领导、县直各部门负责人"])("names people: %s", (text) => expect(cellKind(text)).toBe("person"));
});

describe("a label headed by a person noun", () => {
  it.each(["参加人员", "参会人员", "出席人员", "参加对象", "参会对象", "分管领导", "单位负责人", "列席委员", "人大代表"])("%s names no unit", (label) =>
    expect(roleOfLabel(label)).toBe("ignored"),
  );

  it.each([
    ["参与单位", "co"],
    ["参加部门", "co"],
    ["责任单位及责任人", "units"],
  ])("%s still names bodies (%s)", (label, role) => expect(roleOfLabel(label)).toBe(role));
});

const TASKS = ["围绕政府工作报告开展全体协商", "围绕壮大实体经济开展常委会协商", "围绕农民增收开展专题协商"];

function plan(attendeesLabel: string) {
  const rows: CellValue[][] = [
    ["序号", "协商议题", "协商形式", "时间安排", attendeesLabel, "责任部门", "参与部门"],
    ["1", TASKS[0], "县政协全体会议", "2月", MULEI[3], "县政协办公室", "县政府办公室"],
    ["2", TASKS[1], "县政协常委会议", "6月", ATTENDEES[4], "县政协经济委", "县发改局、县经信局"],
    ["3", TASKS[2], "专题协商会", "9月", ATTENDEES[6], "县政协农业委", "县农业农村局、县人社局"],
  ];
  return readPlan({ sheet: "Sheet1", origin: { row: 0, col: 0 }, values: rows, dateCells: [], merges: [] });
}

describe("a consultation plan with a column of attendees", () => {
  // 与会 names no role and 参加范围 reads as co-operating (参加 opens it): only the cells tell the
  // attendees from the units.
  it.each(["参加人员", "与会", "参加范围"])("reads only the units under 责任部门 / 参与部门 as responsible (attendees under %s)", (label) => {
    const read = plan(label);
    expect(read.info.columns).toMatchObject({ lead: "F", co: "G", deadline: "D" });
    expect(read.rows.map((r) => r.units.map((u) => u.name))).toEqual([
      ["县政协办公室", "县政府办公室"],
      ["县政协经济委", "县发改局", "县经信局"],
      ["县政协农业委", "县农业农村局", "县人社局"],
    ]);
  });
});
