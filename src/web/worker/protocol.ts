// What the page's main thread and its worker say to each other. Every operation that reads,
// checks, marks or writes the workbook runs in the worker (src/web/worker/session.ts); the main
// thread keeps only what it draws. Plain data only: everything here crosses postMessage.
import type { OnProgress, SheetInfo } from "../../core/host";
import type { PlanErrorCode } from "../../core/errors";
import type { ConfigInput, MarkPlan, SheetSnapshot, TabSpec } from "../../core/schema";
import type { CheckOutcome, GenerateOutcome } from "../../taskpane/useCases";
import type { TableShape } from "../gridModel";

/** A generated tab as the download list shows it: not its rows, only how many. */
export interface TabEntry {
  name: string;
  kind: TabSpec["kind"];
  unit?: string;
  rows: number;
}

/** What the workbook holds now, as the page draws it. */
export interface WorkbookState {
  sheets: SheetInfo[];
  /** Marks currently in the workbook, by sheet. */
  marks: Record<string, MarkPlan>;
  /** The department tabs of the last 生成各单位分表, null before. */
  tabs: TabEntry[] | null;
  /** Bumped when cells change, so the grid re-reads its snapshot. */
  version: number;
}

export type DownloadKind = { kind: "marked" } | { kind: "with-tabs" } | { kind: "zip" } | { kind: "tab"; tab: string };

export interface DownloadFile {
  name: string;
  data: Uint8Array | Blob;
}

export interface ErrorData {
  code: PlanErrorCode;
  zh: string;
  en: string;
}

/** Every operation: its arguments and its answer. */
export interface Ops {
  open: { args: { data: ArrayBuffer; name: string }; result: { state: WorkbookState; active: string } };
  readSnapshot: { args: { sheet: string }; result: SheetSnapshot };
  /** The core's reading of the sheet's table (the grid freezes its header rows and 序号 column),
   * or why the pane will find nothing to check on this sheet. */
  readTable: { args: { sheet: string }; result: { table: TableShape | null; noTable: ErrorData | null } };
  listSheets: { args: Record<string, never>; result: SheetInfo[] };
  loadSettings: { args: Record<string, never>; result: unknown };
  saveSettings: { args: { config: ConfigInput }; result: void };
  /** What the page draws, asked for apart after each change: a 10k-row check's findings and its
   * marks are each megabytes, and taken in together they kept the page busy over 100 ms. */
  state: { args: Record<string, never>; result: WorkbookState };
  /** The check's outcome and the marks the grid draws of it: both are drawn before the worker has
   * written those marks into the file (the state asked for next waits for that write). */
  validate: { args: { sheet: string; config: ConfigInput }; result: { outcome: CheckOutcome; marks: MarkPlan } };
  clearMarks: { args: { sheet: string }; result: number };
  generate: { args: { sheet: string; config: ConfigInput }; result: GenerateOutcome };
  download: { args: DownloadKind; result: DownloadFile };
}

export type Op = keyof Ops;

export interface Request<K extends Op = Op> {
  id: number;
  op: K;
  args: Ops[K]["args"];
}

export type Reply =
  | { id: number; kind: "progress"; progress: Parameters<OnProgress>[0] }
  /** Answers without bytes travel as JSON text: the page parses that far faster than it
   * takes in the same objects cloned, and a 10k-row plan's answers are megabytes. */
  | { id: number; kind: "done"; value: unknown }
  | { id: number; kind: "done-json"; json: string }
  | { id: number; kind: "failed"; error: ErrorData | { message: string } };

/** The worker side: one handler per operation. */
export type Handlers = { [K in Op]: (args: Ops[K]["args"], onProgress: OnProgress) => Promise<Ops[K]["result"]> };
