// Paragraphs of a .docx (browser-safe: bytes in, no file system). fflate opens the package and
// saxes reads word/document.xml, numbering.xml and styles.xml. Not mammoth: it converts to HTML
// and drops list numbering, and in a 工作要点 the numbers Word draws (（一）, 1.) are the structure.
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { PlanError } from "../core/errors";
import type { SourceParagraph } from "../core/import/paragraphs";
import { isCfb, isZip, oldDocError } from "./workpoints";

interface Level {
  start: number;
  format: string;
  text: string;
  /** Restarts after a paragraph of this level (0-based); -1: never. Default: the level above. */
  restartAfter: number | null;
}
interface NumberingDefinitions {
  abstract: Map<string, Map<number, Level>>;
  /** numId → its abstract list and the start values it overrides per level. */
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
}
interface ListRef {
  numId: string;
  level: number | null;
}

function parseXml(xml: string, onOpen: (tag: SaxesTagPlain) => void, onClose?: (name: string) => void, onText?: (t: string) => void): void {
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => onOpen(tag as SaxesTagPlain));
  if (onClose) parser.on("closetag", (tag) => onClose(tag.name));
  if (onText) parser.on("text", onText);
  try {
    parser.write(xml).close();
  } catch {
    throw badDocx();
  }
}

const val = (tag: SaxesTagPlain) => tag.attributes["w:val"];

function readNumbering(xml: string | undefined): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstract: new Map(), nums: new Map() };
  if (!xml) return defs;
  let levels: Map<number, Level> | null = null;
  let level: Level | null = null;
  let num: { abstractId: string; starts: Map<number, number> } | null = null;
  let overrideLevel: number | null = null;
  parseXml(
    xml,
    (tag) => {
      switch (tag.name) {
        case "w:abstractNum":
          levels = new Map();
          defs.abstract.set(tag.attributes["w:abstractNumId"], levels);
          break;
        case "w:lvl":
          level = { start: 1, format: "decimal", text: "", restartAfter: null };
          if (levels && !num) levels.set(Number(tag.attributes["w:ilvl"]), level);
          break;
        case "w:start":
          if (level) level.start = Number(val(tag));
          break;
        case "w:numFmt":
          if (level) level.format = val(tag);
          break;
        case "w:lvlText":
          if (level) level.text = val(tag) ?? "";
          break;
        case "w:lvlRestart":
          if (level) level.restartAfter = Number(val(tag)) - 1;
          break;
        case "w:num":
          num = { abstractId: "", starts: new Map() };
          defs.nums.set(tag.attributes["w:numId"], num);
          break;
        case "w:abstractNumId":
          if (num) num.abstractId = val(tag);
          break;
        case "w:lvlOverride":
          overrideLevel = Number(tag.attributes["w:ilvl"]);
          break;
        case "w:startOverride":
          if (num && overrideLevel !== null) num.starts.set(overrideLevel, Number(val(tag)));
          break;
      }
    },
    (name) => {
      if (name === "w:abstractNum") levels = null;
      else if (name === "w:lvl") level = null;
      else if (name === "w:num") num = null;
      else if (name === "w:lvlOverride") overrideLevel = null;
    },
  );
  return defs;
}

/** Paragraph styles that carry list numbering (标题 1 numbered 一、), following basedOn. */
function readStyleNumbering(xml: string | undefined): Map<string, ListRef> {
  const own = new Map<string, { ref: Partial<ListRef>; basedOn?: string }>();
  if (xml) {
    let current: { ref: Partial<ListRef>; basedOn?: string } | null = null;
    parseXml(xml, (tag) => {
      if (tag.name === "w:style") {
        current = { ref: {} };
        own.set(tag.attributes["w:styleId"], current);
      } else if (current && tag.name === "w:basedOn") current.basedOn = val(tag);
      else if (current && tag.name === "w:numId") current.ref.numId = val(tag);
      else if (current && tag.name === "w:ilvl") current.ref.level = Number(val(tag));
    });
  }
  const resolved = new Map<string, ListRef>();
  for (const id of own.keys()) {
    const ref: Partial<ListRef> = {};
    for (let s = own.get(id), depth = 0; s && depth < 20; s = s.basedOn ? own.get(s.basedOn) : undefined, depth++) {
      ref.numId ??= s.ref.numId;
      ref.level ??= s.ref.level;
    }
    if (ref.numId) resolved.set(id, { numId: ref.numId, level: ref.level ?? null });
  }
  return resolved;
}

// ---------------------------------------------------------------- number formats

const CHINESE_DIGITS = "〇一二三四五六七八九";

function chineseCounting(n: number): string {
  if (n <= 0) return String(n);
  if (n < 10) return CHINESE_DIGITS[n];
  if (n < 100) return `${n >= 20 ? CHINESE_DIGITS[Math.floor(n / 10)] : ""}十${n % 10 ? CHINESE_DIGITS[n % 10] : ""}`;
  const rest = n % 100;
  const tail = rest === 0 ? "" : rest < 10 ? `零${CHINESE_DIGITS[rest]}` : rest < 20 ? `一${chineseCounting(rest)}` : chineseCounting(rest);
  return n < 1000 ? `${CHINESE_DIGITS[Math.floor(n / 100)]}百${tail}` : String(n);
}

function letters(n: number, base: string): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = base[(k - 1) % 26] + s;
  return s;
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let s = "";
  for (let k = n; k > 0; ) {
    const [v, r] = table.find(([v]) => v <= k)!;
    s += r;
    k -= v;
  }
  return s;
}

/** The number as Word draws it in a list of `format` (ST_NumberFormat). */
export function formatListNumber(n: number, format: string): string {
  switch (format) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "chineseLegalSimplified":
    case "japaneseCounting":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "ideographDigital":
      return chineseCounting(n);
    case "ideographTraditional":
      return "甲乙丙丁戊己庚辛壬癸"[n - 1] ?? String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "lowerLetter":
      return letters(n, "abcdefghijklmnopqrstuvwxyz");
    case "upperLetter":
      return letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    default:
      return String(n); // decimal, decimalFullWidth and anything unknown
  }
}

/** Counts list paragraphs the way Word does: per abstract list, a level's counter restarting after
 * a paragraph of a level above it, a num's startOverride restarting it where that num begins. */
class ListCounter {
  private counters = new Map<string, (number | undefined)[]>();
  private started = new Set<string>();

  constructor(private readonly defs: NumberingDefinitions) {}

  next(ref: ListRef): string | undefined {
    const num = this.defs.nums.get(ref.numId);
    const levels = num && this.defs.abstract.get(num.abstractId);
    const ilvl = ref.level ?? 0;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || level.format === "none" || level.format === "bullet") return undefined;
    const counts = this.counters.get(num.abstractId) ?? [];
    this.counters.set(num.abstractId, counts);
    const override = num.starts.get(ilvl);
    const key = `${ref.numId}/${ilvl}`;
    if (override !== undefined && !this.started.has(key)) counts[ilvl] = override - 1;
    this.started.add(key);
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    for (const [deeper, lvl] of levels) {
      const restartsAfter = lvl.restartAfter ?? deeper - 1;
      if (deeper > ilvl && restartsAfter >= ilvl) counts[deeper] = undefined;
    }
    return level.text.replace(/%([1-9])/g, (_, k: string) => {
      const at = Number(k) - 1;
      const l = levels.get(at);
      return formatListNumber(counts[at] ?? l?.start ?? 1, l?.format ?? "decimal");
    });
  }
}

// ---------------------------------------------------------------- the document

function badDocx(): PlanError {
  return new PlanError("bad-file", "文件不是有效的 Word 文档（.docx）", "The file is not a valid Word document (.docx)");
}

/** The paragraphs of a .docx in reading order, each with the list number Word draws before it. */
export function readDocxParagraphs(bytes: Uint8Array): SourceParagraph[] {
  if (isCfb(bytes)) throw oldDocError();
  if (!isZip(bytes)) throw badDocx();
  const wanted = new Set(["word/document.xml", "word/numbering.xml", "word/styles.xml"]);
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (f) => wanted.has(f.name) });
  } catch {
    throw badDocx();
  }
  const part = (name: string) => (parts[name] ? strFromU8(parts[name]) : undefined);
  const document = part("word/document.xml");
  if (!document) throw badDocx();
  const counter = new ListCounter(readNumbering(part("word/numbering.xml")));
  const styleLists = readStyleNumbering(part("word/styles.xml"));

  interface Open {
    text: string;
    style?: string;
    numId?: string;
    level?: number;
  }
  const out: SourceParagraph[] = [];
  const open: Open[] = []; // a text box holds paragraphs inside a paragraph
  let inText = false;
  parseXml(
    document,
    (tag) => {
      const p = open[open.length - 1];
      switch (tag.name) {
        case "w:p":
          open.push({ text: "" });
          break;
        case "w:pStyle":
          if (p) p.style = val(tag);
          break;
        case "w:numId":
          if (p) p.numId = val(tag);
          break;
        case "w:ilvl":
          if (p) p.level = Number(val(tag));
          break;
        case "w:t":
          inText = true;
          break;
        case "w:tab":
          if (p) p.text += "\t";
          break;
        case "w:br":
        case "w:cr":
          if (p) p.text += "\n";
          break;
      }
    },
    (name) => {
      if (name === "w:t") inText = false;
      else if (name === "w:p") {
        const p = open.pop()!;
        const styled = p.style ? styleLists.get(p.style) : undefined;
        const numId = p.numId ?? styled?.numId;
        const ref = numId && numId !== "0" ? { numId, level: p.level ?? styled?.level ?? null } : null;
        const number = ref ? counter.next(ref) : undefined;
        if (p.text.trim() !== "" || number) out.push(number ? { text: p.text, number } : { text: p.text });
      }
    },
    (text) => {
      if (inText && open.length) open[open.length - 1].text += text;
    },
  );
  return out;
}
