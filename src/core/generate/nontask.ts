// Rows read as tasks that no department should receive: rows the sheet hides (withdrawn or
// filtered out), rows struck through, the form's footer (合计任务数, 制表日期, 填表人), and rows
// that only carry on the text of the task above (joined to it by the reader). The
// reader sets most of them aside (PlanTable.skipped); this also catches what it still reads as a
// task row.
import type { PlanRow, PlanTable } from "../model";
import { normaliseText } from "../normalise";
import type { SheetSnapshot } from "../schema";

export type NonTaskReason = "hidden" | "struck" | "footer" | "continuation";

// A footer cell opens with a total (合计任务数), or is a label of the form's bookkeeping
// (制表日期, 填表人：张三) — a task may start with 填报 or 审核, never with 填报日期.
const TOTAL = /^(?:合计|总计|小计|共计)/u;
const BOOKKEEPING = /^(?:(?:制表|填表|填报|审核|签发)(?:人|日期|时间|单位)|联系人|联系电话)\s*(?:[:：].*)?$/su;

// The characters either pattern opens with, and those OpenCC's t2s tables turn into one of them
// (總 → 总, 製 → 制, 閤 → 合): normalising keeps a text's first character first (it only trims
// spaces before it), so a cell opening with none of these is no footer. Most cells are
// requirements of a hundred characters or more; normalising each of them cost ~70 ms at 10k rows.
const FOOTER_OPENING = /^[\s\u00a0\u3000]*[合总小共制填审签联製審簽籤總聯閤\uf9b0]/u;

/** Whether a cell's text may be a footer label: false only when it cannot be one. */
export function mayBeFooter(text: string): boolean {
  return FOOTER_OPENING.test(text);
}

function footerLabel(cell: string): boolean {
  if (!mayBeFooter(cell)) return false;
  const text = normaliseText(cell).trim();
  return TOTAL.test(text) || BOOKKEEPING.test(text);
}

/** Whether a cell of the row is a footer label: its number, task, units or innermost category
 * (tested one by one: a list of them made for every row showed in a split's garbage). */
function isFooter(row: PlanRow): boolean {
  const category = row.category.length ? row.category[row.category.length - 1] : "";
  return footerLabel(row.seq ?? "") || footerLabel(row.requirement) || footerLabel(row.unitText) || footerLabel(category);
}

export type NonTaskSource = Pick<SheetSnapshot, "hiddenRows" | "struckCells">;

/** The plan's rows that are not tasks (1-based sheet row → why). `source`: the snapshot's hidden
 * rows and struck cells; a row counts as struck when its requirement or unit cell is. */
export function nonTaskRows(plan: PlanTable, source: NonTaskSource = {}): Map<number, NonTaskReason> {
  const hidden = new Set(source.hiddenRows ?? []);
  const struck = new Set((source.struckCells ?? []).map(([r, c]) => `${r},${c}`));
  const { requirement, units, lead } = plan.columnIndex;
  const watched = [...requirement, ...units, ...(lead === undefined ? [] : [lead])];
  const reasons = new Map<number, NonTaskReason>();
  for (const s of plan.skipped) reasons.set(s.row, s.reason === "withdrawn" ? "struck" : s.reason);
  for (let i = 0; i < plan.rows.length; i++) {
    const row = plan.rows[i];
    const r = row.row - 1;
    if (hidden.has(r)) reasons.set(row.row, "hidden");
    else if (struck.size && watched.some((c) => struck.has(`${r},${c}`))) reasons.set(row.row, "struck");
    else if (isFooter(row)) reasons.set(row.row, "footer");
  }
  return reasons;
}

export const NON_TASK_LABEL: Record<NonTaskReason, { zh: string; en: string }> = {
  hidden: { zh: "隐藏", en: "hidden" },
  struck: { zh: "删除线", en: "struck through" },
  footer: { zh: "表尾（合计、制表）", en: "footer (totals, form details)" },
  continuation: { zh: "续行（已并入上一项任务）", en: "continued text (joined to the task above)" },
};
