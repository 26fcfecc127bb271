// The zones the statistics code list counts among counties (test/data/placenames.json: 唐山高新技术
// 产业开发区, 苏州工业园区, 保定白沟新城, 邯郸冀南新区, 五台山风景名胜区 …), named with their bodies as
// a plan names them: the management committee that runs a zone (X管委会, X管理委员会), the zone's
// bureaus (滨海新区财政局) and its department of a field (交通运输部门), alone, listed with each other
// and with a county's bodies, after a role label, signing a notice. A clerk reads each as one body of
// that zone, whatever the zone's own name holds: a place, the words describing the zone (高新技术产业,
// 经济技术, 城乡一体化), the zone's word (开发区, 园区, 新区, 新城, 示范区, 实验区) and the body's suffix.
import { isZone, PLACES, readsAs, signsOff } from "../../test/support/placenames";
import { propertiesHoldButResidue } from "../../test/support/properties";
import type { UnitRole } from "./schema";
import { parseUnits } from "./units";

const ZONES = PLACES.filter(isZone);

/** The next zone in the list (wrapping round): the partner for a list of two zones' committees. */
const nextZone = (zone: string) => ZONES[(ZONES.indexOf(zone) + 1) % ZONES.length];

// A county beside each zone, the nearest after it in the list (its own city's, mostly) whose bureau
// the grammar reads alone (placenames.property.test.ts holds the rest): what fails beside it is the
// zone's.
const COUNTIES = PLACES.filter((p) => !isZone(p) && /[县区市旗]$/u.test(p) && readsAs(`${p}财政局`, [`${p}财政局`]));
const countyBeside = (zone: string) => {
  const at = PLACES.indexOf(zone);
  return COUNTIES.find((c) => PLACES.indexOf(c) > at) ?? COUNTIES[0];
};

const COMMITTEES = ["管委会", "管理委员会"];
// What a plan writes between two bodies of a list: 、 and ；, a space, a line break.
const SEPARATORS = ["、", "；", " ", "\n"];

/** Whether `text` reads as exactly the bodies `names` with the roles `roles`, in order. */
function readsWithRoles(text: string, names: string[], roles: UnitRole[]): boolean {
  const { units } = parseUnits(text);
  return readsAs(text, names) && units.every((u, i) => u.role === roles[i]);
}

const PROPERTIES: Record<string, (zone: string) => boolean> = {
  "X管委会 (X管理委员会) is one specific body": (x) => COMMITTEES.every((c) => readsAs(`${x}${c}`, [`${x}${c}`])),
  "X财政局 (经济发展局) is one specific body": (x) => ["财政局", "经济发展局"].every((b) => readsAs(`${x}${b}`, [`${x}${b}`])),
  "X管委会、Y管委会 (two zones) is two bodies": (x) =>
    COMMITTEES.every((c) => readsAs(`${x}${c}、${nextZone(x)}${c}`, [`${x}${c}`, `${nextZone(x)}${c}`])),
  "X管委会 beside a county's bureau (、；space, line break, either first) is two bodies": (x) => {
    const [zone, county] = [`${x}管委会`, `${countyBeside(x)}财政局`];
    return SEPARATORS.every((s) => readsAs(`${zone}${s}${county}`, [zone, county]) && readsAs(`${county}${s}${zone}`, [county, zone]));
  },
  "牵头单位：X管委会；配合单位：Y财政局 keeps the roles": (x) => {
    const [zone, county] = [`${x}管理委员会`, `${countyBeside(x)}财政局`];
    return (
      readsWithRoles(`牵头单位：${zone}`, [zone], ["lead"]) &&
      readsWithRoles(`牵头单位：${zone}；配合单位：${county}`, [zone, county], ["lead", "co"])
    );
  },
  "X交通运输部门 is one specific body": (x) => readsAs(`${x}交通运输部门`, [`${x}交通运输部门`]),
  "X管理委员会 (管委会办公室) over a date under measures is no task": (x) => ["管理委员会", "管委会办公室"].every((b) => signsOff(`${x}${b}`)),
};

// Zones the grammar still reads otherwise, each with why a rule for it would break more than it
// mends; a zone a fix starts reading right fails the test until it is taken off here.
const RESIDUE: [why: string, zones: string[]][] = [
  [
    "its zone's word is a trade's (食品区, a food zone), as a market's or a fair's sections are named (食品区, 蔬菜区): a rule taking X食品区 for a zone would take those for places",
    ["吉林中国新加坡食品区"],
  ],
];
const EXCUSED = new Set(RESIDUE.flatMap(([, zones]) => zones));

// How many zones each property still fails for, every one of them in RESIDUE.
const RESIDUE_FAILING: Record<string, number> = {
  "X交通运输部门 is one specific body": 1,
  "X管理委员会 (管委会办公室) over a date under measures is no task": 1,
};

propertiesHoldButResidue("zone run by a management committee", ZONES, PROPERTIES, EXCUSED, RESIDUE_FAILING);

it("takes the 121 zones the code list counts", () => {
  expect(ZONES.length).toBe(121);
});
