// taskplan roster PLAN.xlsx: the units a plan names, as a 单位名录 for staff to edit (aliases,
// short tab names), then to use with `taskplan split --roster 单位名录`. Without --out the list is
// printed; with --out a copy of the workbook gets the roster sheet. The sheet carries no
// generated mark: once written it is the staff's, and no later run replaces it.
import { uniqueTabNames } from "../core/generate/names";
import { ROSTER_COLUMN, rosterTab } from "../core/generate/roster";
import { readPlan } from "../core";
import { openXlsxFile, writeXlsxFile } from "../file/node";
import { action, checkOutput, commandConfig, EXIT, parseLang, readConfigFile, type Lang, type RegisterCommand } from "./common";
import { planSheet } from "./split";

export interface RosterOptions {
  sheet?: string;
  out?: string;
  force?: boolean;
  lang?: Lang;
  config?: string;
}

export async function runRoster(file: string, options: RosterOptions): Promise<number> {
  const fileConfig = readConfigFile(options.config);
  if (options.out) checkOutput(file, options.out, options.force);
  const host = await openXlsxFile(file);
  const config = await commandConfig(host, fileConfig, { lang: options.lang });
  const sheet = await planSheet(host, config, options.sheet);
  const tab = rosterTab(readPlan(await host.readSnapshot(sheet), config));
  const lang = config.lang;

  if (!options.out) {
    const shown = [ROSTER_COLUMN.name, ROSTER_COLUMN.count, ROSTER_COLUMN.remark];
    const lines = tab.rows.map((r) => shown.map((c) => r[c]).filter((v) => v !== "").join("\t"));
    process.stdout.write(`${[shown.map((c) => tab.header[c]).join("\t"), ...lines].join("\n")}\n`);
    return EXIT.ok;
  }
  const [name] = uniqueTabNames([tab.name], (await host.listSheets()).map((s) => s.name));
  // kind "roster": written without a tab mark, it is the staff's from now on.
  await host.applyTabs({ sourceSheet: sheet, tabs: [{ ...tab, name }] }, []);
  await writeXlsxFile(options.out, host, { replace: options.force === true });
  process.stdout.write(
    lang === "zh"
      ? `已从工作表“${sheet}”整理出 ${tab.rows.length} 个单位，写入工作表“${name}”：${options.out}\n` +
          `请核对后使用：taskplan split ${options.out} --roster ${name} --out …\n`
      : `${tab.rows.length} units from sheet "${sheet}" written to sheet "${name}" of ${options.out}\n` +
          `Check it, then run: taskplan split ${options.out} --roster ${name} --out …\n`,
  );
  return EXIT.ok;
}

export const registerRoster: RegisterCommand = (program) => {
  program
    .command("roster")
    .description("由任务分工表整理单位名录 / derive a roster (单位名录) from a plan")
    .argument("<file>", "任务分工 .xlsx 文件 / the plan .xlsx file")
    .option("--sheet <name>", "任务分工所在工作表 / the sheet holding the plan")
    .option("--out <file>", "写出带单位名录的副本 / write a copy with the roster sheet added")
    .option("--force", "覆盖已存在的输出文件 / replace an existing output file")
    .option("--lang <lang>", "zh | en", parseLang)
    .option("--config <file>", "设置文件（JSON） / settings file (JSON)")
    .action(action((file: string, options: RosterOptions) => runRoster(file, options)));
};
