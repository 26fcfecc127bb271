// An Excel-style package written part by part (XML strings zipped with fflate) around a real task
// table from the fixtures, carrying one of each thing staff's workbooks hold and this tool does
// not model: a chart and a text box, sparklines, threaded comments with replies, plain notes,
// defined names of every kind, an internal link, x14 validation, a containsText rule, a named
// style, page breaks, an external link, dynamic-array metadata, custom properties, structure
// protection, WPS in-cell pictures, a chart sheet, and, as .xlsm, a VBA project.
import { strToU8, zipSync } from "fflate";
import { columnLetter } from "../../../src/core/address";
import type { CellValue } from "../../../src/core/schema";
import { fixtureLayout, loadFixture } from "../fixtures";

export const TABLE_SHEET = "责任分工";
export const ROSTER_SHEET = "单位名录";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const DRAW = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function rels(items: [id: string, type: string, target: string, external?: boolean][]): string {
  const body = items
    .map(([id, type, target, external]) => `<Relationship Id="${id}" Type="${type}" Target="${esc(target)}"${external ? ' TargetMode="External"' : ""}/>`)
    .join("");
  return `${DECL}<Relationships xmlns="${PKG_REL}">${body}</Relationships>`;
}

/** Snippets of the table sheet's XML that only its feature writes: a probe looks for each, unchanged, in the output. */
export const SHEET_SNIPPETS = {
  sparklines:
    `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}">` +
    `<x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline>` +
    `<xm:f>单位名录!B2:D2</xm:f><xm:sqref>J3</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>`,
  x14Validation:
    `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}">` +
    `<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>单位名录!$A$2:$A$4</xm:f></x14:formula1>` +
    `<xm:sqref>E3:E40</xm:sqref></x14:dataValidation></x14:dataValidations></ext>`,
  containsText:
    `<conditionalFormatting sqref="F3:F40"><cfRule type="containsText" dxfId="0" priority="1" operator="containsText" text="常态化">` +
    `<formula>NOT(ISERROR(SEARCH("常态化",F3)))</formula></cfRule></conditionalFormatting>`,
  internalLink: `<hyperlinks><hyperlink ref="A1" location="单位名录!A1" display="单位名录"/></hyperlinks>`,
  pageBreaks: `<rowBreaks count="1" manualBreakCount="1"><brk id="10" max="16383" man="1"/></rowBreaks>`,
} as const;

export const WORKBOOK_SNIPPETS = {
  constantName: `<definedName name="计划年度">2022</definedName>`,
  formulaName: `<definedName name="单位列表">OFFSET(单位名录!$A$2,0,0,COUNTA(单位名录!$A:$A)-1)</definedName>`,
  localName: `<definedName name="本表标题" localSheetId="0">责任分工!$A$1</definedName>`,
  hiddenName: `<definedName name="_内部区域" hidden="1">单位名录!$A$1:$D$4</definedName>`,
  structureProtection: `<workbookProtection lockStructure="1"/>`,
  externalReference: `<externalReferences><externalReference r:id="rId9"/></externalReferences>`,
} as const;

/** The note typed by staff on the title: one plain <t> run, as Excel 2016 writes a note. */
export const PLAIN_NOTE = { ref: "A1", author: "办公室", text: "请各单位周五前反馈" };
/** A threaded comment on a header cell, with a reply. */
export const THREAD = { ref: "B2", text: "公开领域按省里的口径", reply: "已按省里口径核对" };

function sharedStrings(all: string[]): string {
  return `${DECL}<sst xmlns="${NS}" count="${all.length}" uniqueCount="${all.length}">${all.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("")}</sst>`;
}

/** The task table as Excel writes a sheet: shared strings, wrap style on every filled cell. */
function tableSheet(values: CellValue[][], merges: string[], strings: string[]): string {
  const index = (s: string) => {
    let i = strings.indexOf(s);
    if (i < 0) i = strings.push(s) - 1;
    return i;
  };
  const rows = values
    .map((cells, r) => {
      const body = cells
        .map((v, c) => (v === null ? "" : `<c r="${columnLetter(c)}${r + 1}" s="1" t="s"><v>${index(String(v))}</v></c>`))
        .join("");
      return `<row r="${r + 1}">${body}</row>`;
    })
    .join("");
  const width = values[0].length;
  return (
    `${DECL}<worksheet xmlns="${NS}" xmlns:r="${R}" xmlns:x14="${X14}" xmlns:xm="${XM}">` +
    `<dimension ref="A1:${columnLetter(width - 1)}${values.length}"/>` +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="14.25"/>` +
    `<cols><col min="1" max="1" width="6" customWidth="1"/><col min="2" max="${width}" width="24" style="2" customWidth="1"/></cols>` +
    `<sheetData>${rows}</sheetData>` +
    `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` +
    SHEET_SNIPPETS.containsText +
    SHEET_SNIPPETS.internalLink +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape"/>` +
    SHEET_SNIPPETS.pageBreaks +
    `<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/>` +
    `<extLst>${SHEET_SNIPPETS.x14Validation}${SHEET_SNIPPETS.sparklines}</extLst></worksheet>`
  );
}

/** The roster sheet: units, three figures for the sparklines, a dynamic-array formula and a WPS picture. */
function rosterSheet(strings: string[]): string {
  const s = (text: string) => {
    let i = strings.indexOf(text);
    if (i < 0) i = strings.push(text) - 1;
    return i;
  };
  const units = ["县财政局", "县教育局", "县卫健局"];
  const rows = units
    .map((u, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="s"><v>${s(u)}</v></c><c r="B${i + 2}"><v>${i + 1}</v></c><c r="C${i + 2}"><v>${i + 2}</v></c><c r="D${i + 2}"><v>${i + 3}</v></c></row>`)
    .join("");
  return (
    `${DECL}<worksheet xmlns="${NS}" xmlns:r="${R}"><dimension ref="A1:F4"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="14.25"/><sheetData>` +
    `<row r="1"><c r="A1" t="s"><v>${s("单位名称")}</v></c><c r="E1" cm="1"><f t="array" ref="E1:E3">_xlfn._xlws.SORT(A2:A4)</f><v>0</v></c>` +
    `<c r="F1" t="str"><f>_xlfn.DISPIMG("ID_4F1A0C2E",1)</f><v>=DISPIMG("ID_4F1A0C2E",1)</v></c></row>${rows}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

const STYLES =
  `${DECL}<styleSheet xmlns="${NS}"><fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>` +
  `<font><sz val="12"/><name val="仿宋_GB2312"/><charset val="134"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="1" applyFont="1"/></cellXfs>` +
  `<cellStyles count="2"><cellStyle name="常规" xfId="0" builtinId="0"/><cellStyle name="公文正文" xfId="1"/></cellStyles>` +
  `<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>` +
  `<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

/** The named style's entry in styles.xml: a probe for the named cell style. */
export const NAMED_STYLE = `<cellStyle name="公文正文" xfId="1"/>`;

function chart(title: string): string {
  return (
    `${DECL}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:cat><c:strRef><c:f>单位名录!$A$2:$A$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>单位名录!$B$2:$B$4</c:f></c:numRef></c:val></c:ser>` +
    `<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
    `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`
  );
}

const frame = (id: number, rid: string) =>
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="图表 ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
  `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>`;

const anchor = (col: number, row: number, body: string) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>${col + 5}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + 12}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}</xdr:twoCellAnchor>`;

const TABLE_DRAWING =
  `${DECL}<xdr:wsDr xmlns:xdr="${DRAW}" xmlns:a="${A}" xmlns:r="${R}">` +
  anchor(10, 1, frame(2, "rId1")) +
  anchor(
    10,
    15,
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="文本框 2"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
      `<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr wrap="square"/><a:lstStyle/>` +
      `<a:p><a:r><a:rPr lang="zh-CN"/><a:t>此表经县政府常务会议审议通过</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/>`,
  ) +
  `</xdr:wsDr>`;

const CHARTSHEET_DRAWING =
  `${DECL}<xdr:wsDr xmlns:xdr="${DRAW}" xmlns:a="${A}" xmlns:r="${R}"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666667" cy="6293556"/>${frame(2, "rId1")}</xdr:absoluteAnchor></xdr:wsDr>`;

const COMMENTS =
  `${DECL}<comments xmlns="${NS}"><authors><author>${PLAIN_NOTE.author}</author><author>tc={5B3C9C6E-0D3B-4E7C-9C55-6B1C6D2F9A01}</author></authors><commentList>` +
  `<comment ref="${PLAIN_NOTE.ref}" authorId="0"><text><t>${PLAIN_NOTE.text}</t></text></comment>` +
  `<comment ref="${THREAD.ref}" authorId="1"><text><t>[线程批注]\n你的 Excel 版本可读取此线程批注; 但如果在更新版本的 Excel 中打开文件，则对批注所做的任何编辑都将被删除。\n注释:\n    ${THREAD.text}\n答复:\n    ${THREAD.reply}</t></text></comment>` +
  `</commentList></comments>`;

const vmlShape = (id: number, row: number, col: number, visible: boolean) =>
  `<v:shape id="_x0000_s${1024 + id}" type="#_x0000_t202" style="position:absolute;margin-left:100pt;margin-top:2pt;width:180pt;height:60pt;z-index:${id};${visible ? "visibility:visible" : "visibility:hidden"}" fillcolor="#ffffe1" o:insetmode="auto">` +
  `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
  `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, 0, 2, 5, 15, 4, 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column>${visible ? "<x:Visible/>" : ""}</x:ClientData></v:shape>`;

const VML =
  `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
  `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${vmlShape(1, 0, 0, true)}${vmlShape(2, 1, 1, false)}</xml>`;

/** Note size and always-show, as VML carries them: probes look for these in the output's VML. */
export const VML_SNIPPETS = { size: "width:180pt;height:60pt", alwaysShow: "<x:Visible/>" } as const;

const PERSON_ID = "{8F2C5A71-3E0B-4D1A-9B8C-2A6F1E0C7D44}";
const THREADED =
  `${DECL}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS}">` +
  `<threadedComment ref="${THREAD.ref}" dT="2024-03-01T09:12:00.00" personId="${PERSON_ID}" id="{5B3C9C6E-0D3B-4E7C-9C55-6B1C6D2F9A01}"><text>${THREAD.text}</text></threadedComment>` +
  `<threadedComment ref="${THREAD.ref}" dT="2024-03-01T10:40:00.00" personId="${PERSON_ID}" id="{0C1D2E3F-4A5B-4C6D-8E9F-A0B1C2D3E4F5}" parentId="{5B3C9C6E-0D3B-4E7C-9C55-6B1C6D2F9A01}"><text>${THREAD.reply}</text></threadedComment></ThreadedComments>`;
const PERSONS =
  `${DECL}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS}">` +
  `<person displayName="张科长" id="${PERSON_ID}" userId="zhang@example.gov.cn" providerId="AD"/></personList>`;

const METADATA =
  `${DECL}<metadata xmlns="${NS}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1">` +
  `<metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>` +
  `<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>` +
  `<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`;

const EXTERNAL_LINK =
  `${DECL}<externalLink xmlns="${NS}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="汇总"/></sheetNames>` +
  `<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1" t="str"><v>县财政局</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`;

const CELL_IMAGES =
  `${DECL}<etc:cellImages xmlns:xdr="${DRAW}" xmlns:r="${R}" xmlns:a="${A}" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"><etc:cellImage><xdr:pic>` +
  `<xdr:nvPicPr><xdr:cNvPr id="2" name="ID_4F1A0C2E" descr="公章"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
  `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic></etc:cellImage></etc:cellImages>`;

/** A 1×1 red PNG: the seal of the WPS picture. */
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);

/** Bytes standing for a VBA project: a CFB header and a body no tool may touch. */
export const VBA_BYTES = Uint8Array.from({ length: 1536 }, (_, i) => (i < 8 ? [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1][i] : (i * 131) % 251));

const CUSTOM_PROPS =
  `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
  `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="密级"><vt:lpwstr>内部</vt:lpwstr></property>` +
  `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="文号"><vt:lpwstr>县政办发〔2022〕7号</vt:lpwstr></property></Properties>`;

const CT_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** The Excel-style workbook: .xlsx, or .xlsm with the VBA project and the macro-enabled content type. */
export function excelStylePackage(options: { macros: boolean }): Uint8Array {
  const { snapshot } = fixtureLayout(loadFixture("seed-003"), TABLE_SHEET);
  const merges = snapshot.merges.map((m) => `${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}`);
  const strings: string[] = [];
  const sheet1 = tableSheet(snapshot.values, merges, strings);
  const sheet2 = rosterSheet(strings);
  const overrides: [string, string][] = [
    ["/xl/workbook.xml", options.macros ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml" : `${CT_MAIN}.sheet.main+xml`],
    ["/xl/worksheets/sheet1.xml", `${CT_MAIN}.worksheet+xml`],
    ["/xl/worksheets/sheet2.xml", `${CT_MAIN}.worksheet+xml`],
    ["/xl/chartsheets/sheet1.xml", `${CT_MAIN}.chartsheet+xml`],
    ["/xl/styles.xml", `${CT_MAIN}.styles+xml`],
    ["/xl/sharedStrings.xml", `${CT_MAIN}.sharedStrings+xml`],
    ["/xl/comments1.xml", `${CT_MAIN}.comments+xml`],
    ["/xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml"],
    ["/xl/persons/person.xml", "application/vnd.ms-excel.person+xml"],
    ["/xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"],
    ["/xl/drawings/drawing2.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"],
    ["/xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
    ["/xl/charts/chart2.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
    ["/xl/externalLinks/externalLink1.xml", `${CT_MAIN}.externalLink+xml`],
    ["/xl/metadata.xml", `${CT_MAIN}.sheetMetadata+xml`],
    ["/xl/cellimages.xml", "application/vnd.wps-officedocument.cellimage+xml"],
    ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
    ["/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"],
    ["/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"],
  ];
  const contentTypes =
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Default Extension="png" ContentType="image/png"/>` +
    (options.macros ? `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>` : "") +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("") +
    `</Types>`;
  const workbook =
    `${DECL}<workbook xmlns="${NS}" xmlns:r="${R}"><workbookPr defaultThemeVersion="166925"${options.macros ? ' codeName="ThisWorkbook"' : ""}/>` +
    WORKBOOK_SNIPPETS.structureProtection +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>` +
    `<sheets><sheet name="${TABLE_SHEET}" sheetId="1" r:id="rId1"/><sheet name="${ROSTER_SHEET}" sheetId="2" r:id="rId2"/><sheet name="完成情况图" sheetId="3" r:id="rId3"/></sheets>` +
    WORKBOOK_SNIPPETS.externalReference +
    `<definedNames>${WORKBOOK_SNIPPETS.hiddenName}${WORKBOOK_SNIPPETS.localName}${WORKBOOK_SNIPPETS.formulaName}${WORKBOOK_SNIPPETS.constantName}</definedNames>` +
    `<calcPr calcId="191029"/></workbook>`;
  const workbookRels = rels([
    ["rId1", `${REL}/worksheet`, "worksheets/sheet1.xml"],
    ["rId2", `${REL}/worksheet`, "worksheets/sheet2.xml"],
    ["rId3", `${REL}/chartsheet`, "chartsheets/sheet1.xml"],
    ["rId4", `${REL}/styles`, "styles.xml"],
    ["rId5", `${REL}/sharedStrings`, "sharedStrings.xml"],
    ["rId6", "http://schemas.microsoft.com/office/2017/10/relationships/person", "persons/person.xml"],
    ["rId7", `${REL}/sheetMetadata`, "metadata.xml"],
    ["rId8", "http://www.wps.cn/officeDocument/2020/cellImage", "cellimages.xml"],
    ["rId9", `${REL}/externalLink`, "externalLinks/externalLink1.xml"],
    ...(options.macros ? ([["rId10", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"]] as [string, string, string][]) : []),
  ]);
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(contentTypes),
    "_rels/.rels": strToU8(
      rels([
        ["rId1", `${REL}/officeDocument`, "xl/workbook.xml"],
        ["rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"],
        ["rId3", `${REL}/extended-properties`, "docProps/app.xml"],
        ["rId4", `${REL}/custom-properties`, "docProps/custom.xml"],
      ]),
    ),
    "docProps/core.xml": strToU8(
      `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
        `<dc:creator>县政府办公室</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2022-03-01T08:00:00Z</dcterms:created></cp:coreProperties>`,
    ),
    "docProps/app.xml": strToU8(
      `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>`,
    ),
    "docProps/custom.xml": strToU8(CUSTOM_PROPS),
    "xl/workbook.xml": strToU8(workbook),
    "xl/_rels/workbook.xml.rels": strToU8(workbookRels),
    "xl/styles.xml": strToU8(STYLES),
    "xl/worksheets/sheet1.xml": strToU8(sheet1),
    "xl/worksheets/_rels/sheet1.xml.rels": strToU8(
      rels([
        ["rId1", `${REL}/drawing`, "../drawings/drawing1.xml"],
        ["rId2", `${REL}/vmlDrawing`, "../drawings/vmlDrawing1.vml"],
        ["rId3", `${REL}/comments`, "../comments1.xml"],
        ["rId4", "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment", "../threadedComments/threadedComment1.xml"],
      ]),
    ),
    "xl/worksheets/sheet2.xml": strToU8(sheet2),
    "xl/sharedStrings.xml": strToU8(sharedStrings(strings)),
    "xl/chartsheets/sheet1.xml": strToU8(
      `${DECL}<chartsheet xmlns="${NS}" xmlns:r="${R}"><sheetViews><sheetView zoomScale="90" workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`,
    ),
    "xl/chartsheets/_rels/sheet1.xml.rels": strToU8(rels([["rId1", `${REL}/drawing`, "../drawings/drawing2.xml"]])),
    "xl/drawings/drawing1.xml": strToU8(TABLE_DRAWING),
    "xl/drawings/_rels/drawing1.xml.rels": strToU8(rels([["rId1", `${REL}/chart`, "../charts/chart1.xml"]])),
    "xl/drawings/drawing2.xml": strToU8(CHARTSHEET_DRAWING),
    "xl/drawings/_rels/drawing2.xml.rels": strToU8(rels([["rId1", `${REL}/chart`, "../charts/chart2.xml"]])),
    "xl/charts/chart1.xml": strToU8(chart("各单位任务数")),
    "xl/charts/chart2.xml": strToU8(chart("完成情况")),
    "xl/drawings/vmlDrawing1.vml": strToU8(VML),
    "xl/comments1.xml": strToU8(COMMENTS),
    "xl/threadedComments/threadedComment1.xml": strToU8(THREADED),
    "xl/persons/person.xml": strToU8(PERSONS),
    "xl/metadata.xml": strToU8(METADATA),
    "xl/externalLinks/externalLink1.xml": strToU8(EXTERNAL_LINK),
    "xl/externalLinks/_rels/externalLink1.xml.rels": strToU8(
      rels([["rId1", `${REL}/externalLinkPath`, "file:///D:/汇总/2021年任务分工.xlsx", true]]),
    ),
    "xl/cellimages.xml": strToU8(CELL_IMAGES),
    "xl/_rels/cellimages.xml.rels": strToU8(rels([["rId1", `${REL}/image`, "media/image1.png"]])),
    "xl/media/image1.png": PNG,
  };
  if (options.macros) files["xl/vbaProject.bin"] = VBA_BYTES;
  return zipSync(files, { level: 6, mtime: new Date("2022-03-01T08:00:00Z") });
}
