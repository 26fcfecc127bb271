/// <reference types="office-js" />
// Department tabs in Excel. Every tab is built under a temporary name, values first and formats
// after, in as few requests as the 4 MB budget allows; only when all are complete are the old
// generated tabs deleted and the new ones renamed into place. A tab is this tool's only when its
// print footer carries GENERATED_TAB_MARK, so a user's tab is never deleted or overwritten.
import type { ApplyTabsResult, OnProgress, SheetInfo } from "../core/host";
import { GENERATED_TAB_MARK, type TabSpec, type TabsPlan } from "../core/schema";
import { actionBytes, actionsBytes, op, runOps, utf8Bytes, type Op } from "./batch";
import { protectedWorkbookError, tabNameTakenError, toPlanError } from "./errors";
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
const HEADER_FILL = "#D9E1F2";
const BORDER_COLOR = "#808080";
// String values, not Excel.BorderIndex: the enums exist only once office.js has loaded.
const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;
/** Points per character of TabSpec width (CJK text is about two Latin characters wide). */
const POINTS_PER_CHAR = 6;

/** Every sheet with whether it carries our footer mark (two requests). */
export async function listSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const footers = sheets.items.map((sheet) => {
    const footer = sheet.pageLayout.headersFooters.defaultForAllPages;
    footer.load("leftFooter,centerFooter,rightFooter");
    return footer;
  });
  if (footers.length > 0) await context.sync();
  return sheets.items.map((sheet, i) => ({
    name: sheet.name,
    generated: [footers[i].leftFooter, footers[i].centerFooter, footers[i].rightFooter].some((f) =>
      String(f ?? "").includes(GENERATED_TAB_MARK),
    ),
  }));
}

function columnCount(tab: TabSpec): number {
  return Math.max(1, tab.header.length, ...tab.rows.map((r) => r.length));
}

/** The writes for one tab on a sheet called `temp`: the sheet and its values (as text); formats and links. */
export function tabOps(tab: TabSpec, temp: string): { values: Op[]; formats: Op[] } {
  const width = columnCount(tab);
  const pad = (row: (string | number | null)[]) => Array.from({ length: width }, (_, c) => row[c] ?? "");
  const grid = [pad([tab.title]), pad(tab.header), ...tab.rows.map(pad)];
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
    // About forty actions, one per format property and border edge, plus one per column.
    op(actionsBytes(40 + width + centered.length, tab.widths), (ctx) => {
      const sheet = sheetOf(ctx);
      const title = sheet.getRangeByIndexes(TITLE_ROW, 0, 1, width);
      title.merge();
      title.format.font.bold = true;
      title.format.font.size = 14;
      title.format.horizontalAlignment = "Center";
      const header = sheet.getRangeByIndexes(HEADER_ROW, 0, 1, width);
      header.format.font.bold = true;
      header.format.fill.color = HEADER_FILL;
      header.format.wrapText = true;
      header.format.verticalAlignment = "Center";
      header.format.horizontalAlignment = "Center";
      const rows = last - FIRST_DATA_ROW + 1;
      if (rows > 0) {
        const body = sheet.getRangeByIndexes(FIRST_DATA_ROW, 0, rows, width);
        body.format.wrapText = true;
        body.format.verticalAlignment = "Top";
        for (const c of centered) sheet.getRangeByIndexes(FIRST_DATA_ROW, c, rows, 1).format.horizontalAlignment = "Center";
      }
      const table = sheet.getRangeByIndexes(HEADER_ROW, 0, last - HEADER_ROW + 1, width);
      for (const edge of BORDER_EDGES) {
        const border = table.format.borders.getItem(edge);
        border.style = "Continuous";
        border.color = BORDER_COLOR;
      }
      tab.widths.slice(0, width).forEach((chars, c) => {
        sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(chars * POINTS_PER_CHAR + 6);
      });
      // Wrapped text needs taller rows once the widths are set; Excel does not refit them itself.
      table.format.autofitRows();
      sheet.freezePanes.freezeRows(FIRST_DATA_ROW);
      sheet.pageLayout.orientation = "Landscape";
      sheet.pageLayout.paperSize = "A4";
      sheet.pageLayout.setPrintTitleRows(`$${HEADER_ROW + 1}:$${HEADER_ROW + 1}`);
      sheet.pageLayout.headersFooters.defaultForAllPages.centerFooter = GENERATED_TAB_MARK;
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

export async function applyTabs(
  context: Excel.RequestContext,
  plan: TabsPlan,
  remove: string[],
  onProgress?: OnProgress,
): Promise<ApplyTabsResult> {
  context.workbook.protection.load("protected");
  const sheets = await listSheets(context);
  if (context.workbook.protection.protected) throw protectedWorkbookError();

  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  // Only tabs carrying our mark may go; the new names must be free once they have.
  const removable = remove.filter((name) => byName.get(name.toLowerCase())?.generated);
  const freed = new Set(removable.map((n) => n.toLowerCase()));
  for (const tab of plan.tabs) {
    const key = tab.name.toLowerCase();
    if (byName.has(key) && !freed.has(key)) throw tabNameTakenError(tab.name);
  }

  const stamp = Date.now().toString(36).slice(-6);
  const temps = plan.tabs.map((_, i) => `~tp${stamp}-${i}`);
  const suspend = (ctx: Excel.RequestContext) => {
    ctx.application.suspendApiCalculationUntilNextSync();
    ctx.application.suspendScreenUpdatingUntilNextSync();
  };
  // Every tab's values in bulk first, then the formats and links.
  const perTab = plan.tabs.map((tab, i) => tabOps(tab, temps[i]));
  try {
    await runOps(
      context,
      [...perTab.flatMap((t) => t.values), ...perTab.flatMap((t) => t.formats)],
      {
        beforeEach: suspend,
        onChunk: (f) => onProgress?.({ fraction: 0.1 + 0.8 * f, zh: "正在写入分表…", en: "Writing tabs…" }),
      },
    );
  } catch (e) {
    await dropSheets(context, temps);
    throw toPlanError(e);
  }

  // The swap: one request, after every new tab is complete.
  for (const name of removable) context.workbook.worksheets.getItem(name).delete();
  plan.tabs.forEach((tab, i) => {
    context.workbook.worksheets.getItem(temps[i]).name = tab.name;
  });
  await context.sync();
  onProgress?.({ fraction: 1, zh: "分表已生成", en: "Tabs created" });
  return { created: plan.tabs.map((t) => t.name), removed: removable };
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
