// A new workbook holding an imported 要点's table (src/core/import/layout.ts), drawn as the core
// decided. A new file, not the user's: exceljs still writes it (merged category cells and the
// print setup of seed 000), then the in-place host checks and marks it.
import type { Borders, Style } from "exceljs";
import type { ImportLayout } from "../core/import/layout";
import { FileHost } from "./host";
import { wrappedRowHeight } from "./tabs";

function styles(layout: ImportLayout) {
  const { look } = layout;
  const line = { style: "thin" as const, color: { argb: `FF${look.borderColor}` } };
  const border: Partial<Borders> = { top: line, left: line, bottom: line, right: line };
  const body: Partial<Style> = {
    alignment: { wrapText: true, vertical: "middle" },
    border,
    font: { name: look.bodyFont.name, size: look.bodyFont.size, bold: look.bodyFont.bold },
  };
  return {
    body,
    centered: { ...body, alignment: { ...body.alignment, horizontal: "center" } } as Partial<Style>,
    header: {
      alignment: { wrapText: true, vertical: "middle", horizontal: "center" },
      border,
      font: { name: look.headerFont.name, size: look.headerFont.size, bold: true },
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${look.headerFill}` } },
    } as Partial<Style>,
    title: {
      alignment: { wrapText: true, vertical: "middle", horizontal: "center" },
      font: { name: look.titleFont.name, size: look.titleFont.size, bold: true },
    } as Partial<Style>,
  };
}

/** The workbook of the imported table, as a host the use cases can check and mark. */
export async function importWorkbook(layout: ImportLayout, name: string): Promise<FileHost> {
  // Loaded here, not at the top: exceljs takes a second to load, which every other command of
  // the CLI (which loads this module with the import command) would pay for nothing.
  const { default: ExcelJS } = await import("exceljs");
  const { workbookToBuffer } = await import("./xlsx");
  const wb = new ExcelJS.Workbook();
  const { look, snapshot } = layout;
  const firstData = layout.headerRow + 1;
  const ws = wb.addWorksheet(snapshot.sheet, {
    views: [{ state: "frozen", xSplit: 0, ySplit: look.freezeRows, topLeftCell: `A${look.freezeRows + 1}` }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: look.print.orientation,
      fitToPage: look.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: look.print.horizontalCentered,
      printTitlesRow: `${layout.headerRow + 1}:${layout.headerRow + 1}`,
      margins: look.print.margins,
    },
    headerFooter: { oddFooter: `&C${look.print.footer}`, evenFooter: `&C${look.print.footer}` },
  });
  layout.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const style = styles(layout);
  const centered = new Set(layout.centered);
  const width = layout.widths.length;
  snapshot.values.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    for (let c = 0; c < width; c++) {
      const cell = row.getCell(c + 1);
      const v = cells[c];
      // Text stays text: a requirement beginning with = is never a formula.
      if (typeof v === "string" || typeof v === "number") cell.value = v;
      cell.style = r === layout.titleRow ? style.title : r === layout.headerRow ? style.header : centered.has(c) ? style.centered : style.body;
    }
    if (r === layout.titleRow) row.height = look.titleHeight;
    else if (r >= firstData) row.height = wrappedRowHeight(cells.map((v) => (typeof v === "string" ? v : null)), layout.widths);
  });
  for (const m of snapshot.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  if (look.autoFilter) ws.autoFilter = { from: { row: layout.headerRow + 1, column: 1 }, to: { row: snapshot.values.length, column: width } };
  return FileHost.fromBytes(await workbookToBuffer(wb), name);
}
