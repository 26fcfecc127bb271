import { catchAllScope, levelOfRosterText, levelOfUnit } from "./scope";

// Catch-alls as the plans write them — the fixtures (seeds 000, 003, 004), the genre plans
// (test/genre/*.json, named after each) and names no plan in the tests uses — with whom each
// addresses, decided by reading the name.
const TABLE: [string, string, string][] = [
  // seed 000
  ["各职能部门", "every", "seed 000"],
  ["乡街", "level:township", "seed 000"],
  ["村社区", "level:village", "seed 000"],
  ["相关责任部门", "relevant", "seed 000"],
  ["相关业务对口部门", "relevant", "seed 000"],
  ["重点民生实事责任部门", "class", "seed 000"],
  ["各行政执法部门", "class", "seed 000"],
  ["政策起草部门", "class", "seed 000"],
  // seed 003 (truncated names kept as extracted)
  ["各有关部门", "relevant", "seed 003"],
  ["县直各单位", "every", "seed 003"],
  ["县直各有关单", "relevant", "seed 003"],
  ["直各单位", "every", "seed 003"],
  // seed 004
  ["局属各单位", "every", "seed 004"],
  ["局属单位", "every", "seed 004"],
  ["局属相关单位", "relevant", "seed 004"],
  ["局属执法单位", "class", "seed 004"],
  ["局机关相关科室", "relevant", "seed 004"],
  // genre plans
  ["各科室", "every", "chizhou-xfj"],
  ["各县、市、区政府", "level:county", "chuzhou-2020"],
  ["各乡镇(街道)", "level:township", "dingzhou-2021"],
  ["市直相关部门", "relevant", "dingzhou-2021"],
  ["区政府有关部门", "relevant", "gangcheng-2021"],
  ["各街道(功能区)", "level:township", "gangcheng-2021"],
  ["各地", "level:county", "guangdong-2021"],
  ["各部门", "every", "guangdong-2021"],
  ["各乡、镇人民政府", "level:township", "jianli-2022"],
  ["市直各部门", "every", "jianli-2022"],
  ["各县市区", "level:county", "jingmen-2022"],
  ["市政府各有关部门", "relevant", "jingzhou-2022"],
  ["全区经济运行各专班", "class", "lishan-2023"],
  ["区直各部门", "every", "lishan-2023"],
  ["各街道", "level:township", "lishan-2023"],
  ["各县(市、区)党委和人民政府", "level:county", "pingdingshan-hzz"],
  ["各乡镇人民政府", "level:township", "qiaocheng-jyj-2025"],
  ["各区直部门", "every", "xiangshan-zwgk"],
  ["各镇(办)", "level:township", "xiangshan-zwgk"],
  ["各直属机构", "every", "xuancheng-2022"],
  ["市政府各部门", "every", "xuancheng-2022"],
  ["市直26个试点领域业务主管部门", "class", "xuancheng-jczwgk"],
  ["各县(市、区)政府(管委会)", "level:county", "xuchang-2020"],
  ["各开发区管委会", "class", "yuncheng-2017-yingji"],
  ["市直各有关单位", "relevant", "yuncheng-2017-yingji"],
  ["各成员单位", "every", "zhangdian-2023"],
  ["区各行政规范性文件制定主体", "class", "zhangdian-2023"],
  ["区级其他有关部门", "relevant", "zhejiang-qu-zwgk"],
  ["各街道办事处", "level:township", "zhejiang-qu-zwgk"],
  // unseen
  ["各县（市、区）人民政府", "level:county", "unseen"],
  ["各县〔市、区〕人民政府", "level:county", "unseen"],
  ["各镇〔街道〕", "level:township", "unseen"],
  ["相关职能部门", "relevant", "unseen"],
  ["各级各部门", "every", "unseen"],
  ["所有村(社区)", "level:village", "unseen"],
  ["各社区居委会", "level:village", "unseen"],
  ["各驻区单位", "class", "unseen"],
  ["各窗口服务单位", "class", "unseen"],
  ["县直机关", "every", "unseen"],
];

describe("catchAllScope", () => {
  it.each(TABLE)("%s → %s (%s)", (name, wanted) => {
    const { scope, level } = catchAllScope(name);
    expect(level ? `${scope}:${level}` : scope).toBe(wanted);
  });

  it("settings override the grammar, compared as normalised", () => {
    expect(catchAllScope("各行政执法部门", { 各行政执法部门: "every" }).scope).toBe("every");
    expect(catchAllScope("有关单位", { 有关单位: "class" }).scope).toBe("class");
    expect(catchAllScope("各鄉鎮", { 各乡镇: "level" })).toEqual({ scope: "level", level: "township" });
  });
});

describe("levels of named units", () => {
  it.each([
    ["城关镇", "township"],
    ["岳塘街道办事处", "township"],
    ["荷花池街道", "township"],
    ["石门村", "village"],
    ["某县人民政府", "county"],
    ["高新区", null],
    ["市政府办", null],
    ["县财政局", null],
    ["社会事务局", null],
  ])("%s → %s", (name, level) => {
    expect(levelOfUnit(name)).toBe(level);
  });

  it("a roster's 层级 column, as staff write it", () => {
    expect(levelOfRosterText("乡镇（街道）")).toBe("township");
    expect(levelOfRosterText("村社区")).toBe("village");
    expect(levelOfRosterText("县市区")).toBe("county");
    expect(levelOfRosterText("")).toBeNull();
  });
});
