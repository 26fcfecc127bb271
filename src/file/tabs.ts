// Generated tabs written into an .xlsx package in place (CLI and browser page; no Node APIs).
// A new tab is a new worksheet part with its <sheet> entry, relationship and content type; its
// styles are appended to styles.xml (once: identical ones are reused); it is marked by a hidden
// sheet-scoped defined name (src/core/tabmark.ts). Every other part of the user's file is copied
// through byte for byte: sharedStrings.xml too, as tab cells are inline strings.
import { PlanError } from "../core/errors";
import { tabLook } from "../core/generate/look";
import type { ApplyTabsResult, KeptTab, OnProgress } from "../core/host";
import { uniqueFileStems, uniqueTabNames } from "../core/generate/names";
import type { CellValue, TabLook, TabSpec, TabsPlan } from "../core/schema";
import { LEGACY_TAB_FOOTER, parseTabMark, RESULTS_MARK_NAME, TAB_MARK_NAME, tabDigest, type TabMark } from "../core/tabmark";
import { addOverride, addRelationship, CONTENT_TYPES, REL, relationships, relativeTarget, relsPartOf, removeOverride, removeRelationship } from "./opc";
import { XlsxPackage } from "./package";
import {
  ensureTabStyles,
  externalLinksRels,
  markOf,
  minimalStylesXml,
  quotedSheet,
  SPREADSHEETML_NS,
  STYLES_RECORD_NAME,
  tabDefinedNames,
  tabSheetXml,
  type DefinedNameSpec,
  type LinkTarget,
} from "./tabsheet";
import { attributes, childElements, escapeAttr, escapeText, expandEmptyElement, insertionPoint, rootElement, rootPrefix, splice, unescapeXml, type Element } from "./xml";
import { readSharedStrings, readStyles, readWorksheet, type ReadContext } from "./reader";
import { readWorkbookInfo, workbookPart } from "./workbook";
import { TAB_COMPRESSION_LEVEL, writeZip } from "./zip";

export { internalLink, wrappedRowHeight } from "./tabsheet";

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CALC_CHAIN_TYPE = "/calcChain";

/** Children of CT_Workbook, in order (ECMA-376 Part 1, 18.2.27). */
export const WORKBOOK_ORDER = [
  "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups",
  "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr",
  "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
] as const;

interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
  /** The worksheet part ("" when the relationship is missing). */
  part: string;
  /** The <sheet> element as written. */
  xml: string;
}

interface NameEntry {
  name: string;
  localSheetId?: number;
  formula: string;
  xml: string;
}

interface WorkbookSheets {
  part: string;
  xml: string;
  sheets: SheetEntry[];
  names: NameEntry[];
  /** Prefix of the relationships namespace in workbook.xml ("r"), undefined when not declared. */
  relsPrefix?: string;
}

function readWorkbookSheets(pkg: XlsxPackage): WorkbookSheets {
  const part = workbookPart(pkg);
  const xml = pkg.text(part)!;
  const root = rootElement(xml);
  const relsPrefix = /\sxmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(xml.slice(root.start, root.contentStart))?.[1];
  const rels = new Map(relationships(pkg, part).map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  const names: NameEntry[] = [];
  for (const el of childElements(xml, root)) {
    if (el.name === "sheets") {
      for (const s of childElements(xml, el)) {
        const a = attributes(xml, s.start);
        const rid = (relsPrefix && a[`${relsPrefix}:id`]) ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
        sheets.push({ name: a.name ?? "", sheetId: Number(a.sheetId) || 0, rid, part: rels.get(rid)?.part ?? "", xml: xml.slice(s.start, s.end) });
      }
    } else if (el.name === "definedNames") {
      for (const d of childElements(xml, el)) {
        const a = attributes(xml, d.start);
        const local = a.localSheetId === undefined ? undefined : Number(a.localSheetId);
        names.push({ name: a.name ?? "", localSheetId: local, formula: unescapeXml(xml.slice(d.contentStart, d.contentEnd)), xml: xml.slice(d.start, d.end) });
      }
    }
  }
  return { part, xml, sheets, names, relsPrefix };
}

/** The mark of sheet `index`: its defined name, "legacy" for an earlier version's footer, null
 * when the sheet is the user's. */
function sheetMark(pkg: XlsxPackage, wb: WorkbookSheets, index: number): TabMark | "legacy" | null {
  for (const n of wb.names) {
    if ((n.name === TAB_MARK_NAME || n.name === RESULTS_MARK_NAME) && n.localSheetId === index) {
      const mark = parseTabMark(n.formula);
      if (mark) return mark;
    }
  }
  const part = wb.sheets[index].part;
  const xml = part ? pkg.text(part) : undefined;
  return xml?.includes(LEGACY_TAB_FOOTER) ? "legacy" : null;
}

/** The cell texts of a worksheet, row by row from A1, as tabDigest reads them. */
export function worksheetTexts(name: string, xml: string, context: () => ReadContext): (string | number | boolean | null)[][] {
  const snapshot = readWorksheet(name, xml, context());
  const text = (v: CellValue) => (v !== null && typeof v === "object" ? v.error : v);
  const pad = <T,>(n: number, fill: T): T[] => Array.from({ length: n }, () => fill);
  return [...pad(snapshot.origin.row, []), ...snapshot.values.map((row) => [...pad(snapshot.origin.col, null), ...row.map(text)])];
}

/** A name clash: the workbook is left as it was. */
function clashError(name: string): PlanError {
  return new PlanError("write-failed", `工作表“${name}”已存在，未覆盖`, `A sheet named "${name}" already exists; it was not overwritten`);
}

/** `formula` with references to sheet `from` pointing at `to`. */
function renameInFormula(formula: string, from: string, to: string): string {
  const bare = from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return formula.split(`${quotedSheet(from)}!`).join(`${quotedSheet(to)}!`).replace(new RegExp(`(^|[^\\w'.\\u0080-\\uffff])${bare}!`, "g"), `$1${quotedSheet(to)}!`);
}

/** Parts only `part` refers to, found through its relationships (drawings, comments, their
 * images…), so that deleting a sheet leaves nothing behind it owned. */
function ownedParts(pkg: XlsxPackage, part: string, leaving: Set<string>): string[] {
  const owned: string[] = [];
  const referrers = new Map<string, number>();
  for (const name of pkg.names()) {
    if (!name.endsWith(".rels")) continue;
    const source = name.replace(/_rels\/([^/]*)\.rels$/, "$1");
    if (leaving.has(source.toLowerCase())) continue;
    for (const r of relationships(pkg, source)) if (!r.external) referrers.set(r.part.toLowerCase(), (referrers.get(r.part.toLowerCase()) ?? 0) + 1);
  }
  const visit = (from: string) => {
    for (const r of relationships(pkg, from)) {
      const key = r.part.toLowerCase();
      if (r.external || leaving.has(key) || referrers.has(key) || !pkg.has(r.part)) continue;
      leaving.add(key);
      owned.push(r.part);
      visit(r.part);
    }
  };
  visit(part);
  return owned;
}

/** Relationships from `part` to each of `toParts`, added in one edit (a split adds hundreds):
 * their rIds, in order. */
function addRelationships(pkg: XlsxPackage, part: string, type: string, toParts: string[]): string[] {
  if (!toParts.length) return [];
  const relsPart = relsPartOf(part);
  if (!pkg.has(relsPart)) return [addRelationship(pkg, part, type, toParts[0]), ...addRelationships(pkg, part, type, toParts.slice(1))];
  const xml = pkg.text(relsPart)!;
  const ids = new Set(relationships(pkg, part).map((r) => r.id));
  let n = ids.size + 1;
  const added = toParts.map((to) => {
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n++}`;
    return { id, xml: `<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(relativeTarget(part, to))}"/>` };
  });
  pkg.setText(relsPart, expandEmptyElement(xml, rootElement(xml), added.map((a) => a.xml).join("")));
  return added.map((a) => a.id);
}

/** Content-type overrides of `parts`, added in one edit. */
function addOverrides(pkg: XlsxPackage, parts: string[], contentType: string): void {
  if (!parts.length) return;
  const xml = pkg.text(CONTENT_TYPES) ?? "";
  const entries = parts.map((p) => `<Override PartName="/${escapeAttr(p)}" ContentType="${escapeAttr(contentType)}"/>`).join("");
  pkg.setText(CONTENT_TYPES, expandEmptyElement(xml, rootElement(xml), entries));
}

function deletePart(pkg: XlsxPackage, part: string): void {
  pkg.delete(part);
  pkg.delete(relsPartOf(part));
  removeOverride(pkg, part);
}

export interface ApplyTabsOptions {
  onProgress?: OnProgress;
  /** Where a TabSpec link points; by default inside this workbook. The per-department workbooks
   * point the index at the department files instead. */
  linkTarget?: (link: TabSpec["links"][number]) => LinkTarget;
  /** Sheets of `remove` replaced although they carry no mark: the roster the user asked to rewrite. */
  replaceUnmarked?: string[];
  /** More names scoped to each new tab (the 检查结果 sheet's styles record). */
  extraNames?: DefinedNameSpec[];
}

/** The names that make a tab this tool's: dropped when a user's edit makes it theirs. */
const OWNED_NAMES = [TAB_MARK_NAME, RESULTS_MARK_NAME, STYLES_RECORD_NAME];

/** Links inside the workbook, each target made once: a split links some 55k cells to 10k cells
 * of the plan's sheet (a row addressed to every department is linked from each of 300 tabs). */
function workbookTargets(): (link: TabSpec["links"][number]) => LinkTarget {
  const bySheet = new Map<string, { quoted: string; byCell: Map<string, LinkTarget> }>();
  return (link) => {
    let sheet = bySheet.get(link.sheet);
    if (!sheet) bySheet.set(link.sheet, (sheet = { quoted: quotedSheet(link.sheet), byCell: new Map() }));
    let target = sheet.byCell.get(link.cell);
    if (!target) sheet.byCell.set(link.cell, (target = { location: `${sheet.quoted}!${link.cell}` }));
    return target;
  };
}

/**
 * Removes the tabs named in `remove` that this tool made, then appends plan.tabs in order (a
 * roster, kind "roster", without a mark: it is the user's to edit). A user's tab named in
 * `remove` is left alone. A generated tab whose content no longer matches its mark was edited
 * since: it is kept, becomes the user's (its mark removed) and, when a new tab needs its name,
 * is renamed aside ("…（已修改）") rather than refused, so a run never loses an edit and still
 * writes every tab; `kept` reports it. Any other name clash is a PlanError with the package
 * unchanged: everything is decided before anything changes.
 */
export function applyTabsToPackage(pkg: XlsxPackage, plan: TabsPlan, remove: string[], options: ApplyTabsOptions = {}): ApplyTabsResult {
  const wb = readWorkbookSheets(pkg);
  // Read only when a marked tab is about to be removed: its content is checked against its mark.
  let context: ReadContext | undefined;
  const readContext = () => {
    if (!context) {
      const info = readWorkbookInfo(pkg);
      context = { strings: readSharedStrings(info.sharedStrings && pkg.text(info.sharedStrings)), styles: readStyles(info.styles && pkg.text(info.styles)) };
    }
    return context;
  };
  const byName = new Map(wb.sheets.map((s, i) => [s.name.toLowerCase(), i]));
  const removed = new Set<number>();
  const keptIndexes = new Set<number>();
  for (const name of remove) {
    const i = byName.get(name.toLowerCase());
    if (i === undefined) continue;
    const mark = sheetMark(pkg, wb, i);
    if (mark === null) {
      if (options.replaceUnmarked?.some((n) => n.toLowerCase() === name.toLowerCase())) removed.add(i);
      continue;
    }
    const xml = wb.sheets[i].part ? pkg.text(wb.sheets[i].part) : undefined;
    if (mark !== "legacy" && xml !== undefined && tabDigest(worksheetTexts(wb.sheets[i].name, xml, readContext)) !== mark.digest) keptIndexes.add(i);
    else removed.add(i);
  }

  const wanted = new Set(plan.tabs.map((t) => t.name.toLowerCase()));
  const taken = wb.sheets.filter((_, i) => !removed.has(i)).map((s) => s.name);
  const renames = new Map<number, string>();
  const kept: KeptTab[] = [];
  for (const i of keptIndexes) {
    const name = wb.sheets[i].name;
    const keptAs = wanted.has(name.toLowerCase()) ? uniqueTabNames([`${name}（已修改）`], [...taken, ...plan.tabs.map((t) => t.name)])[0] : name;
    if (keptAs !== name) renames.set(i, keptAs);
    kept.push({ name, keptAs, reason: "edited" });
  }
  const used = new Set(wb.sheets.flatMap((s, i) => (removed.has(i) ? [] : [(renames.get(i) ?? s.name).toLowerCase()])));
  for (const spec of plan.tabs) {
    if (used.has(spec.name.toLowerCase())) throw clashError(spec.name);
    used.add(spec.name.toLowerCase());
  }

  // Remove: the parts, the relationship, the content type; a calculation chain that may list
  // cells of a removed sheet goes too (Excel rebuilds it; a stale one makes it repair the file).
  const leaving = new Set([...removed].map((i) => wb.sheets[i].part.toLowerCase()));
  let formulasRemoved = false;
  for (const i of removed) {
    const sheet = wb.sheets[i];
    if (!sheet.part) continue;
    formulasRemoved ||= /<(?:\w+:)?f[\s>]/.test(pkg.text(sheet.part) ?? "");
    for (const owned of ownedParts(pkg, sheet.part, leaving)) deletePart(pkg, owned);
    deletePart(pkg, sheet.part);
    removeRelationship(pkg, wb.part, sheet.rid);
  }
  if (formulasRemoved) {
    const chain = relationships(pkg, wb.part).find((r) => r.type.endsWith(CALC_CHAIN_TYPE));
    if (chain) {
      deletePart(pkg, chain.part);
      removeRelationship(pkg, wb.part, chain.id);
    }
  }

  // Add.
  const stylesRel = relationships(pkg, wb.part).find((r) => r.type === REL.styles);
  let stylesPart = stylesRel?.part;
  if (!stylesPart || !pkg.has(stylesPart)) {
    stylesPart = `${wb.part.slice(0, wb.part.lastIndexOf("/") + 1)}styles.xml`;
    pkg.setText(stylesPart, minimalStylesXml());
    if (!stylesRel) addRelationship(pkg, wb.part, REL.styles, stylesPart);
    addOverride(pkg, stylesPart, "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
  }
  const stylesXml = pkg.text(stylesPart)!;
  // The tabs of a run share one look: a plan's tabs are drawn alike.
  const { xml: newStyles, styles } = plan.tabs.length ? ensureTabStyles(stylesXml, plan.tabs[0].look ?? tabLook()) : { xml: stylesXml, styles: null };
  pkg.setText(stylesPart, newStyles);

  const remaining = wb.sheets.map((_, i) => i).filter((i) => !removed.has(i));
  const newIndex = new Map(remaining.map((old, i) => [old, i]));
  const folder = wb.part.slice(0, wb.part.lastIndexOf("/") + 1);
  let nextSheetId = Math.max(0, ...wb.sheets.map((s) => s.sheetId)) + 1;
  const prefix = rootPrefix(wb.xml);
  const rAttr = wb.relsPrefix ? `${wb.relsPrefix}:id` : `xmlns:r="${REL.officeDocument.replace(/\/officeDocument$/, "")}" r:id`;
  const newSheets: string[] = [];
  const newNames: string[] = [];
  const created: string[] = [];
  const parts: string[] = [];
  for (let n = 1; parts.length < plan.tabs.length; n++) {
    if (!pkg.has(`${folder}worksheets/sheet${n}.xml`)) parts.push(`${folder}worksheets/sheet${n}.xml`);
  }
  addOverrides(pkg, parts, WORKSHEET_TYPE);
  const rids = addRelationships(pkg, wb.part, REL.worksheet, parts);
  const encoded = new Map<string, string>();
  const linkTarget = options.linkTarget ?? workbookTargets();
  plan.tabs.forEach((spec, t) => {
    const part = parts[t];
    const sheet = tabSheetXml(spec, styles!, linkTarget, encoded);
    pkg.setPieces(part, sheet.pieces, TAB_COMPRESSION_LEVEL);
    const rels = externalLinksRels(sheet.externalLinks);
    if (rels) pkg.setText(relsPartOf(part), rels);
    newSheets.push(`<${prefix}sheet name="${escapeAttr(spec.name)}" sheetId="${nextSheetId++}" ${rAttr}="${rids[t]}"/>`);
    const mark = spec.kind === "roster" ? null : markOf(spec, plan.sourceSheet);
    for (const d of [...tabDefinedNames(spec, mark), ...(options.extraNames ?? [])]) newNames.push(definedNameXml(prefix, d, remaining.length + t));
    created.push(spec.name);
    options.onProgress?.({
      fraction: (t + 1) / plan.tabs.length,
      zh: `已写入分表 ${t + 1}/${plan.tabs.length}：${spec.name}`,
      en: `Wrote tab ${t + 1}/${plan.tabs.length}: ${spec.name}`,
    });
  });

  // workbook.xml: the sheets, the defined names renumbered to the sheets they named, the views.
  const sheetsXml = remaining.map((i) => {
    const s = wb.sheets[i];
    const to = renames.get(i);
    return to ? s.xml.replace(/\sname="[^"]*"/, ` name="${escapeAttr(to)}"`) : s.xml;
  });
  const namesXml: string[] = [];
  for (const d of wb.names) {
    if (d.localSheetId === undefined) {
      namesXml.push(renameAll(d, renames, wb));
      continue;
    }
    const to = newIndex.get(d.localSheetId);
    if (to === undefined) continue; // scoped to a removed sheet
    if (keptIndexes.has(d.localSheetId) && OWNED_NAMES.includes(d.name)) continue; // an edited tab is the user's now
    namesXml.push(renameAll(d, renames, wb).replace(/\slocalSheetId="\d+"/, ` localSheetId="${to}"`));
  }
  namesXml.push(...newNames);
  pkg.setText(wb.part, rewriteWorkbook(wb.xml, prefix, [...sheetsXml, ...newSheets], namesXml, newIndex, remaining.length + newSheets.length));
  return { created, removed: [...removed].map((i) => wb.sheets[i].name), kept };
}

function renameAll(d: NameEntry, renames: Map<number, string>, wb: WorkbookSheets): string {
  let formula = d.formula;
  for (const [i, to] of renames) formula = renameInFormula(formula, wb.sheets[i].name, to);
  if (formula === d.formula) return d.xml;
  const el = rootElement(d.xml);
  return d.xml.slice(0, el.contentStart) + escapeText(formula) + d.xml.slice(el.contentEnd);
}

function definedNameXml(prefix: string, d: DefinedNameSpec, localSheetId: number): string {
  return `<${prefix}definedName name="${escapeAttr(d.name)}" localSheetId="${localSheetId}"${d.hidden ? ' hidden="1"' : ""}>${escapeText(d.formula)}</${prefix}definedName>`;
}

/** Replaces an element's content (or the element itself, turning <a/> into <a>…</a>). */
function withContent(xml: string, el: Element, content: string): string {
  if (el.contentStart !== el.end) return splice(xml, el.contentStart, el.contentEnd, content);
  const start = xml.slice(el.start, el.end).replace(/\s*\/>$/, ">");
  const qname = /^<([^\s/>]+)/.exec(start)![1];
  return splice(xml, el.start, el.end, `${start}${content}</${qname}>`);
}

function rewriteWorkbook(xml: string, prefix: string, sheets: string[], names: string[], newIndex: Map<number, number>, count: number): string {
  const children = childElements(xml, rootElement(xml));
  const find = (name: string) => children.find((c) => c.name === name);
  // From the end of the part backwards, so earlier offsets stay valid.
  const definedNames = find("definedNames");
  if (definedNames) xml = names.length ? withContent(xml, definedNames, names.join("")) : splice(xml, definedNames.start, definedNames.end, "");
  else if (names.length) {
    const at = insertionPoint(xml, "definedNames", WORKBOOK_ORDER);
    xml = splice(xml, at, at, `<${prefix}definedNames>${names.join("")}</${prefix}definedNames>`);
  }
  const sheetsEl = childElements(xml, rootElement(xml)).find((c) => c.name === "sheets")!;
  xml = withContent(xml, sheetsEl, sheets.join(""));
  const views = childElements(xml, rootElement(xml)).find((c) => c.name === "bookViews");
  if (views) {
    const renumber = (tag: string, attr: string) =>
      tag.replace(new RegExp(`\\s${attr}="(\\d+)"`), (_, v: string) => {
        // A view on a removed sheet moves to the nearest sheet before it that stays.
        let old = Number(v);
        while (old > 0 && !newIndex.has(old)) old--;
        return ` ${attr}="${Math.min(newIndex.get(old) ?? 0, Math.max(0, count - 1))}"`;
      });
    const inner = xml.slice(views.contentStart, views.contentEnd).replace(/<(?:\w+:)?workbookView\b[^>]*>/g, (tag) => renumber(renumber(tag, "activeTab"), "firstSheet"));
    xml = splice(xml, views.contentStart, views.contentEnd, inner);
  }
  return xml;
}

// ------------------------------------------------------------------ one workbook per department

export interface TabFile {
  /** File name without .xlsx: the tab's department (or 分表目录 / 共同任务), made safe and unique. */
  stem: string;
  tab: TabSpec;
}

/** One file per tab, for distribution: the index first, then 共同任务 and the departments.
 * `taken`: stems not to use (files already there that this tool did not make). */
export function tabFiles(plan: TabsPlan, taken: string[] = []): TabFile[] {
  const stems = uniqueFileStems(plan.tabs.map((t) => t.file ?? t.unit ?? t.name), taken);
  return plan.tabs.map((tab, i) => ({ stem: stems[i], tab }));
}

/** An empty workbook (what Excel, WPS and LibreOffice need to open it), zipped, whose styles
 * already hold those of a tab in `look`: every file of a split starts from a copy of it, so the
 * parts no tab changes are copied raw rather than built and deflated again for each file.
 * `madeAt` (whole seconds) is its only time: its created date and its zip entries' times. */
function emptyWorkbook(look: TabLook, madeAt: Date): XlsxPackage {
  const ct = "application/vnd.openxmlformats-officedocument";
  const parts: Record<string, string> = {
    [CONTENT_TYPES]:
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${ct}.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${ct}.spreadsheetml.styles+xml"/>` +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      `<Override PartName="/docProps/app.xml" ContentType="${ct}.extended-properties+xml"/></Types>`,
    "_rels/.rels":
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
    "docProps/app.xml": '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>taskplan</Application></Properties>',
    "docProps/core.xml":
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:creator>taskplan</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${madeAt.toISOString().replace(/\.\d+Z$/, "Z")}</dcterms:created></cp:coreProperties>`,
    "xl/workbook.xml":
      `<workbook xmlns="${SPREADSHEETML_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      '<bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>',
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL.styles}" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": ensureTabStyles(minimalStylesXml(), look).xml,
  };
  const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const pkg = XlsxPackage.open(writeZip([]));
  for (const [name, xml] of Object.entries(parts)) pkg.setText(name, xml.startsWith("<?xml") ? xml : declaration + xml);
  const empty = XlsxPackage.open(pkg.toBytes(madeAt));
  for (const name of empty.names()) empty.text(name);
  return empty;
}

/** The time a split's files are stamped with: now, to the second (as core.xml holds it). */
export function splitTime(): Date {
  return new Date(Math.floor(Date.now() / 1000) * 1000);
}

/**
 * Makes the workbook of each file of `files`, as bytes, made at `madeAt` (splitTime() of when the
 * maker was made, unless given): the same file made at the same time is the same bytes. A
 * department's links to the parent plan are left out (the parent is not in that file); the index
 * links to the sibling files by name.
 */
export function tabFileMaker(files: TabFile[]): (file: TabFile, madeAt?: Date) => Uint8Array {
  const stemOfTab = new Map(files.map((f) => [f.tab.name, f.stem]));
  const now = splitTime();
  const empties = new Map<number, XlsxPackage>();
  return (file, madeAt = now) => {
    // The tabs of a plan share one look (as applyTabsToPackage draws them).
    let empty = empties.get(madeAt.getTime());
    if (!empty) empties.set(madeAt.getTime(), (empty = emptyWorkbook((files[0] ?? file).tab.look ?? tabLook(), madeAt)));
    const pkg = empty.copy();
    const inFile = file.tab.kind === "index" ? file.tab : { ...file.tab, links: [] };
    applyTabsToPackage(pkg, { sourceSheet: file.tab.name, tabs: [inFile] }, [], {
      linkTarget: (link) => ({ external: `${stemOfTab.get(link.sheet) ?? link.sheet}.xlsx` }),
    });
    return pkg.toBytes(madeAt);
  };
}

/** The workbook of one file of `files` (see tabFileMaker). */
export function tabFileBytes(file: TabFile, files: TabFile[]): Uint8Array {
  return tabFileMaker(files)(file);
}
