// Every string the task pane shows, zh-CN first and en-US second.
import type { PlanError } from "../core/errors";
import { labelsIn, RULE_LABELS, SEVERITY_LABELS } from "../core/labels";
import type { Reason } from "../core/generate/departments";
import { COLUMN_ROLES, type ColumnRoleId, type Config, type RuleId, type Severity } from "../core/schema";

export type Lang = "zh" | "en";

export type RoleKey = ColumnRoleId;
export const ROLE_KEYS: RoleKey[] = COLUMN_ROLES.map((r) => r.id);
const roleLabels = (lang: Lang) => Object.fromEntries(COLUMN_ROLES.map((r) => [r.id, r[lang]])) as Record<RoleKey, string>;

export interface Strings {
  lang: Lang;
  title: string;
  check: string;
  clear: string;
  generate: string;
  checkHint: string;
  clearHint: string;
  generateHint: string;
  checkedSheet: (sheet: string) => string;
  summary: string;
  total: (n: number) => string;
  noFindings: string;
  severity: Record<Severity, string>;
  rules: Record<RuleId, string>;
  findings: string;
  sheetLevel: string;
  count: (n: number) => string;
  suggestion: (text: string) => string;
  byRule: string;
  errorsOnly: string;
  searchHint: string;
  shownCount: (shown: number, total: number) => string;
  noMatch: string;
  copySummary: string;
  summaryCopied: string;
  summaryByHand: string;
  /** Asked before 清除标记 takes this tool's marks off a sheet. */
  clearConfirm: (sheet: string) => string;
  cancel: string;
  cleared: (cells: number) => string;
  nothingToClear: string;
  generated: (created: number, removed: number) => string;
  newTabs: string;
  /** One tab of the result: its name and why its rows are there. */
  tabWhy: (tab: string, rows: number, reasons: [Reason, number][]) => string;
  /** Beside a near-duplicate notice: list the variant as an alias in the roster and regenerate. */
  sameUnit: string;
  table: string;
  tableRows: (headerRows: string, first: number, last: number) => string;
  headerRow: string;
  badHeaderRow: (value: string) => string;
  roles: Record<RoleKey, string>;
  rolesHint: string;
  categoryHint: string;
  badColumn: (role: string, value: string) => string;
  /** The plan year field beside the roles: empty reads the year from the sheet or its file. */
  planYear: string;
  planYearHint: string;
  badPlanYear: (value: string) => string;
  applyRoles: string;
  autoRoles: string;
  settings: string;
  ruleSeverity: string;
  ruleOff: string;
  leadRule: string;
  leadRules: Record<Config["leadRule"], string>;
  leadRuleHint: string;
  common: string;
  commons: Record<Config["common"], string>;
  rosterSheet: string;
  rosterNone: string;
  catchAll: string;
  catchAllHint: string;
  save: string;
  saved: string;
  error: (e: PlanError) => string;
  unexpected: (detail: string) => string;
  /** The browser page around the pane (src/web). */
  page: PageStrings;
}

export interface PageStrings {
  open: string;
  sample: string;
  welcome: string;
  /** The link to the page in the other language, and where it goes. */
  otherLanguage: string;
  otherLanguageHref: string;
  opening: string;
  readingSheet: string;
  sheets: string;
  generatedTab: string;
  downloads: string;
  downloadsHint: string;
  downloadMarked: string;
  downloadWithTabs: string;
  downloadZip: string;
  departments: (n: number) => string;
  tasksPerDepartment: string;
  tasks: (n: number) => string;
  downloadDepartment: (unit: string) => string;
  /** Under the open buttons: what to do with a WPS .et or an old .xls. */
  legacyHint: string;
  legacyFile: (name: string) => string;
  /** A file that could not be opened: its name, why, and what to do. */
  cannotOpen: (name: string, why: string, advise: boolean) => string;
  /** Asked before another workbook replaces the open one. */
  replaceTitle: string;
  replaceConfirm: (open: string, next: string, unsaved: boolean) => string;
  replaceOk: string;
}

/** Why rows are on a tab (列入依据), in short. */
const REASON_ZH: Record<Reason, string> = { named: "点名", every: "全部单位", level: "本层级", class: "所属类别", "to-assign": "待明确承办", unnamed: "未点名" };
const REASON_EN: Record<Reason, string> = { named: "named", every: "every department", level: "level", class: "class", "to-assign": "to be assigned", unnamed: "no unit named" };

export const zh: Strings = {
  lang: "zh",
  title: "任务分工助手",
  check: "检查本表",
  clear: "清除标记",
  generate: "生成各单位分表",
  checkHint: "检查当前工作表，并在有问题的单元格上做标记",
  clearHint: "清除本工具在当前工作表上做的标记，恢复原样",
  generateHint: "按责任单位把任务拆分到各单位的分表",
  checkedSheet: (sheet) => `已检查工作表“${sheet}”`,
  summary: "检查结果",
  total: (n) => `共 ${n} 个问题`,
  noFindings: "没有发现问题。",
  severity: labelsIn(SEVERITY_LABELS, "zh"),
  rules: labelsIn(RULE_LABELS, "zh"),
  findings: "问题列表（点击定位到单元格）",
  sheetLevel: "整表",
  count: (n) => `${n} 项`,
  suggestion: (text) => `建议：${text}`,
  byRule: "按问题类型筛选（再点一次取消）",
  errorsOnly: "只看错误",
  searchHint: "搜索序号、任务内容或问题",
  shownCount: (shown, total) => (shown === total ? `共列出 ${total} 项` : `列出 ${shown} 项（共 ${total} 项）`),
  noMatch: "没有符合条件的问题。",
  copySummary: "复制摘要",
  summaryCopied: "摘要已复制，可粘贴到回复文稿中。",
  summaryByHand: "浏览器不允许本页写入剪贴板：摘要已选中，请按 Ctrl+C 复制。",
  clearConfirm: (sheet) => `清除本工具在工作表“${sheet}”上做的全部标记？单元格将恢复检查前的样子，您在批注中写的内容会保留。`,
  cancel: "取消",
  cleared: (cells) => `已清除 ${cells} 个单元格的标记，表格已恢复原样。`,
  nothingToClear: "当前工作表上没有本工具的标记。",
  generated: (created, removed) => `已生成 ${created} 个分表${removed > 0 ? `（替换了上次生成的 ${removed} 个）` : ""}。`,
  newTabs: "新分表",
  tabWhy: (tab, rows, reasons) => `${tab}：${rows} 项（${reasons.map(([r, n]) => `${REASON_ZH[r]} ${n}`).join("、")}）`,
  sameUnit: "视为同一单位",
  table: "识别的表格",
  tableRows: (headerRows, first, last) => `表头行：${headerRows}；数据行：${first}–${last}`,
  headerRow: "表头所在行",
  badHeaderRow: (value) => `表头所在行“${value}”无效，请填写行号，如 2。`,
  roles: roleLabels("zh"),
  rolesHint: "识别有误时，填写各项所在的列字母（如 E），然后重新检查。",
  categoryHint: "可填多列，用逗号分隔，如 B,C,D",
  badColumn: (role, value) => `“${role}”的列“${value}”无效，请填写列字母，如 E。`,
  planYear: "计划年度",
  planYearHint: "留空则自动识别",
  badPlanYear: (value) => `计划年度“${value}”无效，请填写四位年份，如 2024。`,
  applyRoles: "按此设置重新检查",
  autoRoles: "恢复自动识别",
  settings: "设置（保存在本工作簿中）",
  ruleSeverity: "各项检查的级别",
  ruleOff: "不检查",
  leadRule: "牵头单位的认定",
  leadRules: {
    auto: "自动（按表中说明）",
    marked: "只认注明“牵头”的单位",
    "first-listed": "排第一位的单位为牵头单位",
  },
  leadRuleHint: "“自动”：表中注明“排第一位的为牵头单位”时，取排第一位的单位；否则只认注明“牵头”的单位。",
  common: "笼统单位（如“各有关部门”）的任务",
  commons: { every: "放入各单位分表及“共同任务”表", separate: "只放入“共同任务”表" },
  rosterSheet: "单位名录工作表",
  rosterNone: "（不使用名录）",
  catchAll: "其他笼统单位名称",
  catchAllHint: "每行一个，如：各乡镇",
  save: "保存设置",
  saved: "设置已保存。",
  error: (e) => e.zh,
  unexpected: (detail) => `出现意外错误：${detail}`,
  page: {
    open: "打开工作簿",
    sample: "使用示例",
    welcome: "打开一份任务分工 / 责任分工方案（.xlsx），或把文件拖到这里。文件只在本机浏览器中处理，不会上传。",
    otherLanguage: "English",
    otherLanguageHref: "?lang=en",
    opening: "正在打开…",
    readingSheet: "正在读取工作表…",
    sheets: "工作表",
    generatedTab: "本工具生成的分表",
    downloads: "下载",
    downloadsHint: "检查或生成分表后，可在这里下载结果。文件在本机生成，不会上传。",
    downloadMarked: "下载已标记的工作簿",
    downloadWithTabs: "下载含各单位分表的工作簿",
    downloadZip: "下载各单位工作簿（zip）",
    departments: (n) => `共 ${n} 个单位`,
    tasksPerDepartment: "各单位任务数",
    tasks: (n) => `${n} 项`,
    downloadDepartment: (unit) => `下载“${unit}”的工作簿`,
    legacyHint: "WPS 表格（.et）或旧版 Excel（.xls）文件：请先在 WPS 中“另存为” .xlsx 格式，再打开。",
    legacyFile: (name) =>
      `“${name}”是 WPS 表格（.et）或旧版 Excel（.xls）格式，本页只能打开 .xlsx。请在 WPS 中打开它，点“文件 → 另存为”，文件类型选“Excel 文件（*.xlsx）”，保存后打开新文件。`,
    cannotOpen: (name, why, advise) =>
      `打不开“${name}”：${why.replace(/[。；]$/, "")}。${advise ? "请确认选对了文件；如果它能在 WPS 或 Excel 中打开，请在其中“另存为” .xlsx 格式后再打开。" : ""}`,
    replaceTitle: "打开另一个工作簿？",
    replaceConfirm: (open, next, unsaved) =>
      `将关闭“${open}”，打开“${next}”。${unsaved ? `“${open}”的检查标记或分表还没有下载，关闭后将丢失。` : "原文件不受影响。"}`,
    replaceOk: "打开",
  },
};

export const en: Strings = {
  lang: "en",
  title: "Task breakdown assistant",
  check: "Check sheet",
  clear: "Clear marks",
  generate: "Create department tabs",
  checkHint: "Check the current sheet and mark the cells with problems",
  clearHint: "Remove this tool's marks from the current sheet, restoring it",
  generateHint: "Split the tasks into one tab per responsible department",
  checkedSheet: (sheet) => `Checked sheet "${sheet}"`,
  summary: "Results",
  total: (n) => `${n} problem${n === 1 ? "" : "s"}`,
  noFindings: "No problems found.",
  severity: labelsIn(SEVERITY_LABELS, "en"),
  rules: labelsIn(RULE_LABELS, "en"),
  findings: "Problems (click to go to the cell)",
  sheetLevel: "Sheet",
  count: (n) => `${n}`,
  suggestion: (text) => `Suggestion: ${text}`,
  byRule: "Filter by kind of problem (click again to show all)",
  errorsOnly: "Errors only",
  searchHint: "Search number, task or problem",
  shownCount: (shown, total) => (shown === total ? `${total} listed` : `${shown} of ${total} listed`),
  noMatch: "No problem matches.",
  copySummary: "Copy summary",
  summaryCopied: "Summary copied; paste it into your reply.",
  summaryByHand: "The browser does not let this page use the clipboard: the summary is selected, press Ctrl+C.",
  clearConfirm: (sheet) => `Remove all of this tool's marks from sheet "${sheet}"? The cells go back to how they were before the check; what you wrote in the notes stays.`,
  cancel: "Cancel",
  cleared: (cells) => `Marks removed from ${cells} cells; the sheet is as it was.`,
  nothingToClear: "This sheet has no marks from this tool.",
  generated: (created, removed) =>
    `Created ${created} tabs${removed > 0 ? ` (replacing ${removed} from the last run)` : ""}.`,
  newTabs: "New tabs",
  tabWhy: (tab, rows, reasons) => `${tab}: ${rows} (${reasons.map(([r, n]) => `${REASON_EN[r]} ${n}`).join(", ")})`,
  sameUnit: "Treat as the same unit",
  table: "Detected table",
  tableRows: (headerRows, first, last) => `Header rows: ${headerRows}; data rows: ${first}–${last}`,
  headerRow: "Header row",
  badHeaderRow: (value) => `"${value}" is not a row number; use one such as 2.`,
  roles: roleLabels("en"),
  rolesHint: "If the guess is wrong, enter each role's column letter (e.g. E) and check again.",
  categoryHint: "Several columns allowed, comma-separated, e.g. B,C,D",
  badColumn: (role, value) => `"${value}" is not a column for ${role}; use a letter such as E.`,
  planYear: "Plan year",
  planYearHint: "Leave empty to find it automatically",
  badPlanYear: (value) => `"${value}" is not a plan year; use four digits such as 2024.`,
  applyRoles: "Check again with these columns",
  autoRoles: "Back to automatic",
  settings: "Settings (kept in this workbook)",
  ruleSeverity: "Level of each check",
  ruleOff: "Off",
  leadRule: "Lead unit",
  leadRules: {
    auto: "Automatic (as the sheet says)",
    marked: "Only units marked 牵头",
    "first-listed": "The first-listed unit",
  },
  leadRuleHint: "Automatic: the first-listed unit leads when the sheet says 排第一位的为牵头单位; otherwise only units marked 牵头.",
  common: "Tasks of catch-all units (各有关部门 …)",
  commons: { every: "Every department's tab, plus 共同任务", separate: "Only the 共同任务 tab" },
  rosterSheet: "Roster sheet",
  rosterNone: "(no roster)",
  catchAll: "More catch-all unit names",
  catchAllHint: "One per line, e.g. 各乡镇",
  save: "Save settings",
  saved: "Settings saved.",
  error: (e) => e.en,
  unexpected: (detail) => `Unexpected error: ${detail}`,
  page: {
    open: "Open workbook",
    sample: "Use the sample",
    welcome: "Open a task-breakdown plan (.xlsx) or drop it here. It is read in this browser only; nothing is uploaded.",
    otherLanguage: "中文",
    otherLanguageHref: "?lang=zh",
    opening: "Opening…",
    readingSheet: "Reading the sheet…",
    sheets: "Sheets",
    generatedTab: "Tab made by this tool",
    downloads: "Downloads",
    downloadsHint: "After a check or creating the tabs, download the results here. Files are made on this computer; nothing is uploaded.",
    downloadMarked: "Download the marked workbook",
    downloadWithTabs: "Download with department tabs",
    downloadZip: "Download department workbooks (zip)",
    departments: (n) => `${n} department${n === 1 ? "" : "s"}`,
    tasksPerDepartment: "Tasks per department",
    tasks: (n) => `${n} task${n === 1 ? "" : "s"}`,
    downloadDepartment: (unit) => `Download the workbook of ${unit}`,
    legacyHint: "A WPS (.et) or old Excel (.xls) file: save it as .xlsx in WPS first, then open that.",
    legacyFile: (name) =>
      `"${name}" is a WPS (.et) or old Excel (.xls) file; this page opens .xlsx only. Open it in WPS, choose File → Save As, pick the type "Excel file (*.xlsx)", then open the new file.`,
    cannotOpen: (name, why, advise) =>
      `Cannot open "${name}": ${why.replace(/[.;]$/, "")}.${advise ? " Check that this is the right file; if WPS or Excel opens it, save it as .xlsx there and open that." : ""}`,
    replaceTitle: "Open another workbook?",
    replaceConfirm: (open, next, unsaved) =>
      `"${open}" will be closed and "${next}" opened. ${unsaved ? `The marks or tabs made in "${open}" have not been downloaded and will be lost.` : "The file itself is not changed."}`,
    replaceOk: "Open",
  },
};

/** zh for any Chinese tag, en for others; zh when nothing is known. */
export function pickLanguage(tag: string | null | undefined): Lang {
  if (!tag) return "zh";
  return /^zh/i.test(tag) ? "zh" : "en";
}

export function stringsFor(lang: Lang): Strings {
  return lang === "en" ? en : zh;
}

/**
 * The pane's language: Excel's display language inside Office; in the browser page `?lang=`,
 * else Chinese — the page is for Chinese offices and must not switch with a browser's default.
 */
export function detectLanguage(): Lang {
  let office: string | undefined;
  try {
    office = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  } catch {
    office = undefined; // office.js loaded outside Office
  }
  if (office) return pickLanguage(office);
  const param = typeof location !== "undefined" ? new URLSearchParams(location.search).get("lang") : null;
  return pickLanguage(param);
}
