// A 工作要点 as paragraphs. Word gives real paragraphs (and numbering the text lacks); text copied
// from a PDF is wrapped at the page width and broken at page ends, so its lines are joined back.
import { markerForm } from "./reading";

export interface SourceParagraph {
  text: string;
  /** The number Word draws before the paragraph from its list numbering (（一）, 1.), not in text. */
  number?: string;
}

/** 一、 （一） 1. （1） ①: the heading levels of a 要点, on the half-width form. */
export const MARKERS: { level: number; re: RegExp }[] = [
  { level: 1, re: /^\s*[一二三四五六七八九十百]+\s*[、．.](?![\d一二三四五六七八九十])/u },
  { level: 2, re: /^\s*\(\s*[一二三四五六七八九十]+\s*\)\s*[、．.]?/u },
  { level: 3, re: /^\s*\d{1,3}\s*[、．.](?!\d)/u },
  { level: 4, re: /^\s*\(\s*\d{1,3}\s*\)\s*[、．.]?/u },
  { level: 5, re: /^\s*[①-⑳]\s*/u },
];

export interface Marker {
  level: number;
  /** The marker as written (（三）, 2.), without surrounding space. */
  label: string;
  /** Length of the marker and the space after it in the text. */
  length: number;
}

export function markerOf(text: string): Marker | null {
  const form = markerForm(text);
  for (const { level, re } of MARKERS) {
    const m = re.exec(form);
    if (m) return { level, label: text.slice(0, m[0].length).trim(), length: m[0].length };
  }
  return null;
}

const TERMINAL = /[。！？；!?;：:]$/u;
const PAGE_NUMBER = /^[-—–\s]*(?:第\s*)?\d{1,3}\s*(?:页)?[-—–\s]*$/u;
const FIRST_CLAUSE = /^[^，。；：,;:]*/u;
/** Lines at least this long that end mid-sentence are wrapped at the page width. */
const WRAPPED_LINE = 25;

/** Whether the text is hard-wrapped (a PDF extract): many full lines end mid-sentence. */
function isHardWrapped(lines: string[]): boolean {
  const long = lines.filter((l) => l.length >= WRAPPED_LINE);
  const open = long.filter((l) => !TERMINAL.test(l) && !/[)）]$/u.test(l));
  return long.length > 0 && open.length / long.length > 0.3;
}

/** A wrapped line continues when it ends mid-sentence and is full, or when the next line only
 * finishes a word (（三）集中公开涉企政 / 策文件，…). A numbered line never continues another. */
function continues(previous: string, next: string): boolean {
  if (markerOf(next) || TERMINAL.test(previous)) return false;
  return previous.length >= WRAPPED_LINE || FIRST_CLAUSE.exec(next)![0].length <= 6;
}

const MARKDOWN = [
  [/^#{1,6}\s+/u, ""],
  [/^>\s?/u, ""],
  [/^[-*+]\s+/u, ""],
  [/\*\*|__/gu, ""],
] as const;

function withoutMarkdown(line: string): string {
  return MARKDOWN.reduce<string>((s, [re, by]) => s.replace(re, by), line);
}

/** Paragraphs of a plain-text or Markdown 要点. */
export function paragraphsFromText(text: string, options: { markdown?: boolean } = {}): SourceParagraph[] {
  const lines = text
    .replace(/^\ufeff/u, "")
    .split(/\r\n|\r|\n|\u2028|\u2029/u)
    .map((l) => (options.markdown ? withoutMarkdown(l) : l).replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ""))
    .filter((l) => l !== "" && !PAGE_NUMBER.test(l));
  const wrapped = isHardWrapped(lines);
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length - 1;
    if (last >= 0 && wrapped && continues(out[last], line)) out[last] += line;
    else out.push(line);
  }
  return out.map((text) => ({ text }));
}
