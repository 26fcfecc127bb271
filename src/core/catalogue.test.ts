import { readPlan } from "./index";
import type { CellValue, Rect, SheetSnapshot } from "./schema";
import { parseUnits, unitStatus } from "./units";

// 基层政务公开标准目录: the national catalogue each town or county fills in for itself, as pasted from
// a PDF — two header rows (公开事项 over 一级事项 | 二级事项; 公开对象, 公开方式, 公开层级 over their
// √ columns) whose merges the copy lost, labels cut or wrapped (公开主, 二级 事项), cells keeping
// the spaces of their line wraps, and the channels as a ■/□ checklist. Invented items.

const WIDTH = 14;
const TOP: CellValue[] = ["序号", "公开事项", null, "公开内容(要素)", "公开依据", "公开时限", "公开主", "公开渠道和载体", "公开对象", null, "公开方式", null, "公开层级", null];
const SUB: CellValue[] = [null, "一级事项", "二级 事项", null, null, null, null, null, "全社会", "特定群体", "主动", "依申请", "县级", "乡级"];
const CHANNELS = "■政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视 □纸质媒体 □公开查阅点 ■政务服务中心 □便民服务站 □入户/现场 ■社区/企事业单位/村公示栏(电子屏)";
const FROM_EACH_CHANGE = "信息形成或 者变更之日 起20个工作 日内予以公 开";

function item(seq: string, first: string, second: string, content: string, publisher: string): CellValue[] {
  return [seq, first, second, content, "《国有土地上房屋征收与补偿条例》第十条", FROM_EACH_CHANGE, publisher, CHANNELS, "√", null, "√", null, "√", "√"];
}

function catalogue(publishers: string[], unitLabel = "公开主", sub = SUB): SheetSnapshot {
  const top = TOP.map((label) => (label === "公开主" ? unitLabel : label));
  const items = publishers.map((p, i) => item(String(i + 1), "征收补偿", `补偿事项${i + 1}`, `第${i + 1}批被征收户的补偿方案及其修改情况`, p));
  const values = [["某镇国有土地上房屋征收领域基层政务公开标准目录", ...Array(WIDTH - 1).fill(null)], top, sub, ...items];
  return { sheet: "目录", origin: { row: 0, col: 0 }, values, dateCells: [], merges: [] };
}

describe("a catalogue pasted from a PDF, its header merges lost", () => {
  it("heads the table with both label rows and reads only the items as rows", () => {
    const plan = readPlan(catalogue(["镇人民政府", "镇人民政府", "镇人民政府"]));
    expect(plan.info.headerRows).toEqual([2, 3]);
    expect(plan.rows.map((r) => [r.row, r.seq])).toEqual([
      [4, "1"],
      [5, "2"],
      [6, "3"],
    ]);
    expect(plan.rows.map((r) => r.deadline.class)).toEqual(["recurring", "recurring", "recurring"]);
  });

  it("joins 公开主 and the 体 wrapped under it into one label, the row of 体 a header row", () => {
    // The narrow 公开主体 cell wraps its last character onto the sub-label row, in its own column.
    const wrapped = SUB.map((label, c) => (TOP[c] === "公开主" ? "体" : label));
    const plan = readPlan(catalogue(["镇人民政府", "镇司法所", "镇人民政府"], "公开主", wrapped));
    expect(plan.info.headerRows).toEqual([2, 3]);
    expect(plan.info.columns.units).toEqual(["G"]);
    expect(plan.rows.map((r) => [r.row, r.seq, r.units.map((u) => u.name)])).toEqual([
      [4, "1", ["镇人民政府"]],
      [5, "2", ["镇司法所"]],
      [6, "3", ["镇人民政府"]],
    ]);
  });

  it("takes no task row for a row of labels under a label with a blank beside it", () => {
    // 工作任务 | (blank) over 征收补偿 | 逐户公示…: the blank beside 工作任务 may be its spread, but the
    // row under it also fills 责任单位 and 完成时限, labels with no blank after them: a task row.
    const values: CellValue[][] = [
      ["工作任务", null, "责任单位", "完成时限"],
      ["征收补偿", "逐户公示补偿结果", "镇党政办", "6月底前"],
      ["依申请公开", "建立办理台账", "镇司法所", "9月底前"],
    ];
    const plan = readPlan({ sheet: "表1", origin: { row: 0, col: 0 }, values, dateCells: [], merges: [] });
    expect(plan.info.headerRows).toEqual([1]);
    expect(plan.rows.map((r) => r.row)).toEqual([2, 3]);
  });
});

describe("公开主体 naming the body by its level only", () => {
  // The catalogue is the filler's own: 乡镇人民政府 is the town's government, one body, as a clerk
  // of the town reads it. In a plan splitting tasks among the places the same words are every one.
  const levelOnly = ["乡镇人民政府", "乡 镇人民政府", "县(区、市)人民政府", "县(市、区)及房屋征收部门", "县级住房保障部门", "镇级人民政府"];

  it.each(["公开主", "公开主体", "公開主體"])("reads each as the catalogue's own body under %s: ok", (label) => {
    const plan = readPlan(catalogue(levelOnly, label));
    expect(plan.rows.map((r) => r.unitStatus)).toEqual(levelOnly.map(() => "ok"));
  });

  it("keeps the same words catch-alls in a plan splitting tasks among places", () => {
    const split = ["乡镇人民政府", "县(区、市)人民政府", "县(市、区)及房屋征收部门"];
    const values: CellValue[][] = [
      ["某市国有土地上房屋征收信息公开工作任务分解表", null, null, null],
      ["序号", "工作任务", "责任单位", "完成时限"],
      ...split.map((unit, i) => [String(i + 1), `第${i + 1}批征收项目补偿结果全部公开到户`, unit, "2025年12月底前"]),
    ];
    const merges: Rect[] = [{ top: 0, left: 0, bottom: 0, right: 3 }];
    const plan = readPlan({ sheet: "表1", origin: { row: 0, col: 0 }, values, dateCells: [], merges });
    expect(plan.rows.map((r) => r.unitStatus)).toEqual(["generic", "generic", "generic"]);
  });

  const asPublisher = (text: string) => parseUnits(text, { ownBodyByLevel: true }).units;

  it.each([
    ["乡镇人民政府", "ok"],
    ["乡(镇)人民政府", "ok"],
    ["县(市、区)政府", "ok"],
    ["区县人民政府", "ok"],
    ["市(州)人民政府", "ok"],
    // several tiers publish, each its own: no one body
    ["市县人民政府", "generic"],
    ["省、市、县人民政府", "generic"],
    // a quantifier over the places, in any table
    ["各乡镇人民政府", "generic"],
    ["所属乡镇人民政府", "generic"],
    // a county's offices are addressed together (levels.ts), in a catalogue as well
    ["街道办事处", "generic"],
  ])("a publisher written %s is %s", (name, status) => {
    expect(unitStatus(asPublisher(name))).toBe(status);
  });
});
