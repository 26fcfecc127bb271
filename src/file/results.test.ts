// The 检查结果 sheet in a package: checking again and clearing gives back every part, and a style
// the sheet brought is never taken from a tab that came to use it.
import { generate } from "../core/generate/usecase";
import { clearMarks, validate } from "../core/usecases";
import { workbookToBuffer } from "./xlsx";
import { fixtureWorkbook } from "../../test/support/workbooks";
import { fixtureLayout, loadFixture } from "../../test/support/fixtures";
import { snapshotToWorksheet } from "./xlsx";
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

/**
 * A workbook holding two plans, seed-000 on 责任分工 and seed-003 on 分工二, as exceljs writes it;
 * with `emptyNames`, workbook.xml also holds the empty <definedNames/> openpyxl writes.
 */
async function twoPlans(emptyNames: boolean): Promise<Uint8Array> {
  const wb = fixtureWorkbook("seed-000");
  snapshotToWorksheet(wb, fixtureLayout(loadFixture("seed-003"), "分工二").snapshot);
  const pkg = XlsxPackage.open(new Uint8Array(await workbookToBuffer(wb)));
  if (emptyNames) pkg.setText("xl/workbook.xml", pkg.text("xl/workbook.xml")!.replace("</sheets>", "</sheets><definedNames/>"));
  return pkg.toBytes();
}

/** The parts of `after` that are not byte for byte those of `before`, or that one of them lacks. */
function differingParts(before: Uint8Array, after: Uint8Array): string[] {
  const [a, b] = [parts(before), parts(after)];
  return [...new Set([...a.keys(), ...b.keys()])].filter((n) => a.get(n) !== b.get(n)).sort();
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

  describe("two plans, each checked: clearing both gives back every part, whichever goes first", () => {
    const plans = ["责任分工", "分工二"];
    const cases = [false, true].flatMap((reopen) =>
      [plans, [...plans].reverse()].flatMap((clearOrder) =>
        [false, true].map((emptyNames) => ({ runs: reopen ? "a run per sheet" : "one run", reopen, clearOrder, emptyNames })),
      ),
    );
    it.each(cases)("$runs, cleared in the order $clearOrder, empty <definedNames/> before: $emptyNames", async ({ reopen, clearOrder, emptyNames }) => {
      const before = await twoPlans(emptyNames);
      let host = await FileHost.fromBytes(before, "two.xlsx");
      const run = async (op: (sheet: string) => Promise<unknown>, sheets: string[]) => {
        for (const sheet of sheets) {
          await op(sheet);
          if (reopen) host = await FileHost.fromBytes(host.toBytes(), "two.xlsx");
        }
      };
      await run((sheet) => validate(host, sheet), plans);
      expect((await host.listSheets()).map((s) => s.name)).toEqual([...plans, "检查结果", "检查结果~2"]);
      expect(await host.markedSheets()).toEqual(plans);
      await run((sheet) => clearMarks(host, sheet), clearOrder);
      expect((await host.listSheets()).map((s) => s.name)).toEqual(plans);
      expect(await host.markedSheets()).toEqual([]);
      expect(differingParts(before, host.toBytes())).toEqual([]);
    });
  });
});
