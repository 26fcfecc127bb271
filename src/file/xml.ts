// XML at the text level, for patching parts in place: what is not edited stays byte for byte.
// Not a parser: it finds the top-level elements of a part's root (skipping the big ones such as
// <sheetData> with one indexOf), reads a tag's attributes, escapes text. Elements may carry a
// namespace prefix (<x:row>, as some producers write); names here are local names and the
// prefix is taken from the part itself.

export interface Element {
  /** Local name, without prefix. */
  name: string;
  /** Offset of "<" of the start tag and just past the end of the element. */
  start: number;
  end: number;
  /** Just past the start tag's ">", and the offset of the end tag (= end for an empty element). */
  contentStart: number;
  contentEnd: number;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const ATTR_SPECIAL = /[&<>"\n\r\t]/;

export function escapeAttr(text: string): string {
  if (!ATTR_SPECIAL.test(text)) return text;
  return escapeText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (all, e: string) => {
    if (e[0] !== "#") return ENTITIES[e] ?? all;
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** Excel escapes characters XML cannot carry as _xHHHH_ in strings. */
export function unescapeOoxml(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const NAME_END = /[\s/>]/;

/** The local name and prefix ("x:" or "") of the tag whose "<" is at `at`. */
function tagName(xml: string, at: number): { qname: string; local: string } {
  let i = at + 1;
  while (i < xml.length && !NAME_END.test(xml[i])) i++;
  const qname = xml.slice(at + 1, i);
  const colon = qname.indexOf(":");
  return { qname, local: colon < 0 ? qname : qname.slice(colon + 1) };
}

/** Just past the ">" of the tag starting at `at`, skipping ">" inside quoted attribute values. */
function tagEnd(xml: string, at: number): number {
  let quote = "";
  for (let i = at + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return i + 1;
  }
  return xml.length;
}

/** The element whose start tag begins at `at`. */
export function elementAt(xml: string, at: number): Element {
  const { qname, local } = tagName(xml, at);
  const contentStart = tagEnd(xml, at);
  if (xml[contentStart - 2] === "/") return { name: local, start: at, end: contentStart, contentStart, contentEnd: contentStart };
  // Children of another name may nest, an element of the same qualified name does not in
  // SpreadsheetML (an extension's copy carries another prefix), so the first end tag is its own.
  let from = contentStart;
  for (;;) {
    const close = xml.indexOf(`</${qname}`, from);
    if (close < 0) return { name: local, start: at, end: xml.length, contentStart, contentEnd: xml.length };
    const after = xml[close + qname.length + 2];
    if (after === ">" || /\s/.test(after ?? "")) {
      return { name: local, start: at, end: tagEnd(xml, close), contentStart, contentEnd: close };
    }
    from = close + 1;
  }
}

/** Offset of the next start tag of an element at or after `from` (comments, PIs and end tags skipped). */
function nextStartTag(xml: string, from: number, limit: number): number {
  let at = xml.indexOf("<", from);
  while (at >= 0 && at < limit) {
    const next = xml[at + 1];
    if (next === "!") {
      const close = xml.startsWith("<!--", at) ? xml.indexOf("-->", at) + 3 : xml.indexOf("]]>", at) + 3;
      at = xml.indexOf("<", close < 3 ? limit : close);
    } else if (next === "?") {
      at = xml.indexOf("<", xml.indexOf("?>", at) + 2);
    } else if (next === "/") {
      return -1;
    } else return at;
  }
  return -1;
}

/** The root element of a part. */
export function rootElement(xml: string): Element {
  const at = nextStartTag(xml, 0, xml.length);
  if (at < 0) throw new Error("no root element");
  return elementAt(xml, at);
}

/** The prefix (e.g. "x:", or "") the part's root element is written with. */
export function rootPrefix(xml: string): string {
  const at = nextStartTag(xml, 0, xml.length);
  const { qname } = tagName(xml, at);
  const colon = qname.indexOf(":");
  return colon < 0 ? "" : qname.slice(0, colon + 1);
}

/** The child elements of `parent`, in order. */
export function childElements(xml: string, parent: Element): Element[] {
  const children: Element[] = [];
  let at = nextStartTag(xml, parent.contentStart, parent.contentEnd);
  while (at >= 0) {
    const child = elementAt(xml, at);
    children.push(child);
    at = nextStartTag(xml, child.end, parent.contentEnd);
  }
  return children;
}

/** The top-level elements under a part's root. */
export function topLevelElements(xml: string): Element[] {
  return childElements(xml, rootElement(xml));
}

/** The attributes of the start tag at `at`, by qualified name, unescaped. */
export function attributes(xml: string, at: number): Record<string, string> {
  const tag = xml.slice(at, tagEnd(xml, at));
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) out[m[1]] = unescapeXml(m[3] ?? m[4]);
  return out;
}

/** The text of a start tag (from "<" to ">"). */
export function startTag(xml: string, el: Element): string {
  return xml.slice(el.start, el.contentStart);
}

/** Child elements of the order CT_Worksheet gives them (ECMA-376 Part 1, 18.3.1.99). */
export const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols",
  "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState",
  "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
  "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF",
  "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
] as const;

/** Child elements of CT_Stylesheet, in order (18.8.39). */
export const STYLESHEET_ORDER = [
  "numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst",
] as const;

/**
 * Where a new top-level element `name` goes so the root's children stay in `order`: after the
 * last child that comes before it or is of the same name, else right after the root's start tag.
 */
export function insertionPoint(xml: string, name: string, order: readonly string[]): number {
  const root = rootElement(xml);
  const rank = order.indexOf(name);
  let at = root.contentStart;
  for (const child of childElements(xml, root)) {
    const r = order.indexOf(child.name);
    if (r >= 0 && r <= rank) at = child.end;
  }
  return at;
}

/** `xml` with `[start, end)` replaced by `text`. */
export function splice(xml: string, start: number, end: number, text: string): string {
  return xml.slice(0, start) + text + xml.slice(end);
}

/** `xml` with `child` inserted as the last child of `parent`, an empty element turned into a start/end pair. */
export function expandEmptyElement(xml: string, parent: Element, child: string): string {
  if (parent.contentStart !== parent.end) return splice(xml, parent.contentEnd, parent.contentEnd, child);
  const tag = startTag(xml, parent).replace(/\s*\/>$/, ">");
  const qname = /^<([^\s/>]+)/.exec(tag)![1];
  return splice(xml, parent.start, parent.end, `${tag}${child}</${qname}>`);
}
