// The engine's reading of a plan: the report rows plus what generation and hosts need.
import type { PlanYearSource, RowReport, TableInfo } from "./schema";
import type { ColumnRoles, SkipReason } from "./table";

export interface PlanRow extends RowReport {
  /** Requirement text as written (several requirement columns joined by a line break). */
  requirement: string;
  /** The responsible cell(s) as written, merged cells resolved to their top cell. */
  unitText: string;
  /** The remark cell as written (e.g. 备注（市级安排）), merged cells resolved. */
  remark: string;
  /** A1 addresses of the cells a finding or a link points to (top-left of a merge). */
  cells: { seq?: string; requirement?: string; units?: string; deadline?: string; first: string };
}

export interface PlanTable {
  sheet: string;
  /** The title printed above the table, if any (e.g. 湘潭经开区…责任分工). */
  title: string | null;
  planYear: number | null;
  /** Which step of the reading gave planYear ("none" when none did). */
  planYearSource: PlanYearSource;
  /** Months 1 to this, written without a year, are the year after planYear's: 7 in a plan over a
   * school year or its first (autumn) term (2020-2021学年第一学期, 2020年秋季学期), else 0. */
  nextYearMonths: number;
  info: TableInfo;
  /** 0-based column indexes of the roles, for hosts that need them. */
  columnIndex: ColumnRoles;
  /** Whether the first-listed unit was taken as lead (sheet note or setting). */
  firstListedLeads: boolean;
  /** Rows under the header that are no tasks (footers, hidden rows, struck-through tasks): never
   * checked nor distributed, and not in the report rows. 1-based rows, first text as written. */
  skipped: { row: number; reason: SkipReason; text: string }[];
  /** Closing notes (注：…) read below or inside the table. */
  notes: string[];
  rows: PlanRow[];
}
