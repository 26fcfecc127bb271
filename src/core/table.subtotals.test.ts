// Heading rows that carry subtotals (issue 9): a project plan's parts and sections show their title
// and the sums of their projects' investment, and are headings, not tasks. The projects are cells of
// test/genre/liling-2019-fpzj-jsdd and beiguan-2018-fpzj-jsdd laid into a 重点项目 plan's columns.
import { readPlan } from "./index";
import type { CellValue, Rect, SheetSnapshot } from "./schema";

const HEADER: CellValue[][] = [
  ["序号", "项目名称", "建设性质", "建设内容", "建设年限", null, "总投资（万元）", "2024年计划", null, null, "责任单位"],
  [null, null, null, null, "开工年", "竣工年", null, "投资额（万元）", "建设内容", "形象进度", null],
];
// Each label over its column (or, over the years and this year's plan, over its group) down both header rows.
const HEADER_MERGES: Rect[] = [
  ...[0, 1, 2, 3, 6, 10].map((col) => ({ top: 0, left: col, bottom: 1, right: col })),
  { top: 0, left: 4, bottom: 0, right: 5 },
  { top: 0, left: 7, bottom: 0, right: 9 },
];

/** A row of headings: its number, its title and the subtotals of total and of this year's investment. */
const heading = (seq: string | null, title: string, total: CellValue, planned: CellValue): CellValue[] =>
  [seq, title, null, null, null, null, total, planned, null, null, null];

const PROJECTS: Record<string, CellValue[]> = {
  bridge: ["彰仙岭廊桥建设项目", "新建", "廊桥建设", 2024, 2025, 120, 80, "完成桥墩施工。", "开工建设", "枫林镇"],
  dangerous: ["贫困村危桥改造", "续建", "左权、沩山、茶山、官庄危桥改造", 2023, 2024, 251, 251, "完成4座危桥改造。", "全部完工", "市交通局"],
  sidewalk: ["彰北办事处周家营村人行道地面硬化项目", "新建", "拆除地面596平方米,铺设道板砖1136.7平方米。", 2024, 2024, 20, 20, "全部完工。", "完工", "彰北办事处"],
  water: ["屈王度村饮水工程项目", "新建", "新建DN100主管道2300米,新建DN25支管道3000米,闸阀8个。", 2024, 2024, 20, 20, "全部完工。", "完工", "彰北办事处"],
  road: ["柏庄镇后林都道路建设项目", "新建", "270米×4米×0.2米, 1216米×5米×0.2米,标号C25。", 2024, 2025, 73.5, 40, "完成路基。", "在建", "柏庄镇"],
};
const project = (seq: string, name: keyof typeof PROJECTS): CellValue[] => [seq, ...PROJECTS[name]];

function plan(rows: CellValue[][]) {
  const snapshot: SheetSnapshot = { sheet: "表1", origin: { row: 0, col: 0 }, values: [...HEADER, ...rows], dateCells: [], merges: HEADER_MERGES };
  return readPlan(snapshot);
}

describe("heading rows that carry subtotals in a project plan", () => {
  const rows: CellValue[][] = [
    heading(null, "总计", 484.5, 411),
    heading(null, "基础设施项目", 464.5, 391),
    heading("一", "交通项目", 444.5, 371),
    heading("（一）", "道路桥梁", 371, 331),
    project("1", "bridge"),
    project("2", "dangerous"),
    heading("（二）", "村组道路", "73.5", "40"),
    project("3", "road"),
    heading("二", "农村人居环境", "40万元", "100%"),
    project("4", "sidewalk"),
    project("5", "water"),
  ];

  it("reads only the projects as tasks, the grand total as a footer", () => {
    const read = plan(rows);
    expect(read.rows.map((r) => r.seq)).toEqual(["1", "2", "3", "4", "5"]);
    expect(read.skipped).toEqual([{ row: 3, reason: "footer", text: "总计" }]);
  });

  it("files each project under its part and section, numbers and titles as the clerk reads them", () => {
    const read = plan(rows);
    expect(read.rows.map((r) => r.category.slice(0, -1))).toEqual([
      ["一 交通项目", "（一） 道路桥梁"],
      ["一 交通项目", "（一） 道路桥梁"],
      ["一 交通项目", "（二） 村组道路"],
      ["二 农村人居环境"],
      ["二 农村人居环境"],
    ]);
  });

  it("reads a part heading as a heading with its subtotals left blank too", () => {
    const blank = rows.map((row) => (row[10] === null ? row.map((cell, c) => (c >= 6 ? null : cell)) : row));
    expect(plan(blank).rows.map((r) => r.seq)).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("reads a part numbered 第一部分 in its 序号 cell as a heading", () => {
    const read = plan([heading("第一部分", "交通项目", 444.5, 371), project("1", "bridge"), project("2", "road")]);
    expect(read.rows.map((r) => r.seq)).toEqual(["1", "2"]);
  });

  it("keeps a project numbered as the projects are, figures and all, when its unit is missing", () => {
    // Its missing unit is a finding to make, not a reason to file it away as a heading.
    const read = plan([heading("一", "交通项目", 444.5, 371), project("1", "bridge"), ["2", "贫困村村组联通公路", null, null, null, null, 39, 39, null, null, null]]);
    expect(read.rows.map((r) => [r.seq, r.category.at(-1), r.units.length])).toEqual([
      ["1", "彰仙岭廊桥建设项目", 1],
      ["2", "贫困村村组联通公路", 0],
    ]);
  });

  it("keeps a line numbered as the parts are when the parts are the tasks", () => {
    // 一、二、三 number every project here: the one with no unit yet is one of them.
    const read = plan([project("一", "bridge"), project("二", "road"), heading("三", "雨露计划", 130, 130)]);
    expect(read.rows.map((r) => r.seq)).toEqual(["一", "二", "三"]);
  });

  // Beside its title and figures, a unit (it gives the row to that unit), content or a year of its
  // own, words where the projects have amounts, or a figure where they have words: a row of work.
  it.each([
    ["its unit", 10, "市交通局"],
    ["its content", 3, "危桥改造"],
    ["its start year", 4, 2024],
    ["this year's work in the amount column", 7, "完成前期工作"],
    ["its progress in the progress column", 9, "80%"],
  ])("keeps a heading-level row naming %s as a task", (_, col, cell) => {
    const row = heading("（一）", "道路桥梁", 371, 331);
    row[col as number] = cell;
    const read = plan([row, project("1", "bridge"), project("2", "dangerous")]);
    expect(read.rows.map((r) => r.seq)).toEqual(["（一）", "1", "2"]);
  });

  it("keeps an unnumbered sentence with figures beside it as a task", () => {
    const sentence = heading(null, "发展农业特色产业,覆盖全市24个镇贫困户。", 660, 660);
    const read = plan([project("1", "bridge"), sentence, project("2", "road")]);
    expect(read.rows.map((r) => r.row)).toEqual([3, 4, 5]);
  });

  it("reads 小计 under a section as a footer, as before", () => {
    const read = plan([heading("一", "交通项目", 444.5, 371), project("1", "bridge"), project("2", "road"), heading(null, "小计", 193.5, 120), project("3", "water")]);
    expect(read.rows.map((r) => r.seq)).toEqual(["1", "2", "3"]);
    expect(read.skipped.map((s) => s.reason)).toEqual(["footer"]);
  });
});

// Subtotal rows of a 民生工程 progress report (类别 | 序号 | 项目名称 | …): each part's total is labelled
// by the part's name and its count of projects (社保惠民5个项目合计), in the 序号 column beside the
// part's own heading or alone. The projects are rows of a city's 2018 report laid into its columns.
describe("subtotal rows named by what they sum", () => {
  const PROGRESS_HEADER: CellValue[] = ["类别", "序号", "项目名称", "建设内容", "年度计划投资", "完成投资", "完成比例", "责任单位"];
  const progress = (rows: CellValue[][]) => readPlan({ sheet: "表1", origin: { row: 0, col: 0 }, values: [PROGRESS_HEADER, ...rows], dateCells: [], merges: [] });
  const total = (label: string, planned: CellValue, done: CellValue, rate: string, category = ""): CellValue[] => [category, label, "", "", planned, done, rate, ""];

  const PENSION: CellValue[] = ["", "1", "实施城乡居民基本养老保险工程项目", "支持参保居民按时足额领取养老金", 40000, 56280, "140.7%", "市人社局、市财政局"];
  const RELIEF: CellValue[] = ["", "2", "困难群众基本生活救助项目", "按时足额发放城乡低保金和特困人员供养金", 50000, 30529, "61.1%", "市民政局、市财政局"];
  const SCHOOLS: CellValue[] = ["", "3", "农村中小学校舍改造项目", "改造农村薄弱学校校舍2.1万平方米", 100, 50, "50%", "市教育局"];

  it("reads each part's total beside its heading as the heading, its projects as its tasks", () => {
    const read = progress([
      ["合计:11大类56个项目", "", "", "", 511210, 393942.9, "77.1%", ""],
      total("社保惠民5个项目合计", 94148, 88753.3, "94.3%", "一、社保惠民"),
      PENSION,
      RELIEF,
      total("教育3个项目小计", 100, 50, "50%", "二、教育"),
      SCHOOLS,
    ]);
    expect(read.rows.map((r) => [r.seq, r.category[0]])).toEqual([
      ["1", "一、社保惠民"],
      ["2", "一、社保惠民"],
      ["3", "二、教育"],
    ]);
    expect(read.skipped.map((s) => [s.row, s.reason])).toEqual([[2, "footer"]]);
  });

  it("reads a traditional copy's 合計 and 小計 so too", () => {
    const read = progress([
      ["合計:11大類56個項目", "", "", "", 511210, 393942.9, "77.1%", ""],
      total("社保惠民5個項目合計", 94148, 88753.3, "94.3%", "一、社保惠民"),
      ["", "1", "實施城鄉居民基本養老保險工程項目", "支持參保居民按時足額領取養老金", 40000, 56280, "140.7%", "市人社局、市財政局"],
      total("教育類小計", 100, 50, "50%", "二、教育"),
      ["", "2", "農村中小學校舍改造項目", "改造農村薄弱學校校舍2.1萬平方米", 100, 50, "50%", "市教育局"],
    ]);
    expect(read.rows.map((r) => r.seq)).toEqual(["1", "2"]);
  });

  // With no heading beside it, the total row is a closing line of its part, wherever its label stands.
  it.each([
    ["社保惠民5个项目合计", 1],
    ["教育类小计", 1],
    ["其中：市本级小计", 1],
    ["一、社保惠民合计", 1],
    ["小 计", 1],
    ["社保惠民5個項目合計", 1],
    ["教育類小計", 1],
    ["合计(万元)", 1],
    ["教育类小计", 2],
    ["社保惠民類總計", 2],
  ])("reads %s in column %i over figures only as a total", (label, col) => {
    const row = total("", 94148, 88753.3, "94.3%");
    row[col as number] = label;
    const read = progress([PENSION, RELIEF, row, SCHOOLS]);
    expect(read.rows.map((r) => r.seq)).toEqual(["1", "2", "3"]);
    expect(read.skipped).toEqual([{ row: 4, reason: "footer", text: label }]);
  });

  it.each([
    ["beside its unit", "市住建局"],
    ["with its unit missing", ""],
  ])("keeps a project whose name merely mentions 合计 as a task, %s", (_, unit) => {
    const project: CellValue[] = ["", "4", "合计投资1.2亿元的城区道路改造项目建设", "改造城区主次干道8条", 12000, 6000, "50%", unit];
    const read = progress([PENSION, RELIEF, project]);
    expect(read.rows.map((r) => r.seq)).toEqual(["1", "2", "4"]);
    expect(read.skipped).toEqual([]);
  });

  it("keeps a row naming a total among words of work as a task", () => {
    // 合计 closes no label here: the row's content says what is built.
    const project: CellValue[] = ["", "4", "城区道路改造项目合计", "改造城区主次干道8条", 12000, 6000, "50%", "市住建局"];
    expect(progress([PENSION, project]).rows.map((r) => r.seq)).toEqual(["1", "4"]);
  });
});
