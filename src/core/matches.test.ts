import { matchesOf } from "./matches";

// matchesOf stands in for String.prototype.matchAll on the hot readers: it must give the same
// matches, index and groups included, and leave the expression as it found it.
const asMatchAll = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => ({ at: m.index, text: m[0], groups: m.groups }));
const asMatchesOf = (pattern: RegExp, text: string) => [...matchesOf(pattern, text)].map((m) => ({ at: m.index, text: m[0], groups: m.groups }));

describe("matchesOf", () => {
  it.each([
    [/(?<y>20\d{2})年(?<m>\d{1,2})月/gu, "2024年6月底前，2025年3月"],
    // empty matches: a lookahead before each second-level number (（一）…（二）…)
    [/\s*(?=[（(][一二三四五六七八九十]+[)）])/g, "三、强化公开 （一）围绕提升（二）加强解读"],
    // an empty match before a character outside the BMP steps past the whole code point under u
    [/(?=𠀋)|年/gu, "𠀋𠀋2024年"],
    [/(?:)/g, "𠀋年"],
    [/(?:)/gu, "𠀋年"],
    [/牵头/g, "无"],
  ])("gives the matches matchAll gives: %s on %s", (pattern, text) => {
    expect(asMatchesOf(pattern, text)).toEqual(asMatchAll(pattern, text));
    expect(pattern.lastIndex).toBe(0);
  });

  it("keeps its place when the same expression is walked inside the loop", () => {
    const YEAR = /20\d{2}/g;
    const pairs: string[] = [];
    for (const m of matchesOf(YEAR, "2023、2024")) for (const n of matchesOf(YEAR, "2025、2026")) pairs.push(`${m[0]}-${n[0]}`);
    expect(pairs).toEqual(["2023-2025", "2023-2026", "2024-2025", "2024-2026"]);
  });

  it("refuses an expression that is not global, as matchAll does", () => {
    expect(() => [...matchesOf(/年/u, "2024年")]).toThrow(TypeError);
  });
});
