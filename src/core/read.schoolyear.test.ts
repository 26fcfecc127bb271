// School calendars and term schedules (校历, 行事历, 学期工作安排): titled by the school year they
// span, their dates month and day only, read in the calendar year a clerk reads them in.
import { layoutOf, type GenreTable } from "../../test/support/genre";
import { readPlan } from "./index";
import { detectPlanYear } from "./planyear";
import type { SheetSnapshot } from "./schema";

/** A school's term schedule under `title`: 周次 | 起止日期 | 主要工作 | 责任处室. */
function termSchedule(title: string, weeks: [dates: string, work: string, office: string][]): SheetSnapshot {
  const table: GenreTable = {
    seed: "school-calendar",
    title,
    year: null,
    source: "",
    layout: "周次 | 起止日期 | 主要工作 | 责任处室",
    header: ["周次", "起止日期", "主要工作", "责任处室"],
    headerRows: 1,
    rows: weeks.map(([dates, work, office], i) => [`第${i + 1}周`, dates, work, office]),
    merges: [],
    expected: [],
  };
  return layoutOf(table).snapshot;
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
      expect(dates.map((d) => d?.slice(0, 4))).toEqual(Array(4).fill(String(planYear)));
    },
  );
});
