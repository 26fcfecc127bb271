// Rows that only note something on the items around them: 说明：…, 注：…, ※ … printed across the row
// after an item of a numbered indicator or task table, or an ellipsis (……) standing for items left
// out. A clerk reads them as words on the item above, never as a task nor as a heading filing the
// items below. Invented tables in the published layouts (健康行动 indicator tables, 任务分工 tables).
import { readPlan } from "./index";
import type { CellValue, Rect, SheetSnapshot } from "./schema";

function sheet(values: CellValue[][], merges: Rect[] = []): SheetSnapshot {
  return { sheet: "表1", origin: { row: 0, col: 0 }, values, dateCells: [], merges };
}

const seqs = (snapshot: SheetSnapshot) => readPlan(snapshot).rows.map((r) => r.seq);

describe("an indicator table with notes printed under its items", () => {
  // 某市健康行动主要指标: 领域 merged down beside its indicators, each note alone in the 序号 cell with
  // the rest of its row empty, as the note under 居民健康素养水平 is printed.
  const HEADER: CellValue[] = ["领域", "序号", "指标", "基期水平", "2022年目标值", "2030年目标值", "指标性质", "责任单位"];
  const indicator = (seq: string, name: string, base: string, y2022: string, y2030: string): CellValue[] => [
    null,
    seq,
    name,
    base,
    y2022,
    y2030,
    "预期性",
    "市卫生健康委",
  ];
  const noteRow = (text: string): CellValue[] => [null, text, null, null, null, null, null, null];

  function table(noteUnderFirst: string, noteUnderThird: string): SheetSnapshot {
    const rows: CellValue[][] = [
      ["某市健康行动主要指标", ...Array(7).fill(null)],
      HEADER,
      ["健康知识普及", ...indicator("1", "居民健康素养水平(%)", "14.18", "≥22", "≥30").slice(1)],
      noteRow(noteUnderFirst),
      indicator("2", "建立并完善健康科普专家库和资源库", "—", "实现", "实现"),
      ["合理膳食", ...indicator("3", "成人肥胖增长率(%)", "—", "持续减缓", "持续减缓").slice(1)],
      noteRow(noteUnderThird),
      indicator("4", "5岁以下儿童生长迟缓率(%)", "8.1", "<7", "<5"),
    ];
    const merges: Rect[] = [
      { top: 0, left: 0, bottom: 0, right: 7 },
      { top: 2, left: 0, bottom: 4, right: 0 },
      { top: 5, left: 0, bottom: 7, right: 0 },
    ];
    return sheet(rows, merges);
  }

  it.each([
    ["说明:健康素养是指个人获取和理解基本健康信息和服务，并运用这些信息和服务作出正确决策的能力。", "注：肥胖指体质指数BMI≥28。"],
    ["说明：健康素养水平以国家健康素养监测结果为准。", "注:肥胖指体质指数BMI≥28。"],
    ["备注：基期水平为2017年数据。", "注释：成人指18岁及以上居民。"],
    ["解释：健康科普专家库由市卫生健康委组建。", "※ 目标值为全省平均水平。"],
    // A traditional copy (說明, 註, 備註, 註釋, 解釋).
    ["說明：健康素養是指個人獲取和理解基本健康信息和服務的能力。", "註：肥胖指體質指數BMI≥28。"],
    ["備註：基期水平為2017年數據。", "註釋：成人指18歲及以上居民。"],
    ["解釋：健康科普專家庫由市衛生健康委組建。", "註1：目標值為全省平均水平。"],
  ])("reads the four indicators only, under %s and %s", (first, third) => {
    expect(seqs(table(first, third))).toEqual(["1", "2", "3", "4"]);
  });

  it("reads a note whose 领域 is repeated beside it, not merged, as a note", () => {
    const rows: CellValue[][] = [
      HEADER,
      ["健康知识普及", "1", "居民健康素养水平(%)", "14.18", "≥22", "≥30", "预期性", "市卫生健康委"],
      ["健康知识普及", "说明：健康素养水平以国家健康素养监测结果为准。", null, null, null, null, null, null],
      ["健康知识普及", "2", "建立并完善健康科普专家库和资源库", "—", "实现", "实现", "约束性", "市卫生健康委"],
    ];
    expect(seqs(sheet(rows))).toEqual(["1", "2"]);
  });

  it("reads a note merged across the row after the 领域 cell as a note", () => {
    const rows: CellValue[][] = [
      HEADER,
      ["全民健身", "1", "经常参加体育锻炼人数比例(%)", "33.9", "≥37", "≥40", "预期性", "市体育局"],
      [null, "注：经常参加体育锻炼指每周参加体育锻炼频度3次及以上。", null, null, null, null, null, null],
      [null, "2", "城乡居民达到《国民体质测定标准》合格以上的人数比例(%)", "87.6", "≥90.86", "≥92.17", "预期性", "市体育局"],
    ];
    const merges: Rect[] = [
      { top: 1, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 2, right: 7 },
    ];
    expect(seqs(sheet(rows, merges))).toEqual(["1", "2"]);
  });
});

describe("an ellipsis standing for items left out", () => {
  // A 任务分工 table printed in part: 1., 2., then …… in the 序号 column, the category merged beside it.
  it.each(["……", "…", "...", "。。。"])("reads %s alone on its row as no task", (ellipsis) => {
    const rows: CellValue[][] = [
      ["序号", "重点任务", "具体内容", "牵头单位", "完成时限"],
      ["1.", "优化营商环境", "全面推行企业开办“一网通办”，开办时间压缩至1个工作日以内。", "县市场监管局", "2023年6月底前"],
      ["2.", null, "清理规范涉企收费，开展涉企违规收费专项整治。", "县发展改革局", "2023年9月底前"],
      [ellipsis, null, null, null, null],
      ["8.", "扩大有效投资", "谋划储备重大项目50个以上，争取专项债券资金10亿元。", "县发展改革局", "2023年12月底前"],
    ];
    expect(seqs(sheet(rows, [{ top: 1, left: 1, bottom: 3, right: 1 }]))).toEqual(["1.", "2.", "8."]);
  });

  it.each(["……", "…", "..."])("reads %s as no task where the lead unit and the deadline are merged beside it", (ellipsis) => {
    const rows: CellValue[][] = [
      ["序号", "重点任务", "牵头单位", "完成时限"],
      ["1.", "全面推行企业开办“一网通办”，开办时间压缩至1个工作日以内。", "县市场监管局", "2023年底前"],
      ["2.", "清理规范涉企收费，开展涉企违规收费专项整治。", null, null],
      [ellipsis, null, null, null],
      ["8.", "谋划储备重大项目50个以上，争取专项债券资金10亿元。", "县发展改革局", "2023年12月底前"],
    ];
    const merges: Rect[] = [
      { top: 1, left: 2, bottom: 3, right: 2 },
      { top: 1, left: 3, bottom: 3, right: 3 },
    ];
    expect(seqs(sheet(rows, merges))).toEqual(["1.", "2.", "8."]);
  });

  it("reads …… under indicators with no unit column, 领域 merged beside it, as no task", () => {
    const rows: CellValue[][] = [
      ["领域", "序号", "指标", "基期水平", "2022年目标值", "2030年目标值", "指标性质"],
      ["合理膳食", "1", "成人肥胖增长率(%)", "—", "持续减缓", "持续减缓", "预期性"],
      [null, "2", "5岁以下儿童生长迟缓率(%)", "8.1", "<7", "<5", "预期性"],
      [null, "……", null, null, null, null, null],
      ["全民健身", "6", "经常参加体育锻炼人数比例(%)", "33.9", "≥37", "≥40", "预期性"],
    ];
    expect(seqs(sheet(rows, [{ top: 1, left: 0, bottom: 3, right: 0 }]))).toEqual(["1", "2", "6"]);
  });
});

describe("a note standing alone is no heading over the items below it", () => {
  // Unlike a short line alone (一、民生保障), a note's mark (※) heads nothing: the items under it stay
  // under their own category.
  it("keeps the items under ※ … in the category above", () => {
    const rows: CellValue[][] = [
      ["类别", "序号", "任务", "责任单位", "完成时限"],
      ["教育", "1", "新建城区幼儿园2所，新增学位540个。", "县教育局", "2023年8月底前"],
      ["※ 学位数以验收为准", null, null, null, null],
      ["教育", "2", "改造农村薄弱学校校舍1.2万平方米。", "县教育局", "2023年10月底前"],
    ];
    const plan = readPlan(sheet(rows));
    expect(plan.rows.map((r) => [r.seq, r.category])).toEqual([
      ["1", ["教育"]],
      ["2", ["教育"]],
    ]);
  });
});

describe("a task opening with the word 说明 stays a task", () => {
  // 说明会, 说明政策: words of a task, numbered and given to a unit, not a note's opening.
  it.each(["说明会组织：每季度召开一次惠企政策说明会", "说明政策出台背景和主要内容，开展政策解读", "說明：向企業逐項說明減稅降費政策"])(
    "reads %s as a task",
    (text) => {
      const rows: CellValue[][] = [
        ["领域", "序号", "工作任务", "责任单位", "完成时限"],
        ["政策落实", "1", "梳理惠企政策清单，在政府网站集中公开。", "县发展改革局", "2023年3月底前"],
        [null, "2", text, "县财政局", "2023年6月底前"],
      ];
      const plan = readPlan(sheet(rows, [{ top: 1, left: 0, bottom: 2, right: 0 }]));
      expect(plan.rows.map((r) => [r.seq, r.units.map((u) => u.name)])).toEqual([
        ["1", ["县发展改革局"]],
        ["2", ["县财政局"]],
      ]);
    },
  );
});

describe("the words of a note beside a category merged down over it", () => {
  // The note is the plan's note (plan.notes), not the 领域 it sits beside: 注：排在第一位的为牵头单位
  // under the first item makes the first unit listed each item's lead.
  const rows: CellValue[][] = [
    ["领域", "序号", "指标", "2025年目标值", "责任单位"],
    ["健康知识普及", "1", "居民健康素养水平(%)", "≥25", "市卫生健康委、市教育局"],
    [null, "注：排在第一位的为牵头单位。", null, null, null],
    [null, "2", "中小学健康教育课开课率(%)", "100", "市教育局、市卫生健康委"],
  ];
  const plan = () => readPlan(sheet(rows, [{ top: 1, left: 0, bottom: 3, right: 0 }]));

  it("keeps the note's own words", () => {
    expect(plan().notes).toEqual(["注：排在第一位的为牵头单位。"]);
  });

  it("reads the first unit listed as the lead, as the note says", () => {
    expect(plan().rows.map((r) => [r.seq, r.lead])).toEqual([
      ["1", "市卫生健康委"],
      ["2", "市教育局"],
    ]);
  });
});
