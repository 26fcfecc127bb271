import { strToU8, zipSync } from "fflate";
import { XlsxPackage } from "./package";
import { readZip } from "./zip";
import {
  addOverride,
  addRelationship,
  contentTypeOf,
  CONTENT_TYPES,
  freePartName,
  relationships,
  relativeTarget,
  relsPartOf,
  removeOverride,
  removeRelationship,
  resolveTarget,
} from "./opc";

const TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="wb"/></Types>`;
const SHEET_RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t/drawing" Target="../drawings/drawing1.xml"/></Relationships>`;

function pkg(): XlsxPackage {
  return XlsxPackage.open(
    zipSync({
      [CONTENT_TYPES]: strToU8(TYPES),
      "xl/workbook.xml": strToU8("<workbook/>"),
      "xl/worksheets/sheet1.xml": strToU8("<worksheet>表</worksheet>"),
      "xl/worksheets/_rels/sheet1.xml.rels": strToU8(SHEET_RELS),
      "xl/media/image1.png": new Uint8Array([137, 80, 78, 71]),
    }),
  );
}

describe("XlsxPackage", () => {
  it("reads parts by name, any case, and writes only what changed", () => {
    const p = pkg();
    const before = readZip(p.toBytes());
    expect(p.text("/XL/worksheets/Sheet1.xml")).toBe("<worksheet>表</worksheet>");
    p.setText("xl/workbook.xml", "<workbook>x</workbook>");
    p.setBytes("xl/media/image2.png", new Uint8Array([1, 2, 3]));
    p.delete("xl/media/image1.png");
    expect(p.has("xl/media/image1.png")).toBe(false);
    const after = XlsxPackage.open(p.toBytes());
    expect(after.names()).toEqual([CONTENT_TYPES, "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels", "xl/media/image2.png"]);
    expect(after.text("xl/workbook.xml")).toBe("<workbook>x</workbook>");
    expect([...after.bytes("xl/media/image2.png")!]).toEqual([1, 2, 3]);
    const raw = (name: string, entries: ReturnType<typeof readZip>) => Buffer.from(entries.find((e) => e.name === name)!.raw);
    const written = readZip(p.toBytes());
    expect(raw("xl/worksheets/sheet1.xml", written).equals(raw("xl/worksheets/sheet1.xml", before))).toBe(true);
  });

  it("a part set back to its text, or to its bytes, is copied raw again", () => {
    const p = pkg();
    const before = readZip(p.toBytes());
    const raw = (name: string, entries: ReturnType<typeof readZip>) => Buffer.from(entries.find((e) => e.name === name)!.raw);
    const text = p.text("xl/workbook.xml")!;
    p.setText("xl/workbook.xml", "<workbook>changed</workbook>");
    p.setText("xl/workbook.xml", text);
    p.setBytes("xl/worksheets/sheet1.xml", p.bytes("xl/worksheets/sheet1.xml")!.slice());
    expect(p.isChanged("xl/workbook.xml") || p.isChanged("xl/worksheets/sheet1.xml")).toBe(false);
    const after = readZip(p.toBytes());
    for (const name of ["xl/workbook.xml", "xl/worksheets/sheet1.xml"]) expect(raw(name, after).equals(raw(name, before))).toBe(true);
  });

  it("a copy is edited apart from its source and writes the parts it leaves alone raw", () => {
    const source = pkg();
    const before = readZip(source.toBytes());
    expect(source.text("xl/workbook.xml")).toBe("<workbook/>");
    const copy = source.copy();
    copy.setText("xl/workbook.xml", "<workbook>copy</workbook>");
    copy.delete("xl/media/image1.png");
    expect(source.text("xl/workbook.xml")).toBe("<workbook/>");
    expect(source.has("xl/media/image1.png")).toBe(true);
    expect(source.copy().text("xl/workbook.xml")).toBe("<workbook/>");
    const written = readZip(copy.toBytes());
    expect(written.map((e) => e.name)).toEqual([CONTENT_TYPES, "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels"]);
    const raw = (name: string, entries: ReturnType<typeof readZip>) => Buffer.from(entries.find((e) => e.name === name)!.raw);
    expect(raw("xl/worksheets/sheet1.xml", written).equals(raw("xl/worksheets/sheet1.xml", before))).toBe(true);
    expect(XlsxPackage.open(copy.toBytes()).text("xl/workbook.xml")).toBe("<workbook>copy</workbook>");
  });
});

describe("OPC helpers", () => {
  it("resolves targets relative to the part and back", () => {
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/vmlDrawing1.vml")).toBe("xl/drawings/vmlDrawing1.vml");
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet2.xml")).toBe("xl/worksheets/sheet2.xml");
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet%201.xml")).toBe("xl/worksheets/sheet 1.xml");
    expect(relativeTarget("xl/worksheets/sheet1.xml", "xl/comments1.xml")).toBe("../comments1.xml");
    expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet1.xml")).toBe("worksheets/sheet1.xml");
    expect(relativeTarget("xl/workbook.xml", "customXml/item1.xml")).toBe("../customXml/item1.xml");
    expect(relsPartOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
  });

  it("adds a relationship with a fresh id and removes it leaving the part as it was", () => {
    const p = pkg();
    const id = addRelationship(p, "xl/worksheets/sheet1.xml", "t/comments", "xl/comments1.xml");
    expect(id).toBe("rId2");
    expect(relationships(p, "xl/worksheets/sheet1.xml").map((r) => [r.id, r.part])).toEqual([
      ["rId1", "xl/drawings/drawing1.xml"],
      ["rId2", "xl/comments1.xml"],
    ]);
    removeRelationship(p, "xl/worksheets/sheet1.xml", id);
    expect(p.text("xl/worksheets/_rels/sheet1.xml.rels")).toBe(SHEET_RELS);
    expect(p.isChanged("xl/worksheets/_rels/sheet1.xml.rels")).toBe(false);
  });

  it("creates a .rels part for the first relationship and deletes it with the last", () => {
    const p = pkg();
    const id = addRelationship(p, "xl/workbook.xml", "t/x", "customXml/item1.xml");
    expect(relationships(p, "xl/workbook.xml")).toEqual([{ id, type: "t/x", target: "../customXml/item1.xml", external: false, part: "customXml/item1.xml" }]);
    removeRelationship(p, "xl/workbook.xml", id);
    expect(p.has("xl/_rels/workbook.xml.rels")).toBe(false);
  });

  it("adds and removes content-type overrides reversibly", () => {
    const p = pkg();
    expect(contentTypeOf(p, "xl/comments1.xml")).toBe("application/xml");
    addOverride(p, "xl/comments1.xml", "ct/comments");
    expect(contentTypeOf(p, "xl/comments1.xml")).toBe("ct/comments");
    removeOverride(p, "xl/comments1.xml");
    expect(p.text(CONTENT_TYPES)).toBe(TYPES);
    expect(freePartName(p, "xl/worksheets/sheet", ".xml")).toBe("xl/worksheets/sheet2.xml");
  });
});
