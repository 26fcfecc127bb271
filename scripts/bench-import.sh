#!/bin/sh
# Import + check of a 200-item 工作要点: writes one (20 headings of 10 items, units and deadlines
# as 要点 write them), then times `taskplan import` on it. Usage: sh scripts/bench-import.sh
set -e
cd "$(dirname "$0")/.."
npm run build:cli --silent
dir=$(mktemp -d)
node -e '
const units = ["市政府办公室牵头，各县市区人民政府负责", "市司法局、市行政审批局牵头，各县市区各部门负责", "市财政局负责", "各有关部门按职责分工负责"];
const cn = (n) => ["一","二","三","四","五","六","七","八","九","十"][n - 1] ?? "十" + ["一","二","三","四","五","六","七","八","九","十"][n - 11];
const lines = ["某市2024年政务公开工作要点"];
for (let h = 1; h <= 20; h++) {
  lines.push(`${cn(h)}、推进第${h}方面信息公开`);
  for (let i = 1; i <= 10; i++) {
    const n = (h - 1) * 10 + i;
    lines.push(`${i}.做好第${n}项工作。全面梳理相关政策文件，在政府门户网站集中公开，${i % 3 === 0 ? "2024年" + (i % 12 + 1) + "月底前完成" : "及时更新"}。（${units[n % units.length]}）`);
  }
}
require("fs").writeFileSync(process.argv[1], lines.join("\n"));
' "$dir/plan.txt"
# In-process: the import and check alone, without Node's start and module loading.
node -e '
(async () => {
  const { readFileSync } = require("fs");
  const { readWorkPointsFile } = require("./lib/file/workpoints");
  const { importWorkPoints } = require("./lib/core/import/usecase");
  const { importWorkbook } = require("./lib/file/importbook");
  const bytes = readFileSync(process.argv[1]);
  const start = process.hrtime.bigint();
  const r = await importWorkPoints(await readWorkPointsFile(bytes, "plan.txt"), "plan.txt", async (l) => importWorkbook(l, "plan.xlsx"));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`import + check, in process: ${r.imported.rows.length} rows, ${r.report.findings.length} findings, ${ms.toFixed(0)} ms`);
})();
' "$dir/plan.txt"
echo "the whole command (Node start, module loading, writing the .xlsx):"
/usr/bin/time -v node bin/taskplan.js import "$dir/plan.txt" --out "$dir/plan.xlsx" > "$dir/out.txt" 2> "$dir/time.txt" || true
head -1 "$dir/out.txt"
grep -E "Elapsed|Maximum resident" "$dir/time.txt"
rm -rf "$dir"
