// Cells a clerk could write from the real names of DIFFERENT development plans (test/genre, the
// fixtures): names joined by every separator plans use, with role words after them, with catch-alls
// among them, and run together where both are complete bodies. A seeded generator makes the same
// few thousand cells on every run; each must read as exactly the names put in, with their roles.
import { seeded } from "../../test/support/seeded";
import { labelledNames, type LabelledName } from "../../test/support/unitnames";
import type { UnitRole } from "./schema";
import { endsLikeUnitName, isNameWithItsPlace } from "./normalise";
import { parseUnits } from "./units";

const ALL = labelledNames().map((n) => ({ ...n, generic: parseUnits(n.name).units[0].generic }));

// Compositions a clerk could not read either, left out with why:
const AMBIGUOUS: [why: string, test: (n: LabelledName) => boolean][] = [
  // A name holding a bracketed list (各县(市、区)政府) is written as printed; one whose brackets
  // hold a remark or another body reads the same with a separator after it.
  ["brackets inside the name hold a list of their own; the grammar tests bracketed names apart", (n) => /[()]/.test(n.name)],
  ["a label kept of a name the source cut off (高 of 高新区) names no body to compose", (n) => n.name.length < 2],
];
const USABLE = ALL.filter((n) => !AMBIGUOUS.some(([, bad]) => bad(n)));
const SPECIFIC = USABLE.filter((n) => !n.generic);
const CATCH_ALLS = USABLE.filter((n) => n.generic);

interface Cell {
  text: string;
  units: [name: string, role: UnitRole][];
}

/** `count` names of different plans, none the same as another or a part of another. */
function pick(random: () => number, pool: typeof USABLE, count: number, taken: typeof USABLE = []): typeof USABLE {
  const chosen = [...taken];
  while (chosen.length < taken.length + count) {
    const n = pool[Math.floor(random() * pool.length)];
    if (chosen.some((c) => c.plan === n.plan || c.name.includes(n.name) || n.name.includes(c.name))) continue;
    chosen.push(n);
  }
  return chosen.slice(taken.length);
}

const SEPARATORS = ["、", "，", ",", "；", "/", " ", "\n", "和", "及"];
// Inside one clause: a role word after the list settles every name of it.
const CLAUSE_SEPARATORS = ["、", "/", " ", "\n", "和", "及"];

// Joins a clerk could not read either, left out with why (the generator writes 、 there instead):
const ENDS_IN_PLACE = /[省市州盟县旗区乡镇]$/u;
const BELOW_COUNTY = /[乡镇街村]/u;
// A level and a government alone (镇人民政府) take the place written before them (洋  县人民政府).
const LEVEL_GOVERNMENT = /^[省市州盟县旗区乡镇](?:人民政府|政府)$/u;
const placeless = (b: string) => !isNameWithItsPlace(b) || LEVEL_GOVERNMENT.test(b);
const AMBIGUOUS_JOINS: [why: string, test: (a: string, join: string, b: string) => boolean][] = [
  [
    "a name ending in no body's suffix (区城投, 人民大垸, a truncated 县直各有关单) may run on into what follows a space, line break or 和 with no place of its own (区城投 法规处)",
    (a, join, b) => /^(?:\s|和)$/u.test(join) && !endsLikeUnitName(a) && !ENDS_IN_PLACE.test(a) && placeless(b),
  ],
  [
    "a place named in full before a space, line break or 和 and a name with no place of its own may be one name (白水县 规划局, 蓝田县和平路街道)",
    (a, join, b) => /^(?:\s|和)$/u.test(join) && ENDS_IN_PLACE.test(a) && placeless(b),
  ],
  [
    "a space or line break before a level and its government alone (各街道 镇人民政府) may split one name (洋  县人民政府)",
    (_a, join, b) => /^\s$/u.test(join) && LEVEL_GOVERNMENT.test(b),
  ],
  [
    "a level and its government after 各 and levels of its tier (各乡镇、镇人民政府) is one more head of that list, as in 全区各街道、镇政府",
    (a, join, b) => /^[、和]$/u.test(join) && /^各/u.test(a) && BELOW_COUNTY.test(a) && /^[乡镇](?:人民政府|政府)$/u.test(b),
  ],
];
const readable = (names: string[], join: string) => names.every((a, i) => i === 0 || !AMBIGUOUS_JOINS.some(([, bad]) => bad(names[i - 1], join, a)));

/** A list of names with one separator (or 、 or / where that one would be ambiguous). */
function list(random: () => number, names: string[], separators = SEPARATORS): string {
  const join = separators[Math.floor(random() * separators.length)];
  return names.join([join, "、", "/"].find((j) => readable(names, j)));
}

/** Names with catch-alls among them, listed; each responsible as no role word says otherwise. */
function listed(random: () => number): Cell {
  const names = pick(random, SPECIFIC, 2 + Math.floor(random() * 3));
  if (random() < 0.4) names.splice(Math.floor(random() * (names.length + 1)), 0, ...pick(random, CATCH_ALLS, 1, names));
  return { text: list(random, names.map((n) => n.name)), units: names.map((n) => [n.name, "responsible"]) };
}

/** `A牵头，B、C配合`, `A、B负责`, `牵头单位：A；配合单位：B`: roles written after names or as labels. */
function withRoles(random: () => number): Cell {
  const [lead, ...rest] = pick(random, SPECIFIC, 2 + Math.floor(random() * 2));
  const partners = random() < 0.3 ? [...rest, ...pick(random, CATCH_ALLS, 1, [lead, ...rest])] : rest;
  const others = partners.map((n) => n.name);
  const form = Math.floor(random() * 3);
  if (form === 0) {
    return {
      // (after ， or ； a role word is its own clause's: A，B配合 leaves A responsible, as README's lead
      // convention and ROLE_OVER_COMMAS in test/invariance.test.ts say)
      text: `${lead.name}牵头，${list(random, others, CLAUSE_SEPARATORS)}配合`,
      units: [[lead.name, "lead"], ...others.map((n): [string, UnitRole] => [n, "co"])],
    };
  }
  if (form === 1) {
    return { text: `牵头单位：${lead.name}；配合单位：${others.join("、")}`, units: [[lead.name, "lead"], ...others.map((n): [string, UnitRole] => [n, "co"])] };
  }
  const all = [lead.name, ...others];
  return { text: `${list(random, all, CLAUSE_SEPARATORS)}负责`, units: all.map((n) => [n, "responsible"]) };
}

// Run together with no separator: only where the first ends in a body's suffix and the second opens
// with its own level (县财政局县发改委). Left out, with why:
// - a name ending in a bare place (宁陵县) or a bare party committee (县委): 县委县政府 is one joint office;
// - a second name with no place of its own: after a bureau it reads as the bureau's part (县公安局城关派出所);
// - a first name of two characters (妇联区卫健委): a place's own name reads the same (汉台区人民政府).
const BODY_END = /(?:[局委办室厅院所站馆队股科处部]|中心|公司|集团|[员工商协学]会|[妇残文侨]联)$/u;
const PARTY_COMMITTEE = /^[省市州盟县旗区乡镇]委$/u;
const OPENS_WITH_LEVEL = /^[省市州盟县旗区]/u;
const RUN_FIRST = SPECIFIC.filter((n) => BODY_END.test(n.name) && !PARTY_COMMITTEE.test(n.name) && n.name.length > 2);
const RUN_SECOND = RUN_FIRST.filter((n) => OPENS_WITH_LEVEL.test(n.name));

function runTogether(random: () => number): Cell {
  const [first] = pick(random, RUN_FIRST, 1);
  const [second] = pick(random, RUN_SECOND, 1, [first]);
  return { text: `${first.name}${second.name}`, units: [[first.name, "responsible"], [second.name, "responsible"]] };
}

// Places named in full (合阳县, 西乡县人民政府), a level's government (县人民政府) and catch-alls over
// levels (各乡镇, 各县、市、区政府) beside other names: what decides where a name ends is the place it
// opens with, so these meet more often than a uniform draw would make them.
const OPENS_WITH_PLACE = /^(?:[^省市州盟县旗区乡镇各]{2,3}[省市州盟县旗区乡镇]|[省市州盟县旗区乡镇](?:人民政府|政府)$)/u;
const PLACES = SPECIFIC.filter((n) => OPENS_WITH_PLACE.test(n.name));
const LEVEL_CATCH_ALLS = CATCH_ALLS.filter((n) => /^各[省市州盟县旗区乡镇街村]/u.test(n.name));

function placesAmong(random: () => number): Cell {
  const places = pick(random, PLACES, 2);
  const catchAll = pick(random, LEVEL_CATCH_ALLS, 1, places);
  const names = [...places, ...catchAll, ...pick(random, SPECIFIC, 1, [...places, ...catchAll])];
  const drawn = [...names];
  const shuffled = names.map(() => drawn.splice(Math.floor(random() * drawn.length), 1)[0]);
  return { text: list(random, shuffled.map((n) => n.name)), units: shuffled.map((n) => [n.name, "responsible"]) };
}

// A catch-all over levels ending in one of their governing bodies (各乡镇人民政府, 各县、市、区政府)
// and another of those bodies after 、 or 和 (各乡镇人民政府、党委): one catch-all over both heads.
const GOVERNING_HEADS = ["党委", "政府", "人民政府", "党工委", "人大", "政协"];
const GOVERNED_LEVELS = LEVEL_CATCH_ALLS.filter((n) => /(?:政府|党委|党工委)$/u.test(n.name));

function moreHeads(random: () => number): Cell {
  const [levels] = pick(random, GOVERNED_LEVELS, 1);
  const heads = GOVERNING_HEADS.filter((h) => !levels.name.endsWith(h) && !h.endsWith(levels.name.slice(-2)));
  const head = heads[Math.floor(random() * heads.length)];
  return besideAnother(random, `${levels.name}${random() < 0.5 ? "、" : "和"}${head}`, levels);
}

/** A catch-all made here, before or after a name of another plan across ，；or /. */
function besideAnother(random: () => number, catchAll: string, from: (typeof USABLE)[number]): Cell {
  const [other] = pick(random, SPECIFIC, 1, [from]);
  const names = random() < 0.5 ? [catchAll, other.name] : [other.name, catchAll];
  return { text: names.join(["，", "；", "/"][Math.floor(random() * 3)]), units: names.map((n) => [n, "responsible"]) };
}

// A catch-all over bare levels (各乡镇, 各县市区) and more bare levels of any tier after 、 or a last
// 和 (各街道、乡镇、村居, 各县市区、乡镇和村(社区)): the quantifier covers every one, so one catch-all.
const BARE_LEVEL_CATCH_ALLS = LEVEL_CATCH_ALLS.filter((n) => /^各(?:省|市|州|县|区|乡|镇|街道|村|社区)+$/u.test(n.name));
const BARE_LEVEL_WORDS = ["县(市、区)", "乡镇", "镇", "街道", "镇街", "村", "社区", "村居", "村社区", "村(社区)"];

function moreLevels(random: () => number): Cell {
  const [levels] = pick(random, BARE_LEVEL_CATCH_ALLS, 1);
  const fresh = BARE_LEVEL_WORDS.filter((w) => !levels.name.includes(w.replace(/\(.*\)/u, "")));
  const words = Array.from({ length: 1 + Math.floor(random() * 2) }, () => fresh.splice(Math.floor(random() * fresh.length), 1)[0]);
  const more = words.length > 1 && random() < 0.5 ? `${words[0]}和${words[1]}` : words.join("、");
  return besideAnother(random, `${levels.name}、${more}`, levels);
}

// A catch-all over levels ending in their governing body (各县、市、区政府, 各乡镇人民政府) with a level
// word of more than one character and the same tier added to its list (各县、市、区、特区政府,
// 各乡镇、街道人民政府): still one catch-all.
const LONGER_LEVEL_WORDS = { county: ["特区", "新区", "林区", "自治县", "县级市", "开发区", "园区"], belowCounty: ["乡镇", "街道"] };
const LEVELS_THEN_BODY = /^(各[省市州盟县旗区乡镇街道村()、]+?)((?:人民政府|政府|党委|党工委)(?:和(?:人民政府|政府|党委|党工委))*)$/u;
const LISTED_GOVERNED_LEVELS = GOVERNED_LEVELS.filter((n) => LEVELS_THEN_BODY.test(n.name));

function longerLevel(random: () => number, quantifier = "各"): Cell {
  const [levels] = pick(random, LISTED_GOVERNED_LEVELS, 1);
  const [, list, body] = LEVELS_THEN_BODY.exec(levels.name)!;
  const words = BELOW_COUNTY.test(list) ? LONGER_LEVEL_WORDS.belowCounty : LONGER_LEVEL_WORDS.county;
  const word = words[Math.floor(random() * words.length)];
  return besideAnother(random, `${quantifier}${list.slice(1)}、${word}${body}`, levels);
}

// The same lists after another word ranging over every body of the levels (相关县、市、区、特区政府,
// 沿线乡镇、街道人民政府): one catch-all as the 各-list is.
const OTHER_QUANTIFIERS = ["相关", "有关", "所在", "涉及的", "所属", "属地", "沿线", "试点", "各相关"];
const otherQuantifier = (random: () => number) => longerLevel(random, OTHER_QUANTIFIERS[Math.floor(random() * OTHER_QUANTIFIERS.length)]);

// A staffing column (人员安排, 督查组组成): runs of complete names, each closed by what its bodies send,
// then the team they make up. The clause, a head count or people after a name ends it; none is a
// unit, and a role word closing the clause (参加, 配合) is the run's role.
const COMPLETE = SPECIFIC.filter((n) => endsLikeUnitName(n.name));
const COMPLETE_CATCH_ALLS = CATCH_ALLS.filter((n) => endsLikeUnitName(n.name));
const SENDS: [clause: string, role: UnitRole][] = [
  ["各安排1名副局长", "responsible"],
  ["各抽调1名科长", "responsible"],
  ["分别抽调2名工作人员", "responsible"],
  ["各派1名分管领导", "responsible"],
  ["各选派1-2名业务骨干", "responsible"],
  ["各1人", "responsible"],
  ["精干力量", "responsible"],
  ["工作人员", "responsible"],
  ["均派员参加", "co"],
  ["各派1名联络员配合", "co"],
];
const TEAMS = ["组成2个督查小组", "共同组成督查组", "组成联合检查组", "共3人"];

function staffed(random: () => number): Cell {
  const runs = 1 + Math.floor(random() * 3);
  const taken: typeof USABLE = [];
  const clauses: string[] = [];
  const units: Cell["units"] = [];
  for (let r = 0; r < runs; r++) {
    const names = pick(random, COMPLETE, 1 + Math.floor(random() * 2), taken);
    if (random() < 0.2) names.push(...pick(random, COMPLETE_CATCH_ALLS, 1, [...taken, ...names]));
    taken.push(...names);
    const [clause, role] = SENDS[Math.floor(random() * SENDS.length)];
    clauses.push(`${names.map((n) => n.name).join("、")}${clause}`);
    units.push(...names.map((n): [string, UnitRole] => [n.name, role]));
  }
  if (random() < 0.5) clauses.push(TEAMS[Math.floor(random() * TEAMS.length)]);
  return { text: clauses.join("，"), units };
}

const FORMS = [listed, withRoles, runTogether, placesAmong];
const CELLS = 8000;

const MORE_HEADS_CELLS = 1000;
const MORE_LEVELS_CELLS = 500;
const LONGER_LEVEL_CELLS = 300;
const OTHER_QUANTIFIER_CELLS = 300;
const STAFFED_CELLS = 1000;

function cells(): Cell[] {
  const random = seeded(20261207);
  // (moreHeads draws from a stream of its own, so the other forms compose the cells they always did)
  const moreHeadsRandom = seeded(20261208);
  const moreLevelsRandom = seeded(20261209);
  const longerLevelRandom = seeded(20261210);
  const otherQuantifierRandom = seeded(20261211);
  const staffedRandom = seeded(20261212);
  return [
    ...Array.from({ length: CELLS }, (_, i) => FORMS[i % FORMS.length](random)),
    ...Array.from({ length: MORE_HEADS_CELLS }, () => moreHeads(moreHeadsRandom)),
    ...Array.from({ length: MORE_LEVELS_CELLS }, () => moreLevels(moreLevelsRandom)),
    ...Array.from({ length: LONGER_LEVEL_CELLS }, () => longerLevel(longerLevelRandom)),
    ...Array.from({ length: OTHER_QUANTIFIER_CELLS }, () => otherQuantifier(otherQuantifierRandom)),
    ...Array.from({ length: STAFFED_CELLS }, () => staffed(staffedRandom)),
  ];
}

test("the pools hold real names of many plans", () => {
  expect(SPECIFIC.length).toBeGreaterThan(300);
  expect(CATCH_ALLS.length).toBeGreaterThan(30);
  expect(RUN_SECOND.length).toBeGreaterThan(30);
  expect(PLACES.length).toBeGreaterThan(20);
  expect(LEVEL_CATCH_ALLS.length).toBeGreaterThan(10);
  expect(GOVERNED_LEVELS.length).toBeGreaterThan(3);
  expect(BARE_LEVEL_CATCH_ALLS.length).toBeGreaterThan(2);
  expect(LISTED_GOVERNED_LEVELS.length).toBeGreaterThan(3);
  expect(new Set(SPECIFIC.map((n) => n.plan)).size).toBeGreaterThan(60);
  expect(COMPLETE.length).toBeGreaterThan(200);
  expect(COMPLETE_CATCH_ALLS.length).toBeGreaterThan(20);
});

test(`${CELLS + MORE_HEADS_CELLS + MORE_LEVELS_CELLS + LONGER_LEVEL_CELLS + OTHER_QUANTIFIER_CELLS + STAFFED_CELLS} composed cells read as the names and roles put in`, () => {
  const wrong = cells().flatMap((cell) => {
    const got = parseUnits(cell.text).units.map((u): [string, UnitRole] => [u.name, u.role]);
    return JSON.stringify(got) === JSON.stringify(cell.units) ? [] : [`${JSON.stringify(cell.text)} read as ${JSON.stringify(got)}`];
  });
  expect(wrong).toEqual([]);
});
