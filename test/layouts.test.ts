// Layouts seen across the genre, beyond the four fixtures: where the header sits, how it is
// written, what else shares the sheet.
import { checkSheet, PlanError, readPlan } from "../src/core";
import type { CellValue, Rect, SheetSnapshot } from "../src/core/schema";

function sheet(rows: CellValue[][], merges: Rect[] = [], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { sheet: "Sheet1", origin: { row: 0, col: 0 }, values: rows, dateCells: [], merges, ...extra };
}

describe("finding the table", () => {
  it("reads spaced traditional labels below a notice, title and metadata block", () => {
    const plan = readPlan(
      sheet([
        ["附件2"],
        ["某某縣2024年政務公開工作任務分解表"],
        ["填報單位：縣政府辦　　　　　　2024年3月1日"],
        [],
        ["序 號", "工 作 任 務", "具 體 要 求", "責 任 單 位", "完 成 時 限"],
        ["1", "夯實基礎", "明確分管領導", "縣政府辦", "2024年6月底前"],
      ]),
    );
    expect(plan.info.headerRows).toEqual([5]);
    expect(plan.info.columns).toEqual({ seq: "A", category: ["B"], requirement: "C", units: ["D"], deadline: "E" });
    expect(plan.title).toBe("某某縣2024年政務公開工作任務分解表");
    expect(plan.planYear).toBe(2024);
    expect(plan.rows[0].deadline).toEqual({ text: "2024年6月底前", class: "date", date: "2024-06-30" });
  });

  it("skips header rows and titles repeated at page breaks, reads the closing note", () => {
    const { plan, report } = checkSheet(
      sheet([
        ["2023年任务分工"],
        ["序号", "工作任务", "责任单位", "完成时间"],
        ["1", "修订制度", "县司法局", "2023年6月"],
        ["2023年任务分工"],
        ["序号", "工作任务", "责任单位", "完成时间"],
        ["2", "公开年报", "县政府办", "2023年1月31日前"],
        ["注：排名第一的单位为牵头单位"],
        ["抄送：县委办"],
      ]),
    );
    expect(plan.rows.map((r) => r.row)).toEqual([3, 6]);
    expect(plan.notes).toEqual(["注：排名第一的单位为牵头单位"]);
    expect(plan.firstListedLeads).toBe(true);
    // The task column is the only text column, so it is the requirement.
    expect(report.table?.columns).toEqual({ seq: "A", requirement: "B", units: ["C"], deadline: "D" });
    expect(report.findings.filter((f) => f.rule === "sequence-gap")).toEqual([]);
  });

  it("says clearly when there is no table", () => {
    const snap = sheet([["会议纪要"], ["各单位要高度重视政务公开工作。"]]);
    expect(() => readPlan(snap)).toThrow(PlanError);
    try {
      readPlan(snap);
    } catch (e) {
      expect((e as PlanError).code).toBe("no-table");
      expect((e as PlanError).zh).toContain("Sheet1");
      expect((e as PlanError).en).toContain("No task-breakdown table");
    }
  });

  it("does not take 公开方式 or 备注 for the responsible column", () => {
    const plan = readPlan(
      sheet([
        ["序号", "公开事项", "公开内容", "公开方式", "责任科室", "公开时限", "备注（牵头单位）"],
        ["1", "财政预算", "部门预算", "政府网站", "财务科", "每年", "县财政局牵头"],
      ]),
    );
    expect(plan.info.columns.units).toEqual(["E"]);
    expect(plan.info.columns.remark).toBe("G");
    expect(plan.rows[0].units.map((u) => u.name)).toEqual(["财务科"]);
    expect(plan.rows[0].deadline.class).toBe("recurring");
  });

  it("reads separate 牵头单位 and 配合单位 columns with their roles", () => {
    const plan = readPlan(
      sheet(
        [
          ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
          ["1", "推进政务公开标准化", "县政务中心", "县司法局、县财政局", "年底前"],
          ["2", "回应关切", "", "各有关部门", "及时"],
        ],
        [],
        { sheet: "2022年" },
      ),
    );
    expect(plan.info.columns).toEqual({ seq: "A", requirement: "B", lead: "C", co: "D", deadline: "E" });
    expect(plan.rows[0].units).toEqual([
      { name: "县政务中心", role: "lead", generic: false },
      { name: "县司法局", role: "co", generic: false },
      { name: "县财政局", role: "co", generic: false },
    ]);
    expect(plan.rows[0].lead).toBe("县政务中心");
    expect(plan.rows[0].deadline.date).toBe("2022-12-31");
    expect(plan.rows[1].unitStatus).toBe("generic");
    expect(plan.rows[1].lead).toBeNull();
  });

  it("a 责任单位 column paired with a 协同配合单位 column names the leads (qiaocheng-jyj-2025)", () => {
    const plan = readPlan(
      sheet([
        ["序号", "重点工作任务", "主要责任单位", "协同配合单位"],
        ["69", "深化与海亮集团合作，积极引进优质教育资源。", "区教育局", "区投资促进中心。"],
      ]),
    );
    expect(plan.info.columns).toEqual({ seq: "A", requirement: "B", lead: "C", co: "D" });
    expect(plan.rows[0].units.map((u) => `${u.name}:${u.role}`)).toEqual(["区教育局:lead", "区投资促进中心:co"]);
    expect(plan.rows[0].lead).toBe("区教育局");
  });

  it("units of several columns in the order printed; 时间进度 is the deadline (pingdingshan-hzz, suining-hjws)", () => {
    const plan = readPlan(
      sheet([
        ["序号", "主要任务", "牵头单位", "参与单位", "责任单位", "时间进度"],
        ["1", "全面推行河长制", "市水利局", "市环保局", "各县(市、区)党委和人民政府", "2018年6月底前"],
      ]),
    );
    expect(plan.info.columns).toEqual({ seq: "A", requirement: "B", lead: "C", co: "D", units: ["E"], deadline: "F" });
    expect(plan.rows[0].units.map((u) => `${u.name}:${u.role}`)).toEqual([
      "市水利局:lead",
      "市环保局:co",
      "各县(市、区)党委和人民政府:responsible",
    ]);
    expect(plan.rows[0].deadline.class).toBe("date");
  });

  it("the first-listed rule written in a unit cell holds for the whole sheet (huzhou-2020)", () => {
    const plan = readPlan(
      sheet([
        ["序号", "工作任务", "责任单位"],
        ["1", "落实减税降费政策", "市经信局、市财政局、市税务局（列第一位者为工作牵头单位或汇总单位，下同）"],
        ["2", "优化营商环境", "市发改委、市市场监管局"],
      ]),
    );
    expect(plan.firstListedLeads).toBe(true);
    expect(plan.rows[0].units.map((u) => u.name)).toEqual(["市经信局", "市财政局", "市税务局"]);
    expect(plan.rows.map((r) => r.lead)).toEqual(["市经信局", "市发改委"]);
  });

  it("a column the user gives a role keeps only that role; the rest stays as detected", () => {
    // Labels that mislead: the units sit under 具体内容, the requirement under 备注.
    const rows: CellValue[][] = [
      ["序号", "工作任务", "具体内容", "备注", "完成时间"],
      ["1", "夯实基础", "县政务中心", "明确分管领导", "年底前"],
    ];
    const plan = readPlan(sheet(rows), { columns: { headerRow: 1, units: "C", requirement: "D" } });
    expect(plan.info.columns).toEqual({ seq: "A", category: ["B"], requirement: "D", units: ["C"], deadline: "E" });
    expect(plan.rows[0].units.map((u) => u.name)).toEqual(["县政务中心"]);
    expect(plan.rows[0].requirement).toBe("明确分管领导");
  });

  it("finds a table that starts away from A1", () => {
    const plan = readPlan(
      sheet(
        [
          ["序号", "工作任务", "具体要求", "责任单位", "完成时间"],
          [1, "夯实基础", "明确分管领导", "区政府办", "2021年6月"],
        ],
        [],
        { origin: { row: 3, col: 2 } },
      ),
    );
    expect(plan.info.headerRows).toEqual([4]);
    expect(plan.info.columns.units).toEqual(["F"]);
    expect(plan.rows[0]).toMatchObject({ row: 5, seq: "1" });
    expect(plan.rows[0].cells.units).toBe("F5");
  });
});

describe("categories", () => {
  it("takes category rows that span the table and numbered levels", () => {
    const plan = readPlan(
      sheet(
        [
          ["序号", "工作任务", "责任单位", "完成时间"],
          ["一、夯实基础", null, null, null],
          ["1", "修订制度", "县司法局", "6月底前"],
          ["（一）规范公开", null, null, null],
          ["2", "公开年报", "县政府办", "1月31日前"],
          ["二、回应关切", null, null, null],
          ["3", "舆情回应", "县委宣传部", "常态化"],
        ],
        [
          { top: 1, left: 0, bottom: 1, right: 3 },
          { top: 3, left: 0, bottom: 3, right: 3 },
          { top: 5, left: 0, bottom: 5, right: 3 },
        ],
      ),
    );
    expect(plan.rows.map((r) => r.category)).toEqual([
      ["一、夯实基础"],
      ["一、夯实基础", "（一）规范公开"],
      ["二、回应关切"],
    ]);
    expect(plan.rows.map((r) => r.row)).toEqual([3, 5, 7]);
  });

  it("carries an unmerged category down and restarts deeper levels at a new part", () => {
    const plan = readPlan(
      sheet([
        ["序号", "工作任务", "", "具体要求", "责任单位", "完成时间"],
        ["1", "一、基础", "1.制度", "修订制度", "县司法局", "2020年6月"],
        ["2", null, null, "公开目录", "县政府办", "2020年6月"],
        ["3", "二、平台", null, "网站集约", "县政务中心", "2020年6月"],
      ], [{ top: 0, left: 1, bottom: 0, right: 2 }]),
    );
    expect(plan.rows.map((r) => r.category)).toEqual([
      ["一、基础", "1.制度"],
      ["一、基础", "1.制度"],
      ["二、平台"],
    ]);
  });

  it("a requirement widened over the category columns is not a category", () => {
    const plan = readPlan(
      sheet(
        [
          ["序号", "工作任务", "", "具体要求", "责任单位", "完成时间"],
          ["1", "一、基础", "修订完善政务公开相关制度", null, "县司法局", "2020年6月"],
        ],
        [
          { top: 0, left: 1, bottom: 0, right: 2 },
          { top: 1, left: 2, bottom: 1, right: 3 },
        ],
      ),
    );
    expect(plan.rows[0].category).toEqual(["一、基础"]);
    expect(plan.rows[0].requirement).toBe("修订完善政务公开相关制度");
  });
});

describe("cells", () => {
  it("reads a real Excel date in the deadline column", () => {
    const plan = readPlan(
      sheet(
        [
          ["序号", "工作任务", "责任单位", "完成时间"],
          ["1", "公开年报", "县政府办", 45322],
        ],
        [],
        { dateCells: [[1, 3]] },
      ),
    );
    expect(plan.rows[0].deadline).toMatchObject({ class: "date", date: "2024-01-31" });
  });

  it("keeps a unit that looks like a formula as plain text", () => {
    const plan = readPlan(
      sheet([
        ["序号", "工作任务", "责任单位", "完成时间"],
        ["1", "公开年报", '=HYPERLINK("http://x","县政府办")', "2024年1月"],
      ]),
    );
    expect(plan.rows[0].unitText).toBe('=HYPERLINK("http://x","县政府办")');
    expect(plan.rows[0].unitStatus).not.toBe("missing");
  });

  it("reports a repeated number, a duplicated task and an empty requirement", () => {
    const { report } = checkSheet(
      sheet([
        ["序号", "工作任务", "具体要求", "责任单位", "完成时间"],
        ["1", "基础", "修订完善政务公开相关制度", "县司法局", "2020年6月"],
        ["2", "基础", "修订完善政务公开相关制度", "县政府办", "2020年6月"],
        ["2", "基础", null, "县政府办", "2020年6月"],
      ]),
    );
    const rules = report.findings.map((f) => `${f.rule}@${f.cell}`);
    expect(rules).toEqual(expect.arrayContaining(["duplicate-task@C3", "sequence-duplicate@A4", "empty-requirement@C4"]));
  });
});
