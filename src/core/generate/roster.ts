// The roster (单位名录): which names in a plan are one department. Staff keep it as a sheet with
// 单位名称 / 别名 / 简称 columns; `taskplan roster` writes a first version from the plan.
import { PlanError } from "../errors";
import { Grid } from "../grid";
import { memo } from "../memo";
import type { PlanTable } from "../model";
import { compactLabel, normaliseText } from "../normalise";
import type { SheetSnapshot, TabSpec } from "../schema";
import { findNearDuplicates, nearestName } from "../similar";

export interface RosterEntry {
  /** Canonical name, as written in the roster. */
  name: string;
  aliases: string[];
  /** Short name used for the tab and file, if given. */
  short: string | null;
  /** The 层级 column as written (乡镇, 村社区, 县市区): the unit receives that level's rows. */
  level?: string | null;
  /** The 所属类别 column: class catch-alls the unit belongs to (各行政执法部门). */
  classes?: string[];
  /** The 说明 column as written, kept when the roster is written again. */
  remark?: string;
}

export interface Roster {
  entries: RosterEntry[];
}

export const ROSTER_TAB_NAME = "单位名录";
export const ROSTER_HEADER = ["单位名称", "别名（用、分隔）", "简称（分表名）", "层级", "所属类别（用、分隔）", "任务数", "说明"];
export const ROSTER_COLUMN = { name: 0, aliases: 1, short: 2, level: 3, classes: 4, count: 5, remark: 6 } as const;

const NAME_LABELS = ["单位名称", "单位全称", "名称", "单位", "部门", "部门名称", "单位(部门)"];
const ALIAS_LABEL = /^(?:别名|其他名称|又名|曾用名|别称)/;
const SHORT_LABEL = /^(?:简称|分表名|标签名|工作表名)/;
const LEVEL_LABEL = /^(?:层级|级别|行政级别)/;
const CLASS_LABEL = /^(?:所属类别|类别|所属类|分类)/;
const REMARK_LABEL = /^(?:说明|备注)/;
const ALIAS_SEPARATORS = /[、,，;；\n]+/;
const HEADER_SEARCH_ROWS = 10;

interface RosterColumns {
  row: number;
  name: number;
  alias?: number;
  short?: number;
  level?: number;
  classes?: number;
  remark?: number;
}

function rosterHeader(grid: Grid): RosterColumns | null {
  const lastRow = Math.min(grid.rowEnd, HEADER_SEARCH_ROWS);
  const optional: [Exclude<keyof RosterColumns, "row" | "name">, RegExp][] = [
    ["alias", ALIAS_LABEL],
    ["short", SHORT_LABEL],
    ["level", LEVEL_LABEL],
    ["classes", CLASS_LABEL],
    ["remark", REMARK_LABEL],
  ];
  for (let r = 0; r < lastRow; r++) {
    let name: number | undefined;
    const found: Partial<RosterColumns> = {};
    for (let c = 0; c < grid.colEnd; c++) {
      const label = compactLabel(grid.ownText(r, c));
      if (name === undefined && NAME_LABELS.includes(label)) {
        name = c;
        continue;
      }
      const role = optional.find(([key, pattern]) => found[key] === undefined && pattern.test(label));
      if (role) found[role[0]] = c;
    }
    if (name !== undefined) return { ...found, row: r, name };
  }
  return null;
}

/** Reads a roster sheet; throws PlanError "no-table" when it has no 单位名称 column. */
export function readRoster(snapshot: SheetSnapshot): Roster {
  const grid = new Grid(snapshot);
  const header = rosterHeader(grid);
  if (!header) {
    throw new PlanError(
      "no-table",
      `单位名录“${snapshot.sheet}”中没有找到“单位名称”列`,
      `Roster sheet "${snapshot.sheet}" has no 单位名称 (unit name) column`,
    );
  }
  const text = (row: number, col: number | undefined) => (col === undefined ? "" : grid.text(row, col).trim());
  const entries: RosterEntry[] = [];
  for (let r = header.row + 1; r < grid.rowEnd; r++) {
    const name = text(r, header.name);
    if (!name) continue;
    const list = (col: number | undefined) =>
      text(r, col)
        .split(ALIAS_SEPARATORS)
        .map((a) => a.trim())
        .filter(Boolean);
    const level = text(r, header.level);
    const classes = list(header.classes);
    const remark = text(r, header.remark);
    entries.push({
      name,
      aliases: list(header.alias),
      short: text(r, header.short) || null,
      ...(level ? { level } : {}),
      ...(classes.length ? { classes } : {}),
      ...(remark ? { remark } : {}),
    });
  }
  return { entries };
}

/** How the names written in a plan map to departments. */
export interface UnitResolver {
  /** The department (canonical name) a unit name written in the plan belongs to. */
  departmentOf(name: string): string;
  /** The tab name wanted for a department. */
  tabNameOf(department: string): string;
}

export interface RosterNotice {
  kind: "not-in-roster" | "near-duplicate" | "roster-alias";
  unit: string;
  suggestion: string | null;
  zh: string;
  en: string;
}

/** Specific (non catch-all) unit names of a plan, with repeats, in order of appearance. */
export function specificUnitNames(plan: PlanTable): string[] {
  // One list, not two a row: a split reads the names of every row of a 10k-row plan.
  const names: string[] = [];
  for (let r = 0; r < plan.rows.length; r++) {
    const units = plan.rows[r].units;
    for (let u = 0; u < units.length; u++) if (!units[u].generic) names.push(units[u].name);
  }
  return names;
}

/**
 * With a roster: names and aliases map to the roster's canonical name; a name not in it stays
 * its own department and is reported, with the nearest roster name as a suggestion. Without one,
 * every name is its own department (names written alike but for their brackets' width are one name)
 * and near-duplicates (建设局局 / 建设局) are reported, never merged.
 */
export function resolveUnits(plan: PlanTable, roster?: Roster): { resolver: UnitResolver; notices: RosterNotice[] } {
  // One unit however its brackets are written (县发改局（粮食局） in one row, 县发改局(粮食局) in
  // another; names keep their cell's brackets): the first writing names it.
  const firstWriting = new Map<string, string>();
  const asFirstWritten = memo((n: string) => firstWriting.get(normaliseText(n)) ?? n);
  const mentions = specificUnitNames(plan);
  for (const name of mentions) {
    const key = normaliseText(name);
    if (!firstWriting.has(key)) firstWriting.set(key, name);
  }
  // Every mention, as first written: how often a name is written still weighs in (findNearDuplicates).
  const names = mentions.map(asFirstWritten);
  if (!roster) {
    const notices = findNearDuplicates(names).map(({ name, suggestion }) => ({
      kind: "near-duplicate" as const,
      unit: name,
      suggestion,
      zh: `“${name}”与“${suggestion}”可能是同一单位，已各自生成分表；如是，请点「视为同一单位」（命令行：在 taskplan roster 写出的单位名录中填别名），或统一写法`,
      en: `"${name}" may be the same unit as "${suggestion}"; each got its own tab. If so, choose "Treat as the same unit" (on the command line: add the alias in the roster taskplan roster writes), or write it one way`,
    }));
    return { resolver: { departmentOf: asFirstWritten, tabNameOf: (d) => d }, notices };
  }

  // Aliases first: a name staff listed as another unit's alias belongs to that unit even when it
  // also kept its own row (as `taskplan roster` writes every variant on a row of its own).
  const byKey = new Map<string, RosterEntry>();
  const notices: RosterNotice[] = [];
  for (const entry of roster.entries) {
    for (const alias of [...entry.aliases, ...(entry.short ? [entry.short] : [])]) {
      const key = normaliseText(alias);
      if (!byKey.has(key)) byKey.set(key, entry);
    }
  }
  for (const entry of roster.entries) {
    const key = normaliseText(entry.name);
    const owner = byKey.get(key);
    if (!owner) byKey.set(key, entry);
    else if (owner !== entry) {
      notices.push({
        kind: "roster-alias",
        unit: entry.name,
        suggestion: owner.name,
        zh: `单位名录中“${entry.name}”也是“${owner.name}”的别名，按“${owner.name}”处理`,
        en: `"${entry.name}" is also listed as an alias of "${owner.name}" in the roster; it is taken as "${owner.name}"`,
      });
    }
  }
  const entryOf = (name: string) => byKey.get(normaliseText(name));
  const shortOf = new Map(roster.entries.map((e) => [e.name, e.short ?? e.name]));
  const knownNames = [...byKey.keys()];

  for (const name of new Set(names)) {
    if (entryOf(name)) continue;
    const near = nearestName(name, knownNames);
    const suggestion = near ? (byKey.get(near.name) as RosterEntry).name : null;
    notices.push({
      kind: "not-in-roster",
      unit: name,
      suggestion,
      zh: suggestion
        ? `“${name}”不在单位名录中，是否为“${suggestion}”？已单独生成分表`
        : `“${name}”不在单位名录中，已单独生成分表`,
      en: suggestion
        ? `"${name}" is not in the roster; did you mean "${suggestion}"? It got its own tab`
        : `"${name}" is not in the roster; it got its own tab`,
    });
  }
  return {
    resolver: {
      // Asked for each unit of each row of each tab: a name is normalised once.
      departmentOf: memo((n) => entryOf(n)?.name ?? asFirstWritten(n)),
      tabNameOf: (d) => shortOf.get(d) ?? d,
    },
    notices,
  };
}

/** Entries of a roster derived from a plan: one per specific unit, in order of first appearance,
 * near-duplicates explained in 说明 rather than merged. */
function entriesOfPlan(plan: PlanTable): RosterEntry[] {
  const names = [...new Set(specificUnitNames(plan))];
  const nearOf = new Map(findNearDuplicates(specificUnitNames(plan)).map((d) => [d.name, d.suggestion]));
  return names.map((name) => {
    const near = nearOf.get(name);
    const remark = near ? `可能与“${near}”是同一单位：如是，请删去本行，并在“${near}”的别名中写上“${name}”` : "";
    return { name, aliases: [], short: null, level: null, classes: [], remark };
  });
}

/** The roster sheet holding `entries`, with how many of the plan's rows name each. */
function rosterSpec(plan: PlanTable, entries: RosterEntry[]): TabSpec {
  const { resolver } = resolveUnits(plan, { entries });
  const counts = new Map<string, number>();
  for (const row of plan.rows) {
    const departments = new Set(row.units.filter((u) => !u.generic).map((u) => resolver.departmentOf(u.name)));
    for (const d of departments) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return {
    name: ROSTER_TAB_NAME,
    kind: "roster",
    title: plan.title ? `单位名录（${plan.title}）` : `单位名录（${plan.sheet}）`,
    header: ROSTER_HEADER,
    rows: entries.map((e) => [
      e.name,
      e.aliases.join("、"),
      e.short ?? "",
      e.level ?? "",
      (e.classes ?? []).join("、"),
      counts.get(e.name) ?? 0,
      e.remark ?? "",
    ]),
    links: [],
    widths: [28, 30, 16, 10, 20, 8, 50],
  };
}

/** A roster sheet derived from a plan, for staff to edit (`taskplan roster`). */
export function rosterTab(plan: PlanTable): TabSpec {
  return rosterSpec(plan, entriesOfPlan(plan));
}

/**
 * 「视为同一单位」: the roster sheet with `variant` (建设局局) listed as an alias of `canonical`
 * (建设局). Starts from the workbook's roster when there is one, else from the plan's units; the
 * variant's own row goes, its aliases move to the canonical unit, every other row stays as written.
 */
export function rosterWithAlias(plan: PlanTable, roster: Roster | undefined, variant: string, canonical: string): TabSpec {
  const key = (n: string) => normaliseText(n);
  const entries = (roster?.entries ?? entriesOfPlan(plan)).map((e) => ({ ...e, aliases: [...e.aliases] }));
  const names = (e: RosterEntry) => [e.name, ...e.aliases].map(key);
  let target = entries.find((e) => names(e).includes(key(canonical)));
  if (!target) {
    target = { name: canonical, aliases: [], short: null, level: null, classes: [], remark: "" };
    entries.push(target);
  }
  const merged = entries.filter((e) => e !== target && key(e.name) === key(variant));
  for (const e of merged) target.aliases.push(...e.aliases.filter((a) => !names(target).includes(key(a))));
  if (!names(target).includes(key(variant))) target.aliases.push(variant);
  target.remark = `已将“${variant}”视为同一单位`;
  // An alias listed on another row stays there too, but this roster reads it as target's.
  for (const e of entries) if (e !== target) e.aliases = e.aliases.filter((a) => key(a) !== key(variant));
  return rosterSpec(plan, entries.filter((e) => !merged.includes(e)));
}
