// A new workbook holding an imported 要点's table (src/core/import/layout.ts), drawn as the core
// decided, by the same package writer that writes generated tabs (src/file/tabs.ts, tabsheet.ts):
// title row, header, widths, A4 landscape, header repeated on every printed page. The layout's
// other merges (the 工作任务 header over its levels, each category down over its tasks) are added
// to the written sheet; the in-place host then checks and marks it. Browser-safe.
import type { ImportLayout } from "../core/import/layout";
import type { Rect, TabSpec } from "../core/schema";
import { FileHost } from "./host";
import { XlsxPackage } from "./package";
import { columnLetter } from "./tabsheet";
import { tabFileBytes } from "./tabs";
import { readWorkbookInfo } from "./workbook";
import { childElements, expandEmptyElement, rootElement, startTag, splice } from "./xml";

/** The layout as a tab: kind "roster" is written unmarked, as the user's own sheet (a table made
 * from a 要点 is the user's plan from now on, not a tab a later split may replace). */
function tableTab(layout: ImportLayout): TabSpec {
  const { snapshot, titleRow, headerRow } = layout;
  const text = (v: unknown) => (typeof v === "string" || typeof v === "number" ? v : null);
  return {
    name: snapshot.sheet,
    kind: "roster",
    title: String(snapshot.values[titleRow][0] ?? ""),
    header: snapshot.values[headerRow].map((v) => (typeof v === "string" ? v : "")),
    rows: snapshot.values.slice(headerRow + 1).map((row) => row.map(text)),
    links: [],
    widths: layout.widths,
    centered: layout.centered,
    look: layout.look,
  };
}

const ref = (m: Rect) => `${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}`;

/** The worksheet with `merges` in its <mergeCells> (the tab writer merges the title row only). */
function withMerges(sheetXml: string, merges: readonly Rect[]): string {
  const el = childElements(sheetXml, rootElement(sheetXml)).find((c) => c.name === "mergeCells");
  if (!el) throw new Error("the tab writer wrote no <mergeCells>");
  const written = new Set([...sheetXml.slice(el.contentStart, el.contentEnd).matchAll(/ref="([^"]+)"/g)].map((m) => m[1]));
  const added = merges.map(ref).filter((r) => !written.has(r));
  const xml = expandEmptyElement(sheetXml, el, added.map((r) => `<mergeCell ref="${r}"/>`).join(""));
  const count = written.size + added.length;
  const grown = childElements(xml, rootElement(xml)).find((c) => c.name === "mergeCells")!;
  return splice(xml, grown.start, grown.contentStart, startTag(xml, grown).replace(/\scount="\d*"/, ` count="${count}"`));
}

/** The workbook of the imported table, as a host the use cases can check and mark. */
export async function importWorkbook(layout: ImportLayout, name: string): Promise<FileHost> {
  const tab = tableTab(layout);
  const pkg = XlsxPackage.open(tabFileBytes({ stem: tab.name, tab }, []));
  const { part } = readWorkbookInfo(pkg).sheets[0];
  pkg.setText(part, withMerges(pkg.text(part)!, layout.snapshot.merges));
  return new FileHost(pkg, name);
}
