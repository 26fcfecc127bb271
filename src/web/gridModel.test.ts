import { a1, checkSheet, planMarks } from "../core/index";
import { fixtureIds, fixtureLayout, loadFixture } from "../../test/support/fixtures";
import { buildGridModel, cellText, serialToIso } from "./gridModel";

describe("buildGridModel on the fixtures as staff lay them out", () => {
  it.each(fixtureIds())("%s: every merge shows its text once, at its anchor", (id) => {
    const { snapshot } = fixtureLayout(loadFixture(id));
    const model = buildGridModel(snapshot, null);
    expect(model.rowCount).toBe(snapshot.values.length);
    for (const m of snapshot.merges) {
      const span = model.mergeAt(m.bottom, m.right);
      expect(span).toEqual({ top: m.top, left: m.left, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
      expect(model.text(m.top, m.left)).toBe(snapshot.values[m.top][m.left] ?? "");
    }
  });

  it.each(fixtureIds())("%s: a mark on any cell of a merge shows on its anchor, others where they are", (id) => {
    const { snapshot } = fixtureLayout(loadFixture(id));
    const engineMarks = planMarks(checkSheet(snapshot).report).marks;
    const onMerges = snapshot.merges.map((m) => ({
      row: m.bottom,
      col: m.right,
      address: a1(m.bottom, m.right),
      severity: "warning" as const,
      note: "x",
    }));
    const model = buildGridModel(snapshot, { sheet: snapshot.sheet, marks: [...engineMarks, ...onMerges] });
    for (const m of snapshot.merges) expect(model.markAt(m.top, m.left)).toBeDefined();
    for (const mark of engineMarks) {
      const span = model.mergeAt(mark.row, mark.col);
      expect(span ? model.markAt(span.top, span.left) : model.markAt(mark.row, mark.col)).toBeDefined();
    }
  });

  it("sizes columns from their text, within bounds, ignoring titles merged across the table", () => {
    const { snapshot } = fixtureLayout(loadFixture("seed-003"));
    const model = buildGridModel(snapshot, null);
    const requirement = snapshot.values[1].findIndex((h) => h === "工作要求");
    const seq = snapshot.values[1].findIndex((h) => h === "序号");
    expect(model.widths[requirement]).toBeGreaterThan(model.widths[seq]);
    for (const w of model.widths) {
      expect(w).toBeGreaterThanOrEqual(56);
      expect(w).toBeLessThanOrEqual(300);
    }
    expect(model.lefts[1]).toBe(model.widths[0]);
    expect(model.totalWidth).toBe(model.widths.reduce((a, b) => a + b, 0));
  });

  it("places a snapshot whose used range starts below A1 at its absolute rows", () => {
    const model = buildGridModel(
      { sheet: "S", origin: { row: 4, col: 2 }, values: [["序号", "责任单位"], ["1", null]], dateCells: [], merges: [] },
      null,
    );
    expect(model.rowCount).toBe(6);
    expect(model.colCount).toBe(4);
    expect(model.text(4, 3)).toBe("责任单位");
    expect(model.text(0, 0)).toBe("");
  });
});

describe("cell text", () => {
  it("shows date cells as dates and other values as Excel shows them", () => {
    expect(serialToIso(43646)).toBe("2019-06-30");
    expect(cellText(43646, true)).toBe("2019-06-30");
    expect(cellText(43646, false)).toBe("43646");
    expect(cellText(true, false)).toBe("TRUE");
    expect(cellText({ error: "#REF!" }, false)).toBe("#REF!");
    expect(cellText("=HYPERLINK(\"x\")", false)).toBe("=HYPERLINK(\"x\")");
    expect(cellText(null, false)).toBe("");
  });
});
