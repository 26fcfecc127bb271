// The 责任分工 table an imported 要点 becomes, laid out as clerks print one (seed 000): title row
// merged across, header 序号 · 工作任务 (one column per heading level, merged) · 具体要求 · 责任单位 ·
// 完成时间, each category merged down over its tasks, A4 landscape with the header repeated.
import { tabLook } from "../generate/look";
import type { CellValue, Rect, SheetSnapshot, TabLook } from "../schema";
import type { ImportedPlan } from "./schema";

export const IMPORT_SHEET = "责任分工";

export interface ImportLayout {
  snapshot: SheetSnapshot;
  /** Column widths in characters. */
  widths: number[];
  /** Columns whose data cells are centred. */
  centered: number[];
  /** 0-based rows: the title, then the header. */
  titleRow: number;
  headerRow: number;
  look: TabLook;
}

const WIDTH = { seq: 6, category: 16, requirement: 60, units: 28, deadline: 14 };

/** The table's title: the 要点's own, named as a 责任分工. */
export function tableTitle(plan: ImportedPlan): string {
  const base = plan.title ?? "工作要点";
  return /分工$/u.test(base) ? base : `${base}责任分工`;
}

export function layoutImportedPlan(plan: ImportedPlan): ImportLayout {
  const depth = Math.max(1, ...plan.rows.map((r) => r.category.length));
  const width = depth + 4;
  const requirementCol = depth + 1;
  const values: CellValue[][] = [];
  const merges: Rect[] = [];
  const blank = (): CellValue[] => new Array<CellValue>(width).fill(null);

  const title = blank();
  title[0] = tableTitle(plan);
  values.push(title);
  merges.push({ top: 0, left: 0, bottom: 0, right: width - 1 });

  const header = blank();
  header[0] = "序号";
  header[1] = "工作任务";
  header[requirementCol] = "具体要求";
  header[requirementCol + 1] = "责任单位";
  header[requirementCol + 2] = "完成时间";
  values.push(header);
  if (depth > 1) merges.push({ top: 1, left: 1, bottom: 1, right: depth });

  const first = values.length;
  for (const r of plan.rows) {
    const row = blank();
    row[0] = String(r.seq);
    r.category.forEach((label, level) => (row[1 + level] = label));
    row[requirementCol] = r.requirement;
    row[requirementCol + 1] = r.unitsText || null;
    row[requirementCol + 2] = r.deadline.text || null;
    values.push(row);
  }

  // A category label is printed once, merged down over the run of tasks it heads.
  for (let level = 0; level < depth; level++) {
    const key = (i: number) => {
      const path = plan.rows[i].category;
      return path.length > level ? JSON.stringify(path.slice(0, level + 1)) : null;
    };
    let start = 0;
    for (let i = 1; i <= plan.rows.length; i++) {
      if (i < plan.rows.length && key(i) !== null && key(i) === key(start)) {
        values[first + i][1 + level] = null;
        continue;
      }
      if (key(start) !== null && i - start > 1) merges.push({ top: first + start, left: 1 + level, bottom: first + i - 1, right: 1 + level });
      start = i;
    }
  }

  return {
    snapshot: { sheet: IMPORT_SHEET, origin: { row: 0, col: 0 }, values, dateCells: [], merges },
    widths: [WIDTH.seq, ...new Array<number>(depth).fill(WIDTH.category), WIDTH.requirement, WIDTH.units, WIDTH.deadline],
    centered: [0, requirementCol + 2],
    titleRow: 0,
    headerRow: 1,
    look: tabLook(),
  };
}
