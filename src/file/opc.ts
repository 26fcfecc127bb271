// The Open Packaging Conventions parts every writer of a package needs: relationships of a part,
// content types, part names relative to a part. Each edit is textual and exactly reversible: what
// an add inserts, the matching remove takes out again, leaving the bytes as they were.
import type { XlsxPackage } from "./package";
import { attributes, childElements, escapeAttr, expandEmptyElement, rootElement, splice } from "./xml";

export const CONTENT_TYPES = "[Content_Types].xml";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  chartsheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  customXml: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
  customXmlProps: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps",
  threadedComment: "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
} as const;

/** Namespace of r:id attributes inside parts. */
export const OFFICE_RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The folder of a part ("xl/worksheets/" of "xl/worksheets/sheet1.xml"). */
function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** The part a relationship target names, relative to the source part (no leading "/"). */
export function resolveTarget(fromPart: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folderOf(fromPart) + target;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return decodeURIComponent(out.join("/"));
}

/** A target for `toPart` as written in the relationships of `fromPart`. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = folderOf(fromPart).split("/").filter(Boolean);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** "xl/worksheets/_rels/sheet1.xml.rels" of "xl/worksheets/sheet1.xml"; "_rels/.rels" of the package. */
export function relsPartOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The part targeted (external targets: the target as written). */
  part: string;
}

export function relationships(pkg: XlsxPackage, part: string): Relationship[] {
  const xml = pkg.text(relsPartOf(part));
  if (!xml) return [];
  return childElements(xml, rootElement(xml))
    .filter((el) => el.name === "Relationship")
    .map((el) => {
      const a = attributes(xml, el.start);
      const external = a.TargetMode === "External";
      const target = a.Target ?? "";
      return { id: a.Id ?? "", type: a.Type ?? "", target, external, part: external ? target : resolveTarget(part, target) };
    });
}

/** Adds a relationship from `part` to `toPart` with a fresh rId; creates the .rels part if needed. */
export function addRelationship(pkg: XlsxPackage, part: string, type: string, toPart: string): string {
  const relsPart = relsPartOf(part);
  const existing = pkg.text(relsPart);
  const xml = existing ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
  const ids = new Set(relationships(pkg, part).map((r) => r.id));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const root = rootElement(xml);
  const rel = `<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(relativeTarget(part, toPart))}"/>`;
  pkg.setText(relsPart, expandEmptyElement(xml, root, rel));
  return id;
}

/** Removes relationship `id` of `part`; a .rels part left with none is deleted. */
export function removeRelationship(pkg: XlsxPackage, part: string, id: string): void {
  const relsPart = relsPartOf(part);
  const xml = pkg.text(relsPart);
  if (!xml) return;
  const root = rootElement(xml);
  const rels = childElements(xml, root).filter((el) => el.name === "Relationship");
  const el = rels.find((r) => attributes(xml, r.start).Id === id);
  if (!el) return;
  if (rels.length === 1) pkg.delete(relsPart);
  else pkg.setText(relsPart, splice(xml, el.start, el.end, ""));
}

function contentTypeEntries(pkg: XlsxPackage): { xml: string; entries: { name: string; attrs: Record<string, string>; start: number; end: number }[] } {
  const xml = pkg.text(CONTENT_TYPES) ?? "";
  const entries = childElements(xml, rootElement(xml)).map((el) => ({ name: el.name, attrs: attributes(xml, el.start), start: el.start, end: el.end }));
  return { xml, entries };
}

/** The content type of a part: its Override, else the Default of its extension. */
export function contentTypeOf(pkg: XlsxPackage, part: string): string | undefined {
  const { entries } = contentTypeEntries(pkg);
  const name = `/${part}`.toLowerCase();
  const override = entries.find((e) => e.name === "Override" && e.attrs.PartName?.toLowerCase() === name);
  if (override) return override.attrs.ContentType;
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  return entries.find((e) => e.name === "Default" && e.attrs.Extension?.toLowerCase() === ext)?.attrs.ContentType;
}

export function addOverride(pkg: XlsxPackage, part: string, contentType: string): void {
  const { xml } = contentTypeEntries(pkg);
  const entry = `<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(contentType)}"/>`;
  pkg.setText(CONTENT_TYPES, expandEmptyElement(xml, rootElement(xml), entry));
}

export function removeOverride(pkg: XlsxPackage, part: string): void {
  const { xml, entries } = contentTypeEntries(pkg);
  const name = `/${part}`.toLowerCase();
  const el = entries.find((e) => e.name === "Override" && e.attrs.PartName?.toLowerCase() === name);
  if (el) pkg.setText(CONTENT_TYPES, splice(xml, el.start, el.end, ""));
}

/** A part name not yet taken: `${stem}${n}${ext}` with the smallest n ≥ 1. */
export function freePartName(pkg: XlsxPackage, stem: string, ext: string): string {
  for (let n = 1; ; n++) if (!pkg.has(`${stem}${n}${ext}`)) return `${stem}${n}${ext}`;
}
