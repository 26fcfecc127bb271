import { roleOfLabel } from "./columns";
import { compactLabel } from "./normalise";

describe("roleOfLabel", () => {
  it.each([
    ["序号", "seq"],
    ["序號", "seq"],
    ["工 作 任 務", "category"],
    ["公开领域", "category"],
    ["一级栏目", "category"],
    ["具體要求", "requirement"],
    ["内容说明", "requirement"],
    ["细化分工", "requirement"],
    ["責任部門(單位)", "units"],
    ["责任部门（单位）", "units"],
    ["责任科室", "units"],
    ["承办单位", "units"],
    ["牵头单位", "lead"],
    ["牵头处室", "lead"],
    ["配合单位", "co"],
    ["协办单位", "co"],
    ["完成時間", "deadline"],
    ["时限 要求", "deadline"],
    ["时间节点", "deadline"],
    ["公开时限", "deadline"],
    ["備注 (市級安排)", "remark"],
    ["备注", "remark"],
    ["牵头责任单位", "lead"],
    ["主办处室", "lead"],
    ["协同责任单位", "co"],
    ["会办处室", "co"],
    ["牵头负责领导", "ignored"],
    ["责任领导", "ignored"],
    ["公開主體", "units"],
    ["责任处（室）", "units"],
    ["当前进度", "ignored"],
    ["形象进度", "ignored"],
    ["时间进度", "deadline"],
    ["进度安排", "deadline"],
    // 临安 2022 民生实事: the measures themselves, whose 月底前 milestones are the task's own text
    ["工作举措及实施计划", "requirement"],
    ["公开内容(要素)", "requirement"],
    ["公开对象", "ignored"],
    ["公开形式", "ignored"],
    ["公开方式", "ignored"],
    ["部门分工", "units"],
    ["责任分工", "units"],
    ["分管省领导", "ignored"],
    ["主要责任单位", "units"],
    ["协同配合单位", "co"],
    ["责任牵头单位", "lead"],
    ["总牵头单位", "lead"],
    // 领衔 (heads the work) and 首办 (first to handle it) name the lead as 牵头 / 主办 do
    ["领衔单位", "lead"],
    ["首办单位", "lead"],
    ["协作单位", "co"],
    ["参加单位", "co"],
    ["主要协作单位", "units"],
    // 主责 (main responsibility) names the responsible units; only 牵头 marks a lead
    ["主责单位", "units"],
    ["主责部门", "units"],
    // a label naming the plan's items, or a count title over them, heads the task column
    ["十大民生实事项目", "category"],
    ["10类民生实事项目", "category"],
    ["民生实事项目", "category"],
    ["十大民生工程", "category"],
    ["十件实事", "category"],
    ["八个方面民生实事", "category"],
    ["十大民生", "category"],
  ])("%s → %s", (label, role) => expect(roleOfLabel(compactLabel(label))).toBe(role));

  it("names no role for data or prose", () => {
    // 一,教育品质提升工程: a numbered heading among the items, no label over them
    for (const text of ["县财政局", "2019年6月", "及时公开", "会议公开", "十大", "3项", "一,教育品质提升工程", ""]) {
      expect(roleOfLabel(compactLabel(text))).toBeNull();
    }
  });
});
