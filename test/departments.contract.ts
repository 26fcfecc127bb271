// Who gets which task, written by reading each plan's 责任单位 cells (not from any output), as a
// contract every WorkbookHost must keep: generate through the host, read the tabs back through
// the same host, compare the 原序号 column. Hosts plug in through a factory (see
// departments.contract.test.ts); the tables are the same for all.
import { DEPARTMENT_COLUMN } from "../src/core/generate/departments";
import type { WorkbookHost } from "../src/core/host";
import type { CellValue, SheetSnapshot } from "../src/core/schema";
import { generate } from "../src/core/usecases";
import { fixtureLayout, loadFixture } from "./support/fixtures";
import { layoutOf, loadGenre } from "./support/genre";

/** A host over a workbook holding exactly `snapshot` as its one sheet. */
export type HostFactory = (snapshot: SheetSnapshot) => Promise<WorkbookHost>;

export interface PlanContract {
  plan: string;
  snapshot: () => SheetSnapshot;
  /** Tab unit (department, level, or 共同任务) → its rows' 原序号, in plan order. */
  tabs: Record<string, string[]>;
  /** Units that must have no tab. */
  noTab?: string[];
}

const seqs = (...n: (number | string)[]) => n.map(String);
const sheetRows = (...n: number[]) => n.map((r) => `第${r}行`);

// seed 000: 各职能部门 (rows 1, 2, 4) addresses every department; 乡街 and 村社区 a level, of which the
// plan names no body; 重点民生实事责任部门 (18), 各行政执法部门 (45), 政策起草部门 (47) a class no one
// listed; 相关责任部门 / 相关业务对口部门 only the units named beside them.
const SEED_000: PlanContract = {
  plan: "seed 000",
  snapshot: () => fixtureLayout(loadFixture("seed-000")).snapshot,
  tabs: {
    税务局: seqs(1, 2, 4, 39, 41),
    财政局: seqs(1, 2, 4, 15, 26, 27, 30, 39, 40, 41),
    建设局: seqs(1, 2, 4, 13, 16, 17, 18, 32, 45),
    大数据中心: seqs(1, 2, 3, 4, 49, 52),
    乡街: seqs(1, 2, 4, 5, 11, 12, 13, 14, 26, 28, 49, 50),
    村社区: seqs(14),
    共同任务: seqs(1, 2, 4, 18, 45, 47),
  },
  noTab: ["各职能部门", "相关责任部门", "政策起草部门"],
};

// seed 002: no catch-all, no 序号 column (rows are named by their sheet row; data from row 4).
const SEED_002: PlanContract = {
  plan: "seed 002",
  snapshot: () => fixtureLayout(loadFixture("seed-002")).snapshot,
  tabs: {
    市财政局: sheetRows(8, 11, 21, 22, 23, 37, 38, 39),
    市发改委: sheetRows(12, 14, 15, 16, 17, 24, 27),
    市人社局: sheetRows(11, 13, 25),
  },
  noTab: [COMMON()],
};

// seed 003: 县直各单位 (9, 10, 11) and 直各单位 (14, truncated) every department; 各有关部门 (1) and
// 县直各有关单 (6) name no unit, so only the 共同任务 tab has them.
const SEED_003: PlanContract = {
  plan: "seed 003",
  snapshot: () => fixtureLayout(loadFixture("seed-003")).snapshot,
  tabs: {
    县税务局: seqs(3, 9, 10, 11, 14),
    县财政局: seqs(9, 10, 11, 12, 14),
    县发改局: seqs(2, 4, 9, 10, 11, 14),
    共同任务: seqs(1, 6, 9, 10, 11, 14),
  },
};

// seed 004: 局属各单位 / 局属单位 (1, 2, 3, 5, 14, 17, 20, 21) every unit of the bureau; 局属执法单位
// (18, 19) a class; 局属相关单位 (16) and 局机关相关科室 only the named 科室.
const SEED_004_EVERY = [1, 2, 3, 5, 14, 17, 20, 21];
const inOrder = (...n: number[]) => seqs(...[...new Set([...n, ...SEED_004_EVERY])].sort((a, b) => a - b));
const SEED_004: PlanContract = {
  plan: "seed 004",
  snapshot: () => fixtureLayout(loadFixture("seed-004")).snapshot,
  tabs: {
    局审批科: inOrder(11, 13, 14, 15, 24),
    局财务科: inOrder(16),
    局法规科: inOrder(5, 12, 18, 19, 20),
    局科技科: inOrder(4, 8, 22, 23),
    共同任务: inOrder(18, 19),
  },
};

// lishan-2023 (no 序号 column; a category row at sheet row 3, tasks 1-6 on rows 4-9): 区直各部门
// (task 3) every department; 各街道 (tasks 3-6) a level with no 街道 named; 全区经济运行各专班 (task 1)
// a class; 各相关单位 (task 6) nobody beyond the named.
const LISHAN: PlanContract = {
  plan: "lishan-2023",
  snapshot: () => layoutOf(loadGenre("lishan-2023")).snapshot,
  tabs: {
    区发改局: sheetRows(4, 6, 9),
    区财政局: sheetRows(6, 8),
    税务局: sheetRows(6, 8),
    街道: sheetRows(6, 7, 8, 9),
    共同任务: sheetRows(4, 6),
  },
};

// xiangshan-zwgk (序号 1-5): 各区直部门 (1) and 区直各部门 (5) every department; 各镇(办) every task, a
// level; 相关区直部门 only the named.
const XIANGSHAN: PlanContract = {
  plan: "xiangshan-zwgk",
  snapshot: () => layoutOf(loadGenre("xiangshan-zwgk")).snapshot,
  tabs: {
    区财政局: seqs(1, 4, 5),
    区政府办: seqs(1, 3, 5),
    经开区: seqs(1, 2, 3, 4, 5),
    "镇(办)": seqs(1, 2, 3, 4, 5),
    共同任务: seqs(1, 5),
  },
};

// qiaocheng-jyj-2025 (序号 3, 68, 69): 各乡镇人民政府 and 街道办事处 one level; 区政府有关部门 only the
// named; nothing for every department, so no 共同任务 tab.
const QIAOCHENG: PlanContract = {
  plan: "qiaocheng-jyj-2025",
  snapshot: () => layoutOf(loadGenre("qiaocheng-jyj-2025")).snapshot,
  tabs: {
    区教育局: seqs(3, 68, 69),
    区发改委: seqs(3),
    区投资促进中心: seqs(69),
    乡镇人民政府: seqs(3, 68),
  },
  noTab: [COMMON(), "区政府有关部门"],
};

function COMMON(): string {
  return "共同任务";
}

/** seed 000 as a clerk hands it on: a withdrawn task hidden under row 10, a struck-through one
 * under row 20, and a footer (合计任务数 · 制表日期 with the day's date) above the closing note. */
export function seed000WithNonTasks(): SheetSnapshot {
  const { snapshot, firstDataRow } = fixtureLayout(loadFixture("seed-000"));
  const width = snapshot.values[0].length;
  const values: CellValue[][] = snapshot.values.map((r) => [...r]);
  const blank = (): CellValue[] => Array(width).fill(null);
  const withdrawn = blank();
  withdrawn.splice(0, 1, "10-1");
  withdrawn.splice(4, 3, "（已撤销）统一公开税收征管信息", "税务局、审计分局", "2019 年 6 月");
  const struck = blank();
  struck.splice(0, 1, "20-1");
  struck.splice(4, 3, "（已删除）公开校车运营信息", "教育文卫局、交警中队", "2019 年 9 月");
  const footer = blank();
  footer.splice(4, 3, "合计任务数：52项", "制表日期", 43646);
  // Rows inserted before original rows: under row 10, under row 20, above the closing note.
  const note = snapshot.values.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("注："));
  const inserts: [number, CellValue[]][] = [
    [firstDataRow + 10, withdrawn],
    [firstDataRow + 20, struck],
    [note, footer],
  ];
  const shift = (row: number) => row + inserts.filter(([before]) => row >= before).length;
  for (const [before, cells] of [...inserts].reverse()) values.splice(before, 0, cells);
  const [hiddenAt, struckAt, footerAt] = inserts.map(([before], i) => before + i);
  return {
    ...snapshot,
    values,
    merges: snapshot.merges.map((m) => ({ ...m, top: shift(m.top), bottom: shift(m.bottom) })),
    dateCells: [[footerAt, 6]],
    hiddenRows: [hiddenAt],
    struckCells: [[struckAt, 4]],
  };
}

export const CONTRACTS: PlanContract[] = [SEED_000, SEED_002, SEED_003, SEED_004, LISHAN, XIANGSHAN, QIAOCHENG];

/** Every contract, through the host `makeHost` gives. */
export function departmentContract(hostName: string, makeHost: HostFactory): void {
  describe(`department tabs through the ${hostName}`, () => {
    describe.each(CONTRACTS)("$plan", (contract) => {
      let written: Map<string, string[]>;
      beforeAll(async () => {
        const snapshot = contract.snapshot();
        const host = await makeHost(snapshot);
        const result = await generate(host, snapshot.sheet);
        written = new Map();
        for (const placed of result.placed) {
          const tab = await host.readSnapshot(placed.tab);
          const seqColumn = tab.values.slice(2).map((r) => String(r[DEPARTMENT_COLUMN.parentSeq] ?? ""));
          written.set(placed.unit, seqColumn);
        }
      });

      it.each(Object.entries(contract.tabs))("%s gets exactly its tasks", (unit, wanted) => {
        expect(written.get(unit)).toEqual(wanted);
      });

      if (contract.noTab) {
        it.each(contract.noTab)("no tab for %s", (unit) => {
          expect(written.has(unit)).toBe(false);
        });
      }
    });
  });
}
