// Units of measure written alone, with no figure (岁, ‰, 万元, 床/千人, 1/10万, 吨标准煤/万元): what an
// indicator table's 单位 / 计量单位 column gives each target, and never a body's name (cellKind
// reads such a cell as a measure, parseUnits names no unit by it). A closed list of measure words,
// each perhaps scaled (万人, 千克), alone or as a ratio whose sides may be counted (1/10万,
// 人/10万人); 万 or 亿 alone counts in ten-thousands or hundred-millions. Wider than content.ts's
// MEASURE, as a unit alone is no figure: a figure of days or hours (3天, 72小时) is a span, which a
// time column holds.
const MEASURE_WORD =
  "(?:周岁|岁|年|月|天|日|小时|分钟|人次|人|户|家|个|项|次|张|床|所|座|处|辆|台|套|件|条|间|册|名|元|吨|公斤|毫克|微克|克|公里|千米|平方公里|平方米|立方米|米|亩|公顷|千瓦时|千瓦|吨标准煤|标准煤|个?百分点|倍|%|％|‰|‱|㎡|㎞|km|kg|m²|m³|m)";
const SCALED_MEASURE = `[十百千万亿]*${MEASURE_WORD}`;
const RATIO_SIDE = `(?:${SCALED_MEASURE}|\\d+(?:\\.\\d+)?[十百千万亿]*(?:${MEASURE_WORD})?)`;
const UNIT_OF_MEASURE = new RegExp(`^(?:${SCALED_MEASURE}|[万亿]|${RATIO_SIDE}/${RATIO_SIDE})(?:\\(${SCALED_MEASURE}\\))?$`, "u");
/** Whether a text is a unit of measure alone (岁, ‰, 万元, 床/千人, 1/10万), with no figure. */
export function isUnitOfMeasure(text: string): boolean {
  return UNIT_OF_MEASURE.test(text);
}

// 80周岁以上老年人…, 10所农村学校…, 3个乡镇卫生院…: a figure and its measure word opening a line count what
// follows; they number no line, though a bare 1 before the text does (1开展学生双减计划).
const OPENING_COUNT = new RegExp(`^\\s*\\d+(?:\\.\\d+)?${SCALED_MEASURE}`, "u");

/** Whether a line opens with a figure and its measure word (80周岁, 10所, 3个). */
export function opensWithCount(text: string): boolean {
  return OPENING_COUNT.test(text);
}
