import { bareCountFrom, isAlongsideEvent, isBareCount, isCountFromEvent, isRecurring, waitsOnHigherLevel, withoutPeriods } from "./periods";

describe("isRecurring", () => {
  it.each(["每月更新", "按季度公开", "每年6月底前", "每季度末", "一季度一通报", "逐月更新", "每半年完成一次", "每两个月", "次月5日前", "每半月", "按半个月", "一月一调度", "半年一总结", "一季一督查", "每个工作日", "每双月", "每双周"])("%s", (text) => {
    expect(isRecurring(text)).toBe(true);
  });
  it.each(["按年度计划推进", "按月安排", "6月底前", "年底前", "年度", "季度末", "6月一次性完成", "一季度一次性完成", "第一季度一揽子推进"])("not %s", (text) => {
    expect(isRecurring(text)).toBe(false);
  });
});

describe("isCountFromEvent", () => {
  it.each([
    "收到申请后15个工作日内",
    "信息形成或变更之日起20个工作日内",
    "自产生之日起七日内公开",
    "文件发布3个工作日内",
    "7天内",
    "20个工作日(自该政府信息形成或者变更之日起)",
    "7日内（自批准之日起）",
    "10个工作日(信息形成后)",
  ])("%s", (text) => {
    expect(isCountFromEvent(text)).toBe(true);
  });
  it.each([
    "6月15日内",
    "6月1日至30日内",
    "2019年起3年内",
    "三年内",
    "一个月内",
    "15日",
    "6月底前",
    "20个工作日(暂定)",
    "20个工作日(自2023年1月1日起)",
    "6月15日(自批准之日起)",
  ])("not %s", (text) => {
    expect(isCountFromEvent(text)).toBe(false);
  });
});

describe("isAlongsideEvent", () => {
  it.each(["解读文本原则上与政策文件同时公开发布", "与政策文件同步公开", "同步起草、同步审批、同步发布"])("%s", (text) => {
    expect(isAlongsideEvent(text)).toBe(true);
  });
  it.each(["及时公开", "与项目建设同步推进", "同时", "2024年6月底前"])("not %s", (text) => {
    expect(isAlongsideEvent(text)).toBe(false);
  });
});

describe("isBareCount", () => {
  it.each(["最迟不超过3个工作日", "不超过5个工作日", "3天", "5个工作日", "20工作日", "15个工作日办结", "7天内", "两周内", "1个月", "3个月内", "6个月内完成整改", "半个月", "一年内", "三年内"])("%s", (text) => {
    expect(isBareCount(text)).toBe(true);
  });
  // 3月 is March, 2024年 a year, 3年 may be a quantity; an event or a date makes it no bare count.
  it.each(["3月", "12月", "2024年", "3年", "半年内", "收到申请后15个工作日内", "6月15日内", "每月", "3天后启动"])("not %s", (text) => {
    expect(isBareCount(text)).toBe(false);
  });
});

describe("bareCountFrom", () => {
  it("a time each item keeps counts from the item's event", () => {
    for (const label of ["公开时限", "办结时限", "答复期限", "受理时间", "处置时限"]) expect(bareCountFrom(label, ["20工作日"])).toBe("event");
  });
  it("a plan's time limit counts from the plan", () => {
    for (const label of ["整改时限", "完成时限", "时限要求", "完成时间", ""]) expect(bareCountFrom(label, ["3个月", "立行立改", "2024年6月底前"])).toBe("plan");
  });
  // 玉田 2022 执法全过程记录清单: 自收到申请材料起5个工作日内 beside 7日内送达.
  it("cells that name the event they count from make the column's counts per event", () => {
    expect(bareCountFrom("时限", ["自收到申请材料起5个工作日内", "7日内"])).toBe("event");
    expect(bareCountFrom("完成时限", ["省出台文件后2个月完成", "3个月"])).toBe("plan");
    // 郑州 2016: 解读 published with its policy, 最迟不超过3个工作日
    expect(bareCountFrom("时间", ["与政策文件同时公开发布", "最迟不超过3个工作日"])).toBe("event");
    // a count with its event in a bracket after it (政务公开 catalogue) names its event too
    expect(bareCountFrom("时限", ["20个工作日(自该政府信息形成或者变更之日起)", "20个工作日"])).toBe("event");
  });
});

describe("waitsOnHigherLevel", () => {
  it("a count after a step of a higher level", () => {
    expect(waitsOnHigherLevel("省出台文件后2个月完成")).toBe(true);
    expect(waitsOnHigherLevel("上级部署后1个月内")).toBe(true);
  });
  it("not the document's own event", () => {
    expect(waitsOnHigherLevel("文件印发之日起20个工作日内")).toBe(false);
  });
});

describe("withoutPeriods", () => {
  it("keeps the points due once", () => {
    expect(withoutPeriods("2019年6月底前建立制度，收到申请后15日内答复")).toBe("2019年6月底前建立制度，收到申请|答复");
    expect(withoutPeriods("每年6月底前")).toBe("|前");
    // the point words of the grammar belong to the period they follow
    expect(withoutPeriods("每年年中")).toBe("|");
    expect(withoutPeriods("每年汛期前")).toBe("|");
    expect(withoutPeriods("3天")).toBe("|");
    expect(withoutPeriods("在每季度末(分别在6月、9月和12月底)报送")).toBe("在|报送");
    // the year the periods fall in goes with them; a point of the year stays
    expect(withoutPeriods("2017年，每季度末报送")).toBe("|报送");
    expect(withoutPeriods("年内每月底")).toBe("|");
    expect(withoutPeriods("年底前，每季度末")).toBe("年底前，|");
  });
});
