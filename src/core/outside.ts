// Units a plan names outside a unit column, the way a clerk still finds them: in the heading a
// group of tasks sits under ((一)市发展改革委(8项), 三、某某镇, （二）县发改局牵头), or inside the
// task text itself — a closing bracket (…。（牵头单位：县工信局；责任单位：各乡镇）), a labelled
// clause (…工程,牵头部门:市交通局。…, …。数据来源单位:市统计局) or a clause naming the actor after
// 由 (由县城管局负责清除…).
import { cellKind, isVerbObjectPhrase } from "./content";
import { BODY_SUFFIX_CHARS, endsLikeUnitName, KIND_OF_BODY, KIND_OF_OFFICE, MANNER_ADVERB, normaliseText, opensNameOfItsOwn, opensWithAction, toSimplified } from "./normalise";
import { BODIES_LABEL, namesPerson, ROLE_RUN, type ParsedUnits } from "./units";

type ReadUnits = (text: string) => ParsedUnits;

const NONE: ParsedUnits = { units: [], markedLead: null };

// The marker opening a heading (一、 （一） 1. （1）) and the count closing it ((8项), 共5项).
const LEVEL_MARKER = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]\s*[、.．]?|\d+\s*[、.．](?!\d))\s*/u;
const ITEM_COUNT = /\s*[（(]?\s*(?:共|计)?\s*[\d一二三四五六七八九十]+\s*(?:项|个|件|条)(?:任务|工作|事项)?\s*[)）]?\s*$/u;
// A heading may say whose the group is in so many words, labelled as a unit cell is: （一）责任单位：县财政局.
const LEADING_LABEL = new RegExp(`^${BODIES_LABEL}\\s*[:：]`, "u");
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
  const body = normaliseText(label).replace(LEVEL_MARKER, "").replace(ITEM_COUNT, "").trim();
  // The names after the label; the label read with them gives their role, as in a unit cell.
  const named = body.replace(LEADING_LABEL, "").trim();
  if (!named || named.length > MAX_HEADING_NAME || /[。；;：:]/u.test(named)) return NONE;
  // 稳定经济增长: a theme opening with its verb names no body, though it ends as a post (县长) does.
  if (isVerbObjectPhrase(named)) return NONE;
  const found = read(body === named ? withoutWorkClauses(named, read) : body);
  return namesOnlyBodies(found) ? found : NONE;
}

/** A heading's clauses (五、强化人才工作领导,构建全优的人才服务体系) less those saying the work: a clause
 * opening with a verb of work names the work (工作领导, 组织领导 after the verb is leading, no post
 * nor catch-all), and keeps only a responsibility clause it carries: 加强组织领导（县委组织部负责）,
 * 加强组织领导由县委组织部牵头. A clause of its own (…,由县委组织部牵头) is kept as written, and so is
 * one whose opening only looks like a verb, read whole as bodies' names (发展改革委牵头, 建设局). */
function withoutWorkClauses(heading: string, read: ReadUnits): string {
  return heading
    .split(CLAUSE_END)
    .map((clause) => {
      if (!opensWithAction(clause.trim())) return clause;
      const charged = unitsInTaskText(clause, read).written;
      return charged || (namesBodiesByName(read(clause)) ? clause : "");
    })
    .filter((clause) => clause.trim() !== "")
    .join("，");
}

/** Whether every unit read is a body by its name (县发改委), not a post or a catch-all (…领导, 各部门). */
function namesBodiesByName(found: ParsedUnits): boolean {
  return found.units.length > 0 && found.units.every((u) => !u.generic && endsLikeUnitName(u.name));
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
// A label of bodies and its colon opening a clause, as a unit cell's labelled lists have it (units.ts):
// 牵头单位：, 责任:, 市级牵头部门：, 数据来源单位：, 考核单位：. A role word closing a longer noun
// (受理阶段责任：, 主体责任：, 监管责任：) opens no clause: it heads a duty, which the text then lists
// as clauses (公示…；审查…), and labels no bodies.
const LABEL_OPENING_CLAUSE = `(?<!\\p{Script=Han})${BODIES_LABEL}\\s*[:：]`;
const BODIES_LABELLED = new RegExp(LABEL_OPENING_CLAUSE, "u");
// A labelled clause runs to the end of its sentence, or of its line where the next line opens a label
// of its own (责任处室：综合规划处、工程建设处 / 联系人：赵某): one cell may hold several labelled lines.
// It closes no bracket it did not open (…。（具体负责：周丽）), though its names may hold one (各县（市、区）).
const [OPENERS_IN_CLASS, CLOSERS_IN_CLASS] = [OPENING, CLOSING].map((chars) => chars.replace(/[[\]]/gu, "\\$&"));
const BRACKETS_IN_CLASS = OPENERS_IN_CLASS + CLOSERS_IN_CLASS;
const IN_CLAUSE = `[^。；;!！?？\\n${BRACKETS_IN_CLASS}]|[${OPENERS_IN_CLASS}][^${BRACKETS_IN_CLASS}]*[${CLOSERS_IN_CLASS}]`;
const LABELLED_CLAUSE = new RegExp(`${LABEL_OPENING_CLAUSE}(?:${IN_CLAUSE}|\\n(?!\\s*[^\\s。；;:：]{1,8}[:：]))+`, "gu");
// （含农村学校12所）, （其中新建5个）, （包括城区3家）: a bracket saying how many the task covers
// counts, it names nobody — though 所 also closes a body's name (派出所), a number never comes before it.
const COUNT_BRACKET = /^\s*(?:含|其中|包括)|[\d一二三四五六七八九十百千万]\s*(?:所|个|家|条|项|处|座|名|人|户)\s*$/u;

/** Units read from part of a task's text, with that part (`written`) as the unit cell would hold it
 * and where in the text it begins (`from`): what comes before says the work. */
export type UnitsInText = ParsedUnits & { written: string; from: number };

const NONE_IN_TEXT: UnitsInText = { ...NONE, written: "", from: 0 };

// 由 as the preposition naming who does the work, not a character of a word (自由, 理由, 缘由, 事由,
// 经由, 因由, 情由; 由于, 由此, 由来, 由衷).
const BY = /(?<![自理缘事经因情])由(?![于此来衷])/gu;
const SENTENCE_END = /[。；;!！?？]/u;
const CLAUSE_END = /[，,]/u;
// A role word after names (县城管局负责, 县住建局会同县财政局负责). 由A审批 / 由A组织 / 由市场决定 hold
// none: who decides or approves a matter hands it to another (as an assessor column does,
// columns.ts), and a market is no body.
const ROLE_FROM = new RegExp(ROLE_RUN, "gu");
// 县法院执行局: a role word that a body's suffix closes into a name is no role.
const INSIDE_NAME = new RegExp(`^[${BODY_SUFFIX_CHARS}](?:$|、|${ROLE_RUN})`, "u");
// A会同B负责, A协同B: the bodies named next work with A.
const WORKS_WITH = /(?:会同|协同)$/u;
// 包片单位县林业局, 责任单位县税务局: a descriptor (a kind of body, with what qualifies it) before a
// name that opens with its own place is no part of that name.
const DESCRIPTOR = new RegExp(`^\\p{Script=Han}{0,4}?${KIND_OF_OFFICE}`, "u");
// 负责做好相关工作: the work around a task the text states (a legislature's committee preparing the
// standing committee's hearing of a report): the clause names the body of that work, not the task's.
const WORK_AROUND_TASK = new RegExp(`^(?:做好|抓好)?(?:相关|有关)工作$`, "u");
// 企业, 相关企业: a kind of body that is no office — the parties a notice charges (由企业负责清理),
// not a body to send the task to.
const KIND_OF_BODY_END = new RegExp(`${KIND_OF_BODY}$`, "u");
const KIND_OF_OFFICE_END = new RegExp(`${KIND_OF_OFFICE}$`, "u");

/** Whether every unit read is a public body or a catch-all over public bodies. */
function namesOnlyPublicBodies(found: ParsedUnits): boolean {
  return namesOnlyBodies(found) && found.units.every((u) => !KIND_OF_BODY_END.test(u.name) || KIND_OF_OFFICE_END.test(u.name));
}

/** Whether a piece before a role word names public bodies whose names end there (县城管局), or a
 * catch-all (各县(市、区)): not an action (县政府组织专家: the experts do the work), nor people (群众). */
function namesBodiesUpToHere(piece: string, read: ReadUnits): boolean {
  const found = read(piece);
  return namesOnlyPublicBodies(found) && (endsLikeUnitName(piece) || found.units.every((u) => u.generic));
}

/** The names and roles a clause after 由 opens with, without a descriptor before a name with its
 * place (包片单位县林业局负责清除 → 县林业局负责): each run of names up to its role word — the first
 * one from the clause's start, a later one only where the clause lists it (A牵头、B配合, A会同B负责),
 * never the object of the work (负责督促县财政局落实); null when bodies stand before no role word,
 * when the clause describes a noun (建立由县政府牵头、各部门参与的联席会议制度: the mechanism, not who
 * does the task), or when the role takes on the work around a task (负责做好相关工作). */
function actorClause(clause: string, read: ReadUnits): string | null {
  let namesFrom = 0;
  let firstNames = "";
  let lastRole = "";
  // Each role word from the third character on, one starting inside a longer one (会办负责) too.
  for (let from = 2; ; ) {
    ROLE_FROM.lastIndex = from;
    const role = ROLE_FROM.exec(clause);
    if (!role) break;
    const end = role.index + role[0].length;
    from = role.index + 1;
    if (INSIDE_NAME.test(clause.slice(end))) continue;
    const names = clause.slice(namesFrom, role.index);
    const listed = namesFrom === 0 || names.startsWith("、") || WORKS_WITH.test(lastRole);
    if (listed && namesBodiesUpToHere(names.replace(/^、/u, ""), read)) {
      firstNames ||= names;
      lastRole = role[0];
      namesFrom = from = end;
    } else if (namesFrom > 0) break;
  }
  const after = clause.slice(namesFrom);
  if (namesFrom === 0 || after.startsWith("的") || WORK_AROUND_TASK.test(after)) return null;
  const descriptor = DESCRIPTOR.exec(firstNames);
  return clause.slice(descriptor && opensNameOfItsOwn(firstNames.slice(descriptor[0].length)) ? descriptor[0].length : 0, namesFrom);
}

/** The bodies the text charges in 由 clauses: 由县城管局负责清除…, 由所在社区牵头，县市场监管局配合，督促…
 * — from 由, the clauses of its sentence that each name bodies and their role, up to the first that
 * does not (督促商户整改). `plain`: the text in simplified characters, as long as `text`. */
function unitsAfterBy(text: string, plain: string, read: ReadUnits): UnitsInText {
  const written: string[] = [];
  const clauses: string[] = [];
  let from = 0;
  let readTo = 0;
  for (const by of plain.matchAll(BY)) {
    if (by.index < readTo) continue; // a 由 inside a clause already read (由A牵头，由B配合)
    const rest = plain.slice(by.index + 1);
    const end = rest.search(SENTENCE_END);
    // Past 由, each clause read and the separator after it: where the last one read ends, from 由.
    let readLength = 0;
    for (const part of (end < 0 ? rest : rest.slice(0, end)).split(CLAUSE_END)) {
      const clause = actorClause(part.replace(/^由/u, ""), read);
      if (clause === null) break;
      clauses.push(clause);
      readLength += part.length + 1;
    }
    if (readLength === 0) continue;
    if (written.length === 0) from = by.index;
    readTo = by.index + readLength;
    written.push(text.slice(by.index, readTo));
  }
  return clauses.length ? { ...read(clauses.join("，")), written: written.join("；"), from } : NONE_IN_TEXT;
}

/** The units a task's own text names when the table has no unit column: a closing bracket
 * that holds a role label or names only bodies, else every labelled clause in the text, else every
 * clause naming its actor after 由. */
export function unitsInTaskText(text: string, read: ReadUnits): UnitsInText {
  // Role labels are looked for in simplified characters (牽頭單位：市教體局), the units read from
  // the text as written. Conversion keeps positions unless a phrase changes length, rarely.
  const simplified = toSimplified(text);
  const plain = simplified.length === text.length ? simplified : text;
  const bracket = closingBracket(plain);
  if (bracket && !COUNT_BRACKET.test(plain.slice(bracket.start, bracket.end))) {
    const written = text.slice(bracket.start, bracket.end);
    const found = read(written);
    // (…。（具体负责：周丽）: a label over persons only names no unit)
    const labelled = BODIES_LABELLED.test(plain.slice(bracket.start, bracket.end));
    if (labelled ? found.units.length > 0 && !namesOnlyPersons(found) : namesOnlyBodies(found)) return { ...found, written, from: bracket.start - 1 };
  }
  const labelled = labelledClauseUnits(text, plain, read);
  return labelled.units.length > 0 ? labelled : unitsAfterBy(text, plain, read);
}

/** Whether a cell is a task written out and closed by who does it, as a plan written as prose and laid
 * into a sheet has its 责任分工 cells: 加强学校内部安全管理，落实门卫值守制度。此项工作由区教育体育局牵头，
 * 各街道配合。, 严格落实河长巡河制度（县水务局牵头，各乡镇负责） — units read as in a task's text, after words
 * saying the work. A unit cell names its units and little else (各乡镇（街道）, 由县财政局牵头，县审计局配合). */
export function closesTaskWithUnits(text: string, read: ReadUnits): boolean {
  const found = unitsInTaskText(text, read);
  if (found.units.length === 0) return false;
  // What comes before the units says the work: a sentence, or a shorter text naming no body, person,
  // time or figure that opens with a verb of work (严格落实河长巡河制度) — not names (各乡镇（街道）),
  // nothing (由县财政局牵头，…) nor a field of work alone, the working name an office goes by before its
  // formal name in a bracket (森林防火(法规处), 安全生产（应急管理科）, 信息公开(办公室)).
  const work = text.slice(0, found.from).trim();
  const kind = work === "" ? null : cellKind(work);
  return kind === "prose" || (kind === "other" && opensWithAction(normaliseText(work).replace(MANNER_ADVERB, "")));
}

/** The units a cell names in a column of tasks written out (closesTaskWithUnits): those its
 * responsibility clause names, read as in a task's text, the work itself no unit; a cell there naming
 * bodies alone (县水务局、各乡镇) is read whole, a task naming nobody gives none. */
export function unitsClosingTask(text: string, read: ReadUnits): UnitsInText {
  const inText = unitsInTaskText(text, read);
  if (inText.units.length > 0) return inText;
  const whole = read(text);
  return namesOnlyBodies(whole) ? { ...whole, written: text, from: 0 } : NONE_IN_TEXT;
}

/** Whether every unit read is a person (孙丽, 分管副局长): who does the work in a body, not a body. */
function namesOnlyPersons(found: ParsedUnits): boolean {
  return found.units.length > 0 && found.units.every((u) => namesPerson(u.name));
}

/** The units a text names in the clauses its role labels open (…工程,牵头部门:市交通局。, 责任处室：
 * 综合规划处、工程建设处); `plain`: the text in simplified characters, as long as `text`. A bare role
 * word labels a person as often as bodies (负责：孙丽 under 责任处室：综合规划处): a clause naming only
 * persons gives no unit, and is no part of what is shown as the units written. */
function labelledClauseUnits(text: string, plain: string, read: ReadUnits): UnitsInText {
  const clauses = [...plain.matchAll(LABELLED_CLAUSE)]
    .map((m) => ({ from: m.index, clause: text.slice(m.index, m.index + m[0].length) }))
    .filter(({ clause }) => !namesOnlyPersons(read(clause)));
  const written = clauses.map(({ clause }) => clause).join("；");
  const found = written ? read(written) : NONE;
  return found.units.length > 0 ? { ...found, written, from: clauses[0].from } : NONE_IN_TEXT;
}

/** The units a cell of labelled lines names under a label of bodies (责任处室：A、B, 牵头处室：A), its
 * lines labelled with persons or phones (分管领导：, 联系人：, 联系电话：) left out, as a clerk reads a
 * 责任人 cell that also says which sections do the task; `written`: those lines. */
export function unitsInLabelledClauses(text: string, read: ReadUnits): UnitsInText {
  const simplified = toSimplified(text);
  return labelledClauseUnits(text, simplified.length === text.length ? simplified : text, read);
}

/** Whether a cell names public bodies under a label of bodies (责任科室：办公室、财务科), not persons
 * under a role word (负责：孙丽). */
export function namesBodiesInLabelledClauses(text: string, read: ReadUnits): boolean {
  return namesOnlyBodies(unitsInLabelledClauses(text, read));
}
