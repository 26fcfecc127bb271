import { layoutOf, plainTable } from "../../../test/support/genre";
import { fixtureSheet, findingsOf, firings, genreSheet } from "../../../test/support/rules";

describe("deadline-outside-plan-year", () => {
  it("fires on deadlines years past the plan year (遂宁 2016: 2016—2017 年底前, 2016—2018 年底前)", () => {
    expect(firings(genreSheet("suining-hjws"), "deadline-outside-plan-year")).toEqual([
      ["deadline-outside-plan-year", "D8", 8],
      ["deadline-outside-plan-year", "D9", 9],
    ]);
    expect(findingsOf(genreSheet("suining-hjws"), "deadline-outside-plan-year")[0].message).toBe(
      "完成时间“2016—2017 年底前”不在2016年度内",
    );
  });

  it("fires on a date before the plan year, not on one in the months of grace after it (中方县 2022)", () => {
    const sheet = fixtureSheet("seed-003", (f) => {
      f.rows[7][5] = "2021年12月底前";
      f.rows[8][5] = "2023年1月31日前";
    });
    expect(firings(sheet, "deadline-outside-plan-year")).toEqual([["deadline-outside-plan-year", "F10", 10]]);
  });

  it("takes a school year's plan to the July after its plan year (湘潭市第一中学 2020-2021学年度 行事历)", () => {
    const calendar = layoutOf(
      plainTable("school-calendar", "湘潭市第一中学2020-2021学年度学校工作行事历", ["周次", "起止日期", "主要工作", "责任处室"], [
        ["第1周", "9月1日—9月5日", "新生入学教育及军训", "政教处"],
        ["第31周", "4月6日—4月10日", "高三年级第二次模拟考试", "教务处"],
        ["第40周", "7月9日", "期末考试，安排学生暑假生活", "教务处"],
        ["第41周", "2021年9月1日", "下一学年开学准备", "总务处"],
      ]),
    ).snapshot;
    expect(firings(calendar, "deadline-outside-plan-year")).toEqual([["deadline-outside-plan-year", "B6", 6]]);
  });

  it("takes an autumn term's plan to the same July (某某中学 2021年秋季学期教科研工作安排)", () => {
    const termPlan = layoutOf(
      plainTable("term-plan", "某某中学2021年秋季学期教科研工作安排", ["序号", "工作内容", "完成时间", "负责部门"], [
        ["1", "制订学期教研计划，组织集体备课", "9月10日前", "教科室"],
        ["2", "青年教师汇报课及评课活动", "11月中旬", "教科室、各教研组"],
        ["3", "期末教学质量分析会", "1月20日", "教务处"],
        ["4", "省级规划课题结题鉴定材料报送", "2022年5月底前", "教科室"],
        ["5", "市级优秀教学案例评选材料报送", "2020年12月", "教科室"],
      ]),
    ).snapshot;
    expect(firings(termPlan, "deadline-outside-plan-year")).toEqual([["deadline-outside-plan-year", "C7", 7]]);
  });

  it("does not fire on deadlines inside the plan year", () => {
    expect(firings(fixtureSheet("seed-000"), "deadline-outside-plan-year")).toEqual([]);
    expect(firings(fixtureSheet("seed-003"), "deadline-outside-plan-year")).toEqual([]);
  });
});
