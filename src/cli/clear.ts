// taskplan clear MARKED.xlsx --out CLEAN.xlsx: removes this tool's marks from every sheet,
// leaving each cell and note as it was before it was marked.
import { clearMarks } from "../core/validate";
import { openXlsxFile, writeXlsxFile } from "../file/node";
import { action, checkOutput, EXIT, parseLang, type Lang, type RegisterCommand } from "./common";

export interface ClearOptions {
  out: string;
  force?: boolean;
  lang?: Lang;
}

export async function runClear(file: string, options: ClearOptions): Promise<number> {
  checkOutput(file, options.out, options.force);
  const host = await openXlsxFile(file);
  let cells = 0;
  const sheets = await host.markedSheets();
  for (const sheet of sheets) cells += await clearMarks(host, sheet);
  await writeXlsxFile(options.out, host, { replace: options.force === true });
  process.stdout.write(
    (options.lang ?? "zh") === "zh"
      ? `已清除 ${sheets.length} 个工作表中 ${cells} 个单元格的标记，写入：${options.out}\n`
      : `Cleared the marks of ${cells} cells in ${sheets.length} sheets; written to ${options.out}\n`,
  );
  return EXIT.ok;
}

export const registerClear: RegisterCommand = (program) => {
  program
    .command("clear")
    .description("清除标记，恢复原样 / remove the marks, restoring the cells exactly")
    .argument("<file>", "带标记的 .xlsx 文件 / marked .xlsx file")
    .requiredOption("--out <file>", "写出清除后的副本 / where to write the clean copy")
    .option("--force", "覆盖已存在的输出文件 / replace an existing output file")
    .option("--lang <lang>", "zh | en", parseLang)
    .action(action((file: string, options: ClearOptions) => runClear(file, options)));
};
