// Cells from published plans (test/genre), each read by what it holds.
import { cellKind, isMilestoneSchedule, isTimeAlone, namesFirmsAlone, namesPlacesAlone, isTimedStep, isVerbObjectPhrase, timeOpeningStep, schedulesTheYear, stepOpeningTime } from "./content";

describe("isMilestoneSchedule", () => {
  it.each([
    // 开化 2023 重点工作清单, 进度安排: numbered milestones, each led by its month
    "①2月上旬前,完成设计招标。②3月底前,完成图纸深化设计。③5月底前,完成施工许可报批并开工建设。",
    "①3月底前,召开金融联席会议,明确2023年金融指标增长目标,压实责任,明确举措。②5月底前,召开金融助力“三年活动”破难攻坚要素保障政银企业对接会。③6月底前,出台碳账户贷款贴息、央行结构性货币政策工具贴息政策,并组织开展兑现。",
    // 开化: recurring monitoring, every sentence led by its period
    "①每月完成地表水及饮用水源地水质监测、每季度完成农村环境质量监测及城市污水处理厂监测。②每半年完成一次全县农村生活污水处理终端水质监测。",
  ])("a schedule: %s", (text) => expect(isMilestoneSchedule(text)).toBe(true));

  it("reads phases by day as a schedule though an inspection is planned far into one", () => {
    // 本钢 环境综合整治 (traditional as printed): the 检查 of the second phase is no past event of its day.
    expect(cellKind("4月8日至20日為自查整改期,本鋼集團要求各相關單位對所屬范圍內的相關問題進行自查并組織整改。4月20日至30日為考核驗收期,在此期間,各項工作內容的牽頭部門將組織對相關工作進行驗收檢查。")).toBe("deadline");
  });

  it.each([
    // 咸阳 2022 工作任务: task prose that mentions one date inside its work
    "1.全面实施行政许可事项清单管理。依据国家和省行政许可事项清单,2022年10月底前编制并公布市、县两级行政许可事项清单,将依法设定的行政许可事项全部纳入清单管理,清单之外一律不得违法实施行政许可。",
    // 开化 工作事项
    "以更加开放的姿态,支持银行、证券、保险业发展,壮大金融服务业。",
    // a single milestone is a deadline phrase, not a schedule of them
    "2月上旬前",
  ])("not a schedule: %s", (text) => expect(isMilestoneSchedule(text)).toBe(false));

  // Inspection reports tell each day what was done on it; those days are past, not milestones.
  it.each([
    // 银海 暗访: found on one day, ordered to fix on the next
    "2月20日下午,自治区暗访组在逅海主题酒店暗访发现几名在酒店住宿的老人未戴口罩聚集在酒店门口聊天畅谈,暗访组将其情况反馈到银海区政府。2月21日上午,根据自治区要求旅馆、酒店、餐饮店疫情防控遵循的“十严格”,经区委区政府同意,北海市公安局电建派出所和区消防救援大队配合银海区政府对酒店进行检查,并发出《责令限期改正通知书》和《行业场所检查责令整改通知书》。",
    // 新郑 107国道沿线 督导: one day's round after another
    "3月3日,督导组对梨河镇、城关乡辖区107国道沿线存在问题进行督导检查,督促城关乡对其辖区107国道沿线积存垃圾进行清扫。3月4日,督导组冒雨对郭店镇辖区107国道沿线问题进行督导,督促郭店镇开展107国道沿线卫生整治工作。",
  ])("not a schedule but a report of days past: %s", (text) => {
    expect(isMilestoneSchedule(text)).toBe(false);
    expect(cellKind(text)).toBe("prose");
  });
});

describe("cellKind", () => {
  // A target over the year, as a 政府工作报告 task sheet's 年度目标 gives it: a figure to reach, no time due.
  it.each(["全年新签约过亿元项目4个以上", "全年完成农村改厕300户", "全年新增城镇就业1200人"])("reads the target %s as no deadline", (text) => {
    expect(cellKind(text)).not.toBe("deadline");
  });
  // A span counted in days or months, or a time word alone, is still a time.
  it.each(["全年", "长期坚持", "3个月内完成", "5个工作日内", "每月1次"])("reads %s as a deadline", (text) => {
    expect(cellKind(text)).toBe("deadline");
  });
  // 北塔 2020 扶贫资金安排表 村名, a township's village as a 实施地点 holds it: where the money goes.
  it.each(["苗儿村", "陈家桥村", "香山乡米粮川村", "北溪社区", "苗儿村、田江村"])("reads the bare village %s as no unit", (text) => {
    expect(cellKind(text)).not.toBe("unit");
  });
  // A village that does the work is named as its body; a township (枫林镇, 醴陵 责任单位) is one.
  it.each(["苗儿村村委会", "北溪社区居委会", "枫林镇", "三乡镇"])("reads %s as a unit", (text) => {
    expect(cellKind(text)).toBe("unit");
  });
  // 双随机 抽查计划 抽查范围: the places and businesses inspected, named by where they are or what they do.
  it.each(["辖区内集中式供水单位", "辖区内美容美发场所、住宿场所、沐浴场所等", "本辖区内职业健康监管重点行业企业", "开展放射诊疗工作的医疗卫生机构"])(
    "reads the sites %s as no unit",
    (text) => expect(cellKind(text)).toBe("other"),
  );
  // …while a task opening so, which ends on its work, is still task text.
  it.each(["开展农村人居环境整治的督导检查工作", "辖区内全面开展打非治违专项行动"])("reads the task %s as prose", (text) => {
    expect(cellKind(text)).toBe("prose");
  });
  // 前瞻 第4期 編列機關 (traditional as printed): 及所屬 points back to the body before it, whose
  // subordinate bodies it names; a pointer alone, or after no body, names none.
  it.each(["消防署及所屬", "營建署及所屬", "各部门及其下属"])("reads %s, a body and those under it, as a unit", (text) => {
    expect(cellKind(text)).toBe("unit");
  });
  it.each(["所屬", "苗儿村及所属"])("reads %s, pointing back to no body, as no unit", (text) => {
    expect(cellKind(text)).not.toBe("unit");
  });
  // 渭南 市长信箱 tallies (承办县区): a county or city named with its level is the area's government,
  // never a person's name of three characters.
  it.each(["蒲城县", "韩城市", "潼關縣", "临渭区", "渭南高新区"])("reads the area %s as a unit", (text) => {
    expect(cellKind(text)).toBe("unit");
  });
  // A sentence naming a body as its subject is a unit cell where what it says the body does states
  // its share of the task (负责, 全力配合, 组织实施, 负主体责任, 各司其职), not where it tells only a
  // deed: how a matter is started (发起方式) or the work of a task (…新馆建设).
  it.each(["由县政府主动发起", "县民政局主动发起", "乡镇政府主动发起", "启动县图书馆新馆建设。"])("reads %s, a deed, as no unit", (text) => {
    expect(cellKind(text)).not.toBe("unit");
  });
  it.each(["县住建局负责组织实施，县财政局负责资金保障，各乡镇全力配合", "县直各部门各司其职，县城管局牵头抓总", "县供电公司全力保障项目用电", "县教体局负主体责任，县卫健委负监管责任", "市城管执法局依法查处，各街道办事处积极配合"])(
    "reads %s, the bodies' shares, as a unit",
    (text) => expect(cellKind(text)).toBe("unit"),
  );
  it("reads a long milestone cell as a deadline, not prose", () => {
    expect(cellKind("①2月上旬前,完成设计招标。②3月底前,完成图纸深化设计。③5月底前,完成施工许可报批并开工建设。")).toBe("deadline");
  });
  // 宁海 2022 民生实事: 建设起止年限 holds 2022 and 2022-2023, beside 序號 1-5 and 总投资 1800.
  it.each(["2022", "2022年", "2022-2023", "2022—2023年", "2019-06-30", "2024.6", "2024/12/31"])("reads the written year or date %s as a deadline", (text) => {
    expect(cellKind(text)).toBe("deadline");
  });
  it("keeps task numbers, amounts and phone numbers apart from years", () => {
    expect(cellKind("5")).toBe("seq");
    expect(cellKind("1800")).toBe("seq");
    expect(cellKind("2022.5万元")).toBe("amount");
    expect(cellKind("0635-7219958")).toBe("phone");
    expect(cellKind("13912345678")).toBe("phone");
  });

  // The 单位 / 计量单位 column of a 十四五 plan's 主要指标 table: units of measure, no bodies.
  it.each(["岁", "‰", "1/10万", "%", "人", "张", "万元", "亿元", "公里", "平方米", "㎡", "床/千人", "人/万人", "吨标准煤/万元", "微克/立方米", "个百分点", "万人次", "%(百分点)"])(
    "reads the unit of measure %s as a measure",
    (text) => expect(cellKind(text)).toBe("measure"),
  );
  // A span of time (3天, 72小时) is what a time-limit column holds; a body's name is still a unit.
  it.each([["3天", "deadline"], ["15个工作日", "deadline"], ["72小时", "other"], ["县财政局", "unit"], ["各乡镇", "unit"], ["县卫健委、县医保局", "unit"]])(
    "reads %s as no measure",
    (text, kind) => expect(cellKind(text)).toBe(kind),
  );

  // 监督方式 of a 政府工作报告 task sheet: the number alone, or under the label a cell gives it.
  it.each(["监督电话：0533-7654321", "联系电话 0533-7654321", "手机：13912345678", "0533—7654321"])("reads %s as a phone number", (text) => {
    expect(cellKind(text)).toBe("phone");
  });
  // A 整改期限 column of 立行立改, 3个月 and 长期坚持 is found by its cells: each is a deadline phrase,
  // though only some name a time (a plan's own label may be one no list holds).
  it.each(["立行立改", "立即整改", "限期整改", "尽快", "即查即改", "待定", "按上级要求", "根据上级安排", "按省统一部署", "3个月", "长期坚持"])(
    "reads the deadline phrase %s as a deadline",
    (text) => expect(cellKind(text)).toBe("deadline"),
  );
  // 山西省建设厅 2009 督查 notice: a day something is due by, though a 督查 follows it.
  it("reads a day due before an inspection word as a deadline", () => {
    expect(cellKind("应于4月8日前写出本组的督查工作总结")).toBe("deadline");
  });
  // 格局, 布局, 大局: a noun of the work, no bureau; 有关当局 (the relevant authorities) is a catch-all.
  it.each(["服务全省发展大局", "优化产业布局"])("reads work ending in a noun in 局 as no unit: %s", (text) => expect(cellKind(text)).not.toBe("unit"));
  it.each(["有关当局", "当局"])("reads %s, the authorities, as a unit", (text) => expect(cellKind(text)).toBe("unit"));
  // A piece of work beside a name (建设…活动 beside …场所) is no name: the cell is the task's text.
  it.each(["建设城乡居民文化活动、体育健身场所", "推进城乡供水一体化、县水利局"])("reads %s, work beside a name, as no unit cell", (text) =>
    expect(cellKind(text)).not.toBe("unit"),
  );
  it("reads names beside a piece of work as a unit cell when the names are most of it", () =>
    expect(cellKind("县发改局、县财政局、推动高质量发展")).toBe("unit"),
  );
  it("keeps units and task text that mention a time apart from deadlines", () => {
    expect(cellKind("县发改局")).toBe("unit");
    expect(cellKind("按照上级要求完成全县农村公路安全隐患排查整治并建立台账")).toBe("prose");
  });
  it("reads names with their roles followed by a remark on those roles as units (湖南 部门分工)", () => {
    expect(cellKind("分管副省长、协管副秘书长负责,省科技厅牵头。明确牵头部门的,其他有关部门配合,不逐一列出,下同")).toBe("unit");
    expect(cellKind("省科技厅、省发改委、省财政厅等负责。列第一位的为牵头部门,其他部门和单位按职责分工负责,下同")).toBe("unit");
  });
  it("reads a task after a sentence of names as prose: it names no role, or bodies of its own", () => {
    expect(cellKind("市发改委牵头。加快推进重点项目建设,持续优化营商环境")).toBe("prose");
    expect(cellKind("市发改委牵头。市住建局要加强督促指导,市财政局负责保障经费")).toBe("prose");
  });
  it("reads task prose as prose", () => {
    expect(cellKind("以更加开放的姿态,支持银行、证券、保险业发展,壮大金融服务业。")).toBe("prose");
  });
  it("reads a sentence of work that uses a time word (持续, 及时) as prose", () => {
    // 政务公开 工作要点: the time word is part of the work, not when it is due.
    expect(cellKind("积极做好政策解读工作,持续提升政策解读质量,丰富解读形式。")).toBe("prose");
  });
  it.each(["持续推进", "及时公开", "长期坚持"])("still reads a short time word as a deadline: %s", (text) => {
    expect(cellKind(text)).toBe("deadline");
  });
  it.each([
    // 博兴 2015 民生实事: the milestone sits inside the work
    "总投资13.6亿元的博兴水库将在年内开工建设;",
    "总投资3.4亿元的市民文化中心,年内建成地基基础和主体框架;",
  ])("reads a task with a milestone inside its work as no deadline: %s", (text) => {
    expect(cellKind(text)).not.toBe("deadline");
  });
  it("reads a task whose name ends like a body's (…中心) as prose when a clause after it opens with its milestone", () => {
    // 博兴 2015 民生实事: not the unit 总投资3.4亿元的市民文化中心
    expect(cellKind("总投资3.4亿元的市民文化中心,年内建成地基基础和主体框架;")).toBe("prose");
    expect(cellKind("县发改局,县财政局")).toBe("unit");
  });
  it.each([
    // 遂宁 时间进度, 开化 进度安排: cells that open with their time
    "2016—2017 年底前",
    "2月上旬前",
  ])("reads a cell that opens with its time as a deadline: %s", (text) => {
    expect(cellKind(text)).toBe("deadline");
  });
  // 苍南 2023 省民生实事实施计划 as the 239539.com mirror prints its 工作进度安排: one cell, a step a quarter
  const byQuarter =
    "第一季度:受援地、支援地的学校举行跨地区教共体学校结对仪式;第二季度:组织安排优秀教师按1:3比例与受援校教师建立师徒结对关系;第三季度:支援校向受援校开展同步课堂或送教下乡示范课;第四季度(11月份):组织开展教师集体网络研修或教师线下集体教研活动。";
  it("reads a schedule headed period by period through the fourth quarter as the task's deadline", () => {
    expect(schedulesTheYear(byQuarter)).toBe(true);
    expect(cellKind(byQuarter)).toBe("deadline");
  });
  it("reads one period's heading as the work planned for that period, not a deadline", () => {
    // The same plan's steps, cut off before the year's last period: no step closes the task.
    const toThirdQuarter = byQuarter.slice(0, byQuarter.indexOf(";第四季度"));
    expect(schedulesTheYear(toThirdQuarter)).toBe(false);
    expect(cellKind(toThirdQuarter)).toBe("prose");
  });
  // Issue 9: a 中心 named for the work it drives (推进中心) holds the status word 推进中 across 推进|中心;
  // a status word opening a report that names a 中心 is still the report.
  it.each(["市重大项目推进中心", "县产业推进中心", "市项目建设推进中心", "市发改委、市重大项目推进中心"])(
    "reads %s, a body's name, as a unit",
    (text) => expect(cellKind(text)).toBe("unit"),
  );
  it.each([
    "推进中",
    "正在推进",
    "已完成60%",
    "项目推进中",
    "已建成县便民服务中心",
    "推进中，市发改委、市财政局",
    // a report naming the schools or hospitals it is about, now read as bodies by their endings
    "城东小学、实验中学已基本完工，其余3所学校正加快推进建设。",
    "县人民医院住院楼已竣工并交付使用",
    "县第二中学、城关小学已部分交付",
  ])("reads %s as progress", (text) =>
    expect(cellKind(text)).toBe("progress"),
  );
});

// Issue #9: a news report's project timetable (时间 | 项目安排), each step its time, then the work done by then.
describe("isTimedStep", () => {
  it.each(["6月底前，新河家具、双星二期等项目开工", "10月底前，城南物流园、义乌小商品城等项目启动，华龙产业园试生产", "2025年年底前,宏达新型建材等项目进入实质性建设"])(
    "a step: %s",
    (text) => expect(isTimedStep(text)).toBe(true),
  );
  it.each([
    ["a time alone", "6月底前"],
    ["a task dated in one clause", "6月底前完成方案"],
    ["dated milestones", "6月底前完成方案，9月底前完成建设"],
    ["task prose dated inside its work", "新建城东幼儿园，6月底前开工"],
    ["a day past, told", "3月5日，督查组检查发现问题12个"],
  ])("not a step: %s (%s)", (_, text) => expect(isTimedStep(text)).toBe(false));
});

// Issue 9: the steps of a 任务分解/时序进度 schedule or a 工作安排 list, each opening with its time.
describe("stepOpeningTime and timeOpeningStep", () => {
  it.each([
    ["3-4月：协助教务处完成中高职申报，继续拓展衔接办学规模", "3-4月", "协助教务处完成中高职申报，继续拓展衔接办学规模"],
    ["3月—12月：继续寻找1-2所中学合作", "3月—12月", "继续寻找1-2所中学合作"],
    ["12-1月：组织毕业生参加供需见面会", "12-1月", "组织毕业生参加供需见面会"],
    ["4月初：启动家庭医生签约服务", "4月初", "启动家庭医生签约服务"],
    ["9月上旬：组织开展应急演练", "9月上旬", "组织开展应急演练"],
    ["2017年3月：开展春季专项检查", "2017年3月", "开展春季专项检查"],
    ["第一季度：制定实施方案", "第一季度", "制定实施方案"],
    ["上半年：完成标准化建设验收", "上半年", "完成标准化建设验收"],
    ["全年：做好就业信息网维护", "全年", "做好就业信息网维护"],
    ["每月：调度一次重点项目进度", "每月", "调度一次重点项目进度"],
    ["3-4月: 协助教务处完成申报", "3-4月", "协助教务处完成申报"],
    ["3-5月　开展春季爱国卫生运动", "3-5月", "开展春季爱国卫生运动"],
    ["6月-7月 完成量化分级评定", "6月-7月", "完成量化分级评定"],
  ])("a step opening with its time: %s", (text, time, work) => {
    expect(stepOpeningTime(text)).toEqual({ time, work });
    expect(timeOpeningStep(text)).not.toBeNull();
  });
  it.each([
    ["a label before a colon", "工作要求：加强组织领导"],
    ["a numbered heading", "2.1 加强组织领导"],
    ["a number before a space", "1 开展安全生产大检查"],
    ["a time joined to its work by a comma", "6月底前，完成辖区消防设施排查"],
    ["a time inside the work", "力争11月：完成验收"],
  ])("no step opening with its time: %s (%s)", (_, text) => expect(stepOpeningTime(text)).toBeNull());
  it.each([
    ["a time and a completion word", "2024年6月底前 完成"],
    ["dated milestones", "3月：制定实施方案；6月：完成项目建设；12月：组织验收"],
    ["progress reported", "3月：已完成申报材料报送"],
    ["a day's event told", "3月5日：督查组检查发现问题12个"],
  ])("a time, no step of work: %s (%s)", (_, text) => expect(timeOpeningStep(text)).toBeNull());
});

// A campaign timetable's time column, unlabelled under 工作安排: each row's own time, beside its step.
describe("isTimeAlone", () => {
  it.each(["10月20日前", "2021年10月底", "10月19日至10月24日", "11月上旬", "第三季度", "年底前完成", "2021.10.20", "十月二十日前"])("a time alone: %s", (text) =>
    expect(isTimeAlone(text)).toBe(true),
  );
  it.each(["10月20日前，成立换届工作领导小组", "6月底前完成方案", "准备阶段（10月19日至10月24日）", "及时公开"])("more than a time: %s", (text) =>
    expect(isTimeAlone(text)).toBe(false),
  );
});

describe("isVerbObjectPhrase", () => {
  // Slogans of a district's yearly programme (invented in the shape of the published ones).
  it.each(["优化产业布局", "完善人才工作格局"])("reads %s, work ending in a noun in 局, as a programme's item", (text) =>
    expect(isVerbObjectPhrase(text)).toBe(true),
  );

  it.each(["增进养老服务水平", "改进基层医疗条件", "方便市民交通出行", "防范化解安全风险", "新建社区长者食堂", "加强河道环境治理", "增(zēng)強(qiáng)養老服務水平", "“增强养老服务水平”", "增强养老服务水平；", "改善基层医疗条件、"])(
    "reads %s as a programme's item",
    (text) => expect(isVerbObjectPhrase(text)).toBe(true),
  );

  it.each([
    ["a column label", "工作任务"],
    ["a body's name", "发展和改革委员会"],
    ["a body's name opening like a verb", "建设局"],
    ["a category noun", "社会保障"],
    ["a figure", "推进100个小区改造"],
    ["a sentence", "加强河道环境治理,改善水质。"],
    ["a progress word", "已完成"],
  ])("reads %s (%s) as none", (_, text) => expect(isVerbObjectPhrase(text)).toBe(false));
});

describe("cells read whatever their column's label says (issue #9)", () => {
  // 凤屯 / 嵩明 公开目录: a limit counted from each piece of information, under any label.
  it.each(["信息形成或变更之日起20个工作日内", "部门预算经本级财政部门批复后20日内公开", "自该政府信息形成或者变更之日起20个工作日内。"])(
    "a limit counted from an event is a deadline: %s",
    (text) => expect(cellKind(text)).toBe("deadline"),
  );
  // 公开目录 公开时限 written count first, the event it counts from in a bracket after it.
  it.each(["20个工作日(自该政府信息形成或者变更之日起)", "15个工作日（自信息产生之日起）"])("so is the count with its event in a bracket: %s", (text) =>
    expect(cellKind(text)).toBe("deadline"),
  );
  it("a task that mentions such a limit among its clauses is no deadline", () => {
    expect(cellKind("受理群众诉求,收到后5个工作日内答复")).not.toBe("deadline");
  });
  // 嵩明 2023 卫生健康 公开目录, 公开时限: a rule in two sentences, the case it applies to opening the
  // first (…的,) and the second qualifying the limit.
  const RULE = "主动公开信息内容发生变化的,医疗卫生机构应当自该信息形式或者变更之日起20个工作日内予以调整。";
  it("a rule setting a limit from an event, qualified by the sentence after it, is a deadline", () => {
    expect(cellKind(`${RULE}法律、法规、规章对更新期限另有规定的,从其规定。`)).toBe("deadline");
  });
  it.each([`${RULE}加强政务公开平台建设,丰富公开形式。`, "完善依申请公开工作机制,规范答复文书,收到申请之日起20个工作日内予以答复。"])(
    "a rule followed by more work, or a limit inside a task's clauses, is no deadline: %s",
    (text) => expect(cellKind(text)).not.toBe("deadline"),
  );

  // 高新区 2022 公开承诺事项, 完成时间: each work named before the date it is due by.
  it("sentences each naming a work and its date are a deadline", () => {
    expect(cellKind("三亚路和凤凰路一期工程11月底前具备通车条件;大连路西延工程12月底前取得阶段性成效并长期坚持;污水处理厂二期工程12月底前建设完成。")).toBe("deadline");
  });
  it("task prose dating only some of its sentences is no deadline", () => {
    expect(cellKind("三亚路和凤凰路一期工程11月底前具备通车条件;继续推进大连路西延工程,提高城市道路的通行能力;加快污水处理厂二期工程建设。")).toBe("prose");
  });

  // 乳山 2022 粮食监督检查计划, 检查时间 beside 3月-6月: a time to be set as the work requires.
  it.each(["根据监管需要确定", "根据政策性粮食出库时间确定", "春、秋季,根据上级监管要求确定"])("a time set as the work requires is a deadline: %s", (text) => {
    expect(cellKind(text)).toBe("deadline");
  });
  it("a task that sets something else as needed is no deadline", () => {
    expect(cellKind("根据群众需求确定建设内容")).not.toBe("deadline");
  });

  // 沙坪坝 2022 滞后任务: a name followed by its short form in brackets.
  it("reads a name with its other name in brackets as a unit", () => {
    expect(cellKind("区城市管理局(区整违办)")).toBe("unit");
  });

  // 广东 2021, 长兴 2023: a cell of names a transcribed plan closes with a full stop.
  it.each(["省发展改革委牵头,各地、各部门配合。", "县财政局。"])("reads names closed by 。 as units: %s", (text) => expect(cellKind(text)).toBe("unit"));
  it("reads a sentence closed by 。 that merely names bodies as prose (定州 2021)", () => {
    expect(cellKind("成立由市政府领导同志负责、有关部门参加的定州市政务数据共享协调推进机制。")).toBe("prose");
  });
});

describe("namesPlacesAlone", () => {
  it.each(["洋县", "城关镇", "城关镇、柏树镇", "新华街道", "苗儿村", "北溪社区"])("places alone: %s", (text) => expect(namesPlacesAlone(text)).toBe(true));
  it.each(["县交通局", "洋县、县交通局", "市委宣传部、各区", "各乡镇", "城关镇人民政府", "提供相关学习制度"])("not places alone: %s", (text) =>
    expect(namesPlacesAlone(text)).toBe(false),
  );
});

// The firms a bureau inspects beside the branches that inspect them (使用单位 | 责任片区, table.ts).
describe("namesFirmsAlone", () => {
  it.each(["城关食品加工股份有限公司", "恒达机械有限公司", "东湖水产养殖加工厂", "青山种植专业合作社", "华庭物业管理有限公司、恒达机械有限公司"])("firms alone: %s", (text) =>
    expect(namesFirmsAlone(text)).toBe(true),
  );
  it.each(["城关分局", "县市场监督管理局", "城关市场监管所", "执法一中队", "城关镇", "恒达机械有限公司、城关分局", "各生产企业"])("not firms alone: %s", (text) =>
    expect(namesFirmsAlone(text)).toBe(false),
  );
});
