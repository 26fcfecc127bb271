// Two columns naming bodies, one of those who do the work and one of those it is done to: a bureau's
// yearly inspection timetable (责任片区 | 序号 | 使用单位 | …) names its own branches, merged down over
// the firms each inspects, and the firms using the equipment inspected. A clerk reads the branch as
// each row's unit and the firm as what the row is about. A label naming the bodies worked on (使用单位,
// 被检查单位) gives way to one naming who does the work; a column of firms under a label naming bodies
// by kind alone (单位名称) gives way to one of public bodies; a label naming a part in the work
// (责任单位, 建设单位, 项目单位) keeps its firms as units, and so does a list naming no other bodies.
import { readPlan } from "./index";
import type { CellValue, Rect, SheetSnapshot } from "./schema";

function sheet(values: CellValue[][], merges: Rect[] = []): SheetSnapshot {
  return { sheet: "Sheet1", origin: { row: 0, col: 0 }, values, dateCells: [], merges };
}

function read(values: CellValue[][], merges: Rect[] = []) {
  const plan = readPlan(sheet(values, merges));
  return { plan, units: plan.rows.map((r) => r.units.map((u) => u.name)), leads: plan.rows.map((r) => r.lead) };
}

/** A cell merged down column `col` from row `top` to row `bottom`. */
const down = (col: number, top: number, bottom: number): Rect => ({ top, left: col, bottom, right: col });

describe("the bodies a plan's work is done to, beside those who do it", () => {
  // 城关分局 merged down over rows 1-4, 东区分局 over 5-7, 西区分局 over 8-10: the merged cell stands
  // before 序号, and every row it covers is that branch's.
  const TIMETABLE: CellValue[][] = [
    ["某县市场监督管理局2024年度特种设备安全监督检查计划表", "", "", "", "", "", "", ""],
    ["责任片区", "序号", "使用单位", "单位/分支机构地址", "设备种类", "数量", "检查时间", "备注"],
    ["城关分局", "1", "城关食品加工股份有限公司", "城关镇建设路12号", "压力容器", "3", "3月", ""],
    ["", "2", "恒达机械有限公司", "城关镇工业园区纬二路", "起重机械", "2", "3月", ""],
    ["", "3", "华庭物业管理有限公司", "城关镇人民路88号", "电梯", "12", "4月", "住宅小区"],
    ["", "4", "县第一人民医院", "城关镇健康路6号", "锅炉、压力容器", "5", "5月", ""],
    ["东区分局", "5", "东湖水产养殖加工厂", "东区镇滨湖路3号", "压力容器", "1", "6月", ""],
    ["", "6", "永盛建材有限公司", "东区镇工业集中区", "场(厂)内专用机动车辆", "4", "6月", ""],
    ["", "7", "东区粮油购销有限公司", "东区镇粮站路1号", "起重机械", "1", "7月", ""],
    ["西区分局", "8", "西山石材有限公司", "西区镇石材园区", "起重机械、场(厂)内专用机动车辆", "6", "8月", ""],
    ["", "9", "绿源果蔬种植专业合作社", "西区镇桃园村", "压力容器", "1", "9月", ""],
    ["", "10", "西区商贸城物业管理有限公司", "西区镇商贸大道", "电梯", "8", "10月", ""],
  ];
  const TIMETABLE_MERGES = [{ top: 0, left: 0, bottom: 0, right: 7 }, down(0, 2, 5), down(0, 6, 8), down(0, 9, 11)];
  const BRANCHES = [...Array(4).fill("城关分局"), ...Array(3).fill("东区分局"), ...Array(3).fill("西区分局")];

  it("reads a timetable's 责任片区, merged down before 序号, as each row's unit and 使用单位 as none", () => {
    const { plan, units, leads } = read(TIMETABLE, TIMETABLE_MERGES);
    expect(plan.info.columns).toMatchObject({ seq: "B", units: ["A"], deadline: "G" });
    expect(plan.rows.map((r) => r.seq)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(units).toEqual(BRANCHES.map((branch) => [branch]));
    expect(leads).toEqual(BRANCHES.map(() => null));
  });

  it("reads the branches under an unlabelled 片区 column beside the firms under 单位名称", () => {
    const values = TIMETABLE.map((row, r) => (r === 1 ? ["片区", "序号", "单位名称", ...row.slice(3)] : row));
    const { plan, units } = read(values, TIMETABLE_MERGES);
    expect(plan.info.columns).toMatchObject({ units: ["A"] });
    expect(units).toEqual(BRANCHES.map((branch) => [branch]));
  });

  // A 双随机 inspection list: the kind of object (检查对象), the firm drawn (单位名称) and the bureau's
  // market supervision office that inspects it (责任单位).
  it("reads 责任单位 beside 检查对象 | 单位名称 over firms as the only units", () => {
    const { plan, units } = read([
      ["序号", "检查对象", "单位名称", "检查事项", "责任单位", "检查时间"],
      ["1", "食品生产企业", "康源食品有限公司", "食品生产许可条件保持情况", "城关市场监管所", "2024年4月"],
      ["2", "食品生产企业", "金麦面业有限公司", "食品生产许可条件保持情况", "城关市场监管所", "2024年4月"],
      ["3", "食品生产企业", "清泉饮用水厂", "原辅料进货查验及出厂检验", "东关市场监管所", "2024年5月"],
      ["4", "农民专业合作社", "青山茶叶种植专业合作社", "食用农产品质量安全", "东关市场监管所", "2024年6月"],
      ["5", "特种设备使用单位", "县华通热力有限公司", "锅炉使用登记及定期检验", "特种设备安全监察股", "2024年9月"],
      ["6", "特种设备使用单位", "鑫源液化气有限公司", "气瓶充装许可条件", "特种设备安全监察股", "2024年10月"],
    ]);
    expect(plan.info.columns).toMatchObject({ units: ["E"], deadline: "F" });
    expect(units).toEqual([["城关市场监管所"], ["城关市场监管所"], ["东关市场监管所"], ["东关市场监管所"], ["特种设备安全监察股"], ["特种设备安全监察股"]]);
  });

  it("reads 检查单位 beside 被检查单位 as the only units, and a 牵头单位 beside 使用单位 as the only one", () => {
    const rows = [
      ["1", "城关镇中心幼儿园", "消防设施器材配置及维护保养", "县消防救援大队", "3月底前"],
      ["2", "县人民医院", "疏散通道、安全出口畅通情况", "县消防救援大队", "4月底前"],
      ["3", "华联超市有限公司", "电气线路敷设及用火用电管理", "城关派出所", "5月底前"],
      ["4", "东方红宾馆", "消防安全责任制落实", "东关派出所", "6月底前"],
    ];
    const inspected = read([["序号", "被检查单位", "检查内容", "检查单位", "完成时限"], ...rows]);
    expect(inspected.plan.info.columns).toMatchObject({ units: ["D"] });
    expect(inspected.units).toEqual([["县消防救援大队"], ["县消防救援大队"], ["城关派出所"], ["东关派出所"]]);
    const led = read([["序号", "使用单位", "检查内容", "牵头单位", "完成时限"], ...rows]);
    expect(led.plan.info.columns).toMatchObject({ lead: "D" });
    expect(led.plan.info.columns.units).toBeUndefined();
    expect(led.units).toEqual([["县消防救援大队"], ["县消防救援大队"], ["城关派出所"], ["东关派出所"]]);
  });

  describe("firms that answer for the work stay its units", () => {
    const PROJECTS = [
      ["1", "城南片区棚户区改造项目", "改造棚户区住房860套", "县城市建设投资有限公司", "县住建局", "2024年12月底"],
      ["2", "县城第二水厂扩建工程", "新增日供水能力3万吨", "县水务投资集团有限公司", "县水利局", "2024年10月底"],
      ["3", "工业园区标准化厂房建设", "建成标准化厂房5万平方米", "县产业园区开发有限公司", "县工业园区管委会", "2024年11月底"],
      ["4", "农产品冷链物流中心", "建设冷库2万吨", "县供销农产品物流有限公司", "县供销社", "2024年9月底"],
    ];

    it("reads a project list's 建设单位 of firms, its only column of bodies, as the units", () => {
      const { plan, units } = read([["序号", "项目名称", "建设内容", "建设单位", "完成时限"], ...PROJECTS.map((row) => [...row.slice(0, 4), row[5]])]);
      expect(plan.info.columns).toMatchObject({ units: ["D"] });
      expect(units).toEqual(PROJECTS.map((row) => [row[3]]));
    });

    it("reads 项目单位 of firms beside 牵头单位 of bureaus as units under that lead", () => {
      const { plan, units, leads } = read([["序号", "项目名称", "建设内容", "项目单位", "牵头单位", "完成时限"], ...PROJECTS]);
      expect(plan.info.columns).toMatchObject({ units: ["D"], lead: "E" });
      expect(units).toEqual(PROJECTS.map((row) => [row[3], row[4]]));
      expect(leads).toEqual(PROJECTS.map((row) => row[4]));
    });

    // The county's state-owned firms build; the bureaus oversee them: both answer for the work.
    it("reads 责任单位 of state-owned firms (县城投公司) beside 监管部门 of bureaus as units too", () => {
      const { plan, units } = read([
        ["序号", "工作任务", "责任单位", "监管部门", "完成时限"],
        ["1", "完成城区背街小巷提升改造15条", "县城投公司", "县住建局", "2024年10月底"],
        ["2", "新建公共停车场3处，新增停车泊位600个", "县交投集团", "县交通运输局", "2024年12月底"],
        ["3", "实施城区供水管网改造20公里", "县水务投资有限公司", "县水利局", "2024年11月底"],
      ]);
      expect(plan.info.columns).toMatchObject({ units: ["C", "D"] });
      expect(units).toEqual([
        ["县城投公司", "县住建局"],
        ["县交投集团", "县交通运输局"],
        ["县水务投资有限公司", "县水利局"],
      ]);
    });

    // A project table names the zone's office managing each project and the project's owner (项目业主,
    // a state group or its company): both answer for the work, the owner under a label of its own.
    it("reads 项目业主 of state groups beside 分级管理单位 of public bodies as units too", () => {
      const { plan, units } = read([
        ["序号", "项目名称", "建设年限", "分级管理单位", "项目业主"],
        ["1", "城区环岛路拓宽改造工程", "2015-2016", "城关片区开发管理局", "区交投集团"],
        ["2", "滨海新城安置房二期", "2016-2017", "东区片区开发管理局", "区国投集团"],
        ["3", "商贸物流园道路工程", "2016", "城关片区开发管理局", "城建开发有限公司"],
      ]);
      expect(plan.info.columns).toMatchObject({ units: ["D", "E"] });
      expect(units).toEqual([
        ["城关片区开发管理局", "区交投集团"],
        ["东区片区开发管理局", "区国投集团"],
        ["城关片区开发管理局", "城建开发有限公司"],
      ]);
    });

    // The same under a two-row header, as such tables print it: each group label (分级管理单位, 项目业主)
    // over 单位名称 | 项目负责人. The group says the part its names take; 单位名称 alone says none.
    it("reads 项目业主 over 单位名称 beside 分级管理单位 over 单位名称 as units too", () => {
      const { plan, units } = read(
        [
          ["序号", "项目名称", "建设年限", "分级管理单位", "", "项目业主", ""],
          ["", "", "", "单位名称", "项目责任人", "单位名称", "项目负责人"],
          ["1", "城区环岛路拓宽改造工程", "2015-2016", "城关片区开发管理局", "林  强", "区交投集团", "陈文华"],
          ["2", "滨海新城安置房二期", "2016-2017", "东区片区开发管理局", "郑  宇", "区国投集团", "王海燕"],
          ["3", "商贸物流园道路工程", "2016", "城关片区开发管理局", "林  强", "城建开发有限公司", "李明辉"],
        ],
        [down(0, 0, 1), down(1, 0, 1), down(2, 0, 1), { top: 0, left: 3, bottom: 0, right: 4 }, { top: 0, left: 5, bottom: 0, right: 6 }],
      );
      expect(plan.info.columns).toMatchObject({ units: ["D", "F"] });
      expect(units).toEqual([
        ["城关片区开发管理局", "区交投集团"],
        ["东区片区开发管理局", "区国投集团"],
        ["城关片区开发管理局", "城建开发有限公司"],
      ]);
    });

    // A county's transport group leads the road works its builders, named under 单位名称, carry out.
    it("reads firms under 单位名称 beside a 牵头单位 of firms, not of public bodies, as units under that lead", () => {
      const { plan, units, leads } = read([
        ["序号", "项目名称", "单位名称", "牵头单位", "完成时限"],
        ["1", "国道210线城区段改线工程", "中交路桥建设有限公司", "县交通投资集团有限公司", "2024年12月底"],
        ["2", "县乡公路安全生命防护工程", "省路桥工程有限公司", "县交通投资集团有限公司", "2024年10月底"],
        ["3", "城区公交首末站建设", "县公共交通有限公司", "县交通投资集团有限公司", "2024年9月底"],
      ]);
      expect(plan.info.columns).toMatchObject({ units: ["C"], lead: "D" });
      expect(units.map((names) => names[0])).toEqual(["中交路桥建设有限公司", "省路桥工程有限公司", "县公共交通有限公司"]);
      expect(leads).toEqual(Array(3).fill("县交通投资集团有限公司"));
    });

    // The bureaus under 配合单位 help the firms build; they answer for no work of their own.
    it("reads firms under 单位名称 beside a 配合单位 of bureaus as the units", () => {
      const { plan, units } = read([["序号", "项目名称", "建设内容", "单位名称", "配合单位", "完成时限"], ...PROJECTS]);
      expect(plan.info.columns).toMatchObject({ co: "E" });
      expect(units).toEqual(PROJECTS.map((row) => [row[3], row[4]]));
    });

    it("reads 被检查单位, the only column of bodies in a hazard notice, as the units", () => {
      const { plan, units } = read([
        ["序号", "存在问题", "被检查单位", "整改期限"],
        ["1", "疏散通道堆放杂物，安全出口锁闭", "城关镇鑫源商贸有限公司", "2024年5月10日"],
        ["2", "消防设施未定期维护保养，灭火器过期失效", "东湖水产养殖加工厂", "2024年5月15日"],
        ["3", "电气线路私拉乱接，未穿管保护", "华庭物业管理有限公司", "2024年5月20日"],
      ]);
      expect(plan.info.columns).toMatchObject({ units: ["C"] });
      expect(units).toEqual([["城关镇鑫源商贸有限公司"], ["东湖水产养殖加工厂"], ["华庭物业管理有限公司"]]);
    });
  });
});
