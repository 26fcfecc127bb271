// School calendars and term schedules (校历, 行事历, 学期工作安排): titled by the school year they
// span, their dates month and day only, read in the calendar year a clerk reads them in.
import { layoutOf, plainTable } from "../../test/support/genre";
import { readPlan } from "./index";
import { detectPlanYear } from "./planyear";
import type { SheetSnapshot } from "./schema";

/** A school's term schedule under `title`: 周次 | 起止日期 | 主要工作 | 责任处室, or the columns given. */
function termSchedule(
  title: string,
  weeks: [dates: string, work: string, office: string][],
  header = ["周次", "起止日期", "主要工作", "责任处室"],
): SheetSnapshot {
  return layoutOf(plainTable("school-calendar", title, header, weeks.map(([dates, work, office], i) => [`第${i + 1}周`, dates, work, office]))).snapshot;
}
const readingOf = (snapshot: SheetSnapshot) => {
  const { planYear, planYearSource, rows } = readPlan(snapshot);
  return { planYear, planYearSource, dates: rows.map((r) => r.deadline.date) };
};

const SPRING_WEEKS: [string, string, string][] = [
  ["2月24日", "教职工返校，召开开学工作会议", "校长办公室"],
  ["3.6", "学雷锋志愿服务活动", "政教处、团委"],
  ["4月6日—4月10日", "高三年级第二次模拟考试", "教务处"],
  ["7月9日", "期末考试，安排学生暑假生活", "教务处、政教处"],
];

const AUTUMN_WEEKS: [string, string, string][] = [
  ["9月1日—9月5日", "新生入学教育及军训", "政教处、高一年级组"],
  ["10月12日", "秋季田径运动会", "体卫艺处"],
  ["12月28日—1月3日", "元旦文艺汇演，安排元旦放假", "团委、总务处"],
  ["1月20日", "期末考试，布置寒假工作", "教务处"],
];

describe("a school calendar titled by its school year", () => {
  it("dates the second term in the later year", () => {
    expect(readingOf(termSchedule("长沙市第六中学2020-2021学年第二学期校历", SPRING_WEEKS))).toEqual({
      planYear: 2021,
      planYearSource: "sheet",
      dates: ["2021-02-24", "2021-03-06", "2021-04-10", "2021-07-09"],
    });
  });

  it("dates the first term from the autumn of the earlier year into January of the later", () => {
    const expected = { planYear: 2020, planYearSource: "sheet", dates: ["2020-09-05", "2020-10-12", "2021-01-03", "2021-01-20"] };
    expect(readingOf(termSchedule("2020—2021学年度第一学期工作行事历", AUTUMN_WEEKS))).toEqual(expected);
    expect(readingOf(termSchedule("2020-2021学年上学期德育工作安排", AUTUMN_WEEKS))).toEqual(expected);
  });

  it("dates a whole school year's August to December in the earlier year, January to July in the later", () => {
    const year = termSchedule("湘潭市第一中学2020-2021学年度学校工作行事历", [...AUTUMN_WEEKS, ...SPRING_WEEKS]);
    expect(readingOf(year).dates).toEqual(["2020-09-05", "2020-10-12", "2021-01-03", "2021-01-20", "2021-02-24", "2021-03-06", "2021-04-10", "2021-07-09"]);
  });

  it.each(["2021-2025年教育事业发展规划重点任务安排", "“十四五”时期（2021—2025年）教育改革任务清单"])(
    "reads a span of years that is no school year as before: %s, every month in its plan year",
    (title) => {
      const { planYear, dates } = readingOf(termSchedule(title, AUTUMN_WEEKS));
      expect(planYear).toBe(detectPlanYear([title]));
      // (12月28日—1月3日 runs into the next year by its own span, as any plan's would; 1月20日 stays)
      const year = String(planYear);
      expect(dates.map((d) => d?.slice(0, 4))).toEqual([year, year, String(Number(planYear) + 1), year]);
    },
  );
});

// 校历 and 行事历 titled by one calendar year and the season of the term, week by week.
describe("a school calendar titled by the year and season of its term", () => {
  const CALENDAR_COLUMNS = ["周次", "时间", "工作内容", "负责部门"];
  const AUTUMN_TERM: [string, string, string][] = [
    ["8月30日—9月5日", "教职工返校，新生报到注册，9月1日举行开学典礼", "校长办公室、教务处"],
    ["9月10日", "庆祝第37个教师节，表彰优秀教师", "工会、校长办公室"],
    ["10月1日—10月7日", "国庆节放假，做好假期安全教育", "政教处"],
    ["11月8日—11月12日", "期中考试及质量分析", "教务处"],
    ["12月30日", "元旦文艺汇演", "团委、政教处"],
    ["1月10日—1月14日", "期末考试，阅卷与成绩录入", "教务处"],
    ["1月15日", "散学典礼，布置寒假工作及安全教育", "政教处、各年级组"],
    ["2月12日", "教职工返校，准备下学期开学", "校长办公室"],
  ];
  const AUTUMN_DATES = ["2021-09-05", "2021-09-10", "2021-10-07", "2021-11-12", "2021-12-30", "2022-01-14", "2022-01-15", "2022-02-12"];

  it.each(["2021年秋季学期校历", "某某县实验小学2021年秋季学期工作安排", "2021秋学期学校工作行事历", "2021年秋季學期行事曆", "长沙市2021年下学期中小学校历"])(
    "%s: September to December in 2021, January and February in 2022",
    (title) => {
      expect(readingOf(termSchedule(title, AUTUMN_TERM, CALENDAR_COLUMNS))).toEqual({ planYear: 2021, planYearSource: "sheet", dates: AUTUMN_DATES });
    },
  );

  it("dates a spring term in the year named, every month", () => {
    const springTerm: [string, string, string][] = [
      ["2月14日", "学生报到注册，开学典礼", "教务处、政教处"],
      ["3月5日", "学雷锋志愿服务活动", "团委"],
      ["4月18日—4月22日", "期中考试及质量分析", "教务处"],
      ["7月8日", "期末考试，布置暑假工作", "教务处、各年级组"],
    ];
    expect(readingOf(termSchedule("2022年春季学期行事历", springTerm, CALENDAR_COLUMNS))).toEqual({
      planYear: 2022,
      planYearSource: "sheet",
      dates: ["2022-02-14", "2022-03-05", "2022-04-22", "2022-07-08"],
    });
  });
});

// Zhejiang's and other provinces' schools name a school year by the one calendar year it starts in
// (2017学年 is September 2017 to July 2018), week by week.
describe("a school calendar titled by the year its school year starts in", () => {
  const WEEK_COLUMNS = ["周次", "日期", "工作内容", "负责部门"];

  it("dates the second term in the year after the one named", () => {
    const springTerm: [string, string, string][] = [
      ["2月26日—3月2日", "教职工返校，学生报到注册", "党政办、教学处"],
      ["3．1", "开学典礼暨新学期国旗下讲话", "德育处、团委"],
      ["3月4日-3月10日", "学雷锋志愿服务月活动", "团委"],
      ["5.10（周一）", "高三第三次模拟考试", "教学处、高三年级"],
      ["6月29日", "期末考试，布置暑假工作", "教学处、德育处"],
    ];
    for (const title of ["杭州市某某中学2017学年第二学期行事历", "2017学年第二学期第1周工作安排", "2017学年度第二学期学校工作安排"]) {
      expect(readingOf(termSchedule(title, springTerm, WEEK_COLUMNS))).toEqual({
        planYear: 2018,
        planYearSource: "sheet",
        dates: ["2018-03-02", "2018-03-01", "2018-03-10", "2018-05-10", "2018-06-29"],
      });
    }
  });

  it("dates the first term from September of the year named into January of the next", () => {
    const autumnTerm: [string, string, string][] = [
      ["8月28日-9月1日", "新生入学教育，开学典礼", "德育处、高一年级"],
      ["10.12", "校运动会", "体艺处、团委"],
      ["12月29日—1月2日", "元旦文艺汇演，元旦放假", "团委、总务处"],
      ["1月19日", "期末考试，散学典礼", "教学处、德育处"],
    ];
    expect(readingOf(termSchedule("宁波市某某中学2023学年第一学期校历", autumnTerm, WEEK_COLUMNS))).toEqual({
      planYear: 2023,
      planYearSource: "sheet",
      dates: ["2023-09-01", "2023-10-12", "2024-01-02", "2024-01-19"],
    });
  });

  it("reads no school year from a task's own text that names one", () => {
    const weeks: [string, string, string][] = [
      ["3月10日", "完成2017学年教师考核，结果报县教育局", "党政办"],
      ["4月20日", "组织2017学年第二学期期中考试", "教学处"],
    ];
    const { planYear, planYearSource } = readingOf(termSchedule("某某中学学校工作安排", weeks, WEEK_COLUMNS));
    expect({ planYear, planYearSource }).toEqual({ planYear: null, planYearSource: "none" });
  });
});

// A school's week plan names one body per item of the week's work, a line each, the same body again
// on each of its lines: its offices, year groups and teaching groups.
describe("a school calendar's unit column", () => {
  it("reads each line's body, a year group as complete as an office", () => {
    const weeks: [string, string, string][] = [
      ["3月4日-3月10日", "1.学雷锋志愿服务活动\n2.高三百日誓师大会\n3.班主任例会", "德育处\n教学处/高三年级\n德育处"],
      ["3月11日-3月17日", "1.七年级研学实践\n2.八年级生物地理会考动员\n3.食堂安全检查", "七年级\n八年级\n总务处"],
      ["4月8日-4月14日", "1.高二年级期中考试\n2.英语教研组公开课\n3.高三备课组二模质量分析", "高二年级组/教学处\n英语教研组\n高三备课组"],
    ];
    const { rows } = readPlan(termSchedule("某某中学2018学年第二学期行事历", weeks, ["周次", "日期", "工作内容", "负责处室"]));
    expect(rows.map((r) => r.units.map((u) => u.name))).toEqual([
      ["德育处", "教学处", "高三年级"],
      ["七年级", "八年级", "总务处"],
      ["高二年级组", "教学处", "英语教研组", "高三备课组"],
    ]);
  });
});
