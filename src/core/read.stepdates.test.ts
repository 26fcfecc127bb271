// Issue 9: a department's 重点工作任务分解 (时序进度) or a 工作安排 list puts each step's time at the head
// of its own cell (3-4月：协助教务处完成…), with no column of times. A clerk reads each step's time off
// that opening phrase and the rest of the cell as the work, whatever the column's label; one task that
// happens to open with a year dates no plan, and a plan with a column of times keeps it. Invented plans,
// the published wording.
import { checkSheet, readPlan } from "./index";
import type { SheetSnapshot } from "./schema";
import { titledSheet as sheet } from "../../test/support/titledsheet";


function reading(snapshot: SheetSnapshot) {
  const plan = readPlan(snapshot);
  return {
    columns: plan.info.columns,
    planYear: plan.planYear,
    rows: plan.rows.map((r) => ({ requirement: r.requirement, deadline: [r.deadline.text, r.deadline.class, r.deadline.date] })),
  };
}

const missingDeadlines = (snapshot: SheetSnapshot) =>
  checkSheet(snapshot).report.findings.filter((f) => f.rule === "missing-deadline").map((f) => [f.cell, f.row]);

/** A school office's year of steps under 工作任务 merged over each task's rows, labelled `stepsLabel`. */
function officeSteps(stepsLabel: string): SheetSnapshot {
  return sheet(
    [
      ["招生就业处2018年重点工作任务分解"],
      ["工作任务", stepsLabel, "考核要点"],
      ["深化协同招生机制", "3-4月：协助教务处完成中高职衔接试点申报，继续拓展衔接办学规模", "完成申报"],
      ["", "11月：根据本年度招生情况制定下一年度招生考核办法", "考核办法"],
      ["拓展合作办学模式", "3月—12月：继续寻找1-2所中学开展合作办学", "签订合作协议"],
      ["", "做好招生宣传材料的设计和印制", "材料质量"],
      ["加强毕业生就业指导", "12-1月：组织毕业生参加冬季校园供需见面会", "就业率不低于95%"],
      ["", "全年：做好就业信息网维护和岗位信息推送", "信息及时更新"],
    ],
    [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 4, left: 0, bottom: 5, right: 0 },
      { top: 6, left: 0, bottom: 7, right: 0 },
    ],
  );
}

describe("a 任务分解 column whose steps open with their times, no column of times", () => {
  it.each(["任务分解/时序进度", "任务分解", "工作安排", "具体措施", "推进举措", "实施步骤"])(
    "reads each step's time off its opening phrase under %s, the rest of the cell its work",
    (label) => {
      const { columns, planYear, rows } = reading(officeSteps(label));
      expect(columns).toEqual({ category: ["A"], requirement: "B", deadline: "B" });
      expect(planYear).toBe(2018);
      expect(rows).toEqual([
        { requirement: "协助教务处完成中高职衔接试点申报，继续拓展衔接办学规模", deadline: ["3-4月", "date", "2018-04-30"] },
        { requirement: "根据本年度招生情况制定下一年度招生考核办法", deadline: ["11月", "date", "2018-11-30"] },
        { requirement: "继续寻找1-2所中学开展合作办学", deadline: ["3月—12月", "date", "2018-12-31"] },
        { requirement: "做好招生宣传材料的设计和印制", deadline: ["", "missing", null] },
        // a span running past December ends in the next year's month
        { requirement: "组织毕业生参加冬季校园供需见面会", deadline: ["12-1月", "date", "2019-01-31"] },
        { requirement: "做好就业信息网维护和岗位信息推送", deadline: ["全年", "ongoing", null] },
      ]);
    },
  );

  it("finds no deadline missing but the step written without its time", () => {
    expect(missingDeadlines(officeSteps("任务分解/时序进度"))).toEqual([["B6", 6]]);
  });
});

describe("a 工作安排 list, its heads set off by a colon of either width or a space", () => {
  const plan = sheet([
    ["2021年县卫生健康局重点工作安排"],
    ["序号", "工作安排", "责任股室"],
    ["1", "第一季度：制定全县基本公共卫生服务项目实施方案", "基层卫生股"],
    ["2", "4月初 启动家庭医生签约服务提质扩面工作", "基层卫生股"],
    ["3", "3-5月: 开展春季爱国卫生运动和病媒生物防制", "爱卫办"],
    ["4", "上半年：完成乡镇卫生院标准化建设验收", "规划财务股"],
    ["5", "9月上旬：组织开展全县突发公共卫生事件应急演练", "应急办"],
    ["6", "每月：调度一次重点项目建设进度并通报", "办公室"],
    ["7", "全年：持续做好疫情常态化防控", "疾控股"],
  ]);

  it("gives each row its time, class and date as the deadline grammar reads the opening phrase", () => {
    const { columns, rows } = reading(plan);
    expect(columns).toEqual({ seq: "A", requirement: "B", units: ["C"], deadline: "B" });
    expect(rows.map((r) => r.deadline)).toEqual([
      ["第一季度", "date", "2021-03-31"],
      ["4月初", "date", "2021-04-10"],
      ["3-5月", "date", "2021-05-31"],
      ["上半年", "date", "2021-06-30"],
      ["9月上旬", "date", "2021-09-10"],
      ["每月", "recurring", null],
      ["全年", "ongoing", null],
    ]);
    expect(rows[1].requirement).toBe("启动家庭医生签约服务提质扩面工作");
    expect(rows[2].requirement).toBe("开展春季爱国卫生运动和病媒生物防制");
  });

  it("finds no deadline missing", () => {
    expect(missingDeadlines(plan)).toEqual([]);
  });
});

describe("a 主要措施 column of dated steps, the year written only in them", () => {
  const plan = sheet(
    [
      ["市场监管所重点工作推进表"],
      ["重点工作", "主要措施", "责任人"],
      ["食品安全监管", "2017年3月：开展春季校园及周边食品安全专项检查", "张某某"],
      ["", "6月-7月：完成辖区餐饮服务单位量化分级评定", "李某某"],
      ["特种设备安全监管", "8月：开展电梯安全隐患排查整治", "王某某"],
      ["", "12月 组织开展年度特种设备作业人员安全培训", "王某某"],
    ],
    [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 4, left: 0, bottom: 5, right: 0 },
    ],
  );

  it("takes the plan year from the steps' times and reads the rest in it", () => {
    const { columns, planYear, rows } = reading(plan);
    expect(columns.deadline).toBe("B");
    expect(planYear).toBe(2017);
    expect(rows.map((r) => r.deadline)).toEqual([
      ["2017年3月", "date", "2017-03-31"],
      ["6月-7月", "date", "2017-07-31"],
      ["8月", "date", "2017-08-31"],
      ["12月", "date", "2017-12-31"],
    ]);
  });
});

describe("a step cell going on to further dated steps", () => {
  it("is due by the last of them, its text the work after the opening time", () => {
    const { columns, rows } = reading(
      sheet([
        ["科技局2020年重点工作任务分解表"],
        ["重点任务", "工作步骤", "责任科室"],
        ["高新技术企业培育", "3-4月：完成高新技术企业申报材料初审；5月：组织专家评审并公示", "高新科"],
        ["科技特派员服务", "6月：组织科技特派员开展进村服务", "农村科"],
        ["科普宣传", "5月下旬：举办全市科技活动周", "科普科"],
      ]),
    );
    expect(columns.deadline).toBe("B");
    expect(rows[0].requirement).toBe("完成高新技术企业申报材料初审；5月：组织专家评审并公示");
    expect(rows.map((r) => r.deadline[2])).toEqual(["2020-05-31", "2020-06-30", "2020-05-31"]);
  });
});

describe("the same column set as both the requirement and the deadline", () => {
  it("is how the columns show it, and a user's setting saying so reads one step's time off its cell", () => {
    const plan = sheet([
      ["2023年街道办事处重点工作安排"],
      ["序号", "工作安排", "责任科室"],
      ["1", "5月：完成辖区自建房安全隐患排查整治", "城建办"],
    ]);
    // one step is no column-level evidence: the reader dates nothing by itself
    expect(reading(plan).columns.deadline).toBeUndefined();
    const plan2 = readPlan(plan, { columns: { requirement: "B", deadline: "B" } });
    expect(plan2.info.columns).toMatchObject({ requirement: "B", deadline: "B" });
    expect(plan2.rows.map((r) => [r.requirement, r.deadline.text, r.deadline.date])).toEqual([["完成辖区自建房安全隐患排查整治", "5月", "2023-05-31"]]);
  });
});

describe("column-level evidence only", () => {
  it("leaves a plan whose one task opens with 2024年： (another with 6月底前，) without deadlines", () => {
    const plan = sheet([
      ["2024年某社区重点工作任务"],
      ["序号", "工作任务", "责任人"],
      ["1", "2024年：全面完成老旧小区改造项目收尾工作", "王某某"],
      ["2", "6月底前，完成辖区消防设施全面排查", "李某某"],
      ["3", "加强社区网格化管理，落实网格员每日巡查制度", "张某某"],
      ["4", "开展邻里节系列活动，营造和谐社区氛围", "赵某某"],
    ]);
    const { columns, rows } = reading(plan);
    expect(columns.deadline).toBeUndefined();
    expect(rows[0].requirement).toBe("2024年：全面完成老旧小区改造项目收尾工作");
    expect(rows.every((r) => r.deadline[1] === "missing")).toBe(true);
    expect(missingDeadlines(plan)).toEqual([["A2", null]]);
  });

  it("keeps a plan's column of times, its tasks' opening months part of their text", () => {
    const { columns, rows } = reading(
      sheet([
        ["2022年县安全生产重点工作安排"],
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["1", "3月：召开全县安全生产工作会议，部署全年工作", "县应急局", "2022年3月底前"],
        ["2", "6月：组织开展“安全生产月”系列活动", "县应急局", "2022年6月30日"],
        ["3", "11月：开展冬季消防安全专项检查", "县消防救援大队", "2022年11月底前"],
      ]),
    );
    expect(columns).toEqual({ seq: "A", requirement: "B", units: ["C"], deadline: "D" });
    expect(rows.map((r) => r.requirement)).toEqual(["3月：召开全县安全生产工作会议，部署全年工作", "6月：组织开展“安全生产月”系列活动", "11月：开展冬季消防安全专项检查"]);
    expect(rows.map((r) => r.deadline[2])).toEqual(["2022-03-31", "2022-06-30", "2022-11-30"]);
  });

  it("leaves a monthly report's plan for its month, one month heading every cell, no deadline", () => {
    const report = sheet([
      ["2024年县民生实事项目4月份进展情况"],
      ["序号", "项目内容", "月度工作计划", "牵头单位", "落实情况"],
      ["1", "为全县60岁以上老年人免费接种流感疫苗", "4月：制定并下发免费接种流感疫苗工作方案。", "县卫生健康局", "已完成。"],
      ["2", "为全县重点人群免费开展结直肠癌筛查", "4月：完成筛查人数1480人。", "县卫生健康局", "已完成。"],
      ["3", "在公共场所新增配置自动体外除颤仪47台", "4月：公布采购意向公告，申请资产配置。", "县卫生健康局", "已完成。"],
      ["4", "培训应急救护人员235人", "4月：明确点位培训人员对象，完成应急救护人员培训65人。", "县红十字会", "已完成。"],
    ]);
    const { columns, rows } = reading(report);
    expect(columns.deadline).toBeUndefined();
    expect(rows.every((r) => r.deadline[1] === "missing")).toBe(true);
  });
});

describe("a schedule's cells once the column is found to hold timed steps", () => {
  it("read their opening times listed, after a comma or run into the work, as a clerk reading down it does", () => {
    const { columns, rows } = reading(
      sheet(
        [
          ["就业指导中心2019年重点工作任务分解"],
          ["工作任务", "任务分解/时序进度", "考核要点"],
          ["做好毕业生就业工作", "3-4月：组织春季校园招聘会", "参会企业数"],
          ["", "5月、10月：开展就业指导讲座", "讲座场次"],
          ["", "6月：完成毕业生离校手续办理", "办结率"],
          ["", "3~6月加强与地方政府互动，进行就业市场调研", "调研报告"],
          ["", "7月初档案交接与派遣", "派遣率"],
          ["加强就业市场建设", "9月：走访重点企业，拓展就业岗位", "走访家数"],
          ["", "4月~6月/9月~11月：组织就业见习", "见习人数"],
          ["", "11月：举办秋季双选会", "参会企业数"],
          ["", "全年，逐月更新就业信息网", "信息更新"],
          ["", "12月：完成年度就业质量报告", "质量报告"],
        ],
        [
          { top: 2, left: 0, bottom: 6, right: 0 },
          { top: 7, left: 0, bottom: 11, right: 0 },
        ],
      ),
    );
    expect(columns).toEqual({ category: ["A"], requirement: "B", deadline: "B" });
    expect(rows).toEqual([
      { requirement: "组织春季校园招聘会", deadline: ["3-4月", "date", "2019-04-30"] },
      { requirement: "开展就业指导讲座", deadline: ["5月、10月", "date", "2019-10-31"] },
      { requirement: "完成毕业生离校手续办理", deadline: ["6月", "date", "2019-06-30"] },
      { requirement: "加强与地方政府互动，进行就业市场调研", deadline: ["3~6月", "date", "2019-06-30"] },
      { requirement: "档案交接与派遣", deadline: ["7月初", "date", "2019-07-10"] },
      { requirement: "走访重点企业，拓展就业岗位", deadline: ["9月", "date", "2019-09-30"] },
      { requirement: "组织就业见习", deadline: ["4月~6月/9月~11月", "date", "2019-11-30"] },
      { requirement: "举办秋季双选会", deadline: ["11月", "date", "2019-11-30"] },
      { requirement: "逐月更新就业信息网", deadline: ["全年", "ongoing", null] },
      { requirement: "完成年度就业质量报告", deadline: ["12月", "date", "2019-12-31"] },
    ]);
  });
});
