/// <reference types="office-js" />
// Marks in Excel in THE ONE FORMAT of src/core/markformat.ts, found again by what they are:
// - the colour comes from conditional-format rules over RangeAreas whose formula carries the
//   tool's tag (MARK_RULE_FORMULA), one rule per severity and per few hundred areas; the cells'
//   own fills are never touched. A rule is deleted by the id read in the same run: Office.js
//   documents ConditionalFormat.id as "the priority of the conditional format in the current
//   ConditionalFormatCollection", so an id kept from an earlier run may name the user's rule;
// - explanations are the tool's text block in the cell's note (ExcelApi 1.18) or comment (1.10),
//   after the user's own text if the cell has some. Clearing takes the block out and deletes the
//   note only when nothing else was in it.
// Nothing is recorded beside the marks: Worksheet.id has been seen to change when a workbook is
// reopened (office-js-docs #297, office-js #1390), and a record lost or stale must never cost
// the user a note or a rule.
import { columnLetter } from "../core/address";
import type { OnProgress } from "../core/host";
import { isMarkRuleFormula, MARK_RULE_FORMULA, withoutToolNote, withToolNote } from "../core/markformat";
import { SEVERITY_FILL, type Mark, type MarkPlan, type Severity } from "../core/schema";
import { actionBytes, op, runOps, type Op } from "./batch";
import { conditionalFormatError, protectedSheetError } from "./errors";

export type ExplainKind = "note" | "comment";

/** Workbook setting where versions before the one mark format kept a record per worksheet id: removed when seen. */
export const LEGACY_MARKS_SETTING = "taskplan.marks";

/** Office.js wants the "=" before the shared formula. */
export const RULE_FORMULA = `=${MARK_RULE_FORMULA}`;
/** Keeps each RangeAreas address short enough for Excel to accept. */
const AREAS_PER_RULE = 300;
const ADDRESS_CHARS_PER_RULE = 4_000;

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

/** Cells in an A1 areas address ("'S'!A1:B4,'S'!D1"). */
function cellsIn(address: string): number {
  let n = 0;
  for (const area of address.split(",")) {
    const m = /([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(bareAddress(area.trim()));
    if (!m) continue;
    const col = (s: string) => [...s].reduce((v, ch) => v * 26 + ch.charCodeAt(0) - 64, 0);
    n += m[3] ? (Math.abs(Number(m[4]) - Number(m[2])) + 1) * (Math.abs(col(m[3]) - col(m[1])) + 1) : 1;
  }
  return n;
}

interface Explanation {
  kind: ExplainKind;
  address: string;
  content: string;
}

interface OurRule {
  id: string;
  address: string;
}

interface SheetMarkState {
  /** This tool's conditional formats now, lowest priority first (the order to delete them in). */
  ourRules: OurRule[];
  /** Every note (and comment) on the sheet. */
  explanations: Explanation[];
  legacyRecord: boolean;
}

interface ExplanationItem {
  content: unknown;
  getLocation(): Excel.Range;
}

function explanationCollection(sheet: Excel.Worksheet, kind: ExplainKind): Excel.NoteCollection | Excel.CommentCollection {
  return kind === "note" ? sheet.notes : sheet.comments;
}

interface CustomRuleRead {
  id: string;
  priority: number;
  formula: Excel.ConditionalFormatRule;
  ranges: Excel.RangeAreas;
}

function queueRuleRead(rule: Excel.ConditionalFormat): CustomRuleRead {
  const formula = rule.custom.rule;
  formula.load("formula");
  const ranges = rule.getRanges();
  ranges.load("address");
  return { id: rule.id, priority: rule.priority, formula, ranges };
}

/**
 * Two requests: the sheet's protection, its rules and its notes; then the custom rules' formulas
 * and where the notes are. Excel has been seen to fail reading rules when several overlap on a
 * cell (office-js #6827, #6835): then each rule is read on its own, and one Excel cannot read is
 * left alone, as it may be the user's.
 */
async function inspect(context: Excel.RequestContext, sheetName: string, kinds: ExplainKind[]): Promise<SheetMarkState> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const protection = context.workbook.worksheets.getItem(sheetName).protection;
  protection.load("protected");
  const setting = context.workbook.settings.getItemOrNullObject(LEGACY_MARKS_SETTING);
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
  let reads = custom.map(queueRuleRead);
  const located = collections.flatMap(({ kind, c }) =>
    (c.items as ExplanationItem[]).map((item) => {
      const where = item.getLocation();
      where.load("address");
      return { kind, where, content: String(item.content ?? "") };
    }),
  );
  if (located.length > 0 || custom.length > 0) {
    try {
      await context.sync();
    } catch (e) {
      if (custom.length === 0) throw e;
      reads = await readRulesOneByOne(context, sheetName, custom.map((r) => r.id));
      for (const l of located) l.where.load("address");
      if (located.length > 0) await context.sync();
    }
  }

  return {
    ourRules: reads
      .filter((r) => isMarkRuleFormula(String(r.formula.formula ?? "")))
      .sort((a, b) => b.priority - a.priority)
      .map((r) => ({ id: r.id, address: r.ranges.address })),
    explanations: located.map(({ kind, where, content }) => ({ kind, address: bareAddress(where.address), content })),
    legacyRecord: !setting.isNullObject,
  };
}

/** One request per rule; a rule Excel will not describe is skipped (left as it is). */
async function readRulesOneByOne(context: Excel.RequestContext, sheetName: string, ids: string[]): Promise<CustomRuleRead[]> {
  const out: CustomRuleRead[] = [];
  for (const id of ids) {
    const rule = context.workbook.worksheets.getItem(sheetName).getRange().conditionalFormats.getItem(id);
    rule.load("id,priority");
    const read = { rule, parts: null as CustomRuleRead | null };
    try {
      // One rule per request, only when Excel would not describe them together.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      read.parts = queueRuleRead(rule);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      out.push(read.parts);
    } catch {
      // Unreadable: not provably ours, so not ours.
    }
  }
  return out;
}

function deleteRuleOp(sheetName: string, rule: OurRule): Op {
  return op(actionBytes(rule.id), (ctx) =>
    ctx.workbook.worksheets.getItem(sheetName).getRange().conditionalFormats.getItem(rule.id).delete(),
  );
}

/**
 * Deletes this tool's rules, lowest priority first: deleting one never moves the priority (the
 * documented id) of a rule above it. Excel refuses some deletions when rules overlap on a cell
 * (office-js #5222): then each rule goes in a request of its own, and the ones Excel still
 * refuses are named in the error, with what the user can do.
 */
async function deleteRules(context: Excel.RequestContext, sheetName: string, rules: OurRule[]): Promise<void> {
  if (rules.length === 0) return;
  try {
    await runOps(context, rules.map((r) => deleteRuleOp(sheetName, r)));
    return;
  } catch {
    // Some of the chunk may not have been applied; the rest goes one by one below.
  }
  const left = (await inspect(context, sheetName, [])).ourRules;
  const refused: string[] = [];
  for (const rule of left) {
    deleteRuleOp(sheetName, rule).queue(context);
    try {
      // Only after Excel refused them together: each refusal must not undo the others.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch {
      refused.push(rule.address);
    }
  }
  if (refused.length > 0) throw conditionalFormatError(sheetName, refused.map(bareAddress));
}

/** What a note becomes: the user's text kept, the tool's old block out, the new one in. */
function noteAfter(current: string | null, block: string | null): string | null {
  const user = current === null ? null : withoutToolNote(current).text;
  return block === null ? user : withToolNote(user, block);
}

function explanationOps(sheetName: string, kind: ExplainKind | null, state: SheetMarkState, marks: Mark[]): { ops: Op[]; stripped: number } {
  const blocks = new Map(kind ? marks.map((m) => [m.address, m.note]) : []);
  const ops: Op[] = [];
  let stripped = 0;
  const seen = new Set<string>();
  for (const e of state.explanations) {
    const block = e.kind === kind ? (blocks.get(e.address) ?? null) : null;
    if (e.kind === kind) seen.add(e.address);
    const next = noteAfter(e.content, block);
    if (withoutToolNote(e.content).found) stripped++;
    if (next === e.content) continue;
    ops.push(
      op(actionBytes(e.address, next), (ctx) => {
        const item = explanationItem(ctx.workbook.worksheets.getItem(sheetName), sheetName, e.kind, e.address);
        if (next === null) item.delete();
        else item.content = next;
      }),
    );
  }
  for (const [address, note] of blocks) {
    if (seen.has(address)) continue;
    ops.push(
      op(actionBytes(address, note), (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem(sheetName);
        if (kind === "note") sheet.notes.add(address, note);
        else sheet.comments.add(`${sheetRef(sheetName)}!${address}`, note, "Plain");
      }),
    );
  }
  return { ops, stripped };
}

/** A worksheet's notes are keyed by the bare cell address ("A1"); comments take the full one. */
function explanationItem(sheet: Excel.Worksheet, sheetName: string, kind: ExplainKind, address: string): Excel.Note | Excel.Comment {
  return kind === "note" ? sheet.notes.getItem(address) : sheet.comments.getItemByCell(`${sheetRef(sheetName)}!${address}`);
}

function dropLegacyRecordOp(): Op {
  return op(actionBytes(LEGACY_MARKS_SETTING), (ctx) => ctx.workbook.settings.getItem(LEGACY_MARKS_SETTING).delete());
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
  await deleteRules(context, sheetName, state.ourRules);

  const groups = SEVERITIES.flatMap((severity) =>
    markAddressGroups(plan.marks.filter((m) => m.severity === severity)).map((addresses) => ({ severity, addresses })),
  );
  const ruleOps = groups.map(({ severity, addresses }) =>
    op(actionBytes(addresses, RULE_FORMULA, SEVERITY_FILL[severity]), (ctx) => {
      const rule = ctx.workbook.worksheets.getItem(sheetName).getRanges(addresses).conditionalFormats.add("Custom");
      rule.custom.rule.formula = RULE_FORMULA;
      rule.custom.format.fill.color = `#${SEVERITY_FILL[severity]}`;
    }),
  );
  const { ops: noteOps } = explanationOps(sheetName, options.explain, state, plan.marks);
  const legacy = state.legacyRecord ? [dropLegacyRecordOp()] : [];
  await runOps(context, [...ruleOps, ...noteOps, ...legacy], {
    beforeEach: (ctx) => ctx.application.suspendScreenUpdatingUntilNextSync(),
    onChunk: (f) => options.onProgress?.({ fraction: 0.6 + 0.4 * f, zh: "正在标记问题单元格…", en: "Marking cells…" }),
  });
}

/** Removes this tool's marks from a sheet; returns the number of cells that were marked. */
export async function clearMarks(context: Excel.RequestContext, sheetName: string, readable: ExplainKind[]): Promise<number> {
  const state = await inspect(context, sheetName, readable);
  const { ops, stripped } = explanationOps(sheetName, null, state, []);
  const coloured = state.ourRules.reduce((n, r) => n + cellsIn(r.address), 0);
  const legacy = state.legacyRecord ? [dropLegacyRecordOp()] : [];
  // Notes first: a rule Excel refuses to delete must not keep the notes too.
  await runOps(context, [...ops, ...legacy], { beforeEach: (ctx) => ctx.application.suspendScreenUpdatingUntilNextSync() });
  await deleteRules(context, sheetName, state.ourRules);
  return Math.max(coloured, stripped);
}
