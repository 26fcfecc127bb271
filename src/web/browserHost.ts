// The browser page's WorkbookHost, run in the page's worker (./worker/session.ts): the file host
// does the work; this wrapper records what changed (marks to draw, a cell to show, tabs made) and
// keeps what the download buttons need to rebuild clean copies from the bytes the user opened.
import type { ApplyTabsResult, OnProgress, SheetInfo, WorkbookHost } from "../core/host";
import type { ConfigInput, MarkPlan, SheetSnapshot, TabsPlan } from "../core/schema";
import type { FileHost } from "../file/host";
import { Store } from "./store";

export interface GeneratedTabs {
  plan: TabsPlan;
  /** Generated tabs of an earlier run that this run replaced. */
  remove: string[];
}

/** What the page draws; replaced (never mutated) on every change so React sees it. */
export interface BrowserHostState {
  sheets: SheetInfo[];
  /** The sheet shown in the grid and checked by the pane. */
  sheet: string;
  /** Marks currently in the workbook, by sheet. */
  marks: Record<string, MarkPlan>;
  /** Last cell the pane asked to show, with a counter so asking twice scrolls twice. */
  selection: { sheet: string; address: string; seq: number } | null;
  tabs: GeneratedTabs | null;
  /** Bumped when cells change (tabs made), so the grid re-reads its snapshot; marks change no
   * cell the grid reads, and re-reading a 10k-row sheet after every check would cost a second. */
  version: number;
}

export class BrowserHost extends Store<BrowserHostState> implements WorkbookHost {
  /** The write of the last marks into the file, begun after the check has answered. */
  private writing: Promise<void> = Promise.resolve();
  /** Why that write failed, told to the next operation. */
  private writeFailure: { error: unknown } | null = null;

  constructor(
    private readonly file: FileHost,
    /** The file as opened: downloads rebuild from it so each one holds only what it promises. */
    readonly original: ArrayBuffer,
    readonly name: string,
    sheets: SheetInfo[],
    sheet: string,
  ) {
    super({ sheets, sheet, marks: {}, selection: null, tabs: null, version: 0 });
  }

  static async open(file: FileHost, original: ArrayBuffer, name: string): Promise<BrowserHost> {
    const sheets = await file.listSheets();
    return new BrowserHost(file, original, name, sheets, await file.activeSheet());
  }

  // ------------------------------------------------------------- WorkbookHost

  /** Waits for the marks being written; `report`: a failed write fails this operation, once. */
  async written(report = true): Promise<void> {
    await this.writing;
    const failure = this.writeFailure;
    if (report && failure) {
      this.writeFailure = null;
      throw failure.error;
    }
  }

  async listSheets(): Promise<SheetInfo[]> {
    await this.written();
    return this.file.listSheets();
  }

  async activeSheet(): Promise<string> {
    return this.getState().sheet;
  }

  async readSnapshot(sheet: string): Promise<SheetSnapshot> {
    await this.written();
    return this.file.readSnapshot(sheet);
  }

  /**
   * Records the marks, which is all the page draws, and writes them into the file a task later:
   * after the check's answer has gone to the page, so the findings and the marks are drawn
   * while the file is written (on a 10k-row plan that write takes longer than the check). Every
   * later operation waits for it. What the file would refuse to mark is refused here and now.
   */
  async applyMarks(plan: MarkPlan): Promise<void> {
    await this.written();
    this.file.checkMarkable(plan.sheet);
    this.update({ marks: { ...this.getState().marks, [plan.sheet]: plan } });
    this.writing = new Promise<void>((later) => setTimeout(later)).then(async () => {
      try {
        await this.file.applyMarks(plan);
        // The 检查结果 sheet written beside the marks shows in the tab bar.
        this.update({ sheets: await this.file.listSheets() });
      } catch (error) {
        this.writeFailure = { error };
      }
    });
  }

  async clearMarks(sheet: string): Promise<number> {
    await this.written();
    const restored = await this.file.clearMarks(sheet);
    const marks = { ...this.getState().marks };
    delete marks[sheet];
    this.update({ marks, sheets: await this.file.listSheets() });
    return restored;
  }

  async applyTabs(plan: TabsPlan, remove: string[], onProgress?: OnProgress): Promise<ApplyTabsResult> {
    await this.written();
    const result = await this.file.applyTabs(plan, remove, onProgress);
    this.update({ tabs: { plan, remove }, sheets: await this.file.listSheets(), version: this.getState().version + 1 });
    return result;
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.update({ sheet, selection: { sheet, address, seq: (this.getState().selection?.seq ?? 0) + 1 } });
  }

  async loadSettings(): Promise<unknown> {
    await this.written();
    return this.file.loadSettings();
  }

  async saveSettings(config: ConfigInput): Promise<void> {
    await this.written();
    return this.file.saveSettings(config);
  }
}
