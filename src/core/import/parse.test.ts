import { findDeadline } from "./parse";

describe("findDeadline: the deadline a work point's prose names", () => {
  it("takes the latest calendar day the text names", () => {
    expect(findDeadline("6月底前出台方案，2024年底前全面完成", 2024)).toMatchObject({ class: "date", date: "2024-12-31" });
  });

  // Class date always carries a day: with no year known, 6月底前 comes round every year.
  it("reads a month with no year known as due every year, and a day named beside it wins", () => {
    expect(findDeadline("6月底前出台实施方案", null)).toMatchObject({ class: "recurring", date: null });
    expect(findDeadline("6月底前出台方案，2024年底前全面完成", null)).toMatchObject({ class: "date", date: "2024-12-31" });
  });
});
