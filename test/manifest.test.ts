// Offline checks of manifest.xml (the online validator cannot be reached here): well-formed,
// elements in schema order, every resid resolves, string limits, unique ids, https only, a
// zh-CN override for every string, icons present at their sizes, commands that exist.
import { readFileSync } from "fs";
import { join } from "path";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import * as acorn from "acorn";
import { commands } from "../src/commands/commands";

const ROOT = join(__dirname, "..");
const text = readFileSync(join(ROOT, "manifest.xml"), "utf8");

/** Parses with every warning and error collected (xmldom throws on fatal ones). */
function parse(xml: string): { doc: Document; problems: string[] } {
  const problems: string[] = [];
  const parser = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) });
  try {
    return { doc: parser.parseFromString(xml, "text/xml"), problems };
  } catch (e) {
    return { doc: parser.parseFromString("<broken/>", "text/xml"), problems: [...problems, String(e)] };
  }
}

const { doc, problems } = parse(text);
const all = (name: string): Element[] => Array.from(doc.getElementsByTagName(name));
const elements = (): Element[] => all("*");
const children = (el: Element): Element[] => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);

describe("manifest.xml", () => {
  test("is well-formed XML with an OfficeApp root", () => {
    expect(problems).toEqual([]);
    expect(doc.documentElement?.localName).toBe("OfficeApp");
    // And a broken copy is caught, so the check above can fail.
    expect(parse(text.replace("</Hosts>", "")).problems.length).toBeGreaterThan(0);
  });

  test("OfficeApp children come in the order the schema requires", () => {
    const order = [
      "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
      "VersionOverrides",
    ];
    const names = children(doc.documentElement as Element).map((e) => e.localName);
    const positions = names.map((n) => order.indexOf(n ?? ""));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "Hosts", "DefaultSettings", "Permissions"]) {
      expect(names).toContain(required);
    }
  });

  test("every resid resolves to a resource of the right kind", () => {
    const ids = new Map<string, string>();
    for (const kind of ["bt:Image", "bt:Url", "bt:String"]) for (const e of all(kind)) if (e.getAttribute("id")) ids.set(e.getAttribute("id") as string, e.parentNode?.nodeName ?? "");
    const uses = elements().filter((e) => e.hasAttribute("resid"));
    expect(uses.length).toBeGreaterThan(10);
    for (const use of uses) {
      const target = ids.get(use.getAttribute("resid") as string);
      expect({ resid: use.getAttribute("resid"), found: Boolean(target) }).toEqual({ resid: use.getAttribute("resid"), found: true });
      const expected =
        use.nodeName === "bt:Image" ? "bt:Images"
        : use.nodeName === "SourceLocation" || use.nodeName === "LearnMoreUrl" || use.nodeName === "FunctionFile" ? "bt:Urls"
        : use.nodeName === "Description" ? "bt:LongStrings"
        : "bt:ShortStrings";
      expect(`${use.getAttribute("resid")} in ${target}`).toBe(`${use.getAttribute("resid")} in ${expected}`);
    }
  });

  test("strings within limits, each with a zh-CN override", () => {
    const check = (group: string, limit: number) => {
      const strings = all("bt:String").filter((s) => s.parentNode?.nodeName === group);
      expect(strings.length).toBeGreaterThan(0);
      for (const s of strings) {
        const values = [s.getAttribute("DefaultValue") ?? "", ...Array.from(s.getElementsByTagName("bt:Override")).map((o) => o.getAttribute("Value") ?? "")];
        for (const v of values) expect(v.length).toBeLessThanOrEqual(limit);
        const zh = Array.from(s.getElementsByTagName("bt:Override")).filter((o) => o.getAttribute("Locale") === "zh-CN");
        expect({ id: s.getAttribute("id"), zh: zh.length }).toEqual({ id: s.getAttribute("id"), zh: 1 });
      }
    };
    check("bt:ShortStrings", 125);
    check("bt:LongStrings", 250);
    for (const name of ["DisplayName", "Description"]) {
      const el = all(name).find((e) => e.parentNode === doc.documentElement) as Element;
      expect(Array.from(el.getElementsByTagName("Override")).map((o) => o.getAttribute("Locale"))).toEqual(["zh-CN"]);
      expect((el.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(name === "DisplayName" ? 125 : 250);
    }
  });

  test("ids are unique and the add-in id is a GUID", () => {
    const ids = elements().map((e) => e.getAttribute("id")).filter((v): v is string => Boolean(v));
    expect(new Set(ids).size).toBe(ids.length);
    expect(all("Id")[0].textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  test("every URL is https (localhost:3000 in development)", () => {
    const urls = elements()
      .filter((e) => ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Image", "bt:Url"].includes(e.nodeName))
      .map((e) => e.getAttribute("DefaultValue"))
      .filter((v): v is string => Boolean(v));
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000\//);
  });

  test("the ribbon group has 检查本表, 清除标记, 生成分表 and 打开面板, running commands that exist", () => {
    const zhLabel = (resid: string) =>
      all("bt:String").find((s) => s.getAttribute("id") === resid)?.getElementsByTagName("bt:Override")[0]?.getAttribute("Value");
    const controls = all("Control");
    const labels = controls.map((c) => zhLabel(c.getElementsByTagName("Label")[0].getAttribute("resid") as string));
    expect(labels).toEqual(["检查本表", "清除标记", "生成分表", "打开面板"]);
    const functions = all("FunctionName").map((f) => f.textContent);
    expect(functions).toEqual(["validateSheet", "clearMarks", "generateTabs"]);
    for (const f of functions) expect(Object.keys(commands)).toContain(f);
    expect(all("TaskpaneId")).toHaveLength(1);
  });

  test("icons exist in assets/ at their sizes", () => {
    for (const image of all("bt:Image").filter((e) => e.getAttribute("DefaultValue"))) {
      const file = (image.getAttribute("DefaultValue") as string).replace("https://localhost:3000/", "");
      const png = readFileSync(join(ROOT, file));
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

describe("where the add-in can run", () => {
  const bootstrap = readFileSync(join(ROOT, "src/bootstrap/bootstrap.js"), "utf8");

  test("the manifest asks for the API set the code needs, the one the bootstrap checks", () => {
    const excelApi = all("Set").find((s) => s.getAttribute("Name") === "ExcelApi");
    const floor = /var NEEDED_API = "([\d.]+)"/.exec(bootstrap)?.[1];
    expect(floor).toBe("1.13");
    expect(excelApi?.getAttribute("MinVersion")).toBe(floor);
    // The host asks for the same set before reading (src/excel/host.ts NEEDS.read).
    expect(readFileSync(join(ROOT, "src/excel/host.ts"), "utf8")).toMatch(/read: \{ set: "1\.13"/);
  });

  test.each(["src/bootstrap/bootstrap.js", "src/commands/notice.js"])("%s is ES5, as Trident parses it", (file) => {
    const source = readFileSync(join(ROOT, file), "utf8");
    expect(() => acorn.parse(source, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    // And the parser does refuse what Trident cannot run.
    expect(() => acorn.parse(`${source}\nconst x = () => 1;`, { ecmaVersion: 5, sourceType: "script" })).toThrow();
  });
});
