import { numberRuns, taskList } from "./tasklist";

const numbered = (...seqs: string[]) => seqs.map((seq, i) => ({ row: i + 3, seq, text: "" }));

describe("taskList", () => {
  it("joins runs of three or more numbers as a reply writes them", () => {
    expect(taskList(numbered("3", "4", "5", "6", "8", "10", "11"), "zh")).toBe("第3至6、8、10、11项");
    expect(taskList(numbered("3", "4", "5", "6", "8"), "en")).toBe("Nos. 3–6, 8");
    expect(taskList(numbered("7"), "en")).toBe("No. 7");
  });

  it("lists a task once though it has two findings", () => {
    const [a, b] = numbered("3", "4");
    expect(taskList([a, a, b], "zh")).toBe("第3、4项");
  });

  it("uses rows in a table without 序号, and each task's own label in a mixed one", () => {
    const rows = [4, 5, 6, 9].map((row) => ({ row, seq: null, text: "" }));
    expect(taskList(rows, "zh")).toBe("第4至6、9行");
    expect(taskList([{ row: 3, seq: "（一）", text: "" }, { row: 9, seq: null, text: "" }], "zh")).toBe("序号“（一）”、第9行");
  });

  it("numberRuns keeps pairs apart", () => {
    expect(numberRuns([1, 2, 4, 5, 6], "zh")).toEqual(["1", "2", "4至6"]);
  });
});
