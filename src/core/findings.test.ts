// Rules that no fixture happens to exercise, each asserted as [rule, cell, row] on cases that must
// and must not fire: switching one off fails here.
import { checkSheet } from "./index";
import type { CellValue, RuleId } from "./schema";

function findings(rows: CellValue[][], rule: RuleId, sheet = "Sheet1") {
  const { report } = checkSheet({ sheet, origin: { row: 0, col: 0 }, values: rows, dateCells: [], merges: [] });
  return report.findings.filter((f) => f.rule === rule).map((f) => [f.rule, f.cell, f.row]);
}

const HEADER = ["序号", "工作任务", "责任单位", "完成时限"];

describe("deadline-outside-plan-year", () => {
  const rows: CellValue[][] = [
    ["某县2024年政务公开工作任务分工"],
    HEADER,
    ["1", "集中公开现行有效规范性文件目录", "县司法局", "2023年12月底前"],
    ["2", "发布惠企政策并做好解读", "县工信局", "2024年6月底前"],
    ["3", "编制并公布年度报告", "县政府办", "2025年1月31日前"],
    ["4", "完成平台迁移工作", "县数据局", "2025年6月"],
  ];
  it("fires on a date before the plan year or after its grace months, not inside them", () => {
    expect(findings(rows, "deadline-outside-plan-year")).toEqual([
      ["deadline-outside-plan-year", "D3", 3],
      ["deadline-outside-plan-year", "D6", 6],
    ]);
  });
});

describe("text-artefact", () => {
  it("fires on a pinyin gloss and a word broken by a space, not on names a line break separates", () => {
    const rows: CellValue[][] = [
      HEADER,
      ["1", "做好局相關(guān)科室的公开工作", "县政府办", "2024年6月"],
      ["2", "推进重大建设项\u00a0\u00a0目信息公开", "县工信局", "2024年6月"],
      ["3", "做好依申请公开工作", "县司法局\n县公安局", "2024年6月"],
    ];
    expect(findings(rows, "text-artefact")).toEqual([
      ["text-artefact", "B2", 2],
      ["text-artefact", "B3", 3],
    ]);
  });
});

describe("missing-unit-column", () => {
  it("fires once on a table with no unit column, and no row then reports missing-unit", () => {
    const rows: CellValue[][] = [
      ["序号", "公开事项", "公开内容", "公开时限"],
      ["1", "机构职能", "机构设置、职能、办公地址、办公时间、联系方式", "2024年6月底前"],
      ["2", "政策文件", "现行有效的规范性文件及其解读材料", "2024年6月底前"],
    ];
    expect(findings(rows, "missing-unit-column")).toEqual([["missing-unit-column", "A1", null]]);
    expect(findings(rows, "missing-unit")).toEqual([]);
  });

  it("does not fire when the table names its units", () => {
    expect(findings([HEADER, ["1", "做好依申请公开工作", "", "2024年6月"]], "missing-unit-column")).toEqual([]);
    expect(findings([HEADER, ["1", "做好依申请公开工作", "", "2024年6月"]], "missing-unit")).toEqual([["missing-unit", "C2", 2]]);
  });
});
