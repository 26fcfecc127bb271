import { fixtureIds, loadFixture, type Fixture } from "../../test/support/fixtures";
import { classifyDeadline, repeatsAbove } from "./deadline";
import type { DeadlineClass } from "./schema";

const PLAN_YEAR = 2019;

function read(text: string, planYear: number | null = PLAN_YEAR) {
  const d = classifyDeadline(text, { planYear });
  return [d.class, d.date] as const;
}

type Case = [text: string, cls: DeadlineClass, date: string | null];

function table(cases: Case[]) {
  it.each(cases)("%s → %s %s", (text, cls, date) => {
    expect(read(text)).toEqual([cls, date]);
  });
}

describe("classifyDeadline: calendar points (plan year 2019)", () => {
  describe("months and their parts", () => {
    table([
      ["2019年6月", "date", "2019-06-30"],
      ["2019 年 6 月", "date", "2019-06-30"],
      ["2019年11月底前", "date", "2019-11-30"],
      ["2019 年 11 月底前", "date", "2019-11-30"],
      ["2019年6月底前完成", "date", "2019-06-30"],
      ["2019年2月底", "date", "2019-02-28"],
      ["2020年2月底前", "date", "2020-02-29"],
      ["11月底前", "date", "2019-11-30"],
      ["11月份", "date", "2019-11-30"],
      ["9月中旬", "date", "2019-09-20"],
      ["10月上旬", "date", "2019-10-10"],
      ["10月下旬", "date", "2019-10-31"],
      ["8月初", "date", "2019-08-10"],
      // a run of parts sharing one 旬 ends with its last part
      ["9月上中旬", "date", "2019-09-20"],
      ["9月上、中旬前完成", "date", "2019-09-20"],
      ["9月中下旬", "date", "2019-09-30"],
      ["12月末", "date", "2019-12-31"],
      // "before June" is read as "by June": the last day the phrase can be taken to allow.
      ["6月前", "date", "2019-06-30"],
      ["6月以前完成", "date", "2019-06-30"],
      // A month written without 月 before 底 (suining-hjws): still that month's end.
      ["2019 年 6 底前", "date", "2019-06-30"],
    ]);
  });

  describe("full dates", () => {
    table([
      ["2023年1月31日前", "date", "2023-01-31"],
      ["2019年6月30日", "date", "2019-06-30"],
      ["6月1日前", "date", "2019-06-01"],
      ["9月15号前", "date", "2019-09-15"],
      ["2019年2月30日", "vague", null], // no such day: nothing checkable is left
    ]);
  });

  describe("numeric forms", () => {
    table([
      ["2019.6", "date", "2019-06-30"],
      ["2019-06", "date", "2019-06-30"],
      ["2019/6/30", "date", "2019-06-30"],
      ["2019.06.15", "date", "2019-06-15"],
      ["2019-6-30前", "date", "2019-06-30"],
      ["2019.13", "vague", null],
      ["2019-06-15 00:00:00", "date", "2019-06-15"],
      ["2019-06-15T00:00:00.000Z", "date", "2019-06-15"],
      ["6.30前", "date", "2019-06-30"],
      ["12/31", "date", "2019-12-31"],
      ["6月15", "date", "2019-06-15"],
      ["投入1.5万元", "vague", null], // a quantity, not 1月5日
    ]);
  });

  describe("years, halves and quarters", () => {
    table([
      ["年底前", "date", "2019-12-31"],
      ["年底", "date", "2019-12-31"],
      ["年内", "date", "2019-12-31"],
      ["年内完成", "date", "2019-12-31"],
      ["年度内", "date", "2019-12-31"],
      ["2022年底", "date", "2022-12-31"],
      ["2019年年底前", "date", "2019-12-31"],
      ["2019年度内", "date", "2019-12-31"],
      ["2019年内", "date", "2019-12-31"],
      ["2020年前", "date", "2020-12-31"],
      ["2019年完成", "date", "2019-12-31"],
      ["2019", "date", "2019-12-31"],
      ["上半年", "date", "2019-06-30"],
      // within half a year, as 年内 is within the year (not 年内 read inside it)
      ["半年内", "date", "2019-06-30"],
      ["年中", "date", "2019-06-30"],
      ["20年底", "date", "2020-12-31"],
      ["汛期前", "date", "2019-05-31"],
      ["2020年上半年", "date", "2020-06-30"],
      ["下半年", "date", "2019-12-31"],
      ["第三季度", "date", "2019-09-30"],
      ["三季度", "date", "2019-09-30"],
      ["一季度末", "date", "2019-03-31"],
      ["第4季度", "date", "2019-12-31"],
      ["前三季度", "date", "2019-09-30"],
      ["2020年第二季度", "date", "2020-06-30"],
      ["今年底前", "date", "2019-12-31"],
      ["本年度内", "date", "2019-12-31"],
      ["明年3月底前", "date", "2020-03-31"],
      ["次年1月", "date", "2020-01-31"],
    ]);
  });

  it("reads a year followed by a completion word or a bracketed remark as a deadline", () => {
    expect(read("年底前完成50%，2021年全部完成")).toEqual(["date", "2021-12-31"]);
    expect(read("2020年基本建成")).toEqual(["date", "2020-12-31"]);
    expect(read("2020年建成投用")).toEqual(["date", "2020-12-31"]);
    // followed by prose, the year is the target of task text (deadline.phrases: not read yet)
    expect(read("2016年基本完成深化预算管理改革的各项任务")).toEqual(["vague", null]);
    expect(read("2019年（持续推进）")).toEqual(["date", "2019-12-31"]);
    expect(read("2019年工作计划")).toEqual(["vague", null]);
  });

  it("reads 元月 as January", () => {
    expect(read("元月底")).toEqual(["date", "2019-01-31"]);
  });

  it("reads a five-year plan period as its last year (十四五: 2021-2025)", () => {
    expect(read("“十四五”期间")).toEqual(["date", "2025-12-31"]);
    expect(read("十三五末")).toEqual(["date", "2020-12-31"]);
  });

  describe("ranges end where the range ends", () => {
    table([
      ["2019年6月-12月", "date", "2019-12-31"],
      ["2019年6月—12月", "date", "2019-12-31"],
      ["2019年6月至2020年3月", "date", "2020-03-31"],
      // months under one 月 share the year written before the first
      ["2020年1-6月", "date", "2020-06-30"],
      ["2020年1至6月", "date", "2020-06-30"],
      ["2020年3、6月底前", "date", "2020-06-30"],
      // and quarters under one 季度
      ["2020年1-3季度", "date", "2020-09-30"],
      ["2020年第一、二季度", "date", "2020-06-30"],
      ["2020年一至三季度", "date", "2020-09-30"],
      ["2019.6-2019.9", "date", "2019-09-30"],
      ["6月1日至30日", "date", "2019-06-30"],
      // the end month's 月 cut off with the page; a day range keeps its 日
      ["2019年9月-11", "date", "2019-11-30"],
      ["9月到11", "date", "2019-11-30"],
      ["2019年9月1日至11日", "date", "2019-09-11"],
      ["2019年11月至2", "date", "2019-11-30"],
      ["2019年6月起，11月底前完成", "date", "2019-11-30"],
      // dotted months joined by another separator are a range, not a day (2019-03-12 is a day)
      ["2019.3-12", "date", "2019-12-31"],
      ["2019.03～12", "date", "2019-12-31"],
      ["2019.01-2019.12", "date", "2019-12-31"],
      ["2019-03-12", "date", "2019-03-12"],
      ["2019.3.12", "date", "2019-03-12"],
    ]);
  });

  // A step of a 时序进度 schedule over the turn of the year (12-1月：组织毕业生参加供需见面会).
  describe("a span ending in an earlier month than it starts runs into the next year", () => {
    table([
      ["12-1月", "date", "2020-01-31"],
      ["12—1月", "date", "2020-01-31"],
      ["11至2月", "date", "2020-02-29"],
      ["12月-1月", "date", "2020-01-31"],
      ["12月至1月", "date", "2020-01-31"],
      ["11月到次年2月", "date", "2020-02-29"],
      ["12月25日-1月5日", "date", "2020-01-05"],
      // the year written before the span is its start's
      ["2018年12-1月", "date", "2019-01-31"],
      ["2018年12月至1月底前", "date", "2019-01-31"],
      // an end with its own year says so itself
      ["2019年12月-2020年1月", "date", "2020-01-31"],
      // months listed, not spanned, and spans within the year, stay in it
      ["3-4月", "date", "2019-04-30"],
      ["3月—12月", "date", "2019-12-31"],
      ["12、1月", "date", "2019-01-31"],
    ]);

    it("counts the next year from the start's year in a school year", () => {
      expect(classifyDeadline("12-1月", { planYear: 2020, nextYearMonths: 7 }).date).toBe("2021-01-31");
    });
  });

  describe("Chinese numerals and full-width characters", () => {
    table([
      ["十一月底前", "date", "2019-11-30"],
      ["二〇一九年六月", "date", "2019-06-30"],
      ["二零二零年三月三十一日前", "date", "2020-03-31"],
      ["二○二〇年六月", "date", "2020-06-30"],
      ["二O二〇年底前", "date", "2020-12-31"],
      ["十二月二十日", "date", "2019-12-20"],
      ["２０１９年６月", "date", "2019-06-30"],
      ["２０１９．６", "date", "2019-06-30"],
      ["2019年 11月 底前", "date", "2019-11-30"],
    ]);
  });

  describe("a concrete point with a vague or periodic tail is a date", () => {
    table([
      ["2019年11月底前，并及时更新", "date", "2019-11-30"],
      ["2019年6月底前完成，此后每月更新", "date", "2019-06-30"],
      ["持续推进，2019年底前完成", "date", "2019-12-31"],
      ["年底前完成，并长期坚持", "date", "2019-12-31"],
      ["2025年11月底前,并长期坚持", "date", "2025-11-30"],
      ["年内完成并持续推进", "date", "2019-12-31"],
      ["年内持续推进，6月底前完成方案", "date", "2019-06-30"],
      ["年内长期公开", "date", "2019-12-31"],
      ["按市里统一安排，11月底前完成", "date", "2019-11-30"],
    ]);
  });

  it("keeps the class date when the year is unknown, without inventing a day", () => {
    expect(read("11月底前", null)).toEqual(["date", null]);
    expect(read("年底前", null)).toEqual(["date", null]);
    expect(read("2019年6月", null)).toEqual(["date", "2019-06-30"]);
  });

  it("reads years not written with the plan year (2022 plan)", () => {
    expect(read("年底前", 2022)).toEqual(["date", "2022-12-31"]);
    expect(read("2023年1月31日前", 2022)).toEqual(["date", "2023-01-31"]);
  });

  it("reads a year run into its month, the 年 left out, as that year's month (20241月, 2024 then January)", () => {
    expect(read("20241月")).toEqual(["date", "2024-01-31"]);
    expect(read("202411月底前")).toEqual(["date", "2024-11-30"]);
  });
});

describe("classifyDeadline: recurring", () => {
  table([
    ["每月更新", "recurring", null],
    ["每季度", "recurring", null],
    ["按月", "recurring", null],
    ["按季度公开", "recurring", null],
    ["按年公开", "recurring", null],
    ["每年", "recurring", null],
    ["每半年", "recurring", null],
    ["每周更新", "recurring", null],
    ["每月10日前", "recurring", null],
    ["每年6月底前", "recurring", null],
    ["每年年底前报送", "recurring", null],
    ["每季度末", "recurring", null],
    ["每年一季度", "recurring", null],
    ["每个月更新一次", "recurring", null],
    ["半年一次", "recurring", null],
    ["一月一次", "recurring", null],
    ["逐月更新", "recurring", null],
    ["一季度一通报", "recurring", null],
    ["一年一次", "recurring", null],
    // a period of several units, and a day of the period after each one
    ["每两个月", "recurring", null],
    ["每2周更新", "recurring", null],
    ["每半月", "recurring", null],
    ["每个工作日", "recurring", null],
    ["每双月报送", "recurring", null],
    // one step a period, whatever the step, when the count of periods is written
    ["一月一调度", "recurring", null],
    ["半年一总结", "recurring", null],
    ["一季一督查", "recurring", null],
    ["次月5日前", "recurring", null],
    ["次季度首月10日前", "recurring", null],
    ["2019年6月起每月更新", "recurring", null],
    ["2019年起按季度公开", "recurring", null],
    ["常态化，每月更新", "recurring", null],
  ]);

  // A county bureau's 重点工作 list under 限期时间 (每季度末, 每月25日前): the year written before the
  // periods (2019年，每季度末; 年内每月底) is the span they repeat through, not a point at its end.
  describe("the year the periods fall in, written before them", () => {
    table([
      ["2019年每季度末", "recurring", null],
      ["2019年，每季度末", "recurring", null],
      ["2019年(每季度末)", "recurring", null],
      ["2019年内每季度末", "recurring", null],
      ["年内每月25日前", "recurring", null],
      ["本年度内逐月报送", "recurring", null],
      ["全年每半年", "recurring", null],
      // a point of the year, or a count of years, before the period stays a point
      ["2019年底前，每季度末报送进度", "date", "2019-12-31"],
      ["半年内每月报送", "date", "2019-06-30"],
      ["一季度末", "date", "2019-03-31"],
      ["第三季度末", "date", "2019-09-30"],
    ]);
  });

  // A period counted from an event is stated and checkable against each event (fengtun catalogue,
  // 政务公开 时限): it was read as vague before because no calendar point is named.
  describe("a period counted from an event is a stated period", () => {
    table([
      ["信息形成或变更之日起20个工作日内", "recurring", null],
      ["信息形成或變更之日起3個工作日內(nèi)", "recurring", null],
      ["收到申请后15个工作日内", "recurring", null],
      ["收到申请后15日内", "recurring", null],
      ["自产生之日起7日内公开", "recurring", null],
      ["自产生之日起七日内公开", "recurring", null],
      ["收到申请之日起十五个工作日内答复", "recurring", null],
      // the event named without 起 / 后 (shandong-swt-2023-catalogue), or left to the column label
      ["文件发布3个工作日内", "recurring", null],
      ["20工作日", "recurring", null],
      ["20个工作日内", "recurring", null],
      ["信息形成(变更)20个工作日内", "recurring", null],
      // published with the document it goes with: 同步公开 is due with every such document
      ["同步公开", "recurring", null],
    ]);
  });

  it("a step done at one go (一次性) is due once: 6月一次性完成 is June's", () => {
    expect(read("6月一次性完成")).toEqual(["date", "2019-06-30"]);
    expect(read("一季度一次性完成")).toEqual(["date", "2019-03-31"]);
  });

  it("a count of days after a date is no event period: 6月15日内 is a day", () => {
    expect(read("6月15日内")).toEqual(["date", "2019-06-15"]);
    expect(read("2019年3月20个工作日内")).toEqual(["date", "2019-03-31"]);
  });

  it("without a counted period an event phrase stays vague (及时公开, 实时更新, 自形成之日起及时公开)", () => {
    expect(read("自形成之日起及时公开")).toEqual(["vague", null]);
    expect(read("信息形成后及时公开")).toEqual(["vague", null]);
    expect(read("2019年起3年内")).toEqual(["vague", null]); // counted from a date, not an event
  });

  // 政务公开 catalogues (公开时限) also write the count first and its event in a bracket after it.
  describe("a count with its event in a bracket after it is counted from each event", () => {
    table([
      ["20个工作日(自该政府信息形成或者变更之日起)", "recurring", null],
      ["20个工作日（自该信息形成或者变更之日起）", "recurring", null],
      ["15个工作日(自信息产生之日起)", "recurring", null],
      ["7日内(自批准之日起)", "recurring", null],
      ["10个工作日(信息形成后)", "recurring", null],
      ["15日(自收到申请之日起)", "recurring", null],
      ["1个月(自文件印发之日起)", "recurring", null],
      ["15日（自受理之日起计算）", "recurring", null],
      ["10个工作日(信息形成后)，法律、法规另有规定的从其规定", "recurring", null],
    ]);
    it("whatever the column counts bare counts from", () => {
      const d = classifyDeadline("20个工作日(自该政府信息形成或者变更之日起)", { planYear: PLAN_YEAR, bareCountsFrom: "plan" });
      expect(d.class).toBe("recurring");
    });
    it("a bracket naming no event start, or a date, leaves the count as it was", () => {
      expect(read("20个工作日(暂定)")).toEqual(["vague", null]);
      expect(read("20个工作日（节假日顺延）")).toEqual(["vague", null]);
      expect(read("20个工作日(自2019年1月1日起)")).toEqual(["vague", null]);
      expect(read("2个月(省出台文件后)")).toEqual(["vague", null]);
    });
    it("a calendar point before the bracket stays a date", () => {
      expect(read("6月30日(自批准之日起)")).toEqual(["date", "2019-06-30"]);
      expect(read("2019年6月底前(信息形成后)")).toEqual(["date", "2019-06-30"]);
      expect(read("3月(自文件印发之日起)")).toEqual(["date", "2019-03-31"]);
    });
  });

  it("a period after a one-off step of a higher level waits on its timetable: vague (suining-hjws)", () => {
    expect(read("省出台文件后 2 个月完成")).toEqual(["vague", null]);
    expect(read("上级部署后1个月内")).toEqual(["vague", null]);
    // Every document's own event stays a stated period.
    expect(read("文件印发之日起20个工作日内")).toEqual(["recurring", null]);
  });

  it("a calendar point next to an event period is still the deadline", () => {
    expect(read("2019年6月底前建立制度，收到申请后15日内答复")).toEqual(["date", "2019-06-30"]);
  });
});

// Convention (the fixtures name no count): a cell that is only a count (3天, 5个工作日, 3个月内) names
// no calendar point and no event. Under a label of a time each item keeps (公开时限, 办结时限) it counts
// from each item's own event, due again for every item: a stated period, recurring, as the
// catalogues in test/genre are labelled (gongliu 20工作日). Under 整改时限 or 完成时限 the plan gives
// each task the count once, from its own issue, a day the table does not hold: nobody can check it
// from the table, so it is vague like any count from an undated notice (限期7天, 15日内), not a date
// (a date without its day is left only for a calendar point in a plan whose year nothing shows).
describe("classifyDeadline: a bare count counts from what its column says", () => {
  const fromPlan = (text: string) => {
    const d = classifyDeadline(text, { planYear: PLAN_YEAR, bareCountsFrom: "plan" });
    return [d.class, d.date];
  };
  it.each(["3天", "5个工作日", "15个工作日办结", "7天内", "1个月", "3个月内", "一个月内", "6个月内完成整改", "半个月", "一年内", "三年内", "立行立改，3个月内完成"])(
    "%s counted from the plan's issue → vague",
    (text) => expect(fromPlan(text)).toEqual(["vague", null]),
  );
  it.each(["七天", "十五个工作日", "15日内", "限期7天"])("%s, another spelling of a count from the notice, → vague too", (text) => {
    expect(fromPlan(text)).toEqual(["vague", null]);
  });
  it.each(["3天", "20工作日", "3个月内", "一年内"])("%s counted from each item's event → recurring", (text) => {
    expect(read(text)).toEqual(["recurring", null]);
  });
  it("leaves months, years, named events and calendar points to their own grammar", () => {
    expect(fromPlan("3月")).toEqual(["date", "2019-03-31"]);
    expect(fromPlan("2019年")).toEqual(["date", "2019-12-31"]);
    expect(fromPlan("半年内")).toEqual(["date", "2019-06-30"]);
    expect(fromPlan("收到申请后15个工作日内")).toEqual(["recurring", null]);
    expect(fromPlan("文件发布3个工作日内")).toEqual(["recurring", null]);
    expect(fromPlan("2019年6月底前完成，3个月内验收")).toEqual(["date", "2019-06-30"]);
    expect(fromPlan("省出台文件后2个月完成")).toEqual(["vague", null]);
  });
});

describe("classifyDeadline: a schedule's milestones in prose (a column labelled 进度和工作成果要求)", () => {
  const underSchedule = (text: string) => {
    const d = classifyDeadline(text, { planYear: 2019, statesMilestones: true });
    return [d.class, d.date];
  };
  // 分工方案 of reform measures: each step opens with the year it is done in; the deadline is the latest.
  it.each([
    ["结合落实国家新型城镇化规划，2020年制定完善城乡一体化发展制度。", "2020-12-31"],
    ["配合中央有关部门，2019年底前出台稳步推进农村集体产权制度改革的意见，2020年制定配套举措。", "2020-12-31"],
    ["2019年制定加强地方政府性债务管理的实施意见，2020年建立债务风险预警机制。", "2020-12-31"],
    ["2016年基本完成深化预算管理改革的各项任务", "2016-12-31"],
    ["到2020年形成系统完备、科学规范的制度体系。", "2020-12-31"],
    ["2019年出台实施办法，2020年6月底前全面推开。", "2020-06-30"],
  ])("%s → date %s", (text, date) => {
    expect(underSchedule(text)).toEqual(["date", date]);
  });
  it("reads a year inside a clause as what it qualifies, no step (明确2023年金融指标增长目标)", () => {
    expect(underSchedule("3月底前，召开金融联席会议，明确2023年金融指标增长目标。")).toEqual(["date", "2019-03-31"]);
  });
  it("leaves a year starting the work, or its half, to the calendar points", () => {
    expect(underSchedule("2019年上半年出台方案")).toEqual(["date", "2019-06-30"]);
    expect(underSchedule("2019年起每年开展一次评估")).toEqual(["recurring", null]);
  });
  it("reads a year opening task prose elsewhere as no deadline: it may be the task's target", () => {
    expect(read("2020年制定完善城乡一体化发展制度。")).toEqual(["vague", null]);
  });
});

// The date cells of school calendars and term schedules (校历, 行事历) print month and day only.
describe("classifyDeadline: months in the later calendar year of a school year", () => {
  const inSchoolYear = (text: string, planYear: number, nextYearMonths: number) => classifyDeadline(text, { planYear, nextYearMonths }).date;
  // 2020-2021学年第一学期 (or the whole school year): plan year 2020, January to July in 2021
  it.each([
    ["9月1日", "2020-09-01"],
    ["9月1日—9月5日", "2020-09-05"],
    ["10.8", "2020-10-08"],
    ["12月28日—1月3日", "2021-01-03"],
    ["1月18日至22日", "2021-01-22"],
    ["1月20日", "2021-01-20"],
    ["元月下旬", "2021-01-31"],
    ["2月底前", "2021-02-28"],
    ["6月30日", "2021-06-30"],
    ["8月25日", "2020-08-25"],
    // a year written in the cell is its own, never moved on
    ["2021年1月", "2021-01-31"],
    ["2020年11月上旬", "2020-11-10"],
    // a quarter, a season or the year's end is the plan year's
    ["年底前", "2020-12-31"],
    ["第四季度", "2020-12-31"],
  ])("first term: %s → %s", (text, date) => {
    expect(inSchoolYear(text, 2020, 7)).toBe(date);
  });

  // 2020-2021学年第二学期: plan year 2021, every month in it
  it.each([
    ["2月24日", "2021-02-24"],
    ["3.6", "2021-03-06"],
    ["7月10日—7月15日", "2021-07-15"],
  ])("second term: %s → %s", (text, date) => {
    expect(inSchoolYear(text, 2021, 0)).toBe(date);
  });

  it("reads every month in the plan year without a school year", () => {
    expect(classifyDeadline("1月20日", { planYear: 2020 }).date).toBe("2020-01-20");
    expect(classifyDeadline("1月20日", { planYear: null, nextYearMonths: 7 })).toMatchObject({ class: "date", date: null });
  });
});

describe("repeatsAbove", () => {
  it.each(["同上", "同 上", " 同上。"])("%j repeats the cell above", (text) => expect(repeatsAbove(text)).toBe(true));
  it.each(["同上年", "同步公开", "上同", "如上所述", ""])("%j does not", (text) => expect(repeatsAbove(text)).toBe(false));
});

describe("classifyDeadline: ongoing", () => {
  table([
    ["常态化工作", "ongoing", null],
    ["常态化", "ongoing", null],
    ["持续推进", "ongoing", null],
    ["长期坚持", "ongoing", null],
    ["长期", "ongoing", null],
    ["持续开展", "ongoing", null],
    ["全年", "ongoing", null],
    ["贯穿全年", "ongoing", null],
    ["2019年全年", "ongoing", null],
    ["2019年起长期坚持", "ongoing", null],
    ["常態(tài)化工作", "ongoing", null],
    ["常年", "ongoing", null],
    ["常抓不懈", "ongoing", null],
    ["坚持不懈", "ongoing", null],
    ["持之以恒", "ongoing", null],
    ["久久为功", "ongoing", null],
    // a span of the year qualifying work that goes on: through the year, not by its end
    ["年内持续推进", "ongoing", null],
    ["年度内持续开展", "ongoing", null],
    ["2019年内长期坚持", "ongoing", null],
    ["本年度内常态化推进", "ongoing", null],
  ]);

  it("a span of the year qualifying ongoing work is ongoing without a plan year too", () => {
    expect(["年内持续推进", "本年度内常态化推进"].map((text) => read(text, null))).toEqual([
      ["ongoing", null],
      ["ongoing", null],
    ]);
  });

  // zhen-zwgk-trad-catalogue: 長期公開 says how long an item stays published, not when it is due.
  it("a retention period (长期公开, 长期有效) is no ongoing work", () => {
    expect(read("長期公開\n隨時公開")).toEqual(["vague", null]);
    expect(read("长期有效")).toEqual(["vague", null]);
    expect(read("长期公开，每季度更新")).toEqual(["recurring", null]);
  });
});

describe("classifyDeadline: vague", () => {
  table([
    ["及时公开", "vague", null],
    ["及時公開", "vague", null],
    ["实时更新", "vague", null],
    ["按市里统一安排完成", "vague", null],
    ["按市里统一安排成", "vague", null],
    ["按市统一安排完成", "vague", null],
    ["按市里統(tǒng)一安排完成", "vague", null],
    ["按省里时间节点完成", "vague", null],
    ["按省里時間節(jié)點完成", "vague", null],
    ["根据工作进度", "vague", null],
    ["按要求", "vague", null],
    ["按上级要求", "vague", null],
    ["按年度计划推进", "vague", null],
    ["适时", "vague", null],
    ["随时", "vague", null],
    // No period is stated, so nobody can check them: vague, like 实时更新.
    ["定期更新", "vague", null],
    ["动态更新", "vague", null],
    ["春节前", "vague", null],
    ["十一前", "vague", null],
    ["统一月报", "vague", null],
    ["3年", "vague", null], // a count of years is written in words (三年内): 3年 may be a quantity
    ["待定", "vague", null],
    ["尽快", "vague", null],
    ["第一时间公开", "vague", null],
    ["=HYPERLINK(\"x\")", "vague", null],
    ["1000年", "vague", null],
  ]);
});

describe("classifyDeadline: missing", () => {
  it.each(["", "   ", "\u00a0", "——", "/", "-", "无", "暂无", "无。", "…"])("%j → missing", (text) => {
    expect(read(text)).toEqual(["missing", null]);
  });
  it("treats a null cell as missing", () => {
    expect(classifyDeadline(null, { planYear: PLAN_YEAR })).toEqual({ text: "", class: "missing", date: null });
  });
});

describe("classifyDeadline: cell values", () => {
  it("keeps the original text, pinyin and spaces included", () => {
    expect(classifyDeadline("按市里統(tǒng)一安排完成", { planYear: 2019 }).text).toBe("按市里統(tǒng)一安排完成");
    expect(classifyDeadline("2019 年 6 月", { planYear: 2019 })).toEqual({
      text: "2019 年 6 月",
      class: "date",
      date: "2019-06-30",
    });
  });

  it("reads a date cell (Excel serial) as its ISO date", () => {
    expect(classifyDeadline(43646, { planYear: 2019, isDateCell: true })).toEqual({
      text: "2019-06-30",
      class: "date",
      date: "2019-06-30",
    });
  });

  it("reads numbers typed as text-like dates: 2019.6, and 2019.1 as Excel's 2019.10", () => {
    expect(classifyDeadline(2019.6, { planYear: 2019 })).toEqual({ text: "2019.6", class: "date", date: "2019-06-30" });
    expect(classifyDeadline(2019.1, { planYear: 2019 })).toEqual({ text: "2019.1", class: "date", date: "2019-10-31" });
    expect(classifyDeadline(2019, { planYear: 2019 }).date).toBe("2019-12-31");
  });

  it("does not read a number as a date unless the cell is formatted as one", () => {
    expect(classifyDeadline(43646, { planYear: 2019 }).class).toBe("vague");
    expect(classifyDeadline(0, { planYear: 2019, isDateCell: true }).class).toBe("vague");
  });
});

// ---------------------------------------------------------------- every fixture row

const DEADLINE_LABEL = /时间|時間|时限|時限/;

/** The deadline text of each row, a merged "" taking the text at the top of its span. */
function deadlineCells(f: Fixture): (string | null)[] {
  const col = f.header.findIndex((h) => DEADLINE_LABEL.test(h));
  if (col < 0) return f.rows.map(() => null);
  return f.rows.map((row, i) => {
    const span = f.merges.find((m) => m.col === col && m.fromRow <= i && i <= m.toRow);
    return span ? f.rows[span.fromRow][col] : row[col];
  });
}

describe.each(fixtureIds())("fixture %s", (id) => {
  const f = loadFixture(id);
  const cells = deadlineCells(f);

  it.each(f.rows.map((_, i) => i))("row %i has the expected deadline class and date", (i) => {
    const d = classifyDeadline(cells[i], { planYear: f.year });
    expect({ row: i, text: cells[i], class: d.class, date: d.date }).toEqual({
      row: i,
      text: cells[i],
      class: f.expected[i].deadlineClass,
      date: f.expected[i].deadlineDate,
    });
  });
});
