// Every host through the one contract. Adding a host: one line in HOSTS.
import type { Rect } from "../../src/core/schema";
import { FakeExcel } from "../../src/excel/fake";
import { ExcelHost } from "../../src/excel/host";
import { FileHost } from "../../src/file/host";
import { XlsxPackage } from "../../src/file/package";
import { readWorkbookInfo } from "../../src/file/workbook";
import { snapshotToWorksheet, workbookToBuffer } from "../../src/file/xlsx";
import ExcelJS from "exceljs";
import { hostContract, type HostFactory } from "./host-contract";

const excelFake: HostFactory = async (...snapshots) => {
  const book = new FakeExcel();
  for (const s of snapshots) book.addSheet(s.sheet, s.values as (string | number | null)[][], s.merges as Rect[]);
  return {
    host: new ExcelHost({ run: book.run, requirements: { isSetSupported: () => true } }),
    addUserNote: async (sheet, address, text) => void book.sheet(sheet).notes.set(address, text),
    notes: async (sheet) => new Map(book.sheet(sheet).notes),
    addUserSheet: async (name, text) => void book.addSheet(name, [[text]]),
    setCell: async (sheet, address, text) => {
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      const col = [...m[1]].reduce((v, ch) => v * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      book.sheet(sheet).cells.set(`${Number(m[2]) - 1},${col}`, { value: text });
    },
    cell: async (sheet, address) => {
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      const col = [...m[1]].reduce((v, ch) => v * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return String(book.sheet(sheet).cells.get(`${Number(m[2]) - 1},${col}`)?.value ?? "");
    },
    sheetNames: async () => book.sheets.map((s) => s.name),
  };
};

/** The .xlsx host; what the user does to the file between runs is done by another program (exceljs),
 * as when a clerk opens and saves it, and the host opens the saved bytes again. */
const fileHost: HostFactory = async (...snapshots) => {
  const plan = new ExcelJS.Workbook();
  for (const s of snapshots) snapshotToWorksheet(plan, s);
  let host = await FileHost.fromBytes(await workbookToBuffer(plan), "plan.xlsx");
  const edited = async (edit: (wb: ExcelJS.Workbook) => void) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(host.toBytes() as unknown as ArrayBuffer);
    edit(wb);
    host = await FileHost.fromBytes(await workbookToBuffer(wb), "plan.xlsx");
  };
  const text = (note: unknown) =>
    typeof note === "string" ? note : ((note as { texts?: { text: string }[] } | undefined)?.texts ?? []).map((t) => t.text).join("");
  return {
    get host() {
      return host;
    },
    addUserNote: (sheet, address, note) => edited((wb) => void (wb.getWorksheet(sheet)!.getCell(address).note = note)),
    notes: async (sheet) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(host.toBytes() as unknown as ArrayBuffer);
      const found = new Map<string, string>();
      wb.getWorksheet(sheet)!.eachRow((row) =>
        row.eachCell((c) => {
          if (c.note !== undefined && c.master.address === c.address) found.set(c.address, text(c.note));
        }),
      );
      return found;
    },
    addUserSheet: (name, value) => edited((wb) => void (wb.addWorksheet(name).getCell("A1").value = value)),
    // exceljs drops sheet-scoped hidden names on save (Excel, WPS and LibreOffice keep them), so a
    // typed cell is patched into the sheet's XML as those programs save it, names untouched.
    setCell: async (sheet, address, value) => {
      const pkg = XlsxPackage.open(host.toBytes());
      const part = readWorkbookInfo(pkg).sheets.find((s) => s.name === sheet)!.part;
      const typed = `<c r="${address}"$1 t="inlineStr"><is><t>${value}</t></is></c>`;
      pkg.setText(part, pkg.text(part)!.replace(new RegExp(`<c r="${address}"((?: s="\\d+")?)(?: t="\\w+")?(?:/>|>.*?</c>)`), typed));
      host = new FileHost(pkg, "plan.xlsx");
    },
    cell: async (sheet, address) => {
      const snap = await host.readSnapshot(sheet);
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      const col = [...m[1]].reduce((v, ch) => v * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const v = snap.values[Number(m[2]) - 1 - snap.origin.row]?.[col - snap.origin.col];
      return v === null || v === undefined ? "" : String(v);
    },
    sheetNames: async () => (await host.listSheets()).map((s) => s.name),
  };
};

const HOSTS: [string, HostFactory][] = [
  ["Excel (Office.js, on the fake)", excelFake],
  [".xlsx file (in place)", fileHost],
];

for (const [name, factory] of HOSTS) hostContract(name, factory);
