// A .docx whose headings are Word list numbering (the numbers are in numbering.xml, not in the
// text), written by hand here and zipped with fflate, read back into the 要点's table.
import { strToU8, zipSync } from "fflate";
import { parseWorkPoints } from "../../src/core/import/parse";
import { PlanError } from "../../src/core/errors";
import { formatListNumber, readDocxParagraphs } from "../../src/file/docx";
import { readWorkPointsFile } from "../../src/file/workpoints";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function para(text: string, numId?: number, ilvl = 0): string {
  const num = numId === undefined ? "" : `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`;
  // Text split over runs, as Word writes it.
  const half = Math.ceil(text.length / 2);
  return `<w:p>${num}<w:r><w:t xml:space="preserve">${text.slice(0, half)}</w:t></w:r><w:r><w:t>${text.slice(half)}</w:t></w:r></w:p>`;
}

// Level 0: 一、 (chineseCounting), level 1: （一）, level 2: 1. (decimal, starting at 1).
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
</w:numbering>`;

function docx(body: string[], numbering = NUMBERING): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body.join("")}</w:body></w:document>`;
  return zipSync({
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "word/document.xml": strToU8(document),
    "word/numbering.xml": strToU8(numbering),
  });
}

const SAMPLE = () =>
  docx([
    para("某县2024年政务公开工作要点"),
    para("加强政策解读", 1, 0),
    para("推进政策文件公开", 1, 1),
    para("全面公开规范性文件，2024年6月底前完成清理。（县司法局牵头，各乡镇负责）", 1, 2),
    para("做好解读回应。（县政府办公室牵头，县直各部门配合）", 1, 2),
    para("夯实工作基础", 1, 0),
    para("加强培训。每季度组织一次业务培训。", 1, 1),
    para("（县政务服务中心负责）"),
    // numId 2 restarts level 0 at 三 (startOverride), and its level 1 restarts at （一）.
    para("强化监督保障", 2, 0),
    para("开展第三方评估，年底前完成。（县政府办公室负责）", 2, 1),
  ]);

describe("reading a .docx with Word numbering", () => {
  it("draws the numbers Word draws: formats, lvlText, restarts of deeper levels, startOverride", () => {
    const ps = readDocxParagraphs(SAMPLE());
    expect(ps.map((p) => p.number ?? null)).toEqual([null, "一、", "（一）", "1.", "2.", "二、", "（一）", null, "三、", "（一）"]);
    expect(ps[3].text).toBe("全面公开规范性文件，2024年6月底前完成清理。（县司法局牵头，各乡镇负责）");
  });

  it("gives the table its category paths, units and deadlines from the drawn numbers", () => {
    const plan = parseWorkPoints(readDocxParagraphs(SAMPLE()), { file: "sample.docx" });
    expect(plan.title).toBe("某县2024年政务公开工作要点");
    expect(plan.year).toBe(2024);
    expect(plan.rows.map((r) => [r.sourceSeq, r.category, r.lead, r.deadline.date])).toEqual([
      ["1.", ["一、加强政策解读", "（一）推进政策文件公开"], "县司法局", "2024-06-30"],
      ["2.", ["一、加强政策解读", "（一）推进政策文件公开"], "县政府办公室", null],
      ["（一）", ["二、夯实工作基础"], null, null],
      ["（一）", ["三、强化监督保障"], null, "2024-12-31"],
    ]);
    expect(plan.rows[1].units).toEqual([
      { name: "县政府办公室", role: "lead", generic: false },
      { name: "县直各部门", role: "co", generic: true },
    ]);
    // The parenthetical on a paragraph of its own belongs to the item above it.
    expect(plan.rows[2].units).toEqual([{ name: "县政务服务中心", role: "responsible", generic: false }]);
    expect(plan.rows[2].deadline.class).toBe("recurring");
  });

  it("formats list numbers as Word does", () => {
    expect([1, 10, 11, 20, 21, 100].map((n) => formatListNumber(n, "chineseCounting"))).toEqual(["一", "十", "十一", "二十", "二十一", "一百"]);
    expect(formatListNumber(3, "decimalEnclosedCircle")).toBe("③");
    expect(formatListNumber(4, "upperRoman")).toBe("IV");
  });
});

describe("files that are not a 要点", () => {
  const fails = async (bytes: Uint8Array, name: string) => {
    try {
      parseWorkPoints(await readWorkPointsFile(bytes, name), { file: name });
    } catch (e) {
      return e instanceof PlanError ? e.code : "other";
    }
    return "read";
  };
  it("refuses a .doc, a PDF, an empty file and an unrelated document with a PlanError", async () => {
    expect(await fails(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "old.doc")).toBe("bad-file");
    expect(await fails(strToU8("%PDF-1.4\n%âãÏÓ\n"), "scan.pdf")).toBe("bad-file");
    expect(await fails(new Uint8Array(), "empty.txt")).toBe("bad-file");
    expect(await fails(strToU8("一、提高认识。\n二、加强领导。\n会议要求各单位认真落实。"), "notice.txt")).toBe("no-table");
    expect(await fails(docx([para("会议纪要"), para("与会同志讨论了工作。")]), "minutes.docx")).toBe("no-table");
  });

  it("reads a GB18030 text file as Notepad on a Chinese Windows saves it", async () => {
    const gbk = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2]); // 一、
    expect((await readWorkPointsFile(gbk, "a.txt"))[0].text).toBe("一、");
  });
});
