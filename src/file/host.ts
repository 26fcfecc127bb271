// The WorkbookHost over an exceljs workbook: the CLI and the browser page run the same use cases
// on it as the add-in does on Excel. Browser-safe: bytes in, bytes out, no file system.
import type { Workbook } from "exceljs";
import type { ApplyTabsResult, OnProgress, SheetInfo, WorkbookHost } from "../core/host";
import type { ConfigInput, MarkPlan, SheetSnapshot, TabSpec, TabsPlan } from "../core/schema";
import { applyMarks, clearMarks } from "./marks";
import { applyTabsToWorkbook, listSheetInfos } from "./tabs";
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
  constructor(
    readonly workbook: Workbook,
    readonly name: string,
  ) {}

  static async fromBytes(data: ArrayBuffer | Uint8Array, name: string): Promise<FileHost> {
    return new FileHost(await loadWorkbook(data), name);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return listSheetInfos(this.workbook).filter((s) => !isToolDataSheet(s.name));
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
    return applyTabsToWorkbook(this.workbook, plan, remove, { onProgress });
  }

  /** The roster is the staff's sheet: written without the generated mark, replacing the old one. */
  async writeRoster(spec: TabSpec): Promise<void> {
    const old = this.workbook.getWorksheet(spec.name);
    if (old) this.workbook.removeWorksheet(old.id);
    applyTabsToWorkbook(this.workbook, { sourceSheet: spec.name, tabs: [spec] }, [], { unmarked: true });
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
