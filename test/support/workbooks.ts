// Workbooks for the file-layer and CLI tests: fixtures written as .xlsx sheets.
import ExcelJS from "exceljs";
import type { Workbook, Worksheet } from "exceljs";
import { snapshotToWorksheet } from "../../src/file/xlsx";
import { fixtureLayout, loadFixture } from "./fixtures";

/** A fixture laid out as staff keep it, on a sheet of the given name. */
export function fixtureWorkbook(id: string, sheet = "责任分工"): Workbook {
  const wb = new ExcelJS.Workbook();
  snapshotToWorksheet(wb, fixtureLayout(loadFixture(id), sheet).snapshot);
  return wb;
}

/** Every cell's value, style and note as exceljs reads them back, to compare two sheets. */
export interface CellState {
  address: string;
  value: unknown;
  style: unknown;
  note: unknown;
}

export function cellStates(ws: Worksheet): CellState[] {
  const out: CellState[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) =>
      out.push({ address: c.address, value: c.value, style: JSON.parse(JSON.stringify(c.style)), note: c.note }),
    ),
  );
  return out;
}
