// The port every host implements (Excel via Office.js, .xlsx files in place, the browser page).
// Use cases in ./usecases talk only to this interface.
import type { ConfigInput, MarkPlan, SheetSnapshot, TabSpec, TabsPlan } from "./schema";
import type { TabMark } from "./tabmark";

export interface SheetInfo {
  name: string;
  /** The tab carries this tool's tab mark (or the legacy footer): this tool made it. */
  generated: boolean;
  /** false for a sheet without cells to check (a chart sheet); listed, never read. */
  checkable?: boolean;
  /** The tab's mark (TAB_MARK_NAME), when it has one: the plan it came from, the digest written. */
  mark?: TabMark;
  /** A 检查结果 sheet's mark (RESULTS_MARK_NAME): which checked sheet it reports on. Such a sheet
   * is not `generated` (no department tab) and is never checked as a plan. */
  results?: TabMark;
  /** tabDigest of the tab's cell texts as they are now; differs from mark.digest once edited. */
  digest?: string;
}

/** A generated tab left in place: edited since this tool wrote it, or made from another plan. */
export interface KeptTab {
  name: string;
  /** Its name now: renamed aside when a new tab needed the name. */
  keptAs: string;
  reason: "edited" | "other-plan";
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
  /** Creates or replaces the roster sheet (spec.name) with spec's cells, leaving every other
   * sheet as it is (「视为同一单位」, `taskplan roster`). */
  writeRoster?(spec: TabSpec): Promise<void>;
  selectCell?(sheet: string, address: string): Promise<void>;
  loadSettings(): Promise<unknown>;
  saveSettings(config: ConfigInput): Promise<void>;
}
