// Rewrites of a development plan that a clerk would say do not change what it says: other
// characters (traditional, full-width), other separators, spacing and date spellings, other column
// orders, extra columns and lines around the table, another header or merge layout, other task
// numbers. Each is a small named function; it returns null where the plan has nothing it changes.
// Used by test/invariance.test.ts, which expects every rewrite to read as the plan's hand labels.
import { Converter } from "opencc-js";
import { COLUMN_ROLES, type ColumnRoleId, type SheetSnapshot } from "../../src/core";
import { labelSaysLead } from "../../src/core/columns";
import { compactLabel } from "../../src/core/normalise";
import { layoutOf, type FixtureLayout, type GenreTable } from "../../src/bench/layout";

/** What the reader found in the plan as written: the columns of each role. */
export interface PlanRoles {
  indexes: (role: ColumnRoleId) => number[];
}

export interface Rewrite {
  kind: string;
  /** The plan rewritten, or null when the rewrite changes nothing in it. */
  table: (t: GenreTable, roles: PlanRoles) => GenreTable | null;
  /** A change to the laid-out sheet, after the table (extra lines, date cells). */
  sheet?: (layout: FixtureLayout, t: GenreTable, roles: PlanRoles) => FixtureLayout | null;
}

// ---------------------------------------------------------------- cell text

/** The rewritten plan, or null when it is the plan as it was. */
const unlessSame = (t: GenreTable, out: GenreTable) => (JSON.stringify(out) === JSON.stringify(t) ? null : out);

/** Every text of the plan (title, labels, cells) through `f`; null when nothing changed. */
function everyText(t: GenreTable, f: (s: string) => string): GenreTable | null {
  const row = (cells: string[]) => cells.map(f);
  const out = { ...t, title: f(t.title), header: row(t.header), ...(t.header2 ? { header2: row(t.header2) } : {}), rows: t.rows.map(row) };
  return unlessSame(t, out);
}

/** The cells of columns `cols` in task rows through `f`; null when nothing changed. */
function cellsOf(t: GenreTable, cols: number[], f: (s: string, col: number, row: number) => string): GenreTable | null {
  let changed = false;
  const rows = t.rows.map((cells, i) =>
    t.expected[i]
      ? cells.map((v, c) => {
          if (!cols.includes(c) || !v) return v;
          const w = f(v, c, i);
          changed ||= w !== v;
          return w;
        })
      : cells,
  );
  return changed ? { ...t, rows } : null;
}

let simplifiedToTraditional: ((s: string) => string) | null = null;
function traditional(t: GenreTable): GenreTable | null {
  const convert = (simplifiedToTraditional ??= Converter({ from: "cn", to: "t" }));
  return everyText(t, convert);
}

/** ASCII digits, capitals and punctuation as their full-width forms (２０２４年６月３０日, ＡＰＰ).
 * Lower-case letters stay: in these plans they are pinyin glosses (關(guān)) a page carried along. */
function fullWidth(t: GenreTable): GenreTable | null {
  return everyText(t, (s) => s.replace(/[!-`{-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)));
}

const unitColumns = (r: PlanRoles) => [...r.indexes("units"), ...r.indexes("lead"), ...r.indexes("co")];
const taskColumns = (r: PlanRoles) => [...r.indexes("category"), ...r.indexes("requirement")];

/**
 * The 、 between names of a unit cell through `f`, given their order: not those inside brackets
 * (各县（市、区）) nor those listing one- or two-character places inside a name (各县、市、区政府).
 */
function unitSeparators(t: GenreTable, roles: PlanRoles, f: (count: number, at: number) => string): GenreTable | null {
  return cellsOf(t, unitColumns(roles), (cell) => {
    let depth = 0;
    const breaks: number[] = [];
    const chars = [...cell];
    chars.forEach((ch, i) => {
      if ("（(〔[【".includes(ch)) depth++;
      else if ("）)〕]】".includes(ch)) depth = Math.max(0, depth - 1);
      else if (/[、，,；;：:\s]/u.test(ch) && depth === 0) breaks.push(i);
    });
    const bounds = [-1, ...breaks, chars.length];
    const names = breaks.filter((i, k) => chars[i] === "、" && bounds[k + 1] - bounds[k] > 3 && bounds[k + 2] - bounds[k + 1] > 3);
    return chars.map((ch, i) => (names.includes(i) ? f(names.length, names.indexOf(i)) : ch)).join("");
  });
}

const SEPARATORS: [string, string][] = [
  ["full-width comma", "，"],
  ["comma", ","],
  ["full-width semicolon", "；"],
  ["semicolon", ";"],
  ["slash", "/"],
  ["space", " "],
  ["line break", "\n"],
];
/** The last two names joined by a word (A、B及C), as prose does. */
const JOINING_WORDS = ["及", "和"];

/** Line breaks and spaces a clerk types to fit a narrow column or pastes from Word. */
function spacedCells(t: GenreTable, roles: PlanRoles): GenreTable | null {
  const deadline = roles.indexes("deadline");
  const units = unitColumns(roles);
  const tasks = taskColumns(roles);
  return cellsOf(t, [...deadline, ...units, ...tasks], (cell, c) => {
    if (tasks.includes(c)) return `\u3000\u3000${cell.replace(/。(?=.)/g, "。\n")}`;
    if (units.includes(c)) return ` ${cell.replace(/[：:](?=.)/g, "：\n")} `;
    return `${cell.replace(/(\d{4}年)(?=\d)/, "$1\n")} `;
  });
}

/** Header labels of four characters or more wrapped onto two lines in their cell (责任\n单位). */
function wrappedLabels(t: GenreTable): GenreTable | null {
  const wrap = (label: string) => (label.length >= 4 && !/\s/.test(label) ? `${label.slice(0, label.length >> 1)}\n${label.slice(label.length >> 1)}` : label);
  const out = { ...t, header: t.header.map(wrap), ...(t.header2 ? { header2: t.header2.map(wrap) } : {}) };
  return unlessSame(t, out);
}

// ---------------------------------------------------------------- deadline spellings

// A month's end (2021年9月底, 12月底前 in a plan of known year): the labels' date is its last day.
const MONTH_END = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月底/gu;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Month ends in deadline cells written as the date itself, spelt by `format`. */
function monthEndsAsDates(format: (y: number, m: number, d: number) => string): Rewrite["table"] {
  return (t, roles) =>
    cellsOf(t, roles.indexes("deadline"), (cell) =>
      cell.replace(MONTH_END, (whole, y: string | undefined, m: string) => {
        const year = y ? +y : t.year;
        return year === null ? whole : format(year, +m, lastDay(year, +m));
      }),
    );
}

/** Month (and 年底) written without the year in a plan whose title gives the year: 6月底, 年底前. */
function yearFromTitle(t: GenreTable, roles: PlanRoles): GenreTable | null {
  if (t.year === null || !t.title.includes(String(t.year))) return null;
  const year = new RegExp(`${t.year}年(?=\\d{1,2}月|底)`, "g");
  return cellsOf(t, roles.indexes("deadline"), (cell) => cell.replace(year, ""));
}

/** Deadline cells holding a month's end alone (2021年9月底, 12月底前) stored as Excel dates
 * (serial numbers with a date format) of its last day. */
function excelDates(layout: FixtureLayout, t: GenreTable, roles: PlanRoles): FixtureLayout | null {
  const [col] = roles.indexes("deadline");
  if (col === undefined) return null;
  const values = layout.snapshot.values.map((r) => [...r]);
  const dateCells: [number, number][] = [...layout.snapshot.dateCells];
  t.rows.forEach((cells, i) => {
    const m = t.expected[i] && cells[col]?.trim().match(/^(?:(\d{4})年)?(\d{1,2})月底前?$/u);
    const year = m && (m[1] ? +m[1] : t.year);
    if (!m || !year) return;
    const row = layout.firstDataRow + i;
    values[row][col] = (Date.UTC(year, +m[2] - 1, lastDay(year, +m[2])) - Date.UTC(1899, 11, 30)) / 86_400_000;
    dateCells.push([row, col]);
  });
  return dateCells.length === layout.snapshot.dateCells.length ? null : { ...layout, snapshot: { ...layout.snapshot, values, dateCells } };
}

// ---------------------------------------------------------------- columns

/** A column of the rewritten plan: one of the plan's, or a new one with its label and task-row cells. */
type NewColumn = number | { label: string; cell: (row: number) => string };

/** The plan with its columns as `columns` lists them; null when a header merge no longer holds together. */
function withColumns(t: GenreTable, columns: NewColumn[]): GenreTable | null {
  const at = (old: number) => columns.indexOf(old);
  const headerMerges = [];
  for (const m of t.headerMerges ?? []) {
    const cols = Array.from({ length: m.toCol - m.fromCol + 1 }, (_, k) => at(m.fromCol + k)).sort((a, b) => a - b);
    if (cols.some((c, k) => c < 0 || c !== cols[0] + k)) return null;
    headerMerges.push({ ...m, fromCol: cols[0], toCol: cols[cols.length - 1] });
  }
  const spans = new Set(t.spanRows ?? []);
  const row = (cells: string[], i: number, fresh: (c: Exclude<NewColumn, number>) => string) => {
    // A category row spanning the table keeps its text in the first cell, where the merge shows it.
    if (spans.has(i)) return columns.map((_, k) => (k === 0 ? cells.join("") : ""));
    return columns.map((c) => (typeof c === "number" ? cells[c] ?? "" : fresh(c)));
  };
  const header = columns.map((c) => (typeof c === "number" ? t.header[c] : c.label));
  return {
    ...t,
    header,
    ...(t.header2 ? { header2: columns.map((c) => (typeof c === "number" ? t.header2![c] : "")) } : {}),
    headerMerges,
    rows: t.rows.map((cells, i) => row(cells, i, (c) => (t.expected[i] ? c.cell(i) : ""))),
    merges: t.merges.filter((m) => at(m.col) >= 0).map((m) => ({ ...m, col: at(m.col) })),
    ...(t.seqCol !== undefined ? { seqCol: at(t.seqCol) } : {}),
  };
}

const plainColumns = (t: GenreTable) => t.header.map((_, c) => c);

/** `moved` put right before column `before`. */
function moveBefore(t: GenreTable, moved: number[], before: number | undefined): GenreTable | null {
  if (!moved.length || before === undefined || moved.includes(before) || moved.every((c) => c < before)) return null;
  const rest = plainColumns(t).filter((c) => !moved.includes(c));
  const k = rest.indexOf(before);
  return withColumns(t, [...rest.slice(0, k), ...moved, ...rest.slice(k)]);
}

const PERSONS = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴霞"];
const person = (i: number) => PERSONS[i % PERSONS.length];
const mobile = (i: number) => `13${String(800_000_000 + i * 7_654_321).slice(0, 9)}`;
const PROGRESS = [
  "已完成。",
  "正在推进，已完成年度目标的60%。",
  "已制定工作方案，截至6月底完成主体工程。",
  "按计划推进中。",
  "已召开专题会议部署，3月15日印发实施方案。",
];

/** A column inserted after column `after` (at the end when undefined). */
function addColumn(t: GenreTable, column: Exclude<NewColumn, number>, after?: number): GenreTable | null {
  const cols: NewColumn[] = plainColumns(t);
  cols.splice(after === undefined ? cols.length : after + 1, 0, column);
  return withColumns(t, cols);
}

// ---------------------------------------------------------------- layout

/** The header as two rows: a merged group label over the unit and deadline columns' labels. */
function twoRowHeader(t: GenreTable, roles: PlanRoles): GenreTable | null {
  if (t.headerRows !== 1) return null;
  const grouped = new Set([...unitColumns(roles), ...roles.indexes("deadline")]);
  // The first run of two or more adjacent unit or deadline columns.
  const from = [...grouped].sort((a, b) => a - b).find((c) => grouped.has(c + 1));
  if (from === undefined) return null;
  let to = from + 1;
  while (grouped.has(to + 1)) to++;
  const inGroup = (c: number) => c >= from && c <= to;
  return {
    ...t,
    header: t.header.map((label, c) => (c === from ? "责任分工" : inGroup(c) ? "" : label)),
    header2: t.header.map((label, c) => (inGroup(c) ? label : "")),
    headerRows: 2,
    headerMerges: [
      { fromRow: 0, toRow: 0, fromCol: from, toCol: to },
      ...t.header.flatMap((_, c) => (inGroup(c) ? [] : [{ fromRow: 0, toRow: 1, fromCol: c, toCol: c }])),
    ],
  };
}

/** Body merges (but the task numbers') written out as the value repeated in every row. */
function repeatedValues(t: GenreTable): GenreTable | null {
  const unmerged = t.merges.filter((m) => m.col !== t.seqCol);
  if (!unmerged.length) return null;
  const rows = t.rows.map((r) => [...r]);
  for (const m of unmerged) for (let i = m.fromRow + 1; i <= m.toRow; i++) rows[i][m.col] = rows[m.fromRow][m.col];
  return { ...t, rows, merges: t.merges.filter((m) => m.col === t.seqCol) };
}

/** Equal unit or deadline cells of consecutive tasks merged into one. */
function mergedValues(t: GenreTable, roles: PlanRoles): GenreTable | null {
  const rows = t.rows.map((r) => [...r]);
  const merges = [...t.merges];
  const merged = (c: number, i: number) => t.merges.some((m) => m.col === c && m.fromRow <= i && i <= m.toRow);
  for (const c of [...unitColumns(roles), ...roles.indexes("deadline")]) {
    for (let i = 0; i < t.rows.length; ) {
      let j = i;
      const same = (k: number) => t.expected[k] && !merged(c, k) && t.rows[k][c] && t.rows[k][c] === t.rows[i][c];
      if (same(i)) while (j + 1 < t.rows.length && same(j + 1)) j++;
      if (j > i) {
        merges.push({ col: c, fromRow: i, toRow: j });
        for (let k = i + 1; k <= j; k++) rows[k][c] = "";
      }
      i = j + 1;
    }
  }
  return merges.length === t.merges.length ? null : { ...t, rows, merges };
}

/** An 附件 line above the title, a 填报 line under it, and 制表 lines under the table. */
function linesAround(layout: FixtureLayout, t: GenreTable): FixtureLayout {
  const { snapshot } = layout;
  const width = snapshot.values[0].length;
  const line = (text: string) => [text, ...Array(width - 1).fill(null)];
  // A plan with no year keeps none: the form's date is left blank to fill in.
  const date = t.year === null ? "\u3000\u3000年\u3000\u3000月\u3000\u3000日" : `${t.year}年3月15日`;
  const down = (r: number) => (r >= 1 ? r + 2 : r + 1);
  const shifted: SheetSnapshot = {
    ...snapshot,
    values: [
      line("附件1"),
      snapshot.values[0],
      line(`填报单位：县人民政府办公室\u3000\u3000填报日期：${date}`),
      ...snapshot.values.slice(1),
      line(`制表人：${person(0)}\u3000\u3000审核人：${person(1)}\u3000\u3000联系电话：0571-86012345`),
      line(`制表日期：${date}`),
    ],
    merges: snapshot.merges.map((m) => ({ ...m, top: down(m.top), bottom: down(m.bottom) })),
    dateCells: snapshot.dateCells.map(([r, c]) => [down(r), c]),
    ...(snapshot.hiddenRows ? { hiddenRows: snapshot.hiddenRows.map(down) } : {}),
    ...(snapshot.struckCells ? { struckCells: snapshot.struckCells.map(([r, c]) => [down(r), c] as [number, number]) } : {}),
  };
  return { snapshot: shifted, firstDataRow: layout.firstDataRow + 2 };
}

// ---------------------------------------------------------------- task numbers

const DIGITS = "零一二三四五六七八九";
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? DIGITS[tens] : ""}十${n % 10 ? DIGITS[n % 10] : ""}`;
}
const circled = (n: number) => (n <= 20 ? String.fromCharCode(0x2460 + n - 1) : n <= 35 ? String.fromCharCode(0x3251 + n - 21) : String.fromCharCode(0x32b1 + n - 36));

function numbering(format: (n: number) => string): Rewrite["table"] {
  return (t) => {
    if (t.seqCol === undefined) return null;
    const seq = t.seqCol;
    const numbers = t.rows.map((r) => (/^\d+$/.test(r[seq]?.trim() ?? "") ? +r[seq] : null));
    if (!numbers.some((n) => n !== null) || numbers.some((n) => n !== null && (n < 1 || n > 50))) return null;
    return { ...t, rows: t.rows.map((r, i) => (numbers[i] === null ? r : r.map((v, c) => (c === seq ? format(numbers[i]!) : v)))) };
  };
}

// ---------------------------------------------------------------- header labels
// Issue #9: a clerk knows a unit column by the names in it and a deadline by its wording, whatever
// the header says. These rewrites change only the header: other words for the same roles, labels
// left blank or missing, shifted a column, in English, or repeated down the sheet.

/** The row of the header holding column `col`'s own label: the lower one where it has one. */
const labelRowOf = (t: GenreTable, col: number) => (t.header2?.[col] ? "header2" : "header");

/** The own label of every column of a role through `f` (given the role and the old label); null when nothing changed. */
function relabelRoles(t: GenreTable, roles: PlanRoles, f: (role: ColumnRoleId, old: string) => string): GenreTable | null {
  const out = { ...t, header: [...t.header], ...(t.header2 ? { header2: [...t.header2] } : {}) };
  for (const { id } of COLUMN_ROLES) {
    for (const col of roles.indexes(id)) {
      const row = labelRowOf(t, col);
      // A column leading by layout (责任单位 beside 配合单位) keeps a responsible column's label.
      const role = id === "lead" && !leadsInWords(t, col) ? "units" : id;
      out[row]![col] = f(role, out[row]![col]);
    }
  }
  return unlessSame(t, out);
}

// Other words for the same roles, as published plans and their notices label them (the pages
// corpus: 责任主体 and 时间节点 in 2023 task lists, 承办部门 and 办结时限 in 督办 ledgers, 计划完成时间
// and 负责部门 in work plans; 事项, 内容, 目标 as development plans here head their task columns).
// The unit and deadline words are ones the reader's label patterns need not know.
const LABEL_SYNONYMS: Partial<Record<ColumnRoleId, string>>[] = [
  { category: "事项", requirement: "内容", units: "落实主体", lead: "牵头", co: "配合", deadline: "时间节点" },
  { category: "目标", requirement: "举措", units: "承办", lead: "领办", co: "协办", deadline: "办结时限" },
  { category: "任务", requirement: "要求", units: "负责部门", lead: "牵头部门", co: "配合部门", deadline: "计划完成" },
  { category: "事项", requirement: "目标", units: "实施主体", lead: "领衔", co: "协同", deadline: "进度要求" },
];

/** The labels of a copy translated for a foreign partner; the cells stay as written. */
const ENGLISH_LABELS: Record<ColumnRoleId, string> = {
  seq: "No.",
  category: "Task",
  requirement: "Requirements",
  units: "Responsible",
  lead: "Lead",
  co: "Supporting",
  deadline: "Due",
  remark: "Remarks",
};

/** Every label but the number's and the tasks' left blank. */
function onlyTaskLabels(t: GenreTable, roles: PlanRoles): GenreTable | null {
  return relabelRoles(t, roles, (role, old) => (role === "seq" || role === "category" || role === "requirement" ? old : ""));
}

/** The header stored one label short, as a page that drops an empty header cell gives it: every
 * label one column left of its own, the last column unlabelled. */
function labelsShiftedLeft(t: GenreTable): GenreTable | null {
  if (t.headerRows !== 1 || t.headerMerges?.length) return null;
  return unlessSame(t, { ...t, header: [...t.header.slice(1), ""] });
}

/** The sheet with no header at all: the title, then the tasks. */
function withoutHeader(layout: FixtureLayout, t: GenreTable): FixtureLayout {
  const { snapshot, firstDataRow } = layout;
  const cut = t.headerRows;
  const up = (r: number) => (r > cut ? r - cut : r);
  const shifted: SheetSnapshot = {
    ...snapshot,
    values: [snapshot.values[0], ...snapshot.values.slice(1 + cut)],
    merges: snapshot.merges.filter((m) => m.top === 0 || m.top > cut).map((m) => ({ ...m, top: up(m.top), bottom: up(m.bottom) })),
    dateCells: snapshot.dateCells.map(([r, c]) => [up(r), c]),
    ...(snapshot.hiddenRows ? { hiddenRows: snapshot.hiddenRows.map(up) } : {}),
  };
  return { snapshot: shifted, firstDataRow: firstDataRow - cut };
}

/** Rows printed on one page before the header repeats. */
const PAGE_ROWS = 15;

/** The header row again after every PAGE_ROWS rows (a print title), at the first row boundary no
 * merge crosses; the repeated rows are no tasks. */
function headerEveryPage(t: GenreTable): GenreTable | null {
  if (t.headerRows !== 1 || t.rows.length <= PAGE_ROWS) return null;
  const crossed = (i: number) => t.merges.some((m) => m.fromRow < i && m.toRow >= i);
  const breaks: number[] = [];
  for (let i = PAGE_ROWS; i < t.rows.length; i++) if (!crossed(i) && i - (breaks[breaks.length - 1] ?? 0) >= PAGE_ROWS) breaks.push(i);
  if (!breaks.length) return null;
  const down = (i: number) => i + breaks.filter((b) => b <= i).length;
  const rows: string[][] = [];
  const expected: GenreTable["expected"] = [];
  t.rows.forEach((r, i) => {
    if (breaks.includes(i)) {
      rows.push([...t.header]);
      expected.push(null);
    }
    rows.push(r);
    expected.push(t.expected[i]);
  });
  const moved = (list?: number[]) => list?.map(down);
  return {
    ...t,
    rows,
    expected,
    merges: t.merges.map((m) => ({ ...m, fromRow: down(m.fromRow), toRow: down(m.toRow) })),
    spanRows: moved(t.spanRows),
    footerRows: moved(t.footerRows),
    hiddenRows: moved(t.hiddenRows),
    continuationRows: moved(t.continuationRows),
  };
}

const HEADER_REWRITES: Rewrite[] = [
  ...LABEL_SYNONYMS.map((words): Rewrite => ({
    kind: `labels as ${words.units} / ${words.deadline} / ${words.category}`,
    table: (t, r) => relabelRoles(t, r, (role, old) => (old && words[role]) || old),
  })),
  { kind: "labels in English", table: (t, r) => relabelRoles(t, r, (role, old) => old && ENGLISH_LABELS[role]) },
  { kind: "only the number and task labels", table: onlyTaskLabels },
  { kind: "no header row", table: (t) => t, sheet: (layout, t) => withoutHeader(layout, t) },
  { kind: "header one label short", table: labelsShiftedLeft },
  { kind: `header repeated every ${PAGE_ROWS} rows`, table: headerEveryPage },
];

// ---------------------------------------------------------------- cell and row forms (issue 9)
// How offices write the same cells and rows otherwise, each seen in published plans: lead and
// partners in one labelled cell (牵头单位:…;责任单位:…, 荆门 2022, 嘉鱼 2021) or in two columns
// (牵头单位 | 配合单位, 滁州 2020), A牵头,B配合 (广东 2021, 咸阳 2022), A(牵头); leaders and
// persons beside the units (咸安 2023 责任领导, 宁波 2014 牵头领导 | 项目责任人); deadlines as 5月底前
// 动工 (大竹 2016), 截至3月31日 (开化 2023), 三季度末 (连云港 2025), 年内完工 (江北 2023) and
// milestone lists (临安 2022: 3月底前…;6月底前…;9月底前完成); part headings spanning the table, a
// 合计 line, whom to call under a notice (盘锦 2021 通知); task text in one or two columns.

/** The value a clerk sees in a cell: a merged cell's value in every row it covers. */
const shownValue = (t: GenreTable, i: number, c: number) => {
  const m = t.merges.find((g) => g.col === c && g.fromRow <= i && i <= g.toRow);
  return t.rows[m ? m.fromRow : i][c] ?? "";
};

/** The plan with the unit columns as one column, its task cells written by `cell` from the lead
 * column's text and the other unit columns' text. */
function unitsInOneColumn(t: GenreTable, roles: PlanRoles, cell: (lead: string, others: string, i: number) => string): GenreTable | null {
  const [lead, ...moreLeads] = roles.indexes("lead");
  const others = [...roles.indexes("co"), ...roles.indexes("units")].sort((a, b) => a - b);
  if (lead === undefined || moreLeads.length || !others.length) return null;
  const all = [lead, ...others];
  const at = Math.min(...all);
  const columns: NewColumn[] = plainColumns(t).flatMap((c): NewColumn[] => {
    if (c === at) {
      return [{ label: "责任单位", cell: (i) => cell(shownValue(t, i, lead).trim(), others.map((o) => shownValue(t, i, o).trim()).filter(Boolean).join("，"), i) }];
    }
    return all.includes(c) ? [] : [c];
  });
  return withColumns(t, columns);
}

/** Whether the header over a lead column says its unit leads (牵头单位), not the layout (责任单位 | 配合单位). */
const leadsInWords = (t: GenreTable, col: number) => [t.header[col], t.header2?.[col] ?? ""].some((l) => labelSaysLead(compactLabel(l)));

/** The lead column's text is the row's one labelled lead. */
const singleLead = (t: GenreTable, i: number, lead: string) => t.expected[i]?.lead != null && lead === t.expected[i]!.lead;

/** A cell naming the lead and the partners (the partners may be none). */
type LeadForm = (lead: string, others: string) => string;
const labelledLead: LeadForm = (lead, others) => `牵头单位：${lead}${others && `；配合单位：${others}`}`;
const LEAD_FORMS: [string, LeadForm][] = [
  ["牵头单位：A；配合单位：B", labelledLead],
  ["A（牵头），B", (lead, others) => `${lead}（牵头）${others && `，${others}`}`],
  ["A牵头，B配合", (lead, others) => `${lead}牵头${others && `，${others}配合`}`],
];
function leadInOneCell(form: LeadForm): Rewrite["table"] {
  return (t, roles) =>
    unitsInOneColumn(t, roles, (lead, others, i) => {
      if (!lead) return others;
      // A lone unit of a column leading by layout leads nobody: written plainly.
      if (!others && t.expected[i]?.lead == null) return lead;
      // A bracket or verb marks one name: several leads keep their labels.
      return singleLead(t, i, lead) ? form(lead, others) : labelledLead(lead, others);
    });
}

/** One unit column whose cells mark the lead, written as two columns: 牵头单位 | 配合单位 (the
 * labelled names, the others joined by 、). Only where every task naming units names a lead. */
function leadAndPartnersColumns(t: GenreTable, roles: PlanRoles): GenreTable | null {
  const [units, ...more] = roles.indexes("units");
  if (units === undefined || more.length || roles.indexes("lead").length || roles.indexes("co").length) return null;
  const tasks = t.expected.filter((e) => e && e.units.length);
  if (!tasks.length || tasks.some((e) => !e!.lead)) return null;
  const partners = (i: number) => t.expected[i]!.units.filter((u) => u !== t.expected[i]!.lead).join("、");
  const columns: NewColumn[] = plainColumns(t).flatMap((c): NewColumn[] =>
    c === units
      ? [
          { label: "牵头单位", cell: (i) => t.expected[i]!.lead ?? "" },
          { label: "配合单位", cell: partners },
        ]
      : [c],
  );
  return withColumns(t, columns);
}

/** Each named unit of the unit cells written whole (not a catch-all 各…) through `f`. */
function namedUnits(t: GenreTable, roles: PlanRoles, f: (name: string) => string): GenreTable | null {
  return cellsOf(t, unitColumns(roles), (cell, _, row) => {
    const names = (t.expected[row]?.units ?? []).filter((u) => !u.startsWith("各"));
    let out = cell;
    for (const name of names) {
      const at = out.indexOf(name);
      const after = out.slice(at + name.length);
      if (at < 0 || !/^(?:$|[、，,；;\s])/u.test(after)) continue;
      out = `${out.slice(0, at)}${f(name)}${after}`;
    }
    return out;
  });
}

/** A person after each named unit of the unit cells (县发改局（张伟）): not after a catch-all (各…). */
function personsInUnitCells(t: GenreTable, roles: PlanRoles): GenreTable | null {
  let k = 0;
  return namedUnits(t, roles, (name) => `${name}（${person(k++)}）`);
}

// Where a mirror or a PDF extraction breaks a name with a space and a clerk still reads one: after
// a field of work (住房和城乡 建设局, 农业农村 局), else before a body's suffix (县政府 办).
const FIELD_THEN_REST = /^(.*?(?:城乡|农村))(.+)$/u;
const NAME_THEN_SUFFIX = /^(.{3,})([局委办厅])$/u;

/** Each named unit of the unit cells broken by a space as a mirror prints it (住房城乡 建设厅). */
function namesBrokenBySpace(t: GenreTable, roles: PlanRoles): GenreTable | null {
  return namedUnits(t, roles, (name) => {
    const m = FIELD_THEN_REST.exec(name) ?? NAME_THEN_SUFFIX.exec(name);
    return m ? `${m[1]} ${m[2]}` : name;
  });
}

/** The level a plan's title names, for its leaders' titles (副县长, 副市长). */
const titleLevel = (t: GenreTable) => t.title.match(/[省市县区]/u)?.[0] ?? "县";

/** A 责任领导 column before the unit columns: the deputy in charge of each task. */
function leaderColumn(t: GenreTable, roles: PlanRoles): GenreTable | null {
  const units = unitColumns(roles);
  if (!units.length) return null;
  const before = Math.min(...units);
  return addColumn(t, { label: "责任领导", cell: (i) => `${person(i + 3)}（副${titleLevel(t)}长）` }, before - 1);
}

// A deadline cell naming a month's end alone: [2021年]9月[底|末][前], 2020年底[前].
const MONTH_ALONE = /^(?:(\d{4})\s*年)?(\d{1,2})月(?:底|末)?前?$/u;
const YEAR_END_ALONE = /^(\d{4})\s*年底前?$/u;
const QUARTERS = "一二三四";

/** Deadline cells of one month's end, labelled as that month's last day, rewritten by `spell`
 * (given the year as the cell wrote it, or "", and the month); a row is left as it was where
 * `spell` returns null. */
function monthEndCells(spell: (year: string, month: number, day: number) => string | null): Rewrite["table"] {
  return (t, roles) =>
    cellsOf(t, roles.indexes("deadline"), (cell, _, row) => {
      const date = t.expected[row]?.deadlineDate;
      const m = cell.trim().match(MONTH_ALONE);
      const y = cell.trim().match(YEAR_END_ALONE);
      const year = m?.[1] ?? y?.[1];
      const month = m ? +m[2] : y ? 12 : 0;
      if (!date || !month || +date.slice(5, 7) !== month || (year && +date.slice(0, 4) !== +year)) return cell;
      return spell(year ? `${year}年` : "", month, +date.slice(8)) ?? cell;
    });
}

// Block rows: inserted between plan rows where no merge runs across, with the labels moved along.
function withRowsBefore(t: GenreTable, inserts: Map<number, { cells: string[]; span?: boolean }[]>): GenreTable | null {
  if (!inserts.size) return null;
  const shift = (i: number) => i + [...inserts].reduce((n, [at, rows]) => n + (at <= i ? rows.length : 0), 0);
  const rows: string[][] = [];
  const expected: GenreTable["expected"] = [];
  const spanRows = (t.spanRows ?? []).map(shift);
  t.rows.forEach((cells, i) => {
    for (const row of inserts.get(i) ?? []) {
      if (row.span) spanRows.push(rows.length);
      rows.push(row.cells);
      expected.push(null);
    }
    rows.push(cells);
    expected.push(t.expected[i]);
  });
  return {
    ...t,
    rows,
    expected,
    spanRows: spanRows.sort((a, b) => a - b),
    merges: t.merges.map((m) => ({ ...m, fromRow: shift(m.fromRow), toRow: shift(m.toRow) })),
    ...(t.footerRows && { footerRows: t.footerRows.map(shift) }),
    ...(t.hiddenRows && { hiddenRows: t.hiddenRows.map(shift) }),
    ...(t.continuationRows && { continuationRows: t.continuationRows.map(shift) }),
  };
}

/** Task rows before which a row may go: a task row that no merge runs into from above and that
 * carries on no text of the row above. */
const taskStarts = (t: GenreTable) =>
  t.expected.flatMap((e, i) => (e && !t.merges.some((m) => m.fromRow < i && i <= m.toRow) && !(t.continuationRows ?? []).includes(i) ? [i] : []));

const PART_HEADINGS = ["一、稳定经济增长", "二、保障和改善民生", "三、加强政府自身建设"];
/** Part headings (一、…) spanning the table before the first task and between task groups, in a plan without any. */
function partHeadings(t: GenreTable): GenreTable | null {
  if (t.spanRows?.length) return null;
  const starts = taskStarts(t);
  if (starts.length < 2) return null;
  const width = t.header.length;
  const at = [starts[0], starts[Math.ceil(starts.length / 2)]].filter((v, k, a) => a.indexOf(v) === k);
  return withRowsBefore(t, new Map(at.map((i, k) => [i, [{ cells: [PART_HEADINGS[k], ...Array(width - 1).fill("")], span: true }]])));
}

/** An empty row before every task but the first, as plans typed to leave room between items. */
function blankRows(t: GenreTable): GenreTable | null {
  const empty = Array(t.header.length).fill("");
  return withRowsBefore(t, new Map(taskStarts(t).slice(1).map((i) => [i, [{ cells: empty }]])));
}

/** Every cell of the sheet moved `down` rows and `right` columns. */
function movedSheet(layout: FixtureLayout, down: number, right: number): FixtureLayout {
  const { snapshot } = layout;
  const width = snapshot.values[0].length + right;
  const values = [...Array.from({ length: down }, () => Array(width).fill(null)), ...snapshot.values.map((r) => [...Array(right).fill(null), ...r])];
  const cell = ([r, c]: [number, number]): [number, number] => [r + down, c + right];
  return {
    firstDataRow: layout.firstDataRow + down,
    snapshot: {
      ...snapshot,
      values,
      merges: snapshot.merges.map((m) => ({ top: m.top + down, bottom: m.bottom + down, left: m.left + right, right: m.right + right })),
      dateCells: snapshot.dateCells.map(cell),
      ...(snapshot.hiddenRows ? { hiddenRows: snapshot.hiddenRows.map((r) => r + down) } : {}),
      ...(snapshot.struckCells ? { struckCells: snapshot.struckCells.map(cell) } : {}),
    },
  };
}

/** Lines under the sheet's last row, each in its first column unless given whole. */
function linesUnder(layout: FixtureLayout, lines: (string | (string | null)[])[]): FixtureLayout {
  const { snapshot } = layout;
  const width = snapshot.values[0].length;
  const rows = lines.map((l) => (typeof l === "string" ? [l, ...Array(width - 1).fill(null)] : [...l, ...Array(Math.max(0, width - l.length)).fill(null)]));
  return { ...layout, snapshot: { ...snapshot, values: [...snapshot.values, ...rows] } };
}

const taskCount = (t: GenreTable) => t.expected.filter(Boolean).length;

/** A 合计 row, a 备注 block and a 填表人 line under the table. */
function totalsAndNotes(layout: FixtureLayout, t: GenreTable): FixtureLayout {
  return linesUnder(layout, [
    // A one-column list keeps its total in its one column.
    t.header.length > 1 ? ["合计", `共${taskCount(t)}项`] : `合计：共${taskCount(t)}项`,
    "备注：1.请各牵头单位于每月25日前报送工作进展情况；2.本表由县政府办公室负责解释。",
    `填表人：${person(2)}\u3000\u3000联系电话：13800000000`,
  ]);
}

/** A blank line, then a small contacts table (单位 | 联系人 | 联系电话) under the plan. */
function contactsTable(layout: FixtureLayout): FixtureLayout {
  return linesUnder(layout, [
    [],
    ["各单位联系人"],
    ["单位", "联系人", "联系电话"],
    ["县政府办公室", person(4), mobile(4)],
    ["县发展和改革局", person(5), mobile(5)],
  ]);
}

/** The one task column's text split after its first sentence: 工作任务 | 具体措施. */
function splitTaskText(t: GenreTable, roles: PlanRoles): GenreTable | null {
  const [task, ...more] = roles.indexes("requirement");
  if (task === undefined || more.length || roles.indexes("category").length) return null;
  const parts = (i: number) => t.rows[i][task].match(/^([^。；]+[。；])(.+)$/su);
  if (t.expected.filter((e, i) => e && parts(i)).length * 2 < taskCount(t)) return null;
  const columns: NewColumn[] = plainColumns(t).flatMap((c): NewColumn[] =>
    c === task
      ? [
          { label: "工作任务", cell: (i) => parts(i)?.[1] ?? t.rows[i][task] },
          { label: "具体措施", cell: (i) => parts(i)?.[2].trim() ?? "" },
        ]
      : [c],
  );
  return withColumns(t, columns);
}

/** The category and task columns joined into one: the category's text on its own line above the task's. */
function joinedTaskText(t: GenreTable, roles: PlanRoles): GenreTable | null {
  const [category, ...moreCategories] = roles.indexes("category");
  const [task, ...moreTasks] = roles.indexes("requirement");
  if (category === undefined || task === undefined || moreCategories.length || moreTasks.length) return null;
  const columns: NewColumn[] = plainColumns(t).flatMap((c): NewColumn[] =>
    c === category
      ? [{ label: t.header[task], cell: (i) => [shownValue(t, i, category), t.rows[i][task]].filter((v) => v.trim()).join("\n") }]
      : c === task
        ? []
        : [c],
  );
  return withColumns(t, columns);
}

const CELL_FORMS: Rewrite[] = [
  ...LEAD_FORMS.map(([name, form]): Rewrite => ({ kind: `lead and partners in one cell as ${name}`, table: leadInOneCell(form) })),
  { kind: "lead and partners as two columns", table: leadAndPartnersColumns },
  { kind: "persons after the units in their cells", table: personsInUnitCells },
  { kind: "a name broken by a space", table: namesBrokenBySpace },
  { kind: "责任领导 column before the units", table: leaderColumn },
  { kind: "month ends as 5月底前完成", table: monthEndCells((y, m) => `${y}${m}月底前完成`) },
  { kind: "month ends as 截至6月30日", table: monthEndCells((y, m, d) => `截至${y}${m}月${d}日`) },
  { kind: "quarter ends as 上半年 and 三季度末", table: monthEndCells((y, m) => (m === 6 ? `${y}上半年` : m % 3 ? null : `${y}${QUARTERS[m / 3 - 1]}季度末`)) },
  { kind: "year ends as 年内", table: monthEndCells((y, m) => (m === 12 ? (y ? `${y}内` : "年内") : null)) },
  { kind: "month ends after an earlier milestone", table: monthEndCells((y, m) => (m > 2 ? `${y}${m - 2}月底前完成方案制定；${y}${m}月底前全面完成` : null)) },
  { kind: "part headings between task groups", table: partHeadings },
  { kind: "blank rows between tasks", table: blankRows },
  { kind: "table moved down and right", table: (t) => t, sheet: (layout) => movedSheet(layout, 2, 1) },
  { kind: "合计, 备注 and 填表人 lines under the table", table: (t) => t, sheet: (layout, t) => totalsAndNotes(layout, t) },
  { kind: "contacts table under the plan", table: (t) => t, sheet: (layout) => contactsTable(layout) },
  { kind: "task text split into 工作任务 and 具体措施", table: splitTaskText },
  { kind: "category and task text in one column", table: joinedTaskText },
];

// ---------------------------------------------------------------- the list

export const REWRITES: Rewrite[] = [
  { kind: "traditional characters", table: traditional },
  { kind: "full-width letters, digits and punctuation", table: fullWidth },
  ...SEPARATORS.map(([name, sep]): Rewrite => ({ kind: `units separated by ${name}`, table: (t, r) => unitSeparators(t, r, () => sep) })),
  ...JOINING_WORDS.map((word): Rewrite => ({
    kind: `last two units joined by ${word}`,
    table: (t, r) => unitSeparators(t, r, (count, at) => (at === count - 1 ? word : "、")),
  })),
  { kind: "line breaks and spaces inside cells", table: spacedCells },
  { kind: "header labels wrapped onto two lines", table: wrappedLabels },
  { kind: "unit column before the task column", table: (t, r) => moveBefore(t, unitColumns(r).sort((a, b) => a - b), taskColumns(r).sort((a, b) => a - b)[0]) },
  { kind: "deadline column before the unit column", table: (t, r) => moveBefore(t, r.indexes("deadline"), unitColumns(r).sort((a, b) => a - b)[0]) },
  { kind: "备注 column with persons and phones", table: (t) => addColumn(t, { label: "备注", cell: (i) => (i % 3 ? "" : `联系人：${person(i)}，电话：${mobile(i)}`) }) },
  {
    kind: "联系人 column after the units",
    table: (t, r) => (unitColumns(r).length ? addColumn(t, { label: "联系人", cell: (i) => person(i) }, Math.max(...unitColumns(r))) : null),
  },
  { kind: "进展情况 column with progress prose", table: (t) => addColumn(t, { label: "进展情况", cell: (i) => PROGRESS[i % PROGRESS.length] }) },
  { kind: "附件, 填报 and 制表 lines around the table", table: (t) => t, sheet: (layout, t) => linesAround(layout, t) },
  { kind: "header in two rows under a group label", table: twoRowHeader },
  { kind: "merged cells written as repeated values", table: (t) => repeatedValues(t) },
  { kind: "repeated unit and deadline cells merged", table: mergedValues },
  { kind: "month ends as Excel date cells", table: (t) => t, sheet: excelDates },
  { kind: "month ends as 2024年6月30日", table: monthEndsAsDates((y, m, d) => `${y}年${m}月${d}日`) },
  { kind: "month ends as 2024.6.30", table: monthEndsAsDates((y, m, d) => `${y}.${m}.${d}`) },
  { kind: "month ends as 2024/6/30", table: monthEndsAsDates((y, m, d) => `${y}/${m}/${d}`) },
  { kind: "month ends as 2024-06-30", table: monthEndsAsDates((y, m, d) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`) },
  { kind: "months without the title's year", table: yearFromTitle },
  { kind: "numbers as 1、", table: numbering((n) => `${n}、`) },
  { kind: "numbers as （一）", table: numbering((n) => `（${chineseNumber(n)}）`) },
  { kind: "numbers as 一、", table: numbering((n) => `${chineseNumber(n)}、`) },
  { kind: "numbers as 1.", table: numbering((n) => `${n}.`) },
  { kind: "numbers as ①", table: numbering(circled) },
  ...HEADER_REWRITES,
  ...CELL_FORMS,
];

/** The plan rewritten and laid out, or null when the rewrite changes nothing in it. */
export function rewritten(t: GenreTable, roles: PlanRoles, rewrite: Rewrite): { table: GenreTable; layout: FixtureLayout } | null {
  const table = rewrite.table(t, roles);
  if (!table) return null;
  const layout = rewrite.sheet ? rewrite.sheet(layoutOf(table), table, roles) : layoutOf(table);
  return layout && { table, layout };
}
