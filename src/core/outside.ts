// Units a plan names outside a unit column, the way a clerk still finds them: in the heading a
// group of tasks sits under ((一)市发展改革委(8项), 三、某某镇, （二）县发改局牵头), or inside the
// task text itself — a closing bracket (…。（牵头单位：县工信局；责任单位：各乡镇）) or a labelled
// clause (…工程,牵头部门:市交通局。…).
import { isVerbObjectPhrase } from "./content";
import { endsLikeUnitName, normaliseText, toSimplified } from "./normalise";
import type { ParsedUnits } from "./units";

type ReadUnits = (text: string) => ParsedUnits;

const NONE: ParsedUnits = { units: [], markedLead: null };

// The marker opening a heading (一、 （一） 1. （1）) and the count closing it ((8项), 共5项).
const LEVEL_MARKER = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]\s*[、.．]?|\d+\s*[、.．](?!\d))\s*/u;
const ITEM_COUNT = /\s*[（(]?\s*(?:共|计)?\s*[\d一二三四五六七八九十]+\s*(?:项|个|件|条)(?:任务|工作|事项)?\s*[)）]?\s*$/u;
// A heading may say whose the group is in so many words: （一）责任单位：县财政局.
const LEADING_ROLE_LABEL = /^(?:牵头|责任|主责|承办)(?:单位|部门|科室)\s*[:：]\s*/u;
/** A heading that names a unit is a name, not a sentence. */
const MAX_HEADING_NAME = 40;

/** Whether every unit read is a public body (or a catch-all), not a theme that happens to parse. */
function namesOnlyBodies(found: ParsedUnits): boolean {
  return found.units.length > 0 && found.units.every((u) => u.generic || endsLikeUnitName(u.name));
}

/** The units a group heading names when it names nothing else: 市发展改革委(8项), 县发改局牵头,
 * 某某镇. A themed heading (一、聚焦重点领域) names none. */
export function unitsOfHeading(label: string, read: ReadUnits): ParsedUnits {
  // Read in simplified, half-width form: （一）市發展改革委（８項） is 市发展改革委(8项).
  const body = normaliseText(label).replace(LEVEL_MARKER, "").replace(ITEM_COUNT, "").trim().replace(LEADING_ROLE_LABEL, "");
  if (!body || body.length > MAX_HEADING_NAME || /[。；;：:]/u.test(body)) return NONE;
  // 稳定经济增长: a theme opening with its verb names no body, though it ends as a post (县长) does.
  if (isVerbObjectPhrase(body)) return NONE;
  const found = read(body);
  return namesOnlyBodies(found) ? found : NONE;
}

const OPENING = "（(〔【［[";
const CLOSING = "）)〕】］]";

/** Where the text of a bracket closing the task text lies, before a final full stop: …公开。（责任单位：县政府办）
 * or …公开〔牵头单位:县工信局;责任单位:各乡(镇)人民政府〕。 — brackets inside it kept. */
function closingBracket(text: string): { start: number; end: number } | null {
  const end = text.replace(/[\s。；;.]+$/u, "");
  if (!CLOSING.includes(end.slice(-1))) return null;
  let depth = 0;
  for (let i = end.length - 1; i >= 0; i--) {
    if (CLOSING.includes(end[i])) depth++;
    else if (OPENING.includes(end[i]) && --depth === 0) return { start: i + 1, end: end.length - 1 };
  }
  return null;
}
// A role label and its colon: 牵头单位： 责任部门: 配合单位：, or the role word alone (责任：). A role
// word closing a longer noun (受理阶段责任：, 主体责任：, 监管责任：) heads a duty, which the text then
// lists as clauses (公示…；审查…): no label of bodies.
const ROLE_WORD = "(?:牵头|责任|主责|主办|承办|配合|协办|协同|参与|实施|负责)";
const ROLE_LABEL = new RegExp(`(?:${ROLE_WORD}(?:单位|部门|科室|处室|股室)|(?<!\\p{Script=Han})${ROLE_WORD})\\s*[:：]`, "u");
const LABELLED_CLAUSE = new RegExp(`${ROLE_LABEL.source}[^。；;!！?？]+`, "gu");
// （含农村学校12所）, （其中新建5个）, （包括城区3家）: a bracket saying how many the task covers
// counts, it names nobody — though 所 also closes a body's name (派出所), a number never comes before it.
const COUNT_BRACKET = /^\s*(?:含|其中|包括)|[\d一二三四五六七八九十百千万]\s*(?:所|个|家|条|项|处|座|名|人|户)\s*$/u;

/** Units read from part of a task's text, with that part (`written`) as the unit cell would hold it. */
export type UnitsInText = ParsedUnits & { written: string };

/** The units a task's own text names when the table has no unit column: a closing bracket
 * that holds a role label or names only bodies, else every labelled clause in the text. */
export function unitsInTaskText(text: string, read: ReadUnits): UnitsInText {
  // Role labels are looked for in simplified characters (牽頭單位：市教體局), the units read from
  // the text as written. Conversion keeps positions unless a phrase changes length, rarely.
  const simplified = toSimplified(text);
  const plain = simplified.length === text.length ? simplified : text;
  const bracket = closingBracket(plain);
  if (bracket && !COUNT_BRACKET.test(plain.slice(bracket.start, bracket.end))) {
    const written = text.slice(bracket.start, bracket.end);
    const found = read(written);
    if (ROLE_LABEL.test(plain.slice(bracket.start, bracket.end)) ? found.units.length > 0 : namesOnlyBodies(found)) return { ...found, written };
  }
  const written = [...plain.matchAll(LABELLED_CLAUSE)].map((m) => text.slice(m.index, m.index + m[0].length)).join("；");
  const found = written ? read(written) : NONE;
  return found.units.length > 0 ? { ...found, written } : { ...NONE, written: "" };
}
