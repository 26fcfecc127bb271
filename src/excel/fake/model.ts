/// <reference types="office-js" />
// The fake's workbook: sheets, cells, rules, notes, names, settings; what Excel keeps between runs,
// and the ways real Excel behaves that the host must survive (see the fields' comments).
import { a1, columnIndex } from "../../core/address";
import type { Rect } from "../../core/schema";
import { FakeContext } from "./context";


export const WEB_PAYLOAD_LIMIT = 5_000_000;

export type Scalar = string | number | boolean;

export interface FakeCell {
  value: Scalar;
  format?: string;
  /** The cell's own fill (a user's formatting). */
  fill?: string;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
}

export interface FakeRule {
  /** The fake's own identity, for assertions. Office.js never shows it: see ConditionalFormatProxy.id. */
  id: string;
  address: string;
  formula: string;
  fill: string;
  /** Excel.ConditionalFormatType; "Custom" when absent. */
  type?: string;
  /** Excel will not describe this rule (as with rules overlapping on a cell, office-js #6827, #6835). */
  unreadable?: boolean;
}

export interface FakeSheet {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  merges: Rect[];
  notes: Map<string, string>;
  comments: Map<string, string>;
  /** Conditional formats in priority order: index 0 is the top priority. */
  rules: FakeRule[];
  footer: { leftFooter: string; centerFooter: string; rightFooter: string };
  protected: boolean;
  /** Sheet-scoped defined names: name → formula and visibility (Excel copies them with the sheet). */
  names: Map<string, { formula: string; visible: boolean }>;
  /** Everything else written (formats, layout), for assertions: "A1:C1 format.font.bold" → value. */
  props: Map<string, unknown>;
}

export interface SyncRecord {
  actions: number;
  requestBytes: number;
  responseBytes: number;
}

export class OfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export const key = (r: number, c: number) => `${r},${c}`;

export function parseRange(address: string): Rect {
  const bare = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [from, to = from] = bare.split(":");
  const p = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s);
    if (!m) throw new OfficeError("InvalidArgument", `bad address ${address}`);
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  };
  const a = p(from);
  const b = p(to);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

export function rangeAddress(sheet: string, r: Rect): string {
  const ref = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const from = a1(r.top, r.left);
  const to = a1(r.bottom, r.right);
  return `${ref}!${from === to ? from : `${from}:${to}`}`;
}

export const intersects = (a: Rect, b: Rect) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** One workbook, and a context per Excel.run. */
export class FakeExcel {
  sheets: FakeSheet[] = [];
  settings = new Map<string, unknown>();
  workbookProtected = false;
  active = "";
  selected: { sheet: string; address: string } | null = null;
  enableEvents = true;
  syncs: SyncRecord[] = [];
  /**
   * What Range.getMergedAreasOrNullObject reports: only areas whose top-left cell lies in the range
   * (office-js #3611); its `address` names only those top-left cells and its `areas` give each area
   * clipped to the range (office-js #1590, and the worst a block edge can do). "intersecting"
   * reports every intersecting area in full, as this fake did before.
   */
  mergeReport: "excel" | "intersecting" = "excel";
  /** Requests (and responses) over this many bytes are rejected, as Excel on the web does. */
  payloadLimit = WEB_PAYLOAD_LIMIT;
  private nextId = 1;

  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  addSheet(name: string, values: (Scalar | null)[][] = [], merges: Rect[] = []): FakeSheet {
    const sheet: FakeSheet = {
      id: this.newId("{sheet-"),
      name,
      cells: new Map(),
      merges: [...merges],
      notes: new Map(),
      comments: new Map(),
      rules: [],
      footer: { leftFooter: "", centerFooter: "", rightFooter: "" },
      protected: false,
      names: new Map(),
      props: new Map(),
    };
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") sheet.cells.set(key(r, c), { value: v });
      }),
    );
    this.sheets.push(sheet);
    if (!this.active) this.active = name;
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new OfficeError("ItemNotFound", `no sheet ${name}`);
    return s;
  }

  /** The fill a cell shows: the first matching conditional format's, else its own. */
  shownFill(sheetName: string, address: string): string | undefined {
    const sheet = this.sheet(sheetName);
    const at = parseRange(address);
    const rule = sheet.rules.find((r) => r.address.split(",").some((a) => intersects(parseRange(a), at)));
    return rule ? rule.fill : sheet.cells.get(key(at.top, at.left))?.fill;
  }

  /** Renames Excel refuses (a name in use elsewhere, a sheet locked by another user…): true to refuse. */
  refuseRename: (from: string, to: string) => boolean = () => false;

  /** What "Move or Copy › Create a copy" makes: the same cells, layout and sheet-scoped names. */
  copySheet(name: string, copyName: string): FakeSheet {
    const from = this.sheet(name);
    const copy = this.addSheet(copyName);
    copy.cells = new Map([...from.cells].map(([k, c]) => [k, { ...c }]));
    copy.merges = from.merges.map((m) => ({ ...m }));
    copy.names = new Map([...from.names].map(([k, v]) => [k, { ...v }]));
    copy.footer = { ...from.footer };
    return copy;
  }

  /** Saving and reopening: Worksheet.id has been seen to change then (office-js-docs #297, office-js #1390). */
  reopen(): void {
    for (const s of this.sheets) s.id = this.newId("{sheet-");
  }

  /** Runs a batch as Excel.run does. */
  run = <T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    work(new FakeContext(this) as unknown as Excel.RequestContext);

  get maxRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }
  get maxResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }
}

