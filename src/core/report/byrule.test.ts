import { checkSheet } from "../index";
import { fixtureLayout, loadFixture } from "../../../test/support/fixtures";
import { findingsByTask } from "./bytask";
import { groupByRule } from "./byrule";

function groups(id: string, config = {}) {
  const fixture = loadFixture(id);
  const { plan, report } = checkSheet(fixtureLayout(fixture, "责任分工").snapshot, config);
  return { fixture, plan, groups: groupByRule(findingsByTask(report, plan)) };
}

describe("groupByRule", () => {
  it("counts the tasks of each rule as the fixture labels them (seed-000: 42 vague, 5 catch-all only)", () => {
    const { fixture, plan, groups: g } = groups("seed-000");
    const rows = (pick: (e: (typeof fixture.expected)[number]) => boolean) =>
      fixture.expected.flatMap((e, i) => (pick(e) ? [plan.rows[i].row] : []));
    const vague = g.find((x) => x.rule === "vague-deadline")!;
    expect(vague.tasks).toBe(42);
    expect(vague.findings.map((f) => f.task!.row)).toEqual(rows((e) => e.deadlineClass === "vague"));
    const generic = g.find((x) => x.rule === "generic-unit-only")!;
    expect(generic.findings.map((f) => f.task!.row)).toEqual(rows((e) => e.unitStatus === "generic"));
  });

  it("orders errors first, then the rules that hit most tasks", () => {
    const { groups: g } = groups("seed-000", { rules: { "sequence-gap": { severity: "error" } } });
    expect(g[0]).toMatchObject({ rule: "sequence-gap", severity: "error" });
    const warnings = g.filter((x) => x.severity === "warning").map((x) => x.tasks);
    expect(warnings).toEqual([...warnings].sort((a, b) => b - a));
    expect(g.slice(1, 3).map((x) => x.rule)).toEqual(["vague-deadline", "generic-unit-only"]);
  });

  it("counts a task once when a rule finds two things in it, and no task for the whole table", () => {
    const variants = groups("seed-004").groups.find((x) => x.rule === "unit-variant")!;
    expect(variants.findings.length).toBeGreaterThan(variants.tasks);
    expect(variants.tasks).toBe(new Set(variants.findings.map((f) => f.row)).size);
    expect(groups("seed-002").groups).toEqual([expect.objectContaining({ rule: "missing-deadline", tasks: 0 })]);
  });
});
