// From a 工作要点 to the rows of its 责任分工 table. Numbered paragraphs (一、 （一） 1. （1）) make a
// tree; a numbered paragraph with numbered children is a category, one without is a task. A task
// names its units in a closing parenthetical (（市司法局牵头，各县市区各部门负责）); its deadline is
// the latest calendar point its text gives (2020年底前, 6月底完成, 年内).
import { PlanError } from "../errors";
import type { Deadline, Unit } from "../schema";
import { markerOf, type SourceParagraph } from "./paragraphs";
import {
  deadlineReadingForm,
  displayForm,
  markerForm,
  matchForm,
  planYearOf,
  readDeadline,
  readsAsUnitList,
  readUnits,
  verdictOf,
  type UnitReading,
} from "./reading";
import type { ImportedPlan, ImportedRow } from "./schema";

interface UnitsWritten {
  text: string;
  reading: UnitReading;
}

interface Node {
  level: number;
  /** The marker as written, or the number Word draws. */
  label: string;
  /** Text after the marker, units not yet cut off. */
  body: string;
  parent: Node | null;
  hasChildren: boolean;
  /** Unit lines printed after the item (牵头单位：A / 责任单位：B), in order. */
  unitLines: string[];
  /** Standing rules that govern this node and what is under it. */
  rules: UnitsWritten[];
  /** Where the node stands in reading order (rules govern only what follows them). */
  order: number;
}

const ROLE_WORD = /牵头|负责|配合|落实|参与|协助|协办|主办|承办|主责/u;
const OPENERS = "(【[";
const CLOSERS = ")】]";

const SENTENCE_END = "。；;!！?？";
const AFTER_UNITS = /^[\s。；;，,.]*/u;

/** Whether a bracket at [start, end) of `form` closes a sentence: a sentence ends before it
 * (…规划信息。（市规划国土委负责落实）), or only punctuation follows it to the next one. */
function endsSentence(form: string, start: number, end: number): boolean {
  const before = form.slice(0, start).trimEnd();
  if (before === "" || SENTENCE_END.includes(before[before.length - 1])) return true;
  const after = form.slice(end);
  return after.trim() === "" || /^\s*[。；;，,]/u.test(after);
}

/** Top-level brackets of `form`, as [start, end). */
function topLevelBrackets(form: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < form.length; i++) {
    if (OPENERS.includes(form[i]) && depth++ === 0) start = i;
    else if (CLOSERS.includes(form[i]) && depth > 0 && --depth === 0) out.push({ start, end: i + 1 });
  }
  return out;
}

/** Whether a bracket's content names units: a role word, or only department names. */
function namesUnits(content: string): boolean {
  const s = matchForm(content);
  if (STANDING_RULE.test(s)) return false;
  return (ROLE_WORD.test(s) && s.length <= 200) || readsAsUnitList(s);
}

// 牵头单位：A；责任单位：B written after the task, without brackets.
const LABELLED_UNITS = /(?:^|[。；;\s])((?:牵头|责任|配合|参与|协办|主办)(?:单位|部门)[:：][^。]*)[。]?\s*$/u;

interface Segment {
  requirement: string;
  units: string | null;
}

/** Cuts the units off a task's text: the requirement and the units as written. */
function splitUnits(body: string): Segment {
  const labelled = LABELLED_UNITS.exec(body);
  if (labelled) return { requirement: body.slice(0, labelled.index + labelled[0].indexOf(labelled[1])), units: labelled[1] };
  return { requirement: body, units: null };
}

/**
 * The tasks of an item's text. Each sentence that ends in a unit parenthetical of its own is a
 * task (…规划信息。（市规划国土委负责落实）推进…信息公开。（市发展改革委…分别负责落实）); text after
 * the last such parenthetical is one more task, which names its units otherwise or not at all.
 */
function segmentsOf(body: string): Segment[] {
  const form = markerForm(body);
  const out: Segment[] = [];
  let from = 0;
  for (const { start, end } of topLevelBrackets(form)) {
    if (start < from) continue;
    const content = body.slice(start + 1, end - 1);
    if (!namesUnits(content) || !endsSentence(form, start, end)) continue;
    out.push({ requirement: body.slice(from, start), units: content });
    from = end + AFTER_UNITS.exec(form.slice(end))![0].length;
  }
  const rest = body.slice(from);
  if (out.length === 0 || /[^\s。；;，,.]/u.test(rest)) out.push(splitUnits(rest));
  return out;
}

/** The units the item's text names anywhere. */
function namedUnits(body: string): string | null {
  return segmentsOf(body).find((seg) => seg.units !== null)?.units ?? null;
}

// A clause that is a unit list with its role: 市发改委牵头落实, 市金融办、潍坊银监分局分别牵头落实,
// 牵头单位：市发展改革委.
const ROLE_END = /(?:牵头|负责|配合|参与|协助|协办|主办|承办)(?:落实|实施|推进|完成)?$/u;
const ROLE_LABEL = /^(?:牵头|责任|配合|参与|协办|主办)(?:单位|部门)[:：]/u;

/** Whether `form` closes a bracket it did not open. */
function closesUnopenedBracket(form: string): boolean {
  let depth = 0;
  for (const c of form) {
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c) && --depth < 0) return true;
  }
  return false;
}

/** A line printed after an item that holds only its units: the parenthetical on a line of its
 * own (（市司法局牵头）), labelled units (牵头单位：…；配合单位：…), or a bare list ending in its
 * role (市发改委牵头落实). Not a sentence: no full stop, and every clause names units. Not the rest
 * of a parenthetical a page break split (…（市财政局牵头，各县 | 市区人民政府负责）): a line closing a
 * bracket it never opened continues the text before it. */
function unitsParagraph(text: string): string | null {
  if (closesUnopenedBracket(markerForm(text))) return null;
  const segments = segmentsOf(text);
  if (segments.length === 1 && segments[0].units !== null && segments[0].requirement.trim() === "") return segments[0].units;
  const s = matchForm(text).replace(/[；;。]+$/u, "");
  if (s === "" || s.length > 120 || /[。.]/u.test(s)) return null;
  const clauses = s.split(/[，,；;]/u);
  if (!clauses.every((c) => ROLE_LABEL.test(c) || ROLE_END.test(c) || readsAsUnitList(c))) return null;
  // One name without a role is more likely a signature (市人民政府办公室) than an item's units.
  const named = readUnits(s).units.length;
  return named >= 2 || (named === 1 && ROLE_WORD.test(s)) ? displayForm(text).trim().replace(/[；;。]+$/u, "") : null;
}

// 以下任务均由各县市区人民政府负责，不再一一列出: the units of every task the rule governs.
const STANDING_RULE = /(?:以下|下列)[^。]{0,24}(?:均|都|皆)|不再(?:一一|逐一|逐项|单独)?(?:列出|标注|列明)/u;

function standingRuleText(text: string): string | null {
  const s = markerForm(text);
  if (!STANDING_RULE.test(matchForm(s))) return null;
  const clauses = [...s.matchAll(/\(([^()]*)\)/gu)].map((m) => m[1]);
  const clause = [...clauses, ...s.split(/[。]/u)].find((c) => STANDING_RULE.test(matchForm(c)));
  if (!clause) return null;
  const units = clause
    .replace(/[，,]?\s*(?:以下|下列)?(?:不再|不)(?:一一|逐一|逐项|单独)?(?:列出|标注|列明)/gu, "")
    .replace(/(?:以下|下列)(?:所有|各项)?(?:工作)?(?:任务)?(?:中)?/gu, "")
    .replace(/(?:均|都|皆)(?:需要|需|由|要|为)?/gu, "")
    .replace(/^[\s，,：:]+|[\s，,。]+$/gu, "");
  return units === "" ? null : units;
}

function written(text: string, catchAll: string[]): UnitsWritten | null {
  const reading = readUnits(text, catchAll);
  return reading.units.length ? { text: displayForm(text).trim(), reading } : null;
}

// ---------------------------------------------------------------- deadlines

const SUFFIX = "(?:前|以前|之前|完成|内|止)?";
const DEADLINE_PHRASE = new RegExp(
  [
    // 2020年底前, 2020年6月底, 2020年上半年, 2020年第三季度
    `(?<!\\d)\\d{4}年度?(?:\\d{1,2}月份?(?:\\d{1,2}[日号])?(?:底|末|初|上旬|中旬|下旬)?|上半年|下半年|年底|底|末|内|第?[一二三四1-4]季度(?:末|底)?)?${SUFFIX}`,
    // 今年底前, 明年上半年
    `(?:今|本|当|明|次)年(?:底|末|内|度内|上半年|下半年)${SUFFIX}`,
    // 年底前, 年内, 上半年 (not 三年内, 每年底)
    `(?<![个几多一二三四五六七八九十两年每\\d])(?:上半年|下半年|年底|年末|年内|年度内)${SUFFIX}`,
    // 三季度末前
    `(?<![\\d年每])第?[一二三四]季度(?:末|底)?${SUFFIX}`,
    // 6月底完成, 11月30日前
    `(?<![\\d年个])\\d{1,2}月份?(?:\\d{1,2}[日号])?(?:底|末|初|上旬|中旬|下旬)?${SUFFIX}`,
  ].join("|"),
  "gu",
);
const RECURRING_PHRASE = /每(?:月|季度?|半年|周)(?:\d{1,2}[日号])?(?:底|末)?(?:前)?|每年(?:\d{1,2}月(?:\d{1,2}[日号])?(?:底|末)?|一季度|上半年|年底)(?:前)?/u;
const STARTS_HERE = /^(?:起|开始|以来|至今)/u;

/** The latest deadline the text names; a stated period when it names none; else nothing. */
export function findDeadline(text: string, planYear: number | null): Deadline {
  const s = deadlineReadingForm(text);
  let best: Deadline | null = null;
  for (const m of s.matchAll(DEADLINE_PHRASE)) {
    const phrase = m[0];
    if (/^\d{4}年度?$/u.test(phrase)) continue; // a year alone names the plan, not a deadline
    if (STARTS_HERE.test(s.slice((m.index ?? 0) + phrase.length))) continue;
    const d = readDeadline(phrase, planYear);
    if (d.class !== "date") continue;
    if (best === null || (d.date !== null && (best.date === null || d.date >= best.date))) best = d;
  }
  if (best) return best;
  const recurring = RECURRING_PHRASE.exec(s);
  return readDeadline(recurring ? recurring[0] : "", planYear);
}

// ---------------------------------------------------------------- the tree

const TITLE_WORD = /要点|工作安排|任务分工|实施方案|工作方案|工作计划|责任分工|重点任务/u;
// Where the 要点 ends and the notice around it resumes.
const CLOSING = /^(?:本(?:通知|方案|要点|意见)自.*(?:施行|执行)|附件[:：\d]|抄送[:：]|(?:\(|（)此件(?:主动|不)公开)/u;

function isTitleLine(text: string): boolean {
  const s = matchForm(text);
  return s.length <= 60 && TITLE_WORD.test(s) && !/[《》。，,]/u.test(s) && !markerOf(text);
}

/** A title printed on two lines: the short first line has no punctuation, date or number. */
function titleStart(line: string): boolean {
  const s = matchForm(line);
  return s.length > 0 && s.length <= 30 && !/[。：:，,()（）《》]|\d{1,2}月\d{1,2}日$/u.test(s) && !markerOf(line);
}

export interface ImportOptions {
  /** File name for the report. */
  file: string;
  /** More catch-all unit names (settings). */
  catchAll?: string[];
}

/** The paragraph's text with the number Word draws before it. */
function fullText(p: SourceParagraph): string {
  return p.number ? `${p.number}${p.text}` : p.text;
}

/** An item that is only a heading (（一）加强预期引导): short, no sentence, no units. */
function isBareHeading(node: Node): boolean {
  const s = matchForm(node.body);
  return s.length <= 30 && !/[。；;，,：:]/u.test(s) && node.unitLines.length === 0;
}

/** The tree of numbered paragraphs after the title, with units and standing rules attached. An
 * unnumbered paragraph that names its units (in its own parenthetical, or on the line after it)
 * is a task of its own when the item above it is a bare heading or already has its units. */
function buildTree(paragraphs: string[], catchAll: string[]): Node[] {
  const nodes: Node[] = [];
  const stack: Node[] = [];
  // Rules written outside any numbered paragraph, with the node whose children they govern.
  const looseRules: { scope: Node | null; rule: UnitsWritten; order: number }[] = [];
  const push = (node: Node) => {
    if (node.parent) node.parent.hasChildren = true;
    nodes.push(node);
    stack.push(node);
  };
  const namesNoUnits = (n: Node) => n.unitLines.length === 0 && namedUnits(n.body) === null;
  let lastUnitsOf: Node | null = null; // the node the paragraph before gave units to
  for (let order = 0; order < paragraphs.length; order++) {
    const text = paragraphs[order];
    const unitsBefore: Node | null = lastUnitsOf;
    lastUnitsOf = null;
    if (CLOSING.test(markerForm(text))) break;
    const marker = markerOf(text);
    if (marker) {
      while (stack.length && stack[stack.length - 1].level >= marker.level) stack.pop();
      const node: Node = { level: marker.level, label: marker.label, body: text.slice(marker.length), parent: stack[stack.length - 1] ?? null, hasChildren: false, unitLines: [], rules: [], order };
      const ruleText = standingRuleText(node.body);
      const rule = ruleText ? written(ruleText, catchAll) : null;
      if (rule) node.rules.push(rule);
      push(node);
      continue;
    }
    const current = stack[stack.length - 1];
    const ruleText = standingRuleText(text);
    const rule = ruleText ? written(ruleText, catchAll) : null;
    if (rule) {
      looseRules.push({ scope: current?.parent ?? null, rule, order });
      continue;
    }
    if (!current) continue;
    const units = unitsParagraph(text);
    if (units !== null && (unitsBefore === current || namesNoUnits(current))) {
      current.unitLines.push(units);
      lastUnitsOf = current;
      continue;
    }
    const next = paragraphs[order + 1];
    const ownsUnits = namedUnits(text) !== null || (next !== undefined && !markerOf(next) && unitsParagraph(next) !== null);
    if (ownsUnits && !current.hasChildren && (isBareHeading(current) || !namesNoUnits(current))) {
      // Under a heading: its first task. After a task with units: the next task beside it.
      const under = isBareHeading(current);
      if (!under) stack.pop();
      const at = { level: under ? current.level + 0.5 : current.level, parent: under ? current : current.parent };
      push({ ...at, label: "", body: text, hasChildren: false, unitLines: [], rules: [], order });
      continue;
    }
    // A paragraph continuing the task above it (Word breaks long items into paragraphs; a PDF's
    // text breaks mid-sentence at a page end, where the words run on: 各县 | 市区人民政府).
    if (!current.hasChildren && namesNoUnits(current)) current.body += `${/[。；;：:！!？?)）]$/u.test(current.body) ? "\n" : ""}${text}`;
  }
  for (const node of nodes) {
    for (const { scope, rule, order: at } of looseRules) {
      if (at < node.order && (scope === null || isUnder(node, scope))) node.rules.push(rule);
    }
  }
  return nodes;
}

function isUnder(node: Node, scope: Node): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === scope) return true;
  return false;
}

function headingLabel(node: Node): string {
  const { requirement } = segmentsOf(node.body)[0];
  const title = displayForm(requirement).split(/[。]/u)[0].replace(/[\s，,；;：:]+$/u, "");
  return `${node.label}${title}`;
}

function mergeUnits(own: Unit[], more: Unit[]): Unit[] {
  const out = [...own];
  for (const u of more) if (!out.some((x) => x.name === u.name)) out.push(u);
  return out;
}

const LEADING_SENTENCE = /^[^。；;]{1,40}[。；;]/u;

/** The rows of a task item: one per sentence that names its own units; unit lines printed after
 * the item belong to its last. */
function taskRows(node: Node, planYear: number | null, catchAll: string[]): Omit<ImportedRow, "seq">[] {
  const segments = segmentsOf(node.body);
  // A category's units reach its tasks that name none; standing rules reach every task governed.
  let inherited: UnitsWritten | null = null;
  for (let p = node.parent; p && !inherited; p = p.parent) {
    const pu = [namedUnits(p.body), ...p.unitLines].filter((u): u is string => u !== null);
    inherited = pu.length ? written(pu.join("；"), catchAll) : null;
  }
  const rules: UnitsWritten[] = [];
  for (let n: Node | null = node; n; n = n.parent) rules.push(...n.rules);
  const path: string[] = [];
  for (let p = node.parent; p; p = p.parent) path.unshift(headingLabel(p));
  // An item of several tasks opens with its own heading sentence: a category of its tasks.
  const lead = segments.length > 1 ? LEADING_SENTENCE.exec(segments[0].requirement) : null;
  if (lead && lead[0].length < segments[0].requirement.trim().length) {
    path.push(headingLabel(node));
    segments[0] = { ...segments[0], requirement: segments[0].requirement.slice(lead[0].length) };
  }
  return segments.map(({ requirement, units: own }, i) => {
    const lines = i === segments.length - 1 ? node.unitLines : [];
    const unitTexts = [own, ...lines].filter((u): u is string => u !== null);
    const units = unitTexts.length ? unitTexts.join("；") : null;
    const ownUnits = units !== null ? written(units, catchAll) : null;
    const sources = [ownUnits ?? inherited, ...rules].filter((u): u is UnitsWritten => u !== null);
    const merged = sources.reduce<Unit[]>((all, s) => mergeUnits(all, s.reading.units), []);
    return {
      sourceSeq: node.label || null,
      category: path,
      requirement: displayForm(requirement).replace(/^[\s，,、]+|[\s，,；;]+$/gu, ""),
      unitsText: [...new Set(sources.map((s) => s.text))].join("；"),
      units: merged,
      lead: sources.map((s) => s.reading.lead).find((l) => l !== null) ?? null,
      unitStatus: verdictOf(merged),
      deadline: findDeadline(`${requirement}\n${units ?? ""}`, planYear),
    };
  });
}

/** The 要点 proper: after its last title line that is followed by numbered paragraphs (a notice
 * printed before it has numbered paragraphs of its own). */
function bodyStart(texts: string[]): { title: string | null; start: number } {
  for (let i = texts.length - 1; i >= 0; i--) {
    if (isTitleLine(texts[i]) && texts.slice(i + 1).some((t) => markerOf(t))) {
      const before = i > 0 ? texts[i - 1] : "";
      return { title: displayForm(titleStart(before) ? before + texts[i] : texts[i]), start: i + 1 };
    }
  }
  return { title: null, start: 0 };
}

export function noTasksError(): PlanError {
  return new PlanError(
    "no-table",
    "文档中没有找到带编号的工作任务（如“（一）……（市××局牵头）”），无法生成分工表",
    "No numbered tasks found in the document (such as （一）…（市××局牵头）); no table to make",
  );
}

/** The 责任分工 rows of a 要点. Throws PlanError "no-table" when it holds no numbered task. */
export function parseWorkPoints(paragraphs: SourceParagraph[], options: ImportOptions): ImportedPlan {
  const catchAll = options.catchAll ?? [];
  const texts = paragraphs.map(fullText).filter((t) => t.trim() !== "");
  const { title, start } = bodyStart(texts);
  const year = planYearOf([title ?? "", ...texts.slice(0, Math.max(start, 8))]);
  const nodes = buildTree(texts.slice(start), catchAll);
  const tasks = nodes.filter((n) => !n.hasChildren);
  const rows = tasks.flatMap((n) => taskRows(n, year, catchAll)).map((row, i) => ({ seq: i + 1, ...row }));
  // Numbered paragraphs that name no unit anywhere are a numbered notice, not a 要点.
  if (rows.length === 0 || rows.every((r) => r.units.length === 0)) throw noTasksError();
  return { file: options.file, title, year, rows };
}
