// Names Excel and file systems accept. Excel refuses a sheet name longer than 31 characters, with
// / \ ? * : [ ], starting or ending with an apostrophe, or equal to History (reserved), and
// compares names ignoring case. Windows refuses file names with \ / : * ? " < > |, ending in a dot
// or space, or called CON, PRN, AUX, NUL, COM1… and also compares ignoring case.

import { normaliseText } from "../normalise";

export const MAX_TAB_NAME = 31;
const MAX_FILE_STEM = 100;

// Full-width look-alikes keep a Chinese name readable (市委/市政府 → 市委／市政府).
const TAB_REPLACEMENTS: Record<string, string> = {
  "/": "／",
  "\\": "＼",
  "?": "？",
  "*": "＊",
  ":": "：",
  "[": "【",
  "]": "】",
};
const FILE_REPLACEMENTS: Record<string, string> = { ...TAB_REPLACEMENTS, '"': "”", "<": "〈", ">": "〉", "|": "｜" };
const CONTROL = /[\u0000-\u001f\u007f]/g;
const RESERVED_FILE_STEM = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/** Cuts a string to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max;
  return text.slice(0, end);
}

function replaceChars(text: string, replacements: Record<string, string>): string {
  return [...text.replace(CONTROL, "")].map((c) => replacements[c] ?? c).join("");
}

/** A name Excel accepts for a sheet, as close to `name` as possible (History aside: uniqueTabNames
 * treats it as taken). */
export function safeTabName(name: string): string {
  const cleaned = replaceChars(name.replace(/\s+/g, " ").trim(), TAB_REPLACEMENTS);
  const unquoted = cut(cleaned.replace(/^'+/, ""), MAX_TAB_NAME).replace(/'+$/, "").trim();
  return unquoted || "未命名";
}

/** A file name stem (without extension) that Windows, macOS and Linux all accept. */
export function safeFileStem(name: string): string {
  const cleaned = cut(replaceChars(name.replace(/\s+/g, " ").trim(), FILE_REPLACEMENTS), MAX_FILE_STEM)
    .replace(/[. ]+$/, "")
    .replace(/^[. ]+/, "");
  if (!cleaned) return "未命名";
  return RESERVED_FILE_STEM.test(cleaned) ? `${cleaned}_` : cleaned;
}

/**
 * Makes every name unique ignoring case, against each other and against `taken`. A name that is
 * already used gets a suffix ~2, ~3 … in place of its last characters, so two long names cut to
 * the same length stay apart. `clean` makes a name safe first; `max` is the length limit.
 */
function uniqueNames(wanted: string[], taken: Iterable<string>, clean: (name: string) => string, max: number): string[] {
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  return wanted.map((w) => {
    const base = clean(w);
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) {
      const suffix = `~${k}`;
      name = cut(base, max - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** Safe sheet names, unique ignoring case against each other, `taken` and the reserved History. */
export function uniqueTabNames(wanted: string[], taken: Iterable<string> = []): string[] {
  return uniqueNames(wanted, [...taken, "History"], safeTabName, MAX_TAB_NAME);
}

/** Unique file name stems, e.g. for one workbook per department in one folder. */
export function uniqueFileStems(wanted: string[], taken: Iterable<string> = []): string[] {
  return uniqueNames(wanted, taken, safeFileStem, MAX_FILE_STEM);
}

// ---------------------------------------------------------------- plan titles

const TRAILING_FORM = /(?:的|及|和|与)?(?:分解表|分工表|一览表|清单|台账|方案|分工|分解|任务|责任|工作)$/u;

/** What a plan implements, from its title: the quoted document of 关于印发《…》的通知, what
 * follows 贯彻落实, without the issuing unit's form words (责任分工, 任务分解表 …).
 * 湘潭经开区贯彻落实省、市2019年政务公开工作要点责任分工 → 省、市2019年政务公开工作要点. */
export function planSubject(title: string | null): string | null {
  if (!title) return null;
  let subject = normaliseText(title).replace(/\s+/g, "");
  const quoted = /《([^》]+)》/u.exec(subject);
  if (quoted) subject = quoted[1];
  else subject = subject.replace(/^.*?关于(?:印发|下发|转发|做好)?/u, "").replace(/的?通知$/u, "") || subject;
  const action = subject.lastIndexOf("贯彻落实");
  if (action >= 0) subject = subject.slice(action + "贯彻落实".length);
  for (let previous = ""; previous !== subject; ) {
    previous = subject;
    subject = subject.replace(TRAILING_FORM, "");
  }
  return subject || null;
}

// A file name carries the plan in short: its subject without the year (the name ends in it) and
// cut where a reader still knows the plan (省、市政务公开工作要点).
const SHORT_TITLE = 20;
const YEAR_IN_TITLE = /(?:19|20)\d{2}\s*(?:年度?|－|-)?/gu;

/** The plan's title in short, for file names; null without a title. */
export function shortPlanTitle(title: string | null): string | null {
  const subject = planSubject(title);
  if (!subject) return null;
  const short = subject.replace(YEAR_IN_TITLE, "").replace(/^[、，,\s]+|[、，,\s]+$/gu, "");
  return cut(short || subject, SHORT_TITLE);
}

/** 〈单位〉-〈计划简称〉-〈年份〉: a file a bureau can file away and still tell apart. */
export function departmentFileStem(unit: string, title: string | null, year: number | null): string {
  return [unit, shortPlanTitle(title), year === null ? null : String(year)].filter(Boolean).join("-");
}
