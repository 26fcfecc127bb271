// taskplan import FILE --out PLAN.xlsx: makes the 责任分工 table of a 工作要点 (.docx, .txt, .md),
// checked and marked as `check` would mark it. The input is only read; --out must be a new file.
import { existsSync, readFileSync } from "fs";
import { basename } from "path";
import { PlanError } from "../core";
import { ImportedPlanSchema } from "../core/import/schema";
import { importWorkPoints } from "../core/import/usecase";
import { importWorkbook } from "../file/importbook";
import { writeXlsxFile } from "../file/node";
import { readWorkPointsFile } from "../file/workpoints";
import { action, EXIT, loadConfig, parseLang, refuseOverwritingInput, type Lang, type RegisterCommand } from "./common";
import { formatSheet } from "./format";

export interface ImportOptions {
  out: string;
  json?: boolean;
  lang?: Lang;
  config?: string;
}

function readInput(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === "ENOENT";
    throw new PlanError(
      "bad-file",
      missing ? `找不到文件：${path}` : `无法读取文件：${path}`,
      missing ? `File not found: ${path}` : `Cannot read file: ${path}`,
    );
  }
}

function refuseExistingOutput(out: string): void {
  if (existsSync(out)) {
    throw new PlanError("write-failed", `输出文件已存在，未覆盖：${out}`, `The output file already exists; it was not overwritten: ${out}`);
  }
}

export async function runImport(file: string, options: ImportOptions): Promise<number> {
  const config = loadConfig(options.config, options.lang);
  refuseOverwritingInput(file, options.out);
  refuseExistingOutput(options.out);
  const paragraphs = readWorkPointsFile(readInput(file), basename(file));
  const result = await importWorkPoints(paragraphs, file, async (layout) => importWorkbook(layout, basename(options.out)), config);
  await writeXlsxFile(options.out, result.host);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(ImportedPlanSchema.parse(result.imported), null, 2)}\n`);
    return EXIT.ok;
  }
  const { imported } = result;
  const head =
    config.lang === "zh"
      ? `已从“${imported.title ?? file}”生成分工表：${imported.rows.length} 项任务，写入 ${options.out}`
      : `Made the task table of "${imported.title ?? file}": ${imported.rows.length} tasks, written to ${options.out}`;
  process.stdout.write(`${head}\n\n${formatSheet(result.report, config.lang)}\n`);
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
    .action(action((file: string, options: ImportOptions) => runImport(file, options)));
};
