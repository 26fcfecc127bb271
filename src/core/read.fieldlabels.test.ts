// A unit cell, or the bracket closing a task's text, often gives beside who does the work fields
// naming other things: where the measure applies (适用范围：所有自贸试验区), by when (完成时限：), from
// what funds (资金来源：), what it must reach (考核指标：), where it is tried first (试点地区：杭州、宁波).
// Such a field names no unit, up to the next label of bodies; a label whose head is a body's word
// (数据来源单位：) still names bodies, whatever field its first words speak of.
import { layoutOf, plainTable } from "../../test/support/genre";
import { readPlan } from "./index";

/** A plan's rows as read from a table with the given header. */
function rowsOf(title: string, header: string[], rows: string[][]) {
  return readPlan(layoutOf(plainTable("field-labels", title, header, rows)).snapshot).rows.map((r) => ({ units: r.units.map((u) => `${u.name}:${u.role}`), lead: r.lead }));
}

describe("a field of another thing beside the bodies", () => {
  it("names no unit in a unit column, up to the next label of bodies", () => {
    const rows = rowsOf(
      "2024年县优化营商环境重点任务分工方案",
      ["序号", "工作任务", "责任单位", "完成时限"],
      [
        ["1", "推进工程建设项目审批制度改革", "牵头单位：县发改局；配合单位：县财政局；实施范围：全县各乡镇", "2024年12月底前"],
        ["2", "实施老旧小区改造", "责任单位：县住建局；资金来源：县级财政、上级补助资金", "2024年底"],
        ["3", "推进高标准农田建设", "考核指标：新增高标准农田2万亩\n责任单位：县农业农村局、各乡镇", "2024年10月"],
        ["4", "开展企业上云用数赋智行动", "牵头：县工信局；试点地区：城关镇、高新区", "持续推进"],
      ],
    );
    expect(rows).toEqual([
      { units: ["县发改局:lead", "县财政局:co"], lead: "县发改局" },
      { units: ["县住建局:responsible"], lead: null },
      { units: ["县农业农村局:responsible", "各乡镇:responsible"], lead: null },
      { units: ["县工信局:lead"], lead: "县工信局" },
    ]);
  });

  it("names no unit in the bracket closing a task's text, where the table has no unit column", () => {
    const rows = rowsOf(
      "自由贸易试验区可复制推广改革试点经验推广工作任务分工",
      ["序号", "改革事项", "完成时间"],
      [
        ["1", "外籍人员就业许可和工作居留许可“一窗受理、并联审批”。（负责部门：人力资源社会保障部、公安部；适用范围：所有自贸试验区）", "2024年6月底前"],
        ["2", "推行建设项目“多测合一”。（牵头单位：自然资源部；配合单位：住房城乡建设部；推广范围：全国）", "2024年底前"],
      ],
    );
    expect(rows).toEqual([
      { units: ["人力资源社会保障部:responsible", "公安部:responsible"], lead: null },
      { units: ["自然资源部:lead", "住房城乡建设部:co"], lead: "自然资源部" },
    ]);
  });

  it("reads the bodies after a label whose head is a body's word, whatever its first words speak of", () => {
    const rows = rowsOf(
      "2024年市民生实事项目责任分工",
      ["序号", "项目", "责任单位", "完成时间"],
      [
        ["1", "新增城镇就业岗位1.5万个", "责任单位：市人社局；数据来源单位：市统计局", "2024年底"],
        ["2", "建设口袋公园20个", "试点地区责任单位：各区人民政府；牵头单位：市城管局", "2024年11月底"],
      ],
    );
    expect(rows).toEqual([
      { units: ["市人社局:responsible", "市统计局:co"], lead: null },
      { units: ["各区人民政府:responsible", "市城管局:lead"], lead: "市城管局" },
    ]);
  });
});

describe("a flat copy of a unit cell", () => {
  it("reads role labels run together with no separator as the lines they were", () => {
    const rows = rowsOf(
      "2024年县优化营商环境重点任务分工方案",
      ["序号", "工作任务", "责任单位", "完成时限"],
      [
        ["1", "推行企业开办“一网通办”", "牵头单位:县市场监管局配合单位:县公安局、县税务局", "2024年6月底前"],
        ["2", "推进政务服务事项“跨省通办”", "牵头单位：县行政审批局协办单位：县大数据中心；实施范围：全县各乡镇便民服务中心", "2024年底"],
      ],
    );
    expect(rows).toEqual([
      { units: ["县市场监管局:lead", "县公安局:co", "县税务局:co"], lead: "县市场监管局" },
      { units: ["县行政审批局:lead", "县大数据中心:co"], lead: "县行政审批局" },
    ]);
  });

  it("reads the bodies after a label of a kind of responsibility, a place or a grouping, the label no part of their names", () => {
    const rows = rowsOf(
      "2024年县安全生产和城市管理重点工作任务分工",
      ["序号", "工作任务", "责任单位", "完成时限"],
      [
        ["1", "开展食品安全“守底线、查隐患、保安全”专项行动", "主体责任：各乡镇；监管责任：县市场监管局", "2024年12月底"],
        ["2", "开展自建房安全专项整治", "属地责任：各乡镇；监管责任：县住建局、县应急局", "2024年11月底"],
        ["3", "整治占道经营和乱堆乱放", "城区：县城管局；农村：各乡镇", "持续推进"],
        ["4", "推进园区污水管网建设", "园区内：经济技术开发区；园区外：长沙县", "2024年10月"],
        ["5", "推进科技型中小企业评价入库", "杭州：杭州市科技局；宁波：宁波市科技局", "2024年底"],
        ["6", "实施老旧管网更新改造", "重点：县住建局；试点区域：城关镇、东关镇", "2024年底"],
        ["7", "建设城东污水处理厂", "牵头单位：县发改局；建设项目：城东污水处理厂；推进机制：月调度、季通报", "2024年底"],
      ],
    );
    expect(rows).toEqual([
      { units: ["各乡镇:responsible", "县市场监管局:responsible"], lead: null },
      { units: ["各乡镇:responsible", "县住建局:responsible", "县应急局:responsible"], lead: null },
      { units: ["县城管局:responsible", "各乡镇:responsible"], lead: null },
      { units: ["经济技术开发区:responsible", "长沙县:responsible"], lead: null },
      { units: ["杭州市科技局:responsible", "宁波市科技局:responsible"], lead: null },
      { units: ["县住建局:responsible"], lead: null },
      { units: ["县发改局:lead"], lead: "县发改局" },
    ]);
  });

  it("reads them in the bracket closing a task's text, where the table has no unit column", () => {
    const rows = rowsOf(
      "2024年县食品安全和市容整治重点工作任务分工",
      ["序号", "工作任务", "完成时限"],
      [
        ["1", "开展校园及周边食品安全专项整治。（主体责任：各乡镇；监管责任：县市场监管局）", "2024年底"],
        ["2", "整治占道经营和乱堆乱放。（城区：县城管局；农村：各乡镇）", "持续推进"],
      ],
    );
    expect(rows).toEqual([
      { units: ["各乡镇:responsible", "县市场监管局:responsible"], lead: null },
      { units: ["县城管局:responsible", "各乡镇:responsible"], lead: null },
    ]);
  });
});
