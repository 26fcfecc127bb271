import { attributes, childElements, escapeAttr, insertionPoint, rootPrefix, topLevelElements, unescapeOoxml, unescapeXml, WORKSHEET_ORDER } from "./xml";

const SHEET = `<?xml version="1.0"?>\n<worksheet xmlns="main"><!-- a > comment --><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageMargins left="0.7"/><extLst><ext uri="x"><x14:conditionalFormattings><x14:conditionalFormatting/></x14:conditionalFormattings></ext></extLst></worksheet>`;

describe("xml text scanner", () => {
  it("lists top-level elements with their spans, skipping comments", () => {
    const els = topLevelElements(SHEET);
    expect(els.map((e) => e.name)).toEqual(["sheetData", "mergeCells", "pageMargins", "extLst"]);
    expect(SHEET.slice(els[1].start, els[1].end)).toBe('<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>');
    expect(childElements(SHEET, els[1]).map((e) => e.name)).toEqual(["mergeCell"]);
  });

  it("puts a new element where CT_Worksheet wants it", () => {
    const at = insertionPoint(SHEET, "conditionalFormatting", WORKSHEET_ORDER);
    expect(SHEET.slice(at).startsWith("<pageMargins")).toBe(true);
    const legacy = insertionPoint(SHEET, "legacyDrawing", WORKSHEET_ORDER);
    expect(SHEET.slice(legacy).startsWith("<extLst")).toBe(true);
  });

  it("handles prefixed elements as some producers write them", () => {
    const x = `<x:worksheet xmlns:x="main"><x:sheetData><x:row r="1"/></x:sheetData><x:pageMargins left="1"/></x:worksheet>`;
    expect(rootPrefix(x)).toBe("x:");
    expect(topLevelElements(x).map((e) => e.name)).toEqual(["sheetData", "pageMargins"]);
    expect(x.slice(insertionPoint(x, "conditionalFormatting", WORKSHEET_ORDER))).toMatch(/^<x:pageMargins/);
  });

  it("reads attributes with either quote and a > inside a value", () => {
    const xml = `<a b="1 &gt; 0" c='x"y' r:id="rId3"/>`;
    expect(attributes(xml, 0)).toEqual({ b: "1 > 0", c: 'x"y', "r:id": "rId3" });
  });

  it("escapes and unescapes", () => {
    expect(escapeAttr(`a<"&>\n`)).toBe("a&lt;&quot;&amp;&gt;&#10;");
    expect(unescapeXml("&lt;&#x4e2d;&#25991;&amp;")).toBe("<中文&");
    expect(unescapeOoxml("a_x000D_b")).toBe("a\rb");
  });
});
