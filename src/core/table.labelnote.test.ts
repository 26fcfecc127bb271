import { readPlan } from "./index";
import type { CellValue, Rect, SheetSnapshot } from "./schema";

// A column label with a note in brackets after its head word (公开渠道和载体(“■”表示必选项,“口”表示
// 可选项), 责任单位(排在第一位的为牵头单位), 完成时限(以文件印发之日起计算)): a clerk reads the head as the
// label and the note as how to fill or read the column. The label is as short as its head, so the
// row is still the header; the note still says what it says. Invented plans, the published layouts.

function sheet(values: CellValue[][], merges: Rect[] = []): SheetSnapshot {
  return { sheet: "表1", origin: { row: 0, col: 0 }, values, dateCells: [], merges };
}

describe("a 政务公开 catalogue whose channel label carries a note", () => {
  // 基层政务公开标准目录 of a town, as copied from a PDF: the merges lost, the long label's wrapped
  // lines landed in the lower of the two header rows, under the blank its column left in the upper.
  const WIDTH = 14;
  const channelLabels = ["公开渠道和载体(“■”表示必选项,“口”表示可选项)", "公开渠道和载体（“■”表示必选项，“□”表示可选项）"];
  const CHANNELS = "■政府网站 □政府公报 □两微一端 ■公开查阅点 ■便民服务站 □入户/现场 ■村(社区)公示栏";

  function catalogue(channelLabel: string): SheetSnapshot {
    const top: CellValue[] = ["序号", "公开事项", null, "公开内容(要素)", "公开依据", "公开时限", "公开主体", null, "公开对象", null, "公开方式", null, "公开层级", null];
    const sub: CellValue[] = [null, "一级事项", "二级事项", null, null, null, null, channelLabel, "全社会", "特定群体", "主动", "依申请", "县级", "乡级"];
    const items: [string, string, string][] = [
      ["社会救助", "最低生活保障", "低保对象认定条件、办理程序及救助标准"],
      ["社会救助", "特困人员救助供养", "特困人员认定条件、供养标准及审批结果"],
      ["养老服务", "高龄津贴发放", "发放对象、标准及每月发放名单"],
    ];
    const rows = items.map(([first, second, content], i) => [
      String(i + 1),
      first,
      second,
      content,
      "《社会救助暂行办法》",
      "信息形成或变更之日起20个工作日内",
      "乡镇人民政府",
      CHANNELS,
      "√",
      null,
      "√",
      null,
      null,
      "√",
    ]);
    return sheet([["某镇社会救助和养老服务领域基层政务公开标准目录", ...Array(WIDTH - 1).fill(null)], top, sub, ...rows]);
  }

  it.each(channelLabels)("heads the table with both label rows under %s and reads only the items", (label) => {
    const plan = readPlan(catalogue(label));
    expect(plan.info.headerRows).toEqual([2, 3]);
    expect(plan.rows.map((r) => [r.row, r.seq])).toEqual([
      [4, "1"],
      [5, "2"],
      [6, "3"],
    ]);
  });

  it("reads the level-only 公开主体 as the catalogue's own body", () => {
    const plan = readPlan(catalogue(channelLabels[0]));
    expect(plan.rows.map((r) => r.unitStatus)).toEqual(["ok", "ok", "ok"]);
  });
});

describe("a task split whose labels carry notes", () => {
  // Items named in a few words, neither numbered nor sentences: only the labels say this is a table.
  const title = "某县2025年优化营商环境重点任务分工表";
  const tasks: CellValue[][] = [
    ["政务服务", "涉企经营许可清单管理", "县行政审批局、县市场监管局", "3个月内"],
    [null, "企业诉求接诉即办", "县营商环境服务中心、县政务服务中心", "6个月内"],
    ["公平竞争", "拖欠企业账款专项清理", "县财政局、县工信局、县司法局", "2025年12月底前"],
  ];
  const split = (unitLabel: string, deadlineLabel: string) =>
    sheet([[title, null, null, null], ["任务类别", "工作任务", unitLabel, deadlineLabel], ...tasks], [{ top: 0, left: 0, bottom: 0, right: 3 }]);
  const leadsAndUnits = (plan: ReturnType<typeof readPlan>) => plan.rows.map((r) => [r.lead, r.units.map((u) => u.name)]);

  it.each([
    ["责任单位(排在第一位的为牵头单位)", "完成时限(以文件印发之日起计算)"],
    ["责任单位（排在第一位的为牵头单位）", "完成时限（以本方案印发之日起计算）"],
    ["责任单位(排在第一位的为牵头单位)", "完成时限"],
    // A note opening with its own word and colon (注：, 说明：) is still a note, no field filled in.
    ["责任单位(注：排在第一位的为牵头单位)", "完成时限（说明：以文件印发之日起计算）"],
    ["责任单位（注:排在第一位的为牵头单位）", "完成时限"],
  ])("finds the header under %s | %s and leads with the first-named unit", (unitLabel, deadlineLabel) => {
    const plan = readPlan(split(unitLabel, deadlineLabel));
    expect(plan.info.headerRows).toEqual([2]);
    expect(plan.info.columns).toEqual({ category: ["A"], requirement: "B", units: ["C"], deadline: "D" });
    expect(leadsAndUnits(plan)).toEqual([
      ["县行政审批局", ["县行政审批局", "县市场监管局"]],
      ["县营商环境服务中心", ["县营商环境服务中心", "县政务服务中心"]],
      ["县财政局", ["县财政局", "县工信局", "县司法局"]],
    ]);
  });

  it("names no lead under a plain 责任单位: the first-named lead is the note's", () => {
    expect(leadsAndUnits(readPlan(split("责任单位", "完成时限"))).map(([lead]) => lead)).toEqual([null, null, null]);
  });

  it("reads labels with other notes (公开方式(主动/依申请), 资金(万元), 备注(说明需协调解决的问题)) by their head word", () => {
    const values: CellValue[][] = [
      [title, null, null, null, null, null],
      ["工作任务", "责任单位(排在第一位的为牵头单位)", "完成时限(以文件印发之日起计算)", "公开方式(主动/依申请)", "资金(万元)", "备注(说明需协调解决的问题)"],
      ["公开惠企政策兑现结果", "县发改委、县财政局", "3个月内", "主动", "20", null],
      ["建成企业开办“一窗通办”专区", "县政务服务中心", "6个月内", "主动", "50", "需县财政安排资金"],
    ];
    const plan = readPlan(sheet(values, [{ top: 0, left: 0, bottom: 0, right: 5 }]));
    expect(plan.info.headerRows).toEqual([2]);
    // 公开方式 and 资金 are columns the reader never checks; 备注 is the remark.
    expect(plan.info.columns).toEqual({ requirement: "A", units: ["B"], deadline: "C", remark: "F" });
    expect(plan.rows.map((r) => [r.row, r.lead])).toEqual([
      [3, "县发改委"],
      [4, null],
    ]);
  });

  it("reads a label with a note in the row under the header, labelling the column the header left blank", () => {
    // A PDF copy whose merges are lost: the long label wrapped into the row under its blank.
    const values: CellValue[][] = [
      [title, null, null, null],
      ["任务类别", "工作任务", null, "完成时限"],
      [null, null, "责任单位(注：排在第一位的为牵头单位)", null],
      ...tasks,
    ];
    const plan = readPlan(sheet(values, [{ top: 0, left: 0, bottom: 0, right: 3 }]));
    expect(plan.info.headerRows).toEqual([2, 3]);
    expect(leadsAndUnits(plan).map(([lead]) => lead)).toEqual(["县行政审批局", "县营商环境服务中心", "县财政局"]);
  });

  it("still takes fields filled in before a bracket (责任单位：县发改委（牵头）) for no header", () => {
    // A form's line above the table, each cell a field filled in and closed by a remark in brackets.
    const values: CellValue[][] = [
      [title, null, null],
      ["工作任务：优化营商环境（共3项）", "责任单位：县发改委（牵头）", "完成时限：2025年底（暂定）"],
      ["工作任务", "责任单位(注：排在第一位的为牵头单位)", "完成时限"],
      ["公开惠企政策兑现结果", "县发改委、县财政局", "3个月内"],
      ["建成企业开办“一窗通办”专区", "县政务服务中心", "6个月内"],
    ];
    const plan = readPlan(sheet(values, [{ top: 0, left: 0, bottom: 0, right: 2 }]));
    expect(plan.info.headerRows).toEqual([3]);
    expect(plan.rows.map((r) => [r.row, r.lead])).toEqual([
      [4, "县发改委"],
      [5, null],
    ]);
  });

  it("takes no row of task prose ending in a bracket for the header", () => {
    // A task whose text closes with its lead in brackets is still a task: its text is a sentence
    // far longer than a label, bracket or no bracket.
    const values: CellValue[][] = [
      [title, null, null, null],
      ["序号", "工作任务", "责任单位", "完成时限"],
      ["1", "全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度（县司法局牵头）", "县直各执法部门", "2025年6月底前"],
      ["2", "推进综合窗口改革，实现企业开办全流程一网通办（县政务服务中心负责）", "县政务服务中心", "2025年9月底前"],
    ];
    const plan = readPlan(sheet(values, [{ top: 0, left: 0, bottom: 0, right: 3 }]));
    expect(plan.info.headerRows).toEqual([2]);
    expect(plan.rows.map((r) => r.seq)).toEqual(["1", "2"]);
  });
});
