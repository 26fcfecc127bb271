// A TabSpec as SpreadsheetML text: the worksheet part, the styles it needs (appended to the
// user's styles.xml, reusing identical ones), and the sheet-scoped defined names (print titles,
// filter range, the hidden tab mark). Pure functions over strings; browser-safe.
// Cell text is written as inline strings, so the user's sharedStrings.xml is never touched, and
// never as formulas: "=SUM(A1)" from a cell stays text.
import { tabLook } from "../core/generate/look";
import type { TabLook, TabSpec } from "../core/schema";
import { planKey, RESULTS_MARK_NAME, TAB_MARK_NAME, tabDigest, tabMarkFormula, type TabMark } from "../core/tabmark";
import { childElements, escapeAttr, escapeText, insertionPoint, rootElement, rootPrefix, splice, STYLESHEET_ORDER, type Element } from "./xml";

export const SPREADSHEETML_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const TITLE_ROW = 1;
const HEADER_ROW = 2;
const FIRST_DATA_ROW = 3;

/** Points a line of 11-pt text takes, and what a cell adds above and below it. */
const LINE_POINTS = 14.5;
const ROW_PADDING_POINTS = 3;

/**
 * The height a row of wrapped text needs in columns of `widths` characters. Excel and LibreOffice
 * do not fit the rows of a file they open, so without it a printed tab shows one line a cell.
 */
export function wrappedRowHeight(values: readonly (string | number | null)[], widths: readonly number[]): number {
  // A plain loop, no callback or number turned to text: a split measures ~35k rows of 11 cells,
  // mostly in code V8 has not optimized, where each call and string made showed in its profile.
  let lines = 1;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v === null || v === "") continue;
    const perLine = Math.max(1, (widths[c] ?? 10) - 1);
    const n = typeof v === "number" ? numberLines(v, perLine) : wrappedLines(v, perLine);
    if (n > lines) lines = n;
  }
  return lines * LINE_POINTS + ROW_PADDING_POINTS;
}

/** Lines a number takes as written: an integer's width counted in digits, without its text. */
function numberLines(v: number, perLine: number): number {
  if (!Number.isSafeInteger(v)) return wrappedLines(String(v), perLine);
  let width = v < 0 ? 2 : 1;
  for (let rest = Math.abs(v); rest >= 10; rest = Math.floor(rest / 10)) width++;
  return Math.max(1, Math.ceil(width / perLine));
}

/** Lines `text` takes wrapped at `perLine` display columns (CJK two). One pass: a split tab
 * writes this for every cell. */
function wrappedLines(text: string, perLine: number): number {
  let lines = 0;
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      lines += Math.max(1, Math.ceil(width / perLine));
      width = 0;
    } else width += code > 0x2e7f ? 2 : 1;
  }
  return lines + Math.max(1, Math.ceil(width / perLine));
}

/** Display width of text in Excel character units or terminal columns: CJK characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return w;
}

/** "A", "B", … "Z", "AA" of a 0-based column. */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet name as formulas and hyperlink locations write it: always quoted, quotes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** An internal hyperlink target as exceljs and the Office.js host spell it. */
export function internalLink(sheet: string, cell: string): string {
  return `#${quotedSheet(sheet)}!${cell}`;
}

/** Characters that need more than copying: markup, _xHHHH_, controls, lone surrogates. */
const SPECIAL = /[&<>_\u0000-\u001f\ud800-\udfff\ufffe\uffff]/;
/** Whitespace a <t> keeps only with xml:space="preserve". */
const EDGE_SPACE = /^\s|\s$|[\n\t]/;

/** The <t> of an inline string. XML-escaped; characters XML cannot carry as _xHHHH_, and a
 * literal _xHHHH_ protected, as Excel itself writes them. Most cells need none of it: for them
 * `text` itself comes back, to be written between <t> and </t>. */
function inlineTextOrPlain(text: string): string {
  const special = SPECIAL.test(text);
  if (!special && !EDGE_SPACE.test(text)) return text;
  const body = special ? encodedText(text) : text;
  return EDGE_SPACE.test(text) ? `<t xml:space="preserve">${body}</t>` : `<t>${body}</t>`;
}

function encodedText(text: string): string {
  const protectedText = text.replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`);
  const encoded = protectedText.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
  return escapeText(encoded.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"));
}

// ------------------------------------------------------------------------------------ styles

/** Indexes into cellXfs of the styles a tab uses. */
export interface TabStyles {
  title: number;
  header: number;
  body: number;
  centred: number;
  link: number;
  centredLink: number;
}

const LINK_COLOUR = "0563C1";

function fontXml(font: TabLook["titleFont"], link = false): string {
  return (
    `<font>${font.bold ? "<b/>" : ""}${link ? "<u/>" : ""}<sz val="${font.size}"/>` +
    `${link ? `<color rgb="FF${LINK_COLOUR}"/>` : ""}<name val="${escapeAttr(font.name)}"/><charset val="134"/></font>`
  );
}

const NO_FILL = '<fill><patternFill patternType="none"/></fill>';
const NO_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";

function ruleBorderXml(colour: string): string {
  const side = (s: string) => `<${s} style="thin"><color rgb="FF${colour}"/></${s}>`;
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}

function xfXml(font: number, fill: number, border: number, alignment: string): string {
  return (
    `<xf numFmtId="0" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0" applyFont="1"` +
    `${fill ? ' applyFill="1"' : ""}${border ? ' applyBorder="1"' : ""} applyAlignment="1"><alignment ${alignment}/></xf>`
  );
}

/** Writes `<a>` as `<x:a>` in a part whose root has the prefix "x:". */
function withPrefix(xml: string, prefix: string): string {
  return prefix ? xml.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`) : xml;
}

/**
 * styles.xml with the fonts, fills, borders and cell formats of a tab in `look`, each appended
 * only when an identical element is not already there, so running split again adds nothing.
 */
export function ensureTabStyles(stylesXml: string, look: TabLook): { xml: string; styles: TabStyles } {
  // Each workbook of a split asks again for the same styles, in a look equal but not the same.
  const lookKey = JSON.stringify(look);
  if (lastEnsured?.stylesXml === stylesXml && lastEnsured.lookKey === lookKey) return lastEnsured.result;
  const result = appendTabStyles(stylesXml, look);
  lastEnsured = { stylesXml, lookKey, result };
  return result;
}

let lastEnsured: { stylesXml: string; lookKey: string; result: { xml: string; styles: TabStyles } } | undefined;

function appendTabStyles(stylesXml: string, look: TabLook): { xml: string; styles: TabStyles } {
  const prefix = rootPrefix(stylesXml);
  let xml = stylesXml;
  /** Index of `element` in section `section`, appending it (and the section) when absent. */
  const ensure = (section: (typeof STYLESHEET_ORDER)[number], element: string): number => {
    const wanted = withPrefix(element, prefix);
    const root = rootElement(xml);
    let el: Element | undefined = childElements(xml, root).find((c) => c.name === section);
    if (!el) {
      const at = insertionPoint(xml, section, STYLESHEET_ORDER);
      const empty = withPrefix(`<${section} count="0"></${section}>`, prefix);
      xml = splice(xml, at, at, empty);
      el = childElements(xml, rootElement(xml)).find((c) => c.name === section)!;
    }
    const children = childElements(xml, el);
    const found = children.findIndex((c) => xml.slice(c.start, c.end) === wanted);
    if (found >= 0) return found;
    const start = xml.slice(el.start, el.contentStart);
    const count = children.length + 1;
    const newStart = /\scount="\d*"/.test(start) ? start.replace(/\scount="\d*"/, ` count="${count}"`) : start.replace(/(\/?)>$/, ` count="${count}"$1>`);
    if (el.contentStart === el.end) {
      // <fills count="0"/>: open it up.
      const qname = /^<([^\s/>]+)/.exec(start)![1];
      xml = splice(xml, el.start, el.end, `${newStart.replace(/\s*\/>$/, ">")}${wanted}</${qname}>`);
    } else {
      xml = splice(xml, el.contentEnd, el.contentEnd, wanted);
      xml = splice(xml, el.start, el.contentStart, newStart);
    }
    return count - 1;
  };
  // Excel requires cellStyleXfs[0], which xfId="0" below names; a styles part always has one
  // unless hand-made, and then a plain one is supplied.
  ensure("cellStyleXfs", '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>');
  const titleFont = ensure("fonts", fontXml(look.titleFont));
  const headerFont = ensure("fonts", fontXml(look.headerFont));
  const bodyFont = ensure("fonts", fontXml(look.bodyFont));
  const linkFont = ensure("fonts", fontXml(look.bodyFont, true));
  const noFill = ensure("fills", NO_FILL);
  const headerFill = ensure("fills", `<fill><patternFill patternType="solid"><fgColor rgb="FF${look.headerFill}"/><bgColor indexed="64"/></patternFill></fill>`);
  const noBorder = ensure("borders", NO_BORDER);
  const rule = ensure("borders", ruleBorderXml(look.borderColor));
  const centre = 'horizontal="center" vertical="center" wrapText="1"';
  const top = 'vertical="top" wrapText="1"';
  const centredTop = 'horizontal="center" vertical="top" wrapText="1"';
  const styles: TabStyles = {
    title: ensure("cellXfs", xfXml(titleFont, noFill, noBorder, centre)),
    header: ensure("cellXfs", xfXml(headerFont, headerFill, rule, centre)),
    body: ensure("cellXfs", xfXml(bodyFont, noFill, rule, top)),
    centred: ensure("cellXfs", xfXml(bodyFont, noFill, rule, centredTop)),
    link: ensure("cellXfs", xfXml(linkFont, noFill, rule, top)),
    centredLink: ensure("cellXfs", xfXml(linkFont, noFill, rule, centredTop)),
  };
  return { xml, styles };
}

/** styles.xml of a new workbook: the defaults Excel expects (font 0, fills none and gray125). */
export function minimalStylesXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${SPREADSHEETML_NS}">` +
    '<fonts count="1"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    `<borders count="1">${NO_BORDER}</borders>` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
    "</styleSheet>"
  );
}

// --------------------------------------------------------------------------------- worksheet

/** The cell texts of a tab as written, row by row from A1: what its mark's digest covers. */
export function tabTexts(spec: TabSpec): (string | number | null)[][] {
  return [[spec.title], spec.header, ...spec.rows];
}

/** The mark a tab carries: the spec's own, else one computed from what is written. */
export function markOf(spec: TabSpec, sourceSheet: string): TabMark {
  return spec.mark ?? { plan: planKey(sourceSheet, spec.title), digest: tabDigest(tabTexts(spec)) };
}

/** Hidden name on a 检查结果 sheet: the styles its writing appended, so clear can take them out (./results). */
export const STYLES_RECORD_NAME = "taskplan.styles";

export interface DefinedNameSpec {
  name: string;
  formula: string;
  hidden: boolean;
}

/** The names scoped to a tab: filter range, print titles, and (unless `mark` is null) its mark. */
export function tabDefinedNames(spec: TabSpec, mark: TabMark | null): DefinedNameSpec[] {
  const look = spec.look ?? tabLook();
  const sheet = quotedSheet(spec.name);
  const last = columnLetter(Math.max(0, spec.header.length - 1));
  const names: DefinedNameSpec[] = [];
  if (look.autoFilter) {
    names.push({ name: "_xlnm._FilterDatabase", formula: `${sheet}!$A$${HEADER_ROW}:$${last}$${HEADER_ROW + spec.rows.length}`, hidden: true });
  }
  const [from, to] = look.print.repeatRows;
  names.push({ name: "_xlnm.Print_Titles", formula: `${sheet}!$${from}:$${to}`, hidden: false });
  if (mark) names.push({ name: spec.kind === "results" ? RESULTS_MARK_NAME : TAB_MARK_NAME, formula: tabMarkFormula(mark), hidden: true });
  return names;
}

const utf8 = new TextEncoder();

/** Bytes a Utf8Writer fills before it hands them on. */
const WRITER_CHUNK = 1 << 20;
/** Characters of text gathered before they are encoded: one encodeInto call for some hundred
 * cells costs a fraction of one a piece (a split writes ~600k cells). */
const PENDING_CHARS = 1 << 14;
/** Buffers of writers done, for the next: a split writes hundreds of tabs of tens of kilobytes. */
const spareBuffers: Uint8Array[] = [];

/** UTF-8 written in place, handed on as chunks of up to WRITER_CHUNK bytes, each copied out at
 * its size. */
class Utf8Writer {
  private buffer = spareBuffers.pop() ?? new Uint8Array(WRITER_CHUNK);
  private at = 0;
  private full: Uint8Array[] = [];
  private pending = "";

  /** Any text. */
  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= PENDING_CHARS) this.encodePending();
  }

  private encodePending(): void {
    const text = this.pending;
    this.pending = "";
    if (this.at + text.length * 3 > this.buffer.length) {
      if (this.at > 0) this.full.push(this.buffer.slice(0, this.at));
      this.at = 0;
      if (text.length * 3 > this.buffer.length) this.buffer = new Uint8Array(text.length * 3);
    }
    this.at += utf8.encodeInto(text, this.buffer.subarray(this.at)).written;
  }

  /** Whether chunks are filled, to be taken. */
  get hasFilled(): boolean {
    return this.full.length > 0;
  }

  /** The chunks filled so far, taken. */
  *filled(): Generator<Uint8Array> {
    while (this.full.length) yield this.full.shift()!;
  }

  /** Everything not yet taken. */
  *rest(): Generator<Uint8Array> {
    this.encodePending();
    yield* this.filled();
    const last = this.buffer.slice(0, this.at);
    if (this.buffer.length === WRITER_CHUNK) spareBuffers.push(this.buffer);
    this.buffer = new Uint8Array(0);
    this.at = 0;
    if (last.length) yield last;
  }
}

/** Where a link of the spec points: inside the workbook (a location) or to another file. */
export type LinkTarget = { location: string } | { external: string };

export interface TabSheet {
  /** The worksheet XML as UTF-8, in chunks made as they are taken (XlsxPackage.setPieces): the
   * 检查结果 sheet of a 100k-row plan is tens of megabytes. */
  pieces: Iterable<Uint8Array>;
  /** External hyperlink targets, as the sheet's relationships rId1, rId2, … must list them. */
  externalLinks: string[];
}

/** The worksheet part of a tab. */
export function tabSheetXml(
  spec: TabSpec,
  styles: TabStyles,
  linkTarget: (link: TabSpec["links"][number]) => LinkTarget,
  encoded = new Map<string, string>(),
): TabSheet {
  const targets = spec.links.map(linkTarget);
  const externalLinks = targets.flatMap((target) => ("external" in target ? [target.external] : []));
  return { pieces: tabSheetPieces(spec, styles, targets, encoded), externalLinks };
}

function* tabSheetPieces(spec: TabSpec, styles: TabStyles, targets: readonly LinkTarget[], encoded: Map<string, string>): Generator<Uint8Array> {
  const look = spec.look ?? tabLook();
  const width = Math.max(1, spec.header.length);
  const last = columnLetter(width - 1);
  const lastRow = HEADER_ROW + spec.rows.length;
  const letters = Array.from({ length: width }, (_, c) => columnLetter(c));
  const centred = new Set(spec.centered ?? []);
  const bodyStyles = letters.map((_, c) => (centred.has(c) ? styles.centred : styles.body));
  const linkStyles = letters.map((_, c) => (centred.has(c) ? styles.centredLink : styles.link));
  const linked = new Uint8Array(spec.rows.length * width);
  for (const l of spec.links) if (l.col < width && l.row < spec.rows.length) linked[l.row * width + l.col] = 1;
  // Written as UTF-8 in place, and handed on as one chunk for a tab of up to a megabyte (one
  // deflate call): a split writes ~600k cells; a few hundred of them are encoded at a time, never
  // a whole sheet as one string.
  const out = new Utf8Writer();

  out.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${SPREADSHEETML_NS}" xmlns:r="${RELATIONSHIPS_NS}">`);
  if (look.print.fitToWidth) out.write('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.write(`<dimension ref="A1:${last}${lastRow}"/>`);
  const freeze = look.freezeRows;
  out.write(
    freeze > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="A${freeze + 1}" sqref="A${freeze + 1}"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
  );
  out.write('<sheetFormatPr defaultRowHeight="14.5"/>');
  if (spec.widths.length) {
    out.write("<cols>");
    for (let c = 0; c < spec.widths.length; c++) out.write(`<col min="${c + 1}" max="${c + 1}" width="${spec.widths[c]}" customWidth="1"/>`);
    out.write("</cols>");
  }

  // The same texts recur across a plan's tabs (common rows, roles, deadlines): each is escaped
  // once (kept as text: a byte array each weighs more, and a 检查结果 sheet's texts are many).
  // A text that needs no escaping maps to itself, not to a copy inside <t>: a split's texts held
  // twice were megabytes that every young-generation collection copied.
  const cell = (c: number, r: number, style: number, v: string | number | null | undefined): string => {
    const start = `${cellStarts[c]}${r}" s="${style}`;
    if (v === null || v === undefined || v === "") return `${start}"/>`;
    if (typeof v === "number" && Number.isFinite(v)) return `${start}"><v>${v}</v></c>`;
    const text = String(v);
    let xml = encoded.get(text);
    if (xml === undefined) encoded.set(text, (xml = inlineTextOrPlain(text)));
    return xml === text ? `${start}" t="inlineStr"><is><t>${text}</t></is></c>` : `${start}" t="inlineStr"><is>${xml}</is></c>`;
  };
  const cellStarts = letters.map((l) => `<c r="${l}`);
  const row = (r: number, height: number, style: (c: number) => number, values: readonly (string | number | null)[]): void => {
    let xml = `<row r="${r}" ht="${height}" customHeight="1">`;
    for (let c = 0; c < width; c++) xml += cell(c, r, style(c), values[c]);
    out.write(`${xml}</row>`);
  };
  out.write("<sheetData>");
  row(TITLE_ROW, look.titleHeight, () => styles.title, [spec.title]);
  row(HEADER_ROW, wrappedRowHeight(spec.header, spec.widths), () => styles.header, spec.header);
  // One style function and no generator a row, unless a chunk is filled: a split writes 55k rows.
  let dataRow = 0;
  const dataStyle = (c: number) => (linked[dataRow * width + c] ? linkStyles[c] : bodyStyles[c]);
  for (; dataRow < spec.rows.length; dataRow++) {
    const values = spec.rows[dataRow];
    row(FIRST_DATA_ROW + dataRow, wrappedRowHeight(values, spec.widths), dataStyle, values);
    if (out.hasFilled) yield* out.filled();
  }
  out.write("</sheetData>");

  if (look.autoFilter) out.write(`<autoFilter ref="A${HEADER_ROW}:${last}${lastRow}"/>`);
  if (width > 1) out.write(`<mergeCells count="1"><mergeCell ref="A${TITLE_ROW}:${last}${TITLE_ROW}"/></mergeCells>`);

  if (spec.links.length) {
    out.write("<hyperlinks>");
    let external = 0;
    for (let l = 0; l < spec.links.length; l++) {
      const link = spec.links[l];
      const ref = `${letters[link.col] ?? columnLetter(link.col)}${FIRST_DATA_ROW + link.row}`;
      const value = spec.rows[link.row]?.[link.col];
      const display = value === null || value === undefined ? "" : ` display="${escapeAttr(String(value))}"`;
      const target = targets[l];
      if ("location" in target) out.write(`<hyperlink ref="${ref}" location="${escapeAttr(target.location)}"${display}/>`);
      else out.write(`<hyperlink ref="${ref}" r:id="rId${++external}"${display}/>`);
      if (out.hasFilled) yield* out.filled();
    }
    out.write("</hyperlinks>");
  }

  const print = look.print;
  if (print.horizontalCentered) out.write('<printOptions horizontalCentered="1"/>');
  const m = print.margins;
  out.write(`<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`);
  // paperSize 9: A4 (ECMA-376 18.3.1.63).
  out.write(`<pageSetup paperSize="9" orientation="${print.orientation}"${print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`);
  if (print.footer) out.write(`<headerFooter><oddFooter>${escapeText(`&C${print.footer}`)}</oddFooter></headerFooter>`);
  out.write("</worksheet>");
  yield* out.rest();
}

/** The sheet's relationships part for its external hyperlinks (undefined when it has none). */
export function externalLinksRels(targets: readonly string[]): string | undefined {
  if (!targets.length) return undefined;
  const rels = targets.map(
    (t, i) =>
      `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS_NS}/hyperlink" Target="${escapeAttr(t)}" TargetMode="External"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
}

