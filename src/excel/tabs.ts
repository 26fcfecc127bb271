/// <reference types="office-js" />
// Department tabs in Excel, drawn as TabSpec.look says (the look every host shares) and marked
// with the tab mark of src/core/tabmark.ts: a hidden, sheet-scoped defined name saying which plan
// the tab came from and the digest of what was written. The swap is in steps that can each be
// undone: every new tab is built under a temporary name; the old tabs of this plan are renamed
// aside; the new ones are renamed in; only then are the old ones deleted (Worksheet.delete cannot
// be undone by the user). A failure at any step puts the names back as they were. A tab of this
// plan edited since it was generated (digest changed) is never deleted: it keeps its content,
// loses the mark and gets a name of its own. Tabs of other plans, and a user's copy of a tab, are
// never touched.
import type { ApplyTabsResult, KeptTab, OnProgress, SheetInfo } from "../core/host";
import { tabLook } from "../core/generate/look";
import type { TabLook, TabSpec, TabsPlan } from "../core/schema";
import { LEGACY_TAB_FOOTER, parseTabMark, planKey, RESULTS_MARK_NAME, TAB_MARK_NAME, tabDigest, tabMarkFormula, type TabMark } from "../core/tabmark";
import { actionBytes, actionsBytes, op, runOps, utf8Bytes, type Op } from "./batch";
import { otherPlanTabError, protectedWorkbookError, swapFailedError, tabNameTakenError, toPlanError } from "./errors";
import { sheetRef } from "./marks";

/** Rows per values request slice, at most … */
const ROWS_PER_SLICE = 2_000;
/**
 * … and bytes: a slice goes out as one request when it is large, and a single op over Excel on the
 * web's 5 MB cannot be halved (2,000 rows of long CJK requirements can reach several MB).
 */
const SLICE_BYTES = 1_000_000;
const TITLE_ROW = 0;
const HEADER_ROW = 1;
const FIRST_DATA_ROW = 2;
// String values, not Excel.BorderIndex: the enums exist only once office.js has loaded.
const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;
/** Points per character of TabSpec width (CJK text is about two Latin characters wide). */
const POINTS_PER_CHAR = 6;
const POINTS_PER_INCH = 72;

export interface TabSheetInfo extends SheetInfo {
  /** Only tabs made by earlier versions: the print footer said so. */
  legacy: boolean;
}

/** Every sheet, with its tab mark or legacy footer (two requests). */
export async function listSheets(context: Excel.RequestContext): Promise<TabSheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const reads = sheets.items.map((sheet) => {
    const footer = sheet.pageLayout.headersFooters.defaultForAllPages;
    footer.load("leftFooter,centerFooter,rightFooter");
    const name = sheet.names.getItemOrNullObject(TAB_MARK_NAME);
    name.load("formula");
    const results = sheet.names.getItemOrNullObject(RESULTS_MARK_NAME);
    results.load("formula");
    return { footer, name, results };
  });
  if (reads.length > 0) await context.sync();
  const markIn = (name: Excel.NamedItem) => (name.isNullObject ? null : parseTabMark(String(name.formula ?? "")));
  return sheets.items.map((sheet, i) => {
    const { footer } = reads[i];
    const mark = markIn(reads[i].name);
    const results = markIn(reads[i].results);
    const legacy = !mark && [footer.leftFooter, footer.centerFooter, footer.rightFooter].some((f) => String(f ?? "").includes(LEGACY_TAB_FOOTER));
    return { name: sheet.name, generated: Boolean(mark) || legacy, legacy, ...(mark ? { mark } : {}), ...(results ? { results } : {}) };
  });
}

function columnCount(tab: TabSpec): number {
  return Math.max(1, tab.header.length, ...tab.rows.map((r) => r.length));
}

/** The cells a tab holds, as written: title row, header row, data rows, all as wide as the table. */
export function tabGrid(tab: TabSpec): (string | number)[][] {
  const width = columnCount(tab);
  const pad = (row: (string | number | null)[]) => Array.from({ length: width }, (_, c) => row[c] ?? "");
  return [pad([tab.title]), pad(tab.header), ...tab.rows.map(pad)];
}

/** The plan this run writes for: the core's mark, or the one the brief of tabmark.ts defines. */
export function planOf(plan: TabsPlan): string {
  return plan.tabs.find((t) => t.mark)?.mark?.plan ?? planKey(plan.sourceSheet, plan.tabs[0]?.title ?? "");
}

function markOf(tab: TabSpec, plan: string): TabMark {
  return tab.mark ?? { plan, digest: tabDigest(tabGrid(tab)) };
}

const fontOps = (range: Excel.Range, font: TabLook["titleFont"]) => {
  range.format.font.name = font.name;
  range.format.font.size = font.size;
  range.format.font.bold = font.bold;
};

/** The writes for one tab on a sheet called `temp`: the sheet and its values (as text); formats, links and mark. */
export function tabOps(tab: TabSpec, temp: string, mark: TabMark, markName = TAB_MARK_NAME): { values: Op[]; formats: Op[] } {
  const look = tab.look ?? tabLook();
  const width = columnCount(tab);
  const grid = tabGrid(tab);
  const sheetOf = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(temp);
  const values: Op[] = [op(actionBytes(temp), (ctx) => void ctx.workbook.worksheets.add(temp))];
  const formats: Op[] = [];

  for (const [top, end] of rowSlices(grid)) {
    const slice = grid.slice(top, end);
    const text = slice.map((row) => row.map(() => "@"));
    values.push(
      op(actionsBytes(3, slice, text), (ctx) => {
        const range = sheetOf(ctx).getRangeByIndexes(top, 0, slice.length, width);
        // Text format first: a cell reading =HYPERLINK(…) or +86… stays text, never a formula.
        range.numberFormat = text;
        range.values = slice;
      }),
    );
  }

  const last = grid.length - 1;
  const centered = tab.centered ?? [];
  formats.push(
    // About sixty actions, one per format property and border edge, plus one per column.
    op(actionsBytes(60 + width + centered.length, tab.widths, look), (ctx) => {
      const sheet = sheetOf(ctx);
      const title = sheet.getRangeByIndexes(TITLE_ROW, 0, 1, width);
      title.merge();
      fontOps(title, look.titleFont);
      title.format.horizontalAlignment = "Center";
      title.format.verticalAlignment = "Center";
      const header = sheet.getRangeByIndexes(HEADER_ROW, 0, 1, width);
      fontOps(header, look.headerFont);
      header.format.fill.color = `#${look.headerFill}`;
      header.format.wrapText = true;
      header.format.verticalAlignment = "Center";
      header.format.horizontalAlignment = "Center";
      const rows = last - FIRST_DATA_ROW + 1;
      if (rows > 0) {
        const body = sheet.getRangeByIndexes(FIRST_DATA_ROW, 0, rows, width);
        fontOps(body, look.bodyFont);
        body.format.wrapText = true;
        body.format.verticalAlignment = "Top";
        for (const c of centered) sheet.getRangeByIndexes(FIRST_DATA_ROW, c, rows, 1).format.horizontalAlignment = "Center";
      }
      const table = sheet.getRangeByIndexes(HEADER_ROW, 0, last - HEADER_ROW + 1, width);
      for (const edge of BORDER_EDGES) {
        const border = table.format.borders.getItem(edge);
        border.style = "Continuous";
        border.color = `#${look.borderColor}`;
      }
      tab.widths.slice(0, width).forEach((chars, c) => {
        sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(chars * POINTS_PER_CHAR + 6);
      });
      // Wrapped text needs taller rows once the widths are set; Excel does not refit them itself.
      table.format.autofitRows();
      title.format.rowHeight = look.titleHeight;
      if (look.freezeRows > 0) sheet.freezePanes.freezeRows(look.freezeRows);
      if (look.autoFilter) sheet.autoFilter.apply(table);
      const page = sheet.pageLayout;
      const p = look.print;
      page.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
      page.paperSize = p.paper;
      page.setPrintTitleRows(`$${p.repeatRows[0]}:$${p.repeatRows[1]}`);
      // One page wide, as many tall as it takes (0: no limit, as fitToHeight="0" in the file).
      if (p.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      page.centerHorizontally = p.horizontalCentered;
      page.leftMargin = p.margins.left * POINTS_PER_INCH;
      page.rightMargin = p.margins.right * POINTS_PER_INCH;
      page.topMargin = p.margins.top * POINTS_PER_INCH;
      page.bottomMargin = p.margins.bottom * POINTS_PER_INCH;
      page.headerMargin = p.margins.header * POINTS_PER_INCH;
      page.footerMargin = p.margins.footer * POINTS_PER_INCH;
      page.headersFooters.defaultForAllPages.centerFooter = p.footer;
      const name = sheet.names.add(markName, `=${tabMarkFormula(mark)}`);
      name.visible = false;
    }),
  );

  for (const link of tab.links) {
    const row = FIRST_DATA_ROW + link.row;
    const shown = String(grid[row]?.[link.col] ?? "");
    const target = `${sheetRef(link.sheet)}!${link.cell}`;
    formats.push(
      op(actionsBytes(2, target, shown), (ctx) => {
        sheetOf(ctx).getRangeByIndexes(row, link.col, 1, 1).hyperlink = { documentReference: target, textToDisplay: shown };
      }),
    );
  }
  return { values, formats };
}

/** [start, end) row slices of at most ROWS_PER_SLICE rows and about SLICE_BYTES of values each. */
function rowSlices(grid: (string | number)[][]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  grid.forEach((row, r) => {
    // The values and the "@" format grid, as JSON.
    const size = utf8Bytes(JSON.stringify(row)) + 4 * row.length + 2;
    if (r > start && (r - start >= ROWS_PER_SLICE || bytes + size > SLICE_BYTES)) {
      out.push([start, r]);
      start = r;
      bytes = 0;
    }
    bytes += size;
  });
  if (start < grid.length) out.push([start, grid.length]);
  return out;
}

/** A copy Excel made of `original` ("市财政局 (2)"): the user's, though it carries the same mark. */
function isCopyOf(name: string, original: string): boolean {
  return name.toLowerCase().startsWith(`${original.toLowerCase()} (`) && /\(\d+\)$/.test(name);
}

/** The old tabs' digests now: a tab whose content differs from what was written was edited. */
export async function editedTabs(context: Excel.RequestContext, tabs: Pick<SheetInfo, "name" | "mark">[]): Promise<Set<string>> {
  const withMark = tabs.filter((t) => t.mark);
  const used: Excel.Range[] = new Array(withMark.length);
  await runOps(
    context,
    withMark.map((t, i) =>
      op(actionBytes(t.name), (ctx) => {
        const range = ctx.workbook.worksheets.getItem(t.name).getUsedRangeOrNullObject(true);
        range.load("values,rowIndex,columnIndex");
        used[i] = range;
      }),
    ),
  );
  const edited = new Set<string>();
  withMark.forEach((t, i) => {
    const range = used[i] as Excel.Range & { isNullObject: boolean };
    // Written from A1: a used range starting elsewhere has lost its title, so it was edited.
    const rows = range.isNullObject ? [] : range.rowIndex === 0 && range.columnIndex === 0 ? range.values : null;
    if (!rows || tabDigest(rows) !== t.mark?.digest) edited.add(t.name);
  });
  return edited;
}

/** A free sheet name of at most 31 characters, made from `base`. */
export function freeName(base: string, suffix: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const tail = n === 1 ? suffix : `${suffix}${n}`;
    const name = `${base.slice(0, 31 - tail.length)}${tail}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

interface Rename {
  from: string;
  to: string;
}

/** Renames in one request; on failure, puts back the ones that were applied, and rethrows. */
async function renameAll(context: Excel.RequestContext, renames: Rename[]): Promise<void> {
  for (const r of renames) context.workbook.worksheets.getItem(r.from).name = r.to;
  try {
    await context.sync();
  } catch (e) {
    await undoRenames(context, renames);
    throw e;
  }
}

/** Best effort: every sheet now called `to` goes back to `from`. */
async function undoRenames(context: Excel.RequestContext, renames: Rename[]): Promise<void> {
  try {
    const found = renames.map((r) => ({ r, sheet: context.workbook.worksheets.getItemOrNullObject(r.to) }));
    await context.sync();
    for (const { r, sheet } of found) if (!sheet.isNullObject) sheet.name = r.from;
    await context.sync();
  } catch {
    // The connection may be gone; the report says which tabs to look at.
  }
}

export async function applyTabs(
  context: Excel.RequestContext,
  plan: TabsPlan,
  remove: string[],
  onProgress?: OnProgress,
): Promise<ApplyTabsResult> {
  context.workbook.protection.load("protected");
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  const sheets = await listSheets(context);
  if (context.workbook.protection.protected) throw protectedWorkbookError();
  // listSheets synced the load above.
  // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
  const activeName = active.name;

  const thisPlan = planOf(plan);
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const marks = sheets.filter((s) => s.mark);
  // Only this plan's tabs (or a legacy tab, whose plan is unknown) may go, never a user's copy.
  const mine = remove
    .map((name) => byName.get(name.toLowerCase()))
    .filter((s): s is TabSheetInfo => Boolean(s && (s.legacy || s.mark?.plan === thisPlan)))
    .filter((s) => !marks.some((o) => o !== s && o.mark?.digest === s.mark?.digest && isCopyOf(s.name, o.name)));
  const mineNames = new Set(mine.map((s) => s.name.toLowerCase()));
  for (const tab of plan.tabs) {
    const existing = byName.get(tab.name.toLowerCase());
    if (!existing || mineNames.has(existing.name.toLowerCase())) continue;
    throw existing.mark ? otherPlanTabError(tab.name) : tabNameTakenError(tab.name);
  }
  const edited = await editedTabs(context, mine.filter((s) => !s.legacy));

  const stamp = Date.now().toString(36).slice(-6);
  const temps = plan.tabs.map((_, i) => `~tp${stamp}-${i}`);
  const suspend = (ctx: Excel.RequestContext) => {
    ctx.application.suspendApiCalculationUntilNextSync();
    ctx.application.suspendScreenUpdatingUntilNextSync();
  };
  // Step 1: every new tab complete under a temporary name, values in bulk first, then the formats.
  const perTab = plan.tabs.map((tab, i) => tabOps(tab, temps[i], markOf(tab, thisPlan)));
  try {
    await runOps(context, [...perTab.flatMap((t) => t.values), ...perTab.flatMap((t) => t.formats)], {
      beforeEach: suspend,
      onChunk: (f) => onProgress?.({ fraction: 0.1 + 0.75 * f, zh: "正在写入分表…", en: "Writing tabs…" }),
    });
  } catch (e) {
    await dropSheets(context, temps);
    throw toPlanError(e);
  }

  // Step 2: the old tabs aside; an edited one to a name the user can read, as it stays.
  const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
  temps.forEach((t) => taken.add(t.toLowerCase()));
  const aside: Rename[] = mine.map((s, i) => ({
    from: s.name,
    to: edited.has(s.name) ? freeName(s.name, "（已修改）", taken) : `~tpold${stamp}-${i}`,
  }));
  try {
    await renameAll(context, aside);
  } catch (e) {
    await dropSheets(context, temps);
    throw swapFailedError(e);
  }
  // Step 3: the new tabs in.
  const into: Rename[] = plan.tabs.map((tab, i) => ({ from: temps[i], to: tab.name }));
  try {
    await renameAll(context, into);
  } catch (e) {
    await undoRenames(context, aside);
    await dropSheets(context, temps);
    throw swapFailedError(e);
  }
  onProgress?.({ fraction: 0.9, zh: "正在删除旧分表…", en: "Removing old tabs…" });
  // Step 4: the old tabs go; the edited ones stay, as the user's now; the user's sheet is shown again.
  const removed = mine.filter((s) => !edited.has(s.name));
  const kept: KeptTab[] = aside.filter((r) => edited.has(r.from)).map((r) => ({ name: r.from, keptAs: r.to, reason: "edited" as const }));
  for (const r of aside) {
    const sheet = context.workbook.worksheets.getItem(r.to);
    if (edited.has(r.from)) sheet.names.getItem(TAB_MARK_NAME).delete();
    else sheet.delete();
  }
  // Freezing panes on other sheets can move Excel's active sheet (office-js #3148).
  const shown = context.workbook.worksheets.getItemOrNullObject(activeName);
  await context.sync();
  if (!shown.isNullObject) {
    shown.activate();
    await context.sync();
  }
  onProgress?.({ fraction: 1, zh: "分表已生成", en: "Tabs created" });
  return { created: plan.tabs.map((t) => t.name), removed: removed.map((s) => s.name), kept };
}

/** Best effort after a failure: the half-built temporary tabs go, nothing else is touched. */
async function dropSheets(context: Excel.RequestContext, names: string[]): Promise<void> {
  try {
    const found = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
    await context.sync();
    found.forEach((sheet) => {
      if (!sheet.isNullObject) sheet.delete();
    });
    await context.sync();
  } catch {
    // The connection may be gone; the temporary tabs are then named ~tp… and easy to spot.
  }
}
