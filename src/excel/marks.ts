/// <reference types="office-js" />
// Marks in Excel that can be taken away leaving the sheet exactly as it was:
// - the colour comes from conditional-format rules over RangeAreas (one rule per severity and
//   per few hundred areas), so the cells' own fills are never touched; deleting the rules restores
//   the look exactly. A rule is ours when its formula carries RULE_TAG, and it is deleted by the id
//   read in the same run: Office.js documents ConditionalFormat.id as "the priority of the
//   conditional format in the current ConditionalFormatCollection", and `add` puts every new
//   format "at the first/top priority", so an id kept from an earlier run (or even read back
//   after the next add) may by then name the user's rule. The ids are still recorded in the
//   workbook settings with the rest of the record, for diagnosis only;
// - explanations go into cell notes (ExcelApi 1.18) or comments (1.10), only on cells that have
//   none of the user's; clearing deletes only the ones recorded and still starting with our prefix.
import { columnLetter } from "../core/address";
import type { OnProgress } from "../core/host";
import { SEVERITY_FILL, type Mark, type MarkPlan, type Severity } from "../core/schema";
import { actionBytes, op, runOps, type Op } from "./batch";
import { protectedSheetError } from "./errors";

export type ExplainKind = "note" | "comment";

/** Every explanation the engine writes starts with this (see planMarks). */
export const EXPLANATION_PREFIX = "任务分工助手：";
/** Workbook setting holding what this tool added, per worksheet id. */
export const MARKS_SETTING = "taskplan.marks";

/** Always TRUE, and names this tool: how its conditional formats are told from the user's. */
export const RULE_FORMULA = '=N("taskplan")=0';
const RULE_TAG = '"taskplan"';

/** Keeps each RangeAreas address short enough for Excel to accept. */
const AREAS_PER_RULE = 300;
const ADDRESS_CHARS_PER_RULE = 4_000;

export interface MarkRecord {
  /** Ids the conditional-format rules we added had when added (not used to delete: see above). */
  rules: string[];
  /** Cells (A1) we put an explanation on, and how. */
  explained: string[];
  kind: ExplainKind | null;
  /** Cells marked. */
  cells: number;
}
type MarkRecords = Record<string, MarkRecord>;

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** Quoted sheet reference for full addresses ('Sheet 1'!A1). */
export function sheetRef(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/**
 * Cells of one severity as A1 areas, vertical runs in a column joined (F5:F40), grouped into
 * address strings of a few hundred areas each.
 */
export function markAddressGroups(marks: Mark[]): string[] {
  const byColumn = new Map<number, number[]>();
  for (const m of marks) byColumn.set(m.col, [...(byColumn.get(m.col) ?? []), m.row]);
  const areas: string[] = [];
  for (const [col, rows] of [...byColumn.entries()].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    const letter = columnLetter(col);
    let start = rows[0];
    let prev = rows[0];
    const flush = () => areas.push(start === prev ? `${letter}${start + 1}` : `${letter}${start + 1}:${letter}${prev + 1}`);
    for (const r of rows.slice(1)) {
      if (r === prev) continue;
      if (r !== prev + 1) {
        flush();
        start = r;
      }
      prev = r;
    }
    flush();
  }
  const groups: string[] = [];
  let current: string[] = [];
  let chars = 0;
  for (const a of areas) {
    if (current.length >= AREAS_PER_RULE || chars + a.length + 1 > ADDRESS_CHARS_PER_RULE) {
      groups.push(current.join(","));
      current = [];
      chars = 0;
    }
    current.push(a);
    chars += a.length + 1;
  }
  if (current.length > 0) groups.push(current.join(","));
  return groups;
}

function bareAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

interface Explanation {
  kind: ExplainKind;
  address: string;
  ours: boolean;
}

interface SheetMarkState {
  sheetId: string;
  records: MarkRecords;
  /** Ids of this tool's conditional formats now, lowest priority first (the order to delete them in). */
  ourRules: string[];
  explanations: Explanation[];
}

interface ExplanationItem {
  content: unknown;
  getLocation(): Excel.Range;
}

function explanationCollection(sheet: Excel.Worksheet, kind: ExplainKind): Excel.NoteCollection | Excel.CommentCollection {
  return kind === "note" ? sheet.notes : sheet.comments;
}

/**
 * Two requests: the sheet, our record, its rules and explanations; then the custom rules' formulas
 * and where the explanations are.
 */
async function inspect(context: Excel.RequestContext, sheetName: string, kinds: ExplainKind[]): Promise<SheetMarkState> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.load("id");
  const protection = context.workbook.worksheets.getItem(sheetName).protection;
  protection.load("protected");
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  setting.load("value");
  const rules = context.workbook.worksheets.getItem(sheetName).getRange().conditionalFormats;
  rules.load("items/id,items/type,items/priority");
  const collections = kinds.map((kind) => {
    const c = explanationCollection(sheet, kind);
    c.load("items/content");
    return { kind, c };
  });
  await context.sync();
  if (protection.protected) throw protectedSheetError(sheetName);

  // Only custom formats can be ours; `custom` throws on any other type.
  const custom = rules.items.filter((r) => r.type === "Custom");
  for (const r of custom) r.custom.rule.load("formula");
  const located = collections.flatMap(({ kind, c }) =>
    (c.items as ExplanationItem[]).map((item) => {
      const where = item.getLocation();
      where.load("address");
      return { kind, where, content: String(item.content ?? "") };
    }),
  );
  if (located.length > 0 || custom.length > 0) await context.sync();

  return {
    sheetId: sheet.id,
    records: (setting.isNullObject ? {} : parseRecords(setting.value)) as MarkRecords,
    ourRules: custom
      .filter((r) => String(r.custom.rule.formula ?? "").includes(RULE_TAG))
      .sort((a, b) => b.priority - a.priority)
      .map((r) => r.id),
    explanations: located.map(({ kind, where, content }) => ({
      kind,
      address: bareAddress(where.address),
      ours: content.startsWith(EXPLANATION_PREFIX),
    })),
  };
}

function parseRecords(value: unknown): MarkRecords {
  const parsed: unknown = typeof value === "string" ? JSON.parse(value) : value;
  return parsed && typeof parsed === "object" ? (parsed as MarkRecords) : {};
}

/** The explanations a record says we added that are still there and still ours. */
function removableExplanations(state: SheetMarkState, record: MarkRecord | undefined): Explanation[] {
  if (!record) return [];
  const explained = new Set(record.explained);
  return state.explanations.filter((e) => e.ours && e.kind === record.kind && explained.has(e.address));
}

/**
 * Queues the removal of this tool's rules, and of the explanations a record says we added where
 * they are still there and still ours. Rules go lowest priority first: deleting one never moves
 * the priority (the documented id) of a rule above it.
 */
function removalOps(sheetName: string, state: SheetMarkState, record: MarkRecord | undefined): Op[] {
  const ruleOps = state.ourRules.map((id) =>
    op(actionBytes(id), (ctx) => ctx.workbook.worksheets.getItem(sheetName).getRange().conditionalFormats.getItem(id).delete()),
  );
  const explanationOps = removableExplanations(state, record).map((e) =>
    op(actionBytes(e.address), (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(sheetName);
      // A worksheet's notes are keyed by the bare cell address ("A1"); comments take the full one.
      if (e.kind === "note") sheet.notes.getItem(e.address).delete();
      else sheet.comments.getItemByCell(`${sheetRef(sheetName)}!${e.address}`).delete();
    }),
  );
  return [...ruleOps, ...explanationOps];
}

function saveRecordOp(records: MarkRecords): Op {
  return op(actionBytes(MARKS_SETTING, records), (ctx) => {
    ctx.workbook.settings.add(MARKS_SETTING, JSON.stringify(records));
  });
}

export interface MarkOptions {
  /** How explanations are written, null when the host supports neither notes nor comments. */
  explain: ExplainKind | null;
  /** Explanation kinds the host can read (to find and remove earlier ones). */
  readable: ExplainKind[];
  onProgress?: OnProgress;
}

/** Replaces this tool's marks on plan.sheet with plan.marks. */
export async function applyMarks(context: Excel.RequestContext, plan: MarkPlan, options: MarkOptions): Promise<void> {
  const sheetName = plan.sheet;
  const state = await inspect(context, sheetName, options.readable);
  const previous = state.records[state.sheetId];

  // Request 1: old marks out, new rules in (their ids are read back).
  const groups = SEVERITIES.flatMap((severity) =>
    markAddressGroups(plan.marks.filter((m) => m.severity === severity)).map((addresses) => ({ severity, addresses })),
  );
  // Filled when the request is (re)queued; ids are read once it has been applied.
  const newRules: Excel.ConditionalFormat[] = new Array(groups.length);
  const ruleOps = groups.map(({ severity, addresses }, index) =>
    op(actionBytes(addresses, RULE_FORMULA, SEVERITY_FILL[severity]), (ctx) => {
      const rule = ctx.workbook.worksheets.getItem(sheetName).getRanges(addresses).conditionalFormats.add("Custom");
      rule.custom.rule.formula = RULE_FORMULA;
      rule.custom.format.fill.color = `#${SEVERITY_FILL[severity]}`;
      rule.load("id");
      newRules[index] = rule;
    }),
  );
  const progress = (f: number) =>
    options.onProgress?.({ fraction: 0.6 + 0.4 * f, zh: "正在标记问题单元格…", en: "Marking cells…" });
  await runOps(context, [...removalOps(sheetName, state, previous), ...ruleOps], {
    beforeEach: (ctx) => ctx.application.suspendScreenUpdatingUntilNextSync(),
  });
  progress(0.3);

  // Then the record (before the explanations, so an interrupted run can still be cleared) and
  // the explanations, on cells without one of the user's.
  const kind = options.explain;
  const removed = new Set(removableExplanations(state, previous));
  const occupied = new Set(state.explanations.filter((e) => !removed.has(e)).map((e) => e.address));
  const explained = kind ? plan.marks.filter((m) => !occupied.has(m.address)) : [];
  const records: MarkRecords = {
    ...state.records,
    [state.sheetId]: {
      rules: newRules.map((r) => r.id),
      explained: explained.map((m) => m.address),
      kind,
      cells: plan.marks.length,
    },
  };
  const explanationOps = explained.map((m) =>
    op(actionBytes(m.address, m.note), (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(sheetName);
      if (kind === "note") sheet.notes.add(m.address, m.note);
      else sheet.comments.add(`${sheetRef(sheetName)}!${m.address}`, m.note, "Plain");
    }),
  );
  await runOps(context, [saveRecordOp(records), ...explanationOps], {
    beforeEach: (ctx) => ctx.application.suspendScreenUpdatingUntilNextSync(),
    onChunk: (f) => progress(0.3 + 0.7 * f),
  });
}

/** Removes this tool's marks from a sheet; returns the number of cells that were marked. */
export async function clearMarks(context: Excel.RequestContext, sheetName: string, readable: ExplainKind[]): Promise<number> {
  const state = await inspect(context, sheetName, readable);
  const previous = state.records[state.sheetId];
  if (!previous && state.ourRules.length === 0) return 0;
  const rest = { ...state.records };
  delete rest[state.sheetId];
  await runOps(context, [...removalOps(sheetName, state, previous), saveRecordOp(rest)], {
    beforeEach: (ctx) => ctx.application.suspendScreenUpdatingUntilNextSync(),
  });
  return previous?.cells ?? 0;
}
