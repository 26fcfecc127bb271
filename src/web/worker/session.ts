// The open workbook and every operation on it, as the page's worker runs them: the file host
// (src/file), the shared use cases and the downloads — the same code the CLI runs. Where a Worker
// cannot start (a page opened from file://) the page runs these same handlers on its own thread.
import { readPlan } from "../../core/index";
import { PlanError } from "../../core/errors";
import type { MarkPlan, TabSpec } from "../../core/schema";
import { FileHost } from "../../file/host";
import { directUseCases } from "../../taskpane/useCases";
import { BrowserHost } from "../browserHost";
import { markedWorkbook, tabWorkbook, tabWorkbooksZip, workbookWithTabs } from "../downloads";
import type { OnProgress } from "../../core/host";
import type { ErrorData, Handlers, Reply, Request, TabEntry, WorkbookState } from "./protocol";

function errorData(e: PlanError): ErrorData {
  return { code: e.code, zh: e.zh, en: e.en };
}

function tabEntry(tab: TabSpec): TabEntry {
  return { name: tab.name, kind: tab.kind, ...(tab.unit === undefined ? {} : { unit: tab.unit }), rows: tab.rows.length };
}

/** Marks as the grid draws them: without the 检查结果 sheet they also write (the pane lists those). */
function drawn(plan: MarkPlan): MarkPlan {
  return { sheet: plan.sheet, marks: plan.marks };
}

/** The state the page draws, once the marks of the last check are in the file. */
async function stateOf(host: BrowserHost): Promise<WorkbookState> {
  await host.written(false);
  const { sheets, marks, tabs, version } = host.getState();
  return { sheets, marks: Object.fromEntries(Object.entries(marks).map(([sheet, plan]) => [sheet, drawn(plan)])), tabs: tabs ? tabs.plan.tabs.map(tabEntry) : null, version };
}

function sessionHandlers(): Handlers {
  let open: BrowserHost | null = null;
  const host = (): BrowserHost => {
    if (!open) throw new Error("no workbook is open");
    return open;
  };
  const cases = () => directUseCases(host());

  return {
    open: async ({ data, name }) => {
      // The file host edits its copy; the downloads rebuild from the bytes as opened.
      const original = data.slice(0);
      open = await BrowserHost.open(await FileHost.fromBytes(data, name), original, name);
      return { state: await stateOf(open), active: await open.activeSheet() };
    },
    readSnapshot: ({ sheet }) => host().readSnapshot(sheet),
    readTable: async ({ sheet }) => {
      try {
        const { info, columnIndex } = readPlan(await host().readSnapshot(sheet));
        return { table: { info, columnIndex }, noTable: null };
      } catch (e) {
        if (e instanceof PlanError && e.code === "no-table") return { table: null, noTable: errorData(e) };
        throw e;
      }
    },
    listSheets: () => host().listSheets(),
    loadSettings: () => host().loadSettings(),
    saveSettings: ({ config }) => host().saveSettings(config),
    state: () => stateOf(host()),
    validate: async ({ sheet, config }, onProgress) => {
      const outcome = await cases().validate(sheet, config, onProgress);
      return { outcome, marks: drawn(host().getState().marks[sheet]) };
    },
    clearMarks: ({ sheet }) => cases().clearMarks(sheet),
    generate: ({ sheet, config }, onProgress) => cases().generate(sheet, config, onProgress),
    download: async (what) => {
      const h = host();
      const tabs = h.getState().tabs;
      if (what.kind === "marked") return asFile(await markedWorkbook(h));
      if (!tabs) throw new Error("no tabs were generated");
      if (what.kind === "with-tabs") return asFile(await workbookWithTabs(h, tabs));
      if (what.kind === "zip") return asFile(await tabWorkbooksZip(h, tabs.plan));
      return asFile(await tabWorkbook(tabs.plan, what.tab));
    },
  };
}

function asFile(d: { name: string; data: ArrayBuffer | Uint8Array | Blob }) {
  return { name: d.name, data: d.data instanceof ArrayBuffer ? new Uint8Array(d.data) : d.data };
}

/** The download's bytes move to the main thread rather than being copied. */
function transferables(value: unknown): Transferable[] {
  const data = (value as { data?: unknown } | null)?.data;
  return data instanceof Uint8Array ? [data.buffer as ArrayBuffer] : [];
}

/**
 * Answers requests one at a time, in order (each sees the workbook as the one before left it),
 * through `post`: the worker's postMessage, or a callback on the page's own thread.
 */
export function serve(post: (reply: Reply, transfer: Transferable[]) => void): (request: Request) => void {
  const handlers = sessionHandlers();
  let queue: Promise<void> = Promise.resolve();
  return ({ id, op, args }) => {
    queue = queue.then(async () => {
      try {
        const run = handlers[op] as (a: typeof args, p: OnProgress) => Promise<unknown>;
        const value = await run(args, (progress) => post({ id, kind: "progress", progress }, []));
        const bytes = transferables(value);
        const data = (value as { data?: unknown } | null)?.data;
        if (bytes.length > 0 || data instanceof Blob) post({ id, kind: "done", value }, bytes);
        else post({ id, kind: "done-json", json: JSON.stringify(value ?? null) }, []);
      } catch (e) {
        const error = e instanceof PlanError ? errorData(e) : { message: e instanceof Error ? e.message : String(e) };
        post({ id, kind: "failed", error }, []);
      }
    });
  };
}
