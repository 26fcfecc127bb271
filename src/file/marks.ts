// Marks in an .xlsx package, in the core's one format (../core/markformat): a conditional-format
// rule tagged MARK_RULE_FORMULA per severity over the marked cells, and the tool's text block in
// each cell's note. Every edit is textual and exactly reversible, so clearing a freshly marked
// file gives back every part byte for byte: what was inserted is cut out again, and a part,
// relationship, content type, dxf or author this tool added goes once nothing else uses it.
import { a1 } from "../core/address";
import type { OnProgress } from "../core/host";
import { isMarkRuleFormula, MARK_RULE_FORMULA, NOTE_HEADERS, withoutToolNote } from "../core/markformat";
import { SEVERITY_FILL, type Mark, type MarkPlan, type Severity } from "../core/schema";
import type { XlsxPackage } from "./package";
import {
  addOverride,
  addRelationship,
  contentTypeOf,
  freePartName,
  OFFICE_RELS_NS,
  REL,
  relationships,
  removeOverride,
  removeRelationship,
} from "./opc";
import { richText } from "./reader";
import {
  attributes,
  childElements,
  escapeText,
  expandEmptyElement,
  insertionPoint,
  rootElement,
  rootPrefix,
  splice,
  startTag,
  STYLESHEET_ORDER,
  topLevelElements,
  unescapeXml,
  WORKSHEET_ORDER,
  type Element,
} from "./xml";

/** Where marks go: the sheet's part, the styles part, and every worksheet (dxf references). */
export interface MarkTarget {
  sheetPart: string;
  stylesPart: string;
  worksheetParts: string[];
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const INSERT_HERE = "\u0000";
/** Author of the notes this tool creates. */
export const NOTE_AUTHOR = "任务分工助手";

// ---------------------------------------------------------------- sqref

/** The cells as an sqref: runs of rows in a column become one range ("F5:F9 H3"). */
export function sqrefOf(cells: readonly { row: number; col: number }[]): string {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].col === sorted[i].col && sorted[j + 1].row <= sorted[j].row + 1) j++;
    const first = a1(sorted[i].row, sorted[i].col);
    parts.push(j === i ? first : `${first}:${a1(sorted[j].row, sorted[j].col)}`);
    i = j + 1;
  }
  return parts.join(" ");
}

function sqrefCellCount(sqref: string): number {
  let n = 0;
  for (const ref of sqref.trim().split(/\s+/)) {
    const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref);
    if (!m) continue;
    const col = (s: string) => [...s.toUpperCase()].reduce((v, ch) => v * 26 + ch.charCodeAt(0) - 64, 0);
    const rows = Math.abs(Number(m[4] ?? m[2]) - Number(m[2])) + 1;
    const cols = Math.abs(col(m[3] ?? m[1]) - col(m[1])) + 1;
    n += rows * cols;
  }
  return n;
}

// ---------------------------------------------------------------- rules in the worksheet

interface ToolRules {
  xml: string;
  /** Cells the removed rules covered. */
  cells: number;
}

/** The sheet without this tool's rules: a <conditionalFormatting> holding only ours goes whole. */
export function withoutToolRules(xml: string): ToolRules {
  let cells = 0;
  const cuts: [number, number][] = [];
  for (const cf of topLevelElements(xml).filter((el) => el.name === "conditionalFormatting")) {
    const rules = childElements(xml, cf).filter((el) => el.name === "cfRule");
    const ours = rules.filter((rule) =>
      childElements(xml, rule).some((f) => f.name === "formula" && isMarkRuleFormula(unescapeXml(xml.slice(f.contentStart, f.contentEnd)))),
    );
    if (ours.length === 0) continue;
    cells += sqrefCellCount(attributes(xml, cf.start).sqref ?? "");
    if (ours.length === rules.length) cuts.push([cf.start, cf.end]);
    else for (const r of ours) cuts.push([r.start, r.end]);
  }
  for (const [s, e] of cuts.reverse()) xml = splice(xml, s, e, "");
  return { xml, cells };
}

/** Our rules go after every rule already there (priority max + 1…): a user's rule is never renumbered. */
function nextPriority(xml: string): number {
  let max = 0;
  for (const m of xml.matchAll(/<(?:\w+:)?cfRule\s[^>]*?priority="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

/** Where this tool's rules go in the sheet, and their text. */
function toolRules(xml: string, groups: { sqref: string; dxfId: number }[]): Insertion {
  const p = rootPrefix(xml);
  let priority = nextPriority(xml);
  const text = groups
    .map(
      (g) =>
        `<${p}conditionalFormatting sqref="${g.sqref}"><${p}cfRule type="expression" dxfId="${g.dxfId}" priority="${priority++}">` +
        `<${p}formula>${escapeText(MARK_RULE_FORMULA)}</${p}formula></${p}cfRule></${p}conditionalFormatting>`,
    )
    .join("");
  return { at: insertionPoint(xml, "conditionalFormatting", WORKSHEET_ORDER), text };
}

interface Insertion {
  at: number;
  text: string;
}

/** `xml` with texts inserted at offsets of `xml` itself, as pieces: slices of a 100k-row sheet,
 * never copied into a new string. */
function withInsertions(xml: string, insertions: Insertion[]): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const { at, text } of [...insertions].sort((a, b) => a.at - b.at)) {
    pieces.push(xml.slice(from, at), text);
    from = at;
  }
  pieces.push(xml.slice(from));
  return pieces;
}

// ---------------------------------------------------------------- dxfs in styles.xml

/** The dxf a mark of `severity` fills with; both colours, as Excel and LibreOffice read one or the other. */
function toolDxf(severity: Severity, p: string): string {
  const rgb = `FF${SEVERITY_FILL[severity]}`;
  return `<${p}dxf><${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${rgb}"/><${p}bgColor rgb="${rgb}"/></${p}patternFill></${p}fill></${p}dxf>`;
}
const isToolDxf = (text: string, p: string) => SEVERITIES.some((s) => toolDxf(s, p) === text);

/** A <dxfs> this tool created ends its start tag with `" >`: cleared, it goes entirely. */
const CREATED_DXFS_END = '" >';

function dxfsElement(xml: string): Element | undefined {
  return topLevelElements(xml).find((el) => el.name === "dxfs");
}

function withCount(tag: string, count: number): string {
  return /\scount="\d*"/.test(tag) ? tag.replace(/\scount="\d*"/, ` count="${count}"`) : tag;
}

/** Index of the dxf of `severity`, appended when the styles do not hold it yet. */
function ensureDxf(pkg: XlsxPackage, stylesPart: string, severity: Severity): number {
  let xml = pkg.text(stylesPart)!;
  const p = rootPrefix(xml);
  const ours = toolDxf(severity, p);
  const dxfs = dxfsElement(xml);
  if (!dxfs) {
    const at = insertionPoint(xml, "dxfs", STYLESHEET_ORDER);
    pkg.setText(stylesPart, splice(xml, at, at, `<${p}dxfs count="1${CREATED_DXFS_END}${ours}</${p}dxfs>`));
    return 0;
  }
  const list = childElements(xml, dxfs);
  const found = list.findIndex((d) => xml.slice(d.start, d.end) === ours);
  if (found >= 0) return found;
  const tag = withCount(startTag(xml, dxfs).replace(/\s*\/>$/, ">"), list.length + 1);
  const inner = xml.slice(dxfs.contentStart, dxfs.contentEnd);
  xml = splice(xml, dxfs.start, dxfs.end, `${tag}${inner}${ours}</${p}dxfs>`);
  pkg.setText(stylesPart, xml);
  return list.length;
}

/** Takes this tool's dxfs off the end of the list while nothing refers to them. */
function pruneDxfs(pkg: XlsxPackage, target: MarkTarget): void {
  let xml = pkg.text(target.stylesPart);
  if (!xml) return;
  const p = rootPrefix(xml);
  const dxfs = dxfsElement(xml);
  if (!dxfs) return;
  const list = childElements(xml, dxfs);
  const referenced = new Set<number>();
  const parts = [target.stylesPart, ...target.worksheetParts, ...pkg.names().filter((n) => /^xl\/(tables|pivotTables)\//i.test(n))];
  for (const part of parts) {
    const text = pkg.text(part);
    if (text) for (const m of text.matchAll(/[dD]xfId="(\d+)"/g)) referenced.add(Number(m[1]));
  }
  let keep = list.length;
  while (keep > 0 && !referenced.has(keep - 1) && isToolDxf(xml.slice(list[keep - 1].start, list[keep - 1].end), p)) keep--;
  if (keep === list.length) return;
  const tag = startTag(xml, dxfs);
  if (keep === 0 && tag.endsWith(CREATED_DXFS_END)) {
    xml = splice(xml, dxfs.start, dxfs.end, "");
  } else if (keep === 0) {
    xml = splice(xml, dxfs.start, dxfs.end, withCount(tag, 0).replace(/>$/, "/>"));
  } else {
    const inner = xml.slice(dxfs.contentStart, list[keep - 1].end);
    xml = splice(xml, dxfs.start, dxfs.end, `${withCount(tag, keep)}${inner}</${p}dxfs>`);
  }
  pkg.setText(target.stylesPart, xml);
}

// ---------------------------------------------------------------- notes

interface NoteParts {
  commentsPart?: string;
  commentsRel?: string;
  vmlPart?: string;
  vmlRel?: string;
  /** Cells holding a threaded comment: Excel rewrites their legacy note, so it gets no text. */
  threaded: Set<string>;
}

function noteParts(pkg: XlsxPackage, sheetPart: string, sheetXml: string): NoteParts {
  const rels = relationships(pkg, sheetPart);
  const comments = rels.find((r) => r.type === REL.comments);
  const legacy = topLevelElements(sheetXml).find((el) => el.name === "legacyDrawing");
  const legacyId = legacy && Object.entries(attributes(sheetXml, legacy.start)).find(([k]) => k.endsWith(":id"))?.[1];
  const vml = rels.find((r) => r.id === legacyId) ?? rels.find((r) => r.type === REL.vmlDrawing);
  const threaded = new Set<string>();
  for (const rel of rels.filter((r) => r.type === REL.threadedComment)) {
    const text = pkg.text(rel.part) ?? "";
    for (const m of text.matchAll(/<(?:\w+:)?threadedComment\s[^>]*?ref="([^"]+)"/g)) threaded.add(m[1].toUpperCase());
  }
  return { commentsPart: comments?.part, commentsRel: comments?.id, vmlPart: vml?.part, vmlRel: vml?.id, threaded };
}

/** The runs of a note's text: the header bold, as Excel shows a note's author. */
function toolRuns(block: string, p: string, separated: boolean): string {
  const font = `<${p}sz val="9"/><${p}color indexed="81"/><${p}rFont val="宋体"/><${p}charset val="134"/>`;
  const run = (text: string, bold: boolean) =>
    `<${p}r><${p}rPr>${bold ? `<${p}b/>` : ""}${font}</${p}rPr><${p}t xml:space="preserve">${escapeText(text)}</${p}t></${p}r>`;
  const nl = block.indexOf("\n");
  const [header, rest] = nl < 0 ? [block, ""] : [block.slice(0, nl), block.slice(nl)];
  return (separated ? run("\n\n", false) : "") + run(header, true) + (rest ? run(rest, false) : "");
}

const HEADERS = new Set<string>(Object.values(NOTE_HEADERS));

interface CommentEl {
  el: Element;
  ref: string;
  authorId: number;
  text?: Element;
}

function commentsOf(xml: string): { authors?: Element; list?: Element; comments: CommentEl[] } {
  const top = topLevelElements(xml);
  const authors = top.find((e) => e.name === "authors");
  const list = top.find((e) => e.name === "commentList");
  const comments = list
    ? childElements(xml, list)
        .filter((e) => e.name === "comment")
        .map((el) => {
          const a = attributes(xml, el.start);
          return { el, ref: (a.ref ?? "").toUpperCase(), authorId: Number(a.authorId ?? 0), text: childElements(xml, el).find((c) => c.name === "text") };
        })
    : [];
  return { authors, list, comments };
}

/** `<text>` content with the tool's block appended: a plain <t> note becomes a run first, so the
 * runs stay valid (CT_Rst) and clearing can give the <t> back as it was. */
function appendBlock(inner: string, block: string, p: string): string {
  const plain = new RegExp(`^(<${p}t[\\s>][\\s\\S]*?</${p}t>|<${p}t/>)`).exec(inner);
  // The wrapping run is written `<r >`, which no producer writes, so clearing knows it for ours.
  const head = plain ? `<${p}r >${plain[1]}</${p}r>${inner.slice(plain[1].length)}` : inner;
  const rph = inner.search(new RegExp(`<${p}(rPh|phoneticPr)[\\s>/]`));
  if (rph >= 0 && !plain) return inner.slice(0, rph) + toolRuns(block, p, true) + inner.slice(rph);
  return head + toolRuns(block, p, true);
}

/** `<text>` content with the tool's block taken out (null: nothing of the user's left). */
function removeBlock(xml: string, text: Element, p: string): string | null {
  const inner = xml.slice(text.contentStart, text.contentEnd);
  const stripped = withoutToolNote(richText(inner).text);
  if (!stripped.found) return inner;
  if (stripped.text === null) return null;
  const runs = childElements(xml, text).filter((e) => e.name === "r");
  const runText = (r: Element) => richText(xml.slice(r.start, r.end)).text;
  const h = runs.findIndex((r) => HEADERS.has(runText(r).trim()));
  if (h >= 0) {
    const cut = h > 0 && runText(runs[h - 1]) === "\n\n" ? h - 1 : h;
    const kept = xml.slice(text.contentStart, runs[cut].start);
    if (richText(kept).text === stripped.text) {
      // The note as it was before, with the plain <t> appendBlock wrapped given back as it was.
      const wrapped = new RegExp(`^<${p}r >(<${p}t[\\s>/][\\s\\S]*)</${p}r>$`).exec(kept);
      return wrapped && !wrapped[1].includes(`<${p}r>`) ? wrapped[1] : kept;
    }
    if (stripped.text.startsWith(richText(kept).text) && kept !== "") {
      return `${kept}<${p}r><${p}t xml:space="preserve">${escapeText(stripped.text.slice(richText(kept).text.length))}</${p}t></${p}r>`;
    }
  }
  // as a run: some readers (exceljs among them) see no text in a comment's bare <t>
  return `<${p}r><${p}t xml:space="preserve">${escapeText(stripped.text)}</${p}t></${p}r>`;
}

// ---------------------------------------------------------------- VML shapes

const SHAPETYPE_202 =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function newVml(idBlock: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idBlock}"/></o:shapelayout>${SHAPETYPE_202}</xml>`
  );
}

function noteShape(id: number, row: number, col: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:216pt;height:96pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 10, ${col + 4}, 15, ${row + 6}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

// Any prefix: openpyxl writes ns0:shape with the namespaces declared on each element.
const SHAPE_RE = /<([\w.-]+:)?shape\s[^>]*>[\s\S]*?<\/\1shape>/g;
const ANY_SHAPE = /<([\w.-]+:)?shape\s/;

function shapeCell(shape: string): string | null {
  if (!/ObjectType\s*=\s*"Note"/.test(shape)) return null;
  const row = /<(?:[\w.-]+:)?Row>\s*(\d+)\s*<\/(?:[\w.-]+:)?Row>/.exec(shape);
  const col = /<(?:[\w.-]+:)?Column>\s*(\d+)\s*<\/(?:[\w.-]+:)?Column>/.exec(shape);
  return row && col ? a1(Number(row[1]), Number(col[1])) : null;
}

/** A free o:idmap block across the package's VML parts, and shape ids from it. */
function freeIdBlock(pkg: XlsxPackage): number {
  let max = 0;
  for (const name of pkg.names().filter((n) => n.toLowerCase().endsWith(".vml"))) {
    for (const m of (pkg.text(name) ?? "").matchAll(/data="([\d,]+)"/g)) for (const d of m[1].split(",")) max = Math.max(max, Number(d));
  }
  return max + 1;
}

const VML_NAMESPACES =
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';

/** Characters of XML a piece given to XlsxPackage.setPieces gathers: one encoding call for many
 * notes (a call for each costs more than the encoding), and short of a string V8 would keep
 * outside its young generation. */
const PIECE_LENGTH = 1 << 14;

/** The pieces gathered into strings of about PIECE_LENGTH characters; a longer one (a part's text
 * as read) passes as it is. */
function* gathered(pieces: Iterable<string>): Generator<string> {
  let text = "";
  for (const piece of pieces) {
    if (piece.length >= PIECE_LENGTH) {
      if (text) yield text;
      text = "";
      yield piece;
      continue;
    }
    text += piece;
    if (text.length >= PIECE_LENGTH) {
      yield text;
      text = "";
    }
  }
  if (text) yield text;
}

/** The VML part with a note shape for each cell, in pieces (see XlsxPackage.setPieces). */
function* withShapes(vml: string, cells: { row: number; col: number }[], firstId: number): Generator<string> {
  // A root that does not declare v/o/x (openpyxl's) gets them on each element added.
  const root = /<xml\b[^>]*>/.exec(vml)?.[0] ?? "";
  const declared = root.includes("xmlns:v=") ? (shape: string) => shape : (shape: string) => shape.replace(/<v:(shape|shapetype) /g, `<v:$1 ${VML_NAMESPACES} `);
  const end = vml.lastIndexOf("</xml>");
  yield vml.slice(0, end);
  if (!vml.includes('id="_x0000_t202"')) yield declared(SHAPETYPE_202);
  for (const [i, c] of cells.entries()) yield declared(noteShape(firstId + i, c.row, c.col));
  yield vml.slice(end);
}

function withoutShapes(vml: string, cells: Set<string>): string {
  vml = vml.replace(SHAPE_RE, (shape) => (cells.has(shapeCell(shape) ?? "") ? "" : shape));
  if (!/#_x0000_t202/.test(vml)) vml = vml.replace(SHAPETYPE_202, "").replace(SHAPETYPE_202.replace("<v:shapetype ", `<v:shapetype ${VML_NAMESPACES} `), "");
  return vml;
}

// ---------------------------------------------------------------- apply and clear

function progress(onProgress: OnProgress | undefined, done: number, total: number): void {
  onProgress?.({ fraction: total ? done / total : 1, zh: `已标记 ${done}/${total} 个单元格`, en: `Marked ${done}/${total} cells` });
}

/** Removes this tool's marks from the sheet; returns the number of cells its rules covered. */
export function clearMarks(pkg: XlsxPackage, target: MarkTarget): number {
  const { sheetPart } = target;
  const rules = withoutToolRules(pkg.text(sheetPart)!);
  let sheet = rules.xml;
  const parts = noteParts(pkg, sheetPart, sheet);
  let notes = 0;
  if (parts.commentsPart && pkg.has(parts.commentsPart)) {
    let xml = pkg.text(parts.commentsPart)!;
    const p = rootPrefix(xml);
    const { comments } = commentsOf(xml);
    const deleted = new Set<string>();
    for (const c of [...comments].reverse()) {
      if (!c.text) continue;
      const inner = removeBlock(xml, c.text, p);
      if (inner === xml.slice(c.text.contentStart, c.text.contentEnd)) continue;
      notes++;
      if (inner === null) {
        xml = splice(xml, c.el.start, c.el.end, "");
        deleted.add(c.ref);
      } else xml = splice(xml, c.text.contentStart, c.text.contentEnd, inner);
    }
    xml = withoutUnusedToolAuthor(xml);
    const left = commentsOf(xml).comments.length;
    if (left === 0) {
      pkg.delete(parts.commentsPart);
      removeOverride(pkg, parts.commentsPart);
      removeRelationship(pkg, sheetPart, parts.commentsRel!);
    } else pkg.setText(parts.commentsPart, xml);
    if (parts.vmlPart && pkg.has(parts.vmlPart) && deleted.size > 0) {
      const vml = withoutShapes(pkg.text(parts.vmlPart)!, deleted);
      if (!ANY_SHAPE.test(vml)) {
        pkg.delete(parts.vmlPart);
        removeOverride(pkg, parts.vmlPart);
        removeRelationship(pkg, sheetPart, parts.vmlRel!);
        const legacy = topLevelElements(sheet).find((el) => el.name === "legacyDrawing");
        if (legacy) sheet = splice(sheet, legacy.start, legacy.end, "");
      } else pkg.setText(parts.vmlPart, vml);
    }
  }
  pkg.setText(sheetPart, sheet);
  pruneDxfs(pkg, target);
  return Math.max(rules.cells, notes);
}

function withoutUnusedToolAuthor(xml: string): string {
  const { authors, comments } = commentsOf(xml);
  if (!authors) return xml;
  const list = childElements(xml, authors).filter((e) => e.name === "author");
  const last = list[list.length - 1];
  if (!last || unescapeXml(xml.slice(last.contentStart, last.contentEnd)) !== NOTE_AUTHOR) return xml;
  if (comments.some((c) => c.authorId === list.length - 1)) return xml;
  return splice(xml, last.start, last.end, "");
}

/** Whether the sheet carries any mark of this tool (a rule or a note block). */
export function hasMarks(pkg: XlsxPackage, sheetPart: string): boolean {
  const sheet = pkg.text(sheetPart) ?? "";
  if (sheet.includes("taskplan") && withoutToolRules(sheet).cells > 0) return true;
  const { commentsPart } = noteParts(pkg, sheetPart, sheet);
  const xml = commentsPart ? pkg.text(commentsPart) : undefined;
  return !!xml && Object.values(NOTE_HEADERS).some((h) => xml.includes(escapeText(h)));
}

/** Replaces this tool's marks on the sheet with plan.marks. */
export function applyMarks(pkg: XlsxPackage, target: MarkTarget, plan: MarkPlan, onProgress?: OnProgress): void {
  clearMarks(pkg, target);
  if (plan.marks.length === 0) return;
  const { sheetPart } = target;
  const groups = SEVERITIES.map((severity) => ({ severity, marks: plan.marks.filter((m) => m.severity === severity) }))
    .filter((g) => g.marks.length > 0)
    .map((g) => ({ sqref: sqrefOf(g.marks), dxfId: ensureDxf(pkg, target.stylesPart, g.severity) }));
  // The sheet's edits (the rules; a legacy drawing for new notes) are offsets into the sheet as
  // it is now, applied together at the end.
  const sheet = pkg.text(sheetPart)!;
  const insertions = [toolRules(sheet, groups)];
  progress(onProgress, 0, plan.marks.length);

  const parts = noteParts(pkg, sheetPart, sheet);
  const noted = plan.marks.filter((m) => !parts.threaded.has(m.address.toUpperCase()));
  if (noted.length > 0) insertions.push(...applyNotes(pkg, sheetPart, sheet, parts, noted));
  pkg.setText(sheetPart, withInsertions(sheet, insertions));
  progress(onProgress, plan.marks.length, plan.marks.length);
}

/** Adds the notes of `noted` (comments part, VML shapes); returns the sheet's legacy drawing
 * when one is needed, as an insertion into `sheet`. */
function applyNotes(pkg: XlsxPackage, sheetPart: string, sheet: string, parts: NoteParts, noted: Mark[]): Insertion[] {
  const legacy: Insertion[] = [];
  // the comments part
  let commentsPart = parts.commentsPart;
  if (!commentsPart || !pkg.has(commentsPart)) {
    commentsPart = freePartName(pkg, "xl/comments", ".xml");
    pkg.setText(commentsPart, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`);
    addOverride(pkg, commentsPart, COMMENTS_TYPE);
    addRelationship(pkg, sheetPart, REL.comments, commentsPart);
  }
  let xml = pkg.text(commentsPart)!;
  const p = rootPrefix(xml);
  const authorId = (() => {
    const { authors } = commentsOf(xml);
    const names = authors ? childElements(xml, authors).map((e) => unescapeXml(xml.slice(e.contentStart, e.contentEnd))) : [];
    const at = names.indexOf(NOTE_AUTHOR);
    if (at >= 0) return at;
    const author = `<${p}author>${NOTE_AUTHOR}</${p}author>`;
    if (authors) xml = expandEmptyElement(xml, authors, author);
    else {
      const root = rootElement(xml);
      xml = splice(xml, root.contentStart, root.contentStart, `<${p}authors>${author}</${p}authors>`);
    }
    return names.length;
  })();
  const existing = new Map(commentsOf(xml).comments.map((c) => [c.ref, c]));
  const fresh: Mark[] = [];
  // Edits from the end of the part backwards keep earlier offsets valid.
  const edits: { at: Element; inner: string }[] = [];
  for (const m of noted) {
    const c = existing.get(m.address.toUpperCase());
    if (c?.text) edits.push({ at: c.text, inner: appendBlock(xml.slice(c.text.contentStart, c.text.contentEnd), m.note, p) });
    else if (!c) fresh.push(m);
  }
  for (const e of edits.sort((a, b) => b.at.start - a.at.start)) xml = splice(xml, e.at.contentStart, e.at.contentEnd, e.inner);
  if (fresh.length === 0) pkg.setText(commentsPart, xml);
  else {
    // The new notes go where this mark is (NUL never occurs in XML), written in pieces.
    const list = commentsOf(xml).list;
    const root = rootElement(xml);
    const [head, tail] = (
      list ? expandEmptyElement(xml, list, INSERT_HERE) : splice(xml, root.contentEnd, root.contentEnd, `<${p}commentList>${INSERT_HERE}</${p}commentList>`)
    ).split(INSERT_HERE);
    pkg.setPieces(
      commentsPart,
      (function* () {
        yield head;
        yield* gathered(
          (function* () {
            for (const m of fresh) yield `<${p}comment ref="${m.address}" authorId="${authorId}"><${p}text>${toolRuns(m.note, p, false)}</${p}text></${p}comment>`;
          })(),
        );
        yield tail;
      })(),
    );
  }

  // the VML shapes of the new notes
  if (fresh.length > 0) {
    let vmlPart = parts.vmlPart;
    if (!vmlPart || !pkg.has(vmlPart)) {
      vmlPart = freePartName(pkg, "xl/drawings/vmlDrawing", ".vml");
      pkg.setText(vmlPart, newVml(freeIdBlock(pkg)));
      if (contentTypeOf(pkg, vmlPart) !== VML_TYPE) addOverride(pkg, vmlPart, VML_TYPE);
      const id = addRelationship(pkg, sheetPart, REL.vmlDrawing, vmlPart);
      const relPrefix = new RegExp(`xmlns:(\\w+)="${OFFICE_RELS_NS}"`).exec(startTag(sheet, rootElement(sheet)))?.[1];
      const sp = rootPrefix(sheet);
      const el = relPrefix ? `<${sp}legacyDrawing ${relPrefix}:id="${id}"/>` : `<${sp}legacyDrawing xmlns:r="${OFFICE_RELS_NS}" r:id="${id}"/>`;
      legacy.push({ at: insertionPoint(sheet, "legacyDrawing", WORKSHEET_ORDER), text: el });
    }
    const vml = pkg.text(vmlPart)!;
    const block = Number(/data="(\d+)/.exec(vml)?.[1] ?? 1);
    let maxId = block * 1024;
    for (const m of vml.matchAll(/_x0000_s(\d+)/g)) maxId = Math.max(maxId, Number(m[1]));
    pkg.setPieces(vmlPart, gathered(withShapes(vml, fresh, maxId + 1)));
  }
  return legacy;
}
