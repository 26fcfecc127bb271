// The WorkbookHost over an exceljs workbook: the CLI and the browser page run the same use cases
// on it as the add-in does on Excel. Browser-safe: bytes in, bytes out, no file system.
import type { Workbook } from "exceljs";
import type { ApplyTabsResult, OnProgress, SheetInfo, WorkbookHost } from "../core/host";
import type { ConfigInput, MarkPlan, SheetSnapshot, TabsPlan } from "../core/schema";
import { applyMarks, clearMarks } from "./marks";
import { XlsxPackage } from "./package";
import { applyTabsToPackage, packageSheetInfos, worksheetSnapshot } from "./tabs";
import {
  isToolDataSheet,
  loadWorkbook,
  noSheetError,
  readDataSheet,
  readSnapshot,
  SETTINGS_SHEET,
  workbookToBuffer,
  writeDataSheet,
} from "./xlsx";

const SETTINGS_KEY = "config";

export class FileHost implements WorkbookHost {
  /** Tabs written into the package by applyTabs: read from there, not from the exceljs copy. */
  private readonly written = new Set<string>();

  /** `pkg`: the file as opened; tabs are written into it in place (see ./tabs). Without one,
   * the package is made from the exceljs workbook when first needed. */
  constructor(
    readonly workbook: Workbook,
    readonly name: string,
    private pkg?: XlsxPackage,
  ) {}

  async package(): Promise<XlsxPackage> {
    this.pkg ??= XlsxPackage.open(new Uint8Array(await workbookToBuffer(this.workbook)));
    return this.pkg;
  }

  static async fromBytes(data: ArrayBuffer | Uint8Array, name: string): Promise<FileHost> {
    const bytes = new Uint8Array(data).slice(); // exceljs takes its buffer over
    return new FileHost(await loadWorkbook(data), name, XlsxPackage.open(bytes));
  }

  async listSheets(): Promise<SheetInfo[]> {
    return packageSheetInfos(await this.package()).filter((s) => !isToolDataSheet(s.name));
  }

  /** The tab Excel would open on, else the first visible one. */
  async activeSheet(): Promise<string> {
    const sheets = this.workbook.worksheets;
    const active = sheets[this.workbook.views?.[0]?.activeTab ?? -1];
    const visible = (ws: (typeof sheets)[number]) => ws.state === "visible" && !isToolDataSheet(ws.name);
    const sheet = active && visible(active) ? active : (sheets.find(visible) ?? sheets[0]);
    return sheet.name;
  }

  async readSnapshot(sheet: string): Promise<SheetSnapshot> {
    if (this.written.has(sheet)) return worksheetSnapshot(await this.package(), sheet);
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws || isToolDataSheet(sheet)) {
      throw noSheetError(sheet);
    }
    return readSnapshot(ws);
  }

  async applyMarks(plan: MarkPlan, onProgress?: OnProgress): Promise<void> {
    applyMarks(this.workbook, plan, onProgress);
  }

  async clearMarks(sheet: string): Promise<number> {
    return clearMarks(this.workbook, sheet);
  }

  async applyTabs(plan: TabsPlan, remove: string[], onProgress?: OnProgress): Promise<ApplyTabsResult> {
    const result = applyTabsToPackage(await this.package(), plan, remove, { onProgress });
    for (const name of [...result.removed, ...(result.kept ?? []).map((k) => k.name)]) this.written.delete(name);
    for (const name of [...result.created, ...(result.kept ?? []).map((k) => k.keptAs)]) this.written.add(name);
    return result;
  }

  async loadSettings(): Promise<unknown> {
    const json = readDataSheet(this.workbook, SETTINGS_SHEET).get(SETTINGS_KEY);
    if (json === undefined) return {};
    try {
      return JSON.parse(json) as unknown;
    } catch {
      return {}; // a damaged record falls back to defaults; parseConfig validates anything else
    }
  }

  async saveSettings(config: ConfigInput): Promise<void> {
    writeDataSheet(this.workbook, SETTINGS_SHEET, new Map([[SETTINGS_KEY, JSON.stringify(config)]]));
  }

  toBuffer(): Promise<ArrayBuffer> {
    return workbookToBuffer(this.workbook);
  }
}
