import { a1, columnIndex, columnLetter, parseA1 } from "./address";

describe("address", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s and back", (col, letters) => {
    expect(columnLetter(col)).toBe(letters);
    expect(columnIndex(letters)).toBe(col);
  });

  it("reads and writes A1 addresses", () => {
    expect(a1(11, 1)).toBe("B12");
    expect(parseA1("B12")).toEqual({ row: 11, col: 1 });
    expect(parseA1("$AA$3")).toEqual({ row: 2, col: 26 });
    expect(parseA1("B")).toBeNull();
    expect(parseA1("Sheet1!B2")).toBeNull();
  });
});
