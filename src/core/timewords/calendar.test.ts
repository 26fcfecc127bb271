import { dayOfMonth, dayOfPart, quarterEnd } from "./calendar";

describe("dayOfMonth", () => {
  it("gives the day, or the month's last day", () => {
    expect(dayOfMonth(2024, 6, 15)).toBe("2024-06-15");
    expect(dayOfMonth(2024, 2, "last")).toBe("2024-02-29");
    expect(dayOfMonth(2023, 2, "last")).toBe("2023-02-28");
  });
  it("has no day that does not exist", () => {
    expect(dayOfMonth(2024, 2, 30)).toBeNull();
    expect(dayOfMonth(2024, 13, 1)).toBeNull();
    expect(dayOfMonth(2024, 6, 0)).toBeNull();
  });
});

describe("dayOfPart", () => {
  it.each([
    ["上旬", 10],
    ["初", 10],
    ["中旬", 20],
    ["下旬", "last"],
    ["底", "last"],
    ["末", "last"],
    [undefined, "last"],
  ] as const)("%s → %s", (part, day) => {
    expect(dayOfPart(part)).toBe(day);
  });
});

describe("quarterEnd", () => {
  it.each([
    [1, "2024-03-31"],
    [2, "2024-06-30"],
    [3, "2024-09-30"],
    [4, "2024-12-31"],
  ])("quarter %i ends on %s", (q, day) => {
    expect(quarterEnd(2024, q)).toBe(day);
  });
});
