import type { SheetInfo } from "./host";
import { notAPlanError } from "./usecases";

describe("notAPlanError", () => {
  it("refuses a department tab this tool generated, in both languages, naming it and where to check instead", () => {
    const e = notAPlanError({ name: "县财政局", generated: true, mark: { plan: "0000abcd", digest: "1234abcd" } })!;
    expect(e.code).toBe("generated-tab");
    expect(e.zh).toContain("“县财政局”是本工具生成的分表");
    expect(e.zh).toContain("请在原分工表上检查");
    expect(e.en).toContain('"县财政局" is a tab this tool generated');
  });

  it("refuses a 检查结果 sheet, and lets a user's sheet through", () => {
    const results: SheetInfo = { name: "检查结果", generated: false, results: { plan: "0000abcd", digest: "1234abcd" } };
    expect(notAPlanError(results)?.zh).toContain("是本工具写出的检查结果");
    expect(notAPlanError({ name: "责任分工", generated: false })).toBeNull();
  });
});
