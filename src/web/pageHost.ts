// The open workbook as the page's main thread sees it: what to draw (sheets, marks, tabs, the
// cell the pane asked for) and a host for the pane whose every read and write goes to the worker
// (./worker), where the file host and the use cases run. Also the pane's use cases, run there.
import type { SheetInfo } from "../core/host";
import { PlanError } from "../core/errors";
import type { ConfigInput, MarkPlan, SheetSnapshot } from "../core/schema";
import type { PaneHost, PaneUseCases } from "../taskpane/useCases";
import type { TableShape } from "./gridModel";
import { Store } from "./store";
import { PlanClient } from "./worker/client";
import type { DownloadFile, DownloadKind, TabEntry, WorkbookState } from "./worker/protocol";

/** What the page draws; replaced (never mutated) on every change so React sees it. */
export interface PageState {
  sheets: SheetInfo[];
  /** The sheet shown in the grid and checked by the pane. */
  sheet: string;
  /** Marks currently in the workbook, by sheet. */
  marks: Record<string, MarkPlan>;
  /** Last cell the pane asked to show, with a counter so asking twice scrolls twice. */
  selection: { sheet: string; address: string; seq: number } | null;
  tabs: TabEntry[] | null;
  /** Bumped when cells change, so the grid re-reads its snapshot. */
  version: number;
  /** A marked or split result that has not been downloaded since it changed. */
  unsaved: boolean;
}

export class PageHost extends Store<PageState> implements PaneHost {
  private constructor(
    private readonly client: PlanClient,
    readonly name: string,
    opened: WorkbookState,
    sheet: string,
  ) {
    super({ ...opened, sheet, selection: null, unsaved: false });
  }

  /** Hands the file to a new worker (its bytes move there) and opens it. */
  static async open(data: ArrayBuffer, name: string): Promise<PageHost> {
    const client = await PlanClient.start();
    const { state, active } = await client.call("open", { data, name }, undefined, [data]);
    return new PageHost(client, name, state, active);
  }

  /**
   * Draws the workbook as the worker left it after a change. Asked for after the next frame has
   * painted the pane's result, so the two arrive, and are drawn, in tasks of their own: on a
   * 10k-row plan each is work enough for one task, and a bare timeout can run before that frame.
   */
  private changed(checked?: MarkPlan): void {
    const show = (next: Pick<PageState, "marks" | "tabs"> & Partial<PageState>) => {
      const hasWork = Object.values(next.marks).some((m) => m.marks.length > 0) || next.tabs !== null;
      this.update({ ...next, unsaved: hasWork });
    };
    const ask = () => {
      // A check's marks came with its answer: drawn now, and kept as they are (the grid goes to the
      // first mark each time it is given new ones) when the state comes, after they are written.
      if (checked) show({ marks: { ...this.getState().marks, [checked.sheet]: checked }, tabs: this.getState().tabs });
      return this.client.call("state", {}).then(
        (next) => show(checked && next.marks[checked.sheet] ? { ...next, marks: { ...next.marks, [checked.sheet]: checked } } : next),
        () => undefined, // only when the worker stopped: the next operation says so
      );
    };
    // A hidden tab paints no frame: asked at once, so closing it still warns of unsaved marks.
    if (document.hidden) void ask();
    else requestAnimationFrame(() => void ask());
  }

  showSheet(sheet: string): void {
    if (sheet !== this.getState().sheet) this.update({ sheet, selection: null });
  }

  /** The core's reading of the sheet's table, or why the pane will find nothing to check on this
   * sheet, before the user clicks. */
  async readTable(sheet: string): Promise<{ table: TableShape | null; noTable: PlanError | null }> {
    const { table, noTable: e } = await this.client.call("readTable", { sheet });
    return { table, noTable: e && new PlanError(e.code, e.zh, e.en) };
  }

  async download(what: DownloadKind): Promise<DownloadFile> {
    const file = await this.client.call("download", what);
    if (what.kind !== "tab") this.update({ unsaved: false });
    return file;
  }

  readonly useCases: PaneUseCases = {
    validate: async (sheet, config, onProgress) => {
      const { outcome, marks } = await this.client.call("validate", { sheet, config }, onProgress);
      this.changed(marks);
      return outcome;
    },
    clearMarks: async (sheet) => {
      const restored = await this.client.call("clearMarks", { sheet });
      this.changed();
      return restored;
    },
    generate: async (sheet, config, onProgress) => {
      const outcome = await this.client.call("generate", { sheet, config }, onProgress);
      this.changed();
      return outcome;
    },
  };

  // ------------------------------------------------------------- what the pane and the grid read

  async listSheets(): Promise<SheetInfo[]> {
    return this.client.call("listSheets", {});
  }

  async activeSheet(): Promise<string> {
    return this.getState().sheet;
  }

  readSnapshot(sheet: string): Promise<SheetSnapshot> {
    return this.client.call("readSnapshot", { sheet });
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.update({ sheet, selection: { sheet, address, seq: (this.getState().selection?.seq ?? 0) + 1 } });
  }

  loadSettings(): Promise<unknown> {
    return this.client.call("loadSettings", {});
  }

  saveSettings(config: ConfigInput): Promise<void> {
    return this.client.call("saveSettings", { config });
  }
}
