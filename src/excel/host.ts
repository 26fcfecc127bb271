/// <reference types="office-js" />
// WorkbookHost over Office.js. Every call is one Excel.run batch; Office errors come out as
// PlanErrors with text a user can act on, and this add-in's events are off only while writing.
import { parseConfig } from "../core/config";
import type { ApplyTabsResult, OnProgress, SheetInfo, WorkbookHost } from "../core/host";
import type { ConfigInput, MarkPlan, SheetSnapshot, TabsPlan } from "../core/schema";
import { missingApiError, sheetMissingError, toPlanError } from "./errors";
import { applyMarks, clearMarks, type ExplainKind } from "./marks";
import { readSnapshot } from "./snapshot";
import { removeResults, writeResults } from "./results";
import { applyTabs, listSheets } from "./tabs";

export const CONFIG_SETTING = "taskplan.config";

export type Batch = <T>(work: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface ExcelHostOptions {
  /** Runs a batch; Excel.run by default (tests pass a fake context). */
  run?: Batch;
  requirements?: Requirements;
  name?: string;
}

/** The API sets each feature needs. */
const NEEDS = {
  read: { set: "1.13", zh: "读取合并单元格", en: "read merged cells" },
  mark: { set: "1.9", zh: "条件格式标记", en: "mark cells with conditional formats" },
  tabs: { set: "1.9", zh: "生成分表（页脚标记）", en: "create tabs with footers" },
} as const;

function workbookName(): string {
  const url = typeof Office !== "undefined" ? Office.context?.document?.url : undefined;
  return url ? decodeURIComponent(url.split(/[\\/]/).pop() ?? url) : "Excel";
}

export class ExcelHost implements WorkbookHost {
  readonly name: string;
  private readonly run: Batch;
  private readonly requirements: Requirements;

  constructor(options: ExcelHostOptions = {}) {
    this.requirements = options.requirements ?? Office.context.requirements;
    // From ExcelApi 1.20 a whole run is one undo step instead of one per request.
    this.run = options.run ?? ((work) => (this.supports("1.20") ? Excel.run({ mergeUndoGroup: true }, work) : Excel.run(work)));
    this.name = options.name ?? workbookName();
  }

  private supports(version: string): boolean {
    return this.requirements.isSetSupported("ExcelApi", version);
  }

  private need(feature: keyof typeof NEEDS): void {
    const n = NEEDS[feature];
    if (!this.supports(n.set)) throw missingApiError(n, `ExcelApi ${n.set}`);
  }

  /** Notes where the host has them, else comments, else only the task pane list. */
  private explainKinds(): ExplainKind[] {
    const kinds: ExplainKind[] = [];
    if (this.supports("1.18")) kinds.push("note");
    if (this.supports("1.10")) kinds.push("comment");
    return kinds;
  }

  private async batch<T>(work: (context: Excel.RequestContext) => Promise<T>, sheet?: string): Promise<T> {
    try {
      return await this.run(work);
    } catch (e) {
      if (sheet && (e as { code?: unknown } | null)?.code === "ItemNotFound" && !(await this.sheetExists(sheet))) {
        throw sheetMissingError(sheet);
      }
      throw toPlanError(e, sheet);
    }
  }

  /** Whether an ItemNotFound was the sheet itself or something in it. */
  private async sheetExists(sheet: string): Promise<boolean> {
    try {
      return await this.run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        await context.sync();
        return !ws.isNullObject;
      });
    } catch {
      return true;
    }
  }

  /**
   * This add-in's own event handlers off while writing, restored after. Runtime.enableEvents
   * "toggle[s] JavaScript events in the current task pane or content add-in" only: other add-ins'
   * handlers and the workbook's own recalculation are not affected by it.
   */
  private write<T>(work: (context: Excel.RequestContext) => Promise<T>, sheet?: string): Promise<T> {
    return this.batch(async (context) => {
      context.runtime.load("enableEvents");
      await context.sync();
      const was = context.runtime.enableEvents;
      context.runtime.enableEvents = false;
      try {
        return await work(context);
      } finally {
        context.runtime.enableEvents = was;
        // A lost connection must not hide the error that ended the work.
        await context.sync().catch(() => undefined);
      }
    }, sheet);
  }

  async listSheets(): Promise<SheetInfo[]> {
    this.need("tabs");
    return this.batch((context) => listSheets(context));
  }

  activeSheet(): Promise<string> {
    return this.batch(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
  }

  async readSnapshot(sheet: string): Promise<SheetSnapshot> {
    this.need("read");
    return this.batch(async (context) => ({ ...(await readSnapshot(context, sheet)), workbook: this.name }), sheet);
  }

  async applyMarks(plan: MarkPlan, onProgress?: OnProgress): Promise<void> {
    this.need("mark");
    const readable = this.explainKinds();
    return this.write(async (context) => {
      await applyMarks(context, plan, { explain: readable[0] ?? null, readable, onProgress });
      if (plan.results) await writeResults(context, plan.sheet, plan.results);
    }, plan.sheet);
  }

  /** The marks, then the 检查结果 sheet: a protected plan sheet stops the clear before anything goes. */
  async clearMarks(sheet: string): Promise<number> {
    this.need("mark");
    return this.write(async (context) => {
      const cells = await clearMarks(context, sheet, this.explainKinds());
      await removeResults(context, sheet);
      return cells;
    }, sheet);
  }

  async applyTabs(plan: TabsPlan, remove: string[], onProgress?: OnProgress): Promise<ApplyTabsResult> {
    this.need("tabs");
    return this.write((context) => applyTabs(context, plan, remove, onProgress));
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.batch(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    }, sheet);
  }

  loadSettings(): Promise<unknown> {
    return this.batch(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(CONFIG_SETTING);
      item.load("value");
      await context.sync();
      if (item.isNullObject) return {};
      return typeof item.value === "string" ? JSON.parse(item.value) : item.value;
    });
  }

  async saveSettings(config: ConfigInput): Promise<void> {
    parseConfig(config); // the CLI's schema: a bad setting is refused before anything is stored
    await this.batch(async (context) => {
      context.workbook.settings.add(CONFIG_SETTING, JSON.stringify(config));
      await context.sync();
    });
  }
}
