// The 检查结果 sheet in a package: checking again and clearing gives back every part, and a style
// the sheet brought is never taken from a tab that came to use it.
import { generate } from "../core/generate/usecase";
import { clearMarks, validate } from "../core/usecases";
import { workbookToBuffer } from "./xlsx";
import { fixtureWorkbook } from "../../test/support/workbooks";
import { FileHost } from "./host";
import { XlsxPackage } from "./package";
import { readWorkbookInfo } from "./workbook";
import { childElements, topLevelElements } from "./xml";

async function seedHost(id: string): Promise<{ host: FileHost; before: Uint8Array }> {
  const before = new Uint8Array(await workbookToBuffer(fixtureWorkbook(id)));
  return { host: await FileHost.fromBytes(before, `${id}.xlsx`), before };
}

function parts(bytes: Uint8Array): Map<string, string> {
  const pkg = XlsxPackage.open(bytes);
  return new Map(pkg.names().map((n) => [n, pkg.text(n) ?? ""]));
}

describe("the 检查结果 sheet in an .xlsx package", () => {
  it("checked twice then cleared, seed-000 is what it was, part for part", async () => {
    const { host, before } = await seedHost("seed-000");
    await validate(host, "责任分工");
    await validate(host, "责任分工");
    expect((await host.listSheets()).map((s) => s.name)).toEqual(["责任分工", "检查结果"]);
    await clearMarks(host, "责任分工");
    expect(parts(host.toBytes())).toEqual(parts(before));
  });

  it("keeps the styles a department tab generated after the check uses, and the file stays sound", async () => {
    const { host } = await seedHost("seed-003");
    await validate(host, "责任分工");
    const { created } = await generate(host, "责任分工");
    await clearMarks(host, "责任分工");
    const pkg = XlsxPackage.open(host.toBytes());
    const info = readWorkbookInfo(pkg);
    expect(info.sheets.map((s) => s.name)).toEqual(["责任分工", ...created]);
    const styles = pkg.text(info.styles!)!;
    const xfs = childElements(styles, topLevelElements(styles).find((e) => e.name === "cellXfs")!).length;
    for (const sheet of info.sheets) {
      const used = [...(pkg.text(sheet.part) ?? "").matchAll(/\ss="(\d+)"/g)].map((m) => Number(m[1]));
      expect(used.filter((s) => s >= xfs)).toEqual([]);
    }
  });
});
