import { tabLook } from "../core/generate/look";
import type { TabSpec } from "../core/schema";
import { readSharedStrings, readStyles, readWorksheet } from "./reader";
import { ensureTabStyles, minimalStylesXml, tabSheetXml, wrappedRowHeight } from "./tabsheet";
import { childElements, rootElement } from "./xml";
import { contentChunks, joinChunks } from "./zip";

const spec = (rows: TabSpec["rows"]): TabSpec => ({ name: "税务局", kind: "department", unit: "税务局", title: "税务局任务清单", header: ["序号", "任务"], rows, links: [], widths: [6, 30] });
const styles = ensureTabStyles(minimalStylesXml(), tabLook()).styles;
const internal = () => ({ location: "'计划'!A3" });

describe("tab worksheet XML", () => {
  it("cell text comes back exactly through the package reader: markup, controls, _xHHHH_, edge spaces, formulas", () => {
    const texts = ["a < b & c > d", "第一行\n第二行", "  前后空格  ", "控制\u0001字符", "字面 _x0041_ 不是 A", "=SUM(A1:A9)", "\ud83d\ude00 表情"];
    const xml = new TextDecoder().decode(joinChunks(contentChunks([...tabSheetXml(spec(texts.map((t, i) => [i + 1, t])), styles, internal).pieces])));
    expect(xml).not.toMatch(/<f[ >]/);
    const snapshot = readWorksheet("税务局", xml, { strings: readSharedStrings(undefined), styles: readStyles(minimalStylesXml()) });
    expect(snapshot.values.slice(2).map((r) => r[1])).toEqual(texts);
    expect(snapshot.values.slice(2).map((r) => r[0])).toEqual(texts.map((_, i) => i + 1));
    expect(snapshot.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it("styles are appended once: a second run on its own output adds nothing", () => {
    const first = ensureTabStyles(minimalStylesXml(), tabLook());
    const second = ensureTabStyles(first.xml, tabLook());
    expect(second.xml).toBe(first.xml);
    expect(second.styles).toEqual(first.styles);
    const xfs = childElements(first.xml, childElements(first.xml, rootElement(first.xml)).find((e) => e.name === "cellXfs")!);
    expect(first.xml).toContain(`<cellXfs count="${xfs.length}">`);
    expect(new Set(Object.values(first.styles)).size).toBe(6);
  });

  it("a styles part written with a namespace prefix gets prefixed elements", () => {
    const prefixed = minimalStylesXml()
      .replace(/<(\/?)([a-zA-Z])/g, "<$1x:$2")
      .replace('<x:styleSheet xmlns="', '<x:styleSheet xmlns:x="');
    const { xml } = ensureTabStyles(prefixed, tabLook());
    expect(xml).toContain('<x:font><x:b/><x:sz val="16"/><x:name val="黑体"/>');
    expect(xml).not.toMatch(/<(font|fill|border|xf)[\s>]/);
  });
});

describe("wrapped row height", () => {
  const lines = (values: (string | number | null)[], widths: number[]) => (wrappedRowHeight(values, widths) - 3) / 14.5;

  it("counts CJK characters two columns and breaks at newlines", () => {
    expect(lines(["一二三四五", "ab"], [6, 10])).toBe(2);
    expect(lines(["甲\n乙\n\n丙"], [10])).toBe(4);
    expect(lines([null, ""], [2, 2])).toBe(1);
  });

  it("measures a number as the text it is written as", () => {
    for (const n of [7, 42, 1000, -12345, 2 ** 53 - 1, 2 ** 53, 1.25, -0.5, 1e21]) {
      for (const width of [2, 3, 4, 6, 10]) expect(lines([n], [width])).toBe(lines([String(n)], [width]));
    }
  });
});
