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
  showMore: (shown: number, total: number) => string;
  findingLabel: (cell: string, severity: string, message: string) => string;
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
  showMore: (shown, total) => `显示更多（已显示 ${shown}/${total}）`,
  findingLabel: (cell, severity, message) => `${cell}，${severity}：${message}`,
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
  showMore: (shown, total) => `Show more (${shown} of ${total})`,
  findingLabel: (cell, severity, message) => `${cell}, ${severity}: ${message}`,
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
