// Issue #9: never refuse a sheet that holds a table. Each development plan (test/genre/*.json) is
// reshaped the ways a clerk would still call the same table — cut to its first tasks, without its
// unit or deadline column, with unfamiliar, blank or spaced-out labels, with a plain 一季度…四季度
// second header row, with a lead-in line under the title, or as a bare list of its task column —
// and every variant must be read, finding at least the task rows it keeps.
import { join } from "path";
import { checkSheet, PlanError, type SheetSnapshot } from "../src/core";
import { layoutOf, loadGenreFolder, type GenreTable } from "../src/bench/layout";
import { readColumns } from "./support/genre";

const GENRE = loadGenreFolder(join(__dirname, "genre"));

interface Variant {
  kind: string;
  snapshot: SheetSnapshot;
  tasks: number;
}

/** The plan's first `count` task rows, with the category and closing rows among them. */
function firstTasks(t: GenreTable, count: number): GenreTable | null {
  const taskRows = t.expected.flatMap((e, i) => (e ? [i] : []));
  if (taskRows.length <= count) return null;
  const end = taskRows[count - 1] + 1;
  const within = (rows?: number[]) => rows?.filter((r) => r < end);
  return {
    ...t,
    rows: t.rows.slice(0, end),
    expected: t.expected.slice(0, end),
    merges: t.merges.filter((m) => m.fromRow < end).map((m) => ({ ...m, toRow: Math.min(m.toRow, end - 1) })),
    spanRows: within(t.spanRows),
    footerRows: within(t.footerRows),
    hiddenRows: within(t.hiddenRows),
    continuationRows: within(t.continuationRows),
  };
}

/** The plan with column `col` taken out, every merge and column index after it moved left. */
function withoutColumn(t: GenreTable, col: number): GenreTable {
  const cut = <T>(cells: T[]) => cells.filter((_, c) => c !== col);
  const shift = (c: number) => (c > col ? c - 1 : c);
  const headerMerges = (t.headerMerges ?? [])
    .map((m) => ({ ...m, fromCol: m.fromCol > col ? m.fromCol - 1 : m.fromCol, toCol: m.toCol >= col ? m.toCol - 1 : m.toCol }))
    .filter((m) => m.toCol >= m.fromCol && (m.toCol > m.fromCol || m.toRow > m.fromRow));
  return {
    ...t,
    header: cut(t.header),
    ...(t.header2 ? { header2: cut(t.header2) } : {}),
    headerMerges,
    rows: t.rows.map(cut),
    merges: t.merges.filter((m) => m.col !== col).map((m) => ({ ...m, col: shift(m.col) })),
    ...(t.seqCol !== undefined && t.seqCol !== col ? { seqCol: shift(t.seqCol) } : { seqCol: undefined }),
  };
}

/** Labels of the same meaning no reader word list is likely to hold. */
const UNFAMILIAR: Record<string, string> = {
  seq: "项次",
  category: "板块",
  requirement: "事项",
  units: "承办主体",
  lead: "主抓方",
  co: "协办方",
  deadline: "办结时限",
};

/** The header label of every column replaced by `label(role)` (role as the reader found it, or undefined). */
function relabelled(t: GenreTable, roleOf: (c: number) => string | undefined, label: (role: string | undefined, old: string) => string): GenreTable {
  const row = (cells: string[]) => cells.map((old, c) => (old ? label(roleOf(c), old) : old));
  return { ...t, header: row(t.header), ...(t.header2 ? { header2: row(t.header2) } : {}) };
}

/** The deadline column split into 一季度…四季度 under its label, unmerged; the deadline stays in 四季度. */
function quarterColumns(t: GenreTable, col: number): GenreTable {
  const spread = <T>(cells: T[], four: T[]) => [...cells.slice(0, col), ...four, ...cells.slice(col + 1)];
  const shift = (c: number) => (c > col ? c + 3 : c);
  return {
    ...t,
    header: spread(t.header, [t.header[col], "", "", ""]),
    header2: spread(
      t.header.map(() => ""),
      ["一季度", "二季度", "三季度", "四季度"],
    ),
    headerRows: 2,
    rows: t.rows.map((r) => spread(r, ["", "", "", r[col]])),
    merges: t.merges.map((m) => ({ ...m, col: m.col === col ? col + 3 : shift(m.col) })),
    ...(t.seqCol !== undefined ? { seqCol: shift(t.seqCol) } : {}),
  };
}

/** The plan's table with a lead-in sentence between the title and the header. */
function withLeadIn(snapshot: SheetSnapshot): SheetSnapshot {
  const lead = "为确保各项工作落到实处，现将有关任务分解如下，请各责任单位抓好落实。";
  const width = snapshot.values[0].length;
  const down = (r: number) => (r >= 1 ? r + 1 : r);
  return {
    ...snapshot,
    values: [snapshot.values[0], [lead, ...Array(width - 1).fill(null)], ...snapshot.values.slice(1)],
    merges: snapshot.merges.map((m) => ({ ...m, top: down(m.top), bottom: down(m.bottom) })),
    ...(snapshot.hiddenRows ? { hiddenRows: snapshot.hiddenRows.map(down) } : {}),
  };
}

function taskCount(t: GenreTable): number {
  return t.expected.filter((e) => e).length;
}

function variantsOf(t: GenreTable): Variant[] {
  const { indexes, roleOf } = readColumns(t);
  const unitCols = [...indexes("units"), ...indexes("lead"), ...indexes("co")].sort((a, b) => b - a);
  const deadline = indexes("deadline")[0];
  const drop = (plan: GenreTable, columns: number[]) => [...columns].sort((a, b) => b - a).reduce(withoutColumn, plan);

  const taskCols = [...indexes("category"), ...indexes("requirement")];
  const others = t.header.map((_, c) => c).filter((c) => !taskCols.includes(c));
  // Each reshaping of the whole table, and again of its first task alone (a very short sheet). A
  // split of figures among units has no task column: without its units, or with the tasks only,
  // nothing of it is left to read.
  const unitsOnlyText = taskCols.length === 0;
  const reshapes: [string, (plan: GenreTable) => GenreTable | null][] = [
    ["no unit column", (p) => (unitCols.length && !unitsOnlyText ? drop(p, unitCols) : null)],
    ["no deadline column", (p) => (deadline !== undefined ? drop(p, [deadline]) : null)],
    ["no unit or deadline column", (p) => (unitCols.length && deadline !== undefined && !unitsOnlyText ? drop(p, [...unitCols, deadline]) : null)],
    ["task columns only", (p) => (others.length && !unitsOnlyText ? drop(p, others) : null)],
    ["unfamiliar labels", (p) => relabelled(p, roleOf, (role, old) => (role ? UNFAMILIAR[role] : old))],
    ["spaced labels", (p) => relabelled(p, roleOf, (_, old) => [...old].join(" "))],
    ["no labels", (p) => relabelled(p, roleOf, () => "")],
    ["quarter sub-columns", (p) => (deadline !== undefined && p.headerRows === 1 ? quarterColumns(p, deadline) : null)],
  ];
  const first = firstTasks(t, 1);
  const plans: [string, GenreTable | null][] = [
    ...[1, 2, 3].map((n) => [`first ${n} task(s)`, firstTasks(t, n)] as [string, GenreTable | null]),
    ...reshapes.map(([kind, reshape]) => [kind, reshape(t)] as [string, GenreTable | null]),
    ...reshapes.map(([kind, reshape]) => [`first task, ${kind}`, first && reshape(first)] as [string, GenreTable | null]),
    ...t.header.map(
      (label, c) => [`column ${c + 1} (${label}) blank`, label ? relabelled(t, (x) => (x === c ? "blank" : undefined), (role, old) => (role ? "" : old)) : null] as [string, GenreTable | null],
    ),
  ];
  const variants: Variant[] = plans.flatMap(([kind, plan]) => (plan ? [{ kind, snapshot: layoutOf(plan).snapshot, tasks: taskCount(plan) }] : []));
  variants.push({ kind: "lead-in line under the title", snapshot: withLeadIn(layoutOf(t).snapshot), tasks: taskCount(t) });
  return variants;
}

/** What the reader makes of a variant: the tasks it reads, or why it refused. */
function outcome(v: Variant): string {
  try {
    const read = checkSheet(v.snapshot).report.rows.length;
    return read >= v.tasks ? "read" : `found ${read} of ${v.tasks} tasks`;
  } catch (e) {
    if (e instanceof PlanError) return `refused (${e.code})`;
    throw e;
  }
}

const FIGURES_UNLABELLED = "refused rightly: with the labels blank nothing says the numbers beside the units are what each is given; a directory of units reads the same";
const FIGURES_WITHOUT_LABELS = { "no labels": FIGURES_UNLABELLED, "first task, no labels": FIGURES_UNLABELLED };

// Variants the reader still gets wrong, each with why (or refuses rightly, as above). The test
// asserts the failures are exactly these: a new failure fails it, and so does a gap fixed without
// taking it off this list.
const KNOWN_GAPS: Record<string, Record<string, string>> = {
  "beita-2020-fpzj-cunming": {
    "task columns only": "with 序号 and the amounts gone, 小额信贷贴息 stands alone in 项目名称 with 建设内容 empty, as a category heading over the rows below does",
  },
  "ly-2022-qianzhan-trad": {
    "task columns only": "with the sums and 編列機關 gone, 綠能建設 stands alone in the category column with no item beside it, as a category heading does",
  },
  ...Object.fromEntries(
    ["hanzhong-2022-08-szxx-chengban", "weinan-2021-q4-szxx-xianqu-trad", "weinan-2024-q2-szxx-xianqu"].map((id) => [id, FIGURES_WITHOUT_LABELS]),
  ),
};

describe.each(GENRE.map(({ id, table }) => [id, table] as const))("%s", (id, table) => {
  const gaps = KNOWN_GAPS[id] ?? {};
  it("is read, with every task it keeps, in each variant a clerk would call the same table (known gaps apart)", () => {
    const failures = variantsOf(table)
      .map((v) => ({ kind: v.kind, outcome: outcome(v) }))
      .filter((f) => f.outcome !== "read");
    expect(failures.map((f) => f.kind).sort()).toEqual(Object.keys(gaps).sort());
  });
  for (const [kind, why] of Object.entries(gaps)) it.todo(`${kind}: ${why}`);
});
