// A part of a plan with no numbered items: its heading (二、健全主动公开事项目录体系), then one paragraph
// with its 序号 cell left empty, then the next part's heading. A clerk reads that paragraph as the
// part's one task, though it opens by addressing every body (各单位须…); among numbered tasks the same
// kind of line is an instruction about them, and notes, sign-offs and totals stay no tasks.
// Invented plans in the layout of county 政务公开工作要点 分工 tables.
import { readPlan } from "./index";
import type { CellValue, Rect, SheetSnapshot } from "./schema";

function sheet(values: CellValue[][], merges: Rect[] = []): SheetSnapshot {
  return { sheet: "表1", origin: { row: 0, col: 0 }, values, dateCells: [], merges };
}

const taskRows = (snapshot: SheetSnapshot) => readPlan(snapshot).rows.map((r) => r.row);

const ADDRESSED = [
  "各单位须依据权责清单和公共服务事项，持续全面梳理并动态更新法定主动公开内容。",
  "各乡镇、各部门要结合机构改革后的职能调整，及时更新本单位政府信息公开指南。",
  "各有关单位务必在每季度末前完成重点领域信息公开专栏的自查整改。",
];

describe("a paragraph alone under a part heading with no numbered items", () => {
  /** 一、 with two numbered tasks, 二、 holding only `line` (number cell empty), 三、 with one task. */
  const twoColumns = (line: string): SheetSnapshot =>
    sheet([
      ["序号", "工作任务"],
      ["一、深化依申请公开工作", null],
      ["1.", "完善制度与流程。各单位须完善依申请公开工作制度。"],
      ["2.", "严格执行报告审核机制。"],
      ["二、健全主动公开事项目录体系", null],
      [null, line],
      ["三、加强政策解读", null],
      ["1.", "做好政策解读。"],
    ]);

  it.each(ADDRESSED)("reads it as the part's one task though it addresses every body: %s", (line) => {
    expect(taskRows(twoColumns(line))).toEqual([3, 4, 6, 8]);
  });

  it("reads it so as the last part of the plan too", () => {
    const values = [
      ["序号", "工作任务", "责任单位", "完成时限"],
      ["一、深化依申请公开工作", null, null, null],
      ["1", "完善依申请公开工作制度，规范受理、办理、答复各环节。", "县政府办", "6月底前"],
      ["2", "严格执行依申请公开答复审核机制。", "县司法局", "长期坚持"],
      ["二、健全主动公开事项目录体系", null, null, null],
      [null, ADDRESSED[0], null, null],
    ];
    expect(taskRows(sheet(values, [1, 4].map((row) => ({ top: row, left: 0, bottom: row, right: 3 }))))).toEqual([3, 4, 6]);
  });

  it("keeps the same line among numbered tasks an instruction about them, no task", () => {
    const values = [
      ["序号", "工作任务", "责任单位", "完成时限"],
      ["一、深化依申请公开工作", null, null, null],
      ["1", "完善依申请公开工作制度，规范受理、办理、答复各环节。", "县政府办", "6月底前"],
      [ADDRESSED[1], null, null, null],
      ["2", "严格执行依申请公开答复审核机制。", "县司法局", "长期坚持"],
      ["二、加强政策解读", null, null, null],
      ["1", "做好政策解读，重要政策文件与解读材料同步起草、同步审签、同步发布。", "县政府办", "长期坚持"],
    ];
    // The instruction printed across the table, as the headings are.
    const plan = readPlan(sheet(values, [1, 3, 5].map((row) => ({ top: row, left: 0, bottom: row, right: 3 }))));
    expect(plan.rows.map((r) => r.row)).toEqual([3, 5, 7]);
    expect(plan.notes).toContain(ADDRESSED[1]);
  });

  it("keeps a note under the part's paragraph a note", () => {
    const values = [
      ["序号", "工作任务"],
      ["一、深化依申请公开工作", null],
      ["1.", "完善制度与流程。各单位须完善依申请公开工作制度。"],
      ["二、健全主动公开事项目录体系", null],
      [null, ADDRESSED[0]],
      ["注：各单位于每季度末将落实情况报县政务公开办。", null],
    ];
    const plan = readPlan(sheet(values));
    expect(plan.rows.map((r) => r.row)).toEqual([3, 5]);
  });
});
