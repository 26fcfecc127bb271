// Seed 001 (株洲市2020年政务公开工作要点, PDF text) read into its 责任分工 table and compared with the
// table written by hand from reading the seed (seed-001.expected.json); then the table as written
// to a workbook, read back and checked by the engine.
import { readFileSync } from "fs";
import { join } from "path";
import { checkSheet } from "../../src/core";
import { layoutImportedPlan } from "../../src/core/import/layout";
import { paragraphsFromText } from "../../src/core/import/paragraphs";
import { parseWorkPoints } from "../../src/core/import/parse";
import { ImportedPlanSchema } from "../../src/core/import/schema";
import { importWorkPoints } from "../../src/core/import/usecase";
import { importWorkbook } from "../../src/file/importbook";
import { loadWorkbook } from "../../src/file/xlsx";

interface Expected {
  title: string;
  year: number;
  rows: { sourceSeq: string; category: string[]; units: { name: string; role: string }[]; deadline: { text: string; date: string } | null }[];
}

const SEED = join(__dirname, "..", "..", "..", "shared", "seeds", "001_083bca08c54f1534.txt");
const expected = JSON.parse(readFileSync(join(__dirname, "seed-001.expected.json"), "utf8")) as Expected;
const paragraphs = () => paragraphsFromText(readFileSync(SEED, "utf8"));

describe("seed 001 read as a 要点", () => {
  const plan = parseWorkPoints(paragraphs(), { file: "001.txt" });

  it("finds the title, the plan year and one row per numbered item, renumbered", () => {
    expect(ImportedPlanSchema.parse(plan)).toEqual(plan);
    expect(plan.title).toBe(expected.title);
    expect(plan.year).toBe(expected.year);
    expect(plan.rows.map((r) => r.seq)).toEqual(expected.rows.map((_, i) => i + 1));
    expect(plan.rows.map((r) => r.sourceSeq)).toEqual(expected.rows.map((r) => r.sourceSeq));
  });

  it.each(expected.rows.map((r, i) => [r.sourceSeq, i] as const))("%s: heading, units, roles, lead and deadline", (_, i) => {
    const want = expected.rows[i];
    const row = plan.rows[i];
    expect(row.category).toEqual(want.category);
    expect(row.units.map((u) => ({ name: u.name, role: u.role }))).toEqual(want.units);
    expect(row.lead).toBe(want.units.find((u) => u.role === "lead")?.name ?? null);
    expect(row.unitStatus).toBe(want.units.length ? "ok" : "missing");
    expect(row.deadline).toEqual(
      want.deadline ? { text: want.deadline.text, class: "date", date: want.deadline.date } : { text: "", class: "missing", date: null },
    );
    // 具体要求 is the item without its number and without its unit parenthetical.
    expect(row.requirement).not.toMatch(/牵头|按职责分工负责）?$/u);
    expect(row.requirement).not.toMatch(/^[（(]/u);
    if (want.units.length) expect(row.unitsText).toContain(want.units[0].name);
  });

  it("joins a sentence the PDF broke across pages", () => {
    expect(plan.rows[2].requirement).toContain("打包集成涉企政策文件");
    expect(plan.rows[18].requirement).toContain("国办发〔2019〕54号文件要求");
    expect(plan.rows[18].requirement).not.toContain("本通知自公布之日起施行");
  });
});

describe("seed 001 as a workbook", () => {
  it("lays the table out as seed 000 is: title, header, merged categories, widths", () => {
    const layout = layoutImportedPlan(parseWorkPoints(paragraphs(), { file: "001.txt" }));
    const { values, merges } = layout.snapshot;
    expect(values[0][0]).toBe("株洲市2020年政务公开工作要点责任分工");
    expect(values[1]).toEqual(["序号", "工作任务", "具体要求", "责任单位", "完成时间"]);
    expect(merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 4 });
    // 一、 over its four tasks (rows 3–6), 五、 over the last five.
    expect(merges).toContainEqual({ top: 2, left: 1, bottom: 5, right: 1 });
    expect(merges).toContainEqual({ top: 16, left: 1, bottom: 20, right: 1 });
    expect(values[3][1]).toBeNull();
    expect(layout.look.print).toMatchObject({ paper: "A4", orientation: "landscape" });
  });

  it("is written, checked and marked: the engine reads the same units and deadlines back", async () => {
    const result = await importWorkPoints(paragraphs(), "001.txt", async (layout) => importWorkbook(layout, "001.xlsx"));
    const bytes = result.host.toBytes();
    const wb = await loadWorkbook(bytes);
    const ws = wb.getWorksheet("责任分工")!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", printTitlesRow: "2:2" });
    expect(ws.getColumn(3).width).toBeGreaterThan(ws.getColumn(1).width!);
    // The title across, and 一、 merged down over its four tasks, as the layout decided.
    expect(ws.getCell("E1").master.address).toBe("A1");
    expect(ws.getCell("B6").master.address).toBe("B3");
    expect(ws.getCell("B7").master.address).toBe("B7");

    const reread = checkSheet(await result.host.readSnapshot("责任分工"));
    expect(reread.plan.rows.map((r) => r.units.map((u) => [u.name, u.role]))).toEqual(
      result.imported.rows.map((r) => r.units.map((u) => [u.name, u.role])),
    );
    expect(reread.plan.rows.map((r) => r.deadline)).toEqual(result.imported.rows.map((r) => r.deadline));
    const byRule = (rule: string) => result.report.findings.filter((f) => f.rule === rule).map((f) => f.row);
    expect(byRule("missing-unit")).toEqual([17, 20, 21]);
    expect(byRule("missing-deadline")).toHaveLength(18);
    // Marked in place: the missing unit's cell carries the tool's note.
    expect(JSON.stringify(ws.getCell("D17").note)).toContain("责任单位");
  });
});
