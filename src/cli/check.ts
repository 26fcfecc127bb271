// taskplan check FILE.xlsx: reads every sheet holding a task table (or the one named), reports
// the findings, and with --out writes a marked copy. The input file is only ever read.
import { checkSheet, PlanError, ReportSchema, type Config, type Report, type SheetReport } from "../core";
import { validate } from "../core/usecases";
import type { FileHost } from "../file/host";
import { openXlsxFile, writeXlsxFile } from "../file/node";
import { action, checkOutput, commandConfig, EXIT, parseLang, readConfigFile, type Lang, type RegisterCommand } from "./common";
import { formatSheet } from "./format";

export interface CheckOptions {
  sheet?: string;
  json?: boolean;
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
 * Checks the named sheet, or every sheet with a table (tabs this tool generated are copies and
 * are skipped), marking each checked sheet when asked.
 */
export async function checkWorkbook(
  host: FileHost,
  file: string,
  config: Config,
  options: { sheet?: string; mark: boolean },
): Promise<Report> {
  const sheets = options.sheet ? [options.sheet] : (await host.listSheets()).filter((s) => !s.generated).map((s) => s.name);
  const reports: SheetReport[] = [];
  for (const sheet of sheets) {
    try {
      if (options.mark) reports.push((await validate(host, sheet, config)).report);
      else reports.push(checkSheet(await host.readSnapshot(sheet), config).report);
    } catch (e) {
      const skip = !options.sheet && e instanceof PlanError && e.code === "no-table";
      if (!skip) throw e;
    }
  }
  if (reports.length === 0) throw noTableAnywhere();
  return { file, sheets: reports };
}

export function hasErrors(report: Report): boolean {
  return report.sheets.some((s) => s.findings.some((f) => f.severity === "error"));
}

export function formatReport(report: Report, lang: Lang): string {
  const head = lang === "zh" ? `文件：${report.file}` : `File: ${report.file}`;
  return [head, ...report.sheets.map((s) => formatSheet(s, lang))].join("\n\n");
}

export async function runCheck(file: string, options: CheckOptions): Promise<number> {
  const fileConfig = readConfigFile(options.config);
  if (options.out) checkOutput(file, options.out, options.force);
  const host = await openXlsxFile(file);
  const config = await commandConfig(host, fileConfig, { lang: options.lang });
  const report = await checkWorkbook(host, file, config, { sheet: options.sheet, mark: options.out !== undefined });
  if (options.out) await writeXlsxFile(options.out, host, { replace: options.force === true });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(ReportSchema.parse(report), null, 2)}\n`);
  } else {
    process.stdout.write(`${formatReport(report, config.lang)}\n`);
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
    .option("--out <file>", "写出带标记的副本 / write a marked copy")
    .option("--force", "覆盖已存在的输出文件 / replace an existing output file")
    .option("--lang <lang>", "zh | en", parseLang)
    .option("--config <file>", "设置文件（JSON） / settings file (JSON)")
    .action(action((file: string, options: CheckOptions) => runCheck(file, options)));
};
