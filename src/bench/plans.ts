// Generated plans for the benches: large, but shaped like the real ones in ../shared/fixtures —
// a title, a two-level 工作任务 header over merged category cells, 序号, units with 牵头/配合 roles
// and catch-alls, merged unit and deadline cells over related tasks, and deadlines of every class.
// Deterministic: the same size gives the same plan.
import type { CellValue, Rect, SheetSnapshot } from "../core/schema";

export const BENCH_SIZES = [1_000, 10_000, 100_000];

const PLACES = ["市", "县"];
const FIELDS = ["发展改革", "财政", "教育", "公安", "民政", "司法", "人力资源和社会保障", "自然资源和规划", "生态环境", "住房和城乡建设", "交通运输", "水利", "农业农村", "商务", "文化旅游", "卫生健康", "应急管理", "审计", "市场监督管理", "统计", "政务服务", "大数据"];
const KINDS = ["局", "委", "办", "中心"];
const CATCH_ALL = ["各有关部门", "各县市区人民政府", "相关责任部门", "各职能部门", "局属各单位"];
const DEADLINES = [
  "2024年6月底前",
  "2024年底前",
  "2024年第三季度",
  "上半年",
  "2024年11月30日前",
  "2025年3月", // outside the plan year
  "每月更新",
  "每季度",
  "常态化工作",
  "持续推进",
  "及时公开",
  "按市里统一安排完成",
  "根据工作进度",
  "", // missing
];
const VERBS = ["推进", "深化", "加强", "做好", "完善", "规范"];
const TOPICS = ["政务公开", "政策解读", "信息发布", "数据开放", "回应关切", "办事服务", "基层公开", "平台建设"];
const NUMERALS = "一二三四五六七八九十";

/** Park–Miller: cheap, seeded, same plan every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

function chineseNumber(n: number): string {
  if (n <= 10) return NUMERALS[n - 1];
  if (n < 20) return `十${NUMERALS[n - 11]}`;
  const tens = Math.floor(n / 10);
  return `${NUMERALS[tens - 1]}十${n % 10 ? NUMERALS[(n % 10) - 1] : ""}`;
}

export function departments(): string[] {
  return PLACES.flatMap((p) => FIELDS.map((f, i) => `${p}${f}${KINDS[i % KINDS.length]}`));
}

/** The 责任单位 cell of one task. */
function unitsCell(pick: () => number, names: string[]): string {
  const one = () => names[Math.floor(pick() * names.length)];
  const kind = pick();
  if (kind < 0.05) return ""; // missing
  if (kind < 0.12) return CATCH_ALL[Math.floor(pick() * CATCH_ALL.length)];
  if (kind < 0.45) return one();
  const co = [...new Set([one(), one(), one()].slice(0, 1 + Math.floor(pick() * 3)))];
  if (kind < 0.75) return `${one()}牵头，${co.join("、")}配合`;
  if (kind < 0.9) return `${one()}、${co.join("、")}`;
  return `${one()}牵头，${CATCH_ALL[0]}按职责分工负责`;
}

/** A plan of `rows` tasks on a sheet named 任务分工, laid out from A1 like a staff-made sheet. */
export function generatePlan(rows: number, seed = 2024): SheetSnapshot {
  const pick = random(seed);
  const names = departments();
  const width = 7;
  const values: CellValue[][] = [
    ["某市2024年政务公开工作任务分工方案", null, null, null, null, null, null],
    ["序号", "工作任务", null, "具体要求", "责任单位", "完成时间", "备注"],
  ];
  const merges: Rect[] = [
    { top: 0, left: 0, bottom: 0, right: width - 1 },
    { top: 1, left: 1, bottom: 1, right: 2 },
  ];
  const first = values.length;
  let part = 0;
  let partStart = first;
  let section = 0;
  let sectionStart = first;
  const closeSpan = (col: number, from: number, to: number) => {
    if (to > from) merges.push({ top: from, left: col, bottom: to, right: col });
  };
  for (let r = 0; r < rows; ) {
    const at = first + r;
    // a part every ~200 tasks, a section every ~12: their cells merged down over their tasks
    const newPart = r === 0 || pick() < 1 / 200;
    const newSection = newPart || pick() < 1 / 12;
    if (newSection && r > 0) closeSpan(2, sectionStart, at - 1);
    if (newPart && r > 0) closeSpan(1, partStart, at - 1);
    if (newPart) {
      part++;
      section = 0;
      partStart = at;
    }
    if (newSection) {
      section++;
      sectionStart = at;
    }
    const topic = TOPICS[Math.floor(pick() * TOPICS.length)];
    const verb = VERBS[Math.floor(pick() * VERBS.length)];
    // now and then two related tasks share one merged unit cell and deadline cell
    const span = r + 1 < rows && pick() < 0.05 ? 2 : 1;
    for (let k = 0; k < span; k++) {
      values.push([
        r + k + 1,
        newPart && k === 0 ? `${chineseNumber(((part - 1) % 99) + 1)}、${verb}${topic}工作` : null,
        newSection && k === 0 ? `（${chineseNumber(((section - 1) % 99) + 1)}）${topic}专项${section}` : null,
        `${verb}${topic}第${r + k + 1}项：细化工作措施，明确时间节点，及时公开工作进展和成效。`,
        k === 0 ? unitsCell(pick, names) || null : null,
        k === 0 ? DEADLINES[Math.floor(pick() * DEADLINES.length)] || null : null,
        pick() < 0.1 ? "市级安排" : null,
      ]);
    }
    if (span > 1) {
      closeSpan(4, at, at + span - 1);
      closeSpan(5, at, at + span - 1);
    }
    r += span;
  }
  const last = values.length - 1;
  closeSpan(2, sectionStart, last);
  closeSpan(1, partStart, last);
  values.push(["注：责任单位中有多个单位的，排第一位的为牵头单位。", null, null, null, null, null, null]);
  merges.push({ top: values.length - 1, left: 0, bottom: values.length - 1, right: width - 1 });
  return { sheet: "任务分工", origin: { row: 0, col: 0 }, values, dateCells: [], merges };
}
