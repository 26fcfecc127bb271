// taskplan import FILE --out PLAN.xlsx: makes the 责任分工 table of a 工作要点 (.docx, .txt, .md),
// checked and marked as `check` would mark it. The input is only read; --out must be a new file.
import { basename } from "path";
import { parseConfig } from "../core";
import { ImportedPlanSchema } from "../core/import/schema";
import { importWorkPoints } from "../core/import/usecase";
import { importWorkbook } from "../file/importbook";
import { readInputFile, writeXlsxFile } from "../file/node";
import { readWorkPointsFile } from "../file/workpoints";
import { action, checkOutput, EXIT, parseLang, readConfigFile, type Lang, type RegisterCommand } from "./common";
import { formatSheet } from "./format";

export interface ImportOptions {
  out: string;
  json?: boolean;
  lang?: Lang;
  config?: string;
  force?: boolean;
}

export async function runImport(file: string, options: ImportOptions): Promise<number> {
  const config = parseConfig({ ...readConfigFile(options.config), ...(options.lang ? { lang: options.lang } : {}) });
  checkOutput(file, options.out, options.force === true);
  const paragraphs = readWorkPointsFile(readInputFile(file), basename(file));
  const result = await importWorkPoints(paragraphs, file, async (layout) => importWorkbook(layout, basename(options.out)), config);
  await writeXlsxFile(options.out, result.host, { replace: options.force === true });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(ImportedPlanSchema.parse(result.imported), null, 2)}\n`);
    return EXIT.ok;
  }
  const { imported } = result;
  const head =
    config.lang === "zh"
      ? `已从“${imported.title ?? file}”生成分工表：${imported.rows.length} 项任务，写入 ${options.out}`
      : `Made the task table of "${imported.title ?? file}": ${imported.rows.length} tasks, written to ${options.out}`;
  process.stdout.write(`${head}\n\n${formatSheet(result, config.lang)}\n`);
  return EXIT.ok;
}

export const registerImport: RegisterCommand = (program) => {
  program
    .command("import")
    .description("从工作要点生成分工表 / make the task table of a 工作要点 document")
    .argument("<file>", ".docx、.txt 或 .md 文件 / .docx, .txt or .md file")
    .requiredOption("--out <file>", "写出的分工表（.xlsx，不能已存在） / the table to write (.xlsx, must not exist)")
    .option("--json", "输出 JSON / print JSON")
    .option("--lang <lang>", "zh | en", parseLang)
    .option("--config <file>", "设置文件（JSON） / settings file (JSON)")
    .option("--force", "替换已有的输出文件 / replace an existing output file")
    .action(action((file: string, options: ImportOptions) => runImport(file, options)));
};
