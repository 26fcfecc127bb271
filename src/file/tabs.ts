// Writing generated tabs into an exceljs workbook (CLI and browser page; no Node APIs here).
// A tab is readable and printable as is: bold merged title, styled header, wrapped text, column
// widths, header frozen and repeated on every printed A4 landscape page. The print footer carries
// GENERATED_TAB_MARK, which is how a later run tells this tool's tabs from the user's.
import ExcelJS, { type Workbook, type Worksheet, type Style, type Borders } from "exceljs";
import { PlanError } from "../core/errors";
import type { ApplyTabsResult, OnProgress, SheetInfo } from "../core/host";
import { uniqueFileStems } from "../core/generate/names";
import { GENERATED_TAB_MARK, type TabSpec, type TabsPlan } from "../core/schema";

const TITLE_ROW = 1;
const HEADER_ROW = 2;
const FOOTER = `&L${GENERATED_TAB_MARK}&R第 &P 页 / 共 &N 页`;

const THIN = { style: "thin" as const, color: { argb: "FF808080" } };
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const DATA_STYLE: Partial<Style> = {
  alignment: { wrapText: true, vertical: "top" },
  border: BORDER,
  font: { name: "宋体", size: 11 },
};
const CENTERED_STYLE: Partial<Style> = { ...DATA_STYLE, alignment: { ...DATA_STYLE.alignment, horizontal: "center" } };
const LINK_FONT: Partial<Style["font"]> = { ...DATA_STYLE.font, color: { argb: "FF0563C1" }, underline: true };
const LINK_STYLE: Partial<Style> = { ...DATA_STYLE, font: LINK_FONT };
const CENTERED_LINK_STYLE: Partial<Style> = { ...CENTERED_STYLE, font: LINK_FONT };
const HEADER_STYLE: Partial<Style> = {
  alignment: { wrapText: true, vertical: "middle", horizontal: "center" },
  border: BORDER,
  font: { name: "黑体", size: 11, bold: true },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } },
};
const TITLE_STYLE: Partial<Style> = {
  alignment: { wrapText: true, vertical: "middle", horizontal: "center" },
  font: { name: "黑体", size: 16, bold: true },
};

/** Points a line of 11-pt text takes, and what a cell adds above and below it. */
const LINE_POINTS = 14.5;
const ROW_PADDING_POINTS = 3;

/**
 * The height a row of wrapped text needs in columns of `widths` characters. Excel and LibreOffice
 * do not fit the rows of a file they open, so without it a printed tab shows one line a cell.
 */
export function wrappedRowHeight(values: readonly (string | number | null)[], widths: readonly number[]): number {
  let lines = 1;
  values.forEach((v, c) => {
    if (v === null || v === "") return;
    const perLine = Math.max(1, (widths[c] ?? 10) - 1);
    lines = Math.max(lines, wrappedLines(String(v), perLine));
  });
  return lines * LINE_POINTS + ROW_PADDING_POINTS;
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

export function isGeneratedSheet(ws: Worksheet): boolean {
  const footers = [ws.headerFooter?.oddFooter, ws.headerFooter?.evenFooter, ws.headerFooter?.firstFooter];
  return footers.some((f) => typeof f === "string" && f.includes(GENERATED_TAB_MARK));
}

export function listSheetInfos(wb: Workbook): SheetInfo[] {
  return wb.worksheets.map((ws) => ({ name: ws.name, generated: isGeneratedSheet(ws) }));
}

/** An internal hyperlink target; a quote inside a sheet name is doubled. */
export function internalLink(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell}`;
}

export interface ApplyTabsOptions {
  onProgress?: OnProgress;
  /** Where a TabSpec link points; by default inside this workbook. The per-department workbooks
   * point the index at the department files instead. */
  linkTarget?: (link: TabSpec["links"][number]) => string;
  /** Tabs written without the generated mark, e.g. a roster meant for staff to edit and keep. */
  unmarked?: boolean;
}

function writeTab(wb: Workbook, spec: TabSpec, options: ApplyTabsOptions): Worksheet {
  const width = spec.header.length;
  const ws = wb.addWorksheet(spec.name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}` }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: options.unmarked ? undefined : { oddFooter: FOOTER, evenFooter: FOOTER },
  });
  spec.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const title = ws.getRow(TITLE_ROW);
  title.getCell(1).value = spec.title;
  for (let c = 1; c <= width; c++) title.getCell(c).style = TITLE_STYLE;
  title.height = 36;
  if (width > 1) ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, width);

  const header = ws.getRow(HEADER_ROW);
  spec.header.forEach((label, i) => {
    const cell = header.getCell(i + 1);
    cell.value = label;
    cell.style = HEADER_STYLE;
  });
  header.height = wrappedRowHeight(spec.header, spec.widths);

  // Strings go in as string values: exceljs writes them as shared strings, never as formulas.
  // Cells share a few style objects: exceljs then registers each style once, not per cell
  // (that alone is most of the write time of a large split).
  const centered = new Set(spec.centered ?? []);
  const columnStyles = Array.from({ length: width }, (_, c) => (centered.has(c) ? CENTERED_STYLE : DATA_STYLE));
  spec.rows.forEach((values, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    for (let c = 0; c < width; c++) {
      const cell = row.getCell(c + 1);
      const v = values[c];
      if (v !== null && v !== undefined && v !== "") cell.value = v;
      cell.style = columnStyles[c];
    }
    row.height = wrappedRowHeight(values, spec.widths);
  });

  const target = options.linkTarget ?? ((l) => internalLink(l.sheet, l.cell));
  for (const link of spec.links) {
    const cell = ws.getCell(HEADER_ROW + 1 + link.row, link.col + 1);
    const text = cell.value === null || cell.value === undefined ? "" : String(cell.value);
    cell.value = { text, hyperlink: target(link) };
    cell.style = centered.has(link.col) ? CENTERED_LINK_STYLE : LINK_STYLE;
  }
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + spec.rows.length, column: width } };
  return ws;
}

/**
 * Removes the tabs named in `remove` that this tool made (a user's tab of that name is left
 * alone), then appends plan.tabs in order. Names must already be safe and free (see
 * planDepartmentTabs); a clash left over is a write failure, never an overwrite.
 */
export function applyTabsToWorkbook(
  wb: Workbook,
  plan: TabsPlan,
  remove: string[],
  options: ApplyTabsOptions = {},
): ApplyTabsResult {
  // Decide everything before changing anything: a clash fails with the workbook as it was.
  const removable = remove.flatMap((name) => {
    const ws = wb.getWorksheet(name);
    return ws && isGeneratedSheet(ws) ? [ws] : [];
  });
  const taken = new Set(wb.worksheets.filter((ws) => !removable.includes(ws)).map((ws) => ws.name.toLowerCase()));
  for (const spec of plan.tabs) {
    if (taken.has(spec.name.toLowerCase())) {
      throw new PlanError(
        "write-failed",
        `工作表“${spec.name}”已存在，未覆盖`,
        `A sheet named "${spec.name}" already exists; it was not overwritten`,
      );
    }
    taken.add(spec.name.toLowerCase());
  }
  for (const ws of removable) wb.removeWorksheet(ws.id);
  const removed = removable.map((ws) => ws.name);

  const created: string[] = [];
  plan.tabs.forEach((spec, i) => {
    writeTab(wb, spec, options);
    created.push(spec.name);
    options.onProgress?.({
      fraction: (i + 1) / plan.tabs.length,
      zh: `已写入分表 ${i + 1}/${plan.tabs.length}：${spec.name}`,
      en: `Wrote tab ${i + 1}/${plan.tabs.length}: ${spec.name}`,
    });
  });
  return { created, removed };
}

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

/**
 * The workbook of one file of `files`. A department's links to the parent plan are left out (the
 * parent is not in that file); the index links to the sibling files by relative name.
 */
export function tabFileWorkbook(file: TabFile, files: TabFile[]): Workbook {
  const wb = new ExcelJS.Workbook();
  const stemOfTab = new Map(files.map((f) => [f.tab.name, f.stem]));
  const inFile = file.tab.kind === "index" ? file.tab : { ...file.tab, links: [] };
  applyTabsToWorkbook(wb, { sourceSheet: file.tab.name, tabs: [inFile] }, [], {
    linkTarget: (link) => `${stemOfTab.get(link.sheet) ?? link.sheet}.xlsx`,
  });
  return wb;
}
