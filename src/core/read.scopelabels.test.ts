// National and provincial plans (a ministry's or an administration's yearly 推进计划) share each task
// between their own departments and the places below, one labelled line for each: 局内：条法司、相关部门 /
// 省份：一类省份必做，其他省份选做. The label says where the bodies after it sit; the word after a
// province (必做, 选做) says whether it must take the task up. Neither is part of a name.
import { layoutOf, plainTable } from "../../test/support/genre";
import { readPlan } from "./index";

/** An administration's yearly plan: 序号 | 工作任务 | 责任单位 | 完成时间. */
function yearlyPlan(title: string, tasks: [task: string, units: string, due: string][]) {
  return planRows(title, ["序号", "工作任务", "责任单位", "完成时间"], tasks);
}

/** The rows read from a plan with the given header, each row after its 序号. */
function planRows(title: string, header: string[], tasks: string[][]) {
  const table = plainTable("scope-labels", title, header, tasks.map((cells, i) => [String(i + 1), ...cells]));
  return readPlan(layoutOf(table).snapshot).rows.map((r) => ({ units: r.units.map((u) => `${u.name}:${u.role}`), lead: r.lead }));
}

describe("a yearly 推进计划 sharing tasks between its own departments and the provinces", () => {
  it("reads each labelled line's bodies, without the label or the word saying whether a province must do it", () => {
    const rows = yearlyPlan("2024年知识产权强国建设纲要和“十四五”规划实施推进计划", [
      ["推动修改专利法实施细则配套规章", "局内：条法司、相关部门", "2024年12月底前"],
      ["开展知识产权强省建设试点示范工作", "局内：协调司、管理司\n省份：强省试点省、一类省份必做，其他省份选做", "2024年底"],
      ["健全知识产权纠纷多元化解机制", "局内：保护司\n省份：各类省份必做", "持续推进"],
    ]);
    expect(rows).toEqual([
      { units: ["条法司:responsible", "相关部门:responsible"], lead: null },
      { units: ["协调司:responsible", "管理司:responsible", "强省试点省:responsible", "一类省份:responsible", "其他省份:responsible"], lead: null },
      { units: ["保护司:responsible", "各类省份:responsible"], lead: null },
    ]);
  });

  it("reads a flat copy, its labelled lines run together with no separator, as the lines", () => {
    const rows = yearlyPlan("2024年知识产权强国建设推进计划", [
      ["加强地理标志保护", "局内:管理司省份:各类省份必做", "2024年底"],
      ["推进专利转化运用专项行动", "局内:运用司、协调司省份:一类省份必做，其他省份选做", "2024年底"],
    ]);
    expect(rows).toEqual([
      { units: ["管理司:responsible", "各类省份:responsible"], lead: null },
      { units: ["运用司:responsible", "协调司:responsible", "一类省份:responsible", "其他省份:responsible"], lead: null },
    ]);
  });

  it("reads a ministry's lines for its departments and for the places (部内：, 地方：) without a role from the label", () => {
    const rows = yearlyPlan("2023年交通运输部推进计划", [
      ["编制国家综合立体交通网规划实施方案", "部内：规划司；地方：各省级人民政府", "2023年6月底前"],
      ["完善农村公路管理养护体制", "部内：公路局牵头，规划司参与；地方：各省级交通运输主管部门", "2023年底"],
    ]);
    expect(rows).toEqual([
      { units: ["规划司:responsible", "各省级人民政府:responsible"], lead: null },
      { units: ["公路局:lead", "规划司:co", "各省级交通运输主管部门:responsible"], lead: "公路局" },
    ]);
  });

  it("reads the scope labels closing a task's text where the plan has no unit column", () => {
    const rows = planRows("2024年知识产权强国建设推进计划", ["序号", "工作任务", "完成时间"], [
      ["推动修改专利法实施细则配套规章。局内：条法司、相关部门；省份：各类省份必做", "2024年12月底前"],
      ["加强地理标志保护，开展地理标志保护工程。局内：保护司", "2024年底"],
    ]);
    expect(rows).toEqual([
      { units: ["条法司:responsible", "相关部门:responsible", "各类省份:responsible"], lead: null },
      { units: ["保护司:responsible"], lead: null },
    ]);
  });
});
