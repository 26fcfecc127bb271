// Text normalisation for matching. Cell text is always displayed as written; these functions give
// the form used to compare, split and classify it (simplified characters, no pinyin glosses, no
// stray spaces inside Chinese words, half-width letters and digits).
import { ConverterFactory, Locale, type DictGroup, type DictLike } from "opencc-js/t2cn";
import { ANY_LEVEL, BELOW_COUNTY_LEVEL, GOVERNED_LEVEL_CHARACTERS, LEVEL_CHARACTERS, TOWNSHIP_LEVEL } from "./levels";

let traditionalToSimplified: ((text: string) => string) | null = null;
/** Per UTF-16 code unit, whether it is a character that only text the converter changes holds. */
let telling: Uint8Array | null = null;

/** The dictionaries of OpenCC's "t2s" preset, the one Converter({ from: "t", to: "cn" }) loads. */
export function t2sDictionaries(): readonly DictGroup[] {
  const preset = Locale.configs.t2s;
  return [...(preset.normalizationChain ?? []), ...preset.conversionChain];
}

const entriesOf = (dict: DictLike): (readonly [string, string])[] =>
  typeof dict === "string" ? dict.split("|").map((entry) => entry.split(" ") as [string, string]) : [...dict];

/**
 * The simplified form of every phrase the tables convert while keeping a character their character
 * table would change (乾縣 → 乾县, 乾安縣 → 乾安县, 蕭乾 → 萧乾, 於潛 → 於潜), as an entry that keeps it.
 * The phrase tables are keyed on traditional text only, so a plan already written in simplified
 * characters (乾县财政局) meets no phrase and has its 乾 turned into 干 by the character table: the
 * same word would read one way in traditional copy and another in simplified. A simplified phrase is
 * the table's own output, so keeping it changes no traditional text (乾燥 still becomes 干燥).
 */
function keptSimplifiedPhrases(phrases: DictLike, characters: DictLike): [string, string][] {
  const changes = new Map(entriesOf(characters).filter(([from, to]) => from !== to));
  return entriesOf(phrases)
    .filter(([from, to]) => from !== to && [...to].some((c) => changes.has(c)))
    .map(([, to]) => [to, to]);
}

/**
 * One character of every entry that changes text (萬 of 萬 → 万, 沈 of 沈落 → 沉落): the converter
 * can change a text only where a whole entry matches, so a text holding none of these characters
 * comes out as it went in. An entry that keeps its text (有序 → 有序, which stops 序 from changing
 * inside it) needs none. Any code unit of an entry would do; the one that changes is the telling one.
 */
function tellingCharacters(): Uint8Array {
  const chars = new Uint8Array(0x10000);
  const add = (from: string, to: string) => {
    if (from === to || !from) return;
    let at = from.length - 1;
    if (from.length === to.length) for (at = 0; from.charCodeAt(at) === to.charCodeAt(at); ) at++;
    chars[from.charCodeAt(at)] = 1;
  };
  for (const group of t2sDictionaries()) {
    for (const dict of group) {
      if (typeof dict !== "string") {
        for (const [from, to] of dict) add(from, to);
        continue;
      }
      // "萬 万|與 与|…", read in place: the tables hold thousands of entries.
      for (let start = 0; start < dict.length; ) {
        const bar = dict.indexOf("|", start);
        const end = bar < 0 ? dict.length : bar;
        const space = dict.indexOf(" ", start);
        if (space > start && space < end) add(dict.slice(start, space), dict.slice(space + 1, end));
        start = end + 1;
      }
    }
  }
  return chars;
}

/** OpenCC's "t2s" converter (what Converter({ from: "t", to: "cn" }) builds) with the simplified
 * form of each phrase that keeps a changing character added to the phrase table. */
function simplifiedKeepingPhrases(): (text: string) => string {
  const preset = Locale.configs.t2s;
  const [[phrases, characters, ...rest]] = preset.conversionChain;
  return ConverterFactory(...(preset.normalizationChain ?? []), [keptSimplifiedPhrases(phrases, characters), phrases, characters, ...rest]);
}

/** Traditional → simplified Chinese. "t" (OpenCC standard) rather than "tw": the Taiwan phrase
 * tables rewrite mainland wording (执行 → 运行, 建立 → 创建) in plans written on the mainland.
 * Text holding no character the converter would change is returned as it is: most plans are
 * written in simplified characters, and building the converter's tables and walking them for
 * every cell cost more than one scan of the text. */
export function toSimplified(s: string): string {
  telling ??= tellingCharacters();
  let i = 0;
  while (i < s.length && telling[s.charCodeAt(i)] === 0) i++;
  if (i === s.length) return s;
  traditionalToSimplified ??= simplifiedKeepingPhrases();
  return traditionalToSimplified(s);
}

const HAN = "\\p{Script=Han}";
const TONED_VOWEL = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
// A gloss is one pinyin syllable with a tone mark, in parentheses right after a Chinese character
// (關(guān), 質(zhì)). Requiring the tone mark keeps real parentheses such as (二), (沥青), (App).
const PINYIN_GLOSS = new RegExp(
  `(?<=${HAN})[(（]([a-zü${TONED_VOWEL}]{1,6})[)）]`,
  "gu",
);
const HAS_TONE = new RegExp(`[${TONED_VOWEL}]`, "u");

function glossMatches(s: string): RegExpMatchArray[] {
  return [...s.matchAll(PINYIN_GLOSS)].filter((m) => HAS_TONE.test(m[1]));
}

/** Removes pinyin glued after a character: `關(guān)` → `關`; `各縣(市、區(qū))` → `各縣(市、區)`. */
export function stripPinyinGlosses(s: string): string {
  // Most cells hold no bracket, and most bracketed ones no toned vowel, which every gloss has: skip
  // the Unicode look-behind.
  if ((!s.includes("(") && !s.includes("（")) || !HAS_TONE.test(s)) return s;
  return s.replace(PINYIN_GLOSS, (whole, syllable: string) => (HAS_TONE.test(syllable) ? "" : whole));
}

// &#8544; (decimal) or &#x2160; (hex): a character written as its code, as HTML does.
const CHARACTER_REFERENCE = /&#(?:(\d{1,7})|[xX]([\da-fA-F]{1,6}));/g;

/** A cell's text with each numeric character reference (&#8546;-1-&#9312;, a mirror site's copy of a
 * table) as its character (Ⅲ-1-①); a reference to no character stays as written. */
export function decodeCharacterReferences(s: string): string {
  // Most cells hold none: skip the replace.
  if (!s.includes("&#")) return s;
  return s.replace(CHARACTER_REFERENCE, (whole, decimal: string | undefined, hex: string | undefined) => {
    const code = decimal !== undefined ? parseInt(decimal, 10) : parseInt(hex as string, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** Full-width letters and digits to half-width, full-width parentheses and square brackets
 * (［市科委、市经信委负责］, typed in full-width mode) to ASCII ones. */
export function toHalfWidth(s: string): string {
  return s.replace(/[０-９Ａ-Ｚａ-ｚ（）［］]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** `name`, read from text whose parentheses were made half-width, with the full-width ones of the
 * text it was read from (各县（市、区）政府, 县发改局（粮食局）): a name is shown as the plan writes
 * it. Text writing both widths keeps the half-width form, for which is whose cannot be told. */
export function bracketsAsWritten(name: string, written: string): string {
  if (!HALF_WIDTH_PARENTHESIS.test(name) || !writesFullWidthBrackets(written)) return name;
  return name.replace(/[()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
const HALF_WIDTH_PARENTHESIS = /[()]/;
const FULL_WIDTH_PARENTHESIS = /[（）]/;

/** Whether `written` brackets in full width only (各县（市、区）), so that names read from it take its brackets back. */
export const writesFullWidthBrackets = (written: string) => FULL_WIDTH_PARENTHESIS.test(written) && !HALF_WIDTH_PARENTHESIS.test(written);

const SPACE_RUN = /[\s\u00a0\u3000]+/g;
const HAS_SPACE = /[\s\u00a0\u3000]/;
const ASCII_WORD_CHAR = /[\x21-\x7e]/;

/** Removes whitespace next to Chinese text (a space inside a word is an extraction artefact);
 * between two ASCII characters (latin words, numbers) a run becomes one space. */
export function collapseSpaces(s: string): string {
  if (!HAS_SPACE.test(s)) return s;
  const trimmed = s.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, "");
  return trimmed.replace(SPACE_RUN, (run: string, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + run.length];
    return ASCII_WORD_CHAR.test(before) && ASCII_WORD_CHAR.test(after) ? " " : "";
  });
}

/** The form of a text used for matching: simplified, glosses removed, spaces removed inside
 * Chinese, half-width letters, digits and parentheses. */
export function normaliseText(s: string): string {
  return collapseSpaces(toHalfWidth(toSimplified(stripPinyinGlosses(s))));
}

const LABEL_EDGE_PUNCTUATION = /^[\s:：.。、,，;；*＊※#·_\-—]+|[\s:：.。、,，;；*＊※#·_\-—]+$/g;

/** A header label for matching: normalised, all whitespace and edge punctuation removed
 * (`責任部門(單位)：` → `责任部门(单位)`). */
export function compactLabel(s: string): string {
  return normaliseText(s).replace(/\s+/g, "").replace(LABEL_EDGE_PUNCTUATION, "");
}

// 格局 (pattern), 布局 (layout), 大局, 结局 …: a common noun ending in 局, its first character no field
// a bureau is of (教育局, 邮政局 are the bureau of 教育, 邮政). A name ending in one is work
// (完善人才工作格局, 优化产业布局, 服务全省发展大局), never a body. 当局 (the authorities) names no
// body either; 有关当局 stays a catch-all through its quantifier. 新局 and 开局 are left out: they
// close bureaus' shortened names (文广新局 for 文化广电新闻出版局, 经开局 for 经济开发区管理局).
const COMMON_NOUNS_ENDING_IN_JU = ["格局", "布局", "大局", "全局", "结局", "变局", "破局", "僵局", "时局", "当局"];
/** Appended before a name-ending pattern's `$`: the name does not end in a common noun in 局 (格局). */
export const NOT_A_NOUN_IN_JU = `(?<!${COMMON_NOUNS_ENDING_IN_JU.join("|")})`;

// The opening verb of a programme slogan: an action morpheme and the result, direction or
// second action that completes it (提升, 改善, 推进, 加强, 完善, 防范), or an action a prefix
// qualifies (新建, 改扩建, 续建). Its object follows: 提升|教育质量, 新建|社区食堂.
const ACTION_MORPHEME = "提改推建实加增完优强扩开促营丰方防保打落深健整治规稳创培发构守夯补解办抓修扶美净亮畅护筑织助惠拓升引关做兴巩维";
// 创 completes 开 (开创新局面); 服务 (serve) and 确保 (ensure) open work as whole words (服务全省发展,
// 确保按期完成): neither character opens other verbs of work.
const COMPLETING_MORPHEME = "升高善进动设施强快大展化全富便范障造实理治定立育建固足新广好优增扩解护亮绿美净畅通行援助持创";
const VERB_OPENING = new RegExp(`^(?:[${ACTION_MORPHEME}][${COMPLETING_MORPHEME}]|[新改扩续迁][建增设]|改扩建|服务|确保)`, "u");
/** The text opens with an action verb (新建…, 提升…): it says work to do, not the name of a place or body. */
export function opensWithAction(text: string): boolean {
  return VERB_OPENING.test(text);
}

// An adverb of manner opening a task before its verb (严格落实, 切实加强, 进一步完善, 全力配合,
// 密切配合, 主动对接, 及时拨付, 依法查处).
export const MANNER_ADVERB_WORDS = "严格|切实|认真|全面|深入|持续|积极|大力|扎实|着力|继续|不断|进一步|全力|主动|密切|及时|依法|依规";
export const MANNER_ADVERB = new RegExp(`^(?:${MANNER_ADVERB_WORDS})`, "u");

// How a complete unit name ends (局, 中心, 单位 …) or a role word that closes one (牵头 …).
// Whitespace after such an ending separates two names; after anything else it splits one word.
const UNIT_NAME_END = new RegExp(
  // 农技站 is a body; 政府网站 is a website, a channel the plan publishes on. 台 ends a body only
  // in 电视台, 气象台, 广播电台, 地震台: 雨花台, 兴隆台 are places' own names. A ministry's or an
  // administration's department is a 司 (规划司, 条法司). A people's body shortens its 联合会 to 联
  // and its 协会 or 协商会议 to 协 after its field's first character (社科联, 工商联, 青联; 科协, 政协),
  // and a federation is a 总会 (慈善总会). A school ends in 中学, 小学 or 大学 (县第一中学), and a road's
  // or a railway's maintenance body in 段 (公路段, 养护段, 工务段), as 阶段, 路段 and 手段 do not.
  // A place below the county, named alone, is the body answering for it (城关镇, 东华门街道, 巴彦塔拉
  // 苏木 and a 嘎查, Inner Mongolia's 乡 and 村): every level of those tiers ends a name.
  `(?:${BELOW_COUNTY_LEVEL}|[局委办科处室所院队股馆厂署厅府区组部校街司]|(?<!网)站|中心|部门|单位|机构|各地|[机海]关|公司|集团|` +
    "[销报版作联]社|[人银支分总]行|" + // 市供销社, 市人行, 中心支行
    "[中小大]学|(?:公路|养护|[工电车机]务)段|" +
    "[视象电震]台|[员工商协学字合委总]会|[妇残文侨科商青台]联|[科政]协|牵头|配合|负责|落实|协助|协办|协同|参与|参加|主办|承办|必做|选做)" +
    `${NOT_A_NOUN_IN_JU}$`,
  "u",
);
const HAN_CHAR = new RegExp(HAN, "u");

/** Whether `before` (text up to a line break or space) ends like a unit name or a role word. */
export function endsLikeUnitName(before: string): boolean {
  return UNIT_NAME_END.test(toSimplified(before.slice(-4)));
}

// The kind words that close a public body's name after its place (南区街道, 城关镇办事处) and name
// no body by themselves.
const ORGANISATION_KINDS = ["街道", "社区", "办事处", "管委会", "委员会", "居委会", "村委会", "人民政府", "政府", "党委", "党工委"];
// A level character alone (区, 镇) is a level of its own, not the cut-off tail of a kind word.
const LEVEL_ALONE = new RegExp(`^[${LEVEL_CHARACTERS}]$`, "u");

/** Whether `piece` is only an organisation-kind word (街道, 管委会) or the tail of one cut by a wrap
 * (道 of 街道): no unit by itself, so whitespace before it joins it to the name before. */
export function isBareKindWord(piece: string): boolean {
  const word = toSimplified(piece);
  return word !== "" && !LEVEL_ALONE.test(word) && ORGANISATION_KINDS.some((kind) => kind.endsWith(word));
}

// 党委 and 办事处 close a department's or a firm's name too (县教育局 党委, 某公司 办事处); the other kinds
// close only a place's (南区 街道, 城关镇 党工委): after a body's complete name that is no place
// (区委组织部 党工委), they name a body of their own.
const PLACE_ONLY_KINDS = ORGANISATION_KINDS.filter((kind) => kind !== "党委" && kind !== "办事处" && kind !== "委员会");
const ENDS_IN_LEVEL = new RegExp(`[${LEVEL_CHARACTERS}]$`, "u");

/** Whether `next`, a kind word closing a place's name only, follows a body's complete name, not a place's. */
function followsBodyNotPlace(before: string, next: string): boolean {
  return PLACE_ONLY_KINDS.includes(toSimplified(next)) && endsLikeUnitName(before) && !ENDS_IN_LEVEL.test(before);
}

/** The one-character suffixes that end a body's name (局, 委, 办, 台): a character class's members. */
export const BODY_SUFFIX_CHARS = "局委办科处室所院队股馆厂署厅府部校站台";
const LEVEL_GOVERNMENT = new RegExp(`^[${GOVERNED_LEVEL_CHARACTERS}](?:人民政府|政府)$`, "u");
// A complete name opening with a place or 各 (县财政局, 各乡镇): whitespace before it starts a name.
const OPENS_A_NAME = new RegExp(`^(?:[${GOVERNED_LEVEL_CHARACTERS}]|各)`, "u");
/** 各 (each, every): not the 各族 of an autonomous place's name (龙胜各族自治县, 隆林各族自治县, self-
 * governed by all its peoples), one place; 自治 follows no quantifier over bodies. Nor the 各庄 of a
 * village's name on the North China plain (石各庄, 崔各庄: a family's hamlet), which the towns and
 * areas named after one keep (石各庄镇, 崔各庄地区): a plan ranging over villages says 各村, never 各庄. */
export const EACH_QUANTIFIER = "各(?!族自治|庄)";

/** The words that range over every body of the levels or kinds after them — 各县、市、区政府, 相关市、
 * 县政府 (the relevant cities' and counties'), 有关部门, 所在县、区政府, 沿线县、区政府, 试点县、市: what
 * they open is one catch-all, however many levels it lists. */
export const EVERY_BODY_OF = `(?:${EACH_QUANTIFIER}|[相有]关|所在|涉及的?|所属|属地|沿线|试点)`;

// 西乡县人民政府, 华龙区建设办: a place named in full (its own name and its level) opens one too; not a
// body and a level (规划局县卫健局). Most own names are two or three characters, none a level's but
// 州 or 乡 after the first, which stand in many places' own names before their level (杭州市, 达州市,
// 西乡县, 西乡塘区) as no other level's character does; the other shapes of a real place's name follow.
const LEVELS_NOT_IN_NAMES = LEVEL_CHARACTERS.replace(/[州乡]/gu, "");
const PLACE_NAME_LAST = `[^${LEVELS_NOT_IN_NAMES}各局委办科处室所院队股馆厂署厅部站]`;
// Words that point at a place rather than name it (全县, 本市, 该区, 每县, 我县, 外县, 邻县, 两县, 地市):
// a level after one is the place the text is about or a tier, no place's own name.
const POINTING_WORDS = "全本该此每我外邻两三几地";
// A zone a management committee runs (苏州工业园区, 唐山高新技术产业开发区, 保定白沟新城, 邯郸冀南新区,
// 五台山风景名胜区) is named as a place is, for it has bodies as a county does (管委会 for its
// government, 财政局, 经济发展局): its own name (its city's, its locality's: 苏州, 保定白沟, 河北唐山芦台),
// the words describing its kind (工业, 高新技术产业, 经济技术, 城乡一体化), then a zone's word. Words of
// a kind or a rank alone before the zone's word (经济技术开发区, 高新技术产业开发区, 国家级新区), or a
// quantifier or a choice among zones (相关园区, 重点园区), are no zone's own name: they name every
// zone of that kind (经济技术开发区交通运输部门 is every such zone's department, a catch-all).
const ZONE_WORD = "(?:开发区|经开区|高新区|园区|新区|新城|示范区|实验区|试验区|聚集区|集聚区|风景名胜区)";
const ZONE_KIND_WORDS =
  "(?:国家级?|高新技术|高技术|高新|经济|技术|产业|工业|现代|综合|改革|转型|城乡|一体化|循环|化工|物流|航空港|临港|" +
  "文化|旅游|创意|科技|农业|生态|特色|重点|新兴|创新|示范)";
// The own name, two characters at least, holds no zone's word (the name ends at the first: 苏州园区 of
// 苏州园区和高新区), no body's suffix and no 及 or 与, which close a body's name and join it to the
// next (县海洋与渔业局及兴汉新区管委会 names no zone 渔业局及兴汉新区) — but 台 and 站, which stand in
// places' names (邢台, 烟台, 五台山, 合肥新站) more often than they end a body's.
const ZONE_OWN_NAME_CHARACTER = `(?![${BODY_SUFFIX_CHARS.replace(/[台站]/gu, "")}及与]|${ZONE_WORD})\\p{Script=Han}`;
const ZONE_NAME =
  `(?!(?:${EVERY_BODY_OF}|${ZONE_KIND_WORDS})+${ZONE_WORD}|${ZONE_WORD})[^${LEVEL_CHARACTERS}${POINTING_WORDS}各]` +
  `(?:${ZONE_OWN_NAME_CHARACTER}){1,14}?${ZONE_WORD}`;
const PLACE_NAME = [
  `[^${LEVEL_CHARACTERS}各][^${LEVELS_NOT_IN_NAMES}各]?${PLACE_NAME_LAST}[${GOVERNED_LEVEL_CHARACTERS}]`,
  // 呼和浩特市, 乌鲁木齐县, 锡林郭勒盟, 阿克苏地区, 神农架林区: a longer own name (most are
  // transliterated); holding no body's suffix, it is no body run on into a level (教育局城关镇).
  `[^${LEVEL_CHARACTERS}各${BODY_SUFFIX_CHARS}]{3,4}${PLACE_NAME_LAST}[${GOVERNED_LEVEL_CHARACTERS}]`,
  // 科尔沁左翼中旗, 达尔罕茂明安联合旗: a banner's Mongolian name, with its wing and place in it,
  // whose sounds may be written with a suffix's character (科) but not end in one.
  `[^${LEVEL_CHARACTERS}各]{3,7}${PLACE_NAME_LAST}旗`,
  // 沙县, 涉县, 和县, 单县: counties kept their one-character names of old, which 县 completes.
  `[^${LEVEL_CHARACTERS}各${POINTING_WORDS}${BODY_SUFFIX_CHARS}]县`,
  // 沙县区, 辉县市, 津市市, 周村区, 固镇县, 红旗区: a place named after a county, city, town, village
  // or banner it was or holds keeps that one's level in its own name.
  `[^${LEVEL_CHARACTERS}各${POINTING_WORDS}${BODY_SUFFIX_CHARS}][县市镇村旗][${GOVERNED_LEVEL_CHARACTERS}]`,
  // 恩施土家族苗族自治州, 长阳土家族自治县, 鄂温克族自治旗, 东乡族自治县: a place and the peoples
  // whose autonomy it is (whose names may hold 各 or a level's character: 东乡族) before 自治 and
  // its level, which nothing but an autonomous place's name ends in; an ethnic district
  // (梅里斯达斡尔族区, 管城回族区) names its people before 区 as well (not 民族区域, a region).
  `[^${LEVEL_CHARACTERS}各]\\p{Script=Han}{1,16}?(?:自治[区州县旗]|族区(?!域))`,
];
// A zone's name is tried first: a place's shape may end inside it (焦作城乡 of 焦作城乡一体化示范区).
export const OPENS_WITH_PLACE_NAME = new RegExp(`^(?:${[ZONE_NAME, ...PLACE_NAME].join("|")})`, "u");

/** Whether `piece` opens with a place of its own and ends like a name (县财政局, 西乡县人民政府,
 * 澄城县负责): a name of its own, whatever stands before it. */
export function isNameWithItsPlace(piece: string): boolean {
  return (OPENS_A_NAME.test(piece) || OPENS_WITH_PLACE_NAME.test(piece)) && piece.length >= 3 && endsLikeUnitName(piece);
}

/** Whether the text after 和 opens a name of its own: quantified levels (各县、市、区政府, 沿线县、区政府), or a name
 * with its own place, alone or before another 和 (县交通局, 市自然资源规划局和…). */
export function opensNameOfItsOwn(next: string): boolean {
  return QUANTIFIED_LEVEL_START.test(next) || isNameWithItsPlace(next) || isNameWithItsPlace(next.split(/[和与及]/u)[0]);
}

const QUANTIFIED_LEVEL_START = new RegExp(`^${EVERY_BODY_OF}+${ANY_LEVEL}`, "u");
// A body's suffix alone (局, 委, 办): no body without the words before it.
const LONE_SUFFIX = new RegExp(`^[${BODY_SUFFIX_CHARS}]$`, "u");
const KINDS_OF_OFFICE = "部门|单位|科室|处室|股室|站所|机构";
// A body's kind word of two characters or more (中心, 公司, 街道, 政府, 委员会, 部门, 单位): wherever it
// stands, a body may be named there (服务中心各窗口), as a one-character suffix inside a text is not —
// everyday words hold those (部署, 办理, 格局, 队伍).
const KIND_WORD_OF_SEVERAL_CHARACTERS = new RegExp(`中心|公司|集团|${ORGANISATION_KINDS.join("|")}|${KINDS_OF_OFFICE}`, "u");
/** Whether a text holds a body's kind word of two characters or more (中心, 街道, 部门) anywhere. */
export const holdsBodyKindWord = (text: string) => KIND_WORD_OF_SEVERAL_CHARACTERS.test(text);
/** The kinds of an office's body (部门, 科室): a role word before one qualifies it (局主办科室). */
export const KIND_OF_OFFICE = `(?:${KINDS_OF_OFFICE})`;
/** The words for a kind of body (部门, 单位, 企业): whose they are, the words before them say. */
export const KIND_OF_BODY = `(?:${KINDS_OF_OFFICE}|企业)`;
// The word that says what kind of body a name is (局, 委, 办, 中心, and 庭, a court's division:
// 审判业务庭), or a single level (镇, 村, 区): the words before it say whose, for what or where;
// alone it names no one body.
const HEAD_WORD_ALONE = new RegExp(`^(?:[${BODY_SUFFIX_CHARS}庭${LEVEL_CHARACTERS}]|中心)$`, "u");

/** Whether a piece is a body's kind word or a single level alone (局, 办, 庭, 中心; 镇, 村). */
export const isHeadWordAlone = (piece: string) => HEAD_WORD_ALONE.test(piece);

// A head with nothing before it — a body's suffix or a single level (局, 镇), kinds of body (单位,
// 单位企业) — or a modifier with no head (所属, 有关, 各).
const HEAD_ALONE = new RegExp(`^(?:[${BODY_SUFFIX_CHARS}]|[${LEVEL_CHARACTERS}]|${KIND_OF_BODY}+)$`, "u");
const MODIFIER_ALONE = new RegExp(`^(?:${EVERY_BODY_OF}|下属|直属|其他|其它|其余)+$`, "u");

/** Whether a piece of a unit list names no body on its own (单位, 镇, 局, 所属): split off from its
 * neighbour, it completes that neighbour or names nothing (see parseUnits). Two-character levels
 * (街道, 社区, 乡镇) are not such pieces: each names every body of its level. */
export function namesNothingAlone(piece: string): boolean {
  return HEAD_ALONE.test(piece) || MODIFIER_ALONE.test(piece);
}
// Two kinds of settlement (城乡, 农村, 乡镇, 城区) name a field of work inside a body's name
// (住房城乡建设厅, 农业农村局), not a place: a piece ending so is no body by itself.
const SETTLEMENT_PAIR = /[城乡镇村县市农][乡村镇区]$/u;

// 慈城镇, 西城区: one character of a place's own name before its level is a place named in full.
const PLACE_OF_ONE_CHARACTER = /^[省市州盟县旗区]?[^省市州盟县旗区乡镇村各][城乡镇村县市农][乡村镇区]$/u;

/** Whether a piece of a unit list ends in a field of work ({@link SETTLEMENT_PAIR}) and so names
 * neither a body nor a place (住房城乡, 城乡); a catch-all (各乡镇) and a town (慈城镇) do. */
export function endsInFieldOfWork(piece: string): boolean {
  return SETTLEMENT_PAIR.test(piece) && !piece.startsWith("各") && !PLACE_OF_ONE_CHARACTER.test(piece);
}

// 大高村镇 周庄街道, 栾城区栾城镇 井陉县测鱼镇: a town's own name may end in a settlement's character
// before its level (大高村, 栾城), and so the town in a settlement pair as a field of work does; a
// field is completed by what follows it (住房城乡 建设局), but a town's name — an own name and a
// township's level, its body's suffix or none — completes nothing: it is a name of its own.
const NAMES_A_TOWN = new RegExp(`^\\p{Script=Han}+?${TOWNSHIP_LEVEL}(?:人民政府|政府|办事处|党委|党工委)?$`, "u");

/** Whether `before` ends in a field of work and `next` completes it into a name (住房城乡 建设厅,
 * 住房和城乡 建设局等): a name broken by a space. */
function completesBrokenName(before: string, next: string): boolean {
  return endsInFieldOfWork(lastPiece(before)) && !OPENS_A_NAME.test(next) && !NAMES_A_TOWN.test(next) && endsLikeUnitName(next.replace(/等$/u, ""));
}

/** The last piece of a list written so far, after its last separator or 及 / 和. */
const lastPiece = (before: string) => before.split(/[\s、，,；;()及和]/u).pop() ?? "";

/** Whether whitespace between `before` and `after` separates two items of a unit list rather
 * than splitting a word: it does unless it sits between Chinese characters mid-name, that is
 * unless neither does `before` end a name nor `after` open a complete one, or `before` ends in a
 * piece that is no name and `after` completes it. */
export function isUnitListBreak(before: string, after: string): boolean {
  const left = before.slice(-1);
  const right = after.slice(0, 1);
  if (!HAN_CHAR.test(left) || !HAN_CHAR.test(right)) return true;
  const next = after.split(/[\s、，,；;]/u)[0];
  // …区 街道, …镇 办事处, …区街 道: a wrap before the kind word of a name, which names no body alone.
  if (isBareKindWord(next) || LONE_SUFFIX.test(next)) return followsBodyNotPlace(before, next);
  // 合阳县 各县、市、区政府: quantified levels open a catch-all of their own.
  if (QUANTIFIED_LEVEL_START.test(next)) return true;
  if (endsLikeUnitName(before)) return !completesBrokenName(before, next);
  // 洋  县人民政府: a level and a government (县人民政府, 区政府) name no body without the place before them.
  if (LEVEL_GOVERNMENT.test(next)) return false;
  // 警政署及所属 消防署: a piece that names nothing (所属) takes no complete name after it.
  const nextName = next.split(/[及和]/u)[0];
  if (namesNothingAlone(lastPiece(before)) && !namesNothingAlone(nextName) && endsLikeUnitName(nextName)) return true;
  return isNameWithItsPlace(next);
}

export interface TextArtefact {
  /** A pinyin gloss (關(guān)), a space inside a word, or a line break inside a word. */
  kind: "pinyin-gloss" | "stray-space" | "line-break";
  excerpt: string;
}

/** How far an excerpt reaches either side of a break when no punctuation ends the words sooner. */
const WORD_REACH = 8;
const WORD_EDGE = /[\s\u00a0\u3000，,。.；;：:、！!？?（）()“”"《》【】[\]]/u;
const MAY_HOLD_ARTEFACT = /[(（\s\u00a0\u3000]/;
// A new line that starts an enumerated item (二、 / 2. / （三）) is a paragraph break, not a
// broken word.
const LIST_ITEM_START = /^(?:[一二三四五六七八九十]+、|\d+[.、．]|[(（][一二三四五六七八九十\d]+[)）])/u;
const BREAK_BETWEEN_HAN = new RegExp(`(?<=${HAN})[ \\t\\r\\n\\u00a0\\u3000]+(?=${HAN})`, "gu");

/** The words either side of a break, whole up to punctuation or WORD_REACH characters (then …). */
function wordsAround(text: string, start: number, end: number): string {
  let left = start;
  while (left > 0 && start - left < WORD_REACH && !WORD_EDGE.test(text[left - 1])) left--;
  let right = end;
  while (right < text.length && right - end < WORD_REACH && !WORD_EDGE.test(text[right])) right++;
  const cutLeft = left > 0 && !WORD_EDGE.test(text[left - 1]);
  const cutRight = right < text.length && !WORD_EDGE.test(text[right]);
  return `${cutLeft ? "…" : ""}${text.slice(left, right)}${cutRight ? "…" : ""}`;
}

/** What most cells hold: shared, so a long plan does not allocate an empty list per cell. */
const NO_ARTEFACTS: readonly TextArtefact[] = Object.freeze([]);

/** Pinyin glosses and words broken by a space or line break, as excerpts of the original quoting
 * the whole words around the break (a line break shown as ⏎), each distinct excerpt once. In a unit
 * list (`unitList`), whitespace after a complete unit name is a separator, not an artefact. */
export function findTextArtefacts(original: string, opts: { unitList?: boolean } = {}): readonly TextArtefact[] {
  // Most cells have neither a bracket nor whitespace: skip the costly Unicode look-arounds.
  if (!MAY_HOLD_ARTEFACT.test(original)) return NO_ARTEFACTS;
  const found: TextArtefact[] = [];
  for (const m of glossMatches(original)) {
    const at = m.index ?? 0;
    found.push({ kind: "pinyin-gloss", excerpt: original.slice(Math.max(0, at - 1), at + m[0].length) });
  }
  for (const m of original.matchAll(BREAK_BETWEEN_HAN)) {
    const at = m.index ?? 0;
    const before = original.slice(0, at);
    const after = original.slice(at + m[0].length);
    const hasLineBreak = /[\r\n]/.test(m[0]);
    const isSeparator = opts.unitList
      ? isUnitListBreak(before, after)
      : hasLineBreak && LIST_ITEM_START.test(after);
    if (isSeparator) continue;
    const excerpt = wordsAround(original, at, at + m[0].length).replace(/[\r\n]+/g, "⏎");
    found.push({ kind: hasLineBreak ? "line-break" : "stray-space", excerpt });
  }
  return found.filter((a, i) => found.findIndex((b) => b.kind === a.kind && b.excerpt === a.excerpt) === i);
}
