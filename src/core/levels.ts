// China's administrative divisions (宪法第三十条, 行政区划管理条例), tier by tier: the closed class of
// words a plan uses for a level of places. Every list of levels the reader knows derives from here.
//
// A tier's plain words make a list of levels by themselves (市、县财政局 names every city's and
// county's bureau); its particular kinds are read as levels only after a quantifier (各县、特区、区
// 人民政府), for 县财政局、特区财政局 names two bodies.
// 盟 / 旗 / 苏木 / 嘎查 are Inner Mongolia's 地区 / 县 / 乡 / 村.

/** A 地区's office (行政公署), set up by the province: in a list of levels it stands for its 地区
 * (各行署、市、县政府), after the 地区 it is that 地区's body (地区行署), as 政府 is a 县's. */
export const PREFECTURE_OFFICES = ["行署", "行政公署"] as const;

const TIERS = {
  province: { plain: ["省"], particular: ["自治区", "直辖市"] },
  prefecture: { plain: ["市", "州", "盟"], particular: ["地区", ...PREFECTURE_OFFICES, "自治州"] },
  county: { plain: ["县", "区", "旗"], particular: ["自治县", "县级市", "市辖区", "自治旗", "特区", "林区"] },
  township: { plain: ["乡", "镇", "苏木", "街道"], particular: ["民族乡", "区公所"] },
  village: { plain: ["村", "社区", "嘎查"], particular: [] },
} as const;
type Tier = keyof typeof TIERS;

// A county's own offices at the township tier (派出机关), no government: a plan addresses them
// together, so 街道办事处 alone is every one of them.
const COUNTY_OFFICES = ["街道", "区公所"];
// Zones a plan lists as levels (各县区、开发区管委会): not divisions, and so none of the levels alone.
const ZONES = ["新区", "矿区", "开发区", "园区"];
// How a list shortens a level (乡街, 村居, 村组: 街道, 居委会, 村民小组).
const SHORTENED = ["街", "居", "组"];

const wordsOf = (tiers: Tier[], kinds: ("plain" | "particular")[] = ["plain", "particular"]) =>
  tiers.flatMap((tier) => kinds.flatMap((kind): readonly string[] => TIERS[tier][kind]));
const ALL_TIERS = Object.keys(TIERS) as Tier[];
const GOVERNED_TIERS: Tier[] = ["province", "prefecture", "county", "township"];

/** A regex alternation of words, the longest first (县级市 before 县). */
const alternation = (words: readonly string[]) => `(?:${[...new Set(words)].sort((a, b) => b.length - a.length).join("|")})`;
const oneCharacterWords = (words: readonly string[]) => words.filter((w) => w.length === 1).join("");

/** A plain level word (市, 县, 街道): lists of these before a body name every body of the levels. */
export const PLAIN_LEVEL = alternation(wordsOf(ALL_TIERS, ["plain"]));
/** Any level word, or a zone written as one (自治县, 特区, 行署, 开发区): read so after a quantifier. */
export const ANY_LEVEL = alternation([...wordsOf(ALL_TIERS), ...ZONES]);
/** A level word or its short form (乡街, 村居): a name made only of these names every body of them. */
export const LEVEL_OR_SHORT_FORM = alternation([...wordsOf(ALL_TIERS), ...SHORTENED]);
/** A level's short form alone (街 in 镇街, 居 in 村居): a level only after a plain level word. */
export const SHORT_LEVEL = alternation(SHORTENED);
/** A level whose body, named alone with it, is one body (市政府, 自治州政府, 地区行署): every
 * governed level's, not a county's offices' (街道办事处) nor a village's (村委会). */
export const LEVEL_OF_ONE_BODY = alternation(wordsOf(GOVERNED_TIERS).filter((w) => !COUNTY_OFFICES.includes(w)));
/** A township's level (镇, 乡, 街道, 苏木, 民族乡): what closes a town's name after its own name. */
export const TOWNSHIP_LEVEL = alternation(wordsOf(["township"]));
/** A level below the county (乡, 街道, 社区): a place with a government or office but no departments. */
export const BELOW_COUNTY_LEVEL = alternation(wordsOf(["township", "village"]));
/** The governed tiers from the province down, each a capturing group: which group a name opens
 * with is its tier (1 the highest). */
export const TIER_GROUPS = `(?:${GOVERNED_TIERS.map((tier) => `(${alternation(wordsOf([tier]))})`).join("|")})`;
/** The levels of one character (区, 镇, 村), for a character class. */
export const LEVEL_CHARACTERS = oneCharacterWords(wordsOf(ALL_TIERS));
/** The levels of one character with a government, whose name opens a body's (县财政局), for a class. */
export const GOVERNED_LEVEL_CHARACTERS = oneCharacterWords(wordsOf(GOVERNED_TIERS));
