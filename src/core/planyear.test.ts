import { fixtureIds, loadFixture } from "../../test/support/fixtures";
import { DEFAULT_GRACE_MONTHS, dateReadingForm, detectPlanYear, detectSchoolYear, isOutsidePlanYear, yearOfTaskTexts } from "./planyear";

describe("detectPlanYear", () => {
  it.each(fixtureIds())("reads the plan year of %s from its title", (id) => {
    const f = loadFixture(id);
    expect(detectPlanYear([f.title])).toBe(f.year);
  });

  it.each([
    ["湘潭经济技术开发区贯彻落实省、市2019年政务公开工作要点责任分工", 2019],
    ["2017年省市政务公开要点工作任务分解表", 2017],
    ["湘潭市交通運輸局貫徹落實國、省、市2019年政務公開工作要點責任分工分解表", 2019],
    ["2019年政務公開(kāi)工作要點(diǎn)責任分工", 2019],
    ["２０２０年政务公开工作计划", 2020],
    ["二〇二一年政务公开工作要点任务分工", 2021],
    ["2023年度重点工作任务清单", 2023],
    ["2019 年政务公开工作要点分工方案", 2019],
  ])("%s → %i", (title, year) => {
    expect(detectPlanYear([title])).toBe(year);
  });

  describe("several years", () => {
    it.each([
      // the year attached to what the plan is called wins over an issue date or a history
      ["关于印发《2020年政务公开工作要点》的通知（2019年12月）", 2020],
      ["2019年12月印发的2020年工作计划", 2020],
      ["2018年以来成效明显，现将2019年工作要点分解如下", 2019],
      ["对照2018年考核结果，制定2019年任务分工", 2019],
      // nothing attached: the first year written with 年
      ["2018年和2019年政务公开情况", 2018],
    ])("%s → %i", (title, year) => {
      expect(detectPlanYear([title])).toBe(year);
    });
  });

  it("searches the title, then text above the table, then the sheet name", () => {
    expect(detectPlanYear(["政务公开工作任务分工", "", "2019"])).toBe(2019);
    expect(detectPlanYear(["", "2021年度"])).toBe(2021);
    expect(detectPlanYear(["2019年政务公开工作要点任务分工", "2018年"])).toBe(2019);
    // a year written with 年 beats a bare number in an earlier text (a sheet named 2018版)
    expect(detectPlanYear(["2018版", "2019年政务公开"])).toBe(2019);
  });

  it("reads the lines above a plan printed after its 通知 (seed 001, 株洲市 2020)", () => {
    const above = [
      "5-2020-52 229",
      "株政办函〔2020〕19号",
      "株洲市人民政府办公室 关于印发《株洲市2020年政务公开 工作要点》的通知",
      "2020年4月29日",
      "株洲市 2020 年政务公开工作要点",
    ];
    expect(detectPlanYear(above)).toBe(2020);
    expect(detectPlanYear(["2020年4月29日", "湖南省 2019 年政务公开工作要点分工"])).toBe(2019);
  });

  it("takes an issue date only when nothing else names a year", () => {
    expect(detectPlanYear(["印发日期：2019年3月5日"])).toBe(2019);
    expect(detectPlanYear(["2019年3月5日印发", "2018"])).toBe(2018);
  });

  it("returns null when no plausible year is written", () => {
    expect(detectPlanYear([])).toBeNull();
    expect(detectPlanYear(["政务公开工作任务分工表", "Sheet1"])).toBeNull();
    expect(detectPlanYear(["1949年以来", "3000年规划"])).toBeNull();
    expect(detectPlanYear(["电话：07312019888", "文号 湘政办发〔2019〕12号"])).toBe(2019);
    expect(detectPlanYear(["电话：07312019888"])).toBeNull();
  });
});

// Titles of school calendars and term schedules (校历, 行事历, 学期工作安排) as schools and 教育局 print them.
describe("detectSchoolYear", () => {
  it.each([
    ["长沙市第六中学2020-2021学年第二学期校历", 2021],
    ["2020—2021学年度第二学期教学工作行事历", 2021],
    ["衡山县教育局2020-2021学年下学期工作行事历", 2021],
    ["2020～2021学年春季学期德育工作安排", 2021],
    ["2020至2021学年第二学期学校工作安排", 2021],
  ])("%s: a second term runs in the later year, every month", (title, year) => {
    expect(detectSchoolYear([title])).toEqual({ planYear: year, nextYearMonths: 0 });
  });

  it.each([
    ["2020—2021学年度第一学期工作行事历", 2020],
    ["2021-2022学年上学期德育工作安排", 2021],
    ["某某县实验小学2022-2023学年秋季学期校历", 2022],
    ["2019 - 2020 学年第一学期教学进度安排", 2019],
    // no term named: the whole school year, August to July
    ["湘潭市第一中学2020-2021学年度学校工作行事历", 2020],
  ])("%s: a first term or a whole school year starts in the earlier year, January to July in the later", (title, year) => {
    expect(detectSchoolYear([title])).toEqual({ planYear: year, nextYearMonths: 7 });
  });

  // Zhejiang's and other provinces' schools name a school year by the one year it starts in.
  it.each([
    ["2009学年第二学期第1周工作安排", 2010],
    ["杭州市某某中学2017学年第二学期行事历", 2018],
    ["2021学年度第二学期教学工作安排", 2022],
    ["某某县实验小学2019学年下学期校历", 2020],
  ])("%s: the second term of the school year starting in the year named runs in the next, every month", (title, year) => {
    expect(detectSchoolYear([title])).toEqual({ planYear: year, nextYearMonths: 0 });
  });

  it.each([
    ["2023学年第一学期校历", 2023],
    ["宁波市某某中学2018学年度第一学期德育工作行事历", 2018],
    // no term named: the whole school year, September to July
    ["温州市某某小学2022学年学校工作行事历", 2022],
  ])("%s: the first term or the whole school year starting in the year named runs into January to July of the next", (title, year) => {
    expect(detectSchoolYear([title])).toEqual({ planYear: year, nextYearMonths: 7 });
  });

  it("takes the first text naming a school year (a title over a sheet name)", () => {
    expect(detectSchoolYear(["", "学校工作行事历", "2020-2021学年第二学期"])).toEqual({ planYear: 2021, nextYearMonths: 0 });
  });

  it.each([
    "2021-2025年教育事业发展规划重点任务分工",
    "“十四五”时期（2021—2025年）教育改革任务清单",
    "2019年、2020年重点工作安排",
    "2020-2022学年教师培训计划", // not two consecutive years
    // a term from which something runs, in a note above another year's plan
    "自2021年秋季学期起，全面落实“双减”工作要求",
    "2021年秋季学期以来课后服务开展情况",
    "2021年秋季学期开始实施课后服务“5+2”模式",
    // a school year's second term written without 学年: not a term of 2021 alone
    "2020-2021年下学期教学工作安排",
    "2021年下半年重点工作安排",
  ])("reads no school year in %s", (title) => {
    expect(detectSchoolYear([title])).toBeNull();
  });

  // Titled by one calendar year and the season of the term (how many schools title their calendars).
  it.each([
    ["2021年秋季学期校历", 2021],
    ["2021年秋季学期开学工作安排", 2021],
    ["长沙市第一中学2021年秋季学期工作安排", 2021],
    ["2021年秋学期教学工作行事历", 2021],
    ["某某县实验小学2021秋季学期德育工作行事历", 2021],
    ["2023年度秋季学期校历", 2023],
    ["二〇二一年秋季学期学校工作行事历", 2021],
    ["澳門某某中學2021年秋季學期行事曆", 2021],
    // Hunan names a term by the half of the calendar year it starts in
    ["长沙市2021年下学期中小学校历", 2021],
  ])("%s: an autumn term starts in the year named and runs into January and February of the next", (title, year) => {
    expect(detectSchoolYear([title])).toEqual({ planYear: year, nextYearMonths: 7 });
  });

  it.each([
    ["2022年春季学期校历", 2022],
    ["某某县第二中学2022年春学期工作行事历", 2022],
    ["2022春季學期教學行事曆", 2022],
    ["湘潭县2022年上学期中小学校历", 2022],
  ])("%s: a spring term runs in the year named, every month", (title, year) => {
    expect(detectSchoolYear([title])).toEqual({ planYear: year, nextYearMonths: 0 });
  });
});

// Task cells written for issue 9 in the styles of several provinces' plans, sheets whose title,
// header and deadlines print no year.
describe("yearOfTaskTexts", () => {
  it.each([
    ["各县(市、区)政府认真总结专项行动的成效，并于2016年11月10日前将总结材料报市领导小组办公室。", 2016],
    ["各地完成2016年专项行动工作总结报告，于10月30日前报送。", 2016],
    ["听取和审议市人民政府关于2016年1至7月国民经济和社会发展计划执行情况的报告。", 2016],
    ["办好2016年油菜花节，接待游客10万人次。", 2016],
    ["2018年6月底前，各地级以上市完成辖区内黑臭水体排查，建立整治台账。", 2018],
    ["确保2021年上半年完成老旧小区改造项目立项，下半年全面开工。", 2021],
    ["於2022年10月底前完成全市農村危房改造任務。", 2022],
    ["二〇一七年九月底前完成农村饮水安全巩固提升工程验收。", 2017],
    ["截至2020年底，全市新建5G基站3000个以上。", 2020],
    ["组织开展2019年度全县农村人居环境整治考核验收。", 2019],
  ])("%s → %i", (text, year) => {
    expect(yearOfTaskTexts([text])).toBe(year);
  });

  it.each([
    // a starting point
    "2013年以来，全市累计完成造林面积12万亩，继续巩固造林成果。",
    "自2014年起，全面推行河长制，建立健全长效管护机制。",
    "从2015年开始，逐步推进农村公路养护市场化改革。",
    "2021年5月1日起按照新的工伤保险费率标准执行。",
    // a plan period or a target horizon
    "编制2016—2020年全市旅游发展规划。",
    "到2025年，全市森林覆盖率达到45%以上。",
    "至2030年，基本建成区域性现代物流枢纽。",
    // a year inside a document's name
    "严格执行《建筑工程施工质量验收统一标准(2015年版)》。",
    "对照《2014年度报告》逐项查漏补缺。",
    // the day a decree or law was made or amended
    "依照2016年2月6日予以修改的《土地调查条例》开展土地变更调查。",
    "严格执行2014年8月19日国务院令第404号有关规定。",
    // a baseline
    "全市万元生产总值能耗比2015年下降15%。",
    "继续按不高于2017年征收标准征收残疾人就业保障金。",
    // the whole year a report is about, reported the year after
    "听取和审议市人民政府关于2019年度国有资产管理情况的综合报告。",
  ])("no working year in %s", (text) => {
    expect(yearOfTaskTexts([text])).toBeNull();
  });

  it("counts the working year among years naming other times", () => {
    expect(yearOfTaskTexts(["到2020年，全市用水总量控制在11.88亿立方米以内，2016年底前完成取水口核查。"])).toBe(2016);
  });

  it("takes the year written most often when they disagree", () => {
    const texts = ["2016年3月底前完成摸底调查。", "办好2016年油菜花节。", "组织2015年度先进集体评选表彰。"];
    expect(yearOfTaskTexts(texts)).toBe(2016);
  });

  it("reads a summing-up due in the first quarter as the year before's work", () => {
    expect(yearOfTaskTexts(["2023年1月31日前发布《2022年政府信息公开工作年度报告》。"])).toBe(2022);
    expect(yearOfTaskTexts(["各乡镇将全年工作总结于2017年1月10日前报县政府办公室。"])).toBe(2016);
    expect(yearOfTaskTexts(["2017年3月底前完成全县道路普查。"])).toBe(2017);
  });

  it("takes the earlier of two consecutive years written equally often: a year's work runs into the next", () => {
    expect(yearOfTaskTexts(["2016年12月底前完成全面验收。", "2017年1月底前完成绿化补植。"])).toBe(2016);
  });

  it("gives none for a tie of years further apart, or with no year at all", () => {
    expect(yearOfTaskTexts(["2016年6月底前完成一期工程。", "2018年6月底前完成二期工程。"])).toBeNull();
    expect(yearOfTaskTexts(["新建2000套保障性住房。", "12月底前完成。"])).toBeNull();
    expect(yearOfTaskTexts([])).toBeNull();
  });
});

describe("dateReadingForm", () => {
  it("turns the ways dates are typed into one form", () => {
    expect(dateReadingForm("2019 年 11 月底前")).toBe("2019年11月底前");
    expect(dateReadingForm("二〇一九年十一月三十日")).toBe("2019年11月30日");
    expect(dateReadingForm("２０１９．６－２０１９．１２")).toBe("2019.6-2019.12");
    expect(dateReadingForm("按市里統(tǒng)一安排完成")).toBe("按市里统一安排完成");
  });
  it("reads the zero of a year in numerals typed as a circle, the letter O or the digit 0", () => {
    expect(dateReadingForm("二○二四年六月底前")).toBe("2024年6月底前");
    expect(dateReadingForm("二◯一九年")).toBe("2019年");
    expect(dateReadingForm("二O一九年十一月")).toBe("2019年11月");
    expect(dateReadingForm("二0二四年底")).toBe("2024年底");
    expect(detectPlanYear(["二○二四年政务公开工作要点"])).toBe(2024);
  });
  it("leaves numerals that are words", () => {
    expect(dateReadingForm("一季度末")).toBe("一季度末");
    expect(dateReadingForm("统一月报")).toBe("统一月报");
    expect(dateReadingForm("十一前")).toBe("十一前");
  });
});

describe("isOutsidePlanYear", () => {
  it("accepts dates inside the plan year", () => {
    expect(isOutsidePlanYear("2019-01-01", 2019)).toBe(false);
    expect(isOutsidePlanYear("2019-06-30", 2019)).toBe(false);
    expect(isOutsidePlanYear("2019-12-31", 2019)).toBe(false);
  });

  it("accepts the first quarter of the next year by default (annual reports fall due then)", () => {
    expect(DEFAULT_GRACE_MONTHS).toBe(3);
    expect(isOutsidePlanYear("2023-01-31", 2022)).toBe(false); // 年度报告 of a 2022 plan
    expect(isOutsidePlanYear("2020-03-31", 2019)).toBe(false);
    expect(isOutsidePlanYear("2020-04-01", 2019)).toBe(true);
    expect(isOutsidePlanYear("2021-01-31", 2019)).toBe(true);
  });

  it("flags dates before the plan year", () => {
    expect(isOutsidePlanYear("2018-12-31", 2019)).toBe(true);
    expect(isOutsidePlanYear("2017-06-30", 2019)).toBe(true);
  });

  it("takes the grace in months", () => {
    expect(isOutsidePlanYear("2020-01-31", 2019, 0)).toBe(true);
    expect(isOutsidePlanYear("2019-12-31", 2019, 0)).toBe(false);
    expect(isOutsidePlanYear("2020-06-30", 2019, 6)).toBe(false);
    expect(isOutsidePlanYear("2020-07-01", 2019, 6)).toBe(true);
  });

  it("does not flag what is not a date", () => {
    expect(isOutsidePlanYear("not a date", 2019)).toBe(false);
    expect(isOutsidePlanYear("", 2019)).toBe(false);
  });

  it.each(fixtureIds())("finds no fixture %s deadline outside its plan year", (id) => {
    const f = loadFixture(id);
    const dates = f.expected.map((e) => e.deadlineDate).filter((d): d is string => d !== null);
    expect(dates.filter((d) => isOutsidePlanYear(d, f.year))).toEqual([]);
  });
});
