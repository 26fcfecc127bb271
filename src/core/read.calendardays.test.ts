// A school's or office's week calendar (行事历, 一周工作安排) writes each day in a column of its own:
// the weekday on one row and its date on the next (星期一 over (2016-09-26), or 9月26日 over 星期一),
// neither merged down over the day's items, or the weekday and the date side by side in two
// columns. A clerk reads every row from a day down to the next day's as done on that day's date,
// whatever the column's label. Invented calendars, the published layouts.
import { checkSheet, readPlan } from "./index";
import type { SheetSnapshot } from "./schema";
import { titledSheet as sheet } from "../../test/support/titledsheet";


function reading(snapshot: SheetSnapshot) {
  const plan = readPlan(snapshot);
  return {
    columns: plan.info.columns,
    rows: plan.rows.map((r) => [r.requirement, r.deadline.text, r.deadline.class, r.deadline.date, r.cells.deadline]),
  };
}

const missingDeadlines = (snapshot: SheetSnapshot) =>
  checkSheet(snapshot).report.findings.filter((f) => f.rule === "missing-deadline").map((f) => f.row);

/** A high school's week: the weekday over its date in brackets, under `dayLabel`. */
function schoolWeek(dayLabel: string): SheetSnapshot {
  return sheet([
    ["实验中学2016-2017学年第一学期第五周行事历"],
    [dayLabel, "序号", "工作内容", "地点", "参加人员", "负责部门"],
    ["星期一", "1、", "高一学生军训开营式", "田径场", "高一全体学生", "德育处"],
    ["(2016-09-26)", "2、", "团学联工作例会", "实南205", "各班团支书", "团委"],
    ["", "3、", "教研组长会议", "行政楼会议室", "各教研组长", "教学处"],
    ["星期二", "1、", "高二年级家长会", "各班教室", "高二家长", "高二年级组"],
    ["(2016-09-27)", "2、", "食堂卫生专项检查", "学校食堂", "后勤人员", "总务处"],
    ["星期三", "1、", "国庆节放假前安全教育", "各班教室", "全体学生", "德育处"],
    ["(2016-09-28)", "", "", "", "", ""],
  ]);
}

describe("a week calendar whose day column holds each weekday over its date", () => {
  it.each(["星期几", "星期", "日期", "时间"])("dates every row from a weekday down to the next under %s", (label) => {
    const { columns, rows } = reading(schoolWeek(label));
    expect(columns).toEqual({ seq: "B", requirement: "C", units: ["F"], deadline: "A" });
    expect(rows).toEqual([
      ["高一学生军训开营式", "(2016-09-26)", "date", "2016-09-26", "A4"],
      ["团学联工作例会", "(2016-09-26)", "date", "2016-09-26", "A4"],
      ["教研组长会议", "(2016-09-26)", "date", "2016-09-26", "A4"],
      ["高二年级家长会", "(2016-09-27)", "date", "2016-09-27", "A7"],
      ["食堂卫生专项检查", "(2016-09-27)", "date", "2016-09-27", "A7"],
      // the day's date stands on the row below its only item, a row of nothing else
      ["国庆节放假前安全教育", "(2016-09-28)", "date", "2016-09-28", "A9"],
    ]);
  });

  it("finds no deadline missing", () => {
    expect(missingDeadlines(schoolWeek("星期几"))).toEqual([]);
  });
});

describe("a week calendar writing the date first, the weekday under it", () => {
  const week = sheet([
    ["城关镇人民政府2021年第19周工作安排"],
    ["星期", "工作内容", "参加人员", "责任单位"],
    ["5月10日", "全镇安全生产工作会议", "各村（社区）书记", "应急办"],
    ["周一", "疫苗接种工作推进会", "各村卫生室负责人", "社会事务办"],
    ["", "防汛物资清点", "", "应急办"],
    ["5月11日", "人居环境整治督查", "镇村干部", "农业农村办"],
    ["周二", "", "", ""],
    ["(5月12日)", "信访积案化解调度会", "包案领导", "信访办"],
    ["星期三", "林长制巡林", "各村林长", "林业站"],
  ]);

  it("reads each day's date for its rows, the weekday under it no new day", () => {
    const { columns, rows } = reading(week);
    expect(columns).toEqual({ requirement: "B", units: ["D"], deadline: "A" });
    expect(rows).toEqual([
      ["全镇安全生产工作会议", "5月10日", "date", "2021-05-10", "A3"],
      ["疫苗接种工作推进会", "5月10日", "date", "2021-05-10", "A3"],
      ["防汛物资清点", "5月10日", "date", "2021-05-10", "A3"],
      ["人居环境整治督查", "5月11日", "date", "2021-05-11", "A6"],
      ["信访积案化解调度会", "(5月12日)", "date", "2021-05-12", "A8"],
      ["林长制巡林", "(5月12日)", "date", "2021-05-12", "A8"],
    ]);
  });
});

describe("a week calendar with the date in its own column beside the weekday", () => {
  const week = sheet([
    ["县教育局2021年第19周工作安排"],
    ["星期", "日期", "工作内容", "地点", "责任股室"],
    ["星期一", "5.10", "全县中小学安全工作会议", "局三楼会议室", "安全股"],
    ["", "", "义务教育招生工作部署", "局三楼会议室", "基础教育股"],
    ["星期二", "5.11", "学校食堂专项检查", "各中小学", "后勤股"],
    ["", "", "教师资格认定现场确认", "政务服务中心", "人事股"],
    ["", "", "校车安全隐患排查", "各乡镇中心校", "安全股"],
    ["星期三", "5.12", "防灾减灾日应急疏散演练", "各中小学", "安全股"],
  ]);

  it("dates every row from a weekday down to the next by the date beside it", () => {
    const { columns, rows } = reading(week);
    expect(columns).toEqual({ requirement: "C", units: ["E"], deadline: "B" });
    expect(rows).toEqual([
      ["全县中小学安全工作会议", "5.10", "date", "2021-05-10", "B3"],
      ["义务教育招生工作部署", "5.10", "date", "2021-05-10", "B3"],
      ["学校食堂专项检查", "5.11", "date", "2021-05-11", "B5"],
      ["教师资格认定现场确认", "5.11", "date", "2021-05-11", "B5"],
      ["校车安全隐患排查", "5.11", "date", "2021-05-11", "B5"],
      ["防灾减灾日应急疏散演练", "5.12", "date", "2021-05-12", "B8"],
    ]);
  });
});

describe("a week calendar writing the weekday and its date in one cell merged down over the day", () => {
  const week = sheet(
    [
      ["实验中学2016-2017学年第一学期第五周行事历"],
      ["日期", "工作内容", "地点", "负责部门"],
      ["星期一（9月26日）", "高一学生军训开营式", "田径场", "德育处"],
      ["", "团学联工作例会", "实南205", "团委"],
      ["星期二（9月27日）", "高二年级家长会", "各班教室", "高二年级组"],
      ["", "食堂卫生专项检查", "学校食堂", "总务处"],
    ],
    [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 4, left: 0, bottom: 5, right: 0 },
    ],
  );

  it("reads the merged day's date for each of its rows", () => {
    expect(reading(week).rows.map((r) => r.slice(0, 4))).toEqual([
      ["高一学生军训开营式", "星期一（9月26日）", "date", "2016-09-26"],
      ["团学联工作例会", "星期一（9月26日）", "date", "2016-09-26"],
      ["高二年级家长会", "星期二（9月27日）", "date", "2016-09-27"],
      ["食堂卫生专项检查", "星期二（9月27日）", "date", "2016-09-27"],
    ]);
  });
});

describe("what a week calendar's day column leaves undated", () => {
  it("reads a weekday written without its date as a weekday alone, undated", () => {
    const week = sheet([
      ["实验中学2016-2017学年第一学期第五周行事历"],
      ["星期几", "工作内容", "负责部门"],
      ["星期五", "高一学生军训闭营式", "德育处"],
      ["(2016-09-30)", "国庆节放假安排通知", "办公室"],
      ["星期六", "高三年级补课", "高三年级组"],
      ["", "校园安全值班", "保卫处"],
    ]);
    expect(reading(week).rows.map((r) => r.slice(0, 4))).toEqual([
      ["高一学生军训闭营式", "(2016-09-30)", "date", "2016-09-30"],
      ["国庆节放假安排通知", "(2016-09-30)", "date", "2016-09-30"],
      ["高三年级补课", "星期六", "vague", null],
      ["校园安全值班", "星期六", "vague", null],
    ]);
  });

  it("dates no row above the first day", () => {
    const week = sheet([
      ["实验中学2016-2017学年第一学期第五周行事历"],
      ["星期几", "工作内容", "负责部门"],
      ["", "本周值周班级：高二（3）班", "德育处"],
      ["星期一", "高一学生军训开营式", "德育处"],
      ["(2016-09-26)", "团学联工作例会", "团委"],
      ["星期二", "高二年级家长会", "高二年级组"],
      ["(2016-09-27)", "食堂卫生专项检查", "总务处"],
    ]);
    expect(reading(week).rows.map((r) => r.slice(0, 4))).toEqual([
      ["本周值周班级：高二（3）班", "", "missing", null],
      ["高一学生军训开营式", "(2016-09-26)", "date", "2016-09-26"],
      ["团学联工作例会", "(2016-09-26)", "date", "2016-09-26"],
      ["高二年级家长会", "(2016-09-27)", "date", "2016-09-27"],
      ["食堂卫生专项检查", "(2016-09-27)", "date", "2016-09-27"],
    ]);
  });

  it("gives a column of weekdays with no date anywhere no deadline", () => {
    const week = sheet([
      ["实验中学第五周行事历"],
      ["星期", "工作内容", "负责部门"],
      ["星期一", "高一学生军训开营式", "德育处"],
      ["", "团学联工作例会", "团委"],
      ["星期二", "高二年级家长会", "高二年级组"],
      ["", "食堂卫生专项检查", "总务处"],
    ]);
    const { columns, rows } = reading(week);
    expect(columns).toEqual({ requirement: "B", units: ["C"] });
    expect(rows.map((r) => r[2])).toEqual(["missing", "missing", "missing", "missing"]);
  });

  it("keeps a 完成时限 column the deadline beside a day column", () => {
    const week = sheet([
      ["县政府办公室2021年第19周重点工作安排"],
      ["星期", "工作事项", "责任单位", "完成时限"],
      ["星期一", "报送一季度经济运行分析", "县统计局", "5月14日前"],
      ["(5月10日)", "督办民生实事项目进度", "县政府督查室", "5月底前"],
      ["星期二", "整理防汛值班安排", "县应急管理局", "5月12日前"],
      ["(5月11日)", "上报安全生产大检查情况", "县应急管理局", "5月20日前"],
    ]);
    const { columns, rows } = reading(week);
    expect(columns).toEqual({ requirement: "B", units: ["C"], deadline: "D" });
    expect(rows.map((r) => r.slice(1, 5))).toEqual([
      ["5月14日前", "date", "2021-05-14", "D3"],
      ["5月底前", "date", "2021-05-31", "D4"],
      ["5月12日前", "date", "2021-05-12", "D5"],
      ["5月20日前", "date", "2021-05-20", "D6"],
    ]);
  });
});
