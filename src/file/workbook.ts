// What workbook.xml says: the sheets in tab order (name, state, part), the tab Excel opens on,
// the defined names, and where the shared strings and styles live.
import { PlanError } from "../core/errors";
import type { XlsxPackage } from "./package";
import { REL, relationships } from "./opc";
import { attributes, childElements, topLevelElements, unescapeXml } from "./xml";

export interface SheetEntry {
  name: string;
  sheetId: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Only worksheets hold cells the engine reads; chart sheets and the like are listed, never checked. */
  kind: "worksheet" | "chartsheet" | "other";
  /** The sheet's part, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
}

export interface DefinedName {
  name: string;
  /** Index into the sheets of a sheet-scoped name. */
  localSheetId?: number;
  formula: string;
}

export interface WorkbookInfo {
  part: string;
  sheets: SheetEntry[];
  activeTab: number;
  definedNames: DefinedName[];
  sharedStrings?: string;
  styles?: string;
}

const badFile = () =>
  new PlanError("bad-file", "文件不是有效的 .xlsx 工作簿（缺少 workbook.xml）", "The file is not a valid .xlsx workbook (no workbook.xml)");

/** The workbook part the package relationships name (xl/workbook.xml by convention). */
export function workbookPart(pkg: XlsxPackage): string {
  const rel = relationships(pkg, "").find((r) => r.type === REL.officeDocument || r.type.endsWith("/officeDocument"));
  const part = rel?.part ?? "xl/workbook.xml";
  if (!pkg.has(part)) throw badFile();
  return part;
}

export function readWorkbookInfo(pkg: XlsxPackage): WorkbookInfo {
  const part = workbookPart(pkg);
  const xml = pkg.text(part)!;
  const rels = new Map(relationships(pkg, part).map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  const definedNames: DefinedName[] = [];
  let activeTab = 0;
  for (const el of topLevelElements(xml)) {
    if (el.name === "sheets") {
      for (const s of childElements(xml, el)) {
        const a = attributes(xml, s.start);
        const rid = Object.entries(a).find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1] ?? "";
        const rel = rels.get(rid);
        const kind = rel?.type.endsWith("/worksheet") ? "worksheet" : rel?.type.endsWith("/chartsheet") ? "chartsheet" : "other";
        const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
        sheets.push({ name: a.name ?? "", sheetId: a.sheetId ?? "", state, kind, part: rel ? rel.part : "" });
      }
    } else if (el.name === "bookViews") {
      const view = childElements(xml, el)[0];
      if (view) activeTab = Number(attributes(xml, view.start).activeTab ?? 0) || 0;
    } else if (el.name === "definedNames") {
      for (const d of childElements(xml, el)) {
        const a = attributes(xml, d.start);
        const local = a.localSheetId === undefined ? undefined : Number(a.localSheetId);
        definedNames.push({ name: a.name ?? "", localSheetId: local, formula: unescapeXml(xml.slice(d.contentStart, d.contentEnd)) });
      }
    }
  }
  const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.part;
  return { part, sheets, activeTab, definedNames, sharedStrings: byType("/sharedStrings"), styles: byType("/styles") };
}
