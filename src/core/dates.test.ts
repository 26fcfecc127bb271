import { excelSerialToIso } from "./dates";

describe("excelSerialToIso", () => {
  it("converts Excel serials as Excel shows them", () => {
    expect(excelSerialToIso(43646)).toBe("2019-06-30");
    expect(excelSerialToIso(44926)).toBe("2022-12-31");
    expect(excelSerialToIso(61)).toBe("1900-03-01");
  });
  it("rejects what is not a date", () => {
    expect(excelSerialToIso(0)).toBeNull();
    expect(excelSerialToIso(Number.NaN)).toBeNull();
    expect(excelSerialToIso(1e9)).toBeNull();
  });
});
