import { fixtureSheet, findingsOf, firings, genreSheet } from "../../../test/support/rules";

// 中方县 2022 (seed 003): 序号 | 公开领域 | 具体内容 | 工作要求 | 责任单位 | 时限要求, header on row 2.
const withoutUnitColumn = fixtureSheet("seed-003", (f) => {
  f.header.splice(4, 1);
  for (const row of f.rows) row.splice(4, 1);
});

describe("missing-unit-column", () => {
  it("fires once, on the header, when the 责任单位 column is taken out of a real plan", () => {
    expect(firings(withoutUnitColumn, "missing-unit-column")).toEqual([["missing-unit-column", "A2", null]]);
    expect(findingsOf(withoutUnitColumn, "missing-unit-column")[0].message).toBe("表中未设“责任单位”列，14项任务均未明确责任单位");
  });

  it("does not fire on the plan as published, which names its units", () => {
    expect(firings(fixtureSheet("seed-003"), "missing-unit-column")).toEqual([]);
  });

  it("does not fire when the tasks name their units in the headings above them (宿州 2021 通报)", () => {
    expect(firings(genreSheet("suzhou-2021-q1-laggards"), "missing-unit-column")).toEqual([]);
  });

  it("fires when those headings are themes, not units", () => {
    const themed = genreSheet("suzhou-2021-q1-laggards", (t) => {
      t.rows[0][0] = "(一)战新基地和产业发展(8项)";
      t.rows[9][0] = "(二)工业经济(5项)";
    });
    expect(firings(themed, "missing-unit-column")).toEqual([["missing-unit-column", "A2", null]]);
  });

  // 红海办事处 2020 权责清单 without its 实施主体 column (issue #9): the 责任事项 column left lists
  // stage duties (1.受理责任:(1)公示…;(2)符合条件的,予以受理…), clauses that name no body.
  it("fires on a register of powers whose only candidate lists stage duties, not bodies", () => {
    const withoutBody = genreSheet("hongbhai-2020-quanze", (t) => {
      for (const labels of [t.header, t.header2 ?? [], ...t.rows]) labels.splice(5, 1);
      t.headerMerges = t.headerMerges?.filter((m) => m.fromCol !== 5).map((m) => (m.fromCol > 5 ? { ...m, fromCol: m.fromCol - 1, toCol: m.toCol - 1 } : m));
    });
    expect(firings(withoutBody, "missing-unit-column")).toEqual([["missing-unit-column", "A2", null]]);
    expect(firings(genreSheet("hongbhai-2020-quanze"), "missing-unit-column")).toEqual([]);
  });
});
