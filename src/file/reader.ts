// A worksheet part read as the engine needs it: values a person sees (never formulas), merges,
// date cells, hidden rows and struck-through text. The sheet is tokenized in one pass and only
// filled cells are kept, so memory follows the used cells; the dense grid is built for their
// bounding box, and a box too large to hold is refused with a PlanError, never a crash.
import { PlanError } from "../core/errors";
import { a1 } from "../core/address";
import type { CellValue, Rect, SheetSnapshot } from "../core/schema";
import { topLevelElements, unescapeOoxml } from "./xml";

/** Largest bounding box read into a grid (cells); a plan is a few hundred thousand at most. */
export const MAX_SNAPSHOT_CELLS = 5_000_000;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

// ---------------------------------------------------------------- styles

export interface StyleInfo {
  /** Per cellXfs index: the number format is a date or time. */
  date: boolean[];
  /** Per cellXfs index: the font is struck through. */
  struck: boolean[];
}

/** Built-in number formats that show dates or times (ECMA-376 18.8.30, with the CJK ones). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a format code shows a date or time: d, m, y, h or s outside quotes, escapes and [colour]. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, "")
    .replace(/General/gi, "");
  return /[dmyhs年月日]/i.test(bare);
}

const on = (attrs: string, name: string) => {
  const m = new RegExp(`<(?:\\w+:)?${name}(\\s[^>]*)?/?>`).exec(attrs);
  if (!m) return false;
  const val = /val\s*=\s*["']([^"']*)["']/.exec(m[1] ?? "");
  return !val || (val[1] !== "0" && val[1] !== "false");
};

/** Elements `name` in `xml` (any prefix), as their inner text ("" for empty ones). */
function blocks(xml: string, name: string): string[] {
  const re = new RegExp(`<((?:\\w+:)?${name})(\\s[^>]*?)?(/>|>([\\s\\S]*?)</\\1>)`, "g");
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out.push(m[4] ?? "");
  return out;
}

function blockTags(xml: string, name: string): string[] {
  const re = new RegExp(`<(?:\\w+:)?${name}(\\s[^>]*)?/?>`, "g");
  return [...xml.matchAll(re)].map((m) => m[0]);
}

const EQUALS = 61;
const SLASH = 47;

/** XML's white space: space, tab, line feed, carriage return. */
const isXmlSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** The value of attribute `name` in a start tag's text (no entity decoding: ids, numbers, addresses).
 * Called for every cell of a sheet: nothing is allocated but the value. */
function attr(tag: string, name: string): string | undefined {
  for (let at = tag.indexOf(name); at >= 0; at = tag.indexOf(name, at + 1)) {
    if (at > 0 && isXmlSpace(tag.charCodeAt(at - 1)) && tag.charCodeAt(at + name.length) === EQUALS) {
      const quote = tag[at + name.length + 1];
      const end = tag.indexOf(quote, at + name.length + 2);
      return end < 0 ? undefined : tag.slice(at + name.length + 2, end);
    }
  }
  return undefined;
}

export function readStyles(xml: string | undefined): StyleInfo {
  if (!xml) return { date: [], struck: [] };
  const custom = new Map<number, string>();
  for (const tag of blockTags(blocks(xml, "numFmts")[0] ?? "", "numFmt")) {
    custom.set(Number(attr(tag, "numFmtId")), decodeEntities(attr(tag, "formatCode") ?? ""));
  }
  const fontsStruck = blocks(blocks(xml, "fonts")[0] ?? "", "font").map((font) => on(font, "strike"));
  const date: boolean[] = [];
  const struck: boolean[] = [];
  for (const tag of blockTags(blocks(xml, "cellXfs")[0] ?? "", "xf")) {
    const fmt = Number(attr(tag, "numFmtId") ?? 0);
    const code = custom.get(fmt);
    date.push(code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(fmt));
    struck.push(fontsStruck[Number(attr(tag, "fontId") ?? 0)] ?? false);
  }
  return { date, struck };
}

// ---------------------------------------------------------------- shared strings

export interface SharedStrings {
  text: string[];
  /** Index of strings whose rich-text runs are all struck through. */
  struck: Set<number>;
}

const T_RE = /<((?:\w+:)?t)(\s[^>]*)?(?:\/>|>([^<]*)<\/\1>)/g;
const RPH_RE = /<((?:\w+:)?rPh)[\s>][\s\S]*?<\/\1>/g;

/** The text of an item that is one <t> and nothing else (most shared strings), else undefined. */
function plainText(inner: string): string | undefined {
  if (!inner.startsWith("<t") || !inner.endsWith("</t>")) return undefined;
  const after = inner.charCodeAt(2);
  if (after !== 62 && !isXmlSpace(after)) return undefined; // "<t>" or "<t …>", not "<tx"
  const open = inner.indexOf(">");
  if (inner.charCodeAt(open - 1) === SLASH || inner.indexOf("<", open) !== inner.length - 4) return undefined;
  return inner.slice(open + 1, -4);
}

/** The text of a string item (<si>, <is>, a comment's <text>): its runs joined, phonetic runs left out. */
export function richText(inner: string): { text: string; struck: boolean } {
  const plain = plainText(inner);
  if (plain !== undefined) return { text: unescapeOoxml(decodeEntities(plain)), struck: false };
  const body = inner.includes("rPh") ? inner.replace(RPH_RE, "") : inner;
  let text = "";
  for (const m of body.matchAll(T_RE)) text += m[3] ?? "";
  // Only a string with a struck run can be struck in full; most strings have no runs at all.
  const runs = body.includes("strike") ? blocks(body, "r") : [];
  const struck = runs.length > 0 && runs.every((r) => on(blocks(r, "rPr")[0] ?? "", "strike"));
  return { text: unescapeOoxml(decodeEntities(text)), struck };
}

const ENTITY_RE = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(ENTITY_RE, (_, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : NAMED[e],
  );
}

export function readSharedStrings(xml: string | undefined): SharedStrings {
  const text: string[] = [];
  const struck = new Set<number>();
  if (!xml) return { text, struck };
  const re = /<((?:\w+:)?si)(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/\1>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const item = richText(m[2] ?? "");
    if (item.struck) struck.add(text.length);
    text.push(item.text);
  }
  return { text, struck };
}

// ---------------------------------------------------------------- the worksheet

/** "BC12" → [11, 54] (0-based row, col); null when not an address. */
function parseRef(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else break;
  }
  const row = Number(ref.slice(i));
  if (i === 0 || !Number.isInteger(row) || row < 1) return null;
  return [row - 1, col - 1];
}

function parseRange(ref: string): Rect | null {
  const [a, b = a] = ref.split(":");
  const p = parseRef(a);
  const q = parseRef(b);
  if (!p || !q) return null;
  return { top: Math.min(p[0], q[0]), left: Math.min(p[1], q[1]), bottom: Math.max(p[0], q[0]), right: Math.max(p[1], q[1]) };
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;


function tooLarge(sheet: string, box: Rect): PlanError {
  const range = `${a1(box.top, box.left)}:${a1(box.bottom, box.right)}`;
  return new PlanError(
    "too-large",
    `工作表“${sheet}”的已用区域过大（${range}），无法读取；请删除表格以外多余的行列或格式后再试`,
    `The used range of sheet "${sheet}" is too large (${range}) to read; delete the stray rows, columns or formatting outside the table and try again`,
  );
}

const COLON = 58;

/** A character of a tag's qualified name: letters, digits, "_", ".", "-" and the prefix's ":". */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 46 || c === 45;
}

// The elements a worksheet is read from, told apart by their local name's offsets in the XML:
// a sheet has several tags a cell, and a string made of each name costs more than reading it.
const OTHER = 0;
const ROW = 1;
const CELL = 2;
const VALUE = 3;
const INLINE = 4;
const RUN = 5;
const STRIKE = 6;
const PHONETIC = 7;
const TEXT = 8;
const MERGE = 9;

/** Which of the elements read the local name `xml[from, to)` is. */
function tagKind(xml: string, from: number, to: number): number {
  switch (to - from) {
    case 1:
      switch (xml.charCodeAt(from)) {
        case 99: // c
          return CELL;
        case 118: // v
          return VALUE;
        case 114: // r
          return RUN;
        case 116: // t
          return TEXT;
      }
      return OTHER;
    case 2:
      return xml.startsWith("is", from) ? INLINE : OTHER;
    case 3:
      return xml.startsWith("row", from) ? ROW : xml.startsWith("rPh", from) ? PHONETIC : OTHER;
    case 6:
      return xml.startsWith("strike", from) ? STRIKE : OTHER;
    case 9:
      return xml.startsWith("mergeCell", from) ? MERGE : OTHER;
  }
  return OTHER;
}

/** Where the value of attribute `name` starts in the attributes `xml[from, to)` of a start tag
 * (its end is the next of the quote before it), or -1: attr() read in place. */
function valueAt(xml: string, from: number, to: number, name: string): number {
  // Searched within the tag by hand: indexOf would run on to the end of the sheet for an
  // attribute most tags lack (a row's "hidden").
  const first = name.charCodeAt(0);
  for (let at = from + 1; at < to; at++) {
    if (xml.charCodeAt(at) !== first || !xml.startsWith(name, at)) continue;
    if (isXmlSpace(xml.charCodeAt(at - 1)) && xml.charCodeAt(at + name.length) === EQUALS) {
      const start = at + name.length + 2;
      if (start > to) return -1;
      const end = xml.indexOf(xml[start - 1], start);
      return end < 0 || end >= to ? -1 : start;
    }
  }
  return -1;
}

/** The end of the value starting at `start` (see valueAt). */
const valueEnd = (xml: string, start: number) => xml.indexOf(xml[start - 1], start);

/** Number(xml.slice(from, to)), without the string when the text is a few digits. */
function numberIn(xml: string, from: number, to: number): number {
  if (to - from > 15) return Number(xml.slice(from, to));
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number(xml.slice(from, to));
    n = n * 10 + d;
  }
  return n;
}

export interface ReadContext {
  strings: SharedStrings;
  styles: StyleInfo;
}

/** The worksheet XML of sheet `name` as the engine's snapshot. */
export function readWorksheet(name: string, xml: string, ctx: ReadContext): SheetSnapshot {
  const rows: number[] = [];
  const cols: number[] = [];
  const values: CellValue[] = [];
  const dateCells: [number, number][] = [];
  const struckCells: [number, number][] = [];
  const hiddenRows: number[] = [];
  const merges: Rect[] = [];

  let row = -1;
  let col = -1;
  // The cell being read
  let type = "";
  let style = 0;
  let inCell = false;
  // The text collected: one piece of the XML is kept as its offsets (most cells are a <v> of a
  // few digits, read without a string), more pieces are joined as text.
  let text = "";
  let pieceFrom = -1;
  let pieceTo = -1;
  let collect = false; // inside <v> or an inline string's <t>
  let inPhonetic = false;
  let inline: { text: string; runs: number; struckRuns: number; runStruck: boolean } | null = null;

  const collected = (): string => (pieceFrom < 0 ? text : decodeEntities(xml.slice(pieceFrom, pieceTo)));
  const startText = (): void => {
    text = "";
    pieceFrom = -1;
  };
  const collectPiece = (from: number, to: number): void => {
    if (pieceFrom < 0 && text === "") {
      pieceFrom = from;
      pieceTo = to;
    } else {
      text = collected() + decodeEntities(xml.slice(from, to));
      pieceFrom = -1;
    }
  };

  /** A cell's "r": its row and column set, false when it is no address (as parseRef). */
  const cellAt = (from: number, to: number): boolean => {
    let c = 0;
    let i = from;
    for (; i < to; i++) {
      const ch = xml.charCodeAt(i);
      if (ch >= 65 && ch <= 90) c = c * 26 + ch - 64;
      else if (ch >= 97 && ch <= 122) c = c * 26 + ch - 96;
      else break;
    }
    const r = numberIn(xml, i, to);
    if (i === from || i === to || !Number.isInteger(r) || r < 1) return false;
    row = r - 1;
    col = c - 1;
    return true;
  };

  // The attributes of the tag being opened are xml[from, to).
  const open = (kind: number, from: number, to: number): void => {
    switch (kind) {
      case ROW: {
        const at = valueAt(xml, from, to, "r");
        const r = (at < 0 ? NaN : numberIn(xml, at, valueEnd(xml, at))) - 1;
        row = Number.isInteger(r) && r >= 0 ? r : row + 1;
        col = -1;
        const hidden = valueAt(xml, from, to, "hidden");
        if (hidden >= 0) {
          const value = xml.slice(hidden, valueEnd(xml, hidden));
          if (value === "1" || value === "true") hiddenRows.push(row);
        }
        break;
      }
      case CELL: {
        const ref = valueAt(xml, from, to, "r");
        if (ref < 0 || !cellAt(ref, valueEnd(xml, ref))) col++;
        const t = valueAt(xml, from, to, "t");
        type = t < 0 ? "n" : xml.slice(t, valueEnd(xml, t));
        const s = valueAt(xml, from, to, "s");
        style = s < 0 ? 0 : numberIn(xml, s, valueEnd(xml, s));
        inCell = true;
        startText();
        inline = null;
        break;
      }
      case VALUE:
        if (inCell) {
          collect = true;
          startText();
        }
        break;
      case INLINE:
        if (inCell) inline = { text: "", runs: 0, struckRuns: 0, runStruck: false };
        break;
      case RUN:
        if (inline) {
          inline.runs++;
          inline.runStruck = false;
        }
        break;
      case STRIKE: {
        const at = valueAt(xml, from, to, "val");
        const val = at < 0 ? undefined : xml.slice(at, valueEnd(xml, at));
        if (inline && val !== "0" && val !== "false") inline.runStruck = true;
        break;
      }
      case PHONETIC:
        inPhonetic = true;
        break;
      case TEXT:
        if (inline && !inPhonetic) {
          collect = true;
          startText();
        }
        break;
      case MERGE: {
        const at = valueAt(xml, from, to, "ref");
        const rect = at < 0 ? null : parseRange(xml.slice(at, valueEnd(xml, at)));
        if (rect) merges.push(rect);
        break;
      }
    }
  };
  const close = (kind: number): void => {
    if (kind === VALUE) collect = false;
    else if (kind === TEXT) {
      if (collect && inline) inline.text += collected();
      collect = false;
    } else if (kind === RUN && inline) {
      if (inline.runStruck) inline.struckRuns++;
    } else if (kind === PHONETIC) inPhonetic = false;
    else if (kind === CELL && inCell) {
      inCell = false;
      addCell();
    }
  };

  /** Number(collected()), read in place when the text is one piece of a few digits. */
  const collectedNumber = (): number => {
    if (pieceFrom < 0 || pieceTo - pieceFrom > 15) return Number(collected());
    let n = 0;
    for (let i = pieceFrom; i < pieceTo; i++) {
      const d = xml.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return Number(collected());
      n = n * 10 + d;
    }
    return n;
  };

  function addCell(): void {
    let value: CellValue = null;
    let isDate = false;
    let struck = false;
    switch (type) {
      case "s": {
        const i = inline ? Number(inline.text) : collectedNumber();
        value = ctx.strings.text[i] ?? null;
        struck = ctx.strings.struck.has(i);
        break;
      }
      case "inlineStr":
        value = unescapeOoxml(inline ? inline.text : collected());
        struck = inline !== null && inline.runs > 0 && inline.struckRuns === inline.runs;
        break;
      case "str":
        value = unescapeOoxml(inline ? inline.text : collected());
        break;
      case "b": {
        const raw = inline ? inline.text : collected();
        value = raw === "" ? null : raw === "1" || raw === "true";
        break;
      }
      case "e": {
        const raw = inline ? inline.text : collected();
        value = raw === "" ? null : { error: raw };
        break;
      }
      case "d": {
        const raw = inline ? inline.text : collected();
        const ms = Date.parse(raw.length <= 10 ? `${raw}T00:00:00Z` : /[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}Z`);
        if (!Number.isNaN(ms)) {
          value = ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
          isDate = true;
        }
        break;
      }
      default: {
        const empty = inline ? inline.text === "" : pieceFrom < 0 ? text === "" : pieceFrom === pieceTo;
        if (!empty) {
          const n = inline ? Number(inline.text) : collectedNumber();
          value = Number.isFinite(n) ? n : null;
          isDate = value !== null && ctx.styles.date[style] === true;
        }
      }
    }
    if (value === null || value === "") return;
    if (typeof value === "string" && (struck || ctx.styles.struck[style])) struckCells.push([row, col]);
    rows.push(row);
    cols.push(col);
    values.push(value);
    if (isDate) dateCells.push([row, col]);
  }

  // Only <sheetData> and <mergeCells> hold what is read. A tag is "<" up to the next ">": inside
  // these two, attribute values (numbers, addresses, style ids) never hold a ">", and text may
  // hold ">" but never "<". Scanned by hand: several times faster than a SAX parser, and than a
  // regular expression matching every tag.
  for (const el of topLevelElements(xml)) {
    if (el.name !== "sheetData" && el.name !== "mergeCells") continue;
    let last = el.start;
    for (let at = xml.indexOf("<", el.start); at >= 0 && at < el.end; at = xml.indexOf("<", at + 1)) {
      const closing = xml.charCodeAt(at + 1) === SLASH;
      const nameStart = closing ? at + 2 : at + 1;
      let nameEnd = nameStart;
      let local = nameStart;
      for (let c = xml.charCodeAt(nameEnd); isNameChar(c); c = xml.charCodeAt(++nameEnd)) if (c === COLON) local = nameEnd + 1;
      if (local === nameEnd) continue; // not an element's tag ("<!--", "<?")
      const end = xml.indexOf(">", nameEnd);
      if (end < 0) break;
      if (collect && at > last) collectPiece(last, at);
      last = end + 1;
      const kind = tagKind(xml, local, nameEnd);
      if (kind !== OTHER) {
        if (closing) close(kind);
        else {
          open(kind, nameEnd, end);
          if (xml.charCodeAt(end - 1) === SLASH) close(kind);
        }
      }
      at = end;
    }
  }

  if (values.length === 0) {
    return { sheet: name, origin: { row: 0, col: 0 }, values: [], dateCells: [], merges, hiddenRows, struckCells };
  }
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] < top) top = rows[i];
    if (rows[i] > bottom) bottom = rows[i];
    if (cols[i] < left) left = cols[i];
    if (cols[i] > right) right = cols[i];
  }
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  const box = { top, left, bottom, right };
  const height = bottom - top + 1;
  const width = right - left + 1;
  if (bottom >= MAX_ROWS || right >= MAX_COLS || height * width > MAX_SNAPSHOT_CELLS) throw tooLarge(name, box);
  const grid: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  for (let i = 0; i < rows.length; i++) grid[rows[i] - top][cols[i] - left] = values[i];
  return { sheet: name, origin: { row: top, col: left }, values: grid, dateCells, merges, hiddenRows, struckCells };
}
