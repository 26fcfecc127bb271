// Workbooks for the file-layer and CLI tests: fixtures written as .xlsx sheets.
import ExcelJS from "exceljs";
import type { Workbook } from "exceljs";
import { snapshotToWorksheet } from "../../src/file/xlsx";
import { fixtureLayout, loadFixture } from "./fixtures";

/** A fixture laid out as staff keep it, on a sheet of the given name. */
export function fixtureWorkbook(id: string, sheet = "责任分工"): Workbook {
  const wb = new ExcelJS.Workbook();
  snapshotToWorksheet(wb, fixtureLayout(loadFixture(id), sheet).snapshot);
  return wb;
}
