// The readable report at the size of the largest plans: every finding listed, no stack overflow.
import { checkSheet, parseConfig } from "../src/core";
import { generatePlan } from "../src/bench/plans";
import { formatSheet } from "../src/cli/format";

it("formats a 300k-row plan's report, aligned, with every finding on its own line under its task", () => {
  const checked = checkSheet(generatePlan(300_000), parseConfig({}));
  const { report } = checked;
  expect(report.findings.length).toBeGreaterThan(150_000); // beyond what a spread of arguments survives
  const lines = formatSheet(checked, "zh").split("\n");
  const details = lines.slice(lines.indexOf("  明细（按任务）：") + 1);
  const findingLines = details.filter((l) => / (错误|警告|提示) /.test(l));
  expect(findingLines).toHaveLength(report.findings.length);
  // the cell column is as wide as the longest address, so every severity starts at one column
  const severityAt = new Set(findingLines.map((l) => l.search(/ (错误|警告|提示) /)));
  expect(severityAt.size).toBe(1);
  // one heading per task with findings, before its findings
  const tasks = new Set(report.findings.map((f) => f.row));
  expect(details.filter((l) => /^ {4}\S/.test(l))).toHaveLength(tasks.size);
}, 120_000);
