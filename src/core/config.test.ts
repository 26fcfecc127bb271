import { parseConfig, ruleSeverity } from "./config";
import { PlanError } from "./errors";

describe("config", () => {
  it("fills defaults", () => {
    const c = parseConfig({});
    expect(c.lang).toBe("zh");
    expect(c.leadRule).toBe("auto");
    expect(c.common).toBe("every");
    expect(ruleSeverity(c, "missing-unit")).toBe("error");
    expect(ruleSeverity(c, "ongoing-deadline")).toBe("info");
  });

  it("switches rules and changes severities", () => {
    const c = parseConfig({ rules: { "vague-deadline": { severity: "error" }, "text-artefact": { enabled: false } } });
    expect(ruleSeverity(c, "vague-deadline")).toBe("error");
    expect(ruleSeverity(c, "text-artefact")).toBeNull();
  });

  it("rejects unknown keys and bad values with both languages", () => {
    expect(() => parseConfig({ leadRule: "whoever" })).toThrow(PlanError);
    try {
      parseConfig({ rules: { "no-such-rule": {} } });
      throw new Error("accepted");
    } catch (e) {
      expect(e).toBeInstanceOf(PlanError);
      expect((e as PlanError).zh).toMatch(/设置无效/);
      expect((e as PlanError).en).toMatch(/Invalid settings/);
    }
    expect(() => parseConfig({ extra: 1 })).toThrow(PlanError);
  });
});
