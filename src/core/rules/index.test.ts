import { RULES } from "./index";
import { RuleSchema } from "./rule";

describe("the registry of rules", () => {
  it.each(RULES.map((r) => [r.id, r]))("%s is described as a rule must be", (_id, rule) => {
    expect(RuleSchema().safeParse(rule).error?.issues).toBeUndefined();
  });

  it("refuses a description a rule must not have", () => {
    const [first] = RULES;
    expect(RuleSchema().safeParse({ ...first, id: "Missing Unit" }).success).toBe(false);
    expect(RuleSchema().safeParse({ ...first, severity: "fatal" }).success).toBe(false);
    expect(RuleSchema().safeParse({ ...first, label: { zh: "", en: "x" } }).success).toBe(false);
  });

  it("has one rule per id", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});
