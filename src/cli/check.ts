// taskplan check FILE.xlsx: reads every sheet holding a task table (or the one named), reports
// the findings, and with --out writes a marked copy. The input file is only ever read.
import { checkSheet, PlanError, ReportSchema, type Config, type ConfigInput, type Report } from "../core";
import { notAPlanError, validate } from "../core/validate";
import type { FileHost } from "../file/host";
import { openXlsxFile, writeXlsxFile } from "../file/node";
import { action, checkOutput, commandConfig, EXIT, parseLang, readConfigFile, type Lang, type RegisterCommand } from "./common";
import { formatSummary, sheetLines, type CheckedSheet } from "./format";
import { sizeYoungGenerationFor } from "./jit";

export interface CheckOptions {
  sheet?: string;
  json?: boolean;
  summary?: boolean;
  out?: string;
  force?: boolean;
  lang?: Lang;
  config?: string;
}

function noTableAnywhere(): PlanError {
  return new PlanError(
    "no-table",
    "工作簿的所有工作表中都没有找到任务分工表（需要“责任单位”“工作任务”等表头）",
    "No sheet of the workbook holds a task-breakdown table (expected headers such as 责任单位 / 工作任务)",
  );
}

/**
 * Checks the named sheet, or every sheet with a table (tabs this tool wrote — department tabs,
 * 检查结果 — are skipped; named, they are refused with a word on what they are), marking each
 * checked sheet when asked.
 */
export async function checkWorkbook(
  host: FileHost,
  config: Config,
  options: { sheet?: string; mark: boolean },
): Promise<CheckedSheet[]> {
  const listed = await host.listSheets();
  const named = options.sheet === undefined ? undefined : listed.find((s) => s.name === options.sheet);
  const refusal = named && notAPlanError(named);
  if (refusal) throw refusal;
  const sheets = options.sheet ? [options.sheet] : listed.filter((s) => !notAPlanError(s)).map((s) => s.name);
  const checked: CheckedSheet[] = [];
  for (const sheet of sheets) {
    try {
      if (options.mark) checked.push(await validate(host, sheet, config));
      else checked.push(checkSheet(await host.readSnapshot(sheet), config));
    } catch (e) {
      const skip = !options.sheet && e instanceof PlanError && e.code === "no-table";
      if (!skip) throw e;
    }
  }
  if (checked.length === 0) throw noTableAnywhere();
  return checked;
}

export function hasErrors(report: Report): boolean {
  return report.sheets.some((s) => s.findings.some((f) => f.severity === "error"));
}

/** The readable report line by line: the file, then each sheet after a blank line. */
export function* reportLines(file: string, sheets: CheckedSheet[], lang: Lang): Generator<string> {
  yield lang === "zh" ? `文件：${file}` : `File: ${file}`;
  for (const sheet of sheets) {
    yield "";
    yield* sheetLines(sheet, lang);
  }
}

/** Characters written to stdout at a time. */
const OUTPUT_BATCH = 1 << 16;

/** Writes `lines`, each ended by a newline, a batch at a time: never the whole report as one string. */
function writeLines(lines: Iterable<string>): void {
  let batch: string[] = [];
  let length = 0;
  const flush = () => {
    if (batch.length) process.stdout.write(`${batch.join("\n")}\n`);
    batch = [];
    length = 0;
  };
  for (const line of lines) {
    batch.push(line);
    length += line.length + 1;
    if (length >= OUTPUT_BATCH) flush();
  }
  flush();
}

/** Opens, checks and (with --out) writes the marked copy. The workbook is let go on return, before
 * the report is printed: at 100k rows its parts weigh more than the report. */
async function checkFile(file: string, options: CheckOptions, fileConfig: ConfigInput): Promise<{ config: Config; checked: CheckedSheet[] }> {
  sizeYoungGenerationFor(file);
  const host = await openXlsxFile(file);
  const config = await commandConfig(host, fileConfig, { lang: options.lang });
  const checked = await checkWorkbook(host, config, { sheet: options.sheet, mark: options.out !== undefined });
  if (options.out) await writeXlsxFile(options.out, host, { replace: options.force === true });
  return { config, checked };
}

export async function runCheck(file: string, options: CheckOptions): Promise<number> {
  const fileConfig = readConfigFile(options.config);
  if (options.out) checkOutput(file, options.out, options.force);
  const { config, checked } = await checkFile(file, options, fileConfig);
  const report: Report = { file, sheets: checked.map((c) => c.report) };
  if (options.json) {
    process.stdout.write(`${JSON.stringify(ReportSchema().parse(report), null, 2)}\n`);
  } else if (options.summary) {
    process.stdout.write(`${formatSummary(checked, config.lang)}\n`);
  } else {
    writeLines(reportLines(file, checked, config.lang));
    if (options.out) {
      process.stdout.write(
        config.lang === "zh" ? `\n已写入带标记的副本：${options.out}\n` : `\nMarked copy written to ${options.out}\n`,
      );
    }
  }
  return hasErrors(report) ? EXIT.findings : EXIT.ok;
}

export const registerCheck: RegisterCommand = (program) => {
  program
    .command("check")
    .description("检查任务分工表 / check a task-breakdown plan")
    .argument("<file>", ".xlsx 文件 / .xlsx file")
    .option("--sheet <name>", "只检查这个工作表 / check only this sheet")
    .option("--json", "输出 JSON 报告 / print the JSON report")
    .option("--summary", "只输出可粘贴到回复公文的摘要 / print only the summary paragraph for a reply")
    .option("--out <file>", "写出带标记的副本 / write a marked copy")
    .option("--force", "覆盖已存在的输出文件 / replace an existing output file")
    .option("--lang <lang>", "zh | en", parseLang)
    .option("--config <file>", "设置文件（JSON） / settings file (JSON)")
    .action(action((file: string, options: CheckOptions) => runCheck(file, options)));
};
