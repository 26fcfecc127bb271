import { fixtureSheet, findingsOf, firings } from "../../../test/support/rules";

describe("ongoing-deadline", () => {
  it("fires on 常态化工作 and 持续推进, not on vague or dated deadlines", () => {
    expect(firings(fixtureSheet("seed-000"), "ongoing-deadline")).toEqual([
      ["ongoing-deadline", "G9", 9],
      ["ongoing-deadline", "G16", 16],
      ["ongoing-deadline", "G49", 49],
      ["ongoing-deadline", "G50", 50],
    ]);
    expect(firings(fixtureSheet("seed-003"), "ongoing-deadline")).toEqual([["ongoing-deadline", "F16", 16]]);
  });

  it("asks for a milestone", () => {
    const [f16] = findingsOf(fixtureSheet("seed-003"), "ongoing-deadline");
    expect([f16.message, f16.suggestion]).toEqual(["完成时间“持续推进”为长期性表述，未设阶段性节点", "补充阶段性完成节点"]);
  });
});
