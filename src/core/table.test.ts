import { Grid } from "./grid";
import { checkSheet, readPlan } from "./index";
import { addressesEveryBody, headsLines, isHeadingLine, isLeadInLine, isListLabel, markerDepth, mayBeClosingLine } from "./table";
import type { CellValue, Rect, SheetSnapshot } from "./schema";
import { genreSheet } from "../../test/support/rules";
import { t2sEntries } from "../../test/support/t2s";
import type { GenreTable } from "../bench/layout";

function sheet(values: CellValue[][], merges: Rect[] = []): SheetSnapshot {
  return { sheet: "表1", origin: { row: 0, col: 0 }, values, dateCells: [], merges };
}
const across = (row: number, right: number): Rect => ({ top: row, left: 0, bottom: row, right });

describe("finding a table no column of which is labelled a task", () => {
  // 六安 2017 民生工程 通报, items laid into 序号 | 部分项目进展情况.
  const values: CellValue[][] = [
    ["序号", "部分项目进展情况"],
    ["1", "农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。"],
    ["2", "农村饮水安全巩固提升工程,牵头部门:市水利局。未完成建设任务的县区为舒城县。"],
    ["3", "城乡困难群体法律援助,牵头部门:市司法局。全市未完成援助任务的县区为舒城县、霍山县。"],
  ];

  it("reads the column of prose as the tasks instead of refusing the sheet", () => {
    const plan = readPlan(sheet(values));
    expect(plan.info.columns.requirement).toBe("B");
    expect(plan.rows.map((r) => r.seq)).toEqual(["1", "2", "3"]);
  });

  it("reads each task's unit from its own text, pointing at the task cell", () => {
    const plan = readPlan(sheet(values));
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual([["市交通局"], ["市水利局"], ["市司法局"]]);
    expect(plan.rows[0].cells.units).toBe("B2");
    expect(plan.rows[0].unitText).toBe("牵头部门:市交通局");
  });

  it("still refuses a sheet of short words with no task text", () => {
    expect(() => readPlan(sheet([["序号", "进展情况"], ["1", "已完成"], ["2", "推进中"]]))).toThrow();
  });
});

describe("a short results table whose problems column no pattern labels", () => {
  // A 专项整治 results table: the canteens inspected, what was found, what was done — two rows, no
  // number column. Invented names, the layout of the published ones.
  const results = (labels: CellValue[]): CellValue[][] => [
    labels,
    ["某县城关镇中心小学食堂", "仓库内食品离地离墙存放不到位", "已整改到位"],
    ["某县第二实验中学食堂", "留样冰箱温度记录不完整", "已完善留样记录"],
  ];

  it("reads the problems as the tasks under a modifier and 问题, whatever the modifier", () => {
    for (const problems of ["具体问题", "督查发现的问题", "安全生产问题", "存在的主要问题"]) {
      const plan = readPlan(sheet(results(["学校食堂", problems, "整改情况"])));
      expect(plan.info.columns.requirement).toBe("B");
      expect(plan.rows.map((r) => r.row)).toEqual([2, 3]);
    }
  });

  it("reads the canteens as the units under 责任单位", () => {
    const plan = readPlan(sheet(results(["责任单位", "具体问题", "整改情况"])));
    expect(plan.info.columns).toMatchObject({ units: ["A"], requirement: "B" });
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual([["某县城关镇中心小学食堂"], ["某县第二实验中学食堂"]]);
  });

  it("takes the column of longest sentences, no names and no reports of what was done, when no label names the tasks", () => {
    const plan = readPlan(sheet(results(["检查食堂", "情形", "整改情况"])));
    expect(plan.info.columns.requirement).toBe("B");
    expect(plan.rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it("passes over longer names of the places inspected and longer reports of what was done", () => {
    const plan = readPlan(sheet([
      ["检查食堂", "情形", "处理"],
      ["某县城关镇第一中心小学学生食堂", "防蝇帘老旧变硬", "已更换新的防蝇帘，并安排专人每日检查"],
      ["某县第二实验中学附属幼儿园", "留样记录不全", "已完善留样记录，由食堂负责人每日签字"],
    ]));
    expect(plan.info.columns.requirement).toBe("B");
  });

  it("says the plan assigns nobody instead of finding no table", () => {
    const { report: checked } = checkSheet(sheet(results(["学校食堂", "具体问题", "整改情况"])));
    expect(checked.findings.filter((f) => f.row === null).map((f) => f.rule).sort()).toEqual(["missing-deadline", "missing-unit-column"]);
  });

  it("still finds no table in short words over names and dates", () => {
    expect(() => readPlan(sheet([["单位", "日期"], ["县教育局", "2024年6月"], ["县卫健委", "2024年8月"]]))).toThrow();
  });
});

describe("a table whose only text column reports progress", () => {
  // 连云港 2025 前三季度民生实事, laid into 序号 | 民生实事推进情况: every cell says what was achieved.
  const report = (label: string): CellValue[][] => [
    ["序号", label],
    ["（一）", "2025年,省政府民生實事共有12類45件53個事項,涉及我市12類39件45個事項。根據季度序時進度安排,截至三季度末,其中24個事項已提前完成全年任務,9個事項超序時進度,11個事項按序時推進。已完成投資11.54億元,完成年度總投資的88.76%。"],
    ["（二）", "2025年,市政府民生實事10大類50個事項,根據季度序時進度安排,截至三季度末,其中14個事項已提前完成全年任務,7個事項超序時進度,26個事項按序時推進。已完成投資28.54億元,完成年度總投資的87.7%。"],
  ];

  it("reads each report as a task, as it reads the same rows under a task label", () => {
    for (const label of ["民生實事推進情況", "工作任务"]) {
      const plan = readPlan(sheet(report(label)));
      expect(plan.info.columns.requirement).toBe("B");
      expect(plan.rows.map((r) => [r.seq, r.units.length])).toEqual([["（一）", 0], ["（二）", 0]]);
    }
  });

  it("says the plan assigns nobody and sets no deadline, instead of finding no table", () => {
    const { report: checked } = checkSheet(sheet(report("民生實事推進情況")));
    expect(checked.findings.filter((f) => f.row === null).map((f) => f.rule).sort()).toEqual(["missing-deadline", "missing-unit-column"]);
  });

  it("reads the same reports under a blank 序号 label, under no labels, and laid into one column", () => {
    const rows = report("民生實事推進情況");
    const title: CellValue[] = ["前三季度我市民生實事加快推進", null];
    const variants: CellValue[][][] = [
      [title, [null, rows[0][1]], ...rows.slice(1)],
      [title, [null, null], ...rows.slice(1)],
      [[title[0]], [rows[0][1]], ...rows.slice(1).map((r) => [r[1]])],
    ];
    for (const values of variants) {
      expect(readPlan(sheet(values)).rows).toHaveLength(2);
      // The first report alone, a sheet of one item.
      expect(readPlan(sheet(values.slice(0, 3))).rows).toHaveLength(1);
    }
  });

  it("reads a single report under no labels (长沙 2015 为民办实事 进度完成情况, its first item)", () => {
    const values: CellValue[][] = [["长沙市为民办实事项目进度完成情况", null], [null, null], ["（一）", "提前完成任务指标有7项。截止7月底,全市已有7个考核项目已完成全年目标任务。其中省考核项目5项,市考核项目2项。分别为:落实公交优先、实施票价优惠,普通卡7折、学生卡5折、老年人残疾人爱心卡全免;县以上城镇生活垃圾无害化处理率达到年度工作目标;县以上城镇污水处理达到年度工作目标;完成山塘清淤增蓄5万亩;为农村寄宿制学校添置学生床位2320个;城乡居民人均最低生活保障标准均超额完成年度目标,其中农村居民最低生活保障标准达260元以上,城市居民最低生活保障标准达400元以上;农村五保户年分散供养标准达2640元以上。"]];
    expect(readPlan(sheet(values)).rows.map((r) => r.seq)).toEqual(["（一）"]);
  });
});

describe("the closing lines of a notice under a one-column completion table", () => {
  // 公示时间…如有异议…: 湘潭昭山 2015 (ytjkq.com/content/228/2015/0629/58170.html), 长沙芙蓉 2021
  // (furong.gov.cn …/t20211215_10395116.html), its second sentence also on a line of its own.
  const items = ["建设城乡居民文化活动、体育健身场所2个", "开工建设城镇老旧小区15个"];
  it.each([
    "公示时间为2015年6月29日—7月8日。如有异议,可通过来信、来电、来访的形式反映。",
    "公示时间2021年12月16日至12月23日。如有异议,可通过来信、来电、来访等方式向区实事办和统计局反映。",
    "如有异议,可通过来信、来电、来访等方式向区实事办和统计局反映。",
  ])("ends the table, no task: %s", (closing) => {
    const plan = readPlan(sheet([["民生实事"], ...items.map((t) => [t]), [closing]]));
    expect(plan.rows.map((r) => r.requirement)).toEqual(items);
  });
});

describe("a sentence merged across the whole table", () => {
  const plan = (values: CellValue[][], merged: number[]) => readPlan(sheet(values, merged.map((r) => across(r, values[1].length - 1))));

  it("is no task when it leads the list in (沅江 2023 民生实事, its notice's paragraph under the header)", () => {
    const read = plan(
      [
        ["沅江市人民政府2023年民生实事项目", null],
        ["序号", "民生实事项目"],
        ["沅江市第十八届人民代表大会第二次会议于2022年12月21日依法票决产生了沅江市人民政府2023年民生实事项目,现将票决结果公告如下:", null],
        ["1.", "中心城区水环境综合治理;"],
        ["2.", "“三线一站”新型电力系统建设;"],
      ],
      [0, 2],
    );
    expect(read.rows.map((r) => r.seq)).toEqual(["1.", "2."]);
  });

  it("is no task, and names no unit, when it is an instruction among the headings (苏州 2015)", () => {
    const read = plan(
      [
        ["2023年政府工作报告目标任务分解表", null, null, null],
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["一、细化任务抓落实", null, null, null],
        ["市政府将对各项目标任务实施动态管理,具体工作由市发改委牵头负责。", null, null, null],
        ["1", "围绕《县政府工作报告》确定的目标任务,明确量化目标、建设内容、责任主体、序时进度和保障措施", "县发改委", "2023年3月底前"],
      ],
      [0, 2, 3],
    );
    expect(read.rows.map((r) => [r.seq, r.units.map((u) => u.name)])).toEqual([["1", ["县发改委"]]]);
  });

  it("is still a task when it is numbered, and a heading when it reads as one", () => {
    const read = plan(
      [
        ["2023年民生实事", null],
        ["序号", "民生实事项目"],
        ["一、教育", null],
        ["1.中心城区新建幼儿园3所,新增学位1080个,年内建成投入使用。", null],
      ],
      [0, 2, 3],
    );
    expect(read.rows.map((r) => r.requirement.slice(0, 2))).toEqual(["1."]);
  });
});

describe("two unmerged header rows, the lower labelling what the upper leaves blank", () => {
  // A 推进情况表 of the kind: the upper row labels the task columns, the lower one the progress
  // figures (done, % done, expected by a date) and one column stays unlabelled.
  const values: CellValue[][] = [
    ["2024年重点工作推进情况表", null, null, null, null, null, null],
    ["工作任务", "责任单位", "年度目标", null, null, null, null],
    [null, null, null, "已完成", "完成%", "预计2024年12月底前完成量（含在建）", null],
    ["新增城镇就业", "县人社局", "5000人", "3200人", "64", "4500人", "正常推进"],
    ["农村公路提升改造", "县交通局", "80公里", "30公里", "38", "60公里", "进度滞后"],
    ["城区公厕新建改造", "县城管局", "20座", "20座", "100", "20座", "已完成"],
    ["老旧小区改造", "县住建局", "12个", "6个", "50", "10个", "正常推进"],
    ["新建公办幼儿园", "县教体局", "3所", "1所", "33", "2所", "正常推进"],
  ];

  it("reads both as the header, and the percent column as no numbering", () => {
    const { report } = checkSheet(sheet(values));
    expect(report.table?.headerRows).toEqual([2, 3]);
    expect(report.table?.columns).toEqual({ requirement: "A", units: ["B"] });
    expect(readPlan(sheet(values)).rows.map((r) => r.requirement)).toEqual(["新增城镇就业", "农村公路提升改造", "城区公厕新建改造", "老旧小区改造", "新建公办幼儿园"]);
  });

  it("takes no first task row for a second header under a header row left blank (黄石 2023 市差点位)", () => {
    const blank: CellValue[][] = [
      ["", null, null],
      [null, null, null],
      ["農貿市場及周邊", "百大生鮮農貿市場及周邊小區", "黃石市市場監督管理局、黃石港區"],
    ];
    expect(readPlan(sheet(blank)).rows.map((r) => r.units.map((u) => u.name))).toEqual([["黄石市市场监督管理局", "黄石港区"]]);
  });

  it("still takes a first task row under a header that labels every column for a task", () => {
    const labelled = values.map((row, r) => (r === 1 ? ["工作任务", "责任单位", "年度目标", "已完成", "完成%", "预计年底完成", "备注"] : row)).filter((_, r) => r !== 2);
    expect(checkSheet(sheet(labelled)).report.table?.headerRows).toEqual([2]);
  });
});

describe("a repeated header", () => {
  // 洛阳 2007 十件实事 laid into 类别 | 实事, the category merged down; the first item under it is
  // 博兴 2015's 投资5300万元建成公租房510套… — short cells that each look like a column label
  // (…实事, …万元) without repeating the table's own.
  const values: CellValue[][] = [
    ["类别", "实事"],
    ["为城镇居民办好十件实事", "投资5300万元建成公租房510套,改造农村危房203户"],
    [null, "③新增就业10万人,实现下岗失业人员再就业3.47万人,安排“零就业”家庭每户1人就业。"],
    ["类别", "实事"],
    ["为农民办好十件实事", "②解决20万人的饮水安全问题,保证群众喝上干净水、放心水。"],
  ];
  const merges: Rect[] = [{ top: 1, left: 0, bottom: 2, right: 0 }];

  it("is a row repeating the table's header, not one whose short cells look like labels", () => {
    const plan = readPlan(sheet(values, merges));
    expect(plan.rows.map((r) => [r.category, r.requirement.slice(0, 5)])).toEqual([
      [["为城镇居民办好十件实事"], "投资530"],
      [["为城镇居民办好十件实事"], "③新增就业"],
      [["为农民办好十件实事"], "②解决20"],
    ]);
  });

  it("keeps the items when the category column's label is blank", () => {
    const blank = values.filter((_, r) => r !== 3).map((row, r) => (r === 0 ? [null, row[1]] : row));
    expect(readPlan(sheet(blank, merges)).rows).toHaveLength(3);
  });
});

describe("a table of 工作任务 and 具体内容 only", () => {
  it("is read though it names no unit, deadline or number column", () => {
    const plan = readPlan(
      sheet([
        ["工作任务", "具体内容"],
        ["深化政策解读", "积极做好政策解读工作,持续提升政策解读质量,丰富解读形式。"],
        ["规范办理依申请公开", "依法依规办理政府信息公开申请,防范法律风险。"],
      ]),
    );
    expect(plan.rows).toHaveLength(2);
    expect(plan.rows.every((r) => r.unitStatus === "missing")).toBe(true);
  });
});

describe("units named by the heading of a group of tasks", () => {
  // 宿州 2021 一季度通报: the lagging tasks grouped under their unit.
  const values: CellValue[][] = [
    ["序号", "推进较慢事项"],
    ["(一)市发展改革委(2项)", null],
    ["1", "加快省市两级战新基地发展,大力培育省级重大新兴工程和重大新兴专项推进较慢。"],
    ["2", "推广张江萧县高科技园合作经验推进较慢。"],
    ["(二)市经济和信息化局(1项)", null],
    ["1", "龙头企业培育专项行动无实质性进展。"],
    ["二、其他事项", null],
    ["1", "老旧小区通信线缆入地改造正在进行前期调研规划,推进较慢。"],
  ];
  const plan = () => readPlan(sheet(values, [across(1, 1), across(4, 1), across(6, 1)]));

  it("reads the heading's unit for every task under it, pointing at the heading", () => {
    const rows = plan().rows;
    expect(rows.map((r) => r.units.map((u) => u.name))).toEqual([["市发展改革委"], ["市发展改革委"], ["市经济和信息化局"], []]);
    expect(rows[0].cells.units).toBe("A2");
    expect(rows[2].cells.units).toBe("A5");
  });

  it("ends the heading's scope at the next heading of its level or above", () => {
    expect(plan().rows[3].unitStatus).toBe("missing");
  });

  it("never takes a task's own unit cell over by the heading", () => {
    const withColumn = readPlan(
      sheet(
        [
          ["序号", "工作任务", "责任单位"],
          ["(一)县发改局牵头", null, null],
          ["1", "推进重点项目建设,加快项目前期工作。", "县住建局"],
          ["2", "做好重大项目储备,争取上级资金支持。", null],
        ],
        [across(1, 2)],
      ),
    );
    expect(withColumn.rows.map((r) => r.units.map((u) => u.name))).toEqual([["县住建局"], ["县发改局"]]);
    expect(withColumn.rows[1].lead).toBe("县发改局");
  });
});

describe("a column of the projects an office takes on (领办项目), the office named in a heading row", () => {
  // A 我为群众办实事 list: each office's heading row (区委办公室(3项)) spans 序号 | 领办项目 | 工作进展
  // over the numbered projects it takes on.
  const values = (label: string): CellValue[][] => [
    ["“我为群众办实事”实践活动项目清单"],
    ["序号", label, "工作进展"],
    ["区委办公室(3项)", null, null],
    ["1", "下荒村路灯损坏修复项目。", "路灯专用灯泡已全部更换完毕。"],
    ["2", "老旧小区楼道照明改造项目。", "已完成12栋楼改造。"],
    ["3", "开展困难群众走访慰问工作", "已完成。"],
    ["区人力资源和社会保障局(2项)", null, null],
    ["4", "农民工工资清欠专项行动。", "正在推进。"],
    ["5", "零工市场服务站点建设工程。", "已选定场地。"],
  ];
  const unitsRead = (label: string) =>
    readPlan(sheet(values(label), [across(2, 2), across(6, 2)])).rows.map((r) => r.units.map((u) => `${u.name}:${u.role}`));
  const byHeading = [...Array(3).fill(["区委办公室:responsible"]), ...Array(2).fill(["区人力资源和社会保障局:responsible"])];

  it.each(["领办项目", "牵头事项", "认领项目"])("reads the office of the heading row under %s, never a project as a unit", (label) => {
    expect(unitsRead(label)).toEqual(byHeading);
  });

  it("reads project names as the items whatever their label says (领办)", () => {
    expect(unitsRead("领办")).toEqual(byHeading);
  });

  it("still reads a 领办单位 column of offices as the lead", () => {
    const plan = readPlan(
      sheet([
        ["序号", "领办项目", "领办单位", "配合单位"],
        ["1", "下荒村路灯损坏修复项目。", "区委办公室", "区住建局"],
        ["2", "农民工工资清欠专项行动。", "区人力资源和社会保障局", ""],
      ]),
    );
    expect(plan.rows.map((r) => r.lead)).toEqual(["区委办公室", "区人力资源和社会保障局"]);
  });
});

describe("the plan year of a sheet that gives it only in a column label", () => {
  it("reads 6月底前 in the year the 2024年完成情况 column is about", () => {
    const plan = readPlan(
      sheet([
        ["重点工作推进情况表"],
        ["序号", "工作任务", "责任单位", "完成时限", "2024年完成情况"],
        ["1", "完成城区老旧小区改造12个,惠及居民1500户。", "县住建局", "6月底前", "已完成改造8个"],
        ["2", "新建城市书房2处,提升公共文化服务水平。", "县文旅局", "9月底前", "正在装修"],
      ]),
    );
    expect(plan.planYear).toBe(2024);
    expect(plan.rows.map((r) => r.deadline.date)).toEqual(["2024-06-30", "2024-09-30"]);
  });
});

describe("a progress sheet whose header has a row of sub-labels", () => {
  // 序号 | 工作任务 | 责任单位 | 完成时限 | 2024年进度 (over 一季度 | 二季度), no cell merged down.
  const values: CellValue[][] = [
    ["序号", "工作任务", "责任单位", "完成时限", "2024年进度", null],
    [null, null, null, null, "一季度", "二季度"],
    ["1", "完成城区老旧小区改造12个,惠及居民1500户。", "县住建局", "6月底前", "完成方案设计", "开工建设"],
    ["2", "新建城市书房2处,提升公共文化服务水平。", "县文旅局", "9月底前", "完成选址", "完成装修"],
  ];
  const spread: Rect = { top: 0, left: 4, bottom: 0, right: 5 };

  it("takes the sub-label row into the header, not for a task", () => {
    const plan = readPlan(sheet(values, [spread]));
    expect(plan.info.headerRows).toEqual([1, 2]);
    expect(plan.rows.map((r) => r.row)).toEqual([3, 4]);
  });

  it("leaves a first task row of short words in the body when nothing is spread above it", () => {
    const plan = readPlan(sheet(values));
    expect(plan.info.headerRows).toEqual([1]);
  });
});

describe("a deadline column told by its cells when its label names nothing", () => {
  // 开化 2023 重点工作清单: the 进度安排 cells, here under a header cell left empty, as extracted
  // tables often leave it. Each cell is prose milestones, longer than any deadline phrase.
  const values: CellValue[][] = [
    ["开化县2023年度重点工作清单", null, null],
    ["序号", "工作事项", ""],
    ["1", "启动新安综合体建设。", "①2月上旬前,完成设计招标。②3月底前,完成图纸深化设计。③5月底前,完成施工许可报批并开工建设。"],
    [
      "2",
      "以更加开放的姿态,支持银行、证券、保险业发展,壮大金融服务业。",
      "①3月底前,召开金融联席会议,明确2023年金融指标增长目标,压实责任,明确举措。②5月底前,召开金融助力“三年活动”破难攻坚要素保障政银企业对接会。③6月底前,出台碳账户贷款贴息、央行结构性货币政策工具贴息政策,并组织开展兑现。",
    ],
  ];

  it("takes the column of milestones as the deadline, due at the latest", () => {
    const plan = readPlan(sheet(values, [across(0, 2)]));
    expect(plan.info.columns.deadline).toBe("C");
    expect(plan.rows.map((r) => [r.deadline.class, r.deadline.date])).toEqual([
      ["date", "2023-05-31"],
      ["date", "2023-06-30"],
    ]);
  });
});

describe("a task whose text carries on into the next row (a page break, a paste from Word or PDF)", () => {
  // 池州 信访局 政务公开 任务清单: 工作任务 | 序号 | 具体要求 | 责任科室 | 时限要求; task 3 cut mid-sentence
  // after 严格执行政府信息, its rest on a row of its own under the 工作任务 cell merged over both.
  const task3 = "严格规范政府信息公开专栏,及时、集中、规范发布法定主动公开内容。严格执行政府信息公开制度,完善政府信息公开保密审查,增强保密意识,防范泄密风险。";
  const cut = task3.indexOf("公开制度");
  const withRows = (...inserted: string[][]) =>
    genreSheet("chizhou-xfj", (t) => {
      t.rows[2][2] = task3.slice(0, cut);
      t.rows.splice(3, 0, ...inserted);
      t.merges = [{ col: 0, fromRow: 2, toRow: 3 + inserted.length }];
      t.expected.splice(3, 0, ...inserted.map(() => null));
    });
  // Worksheet rows: title 1, header 2, plan row i on i + 3.
  const continued = withRows(["", "", task3.slice(cut), "", ""]);

  it("joins the row to the task above instead of reading a task of its own", () => {
    const plan = readPlan(continued);
    expect(plan.rows.map((r) => r.seq)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(plan.rows[2].requirement).toBe(task3);
    expect(plan.skipped).toEqual([{ row: 6, reason: "continuation", text: task3.slice(cut) }]);
  });

  it("joins it across a printed page break: the page number and the header printed again in between", () => {
    const printed = genreSheet("chizhou-xfj", (t) => {
      t.rows[2][2] = task3.slice(0, cut);
      t.rows.splice(3, 0, ["", "- 2 -", "", "", ""], ["工作任务", "", "具体要求", "责任科室", "时限要求"], ["", "", task3.slice(cut), "", ""]);
      t.merges = [];
    });
    const plan = readPlan(printed);
    expect(plan.rows[2].requirement).toBe(task3);
    expect(plan.skipped.map((s) => [s.row, s.reason])).toEqual([[8, "continuation"]]);
  });

  it("joins every row of a text cut twice, one opening mid-clause", () => {
    const twice = genreSheet("chizhou-xfj", (t) => {
      t.rows[2][2] = "严格规范政府信息公开专栏,";
      t.rows.splice(3, 0, ["", "", "及时、集中、规范发布法定主动公开内容。严格执行政府信息公开制度,完善政府信息公开保密审查", "", ""], ["", "", ",增强保密意识,防范泄密风险。", "", ""]);
      t.merges = [{ col: 0, fromRow: 2, toRow: 5 }];
    });
    const plan = readPlan(twice);
    expect(plan.rows[2].requirement).toBe(task3);
    expect(plan.skipped.map((s) => [s.row, s.reason])).toEqual([[6, "continuation"], [7, "continuation"]]);
  });

  it("keeps a heading under the task: marker-led, or short and ending no sentence", () => {
    for (const heading of ["二、做好主动公开基础工作", "规范办理依申请公开"]) {
      const plan = readPlan(withRows(["", "", heading, "", ""]));
      expect(plan.skipped).toEqual([]);
      expect(plan.rows[2].requirement).toBe(task3.slice(0, cut));
    }
  });

  it("keeps a row that has a number, a unit or a deadline of its own as a task", () => {
    for (const own of [["", "", task3.slice(cut), "办公室", ""], ["", "", task3.slice(cut), "", "年底前"], ["", "3.1", task3.slice(cut), "", ""]]) {
      const plan = readPlan(withRows(own));
      expect(plan.skipped).toEqual([]);
      expect(plan.rows.map((r) => r.row)).toContain(6);
    }
  });

  // 北塔 2020 扶贫资金安排表 copied without its header: 序号 | 村名 | 项目名称 | 建设内容 | 资金金额, the
  // last project naming no village. Its number is no page number: the row holds more text.
  it("keeps a task whose number is its only text in the columns read, and drops a page number alone on its line", () => {
    const plan = readPlan(
      sheet([
        ["北塔区2020年第一批中央财政扶贫专项资金安排表", null, null, null, null],
        ["1", "苗儿村", "水果基地", "续建", "20"],
        ["2", "苗儿村", "蔬菜基地", "续建", "30"],
        ["3", "田江村", "蔬菜基地", "新建", "20"],
        [null, "- 2 -", null, null, null],
        ["4", "田江村", "水果基地", "续建", "30"],
        ["5", null, "小额信贷贴息", null, "12"],
      ]),
    );
    expect(plan.rows.map((r) => r.seq)).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("keeps the rows of a table whose tasks carry no number", () => {
    const plan = readPlan(
      sheet([
        ["序号", "工作任务", "责任单位", "完成时限"],
        [null, "积极做好政策解读工作,持续提升政策解读质量,丰富解读形式。", "办公室", "年底前"],
        [null, "依法依规办理政府信息公开申请,做行政复议答复和行政诉讼答辩工作,防范法律风险。", null, null],
        [null, "制定并公开本部门政务公开重点任务清单,明确具体要求、责任科室及完成时限,逐项推动工作落实。", "办公室", "年底前"],
      ]),
    );
    expect(plan.rows).toHaveLength(3);
    expect(plan.skipped).toEqual([]);
  });
});

describe("a list laid into one column", () => {
  // 十堰 2011 十件实事: items numbered 一、 … like headings, under a line the clerk typed as the label.
  const values: CellValue[][] = [
    ["市政府2011年10件实事"],
    ["实事项目"],
    ["一、解决农村10万人安全饮水问题。"],
    ["二、新建300个农村村级综合服务社、新建改造20个社区综合服务站。"],
    ["三、完善26个乡镇卫生院医疗急救站。"],
  ];

  it("is read, its label under the title as the header, rather than refused", () => {
    const plan = readPlan(sheet(values));
    expect(plan.info.headerRows).toEqual([2]);
    expect(plan.title).toBe("市政府2011年10件实事");
    expect(plan.rows.map((r) => r.row)).toEqual([3, 4, 5]);
    expect(plan.rows.every((r) => r.unitStatus === "missing" && r.deadline.class === "missing")).toBe(true);
  });

  // Sent round as an attachment or a form: 附件1 above the title, a 填报 line under it.
  it.each([
    ["an attachment mark above the title", [["附件1"], ["《政府工作报告》解读2011:十件实事"], ...values.slice(1)], 3],
    ["a form's 填报 line under the title", [values[0], ["填报单位：县人民政府办公室　填报日期：2011年3月15日"], ...values.slice(1)], 3],
  ])("is read with %s, which is no label and no task", (_, lines, labelRow) => {
    const plan = readPlan(sheet(lines as CellValue[][]));
    expect(plan.info.headerRows).toEqual([labelRow]);
    expect(plan.rows.map((r) => r.row)).toEqual([labelRow + 1, labelRow + 2, labelRow + 3]);
  });

  // 六安 民生工程 通报: the list's own label 二、部分项目进展情况 beside a column the clerk added.
  it.each([
    ["备注", "联系人：王伟，电话：13800000001"],
    ["进展情况", "正在推进，已完成年度目标的60%。"],
  ])("is read under its own label beside a %s column, the title no header", (aside, note) => {
    const plan = readPlan(
      sheet([
        ["六安市1至8月份民生工程实施进度通报", null],
        ["二、部分项目进展情况", aside],
        ["1、学前教育促进,牵头单位:市教体局。其中,8月份督查暗访发现问题整改不到位的为舒城县。", note],
        ["2、中小学及中职学校教师培训,牵头单位:市教体局。其中,中小学教师培训进度较慢的为叶集区。", null],
      ]),
    );
    expect(plan.info.headerRows).toEqual([2]);
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual([["市教体局"], ["市教体局"]]);
  });

  it("takes a heading line as a heading and the sentences under it as tasks", () => {
    // 北京 2016 政务公开工作要点: part and section headings over the point's paragraph.
    const plan = readPlan(
      sheet([
        ["工作要点"],
        ["一、围绕深化改革推进公开"],
        ["(一)进一步推进权力清单和责任清单公开"],
        ["对权力清单进行动态调整,公布2016年版市政府部门权力清单。"],
        ["编制城市应急管理、环境保护、缓解交通拥堵等重点领域专项责任清单。"],
      ]),
    );
    expect(plan.rows.map((r) => r.row)).toEqual([4, 5]);
    expect(plan.rows[0].category).toEqual(["一、围绕深化改革推进公开", "(一)进一步推进权力清单和责任清单公开"]);
  });

  it("reads one column of schedules written out at length as the tasks, not refused as a deadline column", () => {
    // 临安 2022 民生实事 with only its 工作举措及实施计划 column left: each line opens with its time.
    const column = genreSheet("linan-2022-msss").values.map((r) => r[2]);
    const schedules = column.slice(column.indexOf("工作举措及实施计划") + 1).map((v) => [v]);
    const plan = readPlan(sheet([["工作举措及实施计划"], ...schedules]));
    expect(plan.info.headerRows).toEqual([1]);
    expect(plan.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(plan.rows[0].requirement).toMatch(/^1\.4月底前职教中心/u);
  });

  it("takes no numbered item for a label row when every label is blank", () => {
    // 新建区 2024 民生实事 进度表: not the body row  |  |  |  | 2.乐业路 | 区城管局 | 已完工.
    const plan = readPlan(
      genreSheet("xinjianqu-2024-msss-progress", (t) => {
        t.header = t.header.map(() => "");
      }),
    );
    expect(plan.info.headerRows).toEqual([2]);
    expect(plan.rows[0].row).toBe(3);
  });

  it("takes no row under numbered task rows for the header when every label is blank", () => {
    // 珠海高新区 税务局 目录: not 组织机构 | 领导分工 | 领导简介、分管工作等 | 办公室, under items 1 and 2.
    const plan = readPlan(
      genreSheet("zhuhai-gxq-swj-catalogue", (t) => {
        t.header = t.header.map(() => "");
        t.header2 = t.header2?.map(() => "");
      }),
    );
    expect(plan.info.headerRows).toEqual([3]);
    expect(plan.rows.map((r) => r.row)).toEqual([4, 5, 6, 7, 8, 9, 10]);
  });

  it("still refuses one column of short words with no task sentence", () => {
    expect(() => readPlan(sheet([["进展情况"], ["已完成"], ["推进中"], ["未启动"]]))).toThrow();
  });

  it("is no list when another column beside it is filled", () => {
    expect(isListLabel(new Grid(sheet([["实事项目", null], ...values.slice(2).map((r) => [r[0], "县水利局"])])), 0)).toBe(false);
    expect(isListLabel(new Grid(sheet(values)), 1)).toBe(true);
  });
});

describe("a one-column list headed by its lead-in sentence", () => {
  // 兴宁 2021 人大 公告: a short notice title over 兴宁市第十五届人民代表大会第七次会议于…确定以下十个项目为…民生实事项目：
  // (far past a caption's length) over items 1、… 10、 and 现予以公告.
  const expectLeadInHeader = (edit?: (t: GenreTable) => void) => {
    const plan = readPlan(genreSheet("xingning-2021-msss-gonggao", edit));
    expect(plan.info.headerRows).toEqual([2]);
    expect(plan.rows.map((r) => r.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  };

  it("takes the lead-in, not the title above it, for the header, however long it is", () => expectLeadInHeader());

  it("takes the lead-in for the header under a title as short as a column label", () => expectLeadInHeader((t) => (t.title = "公告(第3号)")));

  it("takes the lead-in for the header with no title above it, not the first item", () => expectLeadInHeader((t) => (t.title = "")));

  it("takes the lead-in for the header beside a labelled 备注 column", () =>
    expectLeadInHeader((t) => {
      t.header = [...t.header, "备注"];
      t.rows = t.rows.map((r, i) => [...r, i === 0 ? "联系人：张三" : ""]);
    }));

  it("is no lead-in when numbered itself or ending a sentence", () => {
    expect(isLeadInLine("确定以下十个项目为2021年度兴宁市人民政府民生实事项目:")).toBe(true);
    expect(isLeadInLine("沅江市人民政府2023年民生实事项目")).toBe(true);
    expect(isLeadInLine("2、预防接种门诊整体搬迁项目")).toBe(false);
    expect(isLeadInLine("提高低保、特困人员、孤儿基本生活补贴和残疾人两项补贴保障水平;")).toBe(false);
  });

  it("skips the notice's closing formula under the list, and its signature and date", () => {
    const plan = readPlan(genreSheet("xingning-2021-msss-gonggao", (t) => t.rows.push(["兴宁市第十五届人民代表大会第七次会议主席团"], ["二0二一年二月八日"])));
    expect(plan.rows.map((r) => r.row)).not.toContain(13);
    expect(plan.skipped.map(({ row, reason, text }) => [row, reason, text])).toEqual([
      [13, "footer", "现予以公告"],
      [14, "footer", "兴宁市第十五届人民代表大会第七次会议主席团"],
      [15, "footer", "二0二一年二月八日"],
    ]);
  });
});

describe("a second header row that labels the first row's columns again and goes on", () => {
  // An extraction shifted the labels: the upper row labels only the first two columns, the lower labels
  // those two again and the rest; nothing is merged down.
  const shifted = (t: GenreTable) => {
    t.header2 = [...t.header];
    t.header = t.header.map((h, i) => (i < 2 ? h : ""));
    t.headerRows = 2;
  };

  it("is header, not a task, under a header naming no responsible column", () => {
    // 门头沟 2024 政务公开目录: 序号 | 具体职责 over 序号 | 具体职责 | 业务事项 | … | 公开时限 | 公开形式.
    const plan = readPlan(genreSheet("mentougou-2024-zwgk-catalogue", shifted));
    expect(plan.info.headerRows).toEqual([2, 3]);
    expect(plan.rows[0]).toMatchObject({ row: 4, seq: "6" });
  });

  it("takes the upper row into the header when the lower names the responsible column", () => {
    // 苍南 2022 民生实事: 序号 | 项目内容 over 序号 | 项目内容 | 当前进度 | 牵头单位 | 备注.
    const plan = readPlan(genreSheet("cangnan-2022-msss", shifted));
    expect(plan.info.headerRows).toEqual([2, 3]);
    expect(plan.rows[0]).toMatchObject({ row: 4, seq: "1" });
  });
});

describe("heading lines", () => {
  it("are short and end no sentence", () => {
    expect(isHeadingLine("一、围绕深化改革推进公开")).toBe(true);
    expect(isHeadingLine("一、解决农村10万人安全饮水问题。")).toBe(false);
    expect(isHeadingLine("打通东新街西段和前进西路西段;")).toBe(false);
  });
});

describe("a line addressed to every body at once", () => {
  it("is told by its catch-all subject before 要, 请…, 务必", () => {
    // 嘉兴 2023 and 大洼 2021 notices.
    expect(addressesEveryBody("各地、各部门要坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神。")).toBe(true);
    expect(addressesEveryBody("请各牵头单位要严格按照任务分工,对涉及的工作任务进行再细化、再分解。")).toBe(true);
    expect(addressesEveryBody("各相关单位要通力协作、主动作为、凝聚合力。")).toBe(true);
    // A county notice of 2016 (zjc.gov.cn): a request with no 要.
    expect(addressesEveryBody("请各乡镇、县直各单位紧扣各项目标任务,立足各自实际和职能,细化目标任务,靠实工作责任,全力抓好落实。")).toBe(true);
  });

  it("is a notice's salutation: every body addressed, then a colon", () => {
    expect(addressesEveryBody("各单位：现将有关事项通知如下。")).toBe(true);
    expect(addressesEveryBody("各乡镇人民政府，县政府各部门：")).toBe(true);
  });

  it("is not a task whose subject is one body, nor a target, nor a field naming one body", () => {
    expect(addressesEveryBody("市政府督查室要根据各项工作任务完成时限要求,适时开展督查督办工作。")).toBe(false);
    expect(addressesEveryBody("实施118条市政道路建设。")).toBe(false);
    expect(addressesEveryBody("责任单位：区住建局")).toBe(false);
    // 宣城 基层政务公开: a level of government named without 各 is who does the task.
    expect(addressesEveryBody("縣、鄉兩級政府要健全政務公開工作機構,確保政務公開工作有機構承擔、有專人負責。")).toBe(false);
  });

  it("leaves a notice laid into a sheet (a title and its salutation) with no table to read", () => {
    expect(() => readPlan(sheet([["关于做好2024年政务公开工作的通知"], ["各单位：现将有关事项通知如下。"]]))).toThrow();
  });

  it("is neither a task nor a heading naming the units of the tasks under it", () => {
    const plan = readPlan(
      sheet(
        [
          ["序号", "工作任务", "责任单位", "完成时限"],
          ["1", "地区生产总值增长6%左右。", "市发展改革委", "12月底前"],
          ["各地、各部门要通力协作、主动作为、凝聚合力", null, null, null],
          ["2", "研发投入强度达到3.5%。", "市科技局", "12月底前"],
          ["3", "城镇新增就业8万人。", null, "12月底前"],
        ],
        [across(2, 3)],
      ),
    );
    expect(plan.rows.map((r) => r.row)).toEqual([2, 4, 5]);
    expect(plan.rows[2].units).toEqual([]);
    expect(plan.notes).toContain("各地、各部门要通力协作、主动作为、凝聚合力");
  });
});

describe("numbered rows under labels the reader does not know", () => {
  // 松阳 2022: project names beside the number, places after them.
  it("are read, the names after the number being the tasks", () => {
    const plan = readPlan(
      sheet([
        ["", "十件民生实事项目", "实施点位"],
        ["1", "农村路灯亮化工程", "全县19个乡镇(街道)50余个村"],
        ["2", "农村公路改建提升工程", "斋坛乡斋坛-大路提升工程、新兴镇泉大线提升工程"],
      ]),
    );
    expect(plan.info.columns.seq).toBe("A");
    expect(plan.info.columns.requirement).toBe("B");
    expect(plan.rows.map((r) => r.requirement)).toEqual(["农村路灯亮化工程", "农村公路改建提升工程"]);
  });

  it("takes the names, not the 进展情况 prose beside them, for the tasks", () => {
    // The names from 松阳 2022, the progress sentences from 平阳 2021.
    const plan = readPlan(
      sheet([
        ["", "十件民生实事项目", "进展情况"],
        ["1", "农村路灯亮化工程", "30所智慧校园安保一体化管理系统建设和41所学校数字视频监控更新添置招投标文件已发布。"],
        ["2", "农村公路改建提升工程", "目前已确定221名残疾儿童已经在机构开始服务,已完成半年度报销工作。"],
      ]),
    );
    expect(plan.info.columns.requirement).toBe("B");
  });
});

describe("a schedule spread over quarter sub-columns", () => {
  // 苍南 2023 省民生实事实施计划, its 工作进度安排 laid out as 进度安排 over 第一季度 … 第四季度.
  const values: CellValue[][] = [
    ["序号", "项目内容", "进度安排", null, null, null, "牵头单位"],
    [null, null, "第一季度", "第二季度", "第三季度", "第四季度", null],
    ["1", "完成“县中崛起”(苍南中学结对瑞安中学)。", "受援地、支援地的学校举行跨地区教共体学校结对仪式", "组织安排优秀教师按1:3比例与受援校教师建立师徒结对关系", "支援校向受援校开展同步课堂或送教下乡示范课", "组织开展教师集体网络研修或教师线下集体教研活动", "县教育局"],
    ["2", "符合条件的义务教育段随迁子女在家长常住地100%保障入学。", "全面完成春季学期随迁子女转学、入学保障工作", "启动随迁子女新生报名入学工作", "完成随迁子女新生学籍录入工作", null, "县教育局"],
  ];
  const merges: Rect[] = [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 1, right: 1 },
    { top: 0, left: 2, bottom: 0, right: 5 },
    { top: 0, left: 6, bottom: 1, right: 6 },
  ];

  it("gives no quarter's column the deadline: the table has no deadline column", () => {
    const plan = readPlan(sheet(values, merges));
    expect(plan.info.headerRows).toEqual([1, 2]);
    expect(plan.info.columns.deadline).toBeUndefined();
    expect(plan.rows.map((r) => [r.units.map((u) => u.name), r.deadline.class])).toEqual([
      [["县教育局"], "missing"],
      [["县教育局"], "missing"],
    ]);
  });
});

describe("a schedule by quarter written in one cell", () => {
  // 苍南 2023 省民生实事实施计划 as the 239539.com mirror prints it (simplified, its stray commas
  // dropped): 工作进度安排 holds each quarter's step in one cell, beside what has been done. A title
  // row naming the plan and its year stands over it, as over any sheet of the plan.
  const values: CellValue[][] = [
    ["序号", "项目内容", "工作进度安排", "目前实施情况", "牵头单位"],
    [
      "1",
      "完成“县中崛起” (苍南中学结对瑞安中学)。",
      "第一季度:受援地、支援地的学校举行跨地区教共体学校结对仪式;第二季度:组织安排优秀教师按1:3比例与受援校教师建立师徒结对关系;第三季度:支援校向受援校开展同步课堂或送教下乡示范课;第四季度(11月份):组织开展教师集体网络研修或教师线下集体教研活动。",
      "已完成第一季度结对仪式,签订结对帮扶协议。",
      "县教育局",
    ],
  ];

  it("reads the schedule, a step a quarter through the fourth, as the deadline: the end of the plan year", () => {
    const plan = readPlan(sheet([["苍南县2023年省民生实事实施计划", null, null, null, null], ...values]));
    expect(plan.info.columns.deadline).toBe("C");
    expect(plan.rows.map((r) => [r.units.map((u) => u.name), r.deadline.class, r.deadline.date])).toEqual([[["县教育局"], "date", "2023-12-31"]]);
  });

  it("reads it as the deadline under a label naming no time, beside the lead and the progress", () => {
    // The same task laid out as a one-row key-work sheet: 重点工作 | 牵头单位 | 年度阶段性目标 | 进展情况.
    const [, [, task, schedule, progress, lead]] = values;
    const plan = readPlan(sheet([["苍南县2023年省民生实事实施计划", null, null, null], ["重点工作", "牵头单位", "年度阶段性目标", "进展情况"], [task, lead, schedule, progress]]));
    expect(plan.info.columns.deadline).toBe("C");
    expect(plan.rows.map((r) => [r.lead, r.deadline.class, r.deadline.date])).toEqual([["县教育局", "date", "2023-12-31"]]);
  });
});

describe("a part whose only content is one unnumbered line", () => {
  // A legislature's supervision plan laid out as 序号 | 监督工作内容 under its part headings: 鄂州 2020's
  // reports (their (一), (二) moved to the number column), then two parts of a township presidium's
  // 工作要點 each holding one item — the first cut to its opening clause, a short line with no stop.
  const values: CellValue[][] = [
    ["序号", "监督工作内容"],
    [null, "一、听取和审议专项工作报告"],
    ["1", "听取和审议市人民政府关于村(社区)法律顾问工作情况的报告。报告拟安排在6月份举行的常委会会议上听取和审议。由监察和司法委员会负责做好相关工作。"],
    ["2", "听取和审议市人民政府关于医疗保险工作情况的报告。报告拟安排在6月份举行的常委会会议上听取和审议。由社会建设委员会负责做好相关工作。"],
    [null, "二、改進代表工作,進一步發揮代表主體作用"],
    [null, "認真督辦人大代表建議"],
    [null, "三、推動“四化”同步,進一步增強監督工作實效"],
    [null, "圍繞維護社會公平正義,加強司法監督。支持鎮政府加強社會管理綜合治理,確保社會穩定。"],
  ];

  it("reads that line as the part's task, not as a heading, under the table's last part too", () => {
    const plan = readPlan(sheet(values));
    expect(plan.rows.map((r) => r.row)).toEqual([3, 4, 6, 8]);
  });

  it("reads it so when the line is merged across the number column, as a paragraph is", () => {
    const across: Rect[] = [4, 5, 6, 7].map((row) => ({ top: row, left: 0, bottom: row, right: 1 }));
    const merged = values.map((r, i) => (i >= 4 ? [r[1], null] : r));
    expect(readPlan(sheet(merged, across)).rows.map((r) => r.row)).toEqual([3, 4, 6, 8]);
  });

  it("reads it so in a list laid into one column as well", () => {
    const numbers = ["(一)", "(二)"];
    const lines = values.map(([n, text], i) => [i === 0 ? text : n ? `${numbers[Number(n) - 1]}${text}` : text]);
    expect(readPlan(sheet(lines)).rows.map((r) => r.row)).toEqual([3, 4, 6, 8]);
  });

  it("still reads a heading over the numbered items of its part as a heading", () => {
    const withItems = [...values.slice(0, 6), ["1", "認真督辦人大代表建議。"], ...values.slice(6)];
    expect(readPlan(sheet(withItems)).rows.map((r) => r.row)).toEqual([3, 4, 7, 9]);
  });
});

describe("a table of tasks beside a column of no role", () => {
  // 松阳 2022 and 平阳 2021 民生实事 progress: the task and its 进展情况, one naming the bureaus it
  // worked with; a task written without a full stop is still no heading.
  const values: CellValue[][] = [
    ["民生实事", "进展情况"],
    ["新增农村路灯1000盏。", "确定49个村共需安装路灯1108盏;5月30日已发布招标公告,定于6月20日开标。"],
    ["实施(新)改建农村公路12公里", "斋坛-大路、白角外-庄门提升工程已完工,泉大线、平田-塘后提升工程已完成工程量70%;本项目已完成总工程量的85%。"],
    [
      "新增3岁以下婴幼儿照护服务机构6家180个托位。",
      "本月继续推进预建设机构按标准规范加快进度;7月14日牵头联合教育、财政、公安、消防、住建、市监局等部门对6家预建设托育机构进行半年度督导并上报督导情况总结,对各部门督导的建议及时反馈给各机构;继续引导建设机构在做好疫情防控相关措施和防汛抗台工作的同时严格按照相关标准、规范要求进行建设,已完成总进度70%。",
    ],
  ];

  it("is read: the filled column beside the tasks shows a table", () => {
    const plan = readPlan(sheet(values));
    expect(plan.info.columns.requirement).toBe("A");
    expect(plan.rows.map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it("names no unit from the progress column", () => {
    expect(readPlan(sheet(values)).rows.every((r) => r.units.length === 0 && r.unitStatus === "missing")).toBe(true);
  });
});

describe("a sheet holding a single task", () => {
  it("is read under its labels", () => {
    const plan = readPlan(sheet([["序号", "工作要点"], ["1", "积极做好政策解读工作,持续提升政策解读质量,丰富解读形式。"]]));
    expect(plan.rows.map((r) => [r.seq, r.requirement])).toEqual([["1", "积极做好政策解读工作,持续提升政策解读质量,丰富解读形式。"]]);
  });
});

describe("a list under a long label", () => {
  it("is read when the label is a heading line longer than a column label", () => {
    // 六安 2021: the notice's title over its items, with no column label between.
    const plan = readPlan(
      sheet([
        ["六安市1至8月份民生工程实施进度通报"],
        ["1、学前教育促进,牵头单位:市教体局。其中,8月份督查暗访发现问题整改不到位的为舒城县。"],
        ["2、中小学及中职学校教师培训,牵头单位:市教体局。其中,中小学教师培训进度较慢的为叶集区。"],
      ]),
    );
    expect(plan.info.headerRows).toEqual([1]);
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual([["市教体局"], ["市教体局"]]);
  });
});

describe("lines of a list in one column", () => {
  // 溧阳 民生实事: parts numbered 一, over items numbered 1 with no stop and no end punctuation.
  it("are numbered at depths: 一, over （一） over 1 over （1）", () => {
    expect(markerDepth("一,教育品质提升工程")).toBe(0);
    expect(markerDepth("(一)进一步推进权力清单和责任清单公开")).toBe(1);
    expect(markerDepth("1开展学生双减计划")).toBe(2);
    expect(markerDepth("10.新开工棚户区改造13780套,基本建成棚户区改造和公共租赁住房16000套。")).toBe(2);
    expect(markerDepth("2016年是全面建成小康社会决胜阶段的开局之年")).toBeNull();
  });

  it("are not numbered by a month or a count they open with (8月计划进度, 3个工作日内办结)", () => {
    expect(markerDepth("8月计划进度")).toBeNull();
    expect(markerDepth("12月底前完成")).toBeNull();
    expect(markerDepth("3个工作日内办结")).toBeNull();
  });

  it("are numbered by full-width digits as by ASCII ones (１开展…, （２）…)", () => {
    expect(markerDepth("１开展学生双减计划")).toBe(2);
    expect(markerDepth("（２）加强院前急救能力建设")).toBe(3);
  });

  it("head the lines after them only when those are numbered deeper, or are a point's paragraph", () => {
    expect(headsLines("一,教育品质提升工程", "1开展学生双减计划")).toBe(true);
    expect(headsLines("2教育设施提升", "3教育布局优化")).toBe(false);
    expect(headsLines("3教育布局优化", "二,卫生服务提效工程")).toBe(false);
    expect(headsLines("1开展老旧小区提升改造工程", "")).toBe(false);
    expect(headsLines("(一)进一步推进权力清单和责任清单公开", "对权力清单进行动态调整,公布2016年版市政府部门权力清单。")).toBe(true);
  });

  it("are not told by being shorter than the next line: an unnumbered short task heads nothing", () => {
    // 沙坪坝 2022 滞后任务, 遂宁 环卫 with only their 工作任务 column left.
    expect(headsLines("实现数字经济增加值增长7%", "引进德国奔驰内陆分拨中心、大众进口车西南分拨中心,进口整车5000辆以上。")).toBe(false);
    const plan = readPlan(
      sheet([["工作任务"], ["完善城市管理体制"], ["完善城市工作机制"], ["推进市、县、园区数字化城市管理平台建设,将城市环卫作业纳入数字化城市管理平台监管"], ["开展环境卫生设施规划编制工作"]]),
    );
    expect(plan.rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
  });

  it("end no sentence typed with a half-width full stop", () => {
    // 鹿城 2013 创文督查: 存在问题 alone, each finding over the next one's own 1、…2、… list.
    expect(isHeadingLine("消防安全通道内存在杂物乱堆放现象.")).toBe(false);
    expect(headsLines("消防安全通道内存在杂物乱堆放现象.", "1、LED显示屏中未见社会主义核心价值观及讲文明树新风等公益宣传内容;2、投诉机制未按规定建立.")).toBe(false);
    expect(isHeadingLine("一、重点任务2.")).toBe(true);
  });

  it("are read as parts over their items, the last item over the form's 制表人 line too", () => {
    const plan = readPlan(
      sheet([
        ["民生实事项目"],
        ["一,教育品质提升工程"],
        ["1开展学生双减计划"],
        ["2教育设施提升"],
        ["二,卫生服务提效工程"],
        ["1乡镇卫生院体制改革"],
        ["制表人：张伟　审核人：李娜　联系电话：0571-86012345"],
      ]),
    );
    expect(plan.rows.map((r) => [r.requirement, r.category])).toEqual([
      ["1开展学生双减计划", ["一,教育品质提升工程"]],
      ["2教育设施提升", ["一,教育品质提升工程"]],
      ["1乡镇卫生院体制改革", ["二,卫生服务提效工程"]],
    ]);
  });
});

describe("sheets a clerk still calls a table (issue #9)", () => {
  const TITLE = "深化“放管服”改革优化营商环境2021年重点任务分工方案";
  const TASK = "及时承接落实国务院和省、市政府取消和下放的行政许可事项，做好衔接工作。";

  it("reads one task under a lone 工作任务 label, its unit column unlabelled", () => {
    const plan = readPlan(sheet([[TITLE], ["工作任务", null], [TASK, "区政府办公室"]]));
    expect(plan.info.headerRows).toEqual([2]);
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual([["区政府办公室"]]);
  });

  it("reads a single sentence under a list label, where two were once needed", () => {
    const plan = readPlan(sheet([[TITLE], ["工作任务"], [TASK]]));
    expect(plan.rows.map((r) => r.row)).toEqual([3]);
  });

  it("reads a column of mere names under a label naming tasks (考核内容)", () => {
    const plan = readPlan(sheet([["2021年嵊泗县乡村振兴任务"], ["考核内容"], ["农林牧渔业增加值增幅"], ["农业劳动生产率及增幅"]]));
    expect(plan.info.headerRows).toEqual([2]);
    expect(plan.rows.map((r) => r.row)).toEqual([3, 4]);
  });

  it("reads tasks under a header row left blank, from the row above the first sentence", () => {
    const plan = readPlan(sheet([[TITLE], [null, null], [TASK, "区政府办公室"], ["深入推进“证照分离”改革，全面推行告知承诺制。", "区市场监管局"]], [across(0, 1)]));
    expect(plan.info.headerRows).toEqual([2]);
    expect(plan.rows.map((r) => r.row)).toEqual([3, 4]);
  });

  it("reads one numbered task under no header at all, its number as 序号", () => {
    const plan = readPlan(sheet([[null, null, null, null], ["1", "完善城市管理体制", "市委编办、市住建局、市城管局", "省出台文件后2个月完成"]]));
    expect(plan.rows.map((r) => r.seq)).toEqual(["1"]);
    expect(plan.info.columns.seq).toBe("A");
  });

  // 宣城 2022 任务清单 and 咸阳 2022 工作要点 copied without their header rows: the title, a numbered
  // part heading (merged across the table, or alone in the first column), then the plan's one task.
  const HEADED_TASK = ["1.行政规范性文件集中公开", "开展本地本部门行政规范性文件清理，形成现行有效的规范性文件目录。", "市政府各部门、各直属机构", "11月底前完成"];
  it("takes the title, not the numbered heading under it, for the row over a table with no header", () => {
    const plan = readPlan(sheet([[TITLE, null, null, null], ["一、年底前专项工作任务", null, null, null], HEADED_TASK], [across(0, 3), across(1, 3)]));
    expect(plan.info.headerRows).toEqual([1]);
    expect(plan.rows.map((r) => [r.row, r.units.map((u) => u.name), r.deadline.class])).toEqual([[3, ["市政府各部门", "各直属机构"], "date"]]);
  });

  // 宿州 2021 通报 copied without its 序号 | 推进较慢事项 header: each group's unit named by its heading.
  it("takes the title, not the first group's heading, for the row over numbered rows with no header", () => {
    const plan = readPlan(
      sheet(
        [
          ["关于2021年《市政府工作报告》重点目标任务一季度完成情况的通报", null],
          ["(一)市发展改革委(8项)", null],
          ["1", "加快省市两级战新基地发展,大力培育省级重大新兴工程和重大新兴专项推进较慢。"],
          ["2", "提升商贸服务、健康养老等生活性服务业品质无实质性进展。"],
          ["(二)市经济和信息化局(5项)", null],
          ["1", "工业技改投资增速低于序时进度。"],
        ],
        [across(0, 1), across(1, 1), across(4, 1)],
      ),
    );
    expect(plan.info.headerRows).toEqual([1]);
    expect(plan.rows.map((r) => [r.row, r.units.map((u) => u.name)])).toEqual([
      [3, ["市发展改革委"]],
      [4, ["市发展改革委"]],
      [6, ["市经济和信息化局"]],
    ]);
  });

  it("reads the unit column of one task by its one cell, a heading alone on its line above it", () => {
    const plan = readPlan(sheet([[TITLE, null], ["一、坚持系统集成，推动审批全链条优化", null], [`1.${TASK}`, "区政府办公室牵头，各街道负责"]]));
    expect(plan.rows.map((r) => [r.row, r.units.map((u) => u.name)])).toEqual([[3, ["区政府办公室", "各街道"]]]);
  });

  it("takes no row holding a task number for the header, though its words read as labels", () => {
    const plan = readPlan(
      sheet([
        ["序号", "政府信息公开类别及事项", "公开内容", null],
        ["1", "政府信息公开指南", "政府信息公开指南全文", "办公室,各有关科室"],
        ["2", "政府信息公开制度", "政府信息公开制度文件", "办公室"],
      ]),
    );
    expect(plan.info.headerRows).toEqual([1]);
    expect(plan.rows.map((r) => r.seq)).toEqual(["1", "2"]);
  });

  it("takes no filled-in field (责任单位：区住建局) or sentence for a column label", () => {
    const plan = readPlan(
      sheet([
        ["点位", "存在问题", null],
        ["南滨居", "1、兴滨三巷,艾莎布艺店门前违规停车,占用人行道。", "(责任单位:市综合行政执法局崖州分局)"],
        [null, "2、南繁路51号门前随地乱吐槟榔汁现象严重。", "(责任单位:区园林环卫所)"],
        [null, "3、椰林路施工围挡宣传栏破损。", "(责任单位:区住建局)"],
      ]),
    );
    expect(plan.info.headerRows).toEqual([1]);
    expect(plan.rows).toHaveLength(3);
  });

  it("reads 负责人信息 as a task, not as a closing 负责人： line", () => {
    const plan = readPlan(
      sheet([
        ["二级事项", "公开内容(要素)", "公开时限"],
        ["机关简介", "机关职能,机构设置,办公地址,办公时间,联系方式", "信息形成之日起20个工作日内"],
        ["负责人信息", "姓名、照片、主管或分管工作", "信息形成之日起20个工作日内"],
      ]),
    );
    expect(plan.rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it("keeps a row showing several texts though its unit cell is empty", () => {
    const plan = readPlan(
      sheet([
        ["事项", "责任领导", "主抓方", "承办主体"],
        ["1.地区生产总值增长8%以上", "杜新国", "区发改局", null],
      ]),
    );
    expect(plan.rows.map((r) => r.row)).toEqual([2]);
  });
});

describe("a heading merged across a table that puts the units first", () => {
  // 黑河 2021 政务公开 laid out 责任分工 | 工作任务: the heading's text sits in the unit column.
  const values: CellValue[][] = [
    ["责任分工", "工作任务"],
    ["一、聚焦“十四五”强势开局深化政务公开", null],
    ["牵头单位:市政府办公室、市发改委", "做好各类规划主动公开。2021年12月末前主动公开各类规划。"],
    ["牵头单位:市发改委、市商务局", "做好市场规则标准和监管执法信息公开。"],
  ];

  it("is read as a category, not as a task whose unit is the heading", () => {
    const plan = readPlan(sheet(values, [across(1, 1)]));
    expect(plan.rows.map((r) => r.row)).toEqual([3, 4]);
    expect(plan.rows[0].units.map((u) => u.name)).toEqual(["市政府办公室", "市发改委"]);
  });
});

describe("a list laid into one column with a 备注 column beside it", () => {
  // 十堰 2011 十件实事 with remarks on some items only.
  const values: CellValue[][] = [
    ["十件实事", "备注"],
    ["1.实施118条市政道路建设。其中,建成永明路北段、迎春东街等50条道路。", "联系人：张伟，电话：13812345678"],
    ["2.规划实施迎宾公园、洪河公园等190个园林绿化项目,年内完成153个。", null],
    ["3.开工建设市一中新校区、市实验幼儿园新园。招聘农村特岗教师300名。", null],
    ["4.开工建设第五人民医院病房楼、残疾人康复中心。", "联系人：王芳"],
  ];

  it("reads every numbered line as a task, with a remark or without", () => {
    expect(readPlan(sheet(values)).rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
  });
});

describe("an inspection notice whose only long column tells what was found, day by day", () => {
  // 银海 暗访 laid into 序号 | 检查发现问题 | 责任单位: the days in the story are past, so the
  // column is the problem to fix (the task), and the notice has no deadline column.
  const story =
    "2月20日下午,自治区暗访组在逅海主题酒店暗访发现几名在酒店住宿的老人未戴口罩聚集在酒店门口聊天畅谈,暗访组将其情况反馈到银海区政府。2月21日上午,根据自治区要求旅馆、酒店、餐饮店疫情防控遵循的“十严格”,经区委区政府同意,北海市公安局电建派出所和区消防救援大队配合银海区政府对酒店进行检查,并发出《责令限期改正通知书》和《行业场所检查责令整改通知书》。";

  it("reads the story as the task text, not as a deadline", () => {
    const plan = readPlan(sheet([["序号", "检查发现问题", "责任单位"], ["1", story, "逅海主题酒店"]]));
    expect(plan.info.columns.requirement).toBe("B");
    expect(plan.info.columns.deadline).toBeUndefined();
    expect(plan.rows.map((r) => [r.requirement, r.units.map((u) => u.name), r.deadline.class])).toEqual([[story, ["逅海主题酒店"], "missing"]]);
  });
});

describe("a programme told by its slogans, one a row", () => {
  // A district's yearly items, 4+4 characters each, verb + object, with no number, unit or date
  // (invented in the shape of the published lists).
  const slogans = ["增(zēng)進(jìn)養老服務水平", "改進基層醫療條件", "提升市民居住品質", "營建兒童友好環境", "豐富群眾文體生活", "方便市民交通出行", "扶持就業創業活動", "加強學校用房建設"];
  const lines = slogans.map((s) => [s]);
  const readsAllItems = (plan: ReturnType<typeof readPlan>, firstRow: number) => {
    expect(plan.rows.map((r) => r.row)).toEqual(slogans.map((_, i) => firstRow + i));
    expect(plan.rows.every((r) => r.unitStatus === "missing" && r.deadline.class === "missing")).toBe(true);
  };

  it("is read under its count title", () => {
    const plan = readPlan(sheet([["某区2024年为民办好的事"], ["8類民生實事項目"], ...lines]));
    expect(plan.info.headerRows).toEqual([2]);
    readsAllItems(plan, 3);
  });

  it("is read under a label naming no role", () => {
    const plan = readPlan(sheet([["某区2024年为民办好的事"], ["惠民清单"], ...lines]));
    expect(plan.info.headerRows).toEqual([2]);
    readsAllItems(plan, 3);
  });

  it("is read right under its title, the first slogan an item and not the label", () => {
    const plan = readPlan(sheet([["某区2024年为民办好的事"], ...lines]));
    expect(plan.info.headerRows).toEqual([1]);
    readsAllItems(plan, 2);
  });

  it("is no programme when its lines are nouns, not verb-object phrases", () => {
    expect(() => readPlan(sheet([["惠民清单"], ["养老服务"], ["基层医疗"], ["居住品质"], ["文体生活"]]))).toThrow();
  });

  it("is no programme when another column beside it is filled", () => {
    expect(isListLabel(new Grid(sheet([["惠民清单", null], ...slogans.map((s) => [s, "县民政局"])])), 0)).toBe(false);
  });
});

describe("inspection plans: a frequency or a type column left of the time column", () => {
  // 钢城区农业农村局 2021: 事项类别 | 抽查比例及频次 (全年…抽查1次) | 预估抽查对象数 | 检查时间 (3月-12月).
  const dates = (s: SheetSnapshot) => readPlan(s).rows.map((r) => [r.deadline.class, r.deadline.date]);

  it("takes the column of periods as the deadline, not the frequency before it", () => {
    const plan = readPlan(genreSheet("gangcheng-nyncj-2021-sjss"));
    expect(plan.info.columns.deadline).toBe("G");
    expect(dates(genreSheet("gangcheng-nyncj-2021-sjss"))).toEqual(Array(3).fill(["date", "2021-12-31"]));
  });

  it("passes over a type column of routine checks (检查类型: 日常) for the dated one", () => {
    const typed = genreSheet("gangcheng-nyncj-2021-sjss", (t) => {
      t.header[3] = "检查类型";
      for (const r of t.rows) r[3] = "日常";
    });
    expect(readPlan(typed).info.columns.deadline).toBe("G");
    expect(dates(typed)).toEqual(Array(3).fill(["date", "2021-12-31"]));
  });

  it("reads the periods merged down over the rows, shown in one cell", () => {
    const merged = genreSheet("gangcheng-nyncj-2021-sjss", (t) => {
      t.rows[1][6] = t.rows[2][6] = "";
      t.merges = [{ col: 6, fromRow: 0, toRow: 2 }];
    });
    expect(dates(merged)).toEqual(Array(3).fill(["date", "2021-12-31"]));
  });

  it("reads a time label under a group label (责任分工 over 检查时间 | 实施主体) by its cells", () => {
    const grouped = genreSheet("gangcheng-nyncj-2021-sjss", (t) => {
      t.header2 = t.header.map((l, c) => (c >= 6 ? l : ""));
      t.header = t.header.map((l, c) => (c === 6 ? "责任分工" : c === 7 ? "" : l));
      t.headerRows = 2;
      t.headerMerges = [{ fromRow: 0, toRow: 0, fromCol: 6, toCol: 7 }, ...[0, 1, 2, 3, 4, 5].map((c) => ({ fromRow: 0, toRow: 1, fromCol: c, toCol: c }))];
    });
    expect(readPlan(grouped).info.columns.deadline).toBe("G");
    expect(dates(grouped)).toEqual(Array(3).fill(["date", "2021-12-31"]));
  });
});

describe("a random-inspection plan naming the places inspected beside the joint departments", () => {
  // 双随机抽查计划 of a county health bureau: own checks leave 参与联合抽查部门 empty, joint ones name two
  // bureaus; 抽查范围 names whom the checks are done to.
  const plan = (scope: string): CellValue[][] => [
    ["任务名称", "任务开始时间", "任务结束时间", "抽查类型", "参与联合抽查部门", scope, "抽查比例"],
    ["公共场所卫生监督抽查", "2026-03-01", "2026-10-31", "本部门抽查", "", "辖区内美容美发场所、住宿场所、沐浴场所等", "5%"],
    ["生活饮用水卫生监督抽查", "2026-04-01", "2026-11-30", "多部门联合抽查", "县水利局、县住房和城乡建设局", "辖区内集中式供水单位", "10%"],
    ["职业卫生监督抽查", "2026-03-15", "2026-10-31", "本部门抽查", "", "辖区内职业健康监管重点行业企业", "5%"],
    ["放射卫生监督抽查", "2026-05-01", "2026-11-30", "多部门联合抽查", "县市场监督管理局、县生态环境分局", "开展放射诊疗工作的医疗卫生机构", "10%"],
  ];

  it.each(["抽查范围", "抽查对象", "检查对象", "实施范围"])("takes no unit or lead from the places under %s", (scope) => {
    const read = readPlan(sheet(plan(scope)));
    expect(read.info.columns.lead).toBeUndefined();
    expect(read.rows.map((r) => r.units.map((u) => u.name))).toEqual([
      [],
      ["县水利局", "县住房和城乡建设局"],
      [],
      ["县市场监督管理局", "县生态环境分局"],
    ]);
    expect(read.rows.map((r) => r.lead)).toEqual([null, null, null, null]);
  });

  // The same column under a label the reader knows nothing of, or none: its cells name the sites.
  it.each(["抽查场所", ""])("takes no unit column from the sites under %j by their cells", (label) => {
    const read = readPlan(sheet(plan(label)));
    expect(read.info.columns).toMatchObject({ requirement: "A", co: "E" });
    expect(read.info.columns.units).toBeUndefined();
    expect(read.info.columns.lead).toBeUndefined();
  });
});

describe("a random-inspection plan with a frequency column before the time column", () => {
  // 抽查事项清单 of a district health commission, 2020: 抽查周期 says how often, 实施日期 when.
  const plan = (time: string): CellValue[][] => [
    ["序号", "抽查事项", "抽查依据", "抽查对象", "抽查基数", "抽查比例", "抽查周期", "抽查方式", "抽查主体", time],
    ["1", "对公共场所卫生的监督检查", "《公共场所卫生管理条例》第十九条", "住宿场所、沐浴场所、美容美发场所", "120", "5%", "每月一次", "双随机抽查", "区卫生健康委", "2020年全年"],
    ["2", "对生活饮用水卫生的监督检查", "《生活饮用水卫生监督管理办法》第十六条", "集中式供水单位、二次供水单位", "15", "10%", "每季度一次", "双随机抽查", "区卫生健康委", "2020年全年"],
    ["3", "对医疗机构依法执业的监督检查", "《医疗机构管理条例》第四十条", "医疗机构", "300", "5%", "每半年一次", "双随机抽查", "区卫生健康委", "2020年全年"],
  ];
  const deadlines = (values: CellValue[][]) => readPlan(sheet(values)).rows.map((r) => r.deadline.text);

  // 实施日期 is labelled a time; 实施安排 is not, but its cells name the year.
  it.each(["实施日期", "实施时间", "实施安排"])("reads the deadline from %s, not from 抽查周期", (time) => {
    expect(readPlan(sheet(plan(time))).info.columns.deadline).toBe("J");
    expect(deadlines(plan(time))).toEqual(["2020年全年", "2020年全年", "2020年全年"]);
  });

  it("keeps the frequency as the deadline when no column says when", () => {
    const frequencyOnly = plan("").map((row) => row.slice(0, 9));
    expect(readPlan(sheet(frequencyOnly)).info.columns.deadline).toBe("G");
    expect(deadlines(frequencyOnly)).toEqual(["每月一次", "每季度一次", "每半年一次"]);
  });
});

describe("joint inspection lists: 发起部门 beside 配合部门 or 参与部门", () => {
  // 汾阳 2021: the initiating department leads, as 责任单位 beside 配合单位 does.
  for (const co of ["配合部门", "参与部门", "参与 部门"]) {
    it(`reads the 发起部门 unit as the lead beside ${co}`, () => {
      const plan = readPlan(genreSheet("fenyang-2021-sjss-faqi", (t) => (t.header[5] = co)));
      expect(plan.rows.map((r) => r.lead)).toEqual(["宣传部门", "宣传部门", "卫生健康部门", "卫生健康部门"]);
    });
  }
});

describe("a decision list whose unit column repeats the task column's label", () => {
  // 昭化区 2022 重大行政决策事项目录 with the source slip of another list: 决策事项 | 决策事项.
  it("reads the column of body names under the repeated label as the units", () => {
    const plan = readPlan(genreSheet("zhaohua-2022-zdxzjc-mulu", (t) => (t.header[2] = "决策事项")));
    expect(plan.info.columns.requirement).toBe("B");
    expect(plan.info.columns.units).toEqual(["C"]);
    expect(plan.rows.map((r) => [r.units.map((u) => u.name), r.unitStatus])).toEqual([
      [["区商务和经济合作局"], "ok"],
      [["区司法局"], "ok"],
      [["区级相关部门"], "generic"],
      [["区妇联"], "ok"],
    ]);
  });
});

describe("a place column beside the projects", () => {
  // 北塔 2020 扶贫资金安排表 (test/genre/beita-2020-fpzj-cunming): 村名 holds where the money goes.
  const rows = (label: string): CellValue[][] => [
    ["序号", label, "项目名称", "建设内容", "资金金额"],
    ["1", "苗儿村", "水果基地", "续建", "20"],
    ["2", "田江村", "蔬菜基地", "新建", "20"],
    ["3", "谷洲村", "水果基地", "新建", "20"],
  ];

  it.each(["村名", "实施地点", "项目村"])("is no responsible column under %s, a label naming a place or nothing known", (label) => {
    const plan = readPlan(sheet(rows(label)));
    expect(plan.info.columns.units).toBeUndefined();
    expect(plan.rows.map((r) => r.units)).toEqual([[], [], []]);
  });

  it("is no responsible column under a place label though its cells name townships", () => {
    // 沙坡头 2021 少数民族发展资金: the projects' townships, a column a clerk labels 实施地点.
    const plan = readPlan(sheet([
      ["序号", "项目名称", "实施地点", "资金规模(万元)"],
      ["1", "川裕村渠道改造项目", "兴仁镇", "206.7"],
      ["2", "米粮川村水利配套设施项目", "香山乡", "154.16"],
    ]));
    expect(plan.info.columns.units).toBeUndefined();
  });

  it("leaves a 镇街 column over the recipient towns the responsible column, a wrapped 街道 joined", () => {
    const plan = readPlan(sheet([
      ["序号", "镇街", "示范村名称", "金额(万元)"],
      ["1", "三乡镇", "雍陌村", "600"],
      ["2", "南区 街道", "北溪社区", "453.8"],
      ["3", "五桂山街道", "南桥村", "600"],
    ]));
    expect(plan.info.columns.units).toEqual(["B"]);
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual([["三乡镇"], ["南区街道"], ["五桂山街道"]]);
  });
});

describe("columns saying where each row's object lies (issue #9)", () => {
  // A province's 整治进展情况统计表 of county water sources, as the description gives it: 省份 the same
  // on every row, 所在地 the county, then the source and what is done about it.
  const SOURCES: CellValue[][] = [
    ["1", "四川省", "雅安市名山区", "名山区城区水源地", "保护区内有居民生活面源", "实施生活污水收集处理", "已完成"],
    ["2", "四川省", "雅安市荥经县", "荥经县经河水源地", "一级保护区内有排污口", "关闭排污口", "已完成"],
    ["3", "四川省", "巴中市南江县", "南江县红鱼洞水库水源地", "二级保护区内有餐饮项目", "拆除餐饮设施", "整治中"],
  ];
  const HEADER = ["序号", "省份", "所在地", "水源地名称", "问题类型", "整治措施", "整治进展"];
  const progress = (header: CellValue[], rows = SOURCES) => readPlan(sheet([["水源地环境问题整治进展情况统计表", null, null, null, null, null, null], header, ...rows]));

  it("reads no unit from the province column beside the county's", () => {
    const plan = progress(HEADER);
    expect(plan.info.columns.units).toBeUndefined();
    expect(plan.rows.map((r) => [r.requirement, r.units])).toEqual([
      ["实施生活污水收集处理", []],
      ["关闭排污口", []],
      ["拆除餐饮设施", []],
    ]);
  });

  it.each([
    ["所属区县", ["名山区", "荥经县", "南江县"]],
    ["行政区划", ["名山区", "荥经县", "南江县"]],
    ["县区", ["名山区", "荥经县", "南江县"]],
    ["县区", ["名山", "荥经", "南江"]],
    ["地市", ["雅安市", "雅安市", "巴中市"]],
    ["市地", ["雅安", "雅安", "巴中"]],
  ])("nor from a column of places under %s beside the sources' names", (label, places) => {
    const plan = progress(
      ["序号", label, ...HEADER.slice(3)],
      SOURCES.map((row, i) => [row[0], places[i], ...row.slice(3)]),
    );
    expect(plan.info.columns.units).toBeUndefined();
  });

  it("reads the counties under 县区 as the units beside tasks, no object's name saying where they lie", () => {
    const plan = readPlan(sheet([
      ["序号", "重点任务", "县区", "完成时限"],
      ["1", "完成高标准农田建设2.7万亩。", "临渭区", "2022年底"],
      ["2", "新建农村公路50公里。", "富平县", "2022年底"],
      ["3", "改造老旧小区12个。", "蒲城县", "2022年底"],
    ]));
    expect(plan.info.columns.units).toEqual(["C"]);
  });

  it.each([
    ["乡镇", ["城关镇", "河口镇", "新集镇"]],
    ["省份", ["四川省", "贵州省", "云南省"]],
  ])("reads the places under %s as the units of a split of targets among them", (label, places) => {
    const plan = readPlan(sheet([
      [label, "到2025年规划指标（万亩）", "其中2022年（万亩）"],
      ...places.map((place, i) => [place, String(2.7 - i), String(0.4 - i / 10)]),
    ]));
    expect(plan.info.columns.units).toEqual(["A"]);
    expect(plan.rows.map((r) => r.units.map((u) => u.name).join())).toEqual(places);
  });
});

describe("closing lines in traditional characters", () => {
  // 立法院 前瞻 表1 (test/genre/ly-2022-qianzhan-trad): 小計 under a category carried down, 總計 closing.
  const rows = (carried: string): CellValue[][] => [
    ["計畫名稱", "", "112年度", "113年度", "編列機關"],
    ["數位建設", "1.基礎建設環境", "89,700", "87,900", "內政部"],
    [carried, "2.推廣數位公益服務", "610,000", "250,000", "警政署"],
    [carried, "小計", "699,700", "337,900", ""],
    ["綠能建設", "", "126,000", "574,000", "建築研究所"],
    ["總計", "", "825,700", "911,900", ""],
    ["製表人：王小明", "", "", "聯繫電話：02-23456789", ""],
  ];
  const header: Rect = { top: 0, left: 0, bottom: 0, right: 1 };

  it("are no tasks though the sums fill other cells, the category merged down over them", () => {
    const plan = readPlan(sheet(rows(""), [{ top: 1, left: 0, bottom: 3, right: 0 }, header]));
    expect(plan.rows.map((r) => r.row)).toEqual([2, 3, 5]);
  });

  it("nor with the category repeated on every row", () => {
    const plan = readPlan(sheet(rows("數位建設"), [header]));
    expect(plan.rows.map((r) => r.row)).toEqual([2, 3, 5]);
  });
});

describe("column roles a clerk reads from the cells whatever the header says (issue #9)", () => {
  const tasks = ["完善城市管理体制，推进数字化城管平台建设。", "开展市容环境整治，提升背街小巷面貌。", "实施老旧小区改造，完成12个小区改造任务。"];
  const columnsOf = (values: CellValue[][], merges: Rect[] = []) => readPlan(sheet(values, merges)).info.columns;

  it("reads a column of names under an unfamiliar label when its one cell is merged down over the tasks", () => {
    const values: CellValue[][] = [
      ["序号", "具体内容", "归口"],
      ["1", tasks[0], "区城管局"],
      ["2", tasks[1], null],
    ];
    const plan = readPlan(sheet(values, [{ top: 1, left: 2, bottom: 2, right: 2 }]));
    expect(plan.info.columns.units).toEqual(["C"]);
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual([["区城管局"], ["区城管局"]]);
  });

  it("reads a header stored one label short one column right (中山: a page dropped the blank label over the numbers)", () => {
    const values: CellValue[][] = [
      ["工作任务", "责任单位", "完成时限", null],
      ["1", tasks[0], "区城管局", "2024年6月底前"],
      ["2", tasks[1], "区住建局", "2024年9月底前"],
      ["3", tasks[2], "区住建局", "2024年12月底前"],
    ];
    expect(columnsOf(values)).toMatchObject({ seq: "A", requirement: "B", units: ["C"], deadline: "D" });
  });

  it("reads a header one label short one column right when the last labelled column is blank (备注), the numbers under a task label", () => {
    const values: CellValue[][] = [
      ["检查事项", "牵头单位", "完成时限", "备注", null],
      ["1", tasks[0], "区城管局", "2024年6月底前", null],
      ["2", tasks[1], "区住建局", "2024年9月底前", null],
    ];
    expect(columnsOf(values)).toMatchObject({ seq: "A", requirement: "B", lead: "C", deadline: "D" });
  });

  it("reads a header one label short whose labels name only the units (8月计划进度 | … | 责任单位 | 具体分管领导), under a title", () => {
    const values: CellValue[][] = [
      ["2022年民生实事项目8月进展情况", null, null, null, null, null],
      ["8月计划进度", "实际进度情况", "完成率", "责任单位", "具体分管领导", null],
      [`(1)${tasks[0]}`, "完成方案制定。", "已完成方案制定，正在推进。", "72%", "市教育局", "王伟"],
      [`(2)${tasks[1]}`, "完成排查。", "已完成排查。", "80%", "市住建局", "李强"],
    ];
    expect(columnsOf(values, [across(0, 5)])).toMatchObject({ requirement: "A", units: ["E"] });
  });

  // 某市“十四五”卫生健康发展规划 主要指标: 单位 gives each target's unit of measure; no column names
  // who answers for it, and a clerk leaves the units blank.
  it.each(["单位", "计量单位"])("reads no unit column from an indicator table's %s column of measures (岁, ‰, 1/10万, %)", (label) => {
    const values: CellValue[][] = [
      ["类别", "序号", "指标名称", label, "2025年"],
      ["健康水平指标", "1", "人均期望寿命", "岁", "83"],
      [null, "2", "婴儿死亡率", "‰", "<5"],
      [null, "3", "孕产妇死亡率", "1/10万", "<7"],
      [null, "4", "居民健康素养水平", "%", "40"],
      ["健康服务指标", "5", "每千人口医疗卫生机构床位数", "床/千人", "6.0"],
      [null, "6", "每万人口全科医生数", "人/万人", "4"],
      [null, "7", "新增托育机构", "个", "20"],
    ];
    const plan = readPlan(sheet(values));
    expect(plan.info.columns.units ?? []).toEqual([]);
    expect(plan.rows.map((r) => [r.units, r.unitStatus])).toEqual(values.slice(1).map(() => [[], "missing"]));
  });

  // 某县“十四五”目标任务分解表: 单位 names who answers for each target, one cell of which is odd
  // (an office's unit of account, 万元, pasted in by mistake): the column still names the units.
  it("keeps a 单位 column naming bodies though one cell is a measure", () => {
    const values: CellValue[][] = [
      ["序号", "目标任务", "单位", "完成时限"],
      ["1", "新增城镇就业2000人", "县人社局", "2025年底"],
      ["2", "完成农村公路提档升级50公里", "县交通运输局", "2025年底"],
      ["3", "新建改扩建公办幼儿园3所", "县教育局、各乡镇", "2024年底"],
      ["4", "固定资产投资年均增长8%", "万元", "2025年底"],
      ["5", "森林覆盖率稳定在60%以上", "县林业局", "2025年底"],
    ];
    const plan = readPlan(sheet(values));
    expect(plan.info.columns.units).toEqual(["C"]);
    const names = plan.rows.map((r) => r.units.map((u) => u.name));
    expect([names[0], names[1], names[2], names[4]]).toEqual([["县人社局"], ["县交通运输局"], ["县教育局", "各乡镇"], ["县林业局"]]);
    // The odd cell names no body: a clerk reads no unit in that row.
    expect([plan.rows[3].units, plan.rows[3].unitStatus]).toEqual([[], "missing"]);
  });

  // 某县2024年重点目标任务分解表: the measure of a target printed in the 责任单位 column beside a
  // body (县教育局、个), or alone where the body was left blank (%).
  it("reads no unit from a measure in a 责任单位 column, alone or beside a body", () => {
    const values: CellValue[][] = [
      ["序号", "目标任务", "目标值", "责任单位", "完成时限"],
      ["1", "城镇新增就业", "2000", "县人社局", "2024年12月底"],
      ["2", "新建改扩建公办幼儿园", "3", "县教育局、个", "2024年9月底"],
      ["3", "规模以上工业增加值增长", "8", "%", "2024年12月底"],
      ["4", "新改建农村公路", "50", "县交通运输局、各乡镇", "2024年11月底"],
      ["5", "新增城乡居民医保参保", "1.2", "万人", "2024年12月底"],
      ["6", "新建村级卫生室", "12", "县卫健委", "2024年10月底"],
    ];
    const plan = readPlan(sheet(values));
    expect(plan.info.columns.units).toEqual(["D"]);
    expect(plan.rows.map((r) => [r.units.map((u) => u.name), r.unitStatus])).toEqual([
      [["县人社局"], "ok"],
      [["县教育局"], "ok"],
      [[], "missing"],
      [["县交通运输局", "各乡镇"], "ok"],
      [[], "missing"],
      [["县卫健委"], "ok"],
    ]);
  });

  it("reads no deadline in a one-task sheet's time column holding a count (完成时间 over 2个)", () => {
    const values: CellValue[][] = [
      ["任务", "完成时间", "分布情况", null],
      ["建设城乡居民文化活动、体育健身场所", "2个", null, "易家湾镇新南村、昭山乡白合村"],
    ];
    const plan = readPlan(sheet(values));
    expect(plan.info.columns.deadline).toBeUndefined();
    expect(plan.rows.map((r) => r.deadline.class)).toEqual(["missing"]);
  });

  it("reads catalogue items under the second of two task columns spread under one label, the third blank under its own", () => {
    // 巩留 基层政务公开标准目录 with only its task columns: 公开事项 over 一级事项 | 二级事项, then 公开内容.
    const values: CellValue[][] = [
      ["公开事项", null, "公开内容(要素)"],
      ["一级事项", "二级事项", null],
      [null, "公租房租赁补贴资格确认", null],
      [null, "公租房承租资格确认", null],
    ];
    const plan = readPlan(sheet(values, [{ top: 0, left: 0, bottom: 0, right: 1 }, { top: 0, left: 2, bottom: 1, right: 2 }]));
    expect(plan.info.headerRows).toEqual([1, 2]);
    expect(plan.info.columns.requirement).toBe("B");
    expect(plan.rows.map((r) => r.row)).toEqual([3, 4]);
  });

  it("reads a two-column header one label short one column right though no cell fits the units label (逅海主题酒店)", () => {
    const values: CellValue[][] = [
      ["检查发现问题", "责任单位", null],
      ["1", tasks[0], "逅海主题酒店"],
    ];
    expect(columnsOf(values)).toMatchObject({ seq: "A", requirement: "B", units: ["C"] });
  });

  it("keeps labels over their own columns when the last column holds what no label names", () => {
    const values: CellValue[][] = [
      ["序号", "工作任务", "责任单位", null],
      ["1", tasks[0], "区城管局", "已完成"],
      ["2", tasks[1], "区住建局", "推进中"],
    ];
    expect(columnsOf(values)).toMatchObject({ seq: "A", requirement: "B", units: ["C"] });
  });

  it("reads names under a label naming no role beside a 牵头 column as the other responsible units", () => {
    const values: CellValue[][] = [
      ["序号", "工作任务", "牵头单位", "归口"],
      ["1", tasks[0], "区城管局", "区财政局、区统计局"],
      ["2", tasks[1], "区住建局", "各街道"],
    ];
    expect(columnsOf(values)).toMatchObject({ lead: "C", units: ["D"] });
  });

  it("reads two unlabelled columns of names as 牵头 | 配合, and a third beside them as responsible too", () => {
    const values: CellValue[][] = [
      ["序号", "工作任务", null, null, null],
      ["1", tasks[0], "区城管局", "区财政局、区统计局", "各街道"],
      ["2", tasks[1], "区住建局", "区发改委", "各街道、各社区"],
      ["3", tasks[2], "区住建局", "区财政局", "各街道"],
    ];
    expect(columnsOf(values)).toMatchObject({ lead: "C", co: "D", units: ["E"] });
    const twoOnly = values.map((r) => r.slice(0, 4));
    expect(columnsOf(twoOnly)).toMatchObject({ lead: "C", co: "D" });
  });
});

describe("a heading merged across a table with no unit column (issue #9)", () => {
  // 黄石 政务公开目录 (公开事项 | 公开内容 | 公开时限) with a part heading over its items: merged
  // across, the heading shows in the 公开时限 column too without being a deadline.
  const values: CellValue[][] = [
    ["公开事项", "公开内容", "公开时限"],
    ["一、机关信息", null, null],
    ["机关简介", "机关职能,机构设置,办公地址,办公时间,联系方式,负责人姓名", "信息形成之日起20个工作日内"],
    ["内设机构", "内设机构名称、职责、办公电话", "信息形成之日起20个工作日内"],
  ];

  it("is read as a category, not as a task", () => {
    const plan = readPlan(sheet(values, [across(1, 2)]));
    expect(plan.rows.map((r) => r.row)).toEqual([3, 4]);
    expect(plan.rows[0].category).toEqual(["一、机关信息", "机关简介"]);
  });
});

describe("another table under the plan (issue #9)", () => {
  // 杭州 2015 互联网+ 工作任务 | 责任分工, with the offices' contacts listed under it.
  const plan: CellValue[][] = [
    ["工作任务", "责任分工"],
    ["1.大力发展众创空间。依托国家自主创新示范区,加快建设一批众创空间。", "市科委牵头,会同市经信委、市发改委负责"],
  ];
  const contacts: CellValue[][] = [
    [null, null, null],
    ["各单位联系人", null, null],
    ["单位", "联系人", "联系电话"],
    ["县政府办公室", "张伟", "13800000001"],
    ["县发展和改革局", "王芳", "13800000002"],
  ];

  it("is no part of the plan: its rows are no tasks and its names do not make the column a list of persons", () => {
    const read = readPlan(sheet([...plan, ...contacts]));
    expect(read.info.columns.units).toEqual(["B"]);
    expect(read.rows.map((r) => [r.row, r.units.map((u) => u.name), r.lead])).toEqual([[2, ["市科委", "市经信委", "市发改委"], "市科委"]]);
  });

  it("is no part of a long plan either, far under the rows sampled for its columns", () => {
    const many = Array.from({ length: 120 }, (_, i) => [`${i + 1}.新建社区服务站${i + 1}个,完善服务功能。`, "县民政局"]);
    const read = readPlan(sheet([["工作任务", "责任单位"], ...many, ...contacts]));
    expect(read.rows.length).toBe(120);
  });

  it("takes the caption set off over it (各单位联系人) for its own, not for the list's last item", () => {
    // 安阳 2017 十件实事, a list in one column.
    const items = ["1.实施118条市政道路建设。", "2.规划实施190个园林绿化项目,年内完成153个。", "3.开工建设市一中新校区、市实验幼儿园新园。"];
    expect(readPlan(sheet([["十件实事"], ...items.map((t) => [t]), ...contacts])).rows.map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it("leaves a plan whose own header names no task column read as before", () => {
    // 连云港 2025 序号 | 民生实事推进情况: its header is labels naming no task, yet it is the plan's.
    const values: CellValue[][] = [
      ["前三季度我市民生实事加快推进"],
      ["序号", "民生实事推进情况"],
      ["（一）", "2025年,省政府民生实事共有12类45件53个事项,截至三季度末,其中24个事项已提前完成全年任务,9个事项超序时进度。已完成投资11.54亿元。"],
      ["（二）", "2025年,市政府民生实事10大类50个事项,截至三季度末,其中14个事项已提前完成全年任务,7个事项超序时进度。已完成投资28.54亿元。"],
    ];
    expect(readPlan(sheet([...values, ...contacts])).rows.map((r) => r.row)).toEqual([3, 4]);
  });
});

describe("a one-column list over a 备注 line (issue #9)", () => {
  // 汕头 2023 十件民生实事 closed by a remark: the last item heads nothing.
  const items = ["一、推进100个老旧小区改造", "二、提升生活垃圾转运处理设施", "三、加强农村基础设施建设"];

  it("reads the last item as a task, not as a heading over the remark", () => {
    const values: CellValue[][] = [["实事项目"], ...items.map((t) => [t]), ["备注：请各牵头单位于每月25日前报送工作进展情况。"]];
    expect(readPlan(sheet(values)).rows.map((r) => r.row)).toEqual([2, 3, 4]);
  });
});

describe("mayBeClosingLine, the test before a row's first text is converted for the closing-line check", () => {
  // How the closing lines open once simplified (合计, 制表人：, 单位负责人：, 公示时间为…, 如有异议，…).
  const openings = ["合计", "总计", "小计", "共计", "制表", "填表", "填报", "审核", "审批", "报送", "统计", "联系", "单位负责人", "主要负责人", "分管领导", "负责人", "电话", "公示", "如有"];
  const firsts = new Set(openings.map((o) => o[0]));

  it("lets through every text the t2s tables turn into a closing line's opening", () => {
    const turnedInto = t2sEntries().filter(([from, to]) => from && to && firsts.has(to[0]));
    expect(turnedInto.length).toBeGreaterThan(5);
    for (const [from] of turnedInto) expect([from, mayBeClosingLine(from)]).toEqual([from, true]);
  });

  it("lets through closing lines after leading spaces, in either script, and sets a task's text aside", () => {
    for (const cell of ["合計", "  總計 12 项", "\u3000製表人：王小明", "聯繫電話：02-23456789", "單位負責人：", "公示時間為5天"]) expect([cell, mayBeClosingLine(cell)]).toEqual([cell, true]);
    for (const cell of ["严格落实安全生产责任制，开展隐患排查整治", "县财政局", "2024年6月底前", "1"]) expect([cell, mayBeClosingLine(cell)]).toEqual([cell, false]);
  });
});

describe("a table splitting figures among units (issue #9)", () => {
  // 渭南 2024 Q2 市长信箱: 承办县区 | 总件数 | 处理中 | 已办结 | 办结率, bare area names, a 总计 row.
  it("reads each area's row as its task instead of refusing the sheet", () => {
    const plan = readPlan(genreSheet("weinan-2024-q2-szxx-xianqu"));
    expect(plan.info.columns.units).toEqual(["A"]);
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual(
      ["临渭区", "富平县", "渭南高新区", "蒲城县", "大荔县", "华州区", "合阳县", "潼关县", "澄城县", "韩城市", "华阴市", "白水县"].map((n) => [n]),
    );
    expect(plan.skipped.map((s) => s.reason)).toEqual(["footer"]);
  });

  it("gives each row its figures under their labels as the task", () => {
    const plan = readPlan(genreSheet("weinan-2021-q4-szxx-xianqu-trad"));
    expect(plan.rows[0].requirement).toBe("總件數(shù) 212；處理中 4；已辦結(jié) 208；辦結(jié)率 98%");
    expect(plan.rows[0].cells.requirement).toBeUndefined();
  });

  it("reads full body names the same way under a 承办单位 label alone", () => {
    const plan = readPlan(genreSheet("hanzhong-2022-08-szxx-chengban"));
    expect(plan.rows).toHaveLength(37);
    expect(plan.rows[0].units.map((u) => u.name)).toEqual(["汉台区人民政府"]);
  });

  // A target split names each body with the post answering in it (责任单位及责任人): the bodies still split the figures.
  it("reads bodies named with their post under 责任单位及责任人 as the bodies", () => {
    const plain = readPlan(genreSheet("hanzhong-2022-08-szxx-chengban"));
    const posted = readPlan(
      genreSheet("hanzhong-2022-08-szxx-chengban", (t) => {
        t.header[0] = "责任单位及责任人";
        for (const row of t.rows) row[0] = `${row[0]}主要负责同志`;
      }),
    );
    expect(posted.rows).toHaveLength(37);
    expect(posted.rows.map((r) => r.units)).toEqual(plain.rows.map((r) => r.units));
  });

  it("still reads a column of villages beside project names as places, not units", () => {
    const plan = readPlan(genreSheet("beita-2020-fpzj-cunming"));
    expect(plan.info.columns.units).toBeUndefined();
  });
});

/** "read", or the code of the error the reader refuses the sheet with. */
function refusal(snapshot: SheetSnapshot): string | undefined {
  try {
    readPlan(snapshot);
    return "read";
  } catch (e) {
    return (e as { code?: string }).code;
  }
}

describe("a tally of figures among places named without their level (issue #9)", () => {
  // A province's tally of cases handled per city, as the description gives it: 市地 over the cities'
  // own names (哈尔滨, not 哈尔滨市), the figures under their labels, a 合计 row closing it.
  const CITIES = ["哈尔滨", "大庆", "齐齐哈尔", "牡丹江", "佳木斯", "绥化", "鸡西", "双鸭山", "伊春", "七台河", "鹤岗", "黑河", "大兴安岭"];
  const tally = (label: string, places: string[], total?: string): CellValue[][] => [
    [label, "已办件数", "办结件数"],
    ...places.map((place, i) => [place, 188 - 11 * i, 87 - 5 * i]),
    ...(total === undefined ? [] : [[total, 1234, 567]]),
  ];
  /** Each row's units, its unit status, and the columns read. */
  const readTally = (values: CellValue[][]) => {
    const plan = readPlan(sheet(values));
    return { columns: plan.info.columns, units: plan.rows.map((r) => r.units.map((u) => u.name)), status: [...new Set(plan.rows.map((r) => r.unitStatus))], plan };
  };

  it("reads each city's row as its figures, the city its unit, instead of refusing the sheet", () => {
    const { columns, units, status, plan } = readTally(tally("市地", CITIES));
    expect(columns.units).toEqual(["A"]);
    expect(columns.deadline).toBeUndefined();
    expect(units).toEqual(CITIES.map((c) => [c]));
    expect(status).toEqual(["ok"]);
    expect(plan.rows[0].requirement).toBe("已办件数 188；办结件数 87");
  });

  it("sets the 合计 row aside as the total, not a place", () => {
    const { units, plan } = readTally(tally("市地", CITIES, "合计"));
    expect(units).toEqual(CITIES.map((c) => [c]));
    expect(plan.skipped.map((s) => [s.text, s.reason])).toEqual([["合计", "footer"]]);
    // However few the places, the total beside them is no place.
    expect(readTally(tally("市地", ["哈尔滨"], "合计")).units).toEqual([["哈尔滨"]]);
  });

  it.each([
    ["县区", ["临渭", "富平", "蒲城", "大荔", "华州", "合阳"], "全市"],
    ["县(市、区)", ["临渭", "富平", "蒲城", "大荔", "韩城", "华阴"], "合计"],
    ["地市", ["哈尔滨", "大庆", "齐齐哈尔", "牡丹江"], "总计"],
    ["乡镇", ["城关", "河口", "新集", "桥头", "白马"], "全县合计"],
    ["乡镇(街道)", ["城关", "河口", "新集", "桥头", "白马"], undefined],
  ])("reads the bare names under %s as the places the figures are split among", (label, places, total) => {
    const { columns, units, status, plan } = readTally(tally(label, places, total));
    expect(columns.units).toEqual(["A"]);
    expect(columns.deadline).toBeUndefined();
    expect(units).toEqual(places.map((p) => [p]));
    expect(status).toEqual(["ok"]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(total === undefined ? [] : ["footer"]);
  });

  it("reads a copy in traditional characters, its 合計 the total", () => {
    const { units, status, plan } = readTally(tally("縣區", ["哈爾濱", "大慶", "齊齊哈爾", "牡丹江", "雞西"], "合計"));
    // Every unit name is read in simplified characters.
    expect(units).toEqual(["哈尔滨", "大庆", "齐齐哈尔", "牡丹江", "鸡西"].map((p) => [p]));
    expect(status).toEqual(["ok"]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(["footer"]);
  });

  it("reads a two-character name padded to the width of the rest (大　庆) as that place", () => {
    const { units } = readTally(tally("市地", ["哈尔滨", "大　庆", "齐齐哈尔", "伊　春"]));
    expect(units).toEqual([["哈尔滨"], ["大庆"], ["齐齐哈尔"], ["伊春"]]);
  });

  it("still refuses the city names alone, or beside figures no label names", () => {
    expect(refusal(sheet(tally("市地", CITIES).map(([place]) => [place])))).toBe("no-table");
    expect(refusal(sheet(tally("市地", CITIES).map((row, r) => (r === 0 ? [row[0], "", ""] : row))))).toBe("no-table");
  });

  it("still refuses a directory of the cities with whom to call there, or a count of their tasks", () => {
    const contacts: CellValue[][] = [["市地", "联系人", "联系电话"], ...CITIES.slice(0, 4).map((city, i) => [city, ["王伟", "李娜", "张强", "刘洋"][i], `0451-8262600${i}`])];
    expect(refusal(sheet(contacts))).toBe("no-table");
    expect(refusal(sheet([["市地", "任务数"], ...CITIES.slice(0, 4).map((city, i): CellValue[] => [city, 3 + i])]))).toBe("no-table");
  });
});

describe("a county's split of named items among its towns, no task or deadline column", () => {
  // A county's list of villages each town must lift out of poverty, as such lists are laid out: 乡镇
  // merged down over two header rows, 退出村名单 merged over 必成数 | 预备数, the total line at the top
  // of the body, a town merged down over its two villages, one town written without its 镇. Invented names.
  const TOWN_MERGES: Rect[] = [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 0, right: 2 },
    { top: 4, left: 0, bottom: 5, right: 0 },
  ];
  const villages = (total: string): CellValue[][] => [
    ["乡镇", "退出村名单", null],
    [null, "必成数", "预备数"],
    [total, "14个", "3个"],
    ["甲山镇", "柏树村", null],
    ["乙河镇", "龙泉村", null],
    [null, "石桥村", null],
    ["丙坝镇", "金沙村", "白云村"],
    ["丁家", "新华村", null],
  ];
  const TOWNS = [["甲山镇"], ["乙河镇"], ["乙河镇"], ["丙坝镇"], ["丁家"]];

  it("reads the towns as the units, each row a task, instead of refusing the sheet", () => {
    const plan = readPlan(sheet(villages("合 计"), TOWN_MERGES));
    expect(plan.info.columns).toEqual({ units: ["A"] });
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual(TOWNS);
    expect(plan.rows.map((r) => r.unitStatus)).toEqual(Array(5).fill("ok"));
    expect(plan.rows.map((r) => r.requirement)).toEqual([
      "退出村名单·必成数 柏树村",
      "退出村名单·必成数 龙泉村",
      "退出村名单·必成数 石桥村",
      "退出村名单·必成数 金沙村；退出村名单·预备数 白云村",
      "退出村名单·必成数 新华村",
    ]);
  });

  it.each(["合 计", "合计", "总计"])("sets the %s line at the top of the body aside as the total", (total) => {
    const plan = readPlan(sheet(villages(total), TOWN_MERGES));
    expect(plan.skipped.map((s) => [s.row, s.reason])).toEqual([[3, "footer"]]);
    expect(plan.rows.map((r) => r.row)).toEqual([4, 5, 6, 7, 8]);
  });

  it("says the plan sets no deadline, and finds its units", () => {
    const { report: checked } = checkSheet(sheet(villages("合 计"), TOWN_MERGES));
    expect(checked.findings.filter((f) => f.row === null).map((f) => f.rule)).toEqual(["missing-deadline"]);
  });

  it("reads the same split of figures (how many villages each town lifts out) the same way", () => {
    const values = villages("合 计").map((row, r) => (r < 2 ? row : [row[0], r === 2 ? 14 : 1, r === 2 ? 3 : r === 6 ? 1 : null]));
    const plan = readPlan(sheet(values, TOWN_MERGES));
    expect(plan.info.columns).toEqual({ units: ["A"] });
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual(TOWNS);
    expect(plan.rows.map((r) => r.requirement)).toContain("退出村名单·必成数 1；退出村名单·预备数 1");
    expect(plan.skipped.map((s) => s.reason)).toEqual(["footer"]);
  });

  it("reads the towns beside a 序号 column, the total merged over both", () => {
    const values = villages("合 计").map((row, r) => [r === 0 ? "序号" : r < 3 ? null : String(r - 2), ...row]);
    const merges: Rect[] = [
      { top: 0, left: 0, bottom: 1, right: 0 },
      ...TOWN_MERGES.map((m) => ({ ...m, left: m.left + 1, right: m.right + 1 })),
      { top: 2, left: 0, bottom: 2, right: 1 },
    ];
    const plan = readPlan(sheet(values, merges));
    expect(plan.info.columns).toEqual({ seq: "A", units: ["B"] });
    expect(plan.rows.map((r) => [r.seq, r.units.map((u) => u.name)])).toEqual(TOWNS.map((town, i) => [String(i + 1), town]));
    expect(plan.skipped.map((s) => s.reason)).toEqual(["footer"]);
  });

  it.each(["镇街", "乡镇(街道)", "县(市、区)", "区县"])("reads bare names under %s as the units the same way", (label) => {
    const values = villages("合计").map((row, r) => (r === 0 ? [label, ...row.slice(1)] : row));
    const plan = readPlan(sheet(values, TOWN_MERGES));
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual(TOWNS);
  });

  it("reads the towns as the units of the projects split among them", () => {
    const plan = readPlan(sheet([
      ["乡镇", "项目名称", "建设规模"],
      ["甲山", "柏树村道路硬化", "3.2公里"],
      ["乙河", "龙泉村饮水改造", "1处"],
      ["丙坝", "金沙村危房改造", "12户"],
    ]));
    expect(plan.info.columns.units).toEqual(["A"]);
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual([["甲山"], ["乙河"], ["丙坝"]]);
  });

  it("leaves the units to a column labelled as the units beside the towns", () => {
    const plan = readPlan(sheet([
      ["乡镇", "项目名称", "责任单位"],
      ["甲山", "柏树村道路硬化", "县交通运输局"],
      ["乙河", "龙泉村饮水改造", "县水利局"],
      ["丙坝", "金沙村危房改造", "县住建局"],
    ]));
    expect(plan.info.columns.units).toEqual(["C"]);
  });

  it("still refuses the towns beside villages under no label", () => {
    expect(refusal(sheet(villages("合计").map((row, r) => (r < 2 ? [row[0], null, null] : row)), TOWN_MERGES.slice(0, 1).concat(TOWN_MERGES.slice(2))))).toBe("no-table");
  });
});

describe("a city's split of its five-year targets among its counties, the governments labelled as the units", () => {
  // A city's carbon-intensity and energy-saving targets set for each county, as such tables are
  // laid out: no 序号, no task text, no deadline; one short name padded with a space to the width
  // of the rest. Invented names; the sources are in traditional characters as often as not.
  const counties = (units: string): CellValue[][] => [
    ["县(市、区)", "碳强度下降目标", "节能目标", units],
    ["甲川区", "19%", "17%", "甲川区人民政府"],
    ["乙源市", "16%", "14%", "乙源市人民政府"],
    ["丙 县", "18%", "16%", "丙县人民政府"],
    ["丁山县", "17%", "15%", "丁山县人民政府"],
    ["戊水区", "18%", "16%", "戊水区人民政府"],
  ];
  const traditional: CellValue[][] = [
    ["縣(市、區)", "碳強度下降目標", "節能目標", "責任部門"],
    ["甲川區", "19%", "17%", "甲川區人民政府"],
    ["乙源市", "16%", "14%", "乙源市人民政府"],
    ["丙 縣", "18%", "16%", "丙縣人民政府"],
    ["丁山縣", "17%", "15%", "丁山縣人民政府"],
    ["戊水區", "18%", "16%", "戊水區人民政府"],
  ];
  const GOVERNMENTS = [["甲川区人民政府"], ["乙源市人民政府"], ["丙县人民政府"], ["丁山县人民政府"], ["戊水区人民政府"]];

  it.each(["责任部门", "责任单位"])("reads each county's row as a task and the governments under %s as its units", (units) => {
    const plan = readPlan(sheet(counties(units)));
    expect(plan.info.columns).toEqual({ units: ["D"] });
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual(GOVERNMENTS);
    expect(plan.rows.map((r) => r.unitStatus)).toEqual(Array(5).fill("ok"));
    expect(plan.rows.map((r) => r.requirement)).toEqual([
      "县(市、区) 甲川区；碳强度下降目标 19%；节能目标 17%",
      "县(市、区) 乙源市；碳强度下降目标 16%；节能目标 14%",
      "县(市、区) 丙 县；碳强度下降目标 18%；节能目标 16%",
      "县(市、区) 丁山县；碳强度下降目标 17%；节能目标 15%",
      "县(市、区) 戊水区；碳强度下降目标 18%；节能目标 16%",
    ]);
  });

  it("reads the same split written in traditional characters", () => {
    const plan = readPlan(sheet(traditional));
    expect(plan.info.columns).toEqual({ units: ["D"] });
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual(GOVERNMENTS);
    expect(plan.rows[2].requirement).toBe("縣(市、區) 丙 縣；碳強度下降目標 18%；節能目標 16%");
  });

  it.each([
    ["simplified", counties("责任部门")],
    ["traditional", traditional],
  ])("says the %s plan sets no deadline, and finds its units", (_, values) => {
    const { report: checked } = checkSheet(sheet(values));
    expect(checked.findings.filter((f) => f.row === null).map((f) => f.rule)).toEqual(["missing-deadline"]);
  });

  it("reads it the same way with a 序号 column in front", () => {
    const plan = readPlan(sheet(counties("责任部门").map((row, r) => [r === 0 ? "序号" : String(r), ...row])));
    expect(plan.info.columns).toEqual({ seq: "A", units: ["E"] });
    expect(plan.rows.map((r) => r.units.map((u) => u.name))).toEqual(GOVERNMENTS);
  });

  it("still refuses the counties beside their governments under no label", () => {
    expect(refusal(sheet(counties("责任部门").slice(1).map((row) => [row[0], row[3]])))).toBe("no-table");
  });

  it("still refuses the counties and their governments with nothing given them", () => {
    expect(refusal(sheet(counties("责任部门").map((row) => [row[0], row[3]])))).toBe("no-table");
  });
});

describe("a split of figures among units needs labels over its figures", () => {
  const blankFigureLabels = (keep: number[]) => (t: GenreTable) => {
    t.header = t.header.map((label, c) => (c === 0 || keep.includes(c) ? label : ""));
  };

  it("does not read a workbook's unit directory (单位名称 over names beside unlabelled numbers) as a plan", () => {
    // The 单位名录 sheet of the fidelity corpus as the file reader gives it: a spilled SORT formula
    // and a WPS picture formula in row 1, and numbers in B–D that the sparklines draw.
    const values: CellValue[][] = [
      ["单位名称", null, null, null, 0, '=DISPIMG("ID_4F1A0C2E",1)'],
      ["县财政局", 1, 2, 3, null, null],
      ["县教育局", 2, 3, 4, null, null],
      ["县卫健局", 3, 4, 5, null, null],
    ];
    expect(refusal(sheet(values))).toBe("no-table");
  });

  const directory: CellValue[][] = [
    ["单位名称", "联系人", "联系电话", "单位代码"],
    ["县财政局", "王伟", "0916-2626001", "610721001"],
    ["县教育局", "李娜", "0916-2626002", "610721002"],
    ["县卫健局", "张强", "0916-2626003", "610721003"],
    ["县民政局", "刘洋", "0916-2626004", "610721004"],
  ];

  it("does not read a directory of units with contacts, phones and codes as a plan", () => {
    expect(refusal(sheet(directory))).toBe("no-table");
    // Under 统计编号, numbers beside the units still only tell them apart.
    expect(refusal(sheet(directory.map(([unit], r) => [unit, r === 0 ? "统计编号" : 100 + r])))).toBe("no-table");
  });

  it("does not read a count beside the contacts as what each unit is given when no label says so", () => {
    expect(refusal(sheet(directory.map(([unit, person], r) => [unit, person, r === 0 ? null : 10 + r])))).toBe("no-table");
  });

  it("does not read a count of each unit's tasks (a 统计 sheet beside the plan) as a plan", () => {
    // The 统计 sheet openpyxl writes in the fidelity corpus, under its bar chart.
    const values: CellValue[][] = [
      ["单位", "任务数"],
      ["县财政局", 3],
      ["县教育局", 2],
      ["县卫健局", 4],
    ];
    expect(refusal(sheet(values))).toBe("no-table");
  });

  it("refuses a tally whose figures have lost their labels, and reads it with one of them labelled", () => {
    expect(refusal(genreSheet("weinan-2024-q2-szxx-xianqu", blankFigureLabels([])))).toBe("no-table");
    const plan = readPlan(genreSheet("weinan-2024-q2-szxx-xianqu", blankFigureLabels([1])));
    expect(plan.rows.map((r) => r.requirement).slice(0, 2)).toEqual(["总件数 52", "总件数 29"]);
  });
});

describe("a numbered directory of whom to call in each unit is no plan", () => {
  // The contacts sheet a 责任分工 workbook carries beside the plan (各单位联系人), numbered.
  const directory: CellValue[][] = [
    ["序号", "单位名称", "联系人", "职务", "联系电话", "手机", "邮箱"],
    [1, "县政府办公室", "王伟", "综合股股长", "0916-2626001", "13891600001", "zfb@hy.gov.cn"],
    [2, "县发展和改革局", "李娜", "办公室主任", "0916-2626002", "13891600002", "fgj@hy.gov.cn"],
    [3, "县财政局", "张强", "副局长", "0916-2626003", "13891600003", null],
    [4, "县教育局", "刘洋", "科员", "0916-2626004", "13891600004", "jyj@hy.gov.cn"],
  ];

  it("refuses a numbered directory of persons, posts, phones and e-mails", () => {
    expect(refusal(sheet(directory))).toBe("no-table");
  });

  it("refuses it with the person, the post and the number in one cell, or with unit codes beside them", () => {
    const joined = directory.map((row, r) => (r === 0 ? ["序号", "单位", "联系人及电话"] : [row[0], row[1], `${row[2]}（${row[3]}） ${row[5]}`]));
    expect(refusal(sheet(joined))).toBe("no-table");
    const coded = directory.map((row, r) => [row[0], row[1], r === 0 ? "统一社会信用代码" : `11610721MB${1000000 + r}X`, row[2], row[4]]);
    expect(refusal(sheet(coded))).toBe("no-table");
  });

  it("still reads a plan with persons and phones beside its tasks", () => {
    const plan: CellValue[][] = directory.map((row, r) => [
      row[0],
      r === 0 ? "工作任务" : ["及时公开政府工作报告", "公开年度预算决算", "公开重大建设项目批准和实施信息", "公开义务教育招生信息"][r - 1],
      row[1],
      row[2],
      row[4],
    ]);
    plan[0][2] = "责任单位";
    const read = readPlan(sheet(plan));
    expect(read.rows.map((r) => r.units.map((u) => u.name))).toEqual([["县政府办公室"], ["县发展和改革局"], ["县财政局"], ["县教育局"]]);
  });

  it("still reads a development plan given a 联系人 and a 联系电话 column", () => {
    const plan = readPlan(
      genreSheet("chizhou-xfj", (t) => {
        t.header.push("联系人", "联系电话");
        t.rows = t.rows.map((row, i) => [...row, ["王伟", "李娜", "张强"][i % 3], `0566-20${String(10000 + i).slice(1)}`]);
      }),
    );
    expect(plan.rows.length).toBe(readPlan(genreSheet("chizhou-xfj")).rows.length);
  });
});

describe("a target sentence under a 目标 heading in a list of numbered tasks", () => {
  // A project-by-project split as city offices laid them into sheets: each project's heading, its
  // 主要目标 in one dated sentence with no unit or deadline, then its numbered tasks. Invented
  // projects, the layout of the published ones.
  const target1 = "到2008年6月底，建成日处理能力10万吨的污水处理厂二期工程，实现城区生活污水集中处理率达到80%以上。";
  const target2 = "到2008年12月底，完成主城区12条主干道改造，实现城区路网基本成型、通行能力明显提高。";
  type Task = [string, string, string, string];
  type Line = string | Task;
  /** A project: its heading, its targets heading over its target line(s), its tasks' heading over its tasks. */
  const project = (name: string, targets: string, target: Line[], tasks: Task[]): Line[] => [name, targets, ...target, "（二）目标任务、完成时限及责任单位", ...tasks];
  const lines = (target: (text: string) => Line[] = (t) => [t]): Line[] => [
    ...project("一、中心城区污水处理厂扩建工程", "（一）主要目标", target(target1), [
      ["1", "完成二期工程可行性研究报告编制和报批。", "市发改委、市建委", "2007年8月底"],
      ["2", "完成征地拆迁和场地平整，开工建设。", "江东区政府", "2007年10月底"],
    ]),
    ...project("二、城市主干道改造工程", "（一）工作目标", target(target2), [
      ["3", "完成12条主干道改造方案设计和审批。", "市规划局", "2007年9月底"],
      ["4", "完成施工招标，全面开工建设。", "市建委", "2008年3月底"],
    ]),
  ];
  /** Headings merged across the table, as the sheets have them; a target line where `place` puts it. */
  const split = (rows: Line[], place: (text: string) => CellValue[] = (t) => ["", t, "", ""]): SheetSnapshot => {
    const values: CellValue[][] = [["序号", "工作任务", "责任单位", "完成时间"]];
    const merges: Rect[] = [];
    for (const line of rows) {
      if (Array.isArray(line)) values.push(line);
      else if (/^[一二（]/u.test(line)) {
        merges.push(across(values.length, 3));
        values.push([line, "", "", ""]);
      } else values.push(place(line));
    }
    return sheet(values, merges);
  };
  const taskRows = (snapshot: SheetSnapshot) => readPlan(snapshot).rows.map((r) => r.row);

  it("reads the target sentence as its heading's content, not as a task", () => {
    expect(taskRows(split(lines()))).toEqual([6, 7, 12, 13]);
  });

  it("reads it so wherever the sentence sits: in the number column, or over the task, unit and time columns", () => {
    expect(taskRows(split(lines(), (t) => [t, "", "", ""]))).toEqual([6, 7, 12, 13]);
    const merged = split(lines(), (t) => ["", t, t, t]);
    const spread = merged.values.flatMap((row, r) => (row[1] === target1 || row[1] === target2 ? [{ top: r, left: 1, bottom: r, right: 3 }] : []));
    expect(taskRows({ ...merged, merges: [...merged.merges, ...spread] })).toEqual([6, 7, 12, 13]);
  });

  it("reads a short target line, with no full stop, as content when it heads nothing", () => {
    const short = lines((t) => [t === target1 ? "到2008年6月底建成二期工程并投入运行" : t]);
    expect(taskRows(split(short))).toEqual([6, 7, 12, 13]);
  });

  it("reads a target paragraph of two lines as content too", () => {
    expect(taskRows(split(lines((t) => [t, "同时，配套建设截污管网50公里，做到雨污分流。"])))).toEqual([7, 8, 14, 15]);
  });

  it("keeps a target line with its own unit and deadline a task: a task that lost its number", () => {
    const rows = lines((t) => [["", t, "市建委", "2008年6月底"]]);
    expect(taskRows(split(rows))).toEqual([4, 6, 7, 10, 12, 13]);
  });

  it("keeps the only line under a heading naming no targets a task (its part's work)", () => {
    const rows = lines().map((l) => (l === "（一）主要目标" || l === "（一）工作目标" ? "（一）建设内容" : l));
    expect(taskRows(split(rows))).toEqual([4, 6, 7, 10, 12, 13]);
  });

  it("keeps every line a task in a list numbering none of its tasks", () => {
    const unnumbered = lines().map((l) => (Array.isArray(l) ? (["", ...l.slice(1)] as Task) : l));
    expect(taskRows(split(unnumbered))).toEqual([4, 6, 7, 10, 12, 13]);
  });

  it("keeps a short sub-heading under a 目标 heading the heading of the numbered tasks under it", () => {
    // 监利 2022: 一、2022年主要预期目标 over (一)主要经济指标。 over numbered targets, each a task with its units.
    const jianli = genreSheet("jianli-2022", (t) => {
      t.rows[1] = ["主要经济指标", "", "", ""];
    });
    const plan = readPlan(jianli);
    expect(plan.rows.map((r) => r.seq)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(plan.rows[0].category).toEqual(["一、2022年主要预期目标", "主要经济指标"]);
  });

  it("reads a dated target sentence under 主要预期目标 as content in a real plan of numbered targets", () => {
    const published = readPlan(genreSheet("jianli-2022"));
    const withTarget = readPlan(
      genreSheet("jianli-2022", (t) => {
        t.rows.splice(1, 0, ["到2022年底，全市地区生产总值突破千亿元，实现经济总量进入全省县域经济第一方阵。", "", "", ""]);
        t.spanRows = [0, 2, 7];
      }),
    );
    expect(withTarget.rows.map((r) => [r.seq, r.units.map((u) => u.name)])).toEqual(published.rows.map((r) => [r.seq, r.units.map((u) => u.name)]));
  });
});

describe("a timetable of steps beside their times (issue #9)", () => {
  // A news report's project timetable laid into a sheet: a title, 时间 | 项目安排, each row the
  // projects started or finished by a time. The projects and companies listed are no units.
  const TITLE = "2025年重点项目建设时间表";
  const STEPS: CellValue[][] = [
    ["6月底前", "6月底前，新河家具、双星二期等项目开工"],
    ["10月底前", "10月底前，城南物流园、义乌小商品城等项目启动，华龙产业园试生产"],
    ["年底前", "年底前，宏达新型建材、银河街等项目进入实质性建设……"],
  ];
  const MORE_STEPS: CellValue[][] = [
    ["3月底前", "3月底前，县城污水处理厂提标改造、城东学校等项目完成前期手续"],
    ["5月底前", "5月底前，人民医院门诊楼、高铁站前广场等项目开工建设"],
    ["8月底前", "8月底前，滨江公园二期、城北农贸市场等项目主体完工"],
    ["9月底前", "9月底前，产业园标准厂房三期等项目竣工投用"],
    ["11月底前", "11月底前，县体育中心、东环路改造等项目完成年度投资"],
  ];
  const timetable = (label: string, steps = STEPS, title: string | null = TITLE) => sheet([...(title ? [[title]] : []), ["时间", label], ...steps]);
  const datesAndUnits = (snapshot: SheetSnapshot) => readPlan(snapshot).rows.map((r) => [r.deadline.date, r.units.map((u) => u.name), r.unitStatus]);
  const sheetFindings = (snapshot: SheetSnapshot) => checkSheet(snapshot).report.findings.filter((f) => f.row === null).map((f) => f.rule);

  it("reads each step as a task, its time as the deadline in the title's year, and names no unit", () => {
    const plan = readPlan(timetable("项目安排"));
    expect(plan.info.columns).toEqual({ requirement: "B", deadline: "A" });
    expect(plan.rows.map((r) => r.row)).toEqual([3, 4, 5]);
    expect(datesAndUnits(timetable("项目安排"))).toEqual([
      ["2025-06-30", [], "missing"],
      ["2025-10-31", [], "missing"],
      ["2025-12-31", [], "missing"],
    ]);
    expect(sheetFindings(timetable("项目安排"))).toEqual(["missing-unit-column"]);
  });

  it.each(["工作安排", "建设安排", "进度安排"])("reads the steps under %s", (label) => {
    expect(readPlan(timetable(label)).info.columns).toEqual({ requirement: "B", deadline: "A" });
    expect(sheetFindings(timetable(label))).toEqual(["missing-unit-column"]);
  });

  it("reads a label naming steps over cells whose time runs into the work (6月底前新河家具…开工)", () => {
    const runOn = STEPS.map(([time, step]) => [time, String(step).replace("，", "")]);
    expect(readPlan(timetable("项目安排", runOn)).rows.map((r) => r.deadline.date)).toEqual(["2025-06-30", "2025-10-31", "2025-12-31"]);
  });

  it.each(["推进计划", ""])("reads cells each a time and then its work under a label naming nothing (%s)", (label) => {
    expect(readPlan(timetable(label)).info.columns).toEqual({ requirement: "B", deadline: "A" });
  });

  it("reads eight steps numbered under 序号", () => {
    const numbered = sheet([[TITLE], ["序号", "时间", "项目安排"], ...[...MORE_STEPS, ...STEPS].map((step, i) => [String(i + 1), ...step])]);
    const plan = readPlan(numbered);
    expect(plan.rows.map((r) => r.seq)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(plan.rows.map((r) => r.deadline.date)).toEqual(["2025-03-31", "2025-05-31", "2025-08-31", "2025-09-30", "2025-11-30", "2025-06-30", "2025-10-31", "2025-12-31"]);
  });

  it("reads four steps with no title, dated when the times name their year", () => {
    const dated = [...STEPS, MORE_STEPS[4]].map(([time, step]) => [`2025年${time}`, step]);
    expect(datesAndUnits(timetable("项目安排", dated, null)).map(([date]) => date)).toEqual(["2025-06-30", "2025-10-31", "2025-12-31", "2025-11-30"]);
  });

  it("reads the timetable in traditional characters", () => {
    const traditional = sheet([
      ["2025年重點項目建設時間表"],
      ["時間", "項目安排"],
      ["6月底前", "6月底前，新河傢俱、雙星二期等項目開工"],
      ["10月底前", "10月底前，城南物流園、義烏小商品城等項目啟動，華龍產業園試生產"],
      ["年底前", "年底前，宏達新型建材、銀河街等項目進入實質性建設……"],
    ]);
    expect(datesAndUnits(traditional)).toEqual([
      ["2025-06-30", [], "missing"],
      ["2025-10-31", [], "missing"],
      ["2025-12-31", [], "missing"],
    ]);
  });

  // An action plan's stages under its part heading 三、组织实施: each a four-character name and a time.
  const STAGES: CellValue[][] = [
    ["(一)", "动员部署", "2025年1月10日"],
    ["(二)", "集中攻坚", "2025年1月11日-2025年10月底"],
    ["(三)", "持续推进", "2025年10月底-2025年12月底"],
  ];
  const stages = (label = "阶段", rows = STAGES) => sheet([["序号", label, "时间"], ["三、组织实施", null, null], ...rows], [across(1, 2)]);

  it("reads each stage as a task under its part heading, dated in the year its times name", () => {
    const plan = readPlan(stages());
    expect(plan.info.columns).toEqual({ seq: "A", requirement: "B", deadline: "C" });
    expect(plan.rows.map((r) => [r.seq, r.requirement, r.category])).toEqual([
      ["(一)", "动员部署", ["三、组织实施"]],
      ["(二)", "集中攻坚", ["三、组织实施"]],
      ["(三)", "持续推进", ["三、组织实施"]],
    ]);
    expect(datesAndUnits(stages())).toEqual([
      ["2025-01-10", [], "missing"],
      ["2025-10-31", [], "missing"],
      ["2025-12-31", [], "missing"],
    ]);
    expect(sheetFindings(stages())).toEqual(["missing-unit-column"]);
  });

  it.each(["实施步骤", "工作环节"])("reads the stages under %s", (label) => {
    expect(readPlan(stages(label)).rows.map((r) => r.requirement)).toEqual(["动员部署", "集中攻坚", "持续推进"]);
  });

  it("reads four stages with no 序号 under a title giving the year their times leave out", () => {
    const plan = readPlan(
      sheet([
        ["2024年道路交通安全整治行动方案"],
        ["阶段", "时间"],
        ["动员部署", "3月1日-3月15日"],
        ["集中攻坚", "3月16日-9月30日"],
        ["持续推进", "10月1日-12月15日"],
        ["总结验收", "12月16日-12月31日"],
      ]),
    );
    expect(plan.rows.map((r) => [r.requirement, r.deadline.date])).toEqual([
      ["动员部署", "2024-03-15"],
      ["集中攻坚", "2024-09-30"],
      ["持续推进", "2024-12-15"],
      ["总结验收", "2024-12-31"],
    ]);
    expect(plan.planYearSource).toBe("sheet");
  });

  it("reads the stages in traditional characters, the part heading unmerged", () => {
    const traditional = sheet([["序號", "階段", "時間"], ["三、組織實施", null, null], ["(一)", "動員部署", "2025年1月10日"], ["(二)", "集中攻堅", "2025年1月11日-2025年10月底"], ["(三)", "持續推進", "2025年10月底-2025年12月底"]]);
    expect(readPlan(traditional).rows.map((r) => [r.requirement, r.deadline.date])).toEqual([
      ["動員部署", "2025-01-10"],
      ["集中攻堅", "2025-10-31"],
      ["持續推進", "2025-12-31"],
    ]);
  });

  it("takes the work of each stage, not the stage's name, where both are given", () => {
    const plan = readPlan(
      sheet([
        ["序号", "阶段", "时间", "工作安排"],
        ["1", "动员部署", "1月10日", "1月10日前，召开动员大会，部署整治任务"],
        ["2", "集中攻坚", "1月11日至10月底", "10月底前，各乡镇完成排查，建立问题清单"],
      ]),
    );
    expect(plan.info.columns).toEqual({ seq: "A", requirement: "D", deadline: "C" });
  });

  // Two columns, one of times, that are no plan: whom to call, figures, persons on duty, the weather.
  it.each<[string, CellValue[][]]>([
    ["contacts", [["单位", "联系人", "联系电话"], ["县教育局", "张伟", "13800000001"], ["县卫健委", "李明", "13800000002"]]],
    ["names and phones", [["姓名", "电话"], ["张伟", "13800000001"], ["李明", "13800000002"], ["王芳", "13800000003"]]],
    ["figures by year", [["年份", "产值(亿元)"], ["2022年", "120.5"], ["2023年", "131.2"], ["2024年", "140.8"]]],
    ["figures by time", [["时间", "完成投资"], ["6月底前", "1200万元"], ["年底前", "3000万元"]]],
    ["counts of projects under a label naming steps", [["时间", "项目安排"], ["一季度", "12"], ["二季度", "8"], ["三季度", "15"]]],
    ["persons arranged by month", [["时间", "人员安排"], ["1月", "张伟、李明"], ["2月", "王芳、赵强"], ["3月", "刘洋、陈静"]]],
    ["funds arranged by time", [["时间", "资金安排"], ["6月底前", "500万元"], ["年底前", "800万元"]]],
    ["progress words under a label naming steps", [["时间", "工作安排"], ["6月底前", "已完成"], ["年底前", "推进中"]]],
    ["persons on duty by day", [["日期", "值班人员"], ["1月1日", "张伟"], ["1月2日", "李明"], ["1月3日", "王芳"]]],
    ["the weather by day", [["时间", "天气"], ["1月1日", "晴"], ["1月2日", "多云"], ["1月3日", "小雨"]]],
  ])("still finds no table in %s", (_, values) => {
    expect(refusal(sheet(values))).toBe("no-table");
  });
});

describe("a campaign timetable whose stages are merged down beside each step's own time", () => {
  // A community's 换届 timetable: 工作阶段 | 工 作 安 排 spread over the step, its text and its time
  // (the time column has no label of its own) | 相关资料 | 责任单位; each stage and its span merged
  // down over its steps. Invented text, the layout of the published ones.
  const STAGE_ROWS: CellValue[][] = [
    ["筹备阶段（9月6日至9月15日）", "1.成立工作机构", "成立换届选举工作指导组，抽调人员组建工作专班。", "9月8日前", "1.《关于成立换届选举工作指导组的通知》", "党工委"],
    [null, "2.制定实施方案", "结合社区实际研究制定换届选举实施方案，报区委组织部审核。", "9月10日前", "2.《换届选举工作实施方案》", "区委组织部 党工委"],
    [null, "3.开展宣传发动", "通过宣传栏、居民微信群等方式宣传换届政策和纪律要求。", "9月14日前", "3.宣传提纲", "党工委"],
    ["选举阶段（9月16日至10月30日）", "4.分析研判班子", "对社区班子运行和后备人选情况逐一分析研判。", "9月20日前", "4.研判情况报告", "党工委"],
    [null, "5.组织投票选举", "依法召开选举大会，选举产生新一届社区“两委”班子。", "10月25日前", "5.选举结果报告单", "党工委"],
  ];
  const timetable = (stageLabel = "工作阶段", rows = STAGE_ROWS) => {
    const width = rows[0].length;
    return sheet(
      [["某街道某社区2022年换届选举工作日程安排表"], [stageLabel, "工 作 安 排", ...Array<null>(width - 4).fill(null), "相关资料", "责任单位"], ...rows],
      [across(0, width - 1), { top: 1, left: 1, bottom: 1, right: width - 3 }, { top: 2, left: 0, bottom: 4, right: 0 }, { top: 5, left: 0, bottom: 6, right: 0 }],
    );
  };
  const dates = (snapshot: SheetSnapshot) => readPlan(snapshot).rows.map((r) => r.deadline.date);

  it("dates each step by its own time in the title's year, not by its stage's end", () => {
    const plan = readPlan(timetable());
    expect(plan.info.columns).toMatchObject({ requirement: "C", deadline: "D", units: ["F"] });
    expect(dates(timetable())).toEqual(["2022-09-08", "2022-09-10", "2022-09-14", "2022-09-20", "2022-10-25"]);
  });

  it("names the street's working committee, written bare, as the one body of each step", () => {
    const plan = readPlan(timetable());
    expect(plan.rows.map((r) => r.unitStatus)).toEqual(Array(5).fill("ok"));
    expect(plan.rows.flatMap((r) => r.units.filter((u) => u.name === "党工委").map((u) => u.generic))).toEqual(Array(5).fill(false));
  });

  it("reads two bodies a space apart (区委组织部 党工委) in a step's unit cell", () => {
    expect(readPlan(timetable()).rows[1].units.map((u) => u.name)).toEqual(["区委组织部", "党工委"]);
  });

  it("dates each step by its own time though the stage's label names a time too", () => {
    expect(dates(timetable("工作阶段及时间"))).toEqual(["2022-09-08", "2022-09-10", "2022-09-14", "2022-09-20", "2022-10-25"]);
  });

  it("dates the steps by their stage's span when the rows give no time of their own", () => {
    const untimed = STAGE_ROWS.map((row) => [...row.slice(0, 3), ...row.slice(4)]);
    expect(readPlan(timetable("工作阶段", untimed)).info.columns.deadline).toBe("A");
    expect(dates(timetable("工作阶段", untimed))).toEqual(["2022-09-15", "2022-09-15", "2022-09-15", "2022-10-30", "2022-10-30"]);
  });

  it("leaves the stage its span when each step is dated in its own text", () => {
    const datedSteps = STAGE_ROWS.map(([stage, step, text, time, ...rest]) => [stage, step, `${String(time)}，${String(text)}`, ...rest]);
    const plan = readPlan(timetable("工作阶段", datedSteps));
    expect(plan.info.columns).toMatchObject({ requirement: "C", deadline: "A" });
  });
});

describe("an inspection material split whose one label is spread over the item, the material and who provides it", () => {
  // A 文明城市 测评 material split: 测评内容分类编号 spread over three columns, none of which has a
  // label of its own; level headings (Ⅰ—1, Ⅱ—1, Ⅲ—1) alone in the first cell, then each item with
  // the material asked for and the bodies that provide it. Invented text, the layout of the published ones.
  const ITEMS: CellValue[][] = [
    ["Ⅰ—1中央文明委重点工作", null, null],
    ["Ⅱ—1深入宣传贯彻创建工作部署", null, null],
    ["Ⅲ—1健全学习制度", null, null],
    ["Ⅲ-1-①把创建工作纳入理论学习中心组学习内容,制定年度学习计划;", "提供党委、政府的年度学习计划。", "市委宣传部、市委组织部、市委党校、各区"],
    ["Ⅲ-1-②建立完善学习制度,形成常态化学习机制;", "提供相关学习制度、学习记录。", "市委宣传部、市委党校、各区"],
    ["Ⅲ-1-③完善考核办法,定期组织督查通报;", "提供相关考核办法、督查通报。", "市委组织部、市文明办、各区"],
  ];
  const split = (rows: CellValue[][] = ITEMS, beside: CellValue[] = []) => {
    const width = 3 + beside.length;
    return sheet(
      [["某市创建全国文明城市测评材料任务分解表"], ["测评内容分类编号", null, null, ...beside], ...rows],
      [across(0, width - 1), { top: 1, left: 0, bottom: 1, right: 2 }],
    );
  };

  it("reads the column listing public bodies as the units, though the spread label is its only one", () => {
    const plan = readPlan(split());
    expect(plan.info.columns.units).toEqual(["C"]);
    expect(plan.rows.map((r) => r.unitStatus)).toEqual(["ok", "ok", "ok"]);
    expect(plan.rows[0].units.map((u) => u.name)).toEqual(["市委宣传部", "市委组织部", "市委党校", "各区"]);
  });

  // The mirror copy writes the numerals and circled numbers as HTML character references.
  const asMirrored = ITEMS.map((row) => row.map((cell) => (typeof cell === "string" ? cell.replace(/[Ⅰ-Ⅻ①-⑳—]/gu, (c) => `&#${c.codePointAt(0)};`) : cell)));

  it("reads the rows filled in the first cell alone as headings when the numerals are written as character references", () => {
    const plan = readPlan(split(asMirrored));
    expect(plan.rows.map((r) => r.row)).toEqual([6, 7, 8]);
    expect(plan.rows[0].requirement).toMatch(/^Ⅲ-1-①把创建工作纳入/u);
  });

  it("leaves the units to a column labelled for them beside the spread label", () => {
    const withUnits = ITEMS.map((row, i) => [...row, i < 3 ? null : "市文明办"]);
    expect(readPlan(split(withUnits, ["责任单位"])).info.columns.units).toEqual(["D"]);
  });

  it.each([
    ["places the items are in", ["洋县", "城关镇", "柏树镇"]],
    ["persons who answer for them", ["张伟", "李明、王芳", "赵强"]],
  ])("reads no units from %s under the spread label", (_, third) => {
    const rows = ITEMS.map((row, i) => (i < 3 ? row : [row[0], row[1], third[i - 3]]));
    expect(readPlan(split(rows)).info.columns.units ?? []).toEqual([]);
  });
});

describe("a task split whose narrow label cells wrap their last character onto a second header row", () => {
  // Pasted from a PDF: 责任单 over 位 and 完成时 over 限, each in its own column, no merge kept; the
  // wider labels fit on one line. Invented tasks, the layout of the published ones.
  const values: CellValue[][] = [
    ["某县2024年政务公开重点工作任务分解表", null, null, null],
    ["序号", "工作任务", "责任单", "完成时"],
    [null, null, "位", "限"],
    ["1", "逐户公示征收补偿结果，接受群众监督", "县住建局", "6月底前"],
    ["2", "建立依申请公开办理台账，按时答复申请人", "县司法局", "实时更新"],
    ["3", "更新政府信息公开指南和目录", "县政府办", "即时办理"],
  ];
  const plan = () => readPlan(sheet(values, [across(0, 3)]));

  it("reads the row of 位 and 限 as the end of the labels above, no task", () => {
    expect(plan().info.headerRows).toEqual([2, 3]);
    expect(plan().rows.map((r) => [r.row, r.seq])).toEqual([
      [4, "1"],
      [5, "2"],
      [6, "3"],
    ]);
  });

  it("reads each task's units and deadline from the joined labels' columns", () => {
    // 实时更新, 即时办理 read as a time only under a label for it: the cells alone
    // would not make the column the deadline.
    expect(plan().info.columns).toMatchObject({ units: ["C"], deadline: "D" });
    expect(plan().rows.map((r) => [r.units.map((u) => u.name), r.deadline.text])).toEqual([
      [["县住建局"], "6月底前"],
      [["县司法局"], "实时更新"],
      [["县政府办"], "即时办理"],
    ]);
  });

  it("joins no sub-label to a group label over it that names a role itself", () => {
    // 责任单位 | (blank) over 牵头 | 配合: a real group label, its merge lost; 牵头 names the lead on its own.
    const grouped: CellValue[][] = [
      ["序号", "工作任务", "责任单位", null, "完成时限"],
      [null, null, "牵头", "配合", null],
      ["1", "逐户公示征收补偿结果，接受群众监督", "县住建局", "县财政局", "6月底前"],
      ["2", "建立依申请公开办理台账，按时答复申请人", "县司法局", "县政府办", "9月底前"],
    ];
    expect(readPlan(sheet(grouped)).info.columns).toMatchObject({ lead: "C", co: "D", deadline: "E" });
  });
});

describe("a column of deadlines under a task label spread over the item, its measures and its time", () => {
  // A county's 营商环境 task list: 工作任务 merged over three columns (the item, what is done, by
  // when), none of which has a label of its own, then 责任单位. Invented tasks, the layout of the published ones.
  const TASKS: CellValue[][] = [
    ["1", "优化企业开办服务", "推行企业开办“一网通办”，将开办时间压缩至1个工作日内。", "6月底前", "县市场监管局"],
    ["2", "提升不动产登记效率", "实现一般登记、抵押登记业务3个工作日内办结。", "2024年9月底前", "县自然资源局"],
    ["3", "深化工程建设项目审批制度改革", "推行并联审批和告知承诺制，压缩审批时限。", "2024年12月底前", "县住建局"],
  ];
  const list = (rows: CellValue[][] = TASKS, beside: CellValue[] = []) => {
    const width = 5 + beside.length;
    return sheet(
      [["某县2024年营商环境优化提升工作任务清单"], ["序号", "工作任务", null, null, "责任单位", ...beside], ...rows],
      [across(0, width - 1), { top: 1, left: 1, bottom: 1, right: 3 }],
    );
  };

  it("reads the column of times as the deadline, though the spread task label is its only one", () => {
    const plan = readPlan(list());
    expect(plan.info.columns).toMatchObject({ category: ["B"], requirement: "C", deadline: "D", units: ["E"] });
    expect(plan.rows.map((r) => [r.deadline.text, r.deadline.class])).toEqual([
      ["6月底前", "date"],
      ["2024年9月底前", "date"],
      ["2024年12月底前", "date"],
    ]);
  });

  it("leaves the deadline to a column labelled for it beside the spread label", () => {
    const withTime = TASKS.map((row) => [...row, "2024年12月底前"]);
    expect(readPlan(list(withTime, ["完成时限"])).info.columns.deadline).toBe("F");
  });

  it("keeps a column of steps each dated in its text as task text", () => {
    const steps = ["6月底前完成系统改造并上线运行", "9月底前完成窗口整合", "12月底前开展全面评估"];
    const rows = TASKS.map((row, i) => [row[0], row[1], row[2], steps[i], row[4]]);
    const plan = readPlan(list(rows));
    expect(plan.info.columns.deadline).toBeUndefined();
    expect(plan.info.columns.requirement).toBe("D");
  });
});
