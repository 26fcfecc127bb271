import { seqNumber, taskHeading, taskLabel } from "./tasklabel";

const task = (seq: string | null) => ({ row: 12, seq, text: "修订完善政务公开相关制度" });

describe("taskLabel", () => {
  it("says 第N项 for a numbered task, the 序号 as written otherwise, the row without one", () => {
    expect(taskLabel(task("3"), "zh")).toBe("第3项");
    expect(taskLabel(task("3."), "zh")).toBe("第3项");
    expect(taskLabel(task("（一）"), "zh")).toBe("序号“（一）”");
    expect(taskLabel(task(null), "zh")).toBe("第12行");
    expect(taskLabel(task("3"), "en")).toBe("No. 3");
    expect(taskLabel(task(null), "en")).toBe("row 12");
  });

  it("heads a line with the label and the task's words", () => {
    expect(taskHeading(task("3"), "zh")).toBe("第3项 修订完善政务公开相关制度");
    expect(taskHeading({ row: 5, seq: "4", text: "" }, "zh")).toBe("第4项");
  });

  it("reads only plain numbers as numbers", () => {
    expect(seqNumber("12")).toBe(12);
    expect(seqNumber("12、")).toBe(12);
    expect(seqNumber("1-2")).toBeNull();
    expect(seqNumber(null)).toBeNull();
  });
});
