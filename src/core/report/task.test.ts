import { checkSheet } from "../index";
import { fixtureLayout, loadFixture } from "../../../test/support/fixtures";
import { taskExcerpt, taskOf } from "./task";

const plan = (id: string) => checkSheet(fixtureLayout(loadFixture(id), "责任分工").snapshot).plan;

describe("taskOf", () => {
  it("names a task by its 序号 as written and the start of its requirement (seed-000)", () => {
    const row = plan("seed-000").rows.find((r) => r.seq === "3")!;
    expect(taskOf(row, 40)).toEqual({ row: row.row, seq: "3", text: "学习宣传贯彻新修订的《中华人民共和国政府信息公开条例》" });
    expect(taskOf(row, 8)).toEqual({ row: row.row, seq: "3", text: "学习宣传贯彻新修…" });
  });

  it("has no 序号 where the table has none, and keeps the task's own words (seed-002)", () => {
    const first = plan("seed-002").rows[0];
    expect(taskOf(first)).toEqual({ row: first.row, seq: null, text: "市政府常务会议(图文)及市政府重大决策部署会议" });
  });

  it("falls back to the most specific category when the requirement is empty", () => {
    const row = { ...plan("seed-000").rows[0], requirement: " ", category: ["一、夯实基础", "（一）加强组织领导", ""] };
    expect(taskOf(row).text).toBe("（一）加强组织领导");
  });
});

describe("taskExcerpt", () => {
  it("puts the text on one line and cuts whole characters with an ellipsis", () => {
    expect(taskExcerpt("县政务中心\n县财政局", 20)).toBe("县政务中心 县财政局");
    expect(taskExcerpt("推进𠮷祥政务公开工作", 3)).toBe("推进𠮷…");
  });
});
