import { readdirSync, readFileSync } from "fs";
import { Converter } from "opencc-js/t2cn";
import { join } from "path";
import { fixtureIds, loadFixture } from "../../test/support/fixtures";
import {
  bracketsAsWritten,
  compactLabel,
  decodeCharacterReferences,
  endsLikeUnitName,
  findTextArtefacts,
  isUnitListBreak,
  normaliseText,
  stripPinyinGlosses,
  t2sDictionaries,
  toHalfWidth,
  toSimplified,
} from "./normalise";

const SEEDS = join(__dirname, "..", "..", "..", "shared", "seeds");
const seed004 = () => readFileSync(join(SEEDS, "004_0c1275ba08b7b66a.txt"), "utf8");
const seed000 = () => readFileSync(join(SEEDS, "000_540046d432737f05.txt"), "utf8");
const TONED_GLOSS = /\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/u;

describe("toSimplified", () => {
  it("converts the traditional unit names of seed 004", () => {
    expect(toSimplified("局辦公室、局屬各單位")).toBe("局办公室、局属各单位");
    expect(toSimplified("責任部門(單位)")).toBe("责任部门(单位)");
  });

  it("keeps a phrase the tables keep 乾 in when the plan already writes it simplified (乾县, 乾安县), as its traditional form does", () => {
    expect(toSimplified("乾县人民政府办公室")).toBe("乾县人民政府办公室");
    expect(toSimplified("牵头单位：乾安县财政局")).toBe("牵头单位：乾安县财政局");
    expect(toSimplified("乾縣財政局")).toBe("乾县财政局");
    // 乾 everywhere else is the traditional form of 干, in traditional and mixed copy alike.
    expect(toSimplified("做好乾燥季節森林防火")).toBe("做好干燥季节森林防火");
    expect(toSimplified("县乾部培训")).toBe("县干部培训");
  });

  it("keeps mainland wording (the Taiwan tables would turn 执行 into 运行, 建立 into 创建)", () => {
    expect(toSimplified("請認真遵照執行")).toBe("请认真遵照执行");
    expect(toSimplified("要建立針對下屬公共企事業單位的信息公開管理制度")).toBe(
      "要建立针对下属公共企事业单位的信息公开管理制度",
    );
  });

  it("leaves simplified text unchanged (seed 000 as a whole)", () => {
    const text = seed000();
    expect(toSimplified(text)).toBe(text);
  });

  it("converts every entry of the OpenCC tables, alone and inside simplified text, as the converter does", () => {
    const converter = Converter({ from: "t", to: "cn" });
    const entries = t2sDictionaries()
      .flat()
      .flatMap((dict) => (typeof dict === "string" ? dict.split("|").map((e) => e.split(" ")[0]) : dict.map(([from]) => from)));
    expect(entries.length).toBeGreaterThan(1000);
    const differing = entries
      .flatMap((e) => [e, `市政务服务中心${e}牵头`])
      .filter((text) => toSimplified(text) !== converter(text));
    expect(differing).toEqual([]);
    expect(toSimplified("市政務服務中心")).toBe("市政务服务中心");
  });

  it("writes 予 and 此 only where the text holds them (table.ts normalises a row's first text for 现予公告, 特此通知 only then)", () => {
    const entries = t2sDictionaries()
      .flat()
      .flatMap((dict) => (typeof dict === "string" ? dict.split("|").map((e) => e.split(" ")[0]) : dict.map(([from]) => from)));
    const adds = (text: string, c: string) => !text.includes(c) && toSimplified(text).includes(c);
    expect(entries.filter((e) => adds(e, "予") || adds(e, "此"))).toEqual([]);
    expect(toSimplified("現予公告")).toBe("现予公告");
  });

  it("converts every line of the seeds as the converter does", () => {
    const converter = Converter({ from: "t", to: "cn" });
    const lines = readdirSync(SEEDS).flatMap((f) => readFileSync(join(SEEDS, f), "utf8").split("\n"));
    expect(lines.filter((line) => toSimplified(line) !== converter(line))).toEqual([]);
  });
});

describe("bracketsAsWritten", () => {
  it.each([
    // a plan typed in full-width mode: its names keep the brackets it writes
    ["各县(市、区)人民政府", "各县（市、区）人民政府负责落实", "各县（市、区）人民政府"],
    ["县发改局(粮食局)", "县发改局（粮食局）、县财政局", "县发改局（粮食局）"],
    // written half-width, or in both widths (whose is which cannot be told): as read
    ["县发改局(粮食局)", "县发改局(粮食局)、县财政局", "县发改局(粮食局)"],
    ["县发改局(粮食局)", "县发改局(粮食局)、各乡镇（街道）", "县发改局(粮食局)"],
    // a name with no bracket is left alone whatever the cell writes
    ["县财政局", "县财政局（牵头）", "县财政局"],
  ])("%s read from %s is shown as %s", (name, written, shown) => {
    expect(bracketsAsWritten(name, written)).toBe(shown);
  });
});

describe("stripPinyinGlosses", () => {
  it.each([
    ["關(guān)", "關"],
    ["印發(fā)", "印發"],
    ["法規(guī)科", "法規科"],
    ["高質(zhì)量", "高質量"],
    ["各縣(市、區(qū))政府", "各縣(市、區)政府"],
    ["國（guó）家", "國家"],
  ])("%s → %s", (input, expected) => {
    expect(stripPinyinGlosses(input)).toBe(expected);
  });

  it.each(["自然村通水泥(瀝青)路", "(图文)", "(二)", "三、強化公開 (一)圍繞", "政务服务(App)", "平台(www)", "(guān)开头"])(
    "keeps real parentheses: %s",
    (text) => {
      expect(stripPinyinGlosses(text)).toBe(text);
    },
  );

  it("removes every gloss of seed 004 and only glosses", () => {
    const text = seed004();
    const stripped = stripPinyinGlosses(text);
    expect(TONED_GLOSS.test(stripped)).toBe(false);
    for (const kept of ["(瀝青)", "(單位)", "(市級安排)", " (一)"]) expect(stripped).toContain(kept);
  });
});

describe("normaliseText", () => {
  it.each([
    ["自然资源 和规划分局", "自然资源和规划分局"],
    ["助 力稳增长", "助力稳增长"],
    ["重大建设项\u00a0\u00a0目", "重大建设项目"],
    ["会议公开\u00a0", "会议公开"],
    ["县政务中心\n县财政局", "县政务中心县财政局"],
    ["公\u3000开", "公开"],
    ["2019 年 11 月底前", "2019年11月底前"],
    ["推动 12345 政府服务热线", "推动12345政府服务热线"],
    ["PPP  and   BOT", "PPP and BOT"],
    ["ＰＰＰ项目２０１９", "PPP项目2019"],
    ["（市政府工作报告所列）", "(市政府工作报告所列)"],
    ["局法規(guī)科牽頭", "局法规科牵头"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it("keeps full-width punctuation other than parentheses (splitting relies on it)", () => {
    expect(normaliseText("财政局，税务局；")).toBe("财政局，税务局；");
    expect(toHalfWidth("（一）１．")).toBe("(一)1．");
  });

  it("reads full-width square brackets as ASCII ones, so a bracketed unit list is read like [市科委、市经信委负责]", () => {
    expect(toHalfWidth("［市科委、市经信委负责］")).toBe("[市科委、市经信委负责]");
  });

  it("makes seed 004 read like simplified text", () => {
    const normalised = normaliseText(seed004());
    expect(normalised).toContain("局法规科牵头,局机关相关科室、局属单位负责");
    expect(TONED_GLOSS.test(normalised)).toBe(false);
  });
});

describe("compactLabel", () => {
  it.each([
    ["備注 (市級安排)", "备注(市级安排)"],
    ["責任部門(單位)", "责任部门(单位)"],
    ["责任单位：", "责任单位"],
    ["完成\n时间", "完成时间"],
    ["公开\n领域", "公开领域"],
    ["*序 号:", "序号"],
    ["时限要求（ 2019年 ）", "时限要求(2019年)"],
  ])("%j → %j", (input, expected) => {
    expect(compactLabel(input)).toBe(expected);
  });
});

describe("unit list breaks", () => {
  it("a break after a complete unit name or a role word separates", () => {
    expect(isUnitListBreak("县政务中心", "县财政局")).toBe(true);
    expect(isUnitListBreak("局法规科牵头", "局属单位负责")).toBe(true);
    expect(isUnitListBreak("乡街", "村社区")).toBe(true);
    expect(isUnitListBreak("市妇联", "市残联")).toBe(true);
    expect(isUnitListBreak("各县(市、区)", "政府")).toBe(true);
  });

  // A narrow 镇街 column wraps the kind word of a name onto the next line (南区 街道, …街 道).
  it("a break before a bare kind word, or the tail of one, does not", () => {
    expect(isUnitListBreak("南区", "街道")).toBe(false);
    expect(isUnitListBreak("城关镇", "办事处")).toBe(false);
    expect(isUnitListBreak("火炬开发区", "管委会、市财政局")).toBe(false);
    expect(isUnitListBreak("南区街", "道")).toBe(false);
    // a level character alone is a level of a list, not a cut-off kind word
    expect(isUnitListBreak("县政务中心", "区")).toBe(true);
  });

  // A community's 换届 timetable: 区委组织部 党工委, two bodies a space apart. A kind word closing a place's
  // name only (党工委, 管委会, 街道) names a body of its own after a department's complete name; 党委
  // and 办事处 close a department's or a firm's name too (县教育局 党委: the bureau's party committee).
  it("a break before a kind word only a place has, after a body's complete name, separates", () => {
    expect(isUnitListBreak("区委组织部", "党工委")).toBe(true);
    expect(isUnitListBreak("县民政局", "街道")).toBe(true);
    expect(isUnitListBreak("城关镇", "党工委")).toBe(false);
    expect(isUnitListBreak("县教育局", "党委")).toBe(false);
    expect(isUnitListBreak("某某公司", "办事处")).toBe(false);
  });

  it("a break inside a name does not (社会 ends in 会 but is no body)", () => {
    expect(isUnitListBreak("自然资源", "和规划分局")).toBe(false);
    expect(isUnitListBreak("人力资源和社会", "保障服务中心")).toBe(false);
    expect(endsLikeUnitName("市总工会")).toBe(true);
  });

  // A mirror or a PDF extraction breaks a ministry-style name at a space (住房城乡 建设厅): the
  // first piece ends in 乡 or 村 but names no place, the second completes it. Names stay apart.
  it("a break after a field of work (城乡, 农村) or before a lone suffix (局) does not", () => {
    expect(isUnitListBreak("省住房城乡", "建设厅、省发展改革委")).toBe(false);
    expect(isUnitListBreak("市农业农村", "局、市文旅局")).toBe(false);
    expect(isUnitListBreak("县乡村", "振兴局")).toBe(false);
    expect(isUnitListBreak("县委", "办")).toBe(false);
  });

  it("a break after a school's year group separates; one before the 组 of its 年级组 does not", () => {
    expect(isUnitListBreak("高三年级", "德育处")).toBe(true);
    expect(isUnitListBreak("七年级", "八年级")).toBe(true);
    expect(isUnitListBreak("高三年级", "组")).toBe(false);
    expect(isUnitListBreak("高三", "年级")).toBe(false);
  });

  it("a break after a place or a catch-all ending so, or before a complete name, still separates", () => {
    expect(isUnitListBreak("城关镇", "派出所")).toBe(true);
    expect(isUnitListBreak("县教体局、各乡镇", "卫生院")).toBe(true);
    expect(isUnitListBreak("县城乡", "县财政局")).toBe(true);
    expect(isUnitListBreak("南汇街道", "房管鹿城分局")).toBe(true);
  });

  it("reads traditional endings too", () => {
    expect(endsLikeUnitName("局辦")).toBe(true);
    expect(endsLikeUnitName("運管處")).toBe(true);
  });
});

describe("findTextArtefacts", () => {
  it("reports pinyin glosses with their character, each once", () => {
    expect(findTextArtefacts("局辦公室、局相關(guān)科室、局機關(guān)相關(guān)科室")).toEqual([
      { kind: "pinyin-gloss", excerpt: "關(guān)" },
    ]);
    expect(findTextArtefacts("自然村通水泥(瀝青)路 (二)")).toEqual([]);
  });

  it("reports spaces inside Chinese words with the whole words around them", () => {
    expect(findTextArtefacts("自然资源 和规划分局、社会事务局")).toEqual([
      { kind: "stray-space", excerpt: "自然资源 和规划分局" },
    ]);
    expect(findTextArtefacts("重大建设项\u00a0\u00a0目")).toEqual([
      { kind: "stray-space", excerpt: "重大建设项\u00a0\u00a0目" },
    ]);
  });

  it("does not report spaces at the ends or next to numbers, latin or punctuation", () => {
    for (const text of ["会议公开\u00a0", "2019 年 6 月", "推动 12345 政府服务热线", "对 “四好农村公路”建设", "三、強化公開 (一)圍繞"]) {
      expect(findTextArtefacts(text)).toEqual([]);
    }
  });

  it("a line break between two unit names is a separator in a unit list, a broken word elsewhere", () => {
    expect(findTextArtefacts("县政务中心\n县财政局", { unitList: true })).toEqual([]);
    expect(findTextArtefacts("县政务中心\n县财政局")).toEqual([{ kind: "line-break", excerpt: "县政务中心⏎县财政局" }]);
    expect(findTextArtefacts("人力资源和社会\n保障服务中心", { unitList: true })).toEqual([
      { kind: "line-break", excerpt: "人力资源和社会⏎保障服务中心" },
    ]);
  });

  it("a line break that starts an enumerated item is a paragraph break", () => {
    expect(findTextArtefacts("一、夯实基础\n二、做好依申请公开工作")).toEqual([]);
    expect(findTextArtefacts("公开年报\n2.按时报送")).toEqual([]);
  });

  it("over the fixtures: glosses only in seed 004; broken words only where the source has stray spaces", () => {
    const brokenCells: string[] = [];
    for (const id of fixtureIds()) {
      const f = loadFixture(id);
      const unitsCol = f.header.findIndex((h) => /责任|責任/.test(h));
      f.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const found = findTextArtefacts(cell, { unitList: c === unitsCol });
          const glosses = found.filter((a) => a.kind === "pinyin-gloss").length;
          expect(glosses > 0).toBe(id === "seed-004" && TONED_GLOSS.test(cell));
          if (found.some((a) => a.kind !== "pinyin-gloss")) brokenCells.push(`${id}:${r}:${c}`);
          // Every cell with a space between two Chinese characters is reported.
          if (/\p{Script=Han}[ \u00a0]+\p{Script=Han}/u.test(cell)) expect(brokenCells).toContain(`${id}:${r}:${c}`);
        }),
      );
    }
    expect(brokenCells.every((k) => k.startsWith("seed-000:12:") || k.startsWith("seed-002:"))).toBe(true);
    expect(brokenCells).toContain("seed-000:12:5"); // 自然资源 和规划分局
  });
});

describe("endsLikeUnitName and websites", () => {
  // 公开渠道: 政府网站 is where a catalogue publishes, no body; a 站 is one (农技站, 水文站).
  it("reads 网站 as no body's name, 站 as one", () => {
    expect(endsLikeUnitName("政府网站")).toBe(false);
    expect(endsLikeUnitName("县农技站")).toBe(true);
  });
});

describe("endsLikeUnitName and the short forms of people's bodies, schools and road bodies", () => {
  // A county's people's bodies, schools and road-maintenance body end a name as a bureau does:
  // a space or line break after them separates the next name (宁陵高新区管委会 opens with no level).
  it.each(["县社科联", "县工商联", "市青联", "市政协", "县慈善总会", "县第一中学", "县实验小学", "县公路段", "市公路养护段", "铁路工务段"])(
    "reads %s as a body's name",
    (text) => expect(endsLikeUnitName(text)).toBe(true),
  );
  it.each(["重点路段", "实施阶段", "技术手段", "学习化学", "举办博览会", "加强联合联"])("reads %s as no body's name", (text) =>
    expect(endsLikeUnitName(text)).toBe(false),
  );
});

describe("endsLikeUnitName and common nouns ending in 局", () => {
  // 格局, 布局, 大局 …: work's nouns, not the bureau of 格 or 布; 教育局, 邮政局 are bureaus.
  it.each(["完善人才工作格局", "优化产业布局", "服务全省发展大局", "统筹全局", "打破僵局", "有关当局"])("reads %s as no body's name", (text) =>
    expect(endsLikeUnitName(text)).toBe(false),
  );
  it.each(["县教育局", "市财政局", "县公安局", "市邮政局", "县统计局", "市场监管局", "县新闻出版局", "区开发局", "南山区科技创新局", "市城市更新局", "区文广新局", "区经开局"])("reads %s as a body's name", (text) =>
    expect(endsLikeUnitName(text)).toBe(true),
  );
});

describe("decodeCharacterReferences", () => {
  it.each([
    ["&#8544;&#8212;1中央文明委重点工作", "Ⅰ—1中央文明委重点工作"],
    ["&#8546;-1-&#9312;建立学习制度", "Ⅲ-1-①建立学习制度"],
    ["&#x2161;—2加强宣传", "Ⅱ—2加强宣传"],
    ["市委宣传部、各区", "市委宣传部、各区"],
    ["R&D投入 &amp; 产出", "R&D投入 &amp; 产出"],
    ["&#55296;不是字符", "&#55296;不是字符"],
  ])("%s reads %s", (text, decoded) => expect(decodeCharacterReferences(text)).toBe(decoded));
});
