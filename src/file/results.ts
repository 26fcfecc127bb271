// The 检查结果 sheet in an .xlsx package: written as a generated tab (src/file/tabs.ts) under the
// results mark, and taken out again by clear leaving every part as it was. The styles the sheet
// needed and the workbook lacked are appended to styles.xml; how many per section is recorded in
// a hidden name scoped to the sheet (STYLES_RECORD_NAME), so removing the sheet can cut exactly
// those again — once the cut is proven: re-appending gives the part as it is, and no sheet left
// uses a removed style. The record also says when workbook.xml held an empty <definedNames/>
// (openpyxl writes one), which the sheet's names filled and removing them would drop. With several
// 检查结果 sheets (one per checked plan) every record counts from before the first of them, so the
// last one removed, whichever it is, cuts what they all shared.
import { tabLook } from "../core/generate/look";
import { uniqueTabNames } from "../core/generate/names";
import { parseTabMark, RESULTS_MARK_NAME, resultsKey, tabDigest, type TabMark } from "../core/tabmark";
import type { TabSpec } from "../core/schema";
import type { XlsxPackage } from "./package";
import { readSharedStrings, readStyles } from "./reader";
import { applyTabsToPackage, WORKBOOK_ORDER, worksheetTexts } from "./tabs";
import { ensureTabStyles, STYLES_RECORD_NAME, type DefinedNameSpec } from "./tabsheet";
import { readWorkbookInfo, type WorkbookInfo } from "./workbook";
import { childElements, insertionPoint, rootPrefix, splice, topLevelElements } from "./xml";

type Sections = Record<string, { added: number; created: boolean }>;

interface ResultsRecord {
  styles: Sections;
  emptyNames: boolean;
}

function sectionSizes(xml: string): Map<string, number> {
  return new Map(topLevelElements(xml).map((el) => [el.name, childElements(xml, el).length]));
}

/** What ensureTabStyles will append to `stylesXml`: children per section, and new sections. */
export function stylesAppended(stylesXml: string): Sections {
  const before = sectionSizes(stylesXml);
  const after = sectionSizes(ensureTabStyles(stylesXml, tabLook()).xml);
  const out: Sections = {};
  for (const [name, n] of after) {
    const had = before.get(name);
    if (had !== n) out[name] = { added: n - (had ?? 0), created: had === undefined };
  }
  return out;
}

const EMPTY_NAMES = "emptyNames";

function recordFormula(record: ResultsRecord): string {
  const styles = Object.entries(record.styles).map(([name, s]) => `${name}=${s.added}${s.created ? "+" : ""}`);
  return `"${[...styles, ...(record.emptyNames ? [EMPTY_NAMES] : [])].join(",")}"`;
}

function parseRecord(formula: string): ResultsRecord | null {
  const m = /^=?"([\w=+,]*)"$/.exec(formula.trim());
  if (!m) return null;
  const out: ResultsRecord = { styles: {}, emptyNames: false };
  for (const part of m[1].split(",").filter(Boolean)) {
    if (part === EMPTY_NAMES) {
      out.emptyNames = true;
      continue;
    }
    const p = /^(\w+)=(\d+)(\+?)$/.exec(part);
    if (!p) return null;
    out.styles[p[1]] = { added: Number(p[2]), created: p[3] === "+" };
  }
  return out;
}

/** Whether workbook.xml holds <definedNames/> with no name in it. */
function hasEmptyNames(workbookXml: string): boolean {
  const el = topLevelElements(workbookXml).find((e) => e.name === "definedNames");
  return el !== undefined && childElements(workbookXml, el).length === 0;
}

/** Puts back the empty <definedNames/> that removing the sheet's names took out. */
function restoreEmptyNames(pkg: XlsxPackage, part: string): void {
  const xml = pkg.text(part)!;
  if (topLevelElements(xml).some((e) => e.name === "definedNames")) return;
  const at = insertionPoint(xml, "definedNames", WORKBOOK_ORDER);
  pkg.setText(part, splice(xml, at, at, `<${rootPrefix(xml)}definedNames/>`));
}

/** styles.xml without the recorded appends, when that is provably what it was; else null. */
export function stylesBefore(stylesXml: string, sections: Sections): string | null {
  let xml = stylesXml;
  for (const [name, s] of Object.entries(sections)) {
    const el = topLevelElements(xml).find((e) => e.name === name);
    if (!el) return null;
    if (s.created) {
      xml = splice(xml, el.start, el.end, "");
      continue;
    }
    const children = childElements(xml, el);
    const keep = children.length - s.added;
    if (keep < 0) return null;
    if (s.added > 0) xml = splice(xml, children[keep].start, children[children.length - 1].end, "");
    const tag = xml.slice(el.start, el.contentStart);
    xml = splice(xml, el.start, el.contentStart, tag.replace(/\scount="\d*"/, ` count="${keep}"`));
  }
  return ensureTabStyles(xml, tabLook()).xml === stylesXml ? xml : null;
}

/** The highest cell style index any of `parts` uses (cells, rows, columns). */
function highestStyleUsed(pkg: XlsxPackage, parts: string[]): number {
  let max = -1;
  for (const part of parts) {
    for (const m of (pkg.text(part) ?? "").matchAll(/\s(?:s|style)="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  }
  return max;
}

interface ResultsEntry {
  index: number;
  name: string;
  part: string;
  mark: TabMark;
  record: ResultsRecord | null;
}

/** The 检查结果 sheet this tool wrote for `checkedSheet`, if there is one. */
function resultsOf(info: WorkbookInfo, checkedSheet: string): ResultsEntry | null {
  const key = resultsKey(checkedSheet);
  for (const d of info.definedNames) {
    if (d.name !== RESULTS_MARK_NAME || d.localSheetId === undefined) continue;
    const mark = parseTabMark(d.formula);
    const sheet = info.sheets[d.localSheetId];
    if (!mark || mark.plan !== key || !sheet) continue;
    const record = info.definedNames.find((r) => r.name === STYLES_RECORD_NAME && r.localSheetId === d.localSheetId);
    return { index: d.localSheetId, name: sheet.name, part: sheet.part, mark, record: record ? parseRecord(record.formula) : null };
  }
  return null;
}

/** Whether the sheet's cell texts still are what was written. */
function unedited(pkg: XlsxPackage, info: WorkbookInfo, entry: ResultsEntry): boolean {
  const context = () => ({
    strings: readSharedStrings(info.sharedStrings ? pkg.text(info.sharedStrings) : undefined),
    styles: readStyles(info.styles ? pkg.text(info.styles) : undefined),
  });
  return tabDigest(worksheetTexts(entry.name, pkg.text(entry.part) ?? "", context)) === entry.mark.digest;
}

/**
 * Removes the 检查结果 sheet of `checkedSheet` and the styles only it needed. One a user edited
 * since is theirs: it stays as it is. Returns whether a sheet was removed.
 */
export function removeResults(pkg: XlsxPackage, checkedSheet: string): boolean {
  const info = readWorkbookInfo(pkg);
  const entry = resultsOf(info, checkedSheet);
  if (!entry || !unedited(pkg, info, entry)) return false;
  applyTabsToPackage(pkg, { sourceSheet: checkedSheet, tabs: [] }, [entry.name]);
  if (entry.record?.emptyNames) restoreEmptyNames(pkg, info.part);
  const stylesPart = info.styles;
  const styles = stylesPart && pkg.text(stylesPart);
  if (!stylesPart || !styles || !entry.record) return true;
  const before = stylesBefore(styles, entry.record.styles);
  if (before === null) return true;
  const cellXfs = topLevelElements(before).find((e) => e.name === "cellXfs");
  const left = cellXfs ? childElements(before, cellXfs).length : 0;
  const worksheets = readWorkbookInfo(pkg).sheets.filter((s) => s.kind === "worksheet").map((s) => s.part);
  if (highestStyleUsed(pkg, worksheets) < left) pkg.setText(stylesPart, before);
  return true;
}

/** The records of the 检查结果 sheets already in the workbook, whichever sheet each reports on. */
function earlierRecords(info: WorkbookInfo): ResultsRecord[] {
  const results = new Set(info.definedNames.filter((d) => d.name === RESULTS_MARK_NAME && parseTabMark(d.formula)).map((d) => d.localSheetId));
  return info.definedNames
    .filter((d) => d.name === STYLES_RECORD_NAME && results.has(d.localSheetId))
    .map((d) => parseRecord(d.formula))
    .filter((r): r is ResultsRecord => r !== null);
}

/**
 * A new record also holds what the 检查结果 sheets already there appended: their styles serve the
 * new sheet too, so whichever sheet is removed last finds them unused and cuts them, in any order.
 * Every record counts back to the styles before the first sheet; where records written before this
 * rule disagree, the one reaching furthest back per section is kept (stylesBefore proves a cut).
 */
function withEarlier(own: ResultsRecord, earlier: ResultsRecord[]): ResultsRecord {
  const styles: Sections = {};
  for (const r of earlier) {
    for (const [name, s] of Object.entries(r.styles)) if (s.added >= (styles[name]?.added ?? 0)) styles[name] = s;
  }
  for (const [name, s] of Object.entries(own.styles)) {
    const had = styles[name];
    styles[name] = had ? { added: had.added + s.added, created: had.created || s.created } : s;
  }
  return { styles, emptyNames: own.emptyNames || earlier.some((r) => r.emptyNames) };
}

/**
 * Writes `spec` as the 检查结果 sheet of `checkedSheet`, replacing the one an earlier check wrote.
 * One a user edited since is kept, renamed aside (「检查结果（已修改）」) and no longer marked.
 */
export function writeResults(pkg: XlsxPackage, checkedSheet: string, spec: TabSpec): void {
  removeResults(pkg, checkedSheet);
  const info = readWorkbookInfo(pkg);
  const edited = resultsOf(info, checkedSheet);
  const taken = info.sheets.map((s) => s.name).filter((n) => n !== edited?.name);
  const name = uniqueTabNames([spec.name], taken)[0];
  const styles = info.styles && pkg.text(info.styles);
  const own: ResultsRecord = { styles: styles ? stylesAppended(styles) : {}, emptyNames: hasEmptyNames(pkg.text(info.part)!) };
  const record = withEarlier(own, earlierRecords(info));
  const names: DefinedNameSpec[] = [{ name: STYLES_RECORD_NAME, formula: recordFormula(record), hidden: true }];
  applyTabsToPackage(pkg, { sourceSheet: checkedSheet, tabs: [{ ...spec, name }] }, edited ? [edited.name] : [], { extraNames: names });
}

