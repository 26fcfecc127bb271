// Cells naming the bodies a county, city or province really has (test/data/publicbodies.json: the
// 2018–2019 机构改革 line-ups, full and shortened), from places no plan here comes from. The reader
// must read them by the grammar of public bodies' names, not from names it has met: each alone, three
// listed with every separator, with role words, before 等 and in traditional characters.
import { Converter } from "opencc-js";
import { seeded } from "../../test/support/seeded";
import publicBodies from "../../test/data/publicbodies.json";
import type { UnitRole } from "./schema";
import { parseUnits } from "./units";

// A county's name also follows a district's level (every 县 of it: 县委县政府督查室, 区委区政府督查室)
// and a place named in full, a city's and a province's their own place: 县财政局, 区财政局,
// 宁陵县财政局, 临川区财政局; 市发改委, 宁德市发改委; 省财政厅, 河南省财政厅.
const PLACES_OF_LEVEL: Record<string, string[]> = { 县: ["宁陵"], 区: ["临川"], 市: ["宁德"], 省: ["河南"] };

/** A name as written after its own level and after the other levels and places of its tier. */
function atItsLevels(name: string): string[] {
  const levels = /^团?县/u.test(name) ? [name, name.replaceAll("县", "区")] : [name];
  return levels.flatMap((n) => [n, ...(PLACES_OF_LEVEL[n[0]] ?? []).map((place) => `${place}${n}`)]);
}

interface Body {
  name: string;
  kind: string;
}

const BODIES: Body[] = Object.entries(publicBodies.kinds).flatMap(([kind, names]) =>
  [...new Set(names.flatMap(atItsLevels))].map((name) => ({ name, kind })),
);

// Names the reader still cannot read, counted, each with why it cannot without breaking a plan it reads.
const NOT_YET_READ: [why: string, names: string[]][] = [];
const notYetRead = new Set(NOT_YET_READ.flatMap(([, names]) => names));
const READ = BODIES.filter((b) => !notYetRead.has(b.name));

const toTraditional = Converter({ from: "cn", to: "t" });

interface Cell {
  text: string;
  units: [name: string, role: UnitRole][];
}

/** What the reader makes of a cell: names and roles, or a line saying what it read instead. */
function misread(cell: Cell): string[] {
  return [cell.text, toTraditional(cell.text)].flatMap((text) => {
    const got = parseUnits(text).units.map((u): [string, UnitRole] => [u.name, u.role]);
    return JSON.stringify(got) === JSON.stringify(cell.units) ? [] : [`${JSON.stringify(text)} read as ${JSON.stringify(got)}`];
  });
}

/** `count` bodies other than `first`, none a part of another (县纪委 of 县纪委监委). */
function others(random: () => number, first: Body, count: number): Body[] {
  const chosen = [first];
  while (chosen.length < count + 1) {
    const b = READ[Math.floor(random() * READ.length)];
    if (!chosen.some((c) => c.name.includes(b.name) || b.name.includes(c.name))) chosen.push(b);
  }
  return chosen.slice(1);
}

// How clerks join names in one cell; 和 or 及 may join the last two of a list of any separator.
const SEPARATORS = ["、", "，", ",", "、 ", "\n", " "];
const LAST_JOINS = ["和", "及"];

/** Each body first in a list of three, and last in another with another separator: every body is
 * read before and after others. */
function listed(random: () => number, body: Body, i: number, bodyLast = false): Cell {
  const drawn = [body, ...others(random, body, 2)].map((b) => b.name);
  const names = bodyLast ? drawn.reverse() : drawn;
  const separator = SEPARATORS[(i + (bodyLast ? 3 : 0)) % SEPARATORS.length];
  const lastJoin = random() < 0.3 ? LAST_JOINS[Math.floor(random() * LAST_JOINS.length)] : separator;
  return { text: `${names[0]}${separator}${names[1]}${lastJoin}${names[2]}`, units: names.map((n) => [n, "responsible"]) };
}

/** `B1牵头，B2、B3配合`: the lead, then its partners. */
function withRoles(random: () => number, body: Body): Cell {
  const [second, third] = others(random, body, 2).map((b) => b.name);
  return { text: `${body.name}牵头，${second}、${third}配合`, units: [[body.name, "lead"], [second, "co"], [third, "co"]] };
}

// 等 closes a list (README: a list closed by 等 部门 names the bodies before it); 等 and a quantified
// kind (等有关部门, 等相关单位) add that catch-all.
const AFTER_ETC: [words: string, catchAll: string | null][] = [
  ["等部门", null],
  ["等单位", null],
  ["等", null],
  ["等有关部门", "有关部门"],
  ["等相关单位", "相关单位"],
];

function closedByEtc(random: () => number, body: Body, i: number): Cell {
  const [words, catchAll] = AFTER_ETC[i % AFTER_ETC.length];
  const names = random() < 0.5 ? [body.name] : [body.name, ...others(random, body, 1).map((b) => b.name)];
  const units = [...names, ...(catchAll ? [catchAll] : [])].map((n): [string, UnitRole] => [n, "responsible"]);
  return { text: `${names.join("、")}${words}`, units };
}

function cells(): Cell[] {
  const random = seeded(20261207);
  return READ.flatMap((body, i) => [listed(random, body, i), listed(random, body, i, true), withRoles(random, body), closedByEtc(random, body, i)]);
}

test("the list holds the bodies of every level and kind", () => {
  expect(BODIES.length).toBeGreaterThan(600);
  expect(new Set(BODIES.map((b) => b.kind)).size).toBe(Object.keys(publicBodies.kinds).length);
});

test(`each of ${BODIES.length} bodies' names alone is one body`, () => {
  const wrong = READ.flatMap((b) => misread({ text: b.name, units: [[b.name, "responsible"]] }));
  const generic = READ.filter((b) => parseUnits(b.name).units.some((u) => u.generic)).map((b) => b.name);
  expect([...wrong, ...generic]).toEqual([]);
});

test("each catch-all over bodies is one catch-all", () => {
  const wrong = publicBodies.catchAlls.filter((name) => {
    const units = parseUnits(name).units;
    return units.length !== 1 || units[0].name !== name || !units[0].generic;
  });
  expect(wrong).toEqual([]);
});

test(`${READ.length * 4} cells of bodies listed, with roles and closed by 等 read as the names put in`, () => {
  expect(cells().flatMap(misread)).toEqual([]);
});

test("the names the reader cannot yet read are few and still misread", () => {
  expect(notYetRead.size).toBeLessThanOrEqual(0);
  const stillWrong = [...notYetRead].filter((name) => misread({ text: name, units: [[name, "responsible"]] }).length > 0);
  expect(stillWrong.sort()).toEqual([...notYetRead].sort());
});
