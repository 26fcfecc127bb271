// Reading a 责任单位 cell: which units it names, in which role (牵头 / 配合 / 负责), and whether a
// unit is a catch-all (各有关部门, 县直各单位 …) rather than a department one can hand a task to.
import { BODIES_JOINED_LABEL, BODIES_LABEL_WORD, BODY_KIND_LABEL, CO_ROLE_WORDS } from "./columns";
import { isUnitOfMeasure } from "./measures";
import { memo } from "./memo";
import type { Unit, UnitRole, UnitStatus } from "./schema";
import {
  collapseSpaces,
  endsInFieldOfWork,
  endsLikeUnitName,
  EVERY_BODY_OF,
  holdsBodyKindWord,
  MANNER_ADVERB,
  MANNER_ADVERB_WORDS,
  opensWithAction,
  isHeadWordAlone,
  isUnitListBreak,
  BODY_SUFFIX_CHARS,
  NOT_A_NOUN_IN_JU,
  KIND_OF_BODY,
  EACH_QUANTIFIER,
  KIND_OF_OFFICE,
  namesNothingAlone,
  normaliseText,
  OPENS_WITH_PLACE_NAME,
  opensNameOfItsOwn,
  isNameWithItsPlace,
  stripPinyinGlosses,
  toHalfWidth,
  toSimplified,
} from "./normalise";
import {
  ANY_LEVEL,
  BELOW_COUNTY_LEVEL,
  GOVERNED_LEVEL_CHARACTERS,
  LEVEL_CHARACTERS,
  LEVEL_OF_ONE_BODY,
  LEVEL_OR_SHORT_FORM,
  PLAIN_LEVEL,
  PREFECTURE_OFFICES,
  TIER_GROUPS,
} from "./levels";

// ---------------------------------------------------------------- catch-alls

const KIND_OF_BODY_END = new RegExp(`${KIND_OF_BODY}$`, "u");

const CATCH_ALL_PATTERNS: RegExp[] = [
  new RegExp(EACH_QUANTIFIER, "u"), // 各有关部门, 各级各部门, 县直各单位, 局属各单位, 各镇(街), truncated 直各单位 / 县直各有关单
  /[相有]关/, // 相关责任部门, 局机关相关科室, 局属相关单位, 有关单位
  KIND_OF_BODY_END, // 政策起草部门, 局属执法单位, 成员单位: a kind of body rather than a body
  // 主管机关, 上级主管机关, 项目主管机关: after the words of administering, 机关 is a kind of body as
  // 部门 is; a field's at its place is one body all the same (县林业主管机关: namesOneFieldBody).
  /(?:行政|主管|管理)机关$/,
  // 市直机关, 市直园区管委会, 区属学校, 省属医院: a level's affiliation word (直, 直属, 属) and a
  // category of bodies with no proper name — every body of that category the level runs (the city's
  // parks' committees), not one named park's.
  /^(?:省|市|县|区)(?:直属?|属)(?:机关|园区|景区|学校|医院|企业)(?:管委会|管理委员会)?$/,
  /^等/,
  /^功能区/, // 功能区管委会: every functional zone's committee, no zone named
  // 当局 (the authorities) is whoever governs, no one body's name (its 局 is no bureau's, see
  // NOT_A_NOUN_IN_JU): 当局, 港澳当局 range over the bodies in charge.
  /当局$/,
];

// 科室, 处室, 股室 are an office's sections taken together (各科室, 相关科室, 业务科室, 局机关科室): the
// words before them say which — a quantifier, a class, a role, the body they belong to. One character
// alone before 科 / 处 / 股 (after a place's level at most) is none of these: it makes a section's
// name with it, abbreviated (教科: 教育科研; 内科), and 室 is that section's office — 教科室 is one
// office, as 政教室 and 总务室 are. Not a quantifier (各, 全, 本, 其 …), an affiliation (县直, 局属),
// a rank (市级) nor a body or level whose sections they are (局科室, 庭科室, 县科室). Two characters
// before 科室 (财务科室, 业务科室, 临床科室, 发起科室) may be a field's one section or a class of
// sections, the same words either way: it stays a catch-all.
const SECTION_NAMED_BY_ABBREVIATION = new RegExp(
  `^[${GOVERNED_LEVEL_CHARACTERS}]*[^各全诸每该其本等直属级${LEVEL_CHARACTERS}${BODY_SUFFIX_CHARS}庭][科处股]室$`,
  "u",
);

// Administrative levels: a name made only of these (乡街, 村社区, 县市区人民政府) names every
// body of that level, not one of them.
const LEVEL_WORDS = new RegExp(`^${LEVEL_OR_SHORT_FORM}+$`, "u");
const LEVEL_WORD = new RegExp(LEVEL_OR_SHORT_FORM, "gu");
const SINGLE_LEVEL_ONE_BODY = new RegExp(`^${LEVEL_OF_ONE_BODY}$`, "u"); // 市政府 is one body: the city's
// 党工委、办事处: every head of the levels; a 行署 after its 地区 (地区行署) is that 地区's body.
const LEVEL_BODY_SUFFIX = new RegExp(`(?:人民政府|政府|办事处|党委|党工委|两委|村委会|居委会|(?<=.)(?:${PREFECTURE_OFFICES.join("|")}))+$`, "u");
const LEVEL_COUNT = /(?:[两三四五]|各)级$/u; // 市、县两级政府
const ONE_WORKING_COMMITTEE = /^党工委$/u;
// What joins levels in a list: 及, 和, 与 between two levels join them as 、 does (省及市、县发展改革
// 部门 is 省、市、县发展改革部门); between bodies they part two bodies (县财政局及县住建局).
const LEVEL_JOINER = "[、及和与]";
const LEVEL_JOINERS = new RegExp(LEVEL_JOINER, "gu");
const COUNT = "[\\d一二三四五六七八九十两百]+个";
const LEVELS_COUNTED = new RegExp(`^(?:[区县市镇乡])?${COUNT}`, "u"); // 全区13个街道 (全 already gone)

const QUANTIFIER_OVER_LEVELS = new RegExp(`^(?:全|所有|${EVERY_BODY_OF})+`, "u");

// 全州县 (a county of Guilin): 全 and a level are the whole place (全县, 全市, 全州), and the levels under
// it that it ranges over are listed or taken with 各 (全市县区, 全州各县市); 全, a level and one single
// level under it, with that level's government or alone, is one place whose own name is 全州.
const PLACE_NAMED_WHOLE = new RegExp(`^全[${LEVEL_CHARACTERS}][${GOVERNED_LEVEL_CHARACTERS}]$`, "u");

function namesAdministrativeLevel(name: string): boolean {
  if (PLACE_NAMED_WHOLE.test(name.replace(LEVEL_BODY_SUFFIX, ""))) return false;
  const levels = name
    .replace(/[()〔〕［］[\]〈〉‹›、,，\s]/g, "")
    .replace(QUANTIFIER_OVER_LEVELS, "") // 属地乡镇, 沿线县区: the townships where the work lies, whichever
    .replace(LEVEL_JOINERS, ""); // (after it: the 及 of 涉及的 is the quantifier's)
  if (levels === "") return false; // 所属, 各: a quantifier over nothing names no level
  const core = levels.replace(LEVEL_BODY_SUFFIX, "").replace(LEVEL_COUNT, "");
  // 13个街道, 3个乡: a count of a level's bodies is every one of them, even of a single level
  const counted = LEVELS_COUNTED.exec(core);
  if (counted) return LEVEL_WORDS.test(core.slice(counted[0].length));
  // 政府, 村委会 with no place: each one's, not one body. A bare 党工委 is one body: a street or a zone
  // has one working committee, set over it by the committee above, and only a plan written in it or
  // under it (a community's) names it bare; a plan over several names them (各街道党工委).
  if (core === "") return name !== "" && !ONE_WORKING_COMMITTEE.test(levels);
  if (!LEVEL_WORDS.test(core)) return false;
  return (core.match(LEVEL_WORD) ?? []).length >= 2 || !SINGLE_LEVEL_ONE_BODY.test(core);
}

// 区教育部门, 县级林业主管部门, 汾阳市卫生健康行政部门, 住房城乡建设行政主管部门: one body named by the
// field it administers, whether or not 主管 / 行政 / 管理 says so; levels listed before the field with
// no quantifier (市、区生态环境部门, 市、县两级教育部门) name that field's body at each of them. What
// makes X部门 many is X naming no field: a quantifier or a count anywhere in the name (各, 相关, 所属,
// 所有, 26个), X naming the department's relation to the task (行业, 起草, 责任, 市直), a class of
// departments (政法, 工作), or nothing left for X (市级部门, 县级行政主管部门, 制定文件的部门).
// A bare 部门 is one body only at a place: 卫生健康部门 is the field's department at whatever level
// (fenyang-2021-sjss-faqi's list for 市县(区)级). After a bare field, 单位 and 机构 are the field's
// units (医疗机构, 教育单位); only 主管 / 行政 makes them the one that administers it, as 主管 /
// 行政 / 管理 does 机关 (公安机关 is every police organ; 县林业主管机关 the county's forestry body).
const FIELD_BODY_HEAD = /(?:(?:行政|主管|管理)*部门|(?:行政|主管)+(?:单位|机构)|(?:行政|主管|管理)+机关)$/u;
// A level as a place (县, 市级, 县(市), 县级以上人民政府), not a field's first character (市场, 市容,
// 市政, 市域, 区域, 县域, 乡村); a list of them (市、县(市)), or a count of them (省市两级).
const PLACE_LEVEL = `(?:市(?![场容域]|政(?!府))|[${GOVERNED_LEVEL_CHARACTERS.replace("市", "")}](?![域村]))`;
const PLACE_LEVELS = `${PLACE_LEVEL}+级?(?:\\(${PLACE_LEVEL}+(?:、${PLACE_LEVEL}+)*\\))?`;
const LEVELS_BEFORE_FIELD = new RegExp(`^(?:${PLACE_LEVELS}(?:、${PLACE_LEVELS})*(?:[两三四五]级)?(?:以上|以下)?(?:地方)?(?:人民政府|政府)?)?`, "u");
const QUANTIFIED = new RegExp(`${EVERY_BODY_OF}|所有|${COUNT}`, "u");
// 政法部门, 经济部门, 市政府工作部门: a class of departments, several fields at once.
const CLASS_OF_DEPARTMENTS = /^(?:工作|党政|党群|政法|经济|综合)$/u;

function namesOneFieldBody(name: string): boolean {
  const head = FIELD_BODY_HEAD.exec(name);
  if (!head || QUANTIFIED.test(name)) return false;
  // 负责审批的: which of its tasks, not the field
  const named = name.slice(0, head.index).replace(/^.*的/u, "");
  // 汾阳市: a place named in full; not a field ending in a settlement pair (住房城乡), nor a zone
  // that is the field itself (旅游景区管理部门)
  const placeName = OPENS_WITH_PLACE_NAME.exec(named)?.[0] ?? "";
  const afterPlaceName = endsInFieldOfWork(placeName) || placeName === named ? named : named.slice(placeName.length);
  const levels = LEVELS_BEFORE_FIELD.exec(afterPlaceName)?.[0] ?? "";
  const field = afterPlaceName.slice(levels.length);
  const atAPlace = named !== field;
  return field.length >= 2 && !RELATION_TO_TASK.test(field) && !CLASS_OF_DEPARTMENTS.test(field) && (atAPlace || head[0] !== "部门");
}

// 乡镇人民政府, 县(市、区)人民政府, 县(区、市): the kinds one tier's places come in (a 乡 or a 镇; a 县,
// a 县级市 or a 区), written so that any place of the tier can fill in the same words — a list of
// levels, not a quantifier over them. The bracket names the other kinds of the level before it,
// whatever tier its words have alone (市 there is a 县级市); levels written side by side must share
// a tier (市县 is two tiers' bodies). Only levels that have one body each (not 街道: see levels.ts).
const ALTERNATIVE_LEVELS = new RegExp(
  `^(${LEVEL_OF_ONE_BODY})((?:、?${LEVEL_OF_ONE_BODY})*)(?:\\(${LEVEL_OF_ONE_BODY}(?:、${LEVEL_OF_ONE_BODY})*\\))?(?:人民政府|政府)?$`,
  "u",
);
const ONE_BODY_LEVEL_WORD = new RegExp(LEVEL_OF_ONE_BODY, "gu");

/** Whether a name gives only the kinds of one tier's places and their government, so that it names
 * the one body of whichever place of that tier reads it (乡镇人民政府 in a catalogue a town fills in). */
function namesOneTierByItsKinds(name: string): boolean {
  const levels = ALTERNATIVE_LEVELS.exec(name);
  if (!levels) return false;
  const tier = tierOf(levels[1]);
  return (levels[2].match(ONE_BODY_LEVEL_WORD) ?? []).every((level) => tierOf(level) === tier);
}

/** Whether a unit name is a catch-all (every / the relevant departments) rather than one body.
 * `extra`: more catch-all names from the settings, compared after normalisation. */
export function isCatchAll(name: string, extra: string[] = []): boolean {
  return isNormalisedCatchAll(normaliseText(name), extra.map(normaliseText));
}

/** isCatchAll of a name and extra names already normalised (names parseUnits reads are). */
function isNormalisedCatchAll(name: string, extra: string[]): boolean {
  return extra.includes(name) || catchAllByPattern(name);
}

// ---------------------------------------------------------------- splitting a cell

const ROLE_OF_WORD: Record<string, UnitRole> = {
  牵头: "lead",
  主办: "lead",
  主责: "lead",
  为主: "lead", // 县住建局为主，县财政局配合: the one the work mainly falls to leads it
  ...Object.fromEntries(CO_ROLE_WORDS.map((word) => [word, "co"])),
  负责: "responsible",
  落实: "responsible",
  承办: "responsible",
  承担: "responsible", // 由县交通运输局承担, 县住建局承担: the body the work falls to
  执行: "responsible",
  起草: "responsible", // a legislative plan's drafting unit (市消防救援支队起草) answers for the draft
  // A national plan's share among provinces (一类省份必做，其他省份选做): 必做 must carry the task out,
  // 选做 may choose it — and a province that takes it up answers for it in its own province, helping
  // no other body; the plan lists it among those the task is shared out to, so it is responsible too.
  必做: "responsible",
  选做: "responsible",
  责任: "responsible",
};
// 为主 is no role word where it starts 为主责单位 / 为主办单位 / 为主体 (as 为 + the label).
// 起草 is none in a kind of body (政策起草部门, 起草单位 with no label colon after it).
const NOT_FOLLOWED_BY: Partial<Record<string, string>> = { 为主: "(?![责办体])", 起草: "(?!部门|单位(?![:：为是]))" };
const ROLE_WORDS = Object.keys(ROLE_OF_WORD)
  .filter((w) => w !== "责任")
  .map((w) => w + (NOT_FOLLOWED_BY[w] ?? ""))
  .join("|");
const ROLE_WORD = new RegExp(`${ROLE_WORDS}|责任`, "gu");
const FIRST_ROLE_WORD = new RegExp(`^(?:${ROLE_WORDS})`, "u");
// 县牵头部门, 重点民生实事责任部门, 行业主管部门, 区直部门, 涉农部门: what stands before a kind of body
// says how it stands to the task (a role word among them) or to another body, whatever its field
// (see namesOneFieldBody). 涉农 is 涉及农业 (not 涉县, a county). The matter, project or task itself
// before the body administering it (具体事项主管部门, 该项目主管单位, 所涉事项主管机关), or the body
// matching it (对应主管部门), is no field either: whichever body that is for each task.
const THE_MATTER = "事项|项目|任务";
const RELATION_TO_TASK = new RegExp(`行业|业务|上级|下级|同级|本级|对口|归口|对应|其他|其它|职能|相应|辖区|^直|涉(?!县)|${THE_MATTER}|${ROLE_WORDS}|责任`, "u");
/** A run of role words (牵头负责, 配合落实, 负责具体落实): it gives one role. Exported for the clauses
 * that name a task's actor in its text (由A负责…, outside.ts). */
export const ROLE_RUN = `(?:(?:具体|共同|分别|各自|抓好|组织|参照|遵照|总)?(?:${ROLE_WORDS}))+`; // 总牵头
// How a list says the units share the work out (按职责分工, 根据职能): a qualifier, never a name.
// 按属地原则 (each where it sits) shares the work out the same way.
const SHARE_OUT = "(?:按照?|依|根据|结合)?(?:各自)?(?:职责|职能|属地)*(?:管理)?(?:原则)?(?:分工)?";
// As needed (根据需要, 视情况, 按需, 如有需要): when a body takes part, never which body; a cell saying
// only that (联合部门: 根据需要) names none.
const AS_NEEDED = "(?:根据|视|按|如有)(?:工作|实际)?(?:需要|情况)|视情|按需|必要时";
// A qualifier closing a name with no role word after it (各县区按职能分工, 市财政局参照, 两局分别).
const QUALIFIER_TAIL = new RegExp(
  `(?:(?:按照?|依|根据|结合)(?:各自)?(?:职责|职能|属地)+(?:管理)?(?:原则)?(?:分工)?|${AS_NEEDED}|参照|遵照|分别|具体|共同|各自)+$`,
  "u",
);

// `A牵头`, `A等单位牵头`, `A等部门按职责分工负责`, `A具体落实`, `A负责落实`: the tail is a role for
// the names before it, not a unit. A group it qualifies (`A等有关部门落实`) is a catch-all and stays.
const ROLE_TAIL = new RegExp(
  `(?:等(?:单位|部门))?等?${SHARE_OUT}(${ROLE_RUN})(?:单位|部门)?的?$`, // A负责的: the tasks A answers for
  "u",
);
// `区司法局牵头区级规范性文件集中公开工作`, `各成员单位负责做好本单位…`: a name, its role word,
// then the task it takes on. Only a complete name before the role word counts (see below).
const ROLE_THEN_TASK = new RegExp(`^(.+?)(${ROLE_RUN})(?=\\p{Script=Han}{2})`, "u");
// `县住建局(牵头)`, `(按职责分工负责)`, `(按职责分工)`: a role or a share-out in brackets.
const SHARED_OUT = "(?:按照?|依|根据|结合)?(?:各自)?(?:职责|职能|属地)+(?:管理)?(?:原则)?(?:分工)?";
const ROLE_IN_PARENS = new RegExp(`\\((?:${SHARE_OUT}(${ROLE_RUN})(?:单位|部门)?|${SHARED_OUT}|责任(?:单位|部门))\\)$`, "u");
// `市卫健委(牵头)市医保局`: a bracketed role closes the name before it, whatever follows.
const ROLE_IN_PARENS_MID = new RegExp(`(\\((?:${ROLE_RUN})(?:单位|部门)?\\))(?=\\p{Script=Han})`, "gu");
// What an owner or implementing column calls its units (业主单位：A, (建设单位)): responsible.
const OWNER_LABEL = "(?:业主|建设|实施|主体|承建)(?=单位|部门)";
// `牵头单位：A；配合单位：B`, `业主单位：A`, `主要责任单位：A；其他责任单位：B` (the main one leads),
// `具体负责：A` (a label's role words run as after a name: 具体负责, 总牵头)
const ROLE_LABEL_WORDS = `(主要)?(?:其他|次要|相关)?((?:${ROLE_RUN}|责任)+|${OWNER_LABEL})${BODIES_LABEL_WORD}?`;
const ROLE_LABEL = `${ROLE_LABEL_WORDS}(?:[:：]|(?:为|是)(?=\\p{Script=Han}))`; // 牵头单位为A, 责任科室：
// `数据来源单位：A`, `考核单位:A`, `督办科室：A`, `问题整改责任单位：A`: any short label ending in a noun for
// bodies, opening a clause with its colon, names the bodies that take a part in the task; the label is
// no part of a name. Its words say the part (数据来源, 考核), a role only where they hold a role word.
// Words that scope bodies themselves (各单位：, 有关部门：, 县直单位：, 市级部门：) are the bodies
// speaking, not a label: no quantifier in them, no level opening them.
const LABEL_NOUN = `(?:${BODIES_LABEL_WORD}|方)`; // 责任方, 数据提供方
// A label's words: no level opening them nor a quantifier in them.
const LABEL_OPENING = `(?![${GOVERNED_LEVEL_CHARACTERS}])`;
const LABEL_CHARACTER = "(?:(?!各|有关|相关|所属|直属|下属|其[他余它])\\p{Script=Han})";
const OTHER_LABEL_WORDS = `${LABEL_OPENING}${LABEL_CHARACTER}{1,8}?`;
const OTHER_LABEL = `(${OTHER_LABEL_WORDS})${LABEL_NOUN}`;
// 负责：, 具体负责：: a label of role words with no noun of bodies (单位, 科室) after them says no more
// than who does the work, a person as often as a body (责任处室：办公室；负责：孙丽).
const ROLE_WORDS_ALONE = `(?:主要)?(?:${ROLE_RUN}|责任)+[:：]`;
const ROLE_WORDS_ALONE_LABEL = new RegExp(`^${ROLE_WORDS_ALONE}`, "u");
// 主体责任：, 监管责任：, 属地责任：, 第一责任：: the kind of responsibility before 责任 says how the bodies
// after it answer for the work (主体责任：各乡镇；监管责任：县市场监管局) — responsible, as after 责任：.
// A tier may open it (县级监管责任：, 市级主体责任：), as it opens a role label (市级牵头部门：).
const RESPONSIBILITY_KIND = `(?:[${GOVERNED_LEVEL_CHARACTERS}]级)?${LABEL_OPENING}${LABEL_CHARACTER}{1,6}?(?=责任[:：])`;
const ROLE_PREFIX = new RegExp(`^(?:${RESPONSIBILITY_KIND})?(?:${ROLE_LABEL}|${OTHER_LABEL}[:：])`, "u");
// `局内：条法司、相关部门；省份：各类省份必做`, `部内：规划司；地方：各省级人民政府`: a national or
// provincial plan shares a task between its own departments and the places below, one labelled line
// for each, the label saying where the bodies after it sit — not a body, nor a role. A scope word is
// a body, a place or a tier with 内 (局内, 部内, 系统内, 省内, 本系统内), a tier's rank or its own bodies
// (省级, 市级, 市本级, 市直) or the levels of a tier named together (县区, 县市区, 乡镇), a
// 层面 (国家层面, 地方层面) or a word for the bodies of one sphere (省份, 地方, 中央部门, 部门, 系统).
// (No quantifier: 各部门：, 有关单位： are the bodies speaking. No role word before 内: 一类省份必做局内：
// is a body with its role, then the label.)
const SCOPE_WORD =
  `(?:(?:(?!${ROLE_WORDS})\\p{Script=Han}){0,8}?(?:[${GOVERNED_LEVEL_CHARACTERS}${BODY_SUFFIX_CHARS}]|系统|行业|机关)内` +
  `|(?:国家|中央|地方|部门|行业|[${GOVERNED_LEVEL_CHARACTERS}]级?)层面|[${GOVERNED_LEVEL_CHARACTERS}](?:本?级|直)|[${GOVERNED_LEVEL_CHARACTERS}]{2,3}|省份|地方|中央(?:部门|单位)?|部门|系统)`;
const SCOPE_LABEL = `${SCOPE_WORD}[:：]`;
const SCOPE_LABEL_START = new RegExp(`^${SCOPE_LABEL}`, "u");
// The tier a body or a label sits at, from its first characters (省 above 市 above 县 above 乡):
// 省牵头单位：, 市级牵头部门：, 市农业农村局. 1 is the highest; 市场监管局 names no tier.
const TIER = `(?!市场)${TIER_GROUPS}`;
const TIER_PREFIX = new RegExp(`^${TIER}`, "u");
/** The tier a match of a pattern holding TIER names (by which of its groups matched), or null. */
const tierMatched = (m: RegExpExecArray | null) => (m ? m.slice(1).findIndex(Boolean) + 1 : null);
const tierOf = (text: string) => tierMatched(TIER_PREFIX.exec(text));
// `省牵头单位：`, `市级牵头部门：`: a role label with the tier of the bodies it names.
const TIER_OF_LABEL = `${TIER}级?(?=${ROLE_LABEL})`;
const TIERED_LABEL = new RegExp(`^${TIER_OF_LABEL}`, "u");
/** A label of bodies up to its colon, as a unit cell's labelled lists open (牵头单位, 市级责任部门,
 * 责任, 数据来源单位, and a scope label's words: 局内, 省份, 地方): for the clauses naming units inside a
 * task's text (outside.ts). */
export const BODIES_LABEL = `(?:(?:${TIER_OF_LABEL})?(?:${ROLE_LABEL_WORDS}|${OTHER_LABEL})|${SCOPE_WORD})`;
// A label of persons: its head is a leader (领导) or who answers for the work (负责人, 责任人, 联系人),
// after the share of the work they hold (分管, 牵头, 包联, 挂点) and the tier they sit at (县, 市级):
// 牵头区领导, 分管县领导, 区领导, 挂点领导, 市级包联领导, 具体负责人, 县级责任人. (The bodies' labels
// above end in a noun for bodies, 单位 or 科室, never in these.)
const LEADER_SHARE = "(?:分管|协管|主管|常务|牵头|联系|责任|包联|包保|挂点|挂钩)";
const LEADER_TIER = `(?:[${GOVERNED_LEVEL_CHARACTERS}]级?)`;
const PERSON_LABEL = `(?:${LEADER_SHARE}?${LEADER_TIER}?(?:${LEADER_SHARE}|具体|主要)?(?:领导|(?:责任|联系|负责|经办)人))`;
// A label opening what follows a space (`责任领导：李四 责任单位：县住建局`): the start of an item.
const OPENING_LABEL = `(?:(?:(?:主要|其他)?(?:${ROLE_RUN}|责任|分管|业主|建设|实施|主体)+(?:${BODY_KIND_LABEL}|领导|人)?|${PERSON_LABEL}|${OTHER_LABEL})[:：]|${SCOPE_LABEL})`;
const LABEL_START = new RegExp(`^${OPENING_LABEL}`, "u");
const OWNER_LABEL_ALONE = new RegExp(`^${OWNER_LABEL}(?:单位|部门)$`, "u");
// `县发改委为牵头单位`, `市财政局作为责任单位`: the name, then the role it is given. An owner, an
// implementing body or the one administering the field (作为业主单位, 为实施主体, 作为行业主管部门)
// answers for the work, as a 责任单位 does.
const ROLE_GIVEN = `(?:为|作为|是)(?:主要)?((?:${ROLE_WORDS}|责任)+|${OWNER_LABEL}|(?:行业)?主管)(?:单位|部门|主体)?`;
const ROLE_AS = new RegExp(`${ROLE_GIVEN}$`, "u");
const ROLE_GIVEN_FIRST = new RegExp(`^${ROLE_GIVEN}`, "u");
// What a body is asked to do, written after its name (请市文明办协调解决, 县教育局统筹, 组织实施,
// 负总责, 给予资金支持): the name ends where the action starts. A verb that begins another name
// (市委组织部, 县城乡统筹办) leaves the name whole.
// How the bodies share an action (具体实施, 共同推进, 分别负责, 统一建设): an adverb before it.
const SHARE_ADVERB = "具体|共同|分别|各自|统一";
const ACTION = new RegExp(
  `(?:${SHARE_ADVERB}|积极)?(?:协调|统筹|主抓|抓总|指导|督导|督促|组织|实施|推进|推动|支持|联合|负总责|给予|提供|做好|开展|解决|监督|监管|把关|审核|汇总|报送|对接|跟进|保障|公开|发布|公布|办理|答复|为主(?![责办])|代建|代管)+`,
  "gu",
); // 督促指导: one action
// `上级部门制定的规范性文件由对口部门公开`: a clause naming its actor after 由 (not 自由).
const ACTOR_AFTER_BY = /^(.{4,}?)(?<!自)由(?=\p{Script=Han}{2})/u;

// A name's own bracketed part after it (市委组织部(人才办), 县财政局(国资办)): the name ends before it.
const TRAILING_BRACKETS = /(?:\([^()]*\))+$/u;

// What a body is said to do, written after its name: a clause's predicate (县生态环境分局加强监督检查,
// 各乡镇全力配合, 县直各部门各司其职). It opens with an action (ACTION, or a verb opensWithAction reads:
// 加强, 强化, 做好), a field's noun before an action (业务指导, 资金保障; no level nor suffix in it, as
// in 各乡|镇场统筹), a role word, an adverb of
// manner (全力, 密切, 依法) or of sharing (具体, 统一; 主要 before a role word, or alone where the
// role word was read as a tail — not in 各级主要领导, a post), a modal (要, 应, 须), the rule the body
// works by (按照各自职责, 依据职责), what the body is (作为业主单位, 为项目业主, 是责任主体) or bears (负主体责任),
// or the distributive 各X其Y (各司其职, 各负其责: each its own share).
const PREDICATE_OPENING = new RegExp(
  `(?:[^${LEVEL_CHARACTERS}${BODY_SUFFIX_CHARS}各]{2})?(?:${ACTION.source})|${ROLE_RUN}|${MANNER_ADVERB_WORDS}|${SHARE_ADVERB}|主要(?=${ROLE_RUN}|$)|要|应当?|必须|须|需要?|按照?|依照|依据|根据|作为|为|是|负\\p{Script=Han}{1,4}?责|各\\p{Script=Han}其\\p{Script=Han}`,
  "uy",
);
const ROLE_RUN_WITHIN = new RegExp(ROLE_RUN, "u");

/** The predicate opening at `at` after a complete name (the text before `at`), or null. A name ends
 * at its suffix (or a place or levels: 蒲城县, 各区县市, 镇村两级), outside any bracket or title, never in a
 * role word (those are read as a tail first) nor in a field of work (住房和城乡); and what follows is
 * no more of the name: it does not end like one (县委|组织部, 县城乡|建设局 do), unless it gives the
 * role the body is made (作为业主单位), ends in a verb (依法|查处) or in the object of its work, a name
 * of its own after a role word or an action (业务指导并协助县住建局). */
function predicateAt(text: string, at: number): string | null {
  const name = text.slice(0, at);
  // (各镇(街道)|全力配合: a name's bracket closes it too; 住房和城乡|建设部门: a field of work, 城乡,
  // ends no name, though levels do, 属地乡镇; 《中华人民共和国政府|信息公开条例》: nor does a word
  // inside a title or a bracket)
  const bare = name.replace(TRAILING_BRACKETS, "");
  if (!(endsLikeUnitName(bare) || namesPlaceOrLevels(bare)) || ROLE_BEFORE.test(bare) || !isBalanced(name)) return null;
  if (endsInFieldOfWork(bare) && !catchAllByPattern(bare)) return null;
  PREDICATE_OPENING.lastIndex = at;
  const rest = text.slice(at);
  if (NAMED_BY_ITS_WORK.test(rest) && !ROLE_OPENS.test(rest)) return null;
  // (完成毕业生离校|手续办理: words opening with a verb of work, or with 完成, are the task, no
  // body's name to end)
  if (opensWithAction(name) || name.startsWith("完成")) return null;
  const opening = PREDICATE_OPENING.exec(text)?.[0].length ?? (opensWithAction(rest) ? 2 : 0);
  if (opening === 0) return null;
  // (after a place, a role word or an action before a level is a smaller place's own name, no object:
  // 怀化市|会同县人民政府, 某县|联合镇)
  const isPredicate =
    givesRole(rest) ||
    !endsLikeUnitName(withoutClosingWords(rest).replace(TRAILING_BRACKETS, "")) ||
    VERB_IN_SUFFIX.test(rest.slice(opening)) ||
    (!LEVEL_LAST.test(bare) && namesObject(rest));
  return isPredicate ? rest : null;
}

// 中转站改造项目, 区域教育中心建设专班: a short verb before a project's or a team's noun names the
// project or team the body's name qualifies, no predicate of the body.
const NAMED_BY_ITS_WORK = /^\p{Script=Han}{2,4}(?:项目|工程|专班|小组|指挥部)$/u;
const ROLE_OPENS = new RegExp(`^(?:${ROLE_RUN})`, "u");

// 蒲城县, 各区县市, 镇村两级: a place named in full as the unit, or levels (a count of them), end a
// name too, though no body's suffix does.
const LEVEL_LAST = new RegExp(`(?:[${LEVEL_CHARACTERS}]|级)$`, "u");
const namesPlaceOrLevels = (name: string) => LEVEL_LAST.test(name) && (isPlaceName(name) || LEVEL_COUNT.test(name) || namesAdministrativeLevel(name));

// 依法|查处, 统一|督办: 办 and 处 are verbs (to handle) as well as a body's suffixes, and one character
// and 办 or 处 after the predicate's opening word are a verb (查处, 督办), no body: a body's own words
// before its suffix are two characters at least (法规处, 依法|治县办), or none where the opening word is
// the name's own (统筹|办). Other suffixes are nouns only (管委|会办|公室, 城关镇|联合|党委).
const VERB_IN_SUFFIX = /^\p{Script=Han}[办处]$/u;

/** Whether `words` give the role the body before them is made (作为业主单位, 为牵头单位). */
const givesRole = (words: string) => ROLE_AS.exec(words)?.index === 0;

/** Whether a name of its own follows a role word or an action in `words` (协助县住建局). */
function namesObject(words: string): boolean {
  for (const m of words.matchAll(ROLE_OR_ACTION_BETWEEN)) if (opensNameOfItsOwn(words.slice(m.index + m[0].length))) return true;
  return false;
}

/** Whether `words`, the predicate's up to a body's suffix, hold the object of the work rather than
 * the rest of the name before: a name opening after the predicate's first word with a level or 各
 * (指导各街道, 加强对县住建局; the shape of a place's own name is not enough there: 依法治县办 is one
 * office), or a kind of body closing them (督促施工单位, 加强部门), which no body's own name runs on
 * to after a verb. */
function holdsObjectOfWork(words: string): boolean {
  if (KIND_OF_BODY_END.test(words)) return true;
  for (let at = 1; at < words.length - 2; at++) if (PLACE_START.test(words.slice(at))) return true;
  return false;
}

/** The body a clause names and the role words of what it says the body does: 县生态环境分局加强监督
 * 检查 is 县生态环境分局; 县医保局积极配合做好资金保障 is 县医保局, co-operating; 县交通运输局作为业主
 * 单位 the bureau made owner. The name ends where a predicate opens after it (predicateAt). A body's
 * suffix past the predicate's first two characters, every opening word's least length, may close a
 * word they open (县委|组织部|统筹协调, 县城乡|建设管理局|加强监管; not 各区政府|组织实施, where 组 is
 * the verb's own): the name runs on to a later predicate unless the words between hold the work's
 * object (区住建局|指导各街道|开展工作) or give the body its role (县文旅局|作为主管部门|负责监管). A
 * text with no predicate is all name. */
function subjectOfClause(text: string): { name: string; roleRun: string | null; deed: string | null } {
  let end = -1;
  let predicate: string | null = null;
  for (let at = 2; at < text.length; at++) {
    if (predicate !== null && at < end + 2) continue;
    const next = predicateAt(text, at);
    if (next === null) continue;
    if (predicate !== null && (givesRole(text.slice(end, at)) || holdsObjectOfWork(text.slice(end, at)))) break;
    end = at;
    predicate = next;
  }
  if (predicate === null) return { name: text, roleRun: null, deed: null };
  // (作为主管部门负责监管: the role given, then any role word after it; the 为主 of 作为主管 is none)
  const given = ROLE_GIVEN_FIRST.exec(predicate);
  const roleWords = ROLE_RUN_WITHIN.exec(given ? predicate.slice(given[0].length) : predicate)?.[0];
  return {
    name: text.slice(0, end),
    roleRun: given || roleWords ? (given?.[1] ?? "") + (roleWords ?? "") : null,
    deed: STATES_SHARE.test(predicate) ? null : predicate,
  };
}

// What a clause says its body does states the body's share of the task — a role word (负责, 全力配合),
// an action of managing the work (组织实施, 加强监督检查, 全力保障), how the bodies share it (统一建设,
// 主要负责), the role it is made (作为业主单位) or its duty (负主体责任, 依据职责, 各司其职) — or only a
// deed (主动发起, 依法查处, 建设): how the work goes, which a column telling how each matter starts
// (由县政府主动发起) or a task (启动县图书馆新馆建设) says as a unit cell may.
const STATES_SHARE = new RegExp(`${ROLE_WORDS}|${ACTION.source}|^(?:${SHARE_ADVERB}|主要)|${ROLE_GIVEN}|[责职]`, "u");

// `县发改委牵头县财政局配合`, `区住建局指导各街道`: a role word or an action between two complete
// names closes the first. The second must be a name of its own, not the rest of one (市委组织部).
const ROLE_OR_ACTION_BETWEEN = new RegExp(`(?:${ROLE_RUN}|${ACTION.source})(?=\\p{Script=Han})`, "gu");
const REST_OF_A_NAME = new RegExp(`^(?:单位|部门|办|室|中心|科|股|处|组|部|局|委|会|${ROLE_WORDS})`, "u");

// 1. 2、 (3) (一) ④: a list's number before a name, or before a label opening a numbered line
// (1.牵头单位：县财政局 2.责任单位：各乡镇、街道; (一)责任单位：…), where it numbers the line.
const LIST_NUMBER = "(?:\\d+[.、．)]|\\((?:\\d+|[一二三四五六七八九十]+)\\)|[①-⑳])";

// Where names were written apart (a space, a line break) the reader puts this break: read as 、,
// but remembered as no separator written, for a person named beside a body (市民政局 伍泽国) is
// written apart from the list of bodies.
const LIST_BREAK = "\u001f";
const LIST_BREAKS = new RegExp(LIST_BREAK, "gu");
const NAME_END = new RegExp(`[，,；;、/／。(${LIST_BREAK}]`, "u");

/** The text from `from` to the first `separator` after it (or to the end), without splitting the rest. */
function upToSeparator(text: string, from: number, separator: RegExp): string {
  const rest = text.slice(from);
  const end = rest.search(separator);
  return end < 0 ? rest : rest.slice(0, end);
}

// `局内:管理司省份:各类省份必做`, `牵头单位:县财政局配合单位:县住建局`: a flat copy runs a cell's labelled
// lines together. A scope label, or a role label with its noun of bodies (配合单位：, 责任部门：, 协办单位：),
// right after a complete name opens the next line, as the line break before it would (see
// LABEL_START), after the names of a labelled line (a label opened their clause: 局机关牵头处室：, at a
// clause's start, is one label); a colon after anything else (市政府办公室, 8:30, 附件:) opens nothing.
// Nor does a scope word that a label from the name's start holds (市场监管局系统内：, the bureau's
// system), nor 部门 alone: in a piece it is the head of a label's own words (牵头部门:, 责任部门:), a
// kind of body they qualify.
// (The line's number, when the lines are numbered, opens it before its label: 牵头单位：A(二)配合单位：B.)
const ROLE_LABEL_WITH_NOUN = `${ROLE_LABEL_WORDS}(?<=${BODIES_LABEL_WORD})[:：]`;
const RUN_ON_LABEL_AHEAD = new RegExp(`(?<=\\p{Script=Han})(?=${LIST_NUMBER}?(?:(?!部门)${SCOPE_LABEL}|${ROLE_LABEL_WITH_NOUN}))`, "gu");

function breakBeforeRunOnLabels(text: string): string {
  if (!hasColon(text)) return text;
  let broken = "";
  let from = 0;
  for (const { index: offset } of text.matchAll(RUN_ON_LABEL_AHEAD)) {
    const before = text.slice(0, offset).split(NAME_END).pop() ?? "";
    const piece = before.slice(Math.max(before.lastIndexOf(":"), before.lastIndexOf("：")) + 1);
    const labelFromPieceStart = SCOPE_LABEL_START.test(text.slice(offset - piece.length));
    // (a flat copy runs on after a labelled line's names: a label opened the clause the name ends)
    const afterLabel = hasColon(text.slice(0, offset).split(CLAUSE_OR_LINE_END).pop() ?? "");
    const name = cleanName(piece);
    if (afterLabel && endsLikeUnitName(name) && !labelFromPieceStart) {
      broken += text.slice(from, offset) + LIST_BREAK;
      from = offset;
    }
  }
  return broken + text.slice(from);
}

/** Whether the item holding `offset` is a clause whose name ends before `offset`, the body named and
 * what it does (县自然资源局|业务指导并): a role word or an action there may open on a name of its own,
 * as one right after the name does (县自然资源局业务指导并协助县住建局). */
function endsInPredicate(text: string, offset: number): boolean {
  const before = text.slice(0, offset).split(NAME_END).pop() ?? "";
  // (read over the whole item: 住房和城乡建设局市市场|监督管理局 is cut before 监督, not a clause)
  const subject = subjectOfClause(nameSoFar(before + upToSeparator(text, offset, NAME_END))).name;
  return subject.length < nameSoFar(before).length;
}

/** Puts a list break after a role word or an action that stands between two names written
 * without a separator, or between a clause naming a body and a name of its own; the name after may
 * open a clause of its own (县公安局交警大队协助|县交通运输局做好交通管制). */
function breakBetweenNames(text: string): string {
  return text.replace(ROLE_OR_ACTION_BETWEEN, (run: string, offset: number) => {
    const before = text.slice(0, offset);
    const next = upToSeparator(text, offset + run.length, NAME_END);
    const words = withoutClosingWords(next);
    // (协助|县交通运输局做好交通管制: a name with its own place may open a clause of its own; in
    // 做好|本单位政务公开 the words are the task)
    const subject = endsLikeUnitName(words) ? words : subjectOfClause(words).name;
    const name = subject !== words && opensNameOfItsOwn(subject) ? subject : words;
    // After a clause (县自然资源局业务指导并|协助|县住建局) only a name with its own place opens, right
    // after the run: the rest of the clause (并协助县住建局) is no name.
    const afterName = endsLikeUnitName(before) || (opensNameOfItsOwn(name) && !namesObject(next) && endsInPredicate(text, offset));
    if (!afterName) return run;
    // (蒸湘区联合街道办事处: a place's own name holding an action's words)
    if (continuesOwnNameWithin(nameSoFar(before.split(NAME_END).pop() ?? "") + run, next)) return run;
    // (A负责城区: a bare area of two characters is the task's scope, not a body)
    const between = name.length >= 3 && endsLikeUnitName(name) && !REST_OF_A_NAME.test(name);
    return between ? `${run}${LIST_BREAK}` : run;
  });
}

// A deadline written in the unit cell (县住建局(2023年12月底前), 县住建局，2023年底前完成): a
// time, never a name.
const DATE_PHRASE = /\d{4}\s*年|(?:19|20)\d{2}[./-]\d{1,2}|\d{1,2}\s*月|年底|年内|年末|[上下]半年|季度/u;

/** The item without a deadline written after the name; "" when the item is only a deadline. */
function withoutDeadline(text: string): string {
  const m = DATE_PHRASE.exec(text);
  if (!m) return text;
  const before = text.slice(0, m.index);
  if (m.index === 0) return "";
  return endsLikeUnitName(before) ? before : text;
}

/** The role a run of role words gives: 牵头 (or 主办) wherever it stands, else the first word's
 * (配合落实 is co-operation, 负责落实 responsibility). */
function roleOfRun(run: string): UnitRole {
  const roles = (run.match(ROLE_WORD) ?? []).map((w) => ROLE_OF_WORD[w]);
  return roles.includes("lead") ? "lead" : (roles[0] ?? "responsible"); // 业主 (an owner label) is responsible
}

// 等 closes a list (`A、B等`, `A等部门`, `A等10个部门` counting the listed) or introduces a wider
// group (`A等相关责任部门`), except in words such as 高等 / 中等.
const TRAILING_ETC = /(?:等(?:[\d一二三四五六七八九十两]+个)?(?:部门|单位|机构)?)+$/u;
// 天等县: 等 after one character that is no level at a name's start, with a level after it, has no
// list before it to close (no name is a single character, see NO_NAME_BEFORE): it is a character
// of the place's own name, as 和 is in 新和县. After a name (县财政局等县直部门) it closes a list.
const ETC_SPLIT = new RegExp(`(?<![高中初同平])(?!(?<=^[^${LEVEL_CHARACTERS}])等${PLAIN_LEVEL})等`, "u");

/** The text up to the words that close a list or give its role (等部门, 等相关单位, 牵头) or join the
 * next name (和省林业局): whether the text after a role word or an action is a name, or completes the
 * name the word stands in (会办|公室 of 人大常委会办公室, 组织|部 of 市委组织部), is read from the
 * words before them, for a role word or a joined name closing them makes any text end like a name
 * (公室牵头, 公室和省林业局) and 等 and the group after it make none (组织部等, 公室等相关单位). */
function withoutClosingWords(text: string): string {
  const name = text.replace(ROLE_TAIL, "").split(ETC_SPLIT)[0];
  const join = [...name.matchAll(/[和及与]/gu)].find((m) => opensNameOfItsOwn(name.slice(m.index + 1)));
  return join ? name.slice(0, join.index) : name;
}
const NO_UNIT = /^(?:无|暂无|否|\/|[-—－_]+|[\d\s()+\-—－]+)$/u; // nothing, or a phone number
const ENUMERATOR = new RegExp(`^${LIST_NUMBER}`, "u");
const NUMBER_BEFORE_LABEL = new RegExp(`^${LIST_NUMBER}(?=(?:${TIER_OF_LABEL})?${OPENING_LABEL})`, "u");
/** The text without the number of the line its label opens: the label is read where the line
 * starts, as in a line with no number; a name's number goes with cleanName. */
const withoutNumberBeforeLabel = (text: string) => text.replace(NUMBER_BEFORE_LABEL, "");

// 〔〕, ［］ (left full-width by toHalfWidth), 〈〉 and ‹› bracket a part of a name as （） does:
// 各县〔市、区〕人民政府, 各处〈室、局〉, 相关科‹室、站›.
const OPENERS = "(【[《“〔［〈‹";
const CLOSERS = ")】]》”〕］〉›";
const LIST_SEPARATORS = "、/／";
const [CIRCLED_ONE, CIRCLED_TWENTY] = [..."①⑳"].map((c) => c.charCodeAt(0)); // ①市住建局②市财政局
const CLAUSE_SEPARATORS = "，,；;。";
// Where a clause or a line of a cell ends: what a labelled line's list runs to.
const CLAUSE_OR_LINE_END = new RegExp(`[${CLAUSE_SEPARATORS}${LIST_BREAK}]`, "u");
const codesOf = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const NOT_JI_AFTER = codesOf("普涉"); // 普及, 涉及: a word, not "and"
// What each character code does in splitAtTopLevel, one table lookup per character read (a Set
// lookup for each kind cost several per character of every cell).
const OPENER = 1;
const CLOSER = 2;
const LIST_SEPARATOR = 4;
const CLAUSE_SEPARATOR = 8;
const COLON = 16;
const CODE_KIND = new Uint8Array(0x10000);
for (const [chars, kind] of [[OPENERS, OPENER], [CLOSERS, CLOSER], [LIST_SEPARATORS, LIST_SEPARATOR], [CLAUSE_SEPARATORS, CLAUSE_SEPARATOR], [":：", COLON]] as const) {
  for (const c of chars) CODE_KIND[c.charCodeAt(0)] |= kind;
}
/** Whether the character code at `at` in `text` is of `kind` (false before the start). */
const isCodeOf = (text: string, at: number, kind: number) => at >= 0 && (CODE_KIND[text.charCodeAt(at)] & kind) !== 0;
const [FULL_STOP, YI, JI, HUI, TONG, HE, YU, QI, TA, SHI] = [..."。以及会同和与其他时"].map((c) => c.charCodeAt(0));

// `各县、市、区政府`, `市、县两级政府`: plain administrative levels listed before the body they all
// end in name one group of bodies, not a 县 and a 市. (`市财政局、县财政局` names two bodies.)
// `县(市)`, `县(市、区)`: a level and the ones it may also be.
const LEVEL_OR_ALSO = `${PLAIN_LEVEL}级?(?:\\(${PLAIN_LEVEL}(?:、${PLAIN_LEVEL})*\\))?`; // 市级、县级财政部门
// Sticky: tried where an item starts, without cutting the text there.
const LEVEL_LIST = new RegExp(`(?:全|所有|${EVERY_BODY_OF}+)?${LEVEL_OR_ALSO}(?:${LEVEL_JOINER}${LEVEL_OR_ALSO})+([两三四五]级|各级)?`, "uy");
const SHARED_BODY_END = /[，,；;、/／\s(]/u;
// `卫生行政部门负责辖区内…`: the role word and the task after it are no part of the body.
const ROLE_ONWARD = new RegExp(`(?:${ROLE_RUN}).*$`, "u");
// Every level has a government; only a county or above has departments (财政局, 人社部门): after
// 街道 or 乡, `区直各部门` and `市国有公司` are names of their own (`各街道、区直各部门`).
// A level's governing bodies (政府, 党委, 人大 …): every place of a level has each of them.
const GOVERNING_BODY = "(?:人民政府|政府|党委|党工委|管委会|办事处|人大|政协)";
// (各县、市、区政府和人大: more of them after 和 are heads of the same levels.)
const GOVERNMENT_BODY = new RegExp(`^(?:人民政府|政府|党委|党工委|办事处)(?:和${GOVERNING_BODY})*$`, "u");
const BELOW_COUNTY = new RegExp(BELOW_COUNTY_LEVEL, "u");

// A list after a quantifier (各, 相关, 沿线 …: EVERY_BODY_OF) may name any level — a city's county-level
// 特区 / 林区, a 自治县 / 自治州, a 县级市, a 行署 or 地区, zones written as levels (开发区, 园区):
// 各县、特区、区人民政府 is one catch-all as 各县、市、区人民政府 is, and so are 相关县、特区、区人民政府
// and 各行署、市、县政府. Only after a quantifier (县财政局、特区财政局 are two bodies) and only
// before the levels' governing bodies or a count: 各县区、开发区昆吾办 names the zone's own office.
const LEVELS_OR_ALSO = `${ANY_LEVEL}+级?(?:\\(${ANY_LEVEL}+(?:、${ANY_LEVEL}+)*\\))?`;
const QUANTIFIED_LEVEL_LIST = new RegExp(`${EVERY_BODY_OF}+${LEVELS_OR_ALSO}(?:${LEVEL_JOINER}${LEVELS_OR_ALSO})+([两三四五]级|各级)?`, "uy");
// (…人民政府和开发区管委会: a body with its own place after 和 is an item of its own, cut later.)
const GOVERNING_BODIES = new RegExp(`^${GOVERNING_BODY}(?:和${GOVERNING_BODY})*(?:$|和)`, "u");

/** The body named right after a list of levels ending at `end`, without a role, what the bodies do
 * (各区、县(市)政府|加强监管) or a closing 等. */
const bodyAfterLevels = (text: string, end: number) =>
  subjectOfClause(upToSeparator(text, end, SHARED_BODY_END).replace(ROLE_ONWARD, "")).name.replace(QUALIFIER_TAIL, "").replace(TRAILING_ETC, "");

/** Where a list of levels ends when they all share the body named after them (`市、县(区)财政局`,
 * `省、市、县三级人社部门`, `各县、市、区政府`, `各县、特区、区人民政府`) or close with a count
 * (`县、乡、村三级`); -1 when they do not (`市、县` alone, `市、县负责`). */
function sharedLevelsEnd(text: string, at: number): number {
  const end = singleLevelsEnd(text, at);
  return end >= 0 ? end : quantifiedLevelsEnd(text, at);
}

function singleLevelsEnd(text: string, at: number): number {
  LEVEL_LIST.lastIndex = at;
  const levels = LEVEL_LIST.exec(text);
  if (!levels) return -1;
  const end = at + levels[0].length;
  const body = bodyAfterLevels(text, end);
  if (body === "") return levels[1] ? end : -1;
  if (GOVERNMENT_BODY.test(body)) return end;
  const department = body.length >= 2 && endsLikeUnitName(body) && !LEVEL_WORDS.test(body);
  return department && !BELOW_COUNTY.test(levels[0]) ? end : -1;
}

function quantifiedLevelsEnd(text: string, at: number): number {
  QUANTIFIED_LEVEL_LIST.lastIndex = at;
  const levels = QUANTIFIED_LEVEL_LIST.exec(text);
  if (!levels) return -1;
  const end = at + levels[0].length;
  // 各乡镇、县人民政府: a level of another tier after the list is a body of its own (the county's).
  const tiers = new Set(levels[0].split(LEVEL_JOINERS).map((level) => BELOW_COUNTY.test(level)));
  const body = bodyAfterLevels(text, end);
  return tiers.size === 1 && (body === "" ? levels[1] !== undefined : GOVERNING_BODIES.test(body)) ? end : -1;
}

const HAN_START = /^\p{Script=Han}/u;

// `市政协经科与人资环委`: a 人大 or 政协 committee is named by its fields of work (经济科技与人口资源环境,
// 文史和学习), abbreviated as freely; from the field after the owner up to 委 it is one committee,
// though a field may end like a section (经科). Not after a whole office (市政协办公室与财政局),
// nor before a name of its own (…与市发改委) or a body other than a committee (…与财政局).
const OPEN_COMMITTEE_FIELD = /(?:人大|政协)(?:常委会)?\p{Script=Han}+(?<![委会办室组团厅处部])$/u;
const COMMITTEE_FIELD_END = /^\p{Script=Han}{1,8}?委(?:员会)?$/u;
const continuesCommitteeName = (before: string, after: string) =>
  OPEN_COMMITTEE_FIELD.test(before) && COMMITTEE_FIELD_END.test(after.replace(ROLE_ONWARD, "")) && !opensNameOfItsOwn(after);

// `A会同B` (A with B): B co-operates. A lone 会 means the same in `宣传处会办公室`, but only
// between two complete names: not in 委员会, 管委会办公室, 工会, 社会事务局, 区会展中心.
const WORD_AFTER_HUI = /^[议展计员长所馆堂场务商签审谈客考战]/u;

/** Whether the 会 at `at` joins two names: the text before ends a name (not 委, as in 管委会) and
 * the item after it is a name of its own. */
function isLoneHuiJoin(current: string, text: string, at: number): boolean {
  const after = upToSeparator(text, at + 1, /[，,；;、/／]/u);
  return (
    endsLikeUnitName(current) &&
    !/委$/u.test(current) &&
    after.length >= 2 &&
    !WORD_AFTER_HUI.test(after) &&
    endsLikeUnitName(after)
  );
}

// `▲发改局,各部门`, `★县财政局`, `市发改委*`: a mark written against a name picks out the lead, as
// the note under such a table says (▲为牵头单位); the mark is no part of the name,
// and that note written in a cell (带▲的为牵头单位) names no unit.
// A run of asterisks is a mirror's mask over a name (****管理局, ******局, **县…局), part of the name
// as written: only a single asterisk marks the lead.
const LEAD_MARKS = "▲△★☆*※";
const SYMBOL_MARKS = "[▲△★☆※]+";
const LEAD_MARK = new RegExp(`^(?:${SYMBOL_MARKS}|\\*(?!\\*))|(?:${SYMBOL_MARKS}|(?<!\\*)\\*)$`, "u");

const MARK_NOTE = new RegExp(`[${LEAD_MARKS}][^。；;]{0,6}(?:为|是|表示)[^。；;]{0,4}牵头`, "u");
// (＊ before toHalfWidth: the quick test below runs on the text as written)
const MARK_CHAR = new RegExp(`[${LEAD_MARKS}＊]`, "u");

/** Whether a text explains a lead mark (注：▲为牵头单位, 带*的为牵头单位), as a note, a line above
 * the table, a header label or a remark in a unit cell does. */
export function explainsLeadMark(text: string): boolean {
  return MARK_CHAR.test(text) && MARK_NOTE.test(normaliseText(text));
}

// A remark written in the unit cell (以下均需各县市区落实，不再逐一列出; 同上; 详见附件) names no unit;
// in brackets (市财政局(具体见附件)) only the bracket goes.
const REMARK = /以下|均需|不再|列出|逐一|详见|见附件|同上|下同|此项|第一位|首位/u;
/** 注：责任单位中有多个单位的，排第一位的为牵头单位 — and the ways other plans say it: a remark in a
 * unit cell, and for the sheet (read.ts) the rule that the first listed leads. */
// 第一位, 首位, 首个, 居首, 排在最前, 排序在前, 排名靠前, 列在首位, 首列: the first listed. Right
// after a level, 第一 is the number in the name of one of the place's schools or hospitals (县第一中学,
// 市第一人民医院), not a place in the list.
const FIRST_PLACE = `(?:(?<![${GOVERNED_LEVEL_CHARACTERS}])第[一1]|首位|首个|首列|居首|排头|列首|[排列](?:序|名)?[在于]?(?:最|靠)?前)`;
export const FIRST_LISTED_LEADS = new RegExp(`${FIRST_PLACE}[^。；;]{0,10}牵头|牵头[^。；;]{0,10}${FIRST_PLACE}`);
// 此项 opens a remark (此项不单列) and also a clause naming its actor (此项工作由公安分局牵头): the
// remark is looked for past such an opening.
const isRemark = (text: string) => REMARK.test(text.replace(OPENS_BY_CLAUSE, "")) || FIRST_LISTED_LEADS.test(text) || MARK_NOTE.test(text);
// (〈〉 and ‹› as well: see OPENERS)
const BRACKETED = /[(【[〔［〈‹][^()【】[\]〔〕［］〈〉‹›]*[)】\]〕］〉›]/gu;
// `区教体局(区国资公司代建)`, `县住建局(县财政局配合)`: a name in brackets with what it does is a
// unit of its own, not part of the name before.
// (A牵头), (A为牵头单位): a clause naming its actor.
const ACTS = new RegExp(`(?:${ROLE_RUN}|${ACTION.source})$|${ROLE_AS.source}`, "u");
// Text before a bracket that opens a list item (A、(B配合)): the cell's start or a separator.
const OPENS_ITEM = /(?:^|[、，,；;/／])$/u;
// The name ends where the item does, or where a role word closes the item (有限公司(开发商配建学校项目)配合).
const ITEM_END = new RegExp(`^(?:${ROLE_RUN})?(?:$|[，,；;、/／\\s。${LIST_BREAK}])`, "u");
const ROLE_BEFORE = new RegExp(`(?:${ROLE_RUN})$`, "u");
// 县住建局(待定), 市文旅局（暂定）, (拟定), (初定), (待确定): the assignment is provisional — a remark on
// it, no part of the body's name; alone in a cell or an item, it names no body.
const PROVISIONAL_WORDS = "(?:暂定|待定|拟定|初定|待确定|暂未确定)";
const PROVISIONAL = new RegExp(`^${PROVISIONAL_WORDS}$`, "u");
// 县住建局(暂定牵头), (牵头，暂定), (拟定为配合单位): the role stands, the remark that it is provisional goes.
const ROLE_OF_BRACKET = `(${ROLE_RUN}(?:单位|部门)?)`;
const PROVISIONAL_ROLE_IN_PARENS = new RegExp(`\\((?:${PROVISIONAL_WORDS}为?${ROLE_OF_BRACKET}|${ROLE_OF_BRACKET}[，,、;；]${PROVISIONAL_WORDS})\\)`, "gu");

/** The text with a bracketed role said to be provisional ((暂定牵头)) as the bare role ((牵头)). */
function withProvisionalRolesStated(text: string): string {
  return text.replace(PROVISIONAL_ROLE_IN_PARENS, (_: string, before?: string, after?: string) => `(${before ?? after})`);
}

/** Whether a bracketed group says something about the name before it (南昌某房地产有限公司
 * (开发商配建学校项目)) rather than naming it again (区城市管理局(区整违办)) or a level
 * (各县(市、区)): a phrase that is no name, closing a complete name. */
function isRemarkOnName(group: string, before: string, after: string): boolean {
  const inner = group.slice(1, -1);
  return (
    inner.length >= 4 &&
    endsLikeUnitName(before) &&
    ITEM_END.test(after) &&
    !endsLikeUnitName(inner) &&
    !/[、,，]/u.test(inner) &&
    !ROLE_IN_PARENS.test(group) && // (牵头), (按职责分工负责): the name's role, read later
    !isCatchAll(inner)
  );
}

function withoutBracketedRemarks(text: string): string {
  return text.replace(BRACKETED, (group: string, at: number) => {
    const inner = group.slice(1, -1);
    const before = text.slice(0, at);
    const actor = ACTS.exec(inner);
    // 县农业农村局、(县市场监管局配合): a bracket that is a list item of its own is such a clause too.
    const closesNameOrOpensItem = endsLikeUnitName(before) || OPENS_ITEM.test(before);
    if (actor && actor.index >= 2 && endsLikeUnitName(inner.slice(0, actor.index)) && closesNameOrOpensItem) {
      return `，${inner}`; // a clause of its own: its role word does not reach the name before
    }
    const scope = ROLE_OPENS_TASK.exec(inner);
    if (scope) return scope[1]; // (分别负责城区、城郊): the role for the names before; the rest is its scope
    const remark =
      OWNER_LABEL_ALONE.test(inner) ||
      ROLE_BEFORE.test(before) || // 县教育局负责(公办学校): the role's scope
      isRemark(group) ||
      PROVISIONAL.test(inner) ||
      DATE_PHRASE.test(group) ||
      // (a person is written after the name, 县住建局(张三); inside one, 政法(应急)办, it is a part of it)
      (namesPersons(inner) && ITEM_END.test(text.slice(at + group.length))) ||
      isRemarkOnName(group, before, text.slice(at + group.length));
    return remark ? "" : group;
  });
}

// A person named in the unit cell (县住建局(张三), 市民政局 伍泽国, 责任人：张三, 县住建局局长张三) is
// no unit. A person's name is a surname and one or two characters, with no body suffix; a post
// (局长, 主任) or a label (责任人：, 牵头区领导：, or role words alone: 具体负责：) may come before it, a
// post or 同志 after it (周丽主任, 王芳同志). The surnames are the common ones (the usual
// top 300 single ones and the two-character ones), without 区 / 市 / 水, which open bodies' names
// far more often than persons'.
const SINGLE_SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤" +
  "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝郜海阚花权强帅屠豆朴盖练廉";
const DOUBLE_SURNAMES = "欧阳|司马|诸葛|上官|东方|皇甫|令狐|夏侯|尉迟|公孙|慕容|长孙|宇文|端木";
const SURNAME = `(?:${DOUBLE_SURNAMES}|[${SINGLE_SURNAMES}])`;
// Titles of who heads a body (局长, 主任, 书记) and of who heads a place's government (县长, 市长).
const BODY_HEAD_TITLE = "(?:局长|主任|书记|部长|所长|科长|站长|院长|校长|队长|主席|秘书长)";
const AREA_HEAD_TITLE = "(?:省长|州长|县长|区长|市长|镇长|乡长|旗长)";
const POST = `(?:副?(?:${BODY_HEAD_TITLE}|${AREA_HEAD_TITLE})|负责同志)`;
const PERSON = new RegExp(
  `^(?:${PERSON_LABEL}[:：]?|${ROLE_WORDS_ALONE})?(?:${POST}[:：]?)?${SURNAME}\\p{Script=Han}{1,2}(?:${POST}|同志)?$`,
  "u",
);
// What says a name is a person's whatever the separator before it: a label, a post or 领导 (县住建局、
// 局长张三, 县政府、分管领导).
const MARKS_A_PERSON = new RegExp(`${PERSON_LABEL}|${POST}|领导`, "u");
// Who in a body answers for it, by the share they hold of its work and their post (主要领导, 分管负责同志,
// 常务副局长). 分管副县长 after 县政府 is a county leader (POST_HOLDER), not the head of a body.
const HEAD_OF_BODY = `(?:主要|分管|常务)?(?:负责人|负责同志|领导|副?${BODY_HEAD_TITLE})`;
// After a name: 县住建局局长张三, 县住建局主要负责人, 县政府分管领导, 县水利局主要负责同志.
const POST_AND_PERSON_TAIL = new RegExp(`(?:${POST}(?:${SURNAME}\\p{Script=Han}{1,2})?|${HEAD_OF_BODY})$`, "u");

// A post, with the share of the work it holds and the person (分管副县长, 协管副秘书长, 分管县领导,
// 包联县领导, 分管副县长王某某): the people who answer for a task, not a body one hands it to.
const POST_HOLDER = new RegExp(
  `^${LEADER_SHARE}?${LEADER_TIER}?(?:${POST}|领导)(?:${SURNAME}\\p{Script=Han}{1,2})?$`,
  "u",
);

// A post (县长, 各级河长, 村级河长, 河道专管员, 分管副县长) is held by a person, whichever: it ends in a
// title, not in a body's suffix, so it is no body one hands a task to — like a catch-all, it names
// no specific unit. A person named with the post (王副县长) is someone, and stays one.
const POST_TITLE = /(?:长|主任|书记|主席|[委专]员|管员|干部|负责人|领导|同志)$/u;
const NAMED_POST_HOLDER = new RegExp(`^${SURNAME}${POST}$`, "u");

function namesPost(name: string): boolean {
  return POST_TITLE.test(name) && !endsLikeUnitName(name) && !NAMED_POST_HOLDER.test(name);
}

// A post closes an item of the list as a body's name does (分管副省长 协管副秘书长, …副省长和…).
const ENDS_WITH_POST = new RegExp(`${POST}$`, "u");

/** Whether `before` ends a name or a post, or is a piece of two or more characters that names
 * nothing (及所属): what 和 after it separates. */
function endsAnItem(before: string): boolean {
  return endsLikeUnitName(before) || ENDS_WITH_POST.test(before) || (before.length >= 2 && namesNothingAlone(before));
}

// The fields of public work a government's or a party committee's bodies are named for, in the
// short forms of two or three characters written before a body's suffix (金融办, 信访局, 林业局, 网信办,
// 应急局, 史志办). Written alone in a bracket after a body's name, one names the office's section for
// that field (市政府办(金融), 县委办(保密)), not a person, though many open with a surname's character
// (金, 林, 文, 应, 石, 史): no person is named 金融 or 林业, as persons are named 金明 or 林涛. Nor is
// one a body's head written after it under a header naming persons beside the bodies (县住建局 城管).
// (A longer field, 自然资源, is no person's name by its length.)
const FIELDS_OF_PUBLIC_WORK = [
  // the government's departments
  "发改|经信|工信|科技|教育|民宗|宗教|公安|民政|司法|财政|人社|国土|规划|环保|住建|城建|房管|城管|交通|水利|水务",
  "农业|农机|畜牧|林业|林草|海洋|渔业|商务|招商|外事|侨务|文旅|文化|文广|文体|文物|旅游|体育|卫健|卫生|医保",
  "药监|应急|安监|人防|审计|国资|市监|统计|税务|金融|粮食|信访|气象|地震|档案|政务|大数据|数据|审批|扶贫",
  "石油|能源|电力|烟草|邮政|铁路",
  // the party committee's and the government office's sections
  "组织|宣传|统战|政法|综治|网信|保密|机要|密码|督查|法制|法治|政研|改革|财经|党史|史志|人才|纪检|监察|巡察",
].join("|");
const FIELD_OF_PUBLIC_WORK = new RegExp(`^(?:${FIELDS_OF_PUBLIC_WORK})$`, "u");

/** Whether a text read as a person's could be no body: no body's suffix, no place or level, no
 * catch-all, no field of public work. */
function couldNameAPerson(text: string): boolean {
  return !endsLikeUnitName(text) && !/[省市州盟县旗]$/u.test(text) && !isCatchAll(text) && !FIELD_OF_PUBLIC_WORK.test(text);
}

function isPerson(text: string): boolean {
  return (PERSON.test(text) || POST_HOLDER.test(text)) && couldNameAPerson(text);
}

// Under a header naming persons beside the bodies (责任单位及责任人, 牵头单位/责任人, 责任主体(责任人)), a word of
// two or three characters after a body's name is its head, whatever the surname (市民政局 帖泽国).
const PERSONS_BESIDE_BODIES_LABEL = new RegExp(`${BODIES_JOINED_LABEL}.{0,4}(?:负责|责任|联系)人`, "u");
const TWO_OR_THREE_CHARACTERS = /^\p{Script=Han}{2,3}$/u;

/** Whether a unit column's header label names persons as well as bodies (牵头单位及主要负责人). */
export function labelNamesPersonsBesideBodies(label: string): boolean {
  return PERSONS_BESIDE_BODIES_LABEL.test(normaliseText(label));
}

function namesPersons(text: string): boolean {
  const names = text.split(/[、，,\s]+/u).filter(Boolean);
  return names.length > 0 && names.every(isPerson);
}

// 各级, 县级 before a post: the rank of the leaders (各级领导), not bodies they head.
const RANK_OF_OFFICE = /级$/u;

/** The item without a post or a person written after the name of a body or of every body of a kind
 * (县住建局局长张三, 各乡镇场主要负责人). */
function withoutPersonTail(text: string): string {
  const m = POST_AND_PERSON_TAIL.exec(text);
  if (!m || m.index === 0) return text;
  const named = text.slice(0, m.index);
  const namesEveryBodyOfAKind = catchAllByPattern(named) && !namesNothingAlone(named) && !RANK_OF_OFFICE.test(named);
  return endsLikeUnitName(named) || namesEveryBodyOfAKind ? named : text;
}

// What a staffing cell (人员安排, 督查组组成) says after the bodies it lists: whom each sends
// (交通局各安排1名副局长, 城管局分别抽调2名工作人员, 市公安局精干力量) and the team they make up
// (组成2个督查小组, 共同组成督查组). A clause of that shape right after a complete name ends the name
// and names no body itself; a list item that is only such a clause names none either.
// 各 / 分别 / 均 / 共同 / 共: each of the bodies listed, or all of them together.
const DISTRIBUTIVE = "(?:各自|各|分别|均|共同|共)";
// 2名, 1-2人, 若干名, 一位: a count of people (三人民医院 is a 三 before 人民, no count).
const HEADCOUNT = "(?:\\d+|[一二三四五六七八九十两]+|若干)(?:[-—~～至到](?:\\d+|[一二三四五六七八九十两]+))?(?:[名位]|人(?!民))";
// 工作人员, 精干力量, 业务骨干, 专业技术人员: a people noun and the words saying which staff, each of two
// characters.
const STAFF = "(?:\\p{Script=Han}{2}){0,2}(?:人员|力量|骨干|干部|专家|联络员|民警|干警)";
// The verb of sending and whom it sends: the one sent is people, so 派出所 and 派驻纪检组 (bodies) and
// 出入境管理局 are no such clause.
const SENDS = "(?:安排|抽调|抽派|抽(?![调派])|选派|选调|委派|指派|派出|派遣|派(?![出遣])|出)";
const SENT = `(?:${HEADCOUNT}|${STAFF}|${HEAD_OF_BODY}|${POST}|专人|员)`;
const TEAM_FORMED = "(?:联合)?(?:组成|组建)";
// (group 1: a verb sending people, not a head count or the team alone)
const SENDING = `${DISTRIBUTIVE}?(?:(${SENDS}${SENT})|${HEADCOUNT}|${TEAM_FORMED})`;
// Tried at every position (a lookahead): a clause opens where the name before it ends. Group 2 is a
// people noun straight after the name, closing the item or followed by the team or a role.
const STAFFING_CLAUSE = new RegExp(`(?=${SENDING}|(${STAFF})(?:$|${TEAM_FORMED}|${ROLE_RUN}))`, "gu");

// `各县(市、区)党委和人民政府`, `高新区党工委和管委会`: a body named without its place after 和 shares
// the place before it; the phrase names one group, and a bare 人民政府 is no unit.
// (高新区党工委和管委会牵头, …和管委会各派1人, …和管委会加强监管, …和管委会和区财政局: what follows
// the bare body is no part of it.)
const BARE_BODY = new RegExp(
  `^(?:人民政府|政府|管委会|党委|党工委|纪委|人大|政协|办事处)(?=$|[，,；;、/／\\s(（和与及]|等|${ROLE_RUN}|${SENDING}|${STAFF}|${PREDICATE_OPENING.source})`,
  "u",
);

// A staffing clause up to the next break (各安排1名副局长, 组成1个督查小组): what a cell of names says
// its bodies send, covered by the names as role words are.
const STAFFING_CLAUSE_TEXT = new RegExp(`(?:${SENDING}|${STAFF})[^，,；;、。]*`, "gu");

// 县政协, 县人大: a governing body closes a name too, though not in a body's suffix.
const ENDS_IN_GOVERNING_BODY = new RegExp(`${GOVERNING_BODY}$`, "u");

interface StaffingClause {
  /** Where the clause starts: the end of the name before it (0 when the text is only the clause). */
  at: number;
  /** A verb sends people (各派1名…, 抽调精干力量), not a head count or the team alone. */
  sends: boolean;
  /** People named straight after the name (市公安局精干力量). */
  people: boolean;
}

/** Where a staffing cell's clause starts after the name, if the text holds one. A clause of sending
 * opens at the first complete name; people belong to the last one before them, for the words saying
 * which staff may end like a name (县科技局科技人员, 中心支行精干力量). */
function staffingClause(text: string): StaffingClause | null {
  let owner: number | null = null;
  for (const m of text.matchAll(STAFFING_CLAUSE)) {
    // (各乡镇(街道)分别抽调…: a bracket after the name qualifies it and ends it too)
    const name = text.slice(0, m.index).replace(TRAILING_BRACKETS, "");
    if (m.index > 0 && !(name.length >= 2 && (endsLikeUnitName(name) || ENDS_IN_GOVERNING_BODY.test(name)))) continue;
    if (m[2] === undefined) return { at: m.index, sends: m[1] !== undefined, people: false };
    owner = m.index;
  }
  return owner === null ? null : { at: owner, sends: false, people: true };
}

/** The item without what a staffing cell says after the name (交通局各安排1名副局长 → 交通局); "" when
 * the item is only such a clause (组成2个督查小组) or only people (工作人员). A governing body named
 * bare before a people noun makes a title with it (政府督学人员, as 人大代表 is one), no body. */
function withoutStaffingClause(text: string): string {
  const clause = staffingClause(text);
  if (!clause) return text;
  const name = text.slice(0, clause.at);
  return clause.people && BARE_GOVERNING.test(name) ? "" : name;
}

/** Whether a text names bodies and says whom they send (县教育局、人社局各派1名分管领导): the people
 * in it are the bodies' staff sent to the work, not persons named by the office they hold. */
export function saysWhomBodiesSend(text: string): boolean {
  const clause = staffingClause(normaliseText(text));
  return clause !== null && clause.sends && clause.at > 0;
}

interface Item {
  text: string;
  /** The separator after the item (、, 和, ，; a space or a line break between names read as 、), "" at
   * the end. */
  separator: string;
  /** The item and the next were written apart (a space, a line break), with no separator. */
  writtenApart: boolean;
  /** The item ends a clause (，；): roles written later do not reach back past it. */
  endsClause: boolean;
  /** A role the item's position gives (`会同B、C`: co up to the end of the clause), before any
   * role word in the item. */
  role: UnitRole | null;
  /** Which sentence (to 。) of the cell the item stands in, from 0. */
  sentence: number;
}

// A place named in full as the unit (宁陵县, 睢县, 西华镇): the county or town itself, not a level
// (市县, 各县).
const PLACE_NAME = /^(?!各)\p{Script=Han}+[县市旗州区镇乡]$/u;
const WORD_SEPARATOR = /[\s、，,；;]/u;
const isPlaceName = (word: string) => PLACE_NAME.test(word) && !LEVEL_WORDS.test(word);
const firstWord = (text: string) => text.split(WORD_SEPARATOR)[0];
const lastWord = (text: string) => text.split(WORD_SEPARATOR).pop() ?? "";

const PHONE_START = /^(?:\(?0\d{2,3}\)?-?)?\d{7,8}(?!\d)|^1[3-9]\d{9}(?!\d)/u;

/** Marks whitespace that separates two names (`县政务中心\n县财政局`) and removes whitespace that
 * splits one (`自然资源 和规划分局`). */
function markListBreaks(text: string): string {
  return collapseSpaces(
    text.replace(/[\s\u00a0\u3000]+/g, (run: string, offset: number, whole: string) => {
      const before = whole.slice(0, offset);
      const after = whole.slice(offset + run.length);
      if (before === "" || after === "") return "";
      if (ENUMERATOR.test(after)) return LIST_BREAK;
      // inside brackets, or before a bracket naming the body again (县市场监管局\n(县食安办)): one item
      if (/^\(/u.test(after) || !isBalanced(before.replace(/\([^()]*\)/gu, ""))) return "";
      if (/^\d/.test(after) && endsLikeUnitName(before)) return LIST_BREAK; // 县住建局 2023年12月
      if (PHONE_START.test(after)) return LIST_BREAK; // 县住建局 张三 13800000000
      // 各镇(办) 经开区: a bracket closing a complete name ends it too
      if (/\)$/u.test(before) && /^\p{Script=Han}/u.test(after) && isUnitListBreak(before.replace(TRAILING_BRACKETS, ""), after)) {
        return LIST_BREAK;
      }
      if (LABEL_START.test(after) || (ENDS_WITH_POST.test(before) && /^\p{Script=Han}/u.test(after))) return LIST_BREAK;
      // 宁陵县 睢县; not 城乡 一体化示范区, where 城乡 is a field of work that the next piece completes
      const place = lastWord(before);
      if (isPlaceName(place) && !endsInFieldOfWork(place) && isPlaceName(firstWord(after))) return LIST_BREAK;
      const withinHan = /\p{Script=Han}$/u.test(before) && /^\p{Script=Han}/u.test(after);
      if (!/[\r\n]/.test(run) && !withinHan) return run;
      return isUnitListBreak(before, after) ? LIST_BREAK : "";
    }),
  );
}

function isBalanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c) && --depth < 0) return false;
  }
  return depth === 0;
}

/** `(市财政局牵头，各县市区人民政府负责)` as written after a paragraph: the brackets wrap the list. */
function unwrapParentheses(text: string): string {
  const m = /^[(【[](.*)[)】\]]$/u.exec(text);
  return m && isBalanced(m[1]) ? m[1] : text;
}

const GROUP_OPENERS = "(【[〔［";
/** Labels (责任单位：, 整改时限:) need a colon: most cells have none and skip their patterns. */
const hasColon = (text: string) => text.includes(":") || text.includes("：");

/** The bracketed groups at the top level of a text, as [opener, closer] offsets
 * (`(责任单位:各县(市、区)政府)` is one group). */
function topLevelGroups(text: string): [number, number][] {
  const groups: [number, number][] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPENERS.includes(c)) {
      if (depth++ === 0) start = GROUP_OPENERS.includes(c) ? i : -1;
    } else if (CLOSERS.includes(c) && depth > 0 && --depth === 0 && start >= 0) {
      groups.push([start, i]);
    }
  }
  return groups;
}

/** `交通运输局小区- 外墙破旧横幅(责任单位:洋都社区)`, `…门前违规停车。(责任单位:区住建局)`: a bracket
 * opening with a unit label names the units; the place or the problem it follows names none. After
 * a labelled list (`责任单位：A（配合单位：B）`) it is the next list. */
function unitsInLabelledBrackets(text: string): string {
  if (!hasColon(text)) return text;
  // (县财政局(具体负责：周丽): a bracket labelling a person is a note on the name before, no list)
  const labelled = topLevelGroups(text).filter(([from, to]) => ROLE_PREFIX.test(text.slice(from + 1, to)) && !namesPersons(text.slice(from + 1, to)));
  if (!labelled.length) return text;
  if (!ROLE_PREFIX.test(withoutNumberBeforeLabel(text))) return labelled.map(([from, to]) => text.slice(from + 1, to)).join("；");
  let out = "";
  let at = 0;
  for (const [from, to] of labelled) {
    out += `${text.slice(at, from)}；${text.slice(from + 1, to)}`;
    at = to + 1;
  }
  return out + text.slice(at);
}

// `某港及铁路专用线项目建设领导小组成员单位`: 及 between two things a body's name is about (a port, a
// kind of project) joins them inside that one name — the piece before names no body nor place, and
// what follows closes into a group's or an office's name.
const CLOSES_ONE_BODY = /(?:小组|工作组|指挥部|成员单位|办公室|专班|委员会)$/u;

function joinsObjectsOfOneName(before: string, text: string, at: number): boolean {
  if (before.length < 2 || endsAnItem(before) || isPlaceName(before)) return false;
  const after = upToSeparator(text, at + 1, NAME_END).replace(ROLE_ONWARD, "");
  // (…火锅店及市经济运行监测联席会议其他成员单位: a name opening with its own place is no object of the one before)
  return CLOSES_ONE_BODY.test(after) && !isNameWithItsPlace(after);
}

const LEVEL_START = new RegExp(`^${PLAIN_LEVEL}`, "u");

/** Whether a role word ending at `end` is the start of a place's name (会同县, 怀化市会同县人民政府):
 * a level follows it, and nothing is named before it for it to join (the cell's start, the start of
 * a list's next member — a list's member is a name, 县财政局、会同县教育局, while after a clause's end
 * 会同 joins the body before, 县发改局牵头，会同县财政局 — or a bare place of which it names the part:
 * `before` the name so far, after any label (配合单位：会同县财政局: a label opens a list, whose first
 * member is a name), `opensListMember` whether the item opens the cell, follows 、 or a label). */
function opensPlaceName(text: string, end: number, before: string, opensListMember: boolean): boolean {
  return LEVEL_START.test(text.slice(end)) && ((before === "" && opensListMember) || isPlaceName(before));
}

// 和县, 和田地区, 呼和浩特市, 新和县: with nothing before it in the item, or one character that is no
// level (呼, 新: no name is a single character), 和 has no name before it to join to the one after:
// it is a character of the place's own name.
const NO_NAME_BEFORE = new RegExp(`^[^${LEVEL_CHARACTERS}]?$`, "u");

/** What an item names before a point in it, from where the name opens: after a label (牵头单位：),
 * an enumerator or a request (1. 由). */
const LABEL_COLON = /[:：]/u;
const nameSoFar = (item: string) => cleanName(item.slice(Math.max(item.lastIndexOf(":"), item.lastIndexOf("：")) + 1));

// 新疆维吾尔自治区和田地区, 雁塔区和平街道, 马鞍山市和县人民政府: places are written from the larger to
// the smaller, so after a place named in full, 和 opens a place within it when a level of a lower
// tier follows with one character of the place's own name before it (和田地区, 和平街道), or alone
// with its government (和县人民政府: a level's government takes the place written before it). A
// place of its tier or above stands beside it (大荔县和县财政局, 城关镇和县直各部门), and so does a
// level's department (华阴市和区住建局: the plan's own district's bureau).
const TIER_CLOSING = new RegExp(`${TIER}$`, "u");
const TIER_AFTER_ONE_CHARACTER = new RegExp(`^[^${LEVEL_CHARACTERS}各]${TIER}`, "u");
const TIER_GOVERNMENT = new RegExp(`^${TIER}(?:人民政府|政府)$`, "u");

function opensPlaceWithin(before: string, next: string): boolean {
  const inner = isPlaceName(before) ? tierMatched(TIER_AFTER_ONE_CHARACTER.exec(next) ?? TIER_GOVERNMENT.exec(next.replace(ROLE_ONWARD, ""))) : null;
  if (inner === null) return false;
  const outer = tierMatched(TIER_CLOSING.exec(before));
  return outer !== null && inner > outer;
}

// 科尔沁区庆和镇人民政府, 蒸湘区联合街道办事处, 珙县玉和苗族乡, 乌拉特后旗呼和温都尔镇: after a place named
// in full, characters naming nothing (no level, no body's suffix, no name's end) are the first of a
// smaller place's own name when that place's level follows — or an ethnic township's people and
// level (苗族乡) — and the own name holds whatever words it holds (庆和, 联合): 和 joins and 联合 acts
// only between names. One character names nothing (no name is a single character), so the own name
// may run on past 和 (呼和温都尔); two or three may be a body's short name (宁陵县公安和城关镇), so the
// level must follow at once. After a body's name (滁州海关和区畜牧业发展中心) 和 joins.
const OWN_NAME_CHARACTER = `[^${LEVEL_CHARACTERS}${BODY_SUFFIX_CHARS}各]`;
const OWN_NAME_BEGUN = new RegExp(`^(\\p{Script=Han}+[${LEVEL_CHARACTERS}])(${OWN_NAME_CHARACTER}{1,3})$`, "u");
const SMALLER_PLACE_LEVEL = `(?:\\p{Script=Han}{1,3}族)?${TIER}`;
const LEVEL_NEXT = new RegExp(`^${SMALLER_PLACE_LEVEL}`, "u");
const OWN_NAME_THEN_LEVEL = new RegExp(`^${OWN_NAME_CHARACTER}{0,3}?${SMALLER_PLACE_LEVEL}`, "u");

/** Whether `before` is a place named in full and the start of a smaller place's own name, which
 * `rest` runs on to that place's level. */
function continuesOwnNameWithin(before: string, rest: string): boolean {
  const begun = OWN_NAME_BEGUN.exec(before);
  if (!begun || !isPlaceName(begun[1]) || endsAnItem(before) || ENDS_IN_GOVERNING_BODY.test(before)) return false;
  const outer = tierMatched(TIER_CLOSING.exec(begun[1]));
  const inner = tierMatched((begun[2].length === 1 ? OWN_NAME_THEN_LEVEL : LEVEL_NEXT).exec(rest));
  return outer !== null && inner !== null && inner > outer;
}

/** Whether the 和 or 与 at `at` joins the name the item holds so far, from `start`, to the one after. */
function joinsTwoNames(text: string, start: number, at: number): boolean {
  const before = text.slice(start, at);
  const named = nameSoFar(before);
  const next = upToSeparator(text, at + 1, NAME_END);
  return (
    // A bracket closing the name qualifies it (各镇(办)和经开区): the name ends before it.
    // (县直各有关单和县交通局: a name with its own place after 和 starts an item whatever name,
    // complete or cut short, stands before; with none before, 和 is the place's: 和县, 呼和浩特市)
    (endsAnItem(before.replace(TRAILING_BRACKETS, "")) || (opensNameOfItsOwn(next) && !NO_NAME_BEFORE.test(named))) &&
    HAN_START.test(next) &&
    !BARE_BODY.test(text.slice(at + 1)) &&
    !opensPlaceWithin(named, next) &&
    !continuesOwnNameWithin(named, next) &&
    !continuesCommitteeName(before, next)
  );
}

/** Cuts a cell into items at 、，；, at 及 / 以及 / 会同 and, after a complete name, 和 / 与 / 会;
 * never inside brackets (各县(市、区)政府) nor inside a run of levels (各县、市、区政府). */
function splitAtTopLevel(withBreaks: string): Item[] {
  const text = withBreaks.replace(LIST_BREAKS, "、");
  const items: Item[] = [];
  let depth = 0;
  // The item being read is always text.slice(start, i): separators are skipped by moving start.
  let start = 0;
  let nextRole: UnitRole | null = null;
  let sentence = 0;
  const cut = (at: number, resume: number, endsClause: boolean, roleOfNext: UnitRole | null = null) => {
    const writtenApart = withBreaks[at] === LIST_BREAK;
    items.push({ text: text.slice(start, at), separator: text.slice(at, resume), writtenApart, endsClause, role: nextRole, sentence });
    if (text.charCodeAt(at) === FULL_STOP) sentence++;
    start = resume;
    nextRole = roleOfNext ?? (endsClause ? null : nextRole);
  };
  // Read by character code: a string for each character read would be garbage for every cell.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (depth === 0 && (start === i || isCodeOf(text, i - 1, COLON))) {
      const levelsEnd = sharedLevelsEnd(text, i);
      if (levelsEnd > 0) {
        i = levelsEnd - 1;
        continue;
      }
    }
    const kind = CODE_KIND[c];
    if (kind & OPENER) depth++;
    else if (kind & CLOSER) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      if (kind & CLAUSE_SEPARATOR) {
        cut(i, i + 1, true);
        continue;
      }
      if (kind & LIST_SEPARATOR) {
        cut(i, i + 1, false);
        continue;
      }
      // ①市住建局②市财政局: the number opens the next item.
      if (c >= CIRCLED_ONE && c <= CIRCLED_TWENTY && start !== i) cut(i, i, false);
      const objectsOfOneName = (c === YI || c === JI) && joinsObjectsOfOneName(text.slice(start, i), text, i);
      if (c === YI && text.charCodeAt(i + 1) === JI && !objectsOfOneName) {
        cut(i, i + 2, false);
        i++;
        continue;
      }
      // (县财政局及时拨付: 及时, in time, is an adverb of what the body does, no 及 before a name)
      const inTime = text.charCodeAt(i + 1) === SHI;
      if (c === JI && !objectsOfOneName && !inTime && !(i > start && NOT_JI_AFTER.has(text.charCodeAt(i - 1)))) {
        // 及其有关部门 (and its departments): 其 is no part of the name after it (其他 is).
        const its = text.charCodeAt(i + 1) === QI && text.charCodeAt(i + 2) !== TA;
        cut(i, its ? i + 2 : i + 1, false);
        if (its) i++;
        continue;
      }
      if (c === HUI) {
        // (会同单位：A opens a labelled list, as 配合单位：A does; 会同县 opens a place's name)
        const soFar = text.slice(start, i);
        const opensListMember = start === 0 || isCodeOf(text, start - 1, LIST_SEPARATOR) || LABEL_COLON.test(soFar);
        const joinedWith = text.charCodeAt(i + 1) === TONG && !ROLE_PREFIX.test(text.slice(i)) && !opensPlaceName(text, i + 2, nameSoFar(soFar), opensListMember);
        if (joinedWith || isLoneHuiJoin(text.slice(start, i), text, i)) {
          cut(i, joinedWith ? i + 2 : i + 1, false, "co");
          if (joinedWith) i++;
          continue;
        }
      }
      if ((c === HE || c === YU) && joinsTwoNames(text, start, i)) {
        cut(i, i + 1, false);
        continue;
      }
    }
  }
  cut(text.length, text.length, true);
  return items;
}

// ---------------------------------------------------------------- pieces that name nothing

// One rule for a piece of a cell that names no body on its own (namesNothingAlone: 单位, 企业, 镇,
// 局, 所属): it is never a unit. Split off by 、 or 和 after a quantified piece (各, 有关, a count …) whose
// head is of its sort, it is one more head the quantifier distributes over — levels (13个街道、镇,
// 各乡镇、街道办事处) or kinds of body (市直有关部门、单位, 区属各单位、企业) — and continues that
// piece: one catch-all. Anywhere else it completes nothing and is dropped (消防署及所属: the bodies
// under 消防署 are its own to hand the task on to), unless the cell names nothing else. (Whitespace
// before a piece that only ends a name, or after one that is only a field of work, is no separator
// at all: isUnitListBreak.)
const LEVELS_QUANTIFIER = new RegExp(`^(?:全${PLAIN_LEVEL})?(?:${EVERY_BODY_OF}+|所有|全体|全|${COUNT})`, "u");
/** Whether a name is levels alone, an alternative in brackets or not (乡镇, 村居, 村(社区), 县(市、区),
 * 街道、乡镇和村居). */
const namesOnlyLevels = (name: string) => LEVEL_WORDS.test(name.replace(/[()、和]/gu, ""));
/** Whether a name is a quantifier over levels alone (各乡镇, 13个街道、镇, 各县(市、区)). */
function quantifiesLevels(name: string): boolean {
  const quantifier = LEVELS_QUANTIFIER.exec(name);
  return quantifier !== null && namesOnlyLevels(name.slice(quantifier[0].length));
}
const LEVEL_GOVERNMENT_HEAD = new RegExp(`^${PLAIN_LEVEL}+(?:人民政府|政府|办事处)$`, "u");
const QUANTIFIED_KINDS = new RegExp(`(?:${EVERY_BODY_OF}|直属|下属|所有|全体|${COUNT})\\p{Script=Han}*${KIND_OF_BODY}(?:、${KIND_OF_BODY}+)*$`, "u");
const BARE_KINDS = new RegExp(`^${KIND_OF_BODY}+$`, "u");
// `各区、县(市)党委、政府`: a bare governing body (政府, 人大 …) after quantified levels' first one is one
// more head of the same levels, as 和 joins them (各县(市、区)党委和人民政府).
const QUANTIFIED_GOVERNING = new RegExp(
  `^(?:全${PLAIN_LEVEL})?(?:${EVERY_BODY_OF}+|所有|全体|${COUNT})(?:${ANY_LEVEL}|${LEVEL_JOINER}|[()（）])+${GOVERNING_BODY}(?:[、和]${GOVERNING_BODY})*$`,
  "u",
);
const BARE_GOVERNING = new RegExp(`^${GOVERNING_BODY}$`, "u");
// Bare levels enumerated after a quantifier over levels are one catch-all whatever their tiers
// (各街道、乡镇、村居, 各县(市、区)、乡镇); a level's government continues only levels of its tier: in
// 各乡镇、县人民政府 the county's government is one body.
const HEADS_OF_A_SORT: [head: (name: string) => boolean, continues: (quantified: string, head: string) => boolean][] = [
  [namesOnlyLevels, quantifiesLevels],
  [
    (head) => LEVEL_GOVERNMENT_HEAD.test(head),
    (quantified, head) => quantifiesLevels(quantified) && BELOW_COUNTY.test(quantified) === BELOW_COUNTY.test(head),
  ],
  [(head) => BARE_KINDS.test(head), (quantified) => QUANTIFIED_KINDS.test(quantified)],
  [(head) => BARE_GOVERNING.test(head), (quantified) => QUANTIFIED_GOVERNING.test(quantified)],
];

// The marks that join heads of one phrase; / and 及 add items of their own (各乡镇/镇人民政府).
const HEADS_JOIN = /^[、和]$/u;

/** The name an item ends on, with no role of its own (教育部等有关部门: 有关部门, the name a head
 * after it continues), or null. A list's label opening the item (责任单位：各乡镇) is the role of
 * the whole list, the heads after it included (责任单位：各乡镇、街道 reads as 各乡镇、街道 does). */
function lastName(item: Item): string | null {
  const reading = readItemOnce(item.text);
  return reading.names.length > 0 && !reading.settles && !reading.ownRole && !reading.marked ? reading.names[reading.names.length - 1] : null;
}

/** The items with each bare head joined to the quantified piece before it that it continues. */
function withHeadsContinued(items: Item[]): Item[] {
  const joined: Item[] = [];
  for (const item of items) {
    const previous = joined[joined.length - 1];
    const bare = readItemOnce(item.text).names;
    const sort = previous && HEADS_JOIN.test(previous.separator) && bare.length === 1 ? HEADS_OF_A_SORT.find(([head]) => head(bare[0])) : undefined;
    const quantified = sort ? lastName(previous) : null;
    const continues = sort !== undefined && quantified !== null && sort[1](quantified, bare[0]);
    if (continues) joined[joined.length - 1] = { ...item, text: `${previous.text}${previous.separator}${item.text}`, role: previous.role, sentence: previous.sentence };
    else joined.push(item);
  }
  return joined;
}

// The words that open a clause naming who does the work, before the body and no part of its name.
// 由 (by) names the actor, after any of the linking (并由, 另由, 即由), scoping (均由, 分别由, 其中由),
// manner (具体由, 统一由, 主要由) or proposing (建议由, 拟由, 交由) words it takes: none of these runs
// on into a body's name, and 自由 (自由贸易试验区) is not among them.
const BEFORE_BY = "(?:并|另|亦|也|仍|即|均|全部|一律|分别|其中|具体|统一|主要|建议|拟|需要?|交)";
// A request or demand made of the body (请市文明办协调解决, 请示县政府, 要求县卫健委牵头, 责成区城管局),
// or which of the listed takes a role (A、B，其中B牵头).
const REQUEST = "(?:(?:提|报|商)?请[示求]?|建议|要求|责成|需要?|其中)";
// 即 (namely) before a level opening the name (即县水务局, 即各乡镇): 即墨区 is a place's own name.
const NAMELY = `即(?=[${GOVERNED_LEVEL_CHARACTERS}各])`;
// A subject naming the work before 由 (此项工作由公安分局牵头, 该项任务由…, 上述任务均由…, 以上工作由…,
// 这些事项由…): it opens the clause as the connectives do and is no part of a name, though a name may
// open with its characters (本溪市, 本级财政): only 由 after it makes it the clause's opening.
const WORK_SUBJECT = "(?:此|该|本|这|上述|以上|前述)(?:项|些)?(?:工作|任务|事项|措施|内容)?";
const BY_OPENING = `(?:${WORK_SUBJECT})?${BEFORE_BY}*由`;
// 会议要求各单位认真落实, 通知要求各乡镇负责: a catch-all after a verb of asking, urging or directing
// others, with words before the verb, is whom the sentence asks — its object, no body answering for
// the task. A catch-all names bodies where it opens a cell or a clause or follows a level, a place or
// an affiliation (县直各部门, 全县各乡镇); a request opening the cell (要求各单位…) names the bodies
// asked (REQUEST_OPENING), and a body's name before an action (区住建局指导各街道) is cut off first.
const ASKS_OF_EACH = new RegExp(`(?<=\\p{Script=Han})(?:要求|责成|督促|敦促|催促|指导|组织|动员|号召|通知|(?:分派|分解|下达|交办)[到给至])(?=${EACH_QUANTIFIER})`, "u");
// The opening of a clause naming its actor after 由, up to and with 由.
const OPENS_BY_CLAUSE = new RegExp(`^${BY_OPENING}`, "u");
// 以A为主 (A mainly): 以 opens the phrase, not the name (以上 / 以下 are remarks, no name).
// 抽调市消防救援支队、…: the bodies a team is drawn from, named after the verb that draws it.
const REQUEST_OPENING = new RegExp(`^(?:${BY_OPENING}|${REQUEST}|${NAMELY}|以(?![上下])|抽调|选派|选调)`, "u");

function cleanName(raw: string): string {
  return collapseSpaces(raw)
    .replace(ENUMERATOR, "")
    .replace(REQUEST_OPENING, "")
    .replace(/^[\s:：。.!！?？·]+|[\s:：。.!！?？·]+$/gu, "")
    .replace(QUALIFIER_TAIL, "");
}

// The grammar of a public body's name: [place] body suffix. A place word (省 市 州 县 区) right
// after a complete body's suffix starts the next name when what follows is a complete name too:
// `县财政局县发改委` is two bodies. Not after a place (高新区市场监管局 is the zone's bureau) nor
// after a bare 县委 / 市委 (县委县政府督查室 is one joint office).
const BODY_SUFFIX = new RegExp(`(?:[${BODY_SUFFIX_CHARS}]|中心|公司|集团|[员工商协学委]会|[妇残文侨]联|科协)${NOT_A_NOUN_IN_JU}$`, "u");
// A name starts with a level (县财政局), with 各 and a level (各乡镇), or with a town named in full
// (城关镇人民政府).
const PLACE_START = new RegExp(
  `^(?:[${GOVERNED_LEVEL_CHARACTERS}](?=\\p{Script=Han}{2})|团(?=[省市州盟县旗区]委)|各(?=\\p{Script=Han}{2})|\\p{Script=Han}{2,3}(?:镇|乡|街道)(?:人民政府|政府|办事处|党委|党工委)?$)`,
  "u",
);
// `市生态环境局县分局`: a place and a branch is the body's branch there, not a body of its own.
const BRANCH = new RegExp(`^[${GOVERNED_LEVEL_CHARACTERS}](?:分局|分中心|分院|分所|支队|大队|中队|分公司|支行|分行)$`, "u");
// `县政府各部门`, `市疫情防控指挥部各工作组`, `县公安局各派出所`: 各 run on after a body's name is every
// such part of that body — one catch-all scoped to it. Not 各 and places (`县财政局各乡镇`): the
// townships are no part of a bureau, so a separator went missing there.
const scopesToBodyBefore = (rest: string) => rest.startsWith("各") && !namesAdministrativeLevel(rest.slice(1));
const BARE_PARTY_COMMITTEE = new RegExp(`^[${GOVERNED_LEVEL_CHARACTERS}]委$`, "u");
// 宁陵县委县政府督查室, 临川区委区政府办公室: a place's party committee and its own level's government
// share one office; the place, named once before both, makes them no two bodies, as 县委县政府 is none.
const PLACE_PARTY_COMMITTEE = new RegExp(`^[^${GOVERNED_LEVEL_CHARACTERS}各]{2,3}([${GOVERNED_LEVEL_CHARACTERS}])委$`, "u");
const sharesGovernmentOffice = (first: string, rest: string) => {
  const level = PLACE_PARTY_COMMITTEE.exec(first)?.[1];
  return level !== undefined && new RegExp(`^${level}(?:人民)?政府`, "u").test(rest);
};
// A suffix's last character right before a place: the only spots where a name may end (one pass).
const SUFFIX_THEN_PLACE = new RegExp(
  `[局委办科处室站所院队股馆厂署厅府部校台心司团会联协](?:[${GOVERNED_LEVEL_CHARACTERS}各团]|\\p{Script=Han}{2,3}(?:镇|乡|街道))`,
  "u",
);

// Without a place, a name runs on from another only as a peer: after a body that holds no others
// (a 股, 室, 馆, 所, 站, 办 or 会 with ≥ 2 characters before it), a standalone body with ≥ 2 characters
// before its 馆 / 所 / 站 (文化宣传股文化馆, 县文化馆图书馆, 综治办派出所). After a bureau or a
// government, what follows is one of its parts (县政府办公室, 县公安局城关派出所), as is a 科 / 室 /
// 中心 after any body; 图书馆分馆 is a branch.
const PEER_FIRST = /\p{Script=Han}{2}[股室馆所站办会]$/u;
const PEER_REST = /^\p{Script=Han}{2,}(?<!分)[馆所站]$/u;
// 彰北办事处, 县政府办公室: where the first's suffix runs on, a cut would fall inside it.
const SUFFIX_RUNS_ON = /^(?:事处|公[室厅])/u;
// 人力资源和社会保障厅: 社会 (society) ends in 会 but is no body, so nothing is cut after it.
const SOCIETY = /社会$/u;
const isPeerPair = (first: string, rest: string) =>
  PEER_FIRST.test(first) && PEER_REST.test(rest) && !SUFFIX_RUNS_ON.test(rest) && !SOCIETY.test(first);
// 汉台区人民政府: two characters and no level before a level are a place's own name (汉台, 南郑),
// not a body ending in 台 or 府: the level and what follows belong to that place.
const PLACE_OWN_NAME = new RegExp(`^[^${GOVERNED_LEVEL_CHARACTERS}]{2}$`, "u");
// 中站, 南部: two characters ending in a one-character suffix, which a place's own name may end in.
const OWN_NAME_ENDING_IN_SUFFIX = new RegExp(`^[^${GOVERNED_LEVEL_CHARACTERS}][${BODY_SUFFIX_CHARS}]$`, "u");

/** Whether `first` ends in a place's own name, the level opening `rest` that place's: two characters
 * at the start (汉台区人民政府), or after a place named in full and before a level of a lower tier
 * (焦作市中站区, 南充市南部县): a place within it. */
function endsInPlaceOwnName(first: string, rest: string): boolean {
  if (PLACE_OWN_NAME.test(first)) return true;
  const place = OPENS_WITH_PLACE_NAME.exec(first)?.[0];
  if (!place || !OWN_NAME_ENDING_IN_SUFFIX.test(first.slice(place.length))) return false;
  const [outer, inner] = [tierOf(place.slice(-1)), tierOf(rest)];
  return outer !== null && inner !== null && inner > outer;
}

// 镇人民政府, 区政府, 县党委: a level's governing body with no place of its own named.
const BARE_LEVEL_GOVERNMENT = new RegExp(`^[${GOVERNED_LEVEL_CHARACTERS}]${GOVERNING_BODY}$`, "u");
const OPENS_WITH_LEVEL = new RegExp(`^[${GOVERNED_LEVEL_CHARACTERS}]`, "u");

/** Whether the level opening `rest` starts a new name after `first`, which ends in a body's suffix,
 * rather than closing a place's own name that holds a suffix's character before its level (雨花台区,
 * 兴隆台区, 中后所镇): only after a body that stands alone. 雨花台 is none (台 ends a body's name only
 * in 电视台, 气象台 …), so 雨花台区教育局 is the district's bureau. A bare level's government (区人民政府) names
 * no place: it opens a name of its own only after a body opening with its own level, as in a list of
 * one place's bodies (县财政局县人民政府), not after a placeless 中后所. */
function levelOpensNewName(first: string, rest: string): boolean {
  return endsLikeUnitName(first) && (!BARE_LEVEL_GOVERNMENT.test(rest) || OPENS_WITH_LEVEL.test(first));
}

/** Cuts a name written without separators into the names it runs together. */
export function splitRunTogether(name: string): string[] {
  if (/[()]/.test(name) || !(SUFFIX_THEN_PLACE.test(name) || PEER_REST.test(name))) return [name];
  for (let i = 2; i <= name.length - 3; i++) {
    const first = name.slice(0, i);
    const rest = name.slice(i);
    if (isPeerPair(first, rest)) return [first, ...splitRunTogether(rest)];
    if (!PLACE_START.test(rest) || !BODY_SUFFIX.test(first) || BARE_PARTY_COMMITTEE.test(first) || sharesGovernmentOffice(first, rest) || endsInPlaceOwnName(first, rest)) continue;
    if (BRANCH.test(rest) || scopesToBodyBefore(rest) || !levelOpensNewName(first, rest)) continue;
    if (!BODY_SUFFIX.test(rest) && !endsLikeUnitName(rest)) continue;
    return [first, ...splitRunTogether(rest)];
  }
  return [name];
}

// 其他, 以上, 相关 alone: a word pointing back at bodies named elsewhere, not a name.
const BARE_PRONOUN = /^(?:其他|其余|其它|以上|上述|相关)$/u;

/** Names in one item: `A等B` gives A and B; a closing 等 / 等部门 is dropped. */
function namesInItem(text: string): string[] {
  return text
    .replace(QUALIFIER_TAIL, "") // A等部门按职能职责: the share-out goes before the closing 等部门
    .replace(TRAILING_ETC, "")
    .split(ETC_SPLIT)
    .map(cleanName)
    .flatMap(splitRunTogether)
    .filter((n) => n !== "" && !NO_UNIT.test(n) && !BARE_PRONOUN.test(n));
}

export interface ParsedUnits {
  /** Distinct units in order of appearance. */
  units: Unit[];
  /** The first unit marked 牵头 (or 主办), if any. */
  markedLead: string | null;
  /** The pieces read as work, not who does it (推动高质量发展: see readsAsWork), and what clauses say
   * their bodies do where that states no share of the task (主动发起: see STATES_SHARE), when there are any. */
  work?: string[];
}

/**
 * The share of a cell's characters (punctuation and spaces apart) that its unit names and role
 * words take: near 1 for a cell of names (省发展改革委牵头,各地、各部门配合。), low for a sentence that
 * merely names bodies (成立由市政府领导同志负责、有关部门参加的…协调推进机制。).
 */
export function nameCoverage(text: string, units: Unit[]): number {
  const letters = (s: string) => s.replace(/[\p{P}\s]/gu, "").length;
  // Names first: a catch-all may hold a role word (局主办科室, 相关责任部门).
  let rest = text;
  for (const u of units) rest = rest.replace(u.name, "");
  rest = rest.replace(ROLE_WORD, "").replace(STAFFING_CLAUSE_TEXT, "");
  const all = letters(text);
  return all === 0 ? 0 : 1 - letters(rest) / all;
}

/** Whether a text names a role (牵头, 配合, 负责…), as a remark on how a cell's names share the work does. */
export function namesRole(text: string): boolean {
  return text.match(ROLE_WORD) !== null;
}

export interface ParseUnitsOptions {
  /** More catch-all names (settings). */
  catchAll?: string[];
  /** Role of a unit with no role word; `responsible` unless the column says 牵头 / 配合. */
  defaultRole?: UnitRole;
  /** Whether a lead mark (▲, a single *) picks out the lead: true unless the sheet's marks set no
   * unit apart (read.ts). The mark never stays in the name. Read only for a marked name. */
  marksLead?: boolean;
  /** The column names the body that publishes each item of a catalogue every place of a tier fills
   * in for itself (政务公开标准目录's 公开主体): a name of that tier's kinds of places alone
   * (乡镇人民政府, 县(市、区)) is the filler's own body, one body, where a plan splitting tasks among
   * places means every one of them. */
  ownBodyByLevel?: boolean;
  /** The column's header names persons beside the bodies (责任单位及责任人): a short word after a
   * body's name is a person's name, whatever its surname. */
  personsBeside?: boolean;
}

/** What one item of a cell says, read from its text alone (items repeat across a plan's cells). */
interface ItemReading {
  /** `牵头单位：` opening the item: the role of the list from here on. */
  listRole: UnitRole | null;
  /** The label says the role in words (牵头单位：, 问题整改责任单位：), not only that its bodies take
   * part (数据来源单位：). */
  labelStatesRole: boolean;
  /** The tier the list's label names (省牵头单位：, 市级牵头部门：), 1 the highest; see tierOf. */
  labelTier: number | null;
  /** A scope label (局内：, 省份：, 地方：) or one grouping bodies (城区：, 杭州：) opens the item: a new
   * list, whose role the label leaves to the column, of the bodies sitting there. */
  scoped: boolean;
  /** The label of a field other than bodies (适用范围：, 完成时限：) opens the item: the field, up to
   * the next label of bodies, names none. */
  otherField?: boolean;
  /** A remark, not names (同上, 详见附件). */
  remark: boolean;
  names: string[];
  /** A bracketed role closing the item (`A(牵头)`): the names' own role. */
  ownRole: UnitRole | null;
  /** A lead mark against the name (▲发改局, 县财政局*): the lead where the sheet's marks mean one. */
  marked: boolean;
  /** What the clause says its body does where that states no share of the task (县民政局|主动发起):
   * a deed, told of the work, not of who answers for it. */
  deed?: string;
  /** A role word after the names (`A、B配合`): settles every name since the last one. */
  settles: UnitRole | null;
  /** The role word says each unit named takes it (`A，B分别牵头`): it reaches back over commas. */
  each: boolean;
  /** The role word is a lead word (牵头, 主办), which makes a lead however many share it. */
  settlesByLeadWord: boolean;
}

const EACH = /^(?:分别|各自|共同)/u;
// 牵头 and 主办 name the lead, the first of several sharing them too (A、B牵头). 负责 names who answers
// for the work, 主责 / 为主 whom it mainly falls to: one body leads by them, several share the work.
const LEAD_WORD = /牵头|主办/u;

/** What a role word after the names says of them (nothing when `run` is null). */
function settledBy(run: string | null): Pick<ItemReading, "settles" | "each" | "settlesByLeadWord"> {
  return { settles: run === null ? null : roleOfRun(run), each: run !== null && EACH.test(run), settlesByLeadWord: run !== null && LEAD_WORD.test(run) };
}

// `，负责统筹协调全县学校安全工作` (or on a line of its own): a role word and the task it takes on,
// for the names before.
const ROLE_OPENS_TASK = new RegExp(`^(${ROLE_RUN})(?=\\p{Script=Han}{2})`, "u");

// 另行确定, 待定, 按市府办通知另行确定, 根据工作需要确定, 由市政府另行明确: who takes part is to be
// settled later. An item ending on a verb of deciding (no body's suffix after it) is that instruction,
// not a name — not even of the body it says will decide, which takes no part in the task.
const LEFT_TO_DECIDE = /(?:确定|明确|另定|待定|而定|决定)$/u;

// `张三(县住建局)`: a person with the unit they answer for.
const PERSON_THEN_UNIT = /^([^()]+)\(([^()]+)\)$/u;

// `整改时限:3天`, `适用范围：所有自贸试验区`, `资金来源：市级财政`, `试点地区：杭州、宁波`: a cell or a
// bracket gives, beside who does the work, fields of other things — a time, an area, a target, a
// source of funds, a way of contact. Such a label's head (its last word) names that thing, and its
// field names no unit, though it may name places (杭州) or levels (市级财政). The heads are few and
// recur across plans, so they are listed; a label with any other head groups the bodies after it
// (see labelOfNoRole).
// 地区, 片区 and 辖区 close a place's own name (阿克苏地区, 南沙片区) as often as they head an area the
// task picks out: they head a field only after a word saying the area's part in the task (试点地区,
// 重点片区, 责任辖区), which is no place's name — place names are open-ended, those words few.
const FIELD_HEAD = new RegExp(
  "(?:范围|区域|领域|时限|时间|期限|日期|节点|周期|频次|年限|指标|目标|标准|标志|成果|成效|效果|进度|计划|来源|资金|经费|" +
    "投资|预算|金额|数量|规模|要求|内容|方式|形式|路径|措施|举措|载体|依据|文件|备注|说明|附件|电话|邮箱|地址|地点|" +
    "点位|对象|任务|项目|事项|清单|名称|类型|情况|问题)$",
  "u",
);
const AREA_OF_THE_TASK = /(?:试点|重点|示范|责任|实施|覆盖|适用|推广|所在|涉及)(?:地区|片区|辖区)$/u;
// A label's words are as a label's of bodies (LABEL_CHARACTER: 各乡镇：, 有关单位： are bodies
// speaking; 市本级： a tier's, read as a scope label), two characters at least (注： opens a remark).
const FIELD_LABEL = new RegExp(`^${LABEL_OPENING}(${LABEL_CHARACTER}{2,8})[:：]`, "u");
const PERSON_LABEL_START = new RegExp(`^${PERSON_LABEL}[:：]`, "u");

/** What a label opening a text labels when it is no label of roles, bodies or persons (牵头单位：,
 * 数据提供方：, 主体责任：, 联系人：): a field of another thing (适用范围：, 完成时限：), or a group of the
 * bodies named after it — by place, zone, tier or kind (杭州：, 城区：, 园区外：, 重点：), the label no
 * part of their names, as a scope label's is not. Whatever its head, a label followed by no body's
 * or place's name (总投资：5000万元, 工作路径：以点带面) labels a field too, unless it is itself a body's own name
 * (办公室：张三, 综合科：负责汇总): the body, with its person or duty after. */
function labelOfNoRole(text: string): { field: boolean; length: number } | null {
  const label = FIELD_LABEL.exec(text);
  if (!label || ROLE_PREFIX.test(text) || PERSON_LABEL_START.test(text)) return null;
  const { length } = label[0];
  if (FIELD_HEAD.test(label[1]) || AREA_OF_THE_TASK.test(label[1])) return { field: true, length };
  const first = cleanName(upToSeparator(text, length, NAME_END));
  // (a body, or a place named in full as the unit: 园区外：长沙县)
  if (endsLikeUnitName(first) || isPlaceName(first)) return { field: false, length };
  return endsLikeUnitName(label[1]) ? null : { field: true, length };
}

// `局主办科室`, `委牵头处室` (whichever of its sections is in charge): a role word followed by a bare
// kind of body qualifies that kind; it is no role for the body before (not `A为牵头单位`, `A等单位牵头`).
const ROLE_QUALIFIES_KIND = new RegExp(`(?<![等为是])(?:${ROLE_RUN})${KIND_OF_OFFICE}$`, "u");
// `其他为责任单位`, `其余单位配合`: a pronoun for the bodies listed before names none; the clause giving
// it a role states the cell's convention (with 排第一的为牵头单位) and goes with it.
const BACK_REFERENCE = /^(?:其他|其余|其它|以上|上述)的?(?:单位|部门)?$/u;

/** Whether a role word, or the text after one, is the rest of the name the word stands in (会办 of
 * 社会办, 办公室 after 东西部协作, 公室 after 管委会办): it ends in a body's suffix without opening a
 * name of its own, as a task after a role word (牵头区级规范性文件集中公开工作, 负责城区) or a second
 * body (配合县住建局) does not. */
function continuesName(rest: string): boolean {
  return BODY_SUFFIX.test(rest) && !opensNameOfItsOwn(rest);
}

/** The first ROLE_TAIL of an item that is a role: a role word written after a name is the role of
 * that name only when it does not complete a name the text before leaves unfinished (社会办, 镇社会办
 * are the town's 社会事务办; 县财政局会办 is a role, and in 镇社会办配合 the role is 配合). */
function roleTailAfterName(item: string): RegExpExecArray | null {
  for (let from = 0; from < item.length; from++) {
    const tail = ROLE_TAIL.exec(item.slice(from));
    if (!tail) return null;
    tail.index += from;
    const before = item.slice(0, tail.index);
    const word = tail[0].startsWith(tail[1]) ? FIRST_ROLE_WORD.exec(tail[1])?.[0] : undefined;
    if (!word || endsLikeUnitName(before) || !continuesName(word)) return tail;
    from = tail.index + word.length - 1;
  }
  return null;
}

function readItem(text: string): ItemReading {
  // A cell written as a sentence (`A牵头，B配合。`): the full stop must not hide the role word.
  let rest = withoutNumberBeforeLabel(text.trim().replace(/[。.!！?？]+$/u, ""));
  // (before a role label or after one: 局内：牵头单位：A, 责任单位：局内：A)
  const scopeFirst = SCOPE_LABEL_START.exec(rest);
  if (scopeFirst) rest = rest.slice(scopeFirst[0].length);
  const tiered = TIERED_LABEL.exec(rest);
  const labelTier = tiered ? tierOf(tiered[0]) : null;
  if (tiered) rest = rest.slice(tiered[0].length);
  const label = !tiered && hasColon(rest) ? labelOfNoRole(rest) : null;
  if (label?.field) {
    return { listRole: null, labelStatesRole: false, labelTier, scoped: scopeFirst !== null, otherField: true, remark: false, names: [], ownRole: null, marked: false, ...settledBy(null) };
  }
  if (label) rest = rest.slice(label.length);
  const prefix = ROLE_PREFIX.exec(rest);
  if (prefix) rest = rest.slice(prefix[0].length);
  const scopeAfter = prefix ? SCOPE_LABEL_START.exec(rest) : null;
  if (scopeAfter) rest = rest.slice(scopeAfter[0].length);
  // (a label grouping bodies, 城区：, opens a list as a scope label does)
  const scoped = scopeFirst !== null || scopeAfter !== null || label !== null;
  // A label of another part (数据来源单位：) states no role: its bodies take part as co-operating
  // ones do, and never lead, nor make the responsible ones lead (see `paired` in parseUnits).
  const otherLabel = prefix?.[3];
  const labelStatesRole = prefix !== null && (otherLabel === undefined || namesRole(otherLabel));
  const listRole = !prefix ? null : prefix[1] ? "lead" : labelStatesRole ? roleOfRun(prefix[2] ?? otherLabel) : "co";
  // An item naming no body under its label: a remark (同上, 其他为责任单位), or a role word over the task
  // it takes on or a choice left open, which may still settle the names before it.
  const namingNone = (remark: boolean, roleRun: string | null): ItemReading => ({
    listRole,
    labelStatesRole,
    labelTier,
    scoped,
    remark,
    names: [],
    ownRole: null,
    marked: false,
    ...settledBy(roleRun),
  });
  if (isRemark(rest)) return namingNone(true, null);
  const personOfUnit = PERSON_THEN_UNIT.exec(rest);
  // A body's suffix, not a place's (高新园(邹区镇) is a zone and its town, not a person).
  if (personOfUnit && isPerson(personOfUnit[1]) && BODY_SUFFIX.test(personOfUnit[2])) rest = personOfUnit[2];
  // (牵头领导：李明 labels a person: 牵头 opens no task there)
  const roleOnly = prefix || isPersonOnce(rest) ? null : ROLE_OPENS_TASK.exec(rest);
  if (roleOnly && !endsLikeUnitName(rest)) {
    return namingNone(false, roleOnly[1]);
  }
  const leadMark = LEAD_MARK.exec(rest);
  if (leadMark) rest = rest.replace(LEAD_MARK, "").trim();
  const inParens = ROLE_IN_PARENS.exec(rest);
  rest = withoutPersonTail(withoutDeadline(rest));
  // 局主办科室: the role word qualifies the kind of body after it; the whole is one catch-all.
  const qualifiesKind = ROLE_QUALIFIES_KIND.test(rest);
  const tail = qualifiesKind ? null : (inParens ?? ROLE_AS.exec(rest) ?? roleTailAfterName(rest));
  // The role word that settles the names before it (not one in brackets, which is the name's own).
  let roleRun: string | null = tail && !inParens ? tail[1] : null;
  if (tail) rest = rest.slice(0, tail.index);
  if (tail && BACK_REFERENCE.test(rest)) return namingNone(true, null);
  if (!tail && !qualifiesKind) {
    const task = ROLE_THEN_TASK.exec(rest);
    // (a catch-all ends in a level or a bracket: 各县(市、区)分别负责本辖区)
    if (task && (endsLikeUnitName(task[1]) || catchAllByPattern(task[1])) && !continuesName(withoutClosingWords(rest.slice(task[0].length)))) {
      rest = task[1];
      roleRun = task[2];
    }
  }
  const actor = ACTOR_AFTER_BY.exec(rest);
  if (actor && !endsLikeUnitName(actor[1])) rest = rest.slice(actor[0].length);
  if (LEFT_TO_DECIDE.test(rest) || PROVISIONAL.test(rest)) return namingNone(false, roleRun);
  // 县交通运输局作为业主单位(负责建设): the predicate's role words come first in the text; a lead word
  // among either leads (作为牵头单位负责).
  const subject = subjectOfClause(withoutStaffingClause(rest));
  if (subject.roleRun !== null) roleRun = subject.roleRun + (roleRun ?? "");
  // (the one asking, if a body, is named before the verb: 县政府|要求各单位)
  const asking = ASKS_OF_EACH.exec(subject.name);
  const named = asking ? subject.name.slice(0, asking.index) : subject.name;
  return {
    listRole,
    labelStatesRole,
    labelTier,
    scoped,
    remark: false,
    names: !asking || endsLikeUnitName(named) ? namesInItem(named) : [],
    // (各街道办事处积极|配合: a role word read off as the tail is the share the clause states)
    ...(subject.deed !== null && roleRun === null && !asking ? { deed: subject.deed } : {}),
    // A bracketed share-out (按职责分工) names no role.
    ownRole: inParens?.[1] ? roleOfRun(inParens[1]) : null,
    marked: leadMark !== null,
    ...settledBy(roleRun),
  };
}

// What is done, not who does it (符合条件的, 依法组织听证, 不予受理, 应当告知理由): a clause cut out of a
// sentence holds a clause word — 的 with no body after it, a modal (应当, 必须, 不得) or an
// adverb of the act (依法, 予以) — and ends in no body's name nor a kind of body. Whatever column
// it stands in, it names no unit.
const CLAUSE_WORD = /的|应当|必须|不得|不予|予以|依法|进行|是否|可以/u;

function readsAsClause(name: string): boolean {
  if (!CLAUSE_WORD.test(name)) return false;
  const bare = name.replace(TRAILING_BRACKETS, "");
  return !endsLikeUnitName(bare) && !KIND_OF_BODY_END.test(bare);
}

// 服务全省发展, 推动高质量发展, 确保按期完成, 开创发展新局: work, not who does it — a heading's clause or
// a row slipped a column into the unit column. It opens with a verb of work and names no body: no
// kind word of a body in it, none closing it. A body's shortened name may open like a verb too, but
// then is two words of two characters (发展改革, 维护稳定 for 维稳办) or closes in its kind word (保障局,
// 推进办, 服务中心): a verb with no adverb before it takes an object of three characters or more, or
// one ending in 局 — a noun such as 格局, or 新局 (a new stage), 开局 (a start), which close bureaus'
// names only after their field (文广新局, 经开局), never after a verb. 和 / 与 after the verb joins two
// fields (发展和改革, 建设与管理), a body's with its kind word left off: no verb and its object.
const LEAST_WORK_PHRASE = 5;
const NOUN_IN_JU_AFTER_VERB = /[新开]局$/u;
const TWO_FIELDS = /^\p{Script=Han}{2}[和与及]\p{Script=Han}{2}$/u;

function readsAsWork(name: string): boolean {
  const afterAdverb = name.replace(MANNER_ADVERB, "");
  // 全面(落实), 切实(负责): an adverb of manner before a role word, which no name opens with.
  if (afterAdverb === "") return true;
  if (!opensWithAction(afterAdverb) || TWO_FIELDS.test(afterAdverb) || holdsBodyKindWord(afterAdverb)) return false;
  const objectInJu = afterAdverb.endsWith("局") && (NOUN_IN_JU_AFTER_VERB.test(afterAdverb) || !endsLikeUnitName(afterAdverb));
  if (endsLikeUnitName(afterAdverb) && !objectInJu) return false;
  return afterAdverb !== name || afterAdverb.length >= LEAST_WORK_PHRASE || objectInJu;
}

/** Distinct texts kept by the module-level caches below before they start afresh. */
const CACHE_LIMIT = 50_000;
const readItemOnce = memo(readItem, CACHE_LIMIT);
/** A cell's text in simplified characters, its glosses removed, letters, digits and brackets half-width:
 * normaliseText but for its spaces, which mark breaks between names. */
function simplifiedForm(text: string): string {
  return toHalfWidth(toSimplified(stripPinyinGlosses(text)));
}
/** A cell's simplifiedForm made ready to cut into items. Not cached: a cell's text is parsed once per
 * column by the reader's own cache, and a long plan's cells are mostly distinct (~94 % misses on
 * 300k generated rows), so a cache here only kept every text alive for the collector. */
function prepared(simplified: string): string {
  return withoutBracketedRemarks(
    breakBetweenNames(breakBeforeRunOnLabels(unitsInLabelledBrackets(unwrapParentheses(withProvisionalRolesStated(markListBreaks(simplified))))).replace(ROLE_IN_PARENS_MID, "$1、")),
  );
}
const isPersonOnce = memo(isPerson, CACHE_LIMIT);
const catchAllByPattern = memo(
  (name) =>
    !namesOneFieldBody(name) &&
    !SECTION_NAMED_BY_ABBREVIATION.test(name) &&
    (CATCH_ALL_PATTERNS.some((p) => p.test(name)) || namesAdministrativeLevel(name)),
  CACHE_LIMIT,
);

/** Whether a name read as a unit names a person (张伟, 分管副县长): no body one hands a task to. */
export function namesPerson(name: string): boolean {
  return isPersonOnce(name);
}

/** A loop, not `find`: a cell's few units take no callback for every name. */
function unitNamed(units: Unit[], name: string): Unit | undefined {
  for (const u of units) if (u.name === name) return u;
  return undefined;
}

/** Which items name a higher tier's bodies (省牵头单位：省农业农村厅 in a city's share of the
 * province's tasks): who leads the task above, context for the plan and no unit of it. A tiered
 * label's list runs on over names of its tier or of none, up to a name of another tier or the next
 * label. The plan's own tier is the highest among the bodies named outside tiered lists (a city's
 * cell names its counties too), else the lowest of the labels'. */
function upperTierItems(readings: ItemReading[]): boolean[] {
  let open: number | null = null;
  const listTiers = readings.map((r) => {
    if (r.listRole) open = r.labelTier;
    else if (r.names.some((name) => ![null, open].includes(tierOf(name)))) open = null;
    return open;
  });
  const known = (tiers: (number | null)[]) => tiers.filter((t): t is number => t !== null);
  const outside = known(readings.flatMap((r, i) => (listTiers[i] === null ? r.names.map(tierOf) : [])));
  const labelled = known(listTiers);
  const planTier = outside.length ? Math.min(...outside) : Math.max(...labelled);
  return listTiers.map((t) => t !== null && t < planTier);
}

// 各审判业务庭、局, 县财政局、局, 县财政局、镇, 县政府办和村: a body's kind word or a single level alone,
// listed after a name, is a member of the list as the sheet wrote it, elliptic or truncated (the
// towns, the villages): never dropped, nor joined to the name before it (whose words it shares, the
// sheet does not say). Naming no one body by itself, it is generic.
const isListedHeadWord = (named: Named) => named.listed && isHeadWordAlone(named.name);

/** A name as a cell reads it, before it becomes a unit. */
interface Named {
  name: string;
  role: UnitRole | null;
  /** Joined to the name before by a separator (、，和 …), not written apart from it. */
  listed: boolean;
  /** The names one role word settled together with this one (A、B负责), a lead word's never. */
  settledWith: Named[] | null;
}

/** Reads the units a responsible-unit cell names. Names are normalised (simplified, no pinyin,
 * no stray spaces); typos are kept as written. */
export function parseUnits(text: string, opts: ParseUnitsOptions = {}): ParsedUnits {
  // (a ratio, 1/10万, would split at its slash into pieces that are no measures)
  // The cell is brought to its simplified form once: normalised (its spaces collapsed) for the
  // measure test, and as it is for cutting into names.
  const simplified = simplifiedForm(text);
  if (isMeasureOnly(collapseSpaces(simplified))) return { units: [], markedLead: null };
  const items = withHeadsContinued(splitAtTopLevel(prepared(simplified)));

  const found: Named[] = [];
  const deeds: string[] = []; // what clauses say their bodies do, stating no share (see ItemReading)
  let pending: Named[] = []; // named since the last role word in this clause
  // Named in earlier clauses since the last role word, given the list's role for want of one: a
  // role word for each of them (A，B分别牵头) is theirs too.
  let unstated: Named[] = [];
  const columnRole: UnitRole = opts.defaultRole ?? "responsible";
  let listRole = columnRole;
  let inOtherField = false;
  let inRemark = false;
  const settle = (role: UnitRole) => {
    for (const p of pending) p.role ??= role;
    pending = [];
  };
  const endClause = () => {
    unstated.push(...pending.filter((p) => p.role === null));
    settle(listRole);
  };

  // The roles the cell gives in words: list labels (责任单位：, 配合单位：) and role words after names
  // (A负责，B配合), not the role a name has for want of any word.
  const statedRoles = new Set<UnitRole>();
  // A later sentence holding a remark comments on the list (明确牵头部门的，其他有关部门配合，不逐一
  // 列出): whatever it names is no assignment.
  // (Most cells are one sentence: no set for them.)
  const commentSentences =
    items[items.length - 1].sentence > 0
      ? new Set(items.filter((it) => it.sentence > 0 && readItemOnce(it.text).remark).map((it) => it.sentence))
      : null;
  // (The lists read again below are pushed into, not map()ped: map inlined by the optimiser returns
  // a holey array where the builtin's is packed, and the code reading it is thrown out for the change.)
  const readings: ItemReading[] = [];
  for (const item of items) readings.push(readItemOnce(item.text));
  const fromUpperTier = readings.some((r) => r.labelTier !== null) ? upperTierItems(readings) : null;
  for (const [i, item] of items.entries()) {
    if (commentSentences?.has(item.sentence)) continue;
    const reading = readings[i];
    if (fromUpperTier?.[i]) {
      if (item.endsClause) endClause();
      continue;
    }
    // 负责：周丽: a label of role words alone opens a list of its own, whose first name may be a
    // person's; over persons only it labels who does the work and says no role of the bodies beside.
    const roleWordsAlone = reading.listRole !== null && ROLE_WORDS_ALONE_LABEL.test(item.text);
    // A scope label (局内：, 地方：) opens a list as a role label does, but says no role: its bodies
    // take the column's, not the one a label before gave the other sphere's (牵头单位：规划司；地方：…).
    if (reading.listRole || reading.scoped) {
      settle(listRole);
      unstated = [];
      listRole = reading.listRole ?? columnRole;
    }
    // (试点地区：杭州、宁波: the field runs on over the items after its label)
    inOtherField = reading.otherField === true || (inOtherField && !reading.listRole && !reading.scoped);
    if (inOtherField) {
      if (item.endsClause) endClause();
      continue;
    }
    if (reading.listRole) {
      const labelsPersons = roleWordsAlone && reading.names.length > 0 && reading.names.every(isPersonOnce);
      if (reading.labelStatesRole && !labelsPersons) statedRoles.add(listRole);
    }
    // A remark runs to its clause's end: what it lists (以下均涉及各县区、功能区) is its own wording.
    if (reading.remark || inRemark) {
      inRemark = !item.endsClause;
      if (item.endsClause) endClause();
      continue;
    }
    const listed = i > 0 && items[i - 1].separator !== "" && !items[i - 1].writtenApart && !roleWordsAlone;
    if (reading.deed !== undefined && reading.names.length > 0) deeds.push(reading.deed);
    for (const [k, name] of reading.names.entries()) {
      const role = (reading.marked && (opts.marksLead ?? true) ? "lead" : reading.ownRole) ?? item.role;
      const named: Named = { name, role, listed: listed && k === 0, settledWith: null };
      found.push(named);
      pending.push(named);
    }
    if (reading.settles) {
      const settled = [...pending.filter((p) => p.role === null), ...(reading.each ? unstated : [])];
      if (!reading.settlesByLeadWord) for (const s of settled) s.settledWith = settled;
      settle(reading.settles);
      if (reading.each) for (const u of unstated) u.role = reading.settles;
      unstated = [];
      statedRoles.add(reading.settles);
    }
    if (item.endsClause) endClause();
  }
  settle(listRole);

  const extraCatchAll = opts.catchAll?.length ? opts.catchAll.map(normaliseText) : [];
  // Persons named beside bodies are no units (a cell naming only persons keeps them). A person is
  // written apart from the list of bodies (市民政局 伍泽国, 县住建局(张三)) or marked by a label or a
  // post; a name joined to a body by 、，和 … is one more member of its list, a body (市公安局、华侨,
  // 县财政局、公安、交警), whatever its first character — and so is the cell's first name when the name
  // listed after it is no person (金井湾、岚城、澳前片区指挥部: places sharing a body's suffix).
  const shapedAsPerson: boolean[] = [];
  for (const [i, { name }] of found.entries()) {
    shapedAsPerson.push(
      isPersonOnce(name) ||
        (opts.personsBeside === true && i > 0 && endsLikeUnitName(found[i - 1].name) && TWO_OR_THREE_CHARACTERS.test(name) && couldNameAPerson(name)),
    );
  }
  const persons: boolean[] = [];
  for (const [i, { name, listed }] of found.entries()) {
    const opensListOfBodies = i === 0 && found.length > 1 && found[1].listed && !shapedAsPerson[1];
    const inListOfBodies = ((listed && !persons[i - 1]) || opensListOfBodies) && !MARKS_A_PERSON.test(name);
    persons.push(shapedAsPerson[i] && !inListOfBodies);
  }
  const personsAreUnits = persons.every(Boolean);
  // A piece that names nothing and continued no quantified piece completes nothing (see above);
  // a body's kind word the list enumerates stays as written (see isListedHeadWord).
  const namesSomething = found.some((f) => !namesNothingAlone(f.name));
  const completesNothing = (named: Named) => namesSomething && namesNothingAlone(named.name) && !isListedHeadWord(named);
  const work: string[] = [];
  for (const named of found) if (readsAsWork(named.name)) work.push(named.name);
  const kept = new Set(
    found.filter((named, i) => !((!personsAreUnits && persons[i]) || readsAsClause(named.name) || work.includes(named.name) || completesNothing(named) || isMeasureOnly(named.name))),
  );
  // `A、B负责`, `A、B主责`: bodies sharing a role word other than a lead word share the work; none leads.
  // (Two kept bodies of different names among those it settled with: no set of names is built for
  // every name a role word settles, in every distinct cell of a long plan.)
  const shares = (named: Named) => {
    let first: string | null = null;
    for (const s of named.settledWith ?? []) {
      if (!kept.has(s)) continue;
      if (first === null) first = s.name;
      else if (s.name !== first) return true;
    }
    return false;
  };
  const sharing = new Set<string>();
  const units: Unit[] = [];
  for (const named of kept) {
    const { name } = named;
    const role = named.role ?? listRole;
    const sharesWork = shares(named);
    if (sharesWork) sharing.add(name);
    const unitRole = role === "lead" && sharesWork ? "responsible" : role;
    const seen = unitNamed(units, name);
    if (!seen) {
      const catchAll = catchAllByPattern(name) && !(opts.ownBodyByLevel && namesOneTierByItsKinds(name));
      units.push({ name, role: unitRole, generic: extraCatchAll.includes(name) || catchAll || namesPost(name) || isHeadWordAlone(name) });
    } else if (unitRole === "lead") seen.role = "lead";
  }
  const marked = units.find((u) => u.role === "lead");
  // `责任单位：A；配合单位：B`, `A负责，B配合`: the units said to be responsible beside others said to
  // co-operate lead, as the columns 责任单位 | 配合单位 do; with no partner named (配合单位：无)
  // there is nobody to lead. Several sharing one 负责 (A、B负责，C配合) leave the lead unsaid: only a
  // rule that the first listed leads picks one then (pickLead).
  const responsible = units.find((u) => u.role === "responsible");
  const paired = !marked && units.length > 1 && statedRoles.has("responsible") && statedRoles.has("co") && responsible !== undefined && !sharing.has(responsible.name);
  const markedLead = (marked ?? (paired ? responsible : undefined))?.name ?? null;
  // (what clauses say their bodies do joins the pieces read as work only here: no name is dropped
  // for matching a deed)
  for (const deed of deeds) work.push(deed);
  return work.length > 0 ? { units, markedLead, work } : { units, markedLead };
}

// A unit of measure alone (万元, %, 个, 1/10万) in a unit column, as a cell or a piece of one, is the
// table maker's slip or a target's measure printed where the body was left blank: it names no
// body. 所, 处 and 台 are a body's kind word too, read as a catch-all (see isHeadWordAlone).
function isMeasureOnly(text: string): boolean {
  return isUnitOfMeasure(text) && !isHeadWordAlone(text);
}

/** Whether a cell names a unit with a lead mark (▲发改局) beside one without (▲发改局,各部门): there the
 * mark sets the lead apart. A mark on every unit of a cell, or on a lone unit, sets none apart. */
export function markSetsUnitApart(text: string): boolean {
  if (!MARK_CHAR.test(text)) return false;
  const naming = withHeadsContinued(splitAtTopLevel(prepared(simplifiedForm(text))))
    .map((item) => readItemOnce(item.text))
    .filter((reading) => reading.names.length > 0);
  const marked = naming.filter((reading) => reading.marked).length;
  return marked > 0 && marked < naming.length;
}

// ---------------------------------------------------------------- row verdicts

/** `missing` when no unit is named, `generic` when every unit is a catch-all, else `ok`. */
export function unitStatus(units: Unit[]): UnitStatus {
  if (units.length === 0) return "missing";
  return units.every((u) => u.generic) ? "generic" : "ok";
}

/** The lead unit: the one marked 牵头; otherwise, when the sheet says the first-listed unit leads
 * (排第一位的为牵头单位) and there are several, the first listed, even a catch-all. */
export function pickLead(units: Unit[], markedLead: string | null, firstListed: boolean): string | null {
  if (markedLead) return markedLead;
  return firstListed && units.length >= 2 ? units[0].name : null;
}
