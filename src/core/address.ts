// A1 addresses ⇄ 0-based coordinates.

/** 0-based index of XFD, the last column Excel allows. */
export const MAX_COLUMN_INDEX = 16_383;

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new Error(`not a column: ${letters}`);
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** Letters of the columns a1 has named so far: a plan names the same few columns on every row. */
const letters: string[] = [];

/** 0-based row/col → "B12". */
export function a1(row: number, col: number): string {
  return `${(letters[col] ??= columnLetter(col))}${row + 1}`;
}

/** "B12" → { row: 11, col: 1 }; null when it is not a single-cell address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}
