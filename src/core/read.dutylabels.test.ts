// A notice setting up a leading group, or a body's 职责分工, tables each body with its duties: 责任主体 |
// 职责, 机构 | 主要职责, 部门 | 岗位职责. The duties are the work the body is given, as a task column's
// text is, and the cells often open with the body's own name (领导小组主要负责…) or name a person who
// heads the office (…张华同志兼任办公室主任), so they cannot say by themselves that they are tasks.
import { layoutOf, plainTable } from "../../test/support/genre";
import { readPlan } from "./index";

/** A plan's rows as read from a table with the given header: units and task text. */
function rowsOf(header: string[], rows: string[][]) {
  return readPlan(layoutOf(plainTable("duty-labels", "县委宣传思想文化工作领导小组及其办公室职责", header, rows)).snapshot).rows.map((r) => ({
    units: r.units.map((u) => u.name),
    task: r.requirement || r.category,
  }));
}

const GROUP = [
  ["领导小组", "领导小组主要负责学习传达上级关于宣传工作的决策部署，统筹抓好贯彻落实；研究审定全县年度宣传工作计划，每年向县委报告宣传工作情况。"],
  ["县委宣传部", "领导小组下设办公室，办公室设在县委宣传部，负责协调处理日常工作，张华同志兼任办公室主任。"],
];

describe("a body's duties are its tasks", () => {
  it.each([["职责"], ["主要职责"], ["岗位职责"], ["工作职责"]])("under %s beside 责任主体", (label) => {
    const rows = rowsOf(["责任主体", label], GROUP);
    expect(rows.map((r) => r.units)).toEqual([["领导小组"], ["县委宣传部"]]);
    expect(rows.map((r) => r.task)).toEqual(GROUP.map(([, duties]) => duties));
  });

  it("under 部门职责 beside a numbered 部门 column", () => {
    const rows = rowsOf(
      ["序号", "部门", "部门职责"],
      [
        ["1", "县文明办", "负责统筹全县精神文明建设工作，组织开展文明创建活动。"],
        ["2", "县文广旅局", "负责公共文化服务体系建设，组织开展群众性文化活动。"],
        ["3", "县融媒体中心", "负责新闻宣传报道，做好舆情监测和正面引导。"],
      ],
    );
    expect(rows.map((r) => r.units)).toEqual([["县文明办"], ["县文广旅局"], ["县融媒体中心"]]);
  });
});
