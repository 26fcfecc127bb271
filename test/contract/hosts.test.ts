// Every host through the one contract. Adding a host: one line in HOSTS.
import type { Rect } from "../../src/core/schema";
import { FakeExcel } from "../../src/excel/fake";
import { ExcelHost } from "../../src/excel/host";
import { hostContract, type HostFactory } from "./host-contract";

const excelFake: HostFactory = async (snapshot) => {
  const book = new FakeExcel();
  book.addSheet(snapshot.sheet, snapshot.values as (string | number | null)[][], snapshot.merges as Rect[]);
  return {
    host: new ExcelHost({ run: book.run, requirements: { isSetSupported: () => true } }),
    addUserNote: async (sheet, address, text) => void book.sheet(sheet).notes.set(address, text),
    notes: async (sheet) => new Map(book.sheet(sheet).notes),
    addUserSheet: async (name, text) => void book.addSheet(name, [[text]]),
    cell: async (sheet, address) => {
      const m = /^([A-Z]+)(\d+)$/.exec(address)!;
      const col = [...m[1]].reduce((v, ch) => v * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return String(book.sheet(sheet).cells.get(`${Number(m[2]) - 1},${col}`)?.value ?? "");
    },
    sheetNames: async () => book.sheets.map((s) => s.name),
  };
};

const HOSTS: [string, HostFactory][] = [["Excel (Office.js, on the fake)", excelFake]];

for (const [name, factory] of HOSTS) hostContract(name, factory);
