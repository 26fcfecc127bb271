/// <reference types="office-js" />
// The Office.js objects src/excel uses, over the fake's model, each failing where Excel fails.
import { a1, columnLetter } from "../../core/address";
import type { Rect } from "../../core/schema";
import { NullableProxy, ProxyBase } from "./base";
import type { FakeContext } from "./context";
import { intersects, key, OfficeError, parseRange, rangeAddress, type FakeCell, type FakeExcel, type FakeRule, type FakeSheet, type Scalar } from "./model";

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingsProxy;
  readonly protection: ProtectionProxy;
  constructor(ctx: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx, "wb.sheets", () => ctx.book);
    this.settings = new SettingsProxy(ctx, "wb.settings", () => ctx.book);
    this.protection = new ProtectionProxy(ctx, "wb.protection", () => ({
      get: () => ctx.book.workbookProtected,
    }));
  }
}

export class ApplicationProxy extends ProxyBase<FakeExcel> {
  suspendApiCalculationUntilNextSync(): void {
    this.call("suspendApiCalculationUntilNextSync", [], () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.call("suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
}

export class RuntimeProxy extends ProxyBase<FakeExcel> {
  protected read(name: string): unknown {
    if (name === "enableEvents") return this.target().enableEvents;
    return super.read(name);
  }
  get enableEvents(): boolean {
    return this.get("enableEvents") as boolean;
  }
  set enableEvents(v: boolean) {
    this.set("enableEvents", v, (b) => (b.enableEvents = v));
  }
}

class ProtectionProxy extends ProxyBase<{ get: () => boolean }> {
  protected read(name: string): unknown {
    if (name === "protected") return this.target().get();
    return super.read(name);
  }
  get protected(): boolean {
    return this.get("protected") as boolean;
  }
}

class WorksheetCollectionProxy extends ProxyBase<FakeExcel> {
  private itemProxies: WorksheetProxy[] = [];
  protected loadOne(name: string): unknown {
    if (!name.startsWith("items")) return super.loadOne(name);
    const book = this.target();
    this.itemProxies = book.sheets.map((s) => new WorksheetProxy(this.ctx, `${this.path}[${s.id}]`, () => s));
    this.loaded.set("items", true);
    return this.itemProxies.map((p) => p.preload(name.replace(/^items\/?/, "")));
  }
  get items(): WorksheetProxy[] {
    this.get("items");
    return this.itemProxies;
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, `${this.path}.getItem(${JSON.stringify(name)})`, () => this.target().sheet(name));
  }
  getItemOrNullObject(name: string): WorksheetProxy & { isNullObject: boolean } {
    const book = this.ctx.book;
    const p = new WorksheetProxy(this.ctx, `${this.path}.getItemOrNull(${JSON.stringify(name)})`, () =>
      book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()) ? book.sheet(name) : (null as unknown as FakeSheet),
    );
    this.ctx.push(p.path, "resolve", [], () => p.markNull());
    return p as WorksheetProxy & { isNullObject: boolean };
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, `${this.path}.active`, () => this.target().sheet(this.target().active));
  }
  add(name: string): WorksheetProxy {
    const book = this.ctx.book;
    let created: FakeSheet | undefined;
    this.ctx.push(this.path, "add", [name], () => {
      if (book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw new OfficeError("ItemAlreadyExists", `sheet ${name} exists`);
      }
      created = book.addSheet(name);
    });
    return new WorksheetProxy(this.ctx, `${this.path}.add(${JSON.stringify(name)})`, () => created as FakeSheet);
  }
}

class WorksheetProxy extends ProxyBase<FakeSheet> {
  preload(prop: string): unknown {
    return prop ? this.loadOne(prop) : null;
  }
  markNull(): void {
    this.loaded.set("isNullObject", this.target() === null);
  }
  get isNullObject(): boolean {
    return this.get("isNullObject") as boolean;
  }
  protected read(name: string): unknown {
    const s = this.target();
    if (name === "id") return s.id;
    if (name === "name") return s.name;
    return super.read(name);
  }
  get id(): string {
    return this.get("id") as string;
  }
  get name(): string {
    return this.get("name") as string;
  }
  set name(v: string) {
    const book = this.ctx.book;
    this.set("name", v, (s) => {
      if (book.refuseRename(s.name, v)) throw new OfficeError("GeneralException", `cannot rename ${s.name}`);
      if (book.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase())) {
        throw new OfficeError("ItemAlreadyExists", `sheet ${v} exists`);
      }
      if (book.active === s.name) book.active = v;
      s.name = v;
    });
  }
  get protection(): ProtectionProxy {
    return this.memo("protection", () => new ProtectionProxy(this.ctx, `${this.path}.protection`, () => ({ get: () => this.target().protected })));
  }
  get notes(): ExplanationCollectionProxy {
    return this.memo("notes", () => new ExplanationCollectionProxy(this.ctx, `${this.path}.notes`, () => ({ sheet: this.target(), kind: "notes" })));
  }
  get comments(): ExplanationCollectionProxy {
    return this.memo("comments", () => new ExplanationCollectionProxy(this.ctx, `${this.path}.comments`, () => ({ sheet: this.target(), kind: "comments" })));
  }
  get pageLayout(): PageLayoutProxy {
    return this.memo("pageLayout", () => new PageLayoutProxy(this.ctx, `${this.path}.pageLayout`, () => this.target()));
  }
  get freezePanes(): { freezeRows(n: number): void } {
    const book = this.ctx.book;
    return {
      // office-js #3148: freezing panes on an inactive sheet can make it the active one.
      freezeRows: (n: number) =>
        this.call("freezeRows", [n], (s) => {
          s.props.set("freezeRows", n);
          book.active = s.name;
        }),
    };
  }
  get autoFilter(): { apply(range: RangeProxy): void } {
    return {
      apply: (range: RangeProxy) =>
        this.call("autoFilter.apply", [range.path], (s) => {
          const t = range.target() as RangeTarget;
          s.props.set("autoFilter", rangeAddress(s.name, t.rect).split("!")[1]);
        }),
    };
  }
  get names(): NamedItemCollectionProxy {
    return this.memo("names", () => new NamedItemCollectionProxy(this.ctx, `${this.path}.names`, () => this.target()));
  }
  delete(): void {
    const book = this.ctx.book;
    this.call("delete", [], (s) => {
      book.sheets = book.sheets.filter((x) => x !== s);
      if (book.active === s.name) book.active = book.sheets[0]?.name ?? "";
    });
  }
  activate(): void {
    const book = this.ctx.book;
    this.call("activate", [], (s) => (book.active = s.name));
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, `${this.path}.getRange(${JSON.stringify(address ?? "")})`, () => {
      const s = this.target();
      return { sheet: s, rect: address ? parseRange(address) : { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } };
    });
  }
  getRangeByIndexes(top: number, left: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.ctx, `${this.path}.getRangeByIndexes(${top},${left},${rows},${cols})`, () => ({
      sheet: this.target(),
      rect: { top, left, bottom: top + rows - 1, right: left + cols - 1 },
    }));
  }
  getRanges(address: string): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, `${this.path}.getRanges(${JSON.stringify(address)})`, () => ({
      sheet: this.target(),
      address,
    }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy & { isNullObject: boolean } {
    void valuesOnly;
    const p = new NullableRangeProxy(this.ctx, `${this.path}.used`, () => {
      const s = this.target();
      const coords = [...s.cells.entries()].filter(([, c]) => c.value !== "").map(([k]) => k.split(",").map(Number));
      if (coords.length === 0) return null;
      const rows = coords.map((c) => c[0]);
      const cols = coords.map((c) => c[1]);
      return {
        sheet: s,
        rect: { top: Math.min(...rows), left: Math.min(...cols), bottom: Math.max(...rows), right: Math.max(...cols) },
      };
    });
    return p as unknown as RangeProxy & { isNullObject: boolean };
  }
}

class NamedItemCollectionProxy extends ProxyBase<FakeSheet> {
  add(name: string, reference: string): NamedItemProxy {
    this.call("add", [name, reference], (s) => {
      if (s.names.has(name)) throw new OfficeError("ItemAlreadyExists", `name ${name}`);
      s.names.set(name, { formula: reference, visible: true });
    });
    return new NamedItemProxy(this.ctx, `${this.path}.added(${name})`, () => ({ sheet: this.target(), name }));
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, `${this.path}.getItem(${name})`, () => {
      if (!this.target().names.has(name)) throw new OfficeError("ItemNotFound", `name ${name}`);
      return { sheet: this.target(), name };
    });
  }
  getItemOrNullObject(name: string): NamedItemProxy & { isNullObject: boolean } {
    const p = new NamedItemProxy(this.ctx, `${this.path}.getItemOrNull(${name})`, () =>
      this.target().names.has(name) ? { sheet: this.target(), name } : null,
    );
    this.ctx.push(p.path, "resolve", [], () => p.resolve());
    return p as NamedItemProxy & { isNullObject: boolean };
  }
}

class NamedItemProxy extends ProxyBase<{ sheet: FakeSheet; name: string } | null> {
  resolve(): void {
    this.loaded.set("isNullObject", this.target() === null);
  }
  get isNullObject(): boolean {
    return this.get("isNullObject") as boolean;
  }
  protected read(name: string): unknown {
    const t = this.target();
    if (!t) return null;
    if (name === "formula") return t.sheet.names.get(t.name)?.formula;
    return super.read(name);
  }
  get formula(): string {
    return this.get("formula") as string;
  }
  set visible(v: boolean) {
    this.set("visible", v, (t) => {
      const item = t && t.sheet.names.get(t.name);
      if (item) item.visible = v;
    });
  }
  delete(): void {
    this.call("delete", [], (t) => t?.sheet.names.delete(t.name));
  }
}

class PageLayoutProxy extends ProxyBase<FakeSheet> {
  private prop(name: string, v: unknown): void {
    this.set(name, v, (s) => s.props.set(name, v));
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this.prop("zoom", v);
  }
  set centerHorizontally(v: boolean) {
    this.prop("centerHorizontally", v);
  }
  set leftMargin(v: number) {
    this.prop("leftMargin", v);
  }
  set rightMargin(v: number) {
    this.prop("rightMargin", v);
  }
  set topMargin(v: number) {
    this.prop("topMargin", v);
  }
  set bottomMargin(v: number) {
    this.prop("bottomMargin", v);
  }
  set headerMargin(v: number) {
    this.prop("headerMargin", v);
  }
  set footerMargin(v: number) {
    this.prop("footerMargin", v);
  }
  set orientation(v: string) {
    this.set("orientation", v, (s) => s.props.set("orientation", v));
  }
  set paperSize(v: string) {
    this.set("paperSize", v, (s) => s.props.set("paperSize", v));
  }
  setPrintTitleRows(rows: string): void {
    this.call("setPrintTitleRows", [rows], (s) => s.props.set("printTitleRows", rows));
  }
  get headersFooters(): { defaultForAllPages: FooterProxy } {
    return this.memo("hf", () => ({ defaultForAllPages: new FooterProxy(this.ctx, `${this.path}.hf.default`, () => this.target()) }));
  }
}

class FooterProxy extends ProxyBase<FakeSheet> {
  protected read(name: string): unknown {
    const f = this.target().footer as Record<string, string>;
    if (name in f) return f[name];
    return super.read(name);
  }
  get leftFooter(): string {
    return this.get("leftFooter") as string;
  }
  get centerFooter(): string {
    return this.get("centerFooter") as string;
  }
  set centerFooter(v: string) {
    this.set("centerFooter", v, (s) => (s.footer.centerFooter = v));
  }
  get rightFooter(): string {
    return this.get("rightFooter") as string;
  }
}

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

function cellsOf(t: RangeTarget, read: (cell: FakeCell | undefined) => unknown): unknown[][] {
  const out: unknown[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row: unknown[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) row.push(read(t.sheet.cells.get(key(r, c))));
    out.push(row);
  }
  return out;
}

function writeCells(t: RangeTarget, grid: unknown[][], write: (cell: FakeCell, v: unknown) => void): void {
  const rows = t.rect.bottom - t.rect.top + 1;
  const cols = t.rect.right - t.rect.left + 1;
  if (grid.length !== rows || grid.some((g) => g.length !== cols)) {
    throw new OfficeError("InvalidArgument", `array is not ${rows}×${cols}`);
  }
  grid.forEach((row, i) =>
    row.forEach((v, j) => {
      const k = key(t.rect.top + i, t.rect.left + j);
      const cell = t.sheet.cells.get(k) ?? { value: "" };
      write(cell, v);
      t.sheet.cells.set(k, cell);
    }),
  );
}

class RangeProxy extends ProxyBase<RangeTarget | null> {
  protected read(name: string): unknown {
    const t = this.target();
    if (!t) return null; // properties of a null object load as null, as in Office.js
    switch (name) {
      case "values":
        return cellsOf(t, (c) => c?.value ?? "");
      case "numberFormat":
        return cellsOf(t, (c) => c?.format ?? "General");
      case "rowIndex":
        return t.rect.top;
      case "columnIndex":
        return t.rect.left;
      case "rowCount":
        return t.rect.bottom - t.rect.top + 1;
      case "columnCount":
        return t.rect.right - t.rect.left + 1;
      case "address":
        return rangeAddress(t.sheet.name, t.rect);
      default:
        return super.read(name);
    }
  }
  get values(): Scalar[][] {
    return this.get("values") as Scalar[][];
  }
  set values(grid: Scalar[][]) {
    this.set("values", grid, (t) =>
      writeCells(t as RangeTarget, grid, (cell, v) => {
        // Excel's own rule: text starting with "=" becomes a formula unless the cell is text-formatted.
        if (typeof v === "string" && v.startsWith("=") && cell.format !== "@") throw new Error(`formula written: ${v}`);
        cell.value = v as Scalar;
      }),
    );
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat") as string[][];
  }
  set numberFormat(grid: string[][]) {
    this.set("numberFormat", grid, (t) => writeCells(t as RangeTarget, grid, (cell, v) => (cell.format = String(v))));
  }
  get rowIndex(): number {
    return this.get("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.get("columnIndex") as number;
  }
  get rowCount(): number {
    return this.get("rowCount") as number;
  }
  get columnCount(): number {
    return this.get("columnCount") as number;
  }
  get address(): string {
    return this.get("address") as string;
  }
  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.set("hyperlink", link, (t) => writeCells(t as RangeTarget, [[link]], (cell) => (cell.hyperlink = link)));
  }
  get format(): FormatProxy {
    return this.memo("format", () => new FormatProxy(this.ctx, `${this.path}.format`, () => this.target() as RangeTarget));
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this.memo("cf", () => new ConditionalFormatCollectionProxy(this.ctx, `${this.path}.cf`, () => (this.target() as RangeTarget).sheet));
  }
  merge(): void {
    this.call("merge", [], (t) => t?.sheet.merges.push({ ...t.rect }));
  }
  select(): void {
    const book = this.ctx.book;
    this.call("select", [], (t) => {
      if (!t) return;
      if (book.active !== t.sheet.name) throw new OfficeError("InvalidSelection", "select on an inactive sheet");
      book.selected = { sheet: t.sheet.name, address: rangeAddress(t.sheet.name, t.rect).split("!")[1] };
    });
  }
  getMergedAreasOrNullObject(): RangeAreasProxy & { isNullObject: boolean } {
    const p = new NullableAreasProxy(this.ctx, `${this.path}.merged`, () => {
      const t = this.target() as RangeTarget;
      const r = t.rect;
      const excel = this.ctx.book.mergeReport === "excel";
      const found = t.sheet.merges.filter((m) =>
        excel ? m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right : intersects(m, r),
      );
      if (found.length > 512) throw new OfficeError("GeneralException", "more than 512 merged areas");
      if (found.length === 0) return null;
      const clip = (m: Rect): Rect => ({ top: m.top, left: m.left, bottom: Math.min(m.bottom, r.bottom), right: Math.min(m.right, r.right) });
      const shown = excel ? found.map((m) => ({ ...m, bottom: m.top, right: m.left })) : found;
      return {
        sheet: t.sheet,
        address: shown.map((m) => rangeAddress(t.sheet.name, m)).join(","),
        areas: (excel ? found.map(clip) : found).map((m) => rangeAddress(t.sheet.name, m)),
      };
    });
    return p as unknown as RangeAreasProxy & { isNullObject: boolean };
  }
}

class NullableRangeProxy extends RangeProxy {
  constructor(ctx: FakeContext, path: string, bind: () => RangeTarget | null) {
    super(ctx, path, bind);
    ctx.push(path, "resolve", [], () => this.loaded.set("isNullObject", this.target() === null));
  }
  get isNullObject(): boolean {
    return this.get("isNullObject") as boolean;
  }
}

class FormatProxy extends ProxyBase<RangeTarget> {
  private prop(name: string, v: unknown): void {
    this.set(name, v, (t) => t.sheet.props.set(`${rangeAddress(t.sheet.name, t.rect).split("!")[1]} ${name}`, v));
  }
  get font(): { bold: boolean; size: number; name: string } {
    const prop = (name: string, v: unknown) => this.prop(name, v);
    return {
      set name(v: string) {
        prop("font.name", v);
      },
      set bold(v: boolean) {
        prop("font.bold", v);
      },
      set size(v: number) {
        prop("font.size", v);
      },
    } as { bold: boolean; size: number; name: string };
  }
  get fill(): { color: string } {
    const set = (v: string) => this.prop("fill.color", v);
    return {
      set color(v: string) {
        set(v);
      },
    } as { color: string };
  }
  set wrapText(v: boolean) {
    this.prop("wrapText", v);
  }
  set rowHeight(v: number) {
    this.prop("rowHeight", v);
  }
  set verticalAlignment(v: string) {
    this.prop("verticalAlignment", v);
  }
  set horizontalAlignment(v: string) {
    this.prop("horizontalAlignment", v);
  }
  set columnWidth(v: number) {
    this.set("columnWidth", v, (t) => t.sheet.props.set(`width ${columnLetter(t.rect.left)}`, v));
  }
  get borders(): { getItem(edge: string): { style: string; color: string } } {
    return {
      getItem: (edge: string) => {
        const prop = (name: string, v: unknown) => this.prop(`border.${edge}.${name}`, v);
        return {
          set style(v: string) {
            prop("style", v);
          },
          set color(v: string) {
            prop("color", v);
          },
        } as { style: string; color: string };
      },
    };
  }
  autofitRows(): void {
    this.call("autofitRows", [], (t) => t.sheet.props.set(`${rangeAddress(t.sheet.name, t.rect).split("!")[1]} autofitRows`, true));
  }
}

interface AreasTarget {
  sheet: FakeSheet;
  address: string;
  /** RangeAreas.areas, one address per rectangle (the address split, unless set). */
  areas?: string[];
}

/** RangeAreas.areas (ExcelApi 1.9): a RangeCollection, loaded as items/address. */
class RangeCollectionProxy extends ProxyBase<AreasTarget | null> {
  private addresses: string[] = [];
  protected loadOne(name: string): unknown {
    if (name !== "items/address") return super.loadOne(name);
    const t = this.target();
    this.addresses = t ? (t.areas ?? t.address.split(",")) : [];
    this.loaded.set("items", true);
    return this.addresses;
  }
  get items(): { address: string }[] {
    this.get("items");
    return this.addresses.map((address) => ({ address }));
  }
}

class RangeAreasProxy extends ProxyBase<AreasTarget | null> {
  protected read(name: string): unknown {
    const t = this.target();
    if (name === "address" && t) return t.address;
    return super.read(name);
  }
  get address(): string {
    return this.get("address") as string;
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    const areas = () => this.target() as AreasTarget;
    return this.memo("cf", () => new ConditionalFormatCollectionProxy(this.ctx, `${this.path}.cf`, () => areas().sheet, () => areas().address));
  }
}

class NullableAreasProxy extends NullableProxy<AreasTarget> {
  get areas(): RangeCollectionProxy {
    return this.memo("areas", () => new RangeCollectionProxy(this.ctx, `${this.path}.areas`, () => this.target()));
  }
  protected read(name: string): unknown {
    const t = this.target();
    if (!t) return null;
    if (name === "address") return t.address;
    return super.read(name);
  }
  get address(): string {
    return this.get("address") as string;
  }
}

/**
 * Conditional formats as documented: `add` puts the new format "at the first/top priority", and a
 * format's `id` is "the priority of the conditional format in the current ConditionalFormatCollection"
 * (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member).
 * So ids move whenever a format is added or deleted above; `getItem(id)` resolves when the command
 * runs, as in Excel. (Only the whole sheet's collection is read here, so its index is the sheet's.)
 */
class ConditionalFormatCollectionProxy extends ProxyBase<FakeSheet> {
  private itemProxies: ConditionalFormatProxy[] = [];
  private itemRules: FakeRule[] = [];
  constructor(
    ctx: FakeContext,
    path: string,
    bind: () => FakeSheet,
    private readonly areas?: () => string,
  ) {
    super(ctx, path, bind);
  }
  protected loadOne(name: string): unknown {
    if (!name.startsWith("items")) return super.loadOne(name);
    const rules = this.target().rules;
    if (this.itemRules.length !== rules.length || this.itemRules.some((r, i) => r !== rules[i])) {
      this.itemRules = [...rules];
      this.itemProxies = rules.map((rule) => new ConditionalFormatProxy(this.ctx, `${this.path}[${rule.id}]`, () => rule));
    }
    this.loaded.set("items", true);
    const prop = name.replace(/^items\/?/, "");
    return this.itemProxies.map((p) => (prop ? p.preload(prop) : null));
  }
  get items(): ConditionalFormatProxy[] {
    this.get("items");
    return this.itemProxies;
  }
  add(type: string): ConditionalFormatProxy {
    let created: FakeRule | undefined;
    this.call("add", [type], (sheet) => {
      if (type !== "Custom") throw new OfficeError("NotImplemented", type);
      if (!this.areas) throw new OfficeError("InvalidArgument", "add on a whole-sheet collection");
      const rule: FakeRule = { id: this.ctx.book.newId("cf-"), address: this.areas(), formula: "", fill: "", type };
      sheet.rules.unshift(rule);
      created = rule;
    });
    return new ConditionalFormatProxy(this.ctx, `${this.path}.added`, () => created as FakeRule);
  }
  getItem(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.ctx, `${this.path}.getItem(${id})`, () => {
      const rule = /^\d+$/.test(id) ? this.target().rules[Number(id)] : undefined;
      if (!rule) throw new OfficeError("ItemNotFound", `rule ${id}`);
      return rule;
    });
  }
}

class ConditionalFormatProxy extends ProxyBase<FakeRule> {
  preload(prop: string): unknown {
    return this.loadOne(prop);
  }
  private index(): number {
    const rule = this.target();
    const sheet = this.ctx.book.sheets.find((s) => s.rules.includes(rule));
    if (!sheet) throw new OfficeError("ItemNotFound", "conditional format deleted");
    return sheet.rules.indexOf(rule);
  }
  protected read(name: string): unknown {
    if (name === "id") return String(this.index());
    if (name === "priority") return this.index();
    if (name === "type") return this.target().type ?? "Custom";
    return super.read(name);
  }
  /** ConditionalFormat.getRanges (ExcelApi 1.9): the areas the format applies to. */
  getRanges(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, `${this.path}.ranges`, () => {
      const rule = this.target();
      const sheet = this.ctx.book.sheets.find((s) => s.rules.includes(rule));
      if (!sheet) throw new OfficeError("ItemNotFound", "conditional format deleted");
      return { sheet, address: rule.address.split(",").map((a) => rangeAddress(sheet.name, parseRange(a))).join(",") };
    });
  }
  get id(): string {
    return this.get("id") as string;
  }
  get priority(): number {
    return this.get("priority") as number;
  }
  get type(): string {
    return this.get("type") as string;
  }
  get custom(): { rule: CustomRuleProxy; format: { fill: { color: string } } } {
    return this.memo("custom", () => {
      const setFill = (v: string) => this.set("custom.format.fill.color", v, (r) => (r.fill = v.replace(/^#/, "").toUpperCase()));
      return {
        rule: new CustomRuleProxy(this.ctx, `${this.path}.custom.rule`, () => {
          const rule = this.target();
          // ConditionalFormat.custom throws on a format of another type (customOrNullObject does not).
          if ((rule.type ?? "Custom") !== "Custom") throw new OfficeError("InvalidOperation", "not a custom conditional format");
          return rule;
        }),
        format: {
          fill: {
            set color(v: string) {
              setFill(v);
            },
          } as { color: string },
        },
      };
    });
  }
  delete(): void {
    const sheetOf = () => this.ctx.book.sheets.find((s) => s.rules.includes(this.target()));
    this.call("delete", [], (rule) => {
      const s = sheetOf();
      if (!s) return;
      // office-js #5222: a rule sharing a cell with a "cell value" rule cannot be deleted.
      const areas = (r: FakeRule) => r.address.split(",").map(parseRange);
      const blocked = s.rules.some(
        (o) => o !== rule && o.type === "CellValue" && areas(o).some((a) => areas(rule).some((b) => intersects(a, b))),
      );
      if (blocked) throw new OfficeError("ItemNotFound", "Item Not Found.");
      s.rules = s.rules.filter((r) => r !== rule);
    });
  }
}

class CustomRuleProxy extends ProxyBase<FakeRule> {
  protected read(name: string): unknown {
    if (name === "formula" && this.target().unreadable) throw new OfficeError("GeneralException", "rule cannot be read");
    if (name === "formula") return this.target().formula;
    return super.read(name);
  }
  get formula(): string {
    return this.get("formula") as string;
  }
  set formula(v: string) {
    this.set("formula", v, (r) => (r.formula = v));
  }
}

interface ExplanationTarget {
  sheet: FakeSheet;
  kind: "notes" | "comments";
}

class ExplanationCollectionProxy extends ProxyBase<ExplanationTarget> {
  private itemProxies: ExplanationProxy[] = [];
  protected loadOne(name: string): unknown {
    if (!name.startsWith("items")) return super.loadOne(name);
    const t = this.target();
    const entries = [...t.sheet[t.kind].entries()];
    this.itemProxies = entries.map(([address, content]) => {
      const p = new ExplanationProxy(this.ctx, `${this.path}[${address}]`, () => ({ ...t, address }));
      p.preloadContent(content);
      return p;
    });
    this.loaded.set("items", true);
    return entries.map(([, content]) => content);
  }
  get items(): ExplanationProxy[] {
    this.get("items");
    return this.itemProxies;
  }
  add(address: string, content: string): void {
    this.call("add", [address, content], (t) => {
      // CommentCollection.add: "If it's a string, it must contain the full address, including the sheet name."
      if (t.kind === "comments" && !address.includes("!")) throw new OfficeError("InvalidArgument", `comment address without sheet: ${address}`);
      const at = parseRange(address);
      const k = a1(at.top, at.left);
      if (t.sheet[t.kind].has(k)) throw new OfficeError("InvalidArgument", `${k} already has one`);
      t.sheet[t.kind].set(k, content);
    });
  }
  /** NoteCollection.getItem(cell address); CommentCollection.getItem takes a comment id, which the fake has none of. */
  getItem(address: string): ExplanationProxy {
    return this.itemAt(address, "notes");
  }
  /** CommentCollection only (NoteCollection has no getItemByCell); the full address is required. */
  getItemByCell(address: string): ExplanationProxy {
    return this.itemAt(address, "comments");
  }
  private itemAt(address: string, only: "notes" | "comments"): ExplanationProxy {
    return new ExplanationProxy(this.ctx, `${this.path}.item(${address})`, () => {
      const t = this.target();
      if (t.kind !== only) throw new OfficeError("ApiNotFound", `${t.kind} has no such lookup by cell address`);
      if (only === "comments" && !address.includes("!")) throw new OfficeError("InvalidArgument", `comment address without sheet: ${address}`);
      const at = parseRange(address);
      const k = a1(at.top, at.left);
      if (!t.sheet[t.kind].has(k)) throw new OfficeError("ItemNotFound", `no ${t.kind} at ${k}`);
      return { ...t, address: k };
    });
  }
}

class ExplanationProxy extends ProxyBase<ExplanationTarget & { address: string }> {
  preloadContent(content: string): void {
    this.loaded.set("content", content);
  }
  get content(): string {
    return this.get("content") as string;
  }
  set content(v: string) {
    this.set("content", v, (t) => {
      if (!t.sheet[t.kind].has(t.address)) throw new OfficeError("ItemNotFound", `no ${t.kind} at ${t.address}`);
      t.sheet[t.kind].set(t.address, v);
    });
  }
  getLocation(): RangeProxy {
    return new RangeProxy(this.ctx, `${this.path}.location`, () => {
      const t = this.target();
      return { sheet: t.sheet, rect: parseRange(t.address) };
    });
  }
  delete(): void {
    this.call("delete", [], (t) => t.sheet[t.kind].delete(t.address));
  }
}

class SettingsProxy extends ProxyBase<FakeExcel> {
  getItemOrNullObject(name: string): SettingProxy {
    return new SettingProxy(this.ctx, `${this.path}.getItemOrNull(${name})`, () =>
      this.ctx.book.settings.has(name) ? { name } : null,
    );
  }
  add(name: string, value: unknown): void {
    this.call("add", [name, value], (b) => b.settings.set(name, value));
  }
  getItem(name: string): { delete(): void } {
    return {
      delete: () =>
        this.call("deleteSetting", [name], (b) => {
          if (!b.settings.delete(name)) throw new OfficeError("ItemNotFound", `no setting ${name}`);
        }),
    };
  }
}

class SettingProxy extends NullableProxy<{ name: string }> {
  protected read(name: string): unknown {
    const t = this.target();
    if (name === "value") return t ? this.ctx.book.settings.get(t.name) : null;
    return super.read(name);
  }
  get value(): unknown {
    return this.get("value");
  }
}

