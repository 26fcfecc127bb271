// The category path of each task: 一、/（一）/1./（1） levels, across one or several category
// columns and category rows. A new label at some level ends every deeper level.
import { matchesOf } from "./matches";

// 一 工业项目: a heading row's number in the 序号 cell joined to its title (see headingRowLabel).
const MARKERS: { level: number; re: RegExp }[] = [
  { level: 1, re: /^[一二三四五六七八九十]+(?:\s*[、.．]|\s+(?=\p{Script=Han}))/u },
  { level: 2, re: /^[（(]\s*[一二三四五六七八九十]+\s*[)）]/ },
  { level: 3, re: /^\d+(?:\s*[、.．](?!\d)|\s+(?=\p{Script=Han}))/u },
  { level: 4, re: /^[（(]\s*\d+\s*[)）]/ },
];

/** Level of a label from its marker: 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, 0 unmarked. */
export function markerLevel(label: string): number {
  const s = label.trim();
  for (const m of MARKERS) if (m.re.test(s)) return m.level;
  return 0;
}

// Where a second level's marker (（一）) opens a label: before it and the spaces leading to it.
const SECOND_LEVEL_OPENING = /\s*(?=[（(]\s*[一二三四五六七八九十]+\s*[)）])/g;

/**
 * Splits a cell that holds several levels at once
 * ("三、强化政府信息主动公开 （一）围绕提升…") into its labels.
 */
export function splitLevels(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  // One expression for every call: a literal here made a new one for every category cell.
  for (const { index: at } of matchesOf(SECOND_LEVEL_OPENING, text)) {
    if (at > start && text.slice(start, at).trim()) {
      parts.push(text.slice(start, at).trim());
      start = at;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) parts.push(rest);
  return parts;
}

interface Entry {
  rank: number;
  label: string;
}

/**
 * Keeps the current path. Each label has a rank: category rows rank by their marker alone; a
 * label in category column i ranks after every label of columns left of it, and by its
 * marker within the column. Setting a label drops every entry of equal or deeper rank.
 */
export class CategoryPath {
  private entries: Entry[] = [];
  /** Shared by every row until the path changes: rows read it, never write it. */
  private current: string[] = [];

  /** A label from a category row that spans the table. */
  setRowLabel(text: string): void {
    for (const label of splitLevels(text)) this.set(markerLevel(label) || 5, label);
  }

  /** A label that starts in category column number `position` (0 = leftmost). */
  setColumnLabel(position: number, text: string): void {
    for (const label of splitLevels(text)) this.set(10 * (position + 1) + (markerLevel(label) || 5), label);
  }

  get labels(): string[] {
    return this.current;
  }

  private set(rank: number, label: string): void {
    // A label printed again (after a page break) continues its block: deeper levels stay.
    if (this.entries.some((e) => e.rank === rank && e.label === label)) return;
    this.entries = this.entries.filter((e) => e.rank < rank);
    this.entries.push({ rank, label });
    this.current = this.entries.map((e) => e.label);
  }
}
