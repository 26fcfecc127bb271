import { checkSheet } from "../index";
import { fixtureLayout, loadFixture } from "../../../test/support/fixtures";
import { resultsKey, tabDigest } from "../tabmark";
import { resultsSheet } from "./resultsheet";
import { sheetSummary } from "./summary";

const checked = (id: string, lang: "zh" | "en" = "zh") => checkSheet(fixtureLayout(loadFixture(id), "责任分工").snapshot, { lang });

describe("resultsSheet", () => {
  it("lists every finding of seed-000 task by task: 序号, task, problem, suggestion, a link to the cell", () => {
    const { plan, report } = checked("seed-000");
    const spec = resultsSheet(report, plan, "zh");
    expect(spec).toMatchObject({ name: "检查结果", kind: "results", header: ["序号", "任务", "问题", "建议", "单元格"] });
    expect(spec.title).toBe(`${plan.title}检查结果`);
    expect(spec.rows).toHaveLength(report.findings.length + 1);
    const vague = report.findings.find((f) => f.rule === "vague-deadline")!;
    const at = spec.rows.findIndex((r) => r[4] === vague.cell);
    const task = plan.rows.find((r) => r.row === vague.row)!;
    expect(spec.rows[at]).toEqual([task.seq, expect.any(String), vague.message, vague.suggestion, vague.cell]);
    expect(task.requirement.startsWith(String(spec.rows[at][1]).replace(/…$/, ""))).toBe(true);
    expect(spec.links[at]).toEqual({ row: at, col: 4, sheet: "责任分工", cell: vague.cell });
    expect(spec.links).toHaveLength(report.findings.length);
    // rows follow the plan: 序号 never goes back
    const seqs = spec.rows.slice(0, -1).map((r) => Number(r[0]));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it("ends with the reply summary, and is marked as the results of the checked sheet with a digest of what it holds", () => {
    const { plan, report } = checked("seed-000");
    const spec = resultsSheet(report, plan, "zh");
    expect(spec.rows.at(-1)).toEqual(["小结", sheetSummary(report, plan, "zh"), null, null, null]);
    expect(spec.mark).toEqual({ plan: resultsKey("责任分工"), digest: tabDigest([[spec.title], spec.header, ...spec.rows]) });
  });

  it("names a finding about the whole table as such (seed-002 has no deadline column), and speaks English", () => {
    const { plan, report } = checked("seed-002", "en");
    const spec = resultsSheet(report, plan, "en");
    expect(spec.name).toBe("Check results");
    expect(spec.header).toEqual(["No.", "Task", "Problem", "Suggestion", "Cell"]);
    expect(spec.rows[0]).toEqual(["", "Table", report.findings[0].message, report.findings[0].suggestion, report.findings[0].cell]);
  });
});
