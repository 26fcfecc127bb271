// The port every host implements (Excel via Office.js, .xlsx via exceljs, the browser page).
// Use cases in ./usecases talk only to this interface.
import type { ConfigInput, MarkPlan, SheetSnapshot, TabsPlan } from "./schema";
import type { TabMark } from "./tabmark";

export interface SheetInfo {
  name: string;
  /** The tab carries this tool's tab mark (or the legacy footer): this tool made it. */
  generated: boolean;
  /** The tab mark, when the host read one: which plan, and what was written. */
  mark?: TabMark;
}

export interface ApplyTabsResult {
  created: string[];
  removed: string[];
  /** Generated tabs edited since, kept under a new name instead of being replaced. */
  kept?: string[];
}

export interface Progress {
  /** 0..1 */
  fraction: number;
  zh: string;
  en: string;
}
export type OnProgress = (p: Progress) => void;

export interface WorkbookHost {
  /** File name or workbook name, for reports. */
  readonly name: string;
  listSheets(): Promise<SheetInfo[]>;
  activeSheet(): Promise<string>;
  readSnapshot(sheet: string): Promise<SheetSnapshot>;
  /** Replaces this tool's earlier marks on plan.sheet with plan.marks. */
  applyMarks(plan: MarkPlan, onProgress?: OnProgress): Promise<void>;
  /** Removes this tool's marks from a sheet, restoring the cells exactly; returns cells restored. */
  clearMarks(sheet: string): Promise<number>;
  /** Removes the generated tabs named in `remove`, then creates plan.tabs (names already safe and free). */
  applyTabs(plan: TabsPlan, remove: string[], onProgress?: OnProgress): Promise<ApplyTabsResult>;
  selectCell?(sheet: string, address: string): Promise<void>;
  loadSettings(): Promise<unknown>;
  saveSettings(config: ConfigInput): Promise<void>;
}
