// Builds samples/sample-plan.xlsx, the plan `taskplan demo` checks: fixture seed 000 (湘潭经开区
// 2019) laid out as staff keep it (test/support/fixtures.ts), on a sheet named 责任分工, with a
// bold title and header and thin borders like the printed original.
// Run after `npm run build:cli`: node scripts/make-sample.js
const { readFileSync, mkdirSync, writeFileSync } = require("fs");
const Module = require("module");
const { dirname, join } = require("path");
const ts = require("typescript");

const ROOT = join(__dirname, "..");
const { snapshotToWorksheet, workbookToBuffer } = require(join(ROOT, "lib", "file", "xlsx.js"));
const ExcelJS = require("exceljs");

/** Loads a TypeScript module (the fixture layout lives with the tests, in TypeScript). */
function requireTs(path) {
  const { outputText } = ts.transpileModule(readFileSync(path, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
  });
  const m = new Module(path, module);
  m.filename = path;
  m.paths = Module._nodeModulePaths(dirname(path));
  m._compile(outputText, path);
  return m.exports;
}

async function main() {
  const { fixtureLayout, loadFixture } = requireTs(join(ROOT, "test", "support", "fixtures.ts"));
  const fixture = loadFixture("seed-000");
  const { snapshot, firstDataRow } = fixtureLayout(fixture, "责任分工");
  const wb = new ExcelJS.Workbook();
  wb.creator = "任务分工助手";
  const ws = snapshotToWorksheet(wb, snapshot);
  const width = fixture.header.length;
  const thin = { style: "thin" };
  const lastTableRow = firstDataRow + fixture.rows.length; // 1-based
  for (let r = 2; r <= lastTableRow; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      if (r <= firstDataRow) {
        cell.font = { name: "黑体", bold: true };
        cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      }
    }
  }
  // Widths as a clerk sets them for printing: narrow category columns, wide requirements.
  [6, 14, 16, 18, 46, 28, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const title = ws.getCell(1, 1);
  title.font = { name: "方正小标宋简体", size: 16, bold: true };
  title.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  ws.getRow(1).height = 40;
  const out = join(ROOT, "samples", "sample-plan.xlsx");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, Buffer.from(await workbookToBuffer(wb)));
  console.log(`wrote ${out}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
