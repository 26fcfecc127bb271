// Every real province-, prefecture- and county-level name of China (test/data/placenames.json, the
// statistics bureau's code list), for the property tests that name bodies of those places
// (src/core/placenames.property.test.ts, src/core/zonenames.property.test.ts).
import { readFileSync } from "fs";
import { join } from "path";
import { readPlan } from "../../src/core/index";
import type { CellValue } from "../../src/core/schema";

interface PlaceNames {
  provinces: string[];
  prefectures: string[];
  counties: string[];
}
const data = JSON.parse(readFileSync(join(__dirname, "../data/placenames.json"), "utf8")) as PlaceNames;

/** Every place of the list once, in its order (a province, then its prefectures and counties). */
export const PLACES = [...new Set([...data.provinces, ...data.prefectures, ...data.counties])];

// The code list counts zones run by a management committee among counties (唐山高新技术产业开发区,
// 苏州工业园区, 保定白沟新城): they end in a zone's word, and have a 管委会 where a county has a 人民政府.
const ZONE = /(?:开发区|园区|示范区|实验区|新区|聚集区|新城|风景名胜区|食品区)$/u;
export const isZone = (place: string) => ZONE.test(place);

export { readsAs } from "./readsas";

// A bureau's notice of measures copied into a sheet paragraph by paragraph (as in
// table.footers.test.ts): its title, numbered measures in one column, then its sign-off.
const MEASURES: CellValue[][] = [
  ["关于进一步支持小微企业发展的若干措施"],
  ["（一）加大财政扶持力度。每年安排中小企业发展专项资金2000万元，重点支持小微企业技术改造和创新平台建设。"],
  ["（二）缓解融资难题。建立中小企业融资风险补偿资金池，引导合作银行扩大小微企业信用贷款规模。"],
  ["（三）减轻企业负担。全面落实国家结构性减税政策，清理规范涉企行政事业性收费项目。"],
];
const MEASURE_ROWS = [2, 3, 4];

/** Whether `issuer` over a date under the measures reads as their sign-off: the measures are the
 * only rows read. */
export function signsOff(issuer: string): boolean {
  const values = [...MEASURES, [issuer], ["2023年3月5日"]];
  const plan = readPlan({ sheet: "表1", origin: { row: 0, col: 0 }, values, dateCells: [], merges: [] });
  const rows = plan.rows.map((r) => r.row);
  return rows.length === MEASURE_ROWS.length && rows.every((r, i) => r === MEASURE_ROWS[i]);
}
