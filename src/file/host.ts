// The WorkbookHost over an .xlsx package, for the CLI and the browser page: it reads only what the
// engine needs and writes by patching the parts an operation changes; every other part (charts,
// threaded comments, macros, names, pictures…) is copied through byte for byte. No Node APIs.
import { PlanError } from "../core/errors";
import type { ApplyTabsResult, OnProgress, SheetInfo, WorkbookHost } from "../core/host";
import type { ConfigInput, MarkPlan, SheetSnapshot, TabSpec, TabsPlan } from "../core/schema";
import { LEGACY_TAB_FOOTER, parseTabMark, RESULTS_MARK_NAME, resultsKey, TAB_MARK_NAME, type TabMark } from "../core/tabmark";
import { openWorkbookPackage } from "./formats";
import { applyMarks, clearMarks, hasMarks, type MarkTarget } from "./marks";
import type { XlsxPackage } from "./package";
import { removeResults, writeResults } from "./results";
import { readSharedStrings, readStyles, readWorksheet, type ReadContext } from "./reader";
import { readSettingsJson, writeSettingsJson } from "./settings";
import { applyTabsToPackage } from "./tabs";
import { readWorkbookInfo, type SheetEntry, type WorkbookInfo } from "./workbook";

export function noSheetError(sheet: string): PlanError {
  return new PlanError("no-sheet", `找不到工作表“${sheet}”`, `No sheet named "${sheet}"`);
}

function notWorksheetError(sheet: string): PlanError {
  return new PlanError("no-table", `“${sheet}”是图表工作表，没有可检查的单元格`, `"${sheet}" is a chart sheet: it has no cells to check`);
}

export class FileHost implements WorkbookHost {
  private info?: WorkbookInfo;
  private context?: ReadContext;

  constructor(
    private pkg: XlsxPackage,
    readonly name: string,
  ) {
    if (!this.workbook().sheets.some((s) => s.kind === "worksheet")) {
      throw new PlanError("empty-workbook", "工作簿中没有工作表", "The workbook has no worksheets");
    }
  }

  static async fromBytes(data: ArrayBuffer | Uint8Array, name: string): Promise<FileHost> {
    return new FileHost(openWorkbookPackage(data), name);
  }

  get package(): XlsxPackage {
    return this.pkg;
  }

  private workbook(): WorkbookInfo {
    return (this.info ??= readWorkbookInfo(this.pkg));
  }

  private entry(sheet: string): SheetEntry {
    const entry = this.workbook().sheets.find((s) => s.name === sheet);
    if (!entry) throw noSheetError(sheet);
    return entry;
  }

  private tabMark(index: number, name = TAB_MARK_NAME): TabMark | undefined {
    for (const d of this.workbook().definedNames) {
      if (d.name !== name || d.localSheetId !== index) continue;
      const mark = parseTabMark(d.formula);
      if (mark) return mark;
    }
    return undefined;
  }

  private isGenerated(entry: SheetEntry, index: number): boolean {
    if (this.tabMark(index)) return true;
    if (entry.kind !== "worksheet") return false;
    const xml = this.pkg.text(entry.part) ?? "";
    return xml.includes(LEGACY_TAB_FOOTER);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.workbook().sheets.map((s, i) => {
      const mark = this.tabMark(i);
      const results = this.tabMark(i, RESULTS_MARK_NAME);
      return {
        name: s.name,
        generated: this.isGenerated(s, i),
        ...(mark ? { mark } : {}),
        ...(results ? { results } : {}),
        ...(s.kind === "worksheet" ? {} : { checkable: false }),
      };
    });
  }

  /** The tab Excel would open on, else the first visible worksheet. */
  async activeSheet(): Promise<string> {
    const { sheets, activeTab } = this.workbook();
    const usable = (s: SheetEntry | undefined) => s !== undefined && s.state === "visible" && s.kind === "worksheet";
    const active = sheets[activeTab];
    return (usable(active) ? active : (sheets.find(usable) ?? sheets.find((s) => s.kind === "worksheet")!)).name;
  }

  async readSnapshot(sheet: string): Promise<SheetSnapshot> {
    const entry = this.entry(sheet);
    if (entry.kind !== "worksheet") throw notWorksheetError(sheet);
    const { sharedStrings, styles } = this.workbook();
    if (!this.context) {
      this.context = {
        strings: readSharedStrings(sharedStrings ? this.pkg.text(sharedStrings) : undefined),
        styles: readStyles(styles ? this.pkg.text(styles) : undefined),
      };
      if (sharedStrings) this.pkg.release(sharedStrings);
    }
    const snapshot = readWorksheet(sheet, this.pkg.text(entry.part) ?? "", this.context);
    this.pkg.release(entry.part);
    return { ...snapshot, workbook: this.name };
  }

  private markTarget(sheet: string): MarkTarget {
    const entry = this.entry(sheet);
    if (entry.kind !== "worksheet") throw notWorksheetError(sheet);
    const info = this.workbook();
    if (!info.styles) {
      throw new PlanError("bad-file", "工作簿缺少样式部件（styles.xml），无法标记", "The workbook has no styles part (styles.xml) to mark with");
    }
    return { sheetPart: entry.part, stylesPart: info.styles, worksheetParts: info.sheets.filter((s) => s.kind === "worksheet").map((s) => s.part) };
  }

  /** Throws what applyMarks would refuse the sheet for (no such sheet, a chart sheet, no styles
   * part) before anything is written. */
  checkMarkable(sheet: string): void {
    this.markTarget(sheet);
  }

  async applyMarks(plan: MarkPlan, onProgress?: OnProgress): Promise<void> {
    applyMarks(this.pkg, this.markTarget(plan.sheet), plan, onProgress);
    if (plan.results) {
      writeResults(this.pkg, plan.sheet, plan.results);
      this.forget();
    }
  }

  /** The 检查结果 sheet goes first: it was written last. */
  async clearMarks(sheet: string): Promise<number> {
    const target = this.markTarget(sheet);
    if (removeResults(this.pkg, sheet)) this.forget();
    return clearMarks(this.pkg, target);
  }

  /** Sheets were added or removed: workbook.xml and the styles are read again. */
  private forget(): void {
    this.info = undefined;
    this.context = undefined;
  }

  /** Worksheets carrying marks of this tool, or a 检查结果 sheet of it. */
  async markedSheets(): Promise<string[]> {
    const { sheets, definedNames } = this.workbook();
    const reported = new Set(definedNames.filter((d) => d.name === RESULTS_MARK_NAME).map((d) => parseTabMark(d.formula)?.plan));
    return sheets.filter((s) => s.kind === "worksheet" && (hasMarks(this.pkg, s.part) || reported.has(resultsKey(s.name)))).map((s) => s.name);
  }

  async applyTabs(plan: TabsPlan, remove: string[], onProgress?: OnProgress): Promise<ApplyTabsResult> {
    const result = applyTabsToPackage(this.pkg, plan, remove, { onProgress });
    this.forget();
    return result;
  }

  /** The roster is the staff's sheet: written without the generated mark, replacing the old one. */
  /** Writes the roster (kind "roster", unmarked), replacing the sheet of that name: the user asked for it. */
  async writeRoster(spec: TabSpec): Promise<void> {
    applyTabsToPackage(this.pkg, { sourceSheet: spec.name, tabs: [{ ...spec, kind: "roster" }] }, [spec.name], { replaceUnmarked: [spec.name] });
    this.forget();
  }

  async loadSettings(): Promise<unknown> {
    const json = readSettingsJson(this.pkg, this.workbook().part);
    if (json === undefined) return {};
    try {
      return JSON.parse(json) as unknown;
    } catch {
      // callers decide: the CLI falls back to the defaults with a notice, the pane says so
      throw new PlanError("bad-config", "工作簿中保存的设置不是有效的 JSON", "The settings saved in the workbook are not valid JSON");
    }
  }

  async saveSettings(config: ConfigInput): Promise<void> {
    writeSettingsJson(this.pkg, this.workbook().part, JSON.stringify(config));
  }

  toBytes(): Uint8Array {
    return this.pkg.toBytes();
  }
}
