// Whom a catch-all (各职能部门, 乡街, 各行政执法部门, 相关责任部门 …) addresses, read from the grammar
// of the name rather than from a list of phrases, so that names no plan used before classify too:
//   相关 / 有关 + …                        → relevant: the units the row names, no one else
//   only level words (+ 政府 / 办事处 …)    → level: every body of that level (乡镇街道, 村社区, 县市区)
//   各 / 所有 / X直 / X属 + a bare body word → every: every department
//   anything else ending in a body word     → class: the members of a class (执法部门, 起草部门)
// The README's decision table says the same; settings (Config.scopes) override a name.
import { normaliseText } from "../normalise";
import type { CatchAllScope } from "../schema";

export type { CatchAllScope };

export type LevelKey = "county" | "township" | "village";

export interface ScopeReading {
  scope: CatchAllScope;
  /** For scope `level`: the highest level the name addresses. */
  level?: LevelKey;
}

const RELEVANT = /[相有]关|^等/u;

// Level words, longest first so 社区 is not read as 区 nor 街道 as 街; 乡街 = 乡镇和街道.
const LEVEL_WORD = /街道|社区|苏木|居委|县|市|区|州|旗|地|乡|镇|街|村|居|组/gu;
const LEVEL_OF_WORD: Record<string, LevelKey> = {
  ...{ 县: "county", 市: "county", 区: "county", 州: "county", 旗: "county", 地: "county" },
  ...{ 街道: "township", 苏木: "township", 乡: "township", 镇: "township", 街: "township" },
  ...{ 社区: "village", 居委: "village", 村: "village", 居: "village", 组: "village" },
};
const LEVEL_RANK: LevelKey[] = ["county", "township", "village"];
const ONLY_LEVEL_WORDS = new RegExp(`^(?:${LEVEL_WORD.source})+$`, "u");
// 各县(市、区)党委和人民政府: the bodies of a level, one or several joined by 和.
const LEVEL_BODY = /(?:(?:人民政府|政府|办事处|党委|党工委|管委会|两委|村委会|居委会|委员会|委)(?:和|及|、)?)+$/u;
// 各街道(功能区), 各镇(办), 各县(市、区)政府(管委会): a bracket adds bodies of no level.
// (〔〕 and ［］ bracket the same way: 各县〔市、区〕人民政府.)
const BRACKET = /[(（〔［][^()（）〔〕［］]*[)）〕］]/gu;
const LEVEL_COUNT = /(?:[两三四五]|各)级$/u;
const SCOPE_OPENERS = /^(?:各|全体|全|所有)/u;

/** The level a name made only of level words (乡街, 各县（市、区）人民政府, 各街道办事处) addresses:
 * read with its brackets (各县（市、区）), else without them (各街道(功能区)). */
function levelOf(name: string): LevelKey | null {
  return levelOfWords(name) ?? levelOfWords(name.replace(BRACKET, ""));
}

function levelOfWords(name: string): LevelKey | null {
  const core = name
    .replace(/[()（）〔〕［］、,，\s]/gu, "")
    .replace(SCOPE_OPENERS, "")
    .replace(LEVEL_BODY, "")
    .replace(LEVEL_COUNT, "");
  if (!core || !ONLY_LEVEL_WORDS.test(core)) return null;
  // A single 市 / 县 / 区 is one body (市政府: the city's); a level needs 各 or several words.
  const words = core.match(LEVEL_WORD) ?? [];
  if (words.length < 2 && !SCOPE_OPENERS.test(name) && /^(?:县|市|区|州|地)$/u.test(core)) return null;
  return LEVEL_RANK.find((key) => words.some((w) => LEVEL_OF_WORD[w] === key)) ?? null;
}

// What stands before a body word without narrowing it: 各, 所有, 各级, 县直 / 局属 / 市直属 / 局机关,
// 职能, 成员, 直属, 下属 — 各职能部门, 县直各单位, 局属单位, 各级各部门 address every department.
// 市政府各部门: the government's departments.
const EVERY_PREFIX =
  /^(?:各级|各|所有|全体|全|[省市州县区乡镇局委办厅]?(?:直属|直|属|下属|所属|机关)|[省市州县区](?:人民)?政府|职能|成员|组成|级)/u;
const BODY_WORD = /^(?:部门|单位|单|科室|处室|股室|站所|机构|机关|部门和单位|单位和部门)$/u;

function addressesEveryDepartment(name: string): boolean {
  let rest = name.replace(/[()（）\s]/gu, "");
  // 县直机关: a prefix never takes the body word itself.
  for (let next = rest.replace(EVERY_PREFIX, ""); next !== rest && next !== ""; next = rest.replace(EVERY_PREFIX, "")) rest = next;
  return rest !== name && BODY_WORD.test(rest);
}

/** Whom a catch-all addresses. `overrides`: scopes the settings give names (compared normalised). */
export function catchAllScope(name: string, overrides: Record<string, CatchAllScope> = {}): ScopeReading {
  const written = normaliseText(name).replace(/\s+/gu, "");
  const level = levelOf(written);
  const override = Object.entries(overrides).find(([n]) => normaliseText(n).replace(/\s+/gu, "") === written)?.[1];
  if (override) return override === "level" ? { scope: "level", level: level ?? "township" } : { scope: override };
  if (RELEVANT.test(written)) return { scope: "relevant" };
  if (level) return { scope: "level", level };
  if (addressesEveryDepartment(written)) return { scope: "every" };
  return { scope: "class" };
}

// A named unit of a level: 城关镇, 岳塘街道办事处, 石门村, 某县人民政府 (a 区 or 县 needs 政府, since
// 高新区 and 经开区 are zones, not level bodies).
const MEMBER_OF_LEVEL: Record<LevelKey, RegExp> = {
  county: /(?:县|市|区|旗)(?:人民政府|政府)$/u,
  township: /(?:乡|镇|街道|苏木)(?:人民政府|政府|办事处|党委)?$|街道办$/u,
  village: /(?:村|社区)(?:村委会|居委会|委员会|两委)?$/u,
};

/** The level a specific unit's name says it is of, if any. */
export function levelOfUnit(name: string): LevelKey | null {
  const n = normaliseText(name);
  for (const key of ["village", "township", "county"] as const) if (MEMBER_OF_LEVEL[key].test(n)) return key;
  return null;
}

const LEVEL_WORD_IN_ROSTER: [LevelKey, RegExp][] = [
  ["village", /村|社区|居/u],
  ["township", /乡|镇|街/u],
  ["county", /县|市|区/u],
];

/** A level as a roster writes it in its 层级 column (乡镇, 乡镇街道, 村社区, 县市区). */
export function levelOfRosterText(text: string): LevelKey | null {
  const t = normaliseText(text);
  if (!t) return null;
  for (const [key, word] of LEVEL_WORD_IN_ROSTER) if (word.test(t)) return key;
  return null;
}
