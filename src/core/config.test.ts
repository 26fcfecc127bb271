import { parseConfig, ruleSeverity } from "./config";
import { PlanError } from "./errors";
import { ConfigSchema } from "./schema";

describe("config", () => {
  it("fills defaults", () => {
    const c = parseConfig({});
    expect(c.lang).toBe("zh");
    expect(c.leadRule).toBe("auto");
    expect(c.common).toBe("every");
    expect(ruleSeverity(c, "missing-unit")).toBe("error");
    expect(ruleSeverity(c, "ongoing-deadline")).toBe("info");
  });

  it("gives no settings, or only defaults, exactly what the schema makes of them, a fresh copy each time", () => {
    const defaults = ConfigSchema().parse({});
    for (const nothing of [{}, undefined, null, JSON.parse("{}") as unknown, defaults, { lang: "zh", catchAll: [] }]) expect(parseConfig(nothing)).toEqual(defaults);
    const first = parseConfig({});
    first.catchAll.push("各有关单位");
    first.scopes["各有关单位"] = "every";
    expect(parseConfig({})).toEqual(ConfigSchema().parse({}));
    // Settings other than the defaults are the schema's to read and check.
    expect(parseConfig({ lang: "en", catchAll: ["各有关单位"] })).toEqual({ ...defaults, lang: "en", catchAll: ["各有关单位"] });
    for (const bad of [[], { lang: undefined, extra: undefined }, { catchAll: {} }, { rules: [] }, { scopes: new Map() }, { lang: "zh", rules: { "no-such-rule": {} } }]) {
      expect(() => parseConfig(bad)).toThrow(PlanError);
    }
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
  it("takes column letters A to XFD in either case and refuses anything else, naming the key and the range", () => {
    expect(parseConfig({ columns: { units: "e", deadline: "XFD", category: ["B", "c"] } }).columns).toEqual({
      units: "e",
      deadline: "XFD",
      category: ["B", "c"],
    });
    for (const [key, bad] of [["units", "1"], ["deadline", "XFE"], ["seq", "ZZZZZZZZZZ"], ["remark", "E5"], ["lead", ""]] as const) {
      try {
        parseConfig({ columns: { [key]: bad } });
        throw new Error(`accepted ${bad}`);
      } catch (e) {
        expect(e).toBeInstanceOf(PlanError);
        expect((e as PlanError).en).toContain(`columns.${key}`);
        expect((e as PlanError).en).toContain("A–XFD");
        expect((e as PlanError).en).toContain(JSON.stringify(bad));
      }
    }
    expect(() => parseConfig({ columns: { category: ["B", "AAAA"] } })).toThrow(/columns\.category\.1/);
  });
});
