// The single source of types shared by the engine, the hosts (Excel, exceljs, browser) and the CLI.
// Every shape that crosses a boundary (snapshot in, report / plans out, settings stored in a
// workbook) is a zod schema here; TypeScript types are inferred from them.
import { z } from "zod";
import { columnIndex, MAX_COLUMN_INDEX } from "./address";
import { lazily } from "./lazily";
import { RULE_IDS } from "./rules";
import { SeveritySchema, type Severity } from "./rules/rule";

// ---------------------------------------------------------------- snapshot (host → engine)

/** A cell as a host reads it. Dates arrive as Excel serial numbers and are listed in `dateCells`. */
export const CellValueSchema = lazily(() => z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.object({ error: z.string() }),
]));
export type CellValue = z.infer<ReturnType<typeof CellValueSchema>>;

/** A rectangle of cells, 0-based absolute worksheet coordinates, bounds inclusive. */
export const RectSchema = lazily(() => z.object({
  top: z.number().int().min(0),
  left: z.number().int().min(0),
  bottom: z.number().int().min(0),
  right: z.number().int().min(0),
}));
export type Rect = z.infer<ReturnType<typeof RectSchema>>;

export const SheetSnapshotSchema = lazily(() => z.object({
  sheet: z.string(),
  /** Absolute 0-based position of values[0][0] (a used range need not start at A1). */
  origin: z.object({ row: z.number().int().min(0), col: z.number().int().min(0) }),
  values: z.array(z.array(CellValueSchema())),
  /** Absolute 0-based [row, col] of number cells whose format is a date. */
  dateCells: z.array(z.tuple([z.number().int(), z.number().int()])),
  merges: z.array(RectSchema()),
  /** Absolute 0-based rows the sheet hides (withdrawn or filtered out): never tasks. */
  hiddenRows: z.array(z.number().int()).optional(),
  /** Absolute 0-based [row, col] of text cells struck through in full (withdrawn tasks). */
  struckCells: z.array(z.tuple([z.number().int(), z.number().int()])).optional(),
  /** The workbook's file name as its host knows it (2025年政务公开工作要点任务分工.xlsx): where a
   * clerk's plan states its year when the sheet states none. */
  workbook: z.string().optional(),
}));
export type SheetSnapshot = z.infer<ReturnType<typeof SheetSnapshotSchema>>;

// ---------------------------------------------------------------- settings

export { SeveritySchema, type Severity } from "./rules/rule";
export { RULE_IDS } from "./rules";
export const RuleIdSchema = lazily(() => z.enum(RULE_IDS));
export type RuleId = z.infer<ReturnType<typeof RuleIdSchema>>;

export const RuleSettingSchema = lazily(() => z.object({
  enabled: z.boolean().optional(),
  severity: SeveritySchema().optional(),
}));

// ---------------------------------------------------------------- column roles

/**
 * The roles a column of a plan table can play: one entry each, from which the column shapes of the
 * report and the settings, the pane's role fields and the CLI's column line all derive. `multi`: the
 * role may take several columns (栏目 levels; 责任单位 | 业主单位, whose units are all responsible); header patterns and content scoring of each role are
 * in src/core/columns.ts and src/core/content.ts, keyed by these ids. A deadline column that is also a
 * task column (requirement or category) holds steps each opening with its time (3-4月：协助…): the
 * opening phrase is the row's deadline, the rest its text — found from the cells (table.ts) or set so.
 */
export const COLUMN_ROLES = [
  { id: "seq", multi: false, zh: "序号", en: "Number" },
  { id: "category", multi: true, zh: "工作任务（分类）", en: "Task category" },
  { id: "requirement", multi: false, zh: "具体要求", en: "Requirement" },
  { id: "units", multi: true, zh: "责任单位", en: "Responsible units" },
  { id: "lead", multi: false, zh: "牵头单位", en: "Lead unit" },
  { id: "co", multi: false, zh: "配合单位", en: "Co-operating units" },
  { id: "deadline", multi: false, zh: "完成时间", en: "Deadline" },
  { id: "remark", multi: false, zh: "备注", en: "Remark" },
] as const;
export type ColumnRoleId = (typeof COLUMN_ROLES)[number]["id"];
export type MultiColumnRoleId = Extract<(typeof COLUMN_ROLES)[number], { multi: true }>["id"];

/** A worksheet column by its letters, A to XFD (Excel's last), either case. */
const ColumnLetterSchema = lazily(() => z
  .string()
  .refine((s) => /^[A-Za-z]{1,3}$/.test(s) && columnIndex(s) <= MAX_COLUMN_INDEX, {
    error: (issue) => `列须为 A–XFD 的列字母 / must be a column letter A–XFD, got ${JSON.stringify(issue.input)}`,
  }));

type ColumnLettersShape<Many extends z.ZodType> = {
  [K in ColumnRoleId]: K extends MultiColumnRoleId ? z.ZodOptional<Many> : z.ZodOptional<z.ZodString>;
};
/** One field per role: a column's letters, or `many(letters)` for a multi-column role. */
function columnLettersShape<Many extends z.ZodType>(letters: z.ZodString, many: (letters: z.ZodString) => Many): ColumnLettersShape<Many> {
  return Object.fromEntries(
    COLUMN_ROLES.map((r) => [r.id, r.multi ? many(letters).optional() : letters.optional()]),
  ) as ColumnLettersShape<Many>;
}

/** Column letters of each role of a table: a list for a multi-column role. */
export const TableColumnsSchema = lazily(() => z.object(columnLettersShape(z.string(), (l) => z.array(l))));
export type TableColumns = z.infer<ReturnType<typeof TableColumnsSchema>>;

/** Column roles a user may set by hand when the detected table is wrong: checked letters A–XFD.
 * A multi-column role takes one letter or a list, so a setting written before it took several
 * ("units": "E") still holds. */
export const ColumnOverrideSchema = lazily(() => z
  .object(columnLettersShape(ColumnLetterSchema(), (l) => z.union([l, z.array(l)])))
  .extend({ headerRow: z.number().int().min(1).optional() })
  .strict());

/** Whom a catch-all addresses (src/core/generate/scope.ts; the README's decision table). */
export const CatchAllScopeSchema = lazily(() => z.enum(["every", "level", "class", "relevant"]));
export type CatchAllScope = z.infer<ReturnType<typeof CatchAllScopeSchema>>;

/** What settings not given default to: the schema's defaults, and the settings of a run given none
 * (parseConfig returns a copy without building the schema, so such a run never loads zod). */
export const CONFIG_DEFAULTS = {
  lang: "zh",
  leadRule: "auto",
  catchAll: [] as string[],
  rules: {},
  common: "every",
  scopes: {},
  classMembers: {},
} as const;

export const ConfigSchema = lazily(() => z
  .object({
    lang: z.enum(["zh", "en"]).default(CONFIG_DEFAULTS.lang),
    /**
     * Who leads a task: `marked` = only a unit marked 牵头; `first-listed` = also the first of
     * several units; `auto` = first-listed when the sheet says so (排第一位的为牵头单位).
     */
    leadRule: z.enum(["auto", "marked", "first-listed"]).default(CONFIG_DEFAULTS.leadRule),
    /** Plan year; by default read from the sheet (title, sheet name, labels, deadlines), else the workbook's file name. */
    planYear: z.number().int().min(1949).max(2200).optional(),
    /** More catch-all unit names (各有关部门 and the like are built in). */
    catchAll: z.array(z.string()).default(CONFIG_DEFAULTS.catchAll),
    rules: z.partialRecord(RuleIdSchema(), RuleSettingSchema()).default(CONFIG_DEFAULTS.rules),
    columns: ColumnOverrideSchema().optional(),
    /** Rows naming only catch-alls: in every department's tab too, or only in the 共同任务 tab. */
    common: z.enum(["every", "separate"]).default(CONFIG_DEFAULTS.common),
    /** Name of a sheet holding the roster (单位名录). */
    rosterSheet: z.string().optional(),
    /** Scopes given to catch-all names, over the ones read from their grammar:
     * { "各行政执法部门": "class", "有关单位": "every" }. */
    scopes: z.record(z.string(), CatchAllScopeSchema()).default(CONFIG_DEFAULTS.scopes),
    /** Members of a class catch-all: { "各行政执法部门": ["建设局", "工商分局"] }. */
    classMembers: z.record(z.string(), z.array(z.string())).default(CONFIG_DEFAULTS.classMembers),
  })
  .strict());
export type Config = z.infer<ReturnType<typeof ConfigSchema>>;
export type ConfigInput = z.input<ReturnType<typeof ConfigSchema>>;

// ---------------------------------------------------------------- report (engine → everyone)

export const UnitRoleSchema = lazily(() => z.enum(["lead", "co", "responsible"]));
export type UnitRole = z.infer<ReturnType<typeof UnitRoleSchema>>;

export const UnitSchema = lazily(() => z.object({
  /** Normalised simplified name, as written otherwise (typos kept). */
  name: z.string(),
  role: UnitRoleSchema(),
  generic: z.boolean(),
}));
export type Unit = z.infer<ReturnType<typeof UnitSchema>>;

export const DeadlineClassSchema = lazily(() => z.enum(["date", "recurring", "ongoing", "vague", "missing"]));
export type DeadlineClass = z.infer<ReturnType<typeof DeadlineClassSchema>>;

export const DeadlineSchema = lazily(() => z.object({
  text: z.string(),
  class: DeadlineClassSchema(),
  /** For `date`: the last day the phrase allows, YYYY-MM-DD. */
  date: z.string().nullable(),
}));
export type Deadline = z.infer<ReturnType<typeof DeadlineSchema>>;

export const UnitStatusSchema = lazily(() => z.enum(["ok", "missing", "generic"]));
export type UnitStatus = z.infer<ReturnType<typeof UnitStatusSchema>>;

export const TableInfoSchema = lazily(() => z.object({
  /** 1-based worksheet rows. */
  headerRows: z.array(z.number().int()),
  firstRow: z.number().int(),
  lastRow: z.number().int(),
  /** Column letters. */
  columns: TableColumnsSchema(),
}));
export type TableInfo = z.infer<ReturnType<typeof TableInfoSchema>>;

export const RowReportSchema = lazily(() => z.object({
  row: z.number().int(),
  seq: z.string().nullable(),
  category: z.array(z.string()),
  units: z.array(UnitSchema()),
  lead: z.string().nullable(),
  unitStatus: UnitStatusSchema(),
  deadline: DeadlineSchema(),
}));
export type RowReport = z.infer<ReturnType<typeof RowReportSchema>>;

export const FindingSchema = lazily(() => z.object({
  rule: RuleIdSchema(),
  severity: SeveritySchema(),
  sheet: z.string(),
  /** A1 address, e.g. "F12"; for sheet-level findings the header cell or A1. */
  cell: z.string(),
  /** 1-based worksheet row; null for a sheet-level finding. */
  row: z.number().int().nullable(),
  message: z.string(),
  suggestion: z.string().optional(),
}));
export type Finding = z.infer<ReturnType<typeof FindingSchema>>;

/** Where the plan year came from, in the order the reader asks (src/core/read.ts): the settings,
 * the sheet (its title, the text above the table, the deadline label, its name), the other header
 * labels, the years the deadlines write, a note or heading in the table above its first task, the
 * workbook's file name, the years the tasks' own text writes; none when no step gave one. */
export const PLAN_YEAR_SOURCES = ["settings", "sheet", "header", "deadlines", "preamble", "workbook", "tasks", "none"] as const;
export const PlanYearSourceSchema = lazily(() => z.enum(PLAN_YEAR_SOURCES));
export type PlanYearSource = z.infer<ReturnType<typeof PlanYearSourceSchema>>;

export const SheetReportSchema = lazily(() => z.object({
  sheet: z.string(),
  table: TableInfoSchema().nullable(),
  /** The year that year-less deadlines (6月底前, 三季度) are dated in, and where it came from. */
  planYear: z.number().int().nullable(),
  planYearSource: PlanYearSourceSchema(),
  rows: z.array(RowReportSchema()),
  findings: z.array(FindingSchema()),
}));
export type SheetReport = z.infer<ReturnType<typeof SheetReportSchema>>;

export const ReportSchema = lazily(() => z.object({
  file: z.string(),
  sheets: z.array(SheetReportSchema()),
}));
export type Report = z.infer<ReturnType<typeof ReportSchema>>;

// ---------------------------------------------------------------- edit plans (engine → hosts)

/** One marked cell: the highest severity of its findings and their joined explanations. */
export const MarkSchema = lazily(() => z.object({
  /** 0-based absolute coordinates and the A1 address of the same cell. */
  row: z.number().int(),
  col: z.number().int(),
  address: z.string(),
  severity: SeveritySchema(),
  note: z.string(),
}));
export type Mark = z.infer<ReturnType<typeof MarkSchema>>;

export const MarkPlanSchema = lazily(() => z.object({
  sheet: z.string(),
  marks: z.array(MarkSchema()),
  /** The 检查结果 sheet of this check (src/core/report/resultsheet.ts): replaces the one an earlier
   * check of this sheet wrote; clearing the marks removes it. */
  results: TabSpecSchema().optional(),
}));
export type MarkPlan = z.infer<ReturnType<typeof MarkPlanSchema>>;

export const FontSpecSchema = lazily(() => z.object({ name: z.string(), size: z.number(), bold: z.boolean() }));
export type FontSpec = z.infer<ReturnType<typeof FontSpecSchema>>;

/** The look of a generated tab, decided once in the core. Rows: 1 title, 2 header, then data. */
export const TabLookSchema = lazily(() => z.object({
  titleFont: FontSpecSchema(),
  headerFont: FontSpecSchema(),
  bodyFont: FontSpecSchema(),
  /** RGB without alpha. */
  headerFill: z.string(),
  /** Thin rule colour around every table cell, RGB. */
  borderColor: z.string(),
  titleHeight: z.number(),
  /** Rows frozen at the top (title and header). */
  freezeRows: z.number().int(),
  autoFilter: z.boolean(),
  print: z.object({
    paper: z.literal("A4"),
    orientation: z.enum(["landscape", "portrait"]),
    /** 1-based rows repeated on every printed page. */
    repeatRows: z.tuple([z.number().int(), z.number().int()]),
    fitToWidth: z.boolean(),
    horizontalCentered: z.boolean(),
    /** Page-number footer in Excel's header/footer codes (&P, &N); centred. */
    footer: z.string(),
    /** Margins in inches. */
    margins: z.object({ left: z.number(), right: z.number(), top: z.number(), bottom: z.number(), header: z.number(), footer: z.number() }),
  }),
}));
export type TabLook = z.infer<ReturnType<typeof TabLookSchema>>;

/** A tab to create: title row, header row, data rows. Hosts write values as text, never formulas. */
export const TabSpecSchema = lazily(() => z.object({
  name: z.string(),
  /** level: a tab for a level of bodies the plan addresses without naming one (乡街). */
  kind: z.enum(["department", "level", "common", "index", "roster", "results"]),
  /** The department (or level) this tab belongs to (kind department/level). */
  unit: z.string().optional(),
  title: z.string(),
  header: z.array(z.string()),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
  /** Internal hyperlinks: data-row index (0-based, under the header), column index, target. */
  links: z.array(
    z.object({
      row: z.number().int(),
      col: z.number().int(),
      sheet: z.string(),
      cell: z.string(),
    }),
  ),
  /** Column widths in characters. */
  widths: z.array(z.number()),
  /** Columns whose data cells are centred (numbers, short codes such as 牵头 / 配合). */
  centered: z.array(z.number().int()).optional(),
  /** How every host draws the tab (tabLook() in src/core/generate/look.ts); hosts only draw it. */
  look: TabLookSchema().optional(),
  /** File name stem when the tab is sent as a workbook of its own (〈单位〉-〈计划简称〉-〈年份〉). */
  file: z.string().optional(),
  /** The hidden mark saying this tool made the tab (src/core/tabmark.ts); none on a roster. A
   * results sheet carries it under RESULTS_MARK_NAME, its plan being resultsKey(checked sheet). */
  mark: z.object({ plan: z.string(), digest: z.string() }).optional(),
}));
export type TabSpec = z.infer<ReturnType<typeof TabSpecSchema>>;



export const TabsPlanSchema = lazily(() => z.object({
  sourceSheet: z.string(),
  tabs: z.array(TabSpecSchema()),
}));
export type TabsPlan = z.infer<ReturnType<typeof TabsPlanSchema>>;


/** Fill colours of marks, by severity (ARGB without alpha: Excel's own light red / yellow / blue). */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "FFC7CE",
  warning: "FFEB9C",
  info: "DDEBF7",
};
