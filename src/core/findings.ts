// The checks: every finding names its rule, cell, row and a message in the chosen language.
import { a1, columnLetter } from "./address";
import { ruleSeverity } from "./config";
import type { PlanRow, PlanTable } from "./model";
import { memo } from "./memo";
import { findTextArtefacts } from "./normalise";
import { isOutsidePlanYear } from "./planyear";
import type { Config, Finding, RuleId } from "./schema";
import { findNearDuplicates } from "./similar";

type Text = { zh: string; en: string };

interface Draft {
  rule: RuleId;
  cell: string;
  row: number | null;
  message: Text;
  suggestion?: Text;
}

const quote = (s: string) => `“${s.replace(/\s+/g, " ").trim()}”`;
/** Shorter than this, two identical requirements are a common phrase, not a copied task. */
const DUPLICATE_MIN_LENGTH = 8;

function unitFindings(r: PlanRow): Draft[] {
  // With no unit column the sheet-level missing-unit-column says it once for every row.
  const cell = r.cells.units;
  if (!cell) return [];
  if (r.unitStatus === "missing") {
    return [
      {
        rule: "missing-unit",
        cell,
        row: r.row,
        message: { zh: "未写明责任单位", en: "No responsible unit" },
        suggestion: { zh: "填写具体承办单位", en: "Name the unit that does the task" },
      },
    ];
  }
  if (r.unitStatus === "generic") {
    const names = r.units.map((u) => u.name).join("、");
    return [
      {
        rule: "generic-unit-only",
        cell,
        row: r.row,
        message: {
          zh: `责任单位只有泛指的${quote(names)}，没有具体单位`,
          en: `Only catch-all units (${names}); no specific unit is named`,
        },
        suggestion: { zh: "写明牵头的具体单位", en: "Name the specific unit that leads" },
      },
    ];
  }
  return [];
}

const GIVE_A_DATE: Text = { zh: "写明具体完成日期，如“2019年11月底前”", en: "Give a checkable date, e.g. 2019年11月底前" };
const NO_DEADLINE: Text = { zh: "未写明完成时间", en: "No deadline" };
const ADD_A_MILESTONE: Text = { zh: "可补充阶段性完成节点", en: "Consider adding a milestone date" };
/** What deadline findings ask of a plan, once per phrase or date: plans repeat a few deadline
 * phrases on most rows. */
interface DeadlineJudge {
  outsidePlanYear: (date: string) => boolean;
  vague: (text: string) => Text;
  ongoing: (text: string) => Text;
}

function deadlineJudge(planYear: number | null): DeadlineJudge {
  return {
    outsidePlanYear: memo((date) => planYear !== null && isOutsidePlanYear(date, planYear)),
    vague: memo((text) => ({ zh: `完成时间${quote(text)}无法核对`, en: `Deadline ${quote(text)} cannot be checked` })),
    ongoing: memo((text) => ({
      zh: `完成时间${quote(text)}为长期工作，没有阶段节点`,
      en: `Deadline ${quote(text)} is ongoing work with no milestone`,
    })),
  };
}

function deadlineFindings(r: PlanRow, plan: PlanTable, judge: DeadlineJudge): Draft[] {
  const cell = r.cells.deadline;
  if (!cell) return [];
  const d = r.deadline;
  switch (d.class) {
    case "missing":
      return [{ rule: "missing-deadline", cell, row: r.row, message: NO_DEADLINE, suggestion: GIVE_A_DATE }];
    case "vague":
      return [{ rule: "vague-deadline", cell, row: r.row, message: judge.vague(d.text), suggestion: GIVE_A_DATE }];
    case "ongoing":
      return [{ rule: "ongoing-deadline", cell, row: r.row, message: judge.ongoing(d.text), suggestion: ADD_A_MILESTONE }];
    case "date":
      if (d.date && judge.outsidePlanYear(d.date)) {
        return [
          {
            rule: "deadline-outside-plan-year",
            cell,
            row: r.row,
            message: {
              zh: `完成时间 ${d.date} 不在计划年度 ${plan.planYear} 年内`,
              en: `Deadline ${d.date} is outside the plan year ${plan.planYear}`,
            },
          },
        ];
      }
      return [];
    default:
      return [];
  }
}

function requirementFindings(r: PlanRow, plan: PlanTable): Draft[] {
  if (!r.cells.requirement || r.requirement.trim()) return [];
  if (plan.columnIndex.requirement.length === 0) return [];
  return [
    {
      rule: "empty-requirement",
      cell: r.cells.requirement,
      row: r.row,
      message: { zh: "任务没有具体要求", en: "The task has no requirement text" },
    },
  ];
}

/** `previous`: the task row before; a merged cell it shares with this row was checked there. */
function artefactFindings(r: PlanRow, previous: PlanRow | undefined): Draft[] {
  const out: Draft[] = [];
  const check = (cell: string | undefined, shared: string | undefined, text: string, unitList: boolean) => {
    if (!cell || !text || cell === shared) return;
    const found = findTextArtefacts(text, { unitList });
    if (!found.length) return;
    const kinds = [...new Set(found.map((f) => f.kind))];
    const excerpts = found.map((f) => f.excerpt).slice(0, 3).join("、");
    out.push({
      rule: "text-artefact",
      cell,
      row: r.row,
      message: {
        zh: `文字中有${kinds.map((k) => (k === "pinyin-gloss" ? "拼音注音" : "断字")).join("和")}：${excerpts}`,
        en: `Text has ${kinds.map((k) => (k === "pinyin-gloss" ? "pinyin glosses" : "broken words")).join(" and ")}: ${excerpts}`,
      },
      suggestion: { zh: "删除多余的拼音、空格或换行", en: "Remove the stray pinyin, spaces or line breaks" },
    });
  };
  check(r.cells.requirement, previous?.cells.requirement, r.requirement, false);
  check(r.cells.units, previous?.cells.units, r.unitText, true);
  return out;
}

function sequenceFindings(rows: PlanRow[]): Draft[] {
  const out: Draft[] = [];
  const seen = new Map<number, number>();
  let prev: number | null = null;
  let prevCell: string | undefined;
  for (const r of rows) {
    // Rows sharing one merged 序号 cell are one numbered task.
    if (!r.seq || !r.cells.seq || r.cells.seq === prevCell) continue;
    prevCell = r.cells.seq;
    const m = /^\s*(\d+)\s*[、.．]?\s*$/.exec(r.seq);
    if (!m) continue;
    const n = Number(m[1]);
    if (n === 1 && prev !== null) seen.clear(); // numbering restarts (one run per part)
    const dup = seen.get(n);
    if (dup !== undefined) {
      out.push({
        rule: "sequence-duplicate",
        cell: r.cells.seq,
        row: r.row,
        message: { zh: `序号 ${n} 与第 ${dup} 行重复`, en: `Number ${n} repeats row ${dup}` },
      });
    } else if (prev !== null && n !== 1 && n !== prev + 1) {
      const missing = n > prev + 1 ? (n - prev === 2 ? `${prev + 1}` : `${prev + 1}–${n - 1}`) : null;
      out.push({
        rule: "sequence-gap",
        cell: r.cells.seq,
        row: r.row,
        message: missing
          ? { zh: `序号从 ${prev} 跳到 ${n}，缺少 ${missing}`, en: `Numbering jumps from ${prev} to ${n}; ${missing} missing` }
          : { zh: `序号 ${n} 排在 ${prev} 之后，顺序有误`, en: `Number ${n} follows ${prev}: out of order` },
      });
    }
    if (dup === undefined) seen.set(n, r.row);
    prev = n;
  }
  return out;
}

function duplicateTaskFindings(rows: PlanRow[]): Draft[] {
  const out: Draft[] = [];
  const first = new Map<string, number>();
  for (const r of rows) {
    // Copies within one plan are letter-for-letter: only spacing and line breaks vary.
    const text = r.requirement.replace(/\s+/g, "");
    if (text.length < DUPLICATE_MIN_LENGTH || !r.cells.requirement) continue;
    const key = `${r.category.join("/")}|${text}`;
    const at = first.get(key);
    if (at === undefined) first.set(key, r.row);
    else
      out.push({
        rule: "duplicate-task",
        cell: r.cells.requirement,
        row: r.row,
        message: { zh: `与第 ${at} 行的任务重复`, en: `Same task as row ${at}` },
      });
  }
  return out;
}

function unitVariantFindings(rows: PlanRow[]): Draft[] {
  // Every mention, repeats included: the form written most often is the one suggested.
  const names = rows.flatMap((r) => r.units.map((u) => u.name));
  return findNearDuplicates(names).flatMap(({ name, suggestion }) => {
    const r = rows.find((x) => x.units.some((u) => u.name === name));
    if (!r) return [];
    return [
      {
        rule: "unit-variant" as const,
        cell: r.cells.units ?? r.cells.first,
        row: r.row,
        message: {
          zh: `单位${quote(name)}与${quote(suggestion)}相近，可能是笔误或同一单位的不同写法`,
          en: `Unit ${quote(name)} is close to ${quote(suggestion)}: a typo or another name for the same unit?`,
        },
        suggestion: { zh: suggestion, en: suggestion },
      },
    ];
  });
}

function hasUnitColumn(plan: PlanTable): boolean {
  const { units, lead, co } = plan.columnIndex;
  return units !== undefined || lead !== undefined || co !== undefined;
}

/** The header cell of the table's first column. */
function headerCell(plan: PlanTable): { row: number; col: number } {
  const { seq, category, requirement } = plan.columnIndex;
  const cols = [seq, ...category, ...requirement].filter((c): c is number => c !== undefined);
  return { row: plan.info.headerRows[0] - 1, col: cols.length ? Math.min(...cols) : 0 };
}

function missingUnitColumnFindings(plan: PlanTable): Draft[] {
  if (hasUnitColumn(plan)) return [];
  const { row, col } = headerCell(plan);
  return [
    {
      rule: "missing-unit-column",
      cell: a1(row, col),
      row: null,
      message: {
        zh: `表中没有责任单位列，${plan.rows.length} 项任务都没有分配给任何单位`,
        en: `The table has no unit column: none of its ${plan.rows.length} tasks is assigned to anyone`,
      },
      suggestion: {
        zh: "增加“责任单位”列；如已有该列，在设置中指定其列号",
        en: "Add a 责任单位 (responsible unit) column, or name its column letter in the settings",
      },
    },
  ];
}

function missingDeadlineColumnFindings(plan: PlanTable): Draft[] {
  if (plan.columnIndex.deadline !== undefined) return [];
  const header = plan.info.headerRows[0] - 1;
  const left = plan.columnIndex.units ?? plan.columnIndex.lead ?? headerCell(plan).col;
  return [
    {
      rule: "missing-deadline",
      cell: a1(header, left),
      row: null,
      message: {
        zh: "表中没有完成时间列，任务没有可核对的时限",
        en: "The table has no deadline column: tasks have no checkable deadline",
      },
      suggestion: { zh: `在 ${columnLetter(left)} 列后增加“完成时间”列`, en: "Add a 完成时间 (deadline) column" },
    },
  ];
}

export function findIssues(plan: PlanTable, config: Config): Finding[] {
  const judge = deadlineJudge(plan.planYear);
  const drafts: Draft[] = [...missingUnitColumnFindings(plan), ...missingDeadlineColumnFindings(plan)];
  plan.rows.forEach((r, i) => {
    drafts.push(
      ...unitFindings(r),
      ...deadlineFindings(r, plan, judge),
      ...requirementFindings(r, plan),
      ...artefactFindings(r, plan.rows[i - 1]),
    );
  });
  // Whole-plan rules may find one issue per row: concatenated, since spreading 100k arguments overflows the stack.
  const allDrafts = drafts.concat(sequenceFindings(plan.rows), duplicateTaskFindings(plan.rows), unitVariantFindings(plan.rows));
  const lang = config.lang;
  const findings: Finding[] = [];
  for (const d of allDrafts) {
    const severity = ruleSeverity(config, d.rule);
    if (!severity) continue;
    const f: Finding = { rule: d.rule, severity, sheet: plan.sheet, cell: d.cell, row: d.row, message: d.message[lang] };
    if (d.suggestion) f.suggestion = d.suggestion[lang];
    findings.push(f);
  }
  return findings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
