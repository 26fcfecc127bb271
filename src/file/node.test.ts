import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import { writeFilesAtomically, type FileToWrite } from "./node";
import { XlsxPackage } from "./package";
import { writeZip } from "./zip";

describe("the native codec", () => {
  it("deflates a part set in pieces, chunk by chunk, into one stream another reader inflates", () => {
    const pkg = XlsxPackage.open(writeZip([]));
    const pieces = Array.from({ length: 60_000 }, (_, i) => `<comment ref="F${i + 3}"><t>第${i}项：责任单位不明确</t></comment>`);
    pkg.setPieces("xl/comments1.xml", ["<comments>", ...pieces, "</comments>"]);
    const unzipped = unzipSync(pkg.toBytes());
    expect(strFromU8(unzipped["xl/comments1.xml"])).toBe(`<comments>${pieces.join("")}</comments>`);
  });
});

describe("writeFilesAtomically", () => {
  it("writes more files than one sync batch holds, replacing only where asked", async () => {
    const dir = mkdtempSync(join(tmpdir(), "taskplan-files-"));
    writeFileSync(join(dir, "f3.xlsx"), "old");
    const files: FileToWrite[] = Array.from({ length: 150 }, (_, i) => ({
      path: join(dir, `f${i}.xlsx`),
      bytes: Buffer.from(`file ${i}`),
      replace: i === 3,
    }));
    await writeFilesAtomically(files);
    expect(readdirSync(dir)).toHaveLength(150);
    expect(readFileSync(join(dir, "f3.xlsx"), "utf8")).toBe("file 3");
    expect(readFileSync(join(dir, "f149.xlsx"), "utf8")).toBe("file 149");
  });

  it("stops at a file it may not replace, leaving no temporary file behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "taskplan-files-"));
    writeFileSync(join(dir, "b.xlsx"), "someone's");
    const files = ["a", "b", "c"].map((n) => ({ path: join(dir, `${n}.xlsx`), bytes: Buffer.from(n), replace: false }));
    await expect(writeFilesAtomically(files)).rejects.toThrow(/--force/);
    expect(readFileSync(join(dir, "b.xlsx"), "utf8")).toBe("someone's");
    expect(readFileSync(join(dir, "a.xlsx"), "utf8")).toBe("a");
    expect(readdirSync(dir).sort()).toEqual(["a.xlsx", "b.xlsx"]);
  });
});
