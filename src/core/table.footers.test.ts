// Rows over or under a table's tasks that are none (issue #9): the whole area's row of a split of
// figures among its towns or counties (全区 | 5.56 | 0.80, the total the rows below add up to), and
// the day the document was signed, alone on a row under the last task (2022年4月12日), and the
// issuer's name signing it off with that day (区中小企业促进局 over 2015年8月10日).
import { readPlan } from "./index";
import type { CellValue, Rect, SheetSnapshot } from "./schema";
import { genreSheet } from "../../test/support/rules";

function sheet(values: CellValue[][], merges: Rect[] = []): SheetSnapshot {
  return { sheet: "表1", origin: { row: 0, col: 0 }, values, dateCells: [], merges };
}

const unitsOf = (snapshot: SheetSnapshot) => readPlan(snapshot).rows.map((r) => r.units.map((u) => u.name).join("、"));

describe("the whole area's row in a split of figures among its units", () => {
  // A district's 高标准农田 targets split among its towns, as the description gives it: 单位 and a
  // group label over two header rows, the district's own row first.
  const HEADER: CellValue[][] = [
    ["某区高标准农田建设任务分解表", null, null, null, null],
    ["单位", "到2025年规划指标（万亩）", null, "2022年任务（万亩）", null],
    [null, "新建", "改造提升", "新建", "改造提升"],
  ];
  const MERGES: Rect[] = [
    { top: 0, left: 0, bottom: 0, right: 4 },
    { top: 1, left: 0, bottom: 2, right: 0 },
    { top: 1, left: 1, bottom: 1, right: 2 },
    { top: 1, left: 3, bottom: 1, right: 4 },
  ];
  const TOWNS: CellValue[][] = [
    ["城关镇", "2.70", "0.40", "0.90", "0.10"],
    ["河口镇", "1.56", "0.20", "0.50", "0.10"],
    ["新集镇", "0.80", "0.12", "0.30", "0.05"],
    ["柳林乡", "0.50", "0.08", "0.20", "0.05"],
  ];
  const whole = (name: string): CellValue[] => [name, "5.56", "0.80", "1.90", "0.30"];
  const towns = ["城关镇", "河口镇", "新集镇", "柳林乡"];

  it("is the towns' total, no task, when it comes first", () => {
    const plan = readPlan(sheet([...HEADER, whole("全区"), ...TOWNS], MERGES));
    expect(plan.rows.map((r) => r.units.map((u) => u.name).join())).toEqual(towns);
    expect(plan.skipped).toEqual([{ row: 4, reason: "footer", text: "全区" }]);
  });

  it.each(["全县", "全  市", "全縣", "全区合计"])("is so when it comes last, written %s", (name) => {
    const plan = readPlan(sheet([...HEADER, ...TOWNS, whole(name)], MERGES));
    expect(plan.rows.map((r) => r.units.map((u) => u.name).join())).toEqual(towns);
    expect(plan.skipped.map((s) => [s.row, s.reason])).toEqual([[8, "footer"]]);
  });

  it("is so in a real tally, the city's row over its counties' (渭南 2024 Q2 市长信箱)", () => {
    const snapshot = genreSheet("weinan-2024-q2-szxx-xianqu", (t) => {
      t.rows.unshift(["全市 ", "189 ", "0 ", "189 ", "100% "]);
    });
    const plan = readPlan(snapshot);
    expect(plan.rows).toHaveLength(12);
    expect(plan.rows[0].units.map((u) => u.name)).toEqual(["临渭区"]);
    expect(plan.skipped.map((s) => s.text.trim())).toEqual(["全市", "总计"]);
  });

  it("is so under a label naming its figures the task (2022年目标任务), the task column holding figures only", () => {
    const plan = readPlan(sheet([["乡镇", "2022年目标任务", "其中新建"], ["全县", "5.56", "0.80"], ...TOWNS.map((t) => t.slice(0, 3))]));
    expect(plan.info.columns.requirement).toBe("B");
    expect(plan.rows.map((r) => [r.units.map((u) => u.name).join(), r.requirement])).toEqual(towns.map((town, i) => [town, TOWNS[i][1]]));
  });

  it("keeps every town's row a task: only the whole area is their total", () => {
    const plan = readPlan(sheet([...HEADER, ...TOWNS], MERGES));
    expect(plan.rows).toHaveLength(4);
    expect(plan.skipped).toEqual([]);
  });

  it("keeps a task of a plan in words whose unit cell names the whole district (全区, 全区各部门)", () => {
    // 霍山 2025 重点工作 (test/genre/huoshan-2025): the same rows with the whole district as their unit.
    const snapshot = genreSheet("huoshan-2025", (t) => {
      t.rows[0][3] = "全区";
      t.rows[1][3] = "全区各部门";
      t.rows[2][1] = "全区推进开发区“空间再造”，盘活存量土地400亩。";
    });
    expect(unitsOf(snapshot)).toEqual(["全区", "全区各部门", "规划建设局"]);
  });
});

describe("the day the document was signed, alone under the last task", () => {
  // 达州 2016 民生实事 (test/genre/dazhu-2016): 序号 | 民生实事 | 责任单位 | 完成时限, the signing day under it.
  const signed = (row: string[]) =>
    genreSheet("dazhu-2016", (t) => {
      t.rows.push(row);
    });
  const published = readPlan(genreSheet("dazhu-2016")).rows.map((r) => r.row);

  it.each([
    ["in the deadline column", ["", "", "", "2022年4月12日"]],
    ["in Chinese numerals", ["", "", "", "二〇二二年四月十二日"]],
    ["in the unit column", ["", "", "2022年4月12日", ""]],
    ["written with dots", ["", "", "", "2022.4.12"]],
  ])("is no task %s", (_where, row) => {
    expect(readPlan(signed(row)).rows.map((r) => r.row)).toEqual(published);
  });

  it("is no task as a date cell", () => {
    const snapshot = signed(["", "", "", ""]);
    const at = snapshot.values.length - 1;
    snapshot.values[at][3] = 44663; // 2022-04-12, as Excel stores a date
    expect(readPlan({ ...snapshot, dateCells: [[at, 3]] }).rows.map((r) => r.row)).toEqual(published);
  });

  it("leaves the last task a task when its deadline is a day", () => {
    const dated = genreSheet("dazhu-2016", (t) => {
      t.rows[t.rows.length - 1][3] = "2016年12月31日";
    });
    const rows = readPlan(dated).rows;
    expect(rows.map((r) => r.row)).toEqual(published);
    expect(rows[rows.length - 1].deadline.date).toBe("2016-12-31");
  });
});

describe("the issuer's name signing a document off under its last task", () => {
  // A bureau's notice of measures copied into a sheet paragraph by paragraph: its title, four
  // numbered measures in one column (no unit, no deadline column), then its sign-off.
  const MEASURES: CellValue[][] = [
    ["区中小企业促进局关于进一步支持小微企业发展的若干措施"],
    ["（一）加大财政扶持力度。区财政每年安排中小企业发展专项资金2000万元，重点支持小微企业技术改造和创新平台建设。"],
    ["（二）缓解融资难题。建立中小企业融资风险补偿资金池，引导合作银行扩大小微企业信用贷款规模。"],
    ["（三）减轻企业负担。全面落实国家结构性减税政策，清理规范涉企行政事业性收费项目。"],
    ["（四）优化服务环境。建设中小企业公共服务平台，每年开展“服务企业月”活动不少于1次。"],
  ];
  const measures = [2, 3, 4, 5];
  const read = (signOff: CellValue[][]) => readPlan(sheet([...MEASURES, ...signOff]));
  const rowsOf = (signOff: CellValue[][]) => read(signOff).rows.map((r) => r.row);

  it.each([
    ["a bureau, dated below", [["区中小企业促进局"], ["2015年8月10日"]]],
    ["a government's office, dated in Chinese numerals", [["平江县人民政府办公室"], ["二〇二三年三月五日"]]],
    ["a party committee's department", [["中共平江县委组织部"], ["2023年3月5日"]]],
    ["a city whose own name ends in 州", [["达州市人民政府办公室"], ["2023年3月5日"]]],
    ["a county whose own name ends in 乡", [["西乡县农业农村局"], ["2023年3月5日"]]],
    ["a county of one character", [["沙县人民政府办公室"], ["2023年3月5日"]]],
    ["a city of a longer name", [["呼和浩特市人民政府办公室"], ["2023年3月5日"]]],
    ["a city whose own name holds a level (津市)", [["津市市人民政府办公室"], ["2023年3月5日"]]],
    ["an autonomous prefecture", [["恩施土家族苗族自治州人民政府办公室"], ["2023年3月5日"]]],
    ["a banner", [["科尔沁左翼中旗人民政府办公室"], ["2023年3月5日"]]],
    ["a city whose own name opens like work (保定, to guarantee)", [["保定市人民政府办公室"], ["2023年3月5日"]]],
    ["a district whose own name opens like work (新建, to build)", [["新建区人民政府"], ["2023年3月5日"]]],
    ["a zone's management committee", [["邯郸经济技术开发区管理委员会"], ["2023年3月5日"]]],
    ["a zone's committee's office", [["唐山高新技术产业开发区管委会办公室"], ["2023年3月5日"]]],
    ["a zone whose own name opens like work (保定)", [["保定白沟新城管理委员会"], ["2023年3月5日"]]],
    ["a body with its seal note", [["平江县人民政府办公室（盖章）"], ["2023年3月5日"]]],
    ["a body and its day in one cell", [["浏阳市人民政府　2023年3月5日"]]],
    ["a body and its day in two cells of one row", [["区中小企业促进局", "2015年8月10日"]]],
    ["a body and its day set right of the list", [[null, "区中小企业促进局"], [null, "2015年8月10日"]]],
    ["two bodies issuing it jointly", [["中共平江县委组织部"], ["平江县人力资源和社会保障局"], ["2023年3月5日"]]],
    ["a blank row before it and the form's contact line after it", [[null], ["区中小企业促进局"], ["2015年8月10日"], ["联系电话：0731-83012345"]]],
  ])("is no task: %s", (_what, signOff) => {
    expect(rowsOf(signOff as CellValue[][])).toEqual(measures);
  });

  it("is skipped as the notice's footer with its day, named as written", () => {
    expect(read([["区中小企业促进局"], ["2015年8月10日"]]).skipped).toEqual([
      { row: 6, reason: "footer", text: "区中小企业促进局" },
      { row: 7, reason: "footer", text: "2015年8月10日" },
    ]);
  });

  // 大竹 2016 民生实事 (test/genre/dazhu-2016, 序号 | 民生实事 | 责任单位 | 完成时限): the sign-off set
  // right, in the unit and deadline columns, as the office issuing it would print it.
  const published = readPlan(genreSheet("dazhu-2016")).rows.map((r) => r.row);
  const signedBeside = (...rows: string[][]) =>
    readPlan(
      genreSheet("dazhu-2016", (t) => {
        t.rows.push(...rows);
      }),
    ).rows.map((r) => r.row);

  it("is no task in the unit column of a table, dated below", () => {
    expect(signedBeside(["", "", "大竹县人民政府办公室", ""], ["", "", "", "2016年2月26日"])).toEqual(published);
  });

  it("is no task in the unit column with its day beside it", () => {
    expect(signedBeside(["", "", "大竹县人民政府办公室", "2016年2月26日"])).toEqual(published);
  });

  it("is no task for either of two bodies issuing it jointly", () => {
    expect(signedBeside(["", "", "中共大竹县委办公室", ""], ["", "", "大竹县人民政府办公室", ""], ["", "", "", "2016年2月26日"])).toEqual(published);
  });

  it("is no task with its seal note on a line of its own", () => {
    expect(signedBeside(["", "", "大竹县人民政府办公室", ""], ["", "", "（盖章）", ""], ["", "", "", "2016年2月26日"])).toEqual(published);
  });

  it("is no task with a blank row before it and the form's contact line after it", () => {
    expect(signedBeside(["", "", "", ""], ["", "", "大竹县人民政府办公室", ""], ["", "", "", "2016年2月26日"], ["联系电话：0818-6222222", "", "", ""])).toEqual(
      published,
    );
  });

  it("leaves a name carrying on the last task's list of units (县商务局、 over 县市场监管局) no sign-off", () => {
    const carried = genreSheet("dazhu-2016", (t) => {
      t.rows[t.rows.length - 1][2] = "县商务局、";
      t.rows.push(["", "", "县市场监管局", ""], ["", "", "", "2016年2月26日"]);
    });
    expect(readPlan(carried).skipped).toEqual([]);
  });

  it("leaves a body's name a task where no day signs it", () => {
    expect(rowsOf([["区中小企业促进局"]])).toEqual([...measures, 6]);
  });

  it("leaves a body's name a task where a task follows it", () => {
    expect(rowsOf([["区中小企业促进局"], ["2015年8月10日"], ["（五）强化人才支撑。每年组织中小企业经营管理人员培训200人次。"]])).toEqual([...measures, 6, 8]);
  });

  it("leaves a short last task a task, numbered or opening with its work", () => {
    expect(rowsOf([["（五）加强督查考核。"], ["2015年8月10日"]])).toEqual([...measures, 6]);
    expect(rowsOf([["建设区级创业服务中心"], ["2015年8月10日"]])).toEqual([...measures, 6]);
  });

  it("leaves the last county of a split of targets its row, the bureau signing the split none", () => {
    const split: CellValue[][] = [
      ["2023年各县（市、区）新增城镇就业目标任务分解表"],
      ["县（市、区）", "目标任务（人）"],
      ["岳阳楼区", "8500"],
      ["汨罗市", "6200"],
      ["平江县", "5400"],
      ["岳阳市人力资源和社会保障局"],
      ["2023年3月5日"],
    ];
    const plan = readPlan(sheet(split, [{ top: 0, left: 0, bottom: 0, right: 1 }]));
    expect(plan.rows.map((r) => r.units.map((u) => u.name).join())).toEqual(["岳阳楼区", "汨罗市", "平江县"]);
  });

  it("leaves the last body of a split its row where the target above is merged down beside it", () => {
    // Two county governments sharing one target: the figure merged over both rows is the last one's too.
    const split: CellValue[][] = [
      ["2023年农村危房改造任务分解表"],
      ["责任单位", "改造任务（户）"],
      ["岳阳县人民政府", "320"],
      ["汨罗市人民政府", "450"],
      ["平江县人民政府", null],
      ["2023年3月5日"],
    ];
    const merges = [
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 3, left: 1, bottom: 4, right: 1 },
    ];
    const plan = readPlan(sheet(split, merges));
    expect(plan.rows.map((r) => r.units.map((u) => u.name).join())).toEqual(["岳阳县人民政府", "汨罗市人民政府", "平江县人民政府"]);
  });
});
