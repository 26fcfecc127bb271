import { readFileSync } from "fs";
import { join } from "path";
import { a1, checkSheet, planMarks, readPlan, type SheetSnapshot } from "../core/index";
import { FileHost } from "../file/host";
import { fixtureIds, fixtureLayout, loadFixture } from "../../test/support/fixtures";
import {
  EMPTY_WIDTH,
  FIT_FLOOR,
  MAX_WIDTH,
  WRAP_LINES,
  anchorOf,
  buildGridModel,
  cellText,
  columnLefts,
  fitWidths,
  moveCursor,
  serialToIso,
  sheetLayout,
  textWidth,
  withMarks,
  type CellPos,
  type GridModel,
} from "./gridModel";

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
      expect(w).toBeGreaterThanOrEqual(EMPTY_WIDTH);
      expect(w).toBeLessThanOrEqual(MAX_WIDTH);
    }
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

/** The plan the page offers as 使用示例, as the page reads it. */
async function sampleSnapshot(): Promise<SheetSnapshot> {
  const host = await FileHost.fromBytes(readFileSync(join(__dirname, "..", "..", "samples", "sample-plan.xlsx")), "sample-plan.xlsx");
  return host.readSnapshot(await host.activeSheet());
}

const tableOf = (snapshot: SheetSnapshot) => {
  const { info, columnIndex } = readPlan(snapshot);
  return { info, columnIndex };
};

describe("the sample plan in the grid", () => {
  let snapshot: SheetSnapshot;
  let model: GridModel;
  beforeAll(async () => {
    snapshot = await sampleSnapshot();
    model = buildGridModel(snapshot, planMarks(checkSheet(snapshot).report), tableOf(snapshot));
  });

  it("freezes the header row and the 序号 column the core read, and leaves the title above to scroll", () => {
    expect(snapshot.values[1][0]).toBe("序号");
    expect(model.frozen).toEqual({ header: { top: 1, bottom: 1 }, cols: 1 });
    expect(model.bodyStart).toBe(2);
  });

  it("wraps the 栏目 merged down many rows into narrow columns, and gives long task text the most", () => {
    const [seq, category1, category2, , requirement, , deadline] = model.widths;
    expect(Math.max(category1, category2)).toBeLessThan(requirement / 2);
    expect(requirement).toBe(MAX_WIDTH);
    expect(seq).toBeLessThan(category1);
    // Every deadline written fits in the two lines of a row.
    for (const r of snapshot.values.slice(2)) {
      if (typeof r[6] === "string") expect(textWidth(r[6]) - 13).toBeLessThanOrEqual(WRAP_LINES * (deadline - 13));
    }
  });

  it("fits a laptop screen beside the pane: the unit and deadline columns are in view", () => {
    // 1366 px less the pane (380), its border, the row numbers and a scroll bar.
    const available = 1366 - 381 - 40 - 15;
    const { lefts, total } = columnLefts(fitWidths(model.widths, available));
    expect(total).toBeLessThanOrEqual(available);
    expect(lefts[6]).toBeLessThan(available);
    // Where it cannot fit (a phone), columns keep their floor and the sheet scrolls sideways.
    const narrow = fitWidths(model.widths, 300);
    for (const [i, w] of narrow.entries()) expect(w).toBe(Math.min(model.widths[i], FIT_FLOOR));
  });

  it("knows the first finding in reading order, whatever order the marks come in", () => {
    const marks = planMarks(checkSheet(snapshot).report).marks;
    const reversed = buildGridModel(snapshot, { sheet: snapshot.sheet, marks: [...marks].reverse() }, tableOf(snapshot));
    const top = marks.reduce((a, b) => (b.row < a.row || (b.row === a.row && b.col < a.col) ? b : a));
    expect(reversed.firstMark?.address).toBe(top.address);
    expect(buildGridModel(snapshot, null, tableOf(snapshot)).firstMark).toBeNull();
  });

  it("puts a check's marks on the layout it already measured: the same widths, every mark found", () => {
    const layout = sheetLayout(snapshot, tableOf(snapshot));
    const marks = planMarks(checkSheet(snapshot).report).marks;
    const marked = withMarks(layout, { sheet: snapshot.sheet, marks });
    expect(marked.widths).toBe(layout.widths);
    for (const m of marks) expect(marked.markAt(m.row, m.col) ?? marked.markAt(anchorOf(marked, m).row, anchorOf(marked, m).col)).toBeDefined();
    expect(withMarks(layout, null).markAt(marks[0].row, marks[0].col)).toBeUndefined();
  });
});

describe("frozen panes without a table or a 序号 column", () => {
  const snapshot: SheetSnapshot = {
    sheet: "S",
    origin: { row: 0, col: 0 },
    values: [
      ["工作任务", "责任单位", "完成时间", null],
      ["修订完善政务公开相关制度", "行政审批局", "2019年11月底前", null],
      ["编制政务公开工作年报", "办公室", "2019年1月底前", null],
    ],
    dateCells: [],
    merges: [],
  };

  it("freezes the header but no column when the table has no 序号", () => {
    const model = buildGridModel(snapshot, null, tableOf(snapshot));
    expect(model.frozen).toEqual({ header: { top: 0, bottom: 0 }, cols: 0 });
    expect(model.bodyStart).toBe(1);
    expect(model.widths[3]).toBe(EMPTY_WIDTH); // a column with nothing in it
  });

  it("freezes nothing where the core read no table", () => {
    const model = buildGridModel(snapshot, null, null);
    expect(model.frozen).toEqual({ header: null, cols: 0 });
    expect(model.bodyStart).toBe(0);
  });
});

describe("fitWidths", () => {
  it("leaves a table that fits as it is", () => {
    expect(fitWidths([44, 300, 120], 600)).toEqual([44, 300, 120]);
  });

  it("takes the width from the widest columns evenly, never below the floor", () => {
    expect(fitWidths([44, 320, 300, 120], 700)).toEqual([44, 278, 258, 120]);
    expect(fitWidths([44, 320, 170, 120], 600)).toEqual([44, 276, FIT_FLOOR, 120]);
  });
});

describe("the cell cursor", () => {
  // A1:C1 a title across the table; B3:B4 a category merged down; 5 rows, 4 columns.
  const snapshot: SheetSnapshot = {
    sheet: "S",
    origin: { row: 0, col: 0 },
    values: [
      ["方案", null, null, null],
      ["序号", "栏目", "任务", "单位"],
      ["1", "一、基础", "a", "x"],
      ["2", null, "b", "y"],
      ["3", "二、公开", "c", "z"],
    ],
    dateCells: [],
    merges: [
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 1, bottom: 3, right: 1 },
    ],
  };
  const model = buildGridModel(snapshot, null);
  const move = (at: CellPos, key: string, ctrl = false) => moveCursor(model, at, { key, ctrl, pageRows: 2 });
  const cell = (address: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
    return { row: Number(m[2]) - 1, col: m[1].charCodeAt(0) - 65 };
  };
  const shown = (at: CellPos | null) => (at ? (({ row, col }) => a1(row, col))(anchorOf(model, at)) : null);

  it("steps one cell with the arrow keys and stops at the edges", () => {
    expect(shown(move(cell("C3"), "ArrowRight"))).toBe("D3");
    expect(shown(move(cell("D3"), "ArrowRight"))).toBe("D3");
    expect(shown(move(cell("C3"), "ArrowUp"))).toBe("C2");
    expect(shown(move(cell("A2"), "ArrowLeft"))).toBe("A2");
    expect(shown(move(cell("D5"), "ArrowDown"))).toBe("D5");
  });

  it("enters a merge at its anchor and leaves it in one step, on the row it came along", () => {
    expect(shown(move(cell("A4"), "ArrowRight"))).toBe("B3");
    const inMerge = move(cell("A4"), "ArrowRight") as CellPos;
    expect(shown(move(inMerge, "ArrowRight"))).toBe("C4");
    expect(shown(move(cell("B3"), "ArrowDown"))).toBe("B5");
    expect(shown(move(cell("B5"), "ArrowUp"))).toBe("B3");
    expect(shown(move(cell("B3"), "ArrowUp"))).toBe("B2");
    expect(shown(move(cell("D1"), "ArrowLeft"))).toBe("A1"); // the title across A1:C1
    expect(shown(move(cell("A1"), "ArrowRight"))).toBe("D1");
  });

  it("goes to the row's ends with Home / End and to the sheet's with Ctrl", () => {
    expect(shown(move(cell("C4"), "Home"))).toBe("A4");
    expect(shown(move(cell("A4"), "End"))).toBe("D4");
    expect(shown(move(cell("C4"), "Home", true))).toBe("A1");
    expect(shown(move(cell("A2"), "End", true))).toBe("D5");
  });

  it("moves a view's rows with PageUp / PageDown, within the sheet", () => {
    expect(shown(move(cell("C2"), "PageDown"))).toBe("C4");
    expect(shown(move(cell("C4"), "PageDown"))).toBe("C5");
    expect(shown(move(cell("C4"), "PageUp"))).toBe("C2");
    expect(shown(move(cell("C2"), "PageUp"))).toBe("A1"); // C1 is in the title across A1:C1
  });

  it("leaves other keys to the page", () => {
    expect(move(cell("C2"), "Tab")).toBeNull();
    expect(move(cell("C2"), "a")).toBeNull();
  });
});
