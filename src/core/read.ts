// Reading a plan: table layout → one PlanRow per task with its category path, units, lead and
// deadline, the way an experienced clerk reads the sheet.
import { a1, columnLetter } from "./address";
import { CategoryPath, splitLevels } from "./categories";
import { cellKind, scheduledStepTime, stepDeadlineText } from "./content";
import { classifyDeadline, repeatsAbove, type DeadlineOptions } from "./deadline";
import { dayCellsOfRows } from "./daycolumns";
import { noTableError } from "./errors";
import { Grid } from "./grid";
import { lazily } from "./lazily";
import { memo } from "./memo";
import type { PlanRow, PlanTable } from "./model";
import { bracketsAsWritten, compactLabel, normaliseText, writesFullWidthBrackets } from "./normalise";
import { closesTaskWithUnits, unitsClosingTask, unitsInLabelledClauses, unitsInTaskText, unitsOfHeading, type UnitsInText } from "./outside";
import { detectPlanYear, detectSchoolYear, DOCUMENT_NAME, yearOfTaskTexts, type SchoolYear } from "./planyear";
import { COLUMN_ROLES, type ColumnRoleId, type Config, type Deadline, type PlanYearSource, type SheetSnapshot, type TableColumns, type Unit, type UnitRole } from "./schema";
import { labelSaysLead, namesSchedule, roleOfLabel } from "./columns";
import { detectTable, headingRowLabel, labelsOver, noteText, roleColumnsOf, timesOpenTaskCells, type ColumnRoles, type TableLayout } from "./table";
import { bareCountFrom } from "./timewords/periods";
import { explainsLeadMark, FIRST_LISTED_LEADS, labelNamesPersonsBesideBodies, markSetsUnitApart, namesPerson, parseUnits, pickLead, unitStatus, type ParsedUnits, type ParseUnitsOptions } from "./units";

const TITLE_WORDS = /分工|分解|清单|任务|要点|方案|台账|计划|安排|目录|实事|进度|事项|汇总|一览|表$/;
const ATTACHMENT_MARK = /^附件\s*\d*\s*[:：]?\s*/;
// Lines above a table that name no plan: 填报单位：…, 单位：万元, (截至10月31日).
const LABEL_OR_REMARK = /^[^:：]{1,8}[:：]|^[(（][^)）]*[)）]$/;

/** The title above the table: the lowest line that names a plan (…分工方案, …工作事项), else the
 * longest line that is no label or bracketed remark. An attachment mark (附件1：) is no title. */
function pickTitle(above: string[]): string | null {
  const candidates = above.map((t) => t.trim()).filter((t) => t.replace(ATTACHMENT_MARK, "").length >= 6 && t.length <= 120);
  for (let i = candidates.length - 1; i >= 0; i--) if (TITLE_WORDS.test(normaliseText(candidates[i]))) return candidates[i];
  const plain = candidates.filter((t) => !LABEL_OR_REMARK.test(t.replace(ATTACHMENT_MARK, "")));
  return plain.reduce<string | null>((best, t) => (best === null || t.length > best.length ? t : best), null);
}

function columnsInfo(roles: ColumnRoles): TableColumns {
  const info: Partial<Record<ColumnRoleId, string | string[]>> = {};
  for (const { id, multi } of COLUMN_ROLES) {
    const cols = roleColumnsOf(roles, id);
    if (cols.length) info[id] = multi ? cols.map(columnLetter) : columnLetter(cols[0]);
  }
  return info as TableColumns;
}

export function readPlanTable(snapshot: SheetSnapshot, config: Config): PlanTable {
  const grid = new Grid(snapshot);
  const layout = detectTable(grid, config);
  if (!layout) throw noTableError(snapshot.sheet);
  return readLayout(grid, layout, config, snapshot.workbook);
}

function readLayout(grid: Grid, layout: TableLayout, config: Config, workbook: string | undefined): PlanTable {
  const { columns } = layout;
  const title = pickTitle(layout.above);
  const { planYear, planYearSource, nextYearMonths } = readPlanYear(grid, layout, title, config, workbook);
  // (Lists read again below are built by flatMap, Array.from or push, not map: map inlined by the
  // optimiser returns a holey array where the builtin's is packed, and this function, reading a list
  // of the other kind, is thrown out of optimised code and compiled again.)
  const notes = layout.body.flatMap((b) => (b.kind === "note" ? [noteText(grid, b.row, layout.span)] : []));
  // The rule may be a closing note, a line above the table, a header label (责任单位(排第一位的为
  // 牵头单位)) or a remark in a unit cell (市经信局、市财政局(列第一位者为工作牵头单位，下同)); it
  // then holds for the whole sheet.
  const statesFirstListed = (t: string) => FIRST_LISTED_LEADS.test(normaliseText(t));
  const sheetRemarks = [...notes, ...layout.above, ...headerLabels(grid, layout)];
  const firstListedLeads =
    config.leadRule === "first-listed" ||
    (config.leadRule === "auto" && (sheetRemarks.some(statesFirstListed) || unitCellStatesFirstListed(grid, layout, statesFirstListed)));
  // A lead mark (▲, a single *) picks out the lead where a note explains it or where it stands
  // beside an unmarked unit in some cell. Put on every unit it touches and explained nowhere, it
  // sets none apart: no lead from it, on the whole sheet. (Looked into only once a cell holds a mark.)
  const { lead: leadCol, units: unitCols, co: coCol } = columns;
  const marksLead = lazily(
    () =>
      config.leadRule !== "auto" ||
      sheetRemarks.some(explainsLeadMark) ||
      someUnitCell(grid, layout, [leadCol, ...unitCols, coCol], (t) => explainsLeadMark(t) || markSetsUnitApart(t)),
  );
  // 无牵头单位的，责任单位即为牵头单位: where a task names no lead, its responsible unit leads.
  const responsibleLeadsWhenNone =
    config.leadRule === "auto" && [...notes, ...layout.above].some((t) => RESPONSIBLE_LEADS_WHEN_NONE.test(normaliseText(t)));

  const parse = (role: UnitRole, personsBeside = false, ownBodyByLevel = false) => {
    const options: ParseUnitsOptions = {
      catchAll: config.catchAll,
      defaultRole: role,
      personsBeside,
      ownBodyByLevel,
      get marksLead() {
        return marksLead();
      },
    };
    return memo((text: string) => parseUnits(text, options));
  };
  const parseResponsible = parse("responsible");
  const parseLead = parse("lead");
  const parseCo = parse("co");
  // What a bare count (3个月内完成) counts from is read off the whole column, so only once a
  // deadline is one: most plans hold none.
  const bareCountsFrom = lazily(() => bareCountFrom(normaliseText(deadlineLabels(grid, layout).join("")), deadlineTexts(grid, layout)));
  const statesMilestones = lazily(() => deadlineLabels(grid, layout).some((label) => namesSchedule(compactLabel(label))));
  const deadlineOptions: DeadlineOptions = {
    planYear,
    nextYearMonths,
    get bareCountsFrom() {
      return bareCountsFrom();
    },
    get statesMilestones() {
      return statesMilestones();
    },
  };
  const deadlineOf = memo((text: string) => classifyDeadline(text, deadlineOptions));
  // 责任单位及责任人: a column whose header names persons beside the bodies reads its cells so. 公开主体
  // (公开责任, or cut short in a copy: 公开主) names who publishes each item of a catalogue.
  // 责任人 (a label of no unit column) over 分管领导：… / 责任处室：A、B / 联系人：…: the column gives
  // units by its cells' labels of bodies alone, the lines of persons and phones left out (and left
  // out of the row's unit text). 责任分工 over tasks written out, each closed by who does it (…。此项
  // 工作由区教育体育局牵头，各街道配合。): the column gives the units its cells' closing clauses name,
  // the work no unit — told by most of its cells, not cell by cell.
  const readerOf = (col: number | undefined, role: UnitRole, read: (text: string) => ParsedUnits) => {
    if (col === undefined) return read;
    const labels = labelsOver(grid, layout.headerRows, col);
    const personsBeside = labels.some(labelNamesPersonsBesideBodies);
    const publisher = labels.some((label) => NAMES_PUBLISHER.test(label));
    if (personsBeside || publisher) return parse(role, personsBeside, publisher);
    const labelledForNoUnit = labels.map(roleOfLabel).filter((r) => r !== null).pop() === "ignored";
    if (labelledForNoUnit) return memo((text: string) => unitsInLabelledClauses(text, read));
    return mostTaskCells(grid, layout, col, (text) => closesTaskWithUnits(text, read)) ? memo((text: string) => unitsClosingTask(text, read)) : read;
  };
  const readCo = readerOf(columns.co, "co", parseCo);
  // 联合部门 reading 根据需要 (or 无, 否) in every task row works with no body: it gives no units,
  // and the column beside it, a lead by that pairing alone, is the plain responsible one.
  const coNamesNobody =
    coCol !== undefined && layout.body.every(({ row, kind }) => kind !== "task" || readCo(grid.text(row, coCol)).units.length === 0);
  const leadSaidByLabel = columns.lead !== undefined && labelsOver(grid, layout.headerRows, columns.lead).some(labelSaysLead);
  const leadColumn = coNamesNobody && !leadSaidByLabel && columns.units.length === 0 ? undefined : columns.lead;
  // 主办单位, or 责任单位 beside 配合单位: the lead column's unit leads by layout, only with others beside it.
  const leadByLayout = leadColumn !== undefined && !leadSaidByLabel;
  const unitColumns = [
    leadColumn === undefined
      ? { col: columns.lead, read: readerOf(columns.lead, "responsible", parseResponsible) }
      : { col: leadColumn, read: readerOf(leadColumn, "lead", parseLead) },
    ...Array.from(columns.units, (col) => ({ col, read: readerOf(col, "responsible", parseResponsible) })),
    { col: coNamesNobody ? undefined : columns.co, read: readCo },
  ]
    .filter((u): u is UnitColumn => u.col !== undefined)
    .sort((a, b) => a.col - b.col);

  // Only a heading row over a group names its owner; a catalogue's directory columns (内设机构,
  // 直属单位) name what is published, not who publishes it.
  const headingUnits = memo((label: string) => (headingRow.has(label) ? unitsOfHeading(label, parseResponsible) : NO_UNITS));
  const taskTextUnits = memo((text: string) => unitsInTaskText(text, parseResponsible));
  /** The row of each heading label (category rows), so that a unit read from a heading points at it. */
  const headingRow = new Map<string, number>();

  // A split of figures among units (承办县区 | 总件数 | 已办结) has no task text: a row's task is its figures.
  const taskless = columns.requirement.length === 0 && columns.category.length === 0;
  const figureColumns = taskless ? labelledFigureColumns(grid, layout) : [];

  // A calendar's day (星期一 over (2016-09-26)) dates every row down to the next day's.
  const dayCells = dayCellsOfRows(grid, layout.days, layout.headerRows[layout.headerRows.length - 1] + 1);

  const path = new CategoryPath();
  const rows: PlanRow[] = [];
  const skipped: PlanTable["skipped"] = [];
  for (const { row, kind, reason } of layout.body) {
    if (kind === "note") continue;
    if (kind === "skipped") {
      // A continuation row's text is the rest of the task above (cut mid-sentence): joined as written.
      const rest = reason === "continuation" ? requirementOf(grid, row, columns) : null;
      if (rest !== null && rows.length) rows[rows.length - 1].requirement += rest;
      skipped.push({ row: row + 1, reason: reason ?? "footer", text: rest ?? firstText(grid, row, layout) });
      continue;
    }
    if (kind === "category") {
      const label = headingRowLabel(grid, row, layout.span);
      for (const part of splitLevels(label)) headingRow.set(part, row);
      path.setRowLabel(label);
      continue;
    }
    for (let position = 0; position < columns.category.length; position++) {
      const label = newCategoryLabel(grid, row, columns.category[position], columns);
      if (label) path.setColumnLabel(position, label);
    }

    const text = (c: number | undefined) => (c === undefined ? "" : grid.text(row, c));
    // A row's cells often share an address (序号 is the first column): one string for each.
    const first = a1(row, layout.span.left);
    const address = (col: number | undefined) => (col === layout.span.left && !grid.merge(row, col) ? first : addressOf(grid, row, col));
    const requirement = taskless ? figuresOf(grid, row, figureColumns) : requirementOf(grid, row, columns);
    let { units, markedLead } = readUnitColumns(unitColumns, leadColumn, grid, row);
    if (leadByLayout && leadsOnlyItself(units, markedLead) && parseResponsible(text(leadColumn)).markedLead === null) {
      ({ units, markedLead } = aloneResponsible(units[0]));
    }
    const unitTexts: string[] = []; // (pushed into, as the notes above)
    for (const { col, read } of unitColumns) unitTexts.push(read(text(col)).written ?? text(col));
    let unitText = joinCells(unitTexts, "；");
    let unitCell = address(columns.units[0] ?? columns.lead);
    // No unit given for the task itself: the heading of its group, or (with no unit column) its
    // own text, may name one.
    if (units.length === 0) {
      const outside = unitsOutsideColumns(path.labels, headingUnits, unitColumns.length === 0 ? taskTextUnits(ownTaskText(grid, row, columns, requirement)) : null);
      if (outside) {
        ({ units, markedLead } = outside.found);
        unitText = outside.written;
        const at = outside.heading === null ? undefined : headingRow.get(outside.heading);
        unitCell = at !== undefined ? a1(at, layout.span.left) : a1(row, textColumnHolding(grid, row, columns, outside.written) ?? layout.span.left);
      }
    }

    const lead = pickLead(units, markedLead, firstListedLeads) ?? (responsibleLeadsWhenNone ? (units[0]?.name ?? null) : null);
    const seqText = text(columns.seq).trim();
    // 同上 under a deadline repeats the deadline of the task above, as a clerk reads it.
    const dayCell = dayCells.get(row);
    const written = readDeadline(grid, dayCell ?? { row, col: columns.deadline }, columns, deadlineOf, planYear);
    const above = rows[rows.length - 1];
    const deadline = above && repeatsAbove(written.text) ? { ...above.deadline, text: written.text } : written;
    rows.push({
      row: row + 1,
      seq: seqText || null,
      category: path.labels,
      // (most cells write no full-width bracket: their units are kept as read, no copy per row)
      units: writesFullWidthBrackets(unitText) ? units.map((u) => ({ ...u, name: bracketsAsWritten(u.name, unitText) })) : units,
      lead: lead === null ? null : bracketsAsWritten(lead, unitText),
      unitStatus: unitStatus(units),
      deadline,
      requirement,
      unitText,
      remark: text(columns.remark),
      cells: {
        seq: address(columns.seq),
        requirement: columns.requirement.length ? (columns.requirement[0] === layout.span.left ? first : a1(row, columns.requirement[0])) : undefined,
        units: unitCell,
        deadline: dayCell ? a1(dayCell.row, dayCell.col) : address(columns.deadline),
        first,
      },
    });
  }

  return {
    sheet: grid.sheet,
    title,
    planYear,
    planYearSource,
    nextYearMonths,
    info: {
      headerRows: layout.headerRows.map((r) => r + 1),
      firstRow: rows.length ? rows[0].row : layout.headerRows[layout.headerRows.length - 1] + 2,
      lastRow: rows.length ? rows[rows.length - 1].row : layout.headerRows[layout.headerRows.length - 1] + 1,
      columns: columnsInfo(columns),
    },
    columnIndex: columns,
    firstListedLeads,
    skipped,
    notes,
    rows,
  };
}

/** The plan year and the first step that gave it, each step asked only when those before it gave
 * none. The deadline column's label may state the plan's year (2024年完成时间); any other column
 * label (2024年完成情况, 2024年计划) only when nothing above says one. The workbook's file name
 * comes after the sheet: the sheet is what the clerk checks, while a file is renamed, copied from
 * last year's, or named after the notice that forwarded it. The tasks' own text comes last: a sheet
 * cut out of a document may print its year only there (于2016年11月10日前报送), among years that
 * name other times. */
function readPlanYear(
  grid: Grid,
  layout: TableLayout,
  title: string | null,
  config: Config,
  workbook: string | undefined,
): Pick<PlanTable, "planYear" | "planYearSource" | "nextYearMonths"> {
  const steps: [PlanYearSource, () => SchoolYear | number | null | undefined][] = [
    ["settings", () => config.planYear],
    // A school calendar's title names the school year it spans (2020-2021学年第二学期校历) or the
    // term it is of (2021年秋季学期校历).
    [
      "sheet",
      () => {
        const texts = [title ?? "", ...layout.above, ...deadlineLabels(grid, layout), grid.sheet];
        return detectSchoolYear(texts) ?? detectPlanYear(texts);
      },
    ],
    ["header", () => detectPlanYear(headerLabels(grid, layout))],
    ["deadlines", () => yearOfDeadlines(grid, layout)],
    ["preamble", () => detectPlanYear(preambleTexts(grid, layout))],
    ["workbook", () => detectPlanYear([workbook ?? ""])],
    ["tasks", () => yearOfTaskTexts(taskTexts(grid, layout))],
  ];
  for (const [source, step] of steps) {
    const year = step();
    if (typeof year === "number") return { planYear: year, planYearSource: source, nextYearMonths: 0 };
    if (year) return { ...year, planYearSource: source };
  }
  return { planYear: null, planYearSource: "none", nextYearMonths: 0 };
}

// A stage schedule laid from prose may print its year only in a sentence framing it
// (专项整治行动自2007年8月下旬至年底，分三个阶段组织实施。) or a part heading (2007年工作安排) between the
// header and the first task. Only those rows: a task's own text is asked last, after the file name
// (yearOfTaskTexts), and a year in a document's name (依据《…2003年…》) is that document's, not the plan's.

/** The note and heading rows of the table above its first task, document names left out. */
function preambleTexts(grid: Grid, layout: TableLayout): string[] {
  const firstTask = layout.body.findIndex((b) => b.kind === "task");
  return layout.body
    .slice(0, firstTask < 0 ? 0 : firstTask)
    .filter((b) => b.kind === "note" || b.kind === "category")
    .map((b) => (b.kind === "note" ? noteText(grid, b.row, layout.span) : headingRowLabel(grid, b.row, layout.span)).replace(DOCUMENT_NAME, ""));
}

/** The task rows' own text: their category and requirement cells (a merged cell is its top row's),
 * not a basis, object or remark column. */
function taskTexts(grid: Grid, layout: TableLayout): string[] {
  const cols = [...layout.columns.category, ...layout.columns.requirement];
  return layout.body.flatMap(({ row, kind }) => (kind === "task" ? cols.map((col) => grid.ownText(row, col)) : []));
}

/** The header block's own labels, left to right, top row first (columns of no role included). */
function headerLabels(grid: Grid, layout: TableLayout): string[] {
  const labels: string[] = [];
  for (const r of layout.headerRows) {
    for (let c = 0; c < grid.colEnd; c++) {
      const label = grid.ownText(r, c).trim();
      if (label) labels.push(label);
    }
  }
  return labels;
}

const WRITTEN_YEAR = /(?<!\d)((?:19|20|21)\d{2})(?!\d)/g;

/** The deadline column's header labels: a plan may state its year only there (2024年完成时间). */
function deadlineLabels(grid: Grid, layout: TableLayout): string[] {
  const col = layout.columns.deadline;
  return col === undefined ? [] : layout.headerRows.map((r) => grid.text(r, col));
}

/** The deadline cells of the task rows, each once (a merged cell is its top row's); of steps opening
 * with their times, those times. */
function deadlineTexts(grid: Grid, layout: TableLayout): string[] {
  const col = layout.columns.deadline;
  if (col === undefined) return [];
  const own = (row: number) => grid.ownText(row, col);
  const written = timesOpenTaskCells(layout.columns) ? (row: number) => stepDeadlineText(own(row)) : own;
  return layout.body.flatMap(({ row, kind }) => (kind === "task" ? [written(row)] : []));
}

/** With no year in the title, the year most deadlines are written in (2024年6月底前 …) is the plan
 * year, so that 9月底前 in the same column reads as that year's. */
function yearOfDeadlines(grid: Grid, layout: TableLayout): number | null {
  const counts = new Map<number, number>();
  for (const text of deadlineTexts(grid, layout)) {
    for (const m of text.matchAll(WRITTEN_YEAR)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = year;
  return best;
}

// A unit column labelled by the act of publishing (公开主体, 公开责任, 公开主 cut short): a 政务公开
// catalogue's publisher of each item, never a split of tasks among places (责任单位).
const NAMES_PUBLISHER = /^公开/u;

// 无牵头单位的，责任单位即为牵头单位; 未明确牵头单位的，由责任单位牵头; 没有明确牵头部门的，以责任部门为牵头部门.
const RESPONSIBLE_LEADS_WHEN_NONE =
  /(?:无|没有|未)(?:明确|列明|标明|确定|注明|标注)?牵头(?:单位|部门)的?[，,]?[^。；;]{0,6}责任(?:单位|部门)(?:即|就)?(?:(?:为|是|作为)牵头(?:单位|部门)|牵头)/u;

// 牵头 as written, in simplified or traditional characters (列第一位者為牽頭單位): only such a cell is normalised.
const LEAD_WORD = /牵头|牽頭/;

function unitCellStatesFirstListed(grid: Grid, layout: TableLayout, states: (text: string) => boolean): boolean {
  const { units, lead } = layout.columns;
  // Only a cell long enough to hold the sentence is worth normalising.
  return someUnitCell(grid, layout, [units[0] ?? lead], (text) => text.length > 12 && LEAD_WORD.test(text) && states(text));
}

/** Whether the own text of a cell of the task rows in one of `cols` passes `test` (a merged cell is its top row's). */
function someUnitCell(grid: Grid, layout: TableLayout, cols: (number | undefined)[], test: (text: string) => boolean): boolean {
  for (const { row, kind } of layout.body) {
    if (kind !== "task") continue;
    for (const col of cols) if (col !== undefined && test(grid.ownText(row, col))) return true;
  }
  return false;
}

/** How many task rows' cells of a column show what it holds: enough to tell, cheap on a long sheet. */
const SAMPLED_TASK_CELLS = 40;

/** Whether most of a column's filled cells in the task rows (the first of them sampled) pass `test`
 * (a merged cell is its top row's). */
function mostTaskCells(grid: Grid, layout: TableLayout, col: number, test: (text: string) => boolean): boolean {
  let cells = 0;
  let passing = 0;
  for (const { row, kind } of layout.body) {
    if (cells === SAMPLED_TASK_CELLS) break;
    const text = kind === "task" ? grid.ownText(row, col).trim() : "";
    if (!text) continue;
    cells++;
    if (test(text)) passing++;
  }
  return passing * 2 > cells;
}

/** A finding about a merged cell points at the cell that holds the text. */
function addressOf(grid: Grid, row: number, col: number | undefined): string | undefined {
  if (col === undefined) return undefined;
  const m = grid.merge(row, col);
  return m ? a1(m.top, m.left) : a1(row, col);
}

/** The requirement text as written (several requirement columns joined by a line break); of a step
 * opening with its time (3-4月：协助…), the work after it. */
function requirementOf(grid: Grid, row: number, columns: ColumnRoles): string {
  const cols = columns.requirement;
  const stepsTimed = timesOpenTaskCells(columns);
  const textOf = (col: number) => {
    const text = grid.text(row, col).trim();
    return (stepsTimed && col === columns.deadline && scheduledStepTime(text)?.work) || text;
  };
  return cols.length === 1 ? textOf(cols[0]) : joinCells(cols.map(textOf), "\n");
}

/** The columns no role takes that a header labels, each with its label (a group label over its
 * sub-label: 本年目标·其中工业), in a table with no task text: left of the units too, where the places
 * the figures are set for stand (县(市、区) | 碳强度下降目标 | 责任部门). */
function labelledFigureColumns(grid: Grid, layout: TableLayout): { col: number; label: string }[] {
  const taken = new Set(Object.values(layout.columns).flat());
  const found: { col: number; label: string }[] = [];
  for (let col = 0; col < grid.colEnd; col++) {
    const labels = [...new Set(layout.headerRows.map((r) => grid.text(r, col).trim()).filter(Boolean))];
    if (!taken.has(col) && labels.length) found.push({ col, label: labels.join("·") });
  }
  return found;
}

/** A row's figures under their labels (总件数 52；已办结 52): what the row assigns to its unit. */
function figuresOf(grid: Grid, row: number, figures: { col: number; label: string }[]): string {
  return joinCells(
    figures.map(({ col, label }) => {
      const value = grid.text(row, col).trim();
      return value && `${label} ${value}`;
    }),
    "；",
  );
}

/** The task's own text: its requirement, after the category cells that are its alone (工作任务 |
 * 具体措施, one task a row), not those merged over a group of tasks. */
function ownTaskText(grid: Grid, row: number, columns: ColumnRoles, requirement: string): string {
  const own = columns.category.filter((c) => grid.merge(row, c) === undefined).map((c) => grid.text(row, c).trim());
  return joinCells([...own, requirement], "\n");
}

/** The task's text column whose cell holds `written` (a 由 clause in 整改要求, not 存在问题 before it),
 * else the first requirement column. */
function textColumnHolding(grid: Grid, row: number, columns: ColumnRoles, written: string): number | undefined {
  const cols = [...columns.category, ...columns.requirement];
  return cols.find((c) => grid.text(row, c).includes(written)) ?? columns.requirement[0];
}

/** Several cells' texts as one, empty ones left out. */
function joinCells(texts: string[], separator: string): string {
  return texts.filter(Boolean).join(separator);
}

/** Whether the row's lead is the one unit it names. */
function leadsOnlyItself(units: Unit[], lead: string | null): boolean {
  return units.length === 1 && lead === units[0].name;
}

/** A lone unit of a lead-by-layout column: responsible (负责), not lead, as 责任单位中有多个单位的，
 * 排第一位的为牵头单位 reads. */
function aloneResponsible(unit: Unit): ParsedUnits {
  return { units: [{ ...unit, role: "responsible" }], markedLead: null };
}

interface UnitColumn {
  col: number;
  /** `written`, where the column gives its units from part of a cell only (a 责任人 cell's 责任处室：
   * line, not its 分管领导： and 联系人： lines): that part, shown as the row's unit text. */
  read: (text: string) => ParsedUnits & { written?: string };
}

/** The row's units in order of appearance: the unit columns left to right, as printed. A 牵头
 * column's first unit is the marked lead, a person written there (牵头单位: 张伟) never: a person is
 * no lead unit, nor a unit at all beside the bodies another column names. With one column, its
 * (memoised) reading is the row's. */
function readUnitColumns(unitColumns: UnitColumn[], leadColumn: number | undefined, grid: Grid, row: number): ParsedUnits {
  if (unitColumns.length === 1 && unitColumns[0].col !== leadColumn) return unitColumns[0].read(grid.text(row, unitColumns[0].col));
  const readings = unitColumns.map(({ col, read }) => {
    const found = read(grid.text(row, col));
    return col === leadColumn ? { units: found.units, markedLead: found.units.find((u) => !namesPerson(u.name))?.name ?? null } : found;
  });
  if (readings.length === 1) return readings[0];
  const units: Unit[] = [];
  let markedLead: string | null = null;
  for (const found of readings) {
    for (const u of found.units) if (!units.some((x) => x.name === u.name)) units.push(u);
    markedLead ??= found.markedLead;
  }
  const bodies = units.filter((u) => !namesPerson(u.name));
  return { units: bodies.length > 0 && bodies.length < units.length ? bodies : units, markedLead };
}

/**
 * Units named outside the task's unit cells: what the task's own text names (`heading` null),
 * else the nearest heading above it that names only units. `written`: the text naming them.
 */
function unitsOutsideColumns(
  labels: string[],
  ofHeading: (label: string) => ParsedUnits,
  inTaskText: UnitsInText | null,
): { found: ParsedUnits; written: string; heading: string | null } | null {
  if (inTaskText?.units.length) return { found: inTaskText, written: inTaskText.written, heading: null };
  for (let i = labels.length - 1; i >= 0; i--) {
    const found = ofHeading(labels[i]);
    if (found.units.length) return { found, written: labels[i], heading: labels[i] };
  }
  return null;
}

function firstText(grid: Grid, row: number, layout: TableLayout): string {
  for (let c = layout.span.left; c <= layout.span.right; c++) {
    const t = grid.text(row, c).trim();
    if (t) return t;
  }
  return "";
}

/**
 * The label a category cell starts on this row, or null when it continues the one above (a
 * covered cell of a merge, or empty). A cell merged sideways into the requirement column holds
 * requirement text that the source widened over the category columns, not a category.
 */
function newCategoryLabel(grid: Grid, row: number, col: number, columns: ColumnRoles): string | null {
  const m = grid.merge(row, col);
  if (m) {
    if (m.top !== row || m.left !== col) return null;
    for (let c = m.left; c <= m.right; c++) if (!columns.category.includes(c)) return null;
  }
  const label = grid.ownText(row, col).trim();
  return label || null;
}

const NO_UNITS: ParsedUnits = { units: [], markedLead: null };

const NO_DEADLINE: Deadline = { text: "", class: "missing", date: null };

/** The deadline of the row `at` (a calendar's row at the cell of its day: dayCellsOfRows). */
function readDeadline(
  grid: Grid,
  at: { row: number; col: number | undefined },
  columns: ColumnRoles,
  byText: (text: string) => Deadline,
  planYear: number | null,
): Deadline {
  const { row, col } = at;
  // A step's time opens its cell (3-4月：协助…): that phrase is the deadline, the rest its work.
  if (col !== undefined && timesOpenTaskCells(columns)) return byText(stepDeadlineText(grid.text(row, col)));
  if (col === undefined) {
    // With no deadline column, a 备注 that reads as a deadline (11月底前完成) is the deadline; one
    // telling what happened (施工合同于8月16日才签订，较计划推迟3个月) dates a past event, not a due date.
    if (columns.remark === undefined) return NO_DEADLINE;
    const remark = grid.text(row, columns.remark).trim();
    if (!remark || cellKind(remark) !== "deadline") return NO_DEADLINE;
    const inRemark = byText(remark);
    return inRemark.class === "date" ? inRemark : NO_DEADLINE;
  }
  const a = grid.anchor(row, col);
  const v = grid.raw(a.row, a.col);
  if (typeof v === "number" && grid.isDate(a.row, a.col)) return classifyDeadline(v, { planYear, isDateCell: true });
  return byText(grid.text(row, col));
}
