import { normaliseText } from "../normalise";
import { t2sEntries } from "../../../test/support/t2s";
import { mayBeFooter } from "./nontask";

// How the form's footer cells open once normalised (合计任务数, 制表日期, 联系电话 …).
const FOOTER_OPENINGS = ["合计", "总计", "小计", "共计", "制表", "填表", "填报", "审核", "签发", "联系"];

describe("mayBeFooter, the test before a cell is normalised for the footer check", () => {
  it("lets through every text the t2s tables turn into a footer opening", () => {
    const firsts = new Set(FOOTER_OPENINGS.map((o) => o[0]));
    const turnedInto = t2sEntries().filter(([from, to]) => from && to && firsts.has(to[0]));
    expect(turnedInto.length).toBeGreaterThan(5);
    for (const [from] of turnedInto) expect([from, mayBeFooter(from)]).toEqual([from, true]);
  });

  it("lets through footer labels after leading spaces, in either script", () => {
    for (const cell of ["合计任务数：42", "  總計 12 项", "\u3000製表日期：2024年3月1日", "聯系人：王某", "審核人", "填 表 人：张三"]) {
      expect(FOOTER_OPENINGS.some((o) => normaliseText(cell).trim().startsWith(o))).toBe(true);
      expect([cell, mayBeFooter(cell)]).toEqual([cell, true]);
    }
  });

  it("sets aside a task's text without normalising it", () => {
    for (const cell of ["严格落实安全生产责任制，开展隐患排查整治", "县财政局", "2024年6月底前", "1"]) {
      expect(mayBeFooter(cell)).toBe(false);
    }
  });
});
