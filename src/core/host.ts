// The port every host implements (Excel via Office.js, .xlsx via exceljs, the browser page).
// Use cases in ./usecases talk only to this interface.
import type { ConfigInput, MarkPlan, SheetSnapshot, TabsPlan } from "./schema";

export interface SheetInfo {
  name: string;
  /** The tab carries GENERATED_TAB_MARK: this tool made it and may replace it. */
  generated: boolean;
  /** false for a sheet without cells to check (a chart sheet); listed, never read. */
  checkable?: boolean;
}

/** A generated tab the user edited since: not replaced, no longer marked as the tool's. */
export interface KeptTab {
  name: string;
  /** Its name now: renamed aside when a new tab needed the name. */
  keptAs: string;
  reason: "edited";
}

export interface ApplyTabsResult {
  created: string[];
  removed: string[];
  /** Hosts that can tell an edited tab (src/file) report the ones they kept. */
  kept?: KeptTab[];
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
