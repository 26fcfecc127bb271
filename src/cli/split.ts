// taskplan split PLAN.xlsx: one tab per department (plus 共同任务 and 分表目录) in a copy of the
// plan (--out), or one workbook per department for distribution (--out-dir). The input file is
// only ever read; in --out-dir, a file of the same name is replaced only if this tool made it.
import { mkdirSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { parseConfig, PlanError, readPlan, type Config, type OnProgress } from "../core";
import { planDepartmentTabs, type Notice } from "../core/generate/departments";
import { generate, readGenerateInputs } from "../core/generate/usecase";
import type { TabsPlan } from "../core/schema";
import { FileHost } from "../file/host";
import { openXlsxFile, writeXlsxFile } from "../file/node";
import { listSheetInfos, tabFileWorkbook, tabFiles, type TabFile } from "../file/tabs";
import { loadWorkbook } from "../file/xlsx";
import { action, EXIT, loadConfig, parseLang, refuseOverwritingInput, type Lang, type RegisterCommand } from "./common";

export interface SplitOptions {
  sheet?: string;
  roster?: string;
  common?: string;
  out?: string;
  outDir?: string;
  lang?: Lang;
  config?: string;
}

/** Progress on stderr once a run has taken a second: at most a line a second, plus every step
 * that ends a phase (fraction 1). A short run prints nothing. */
export function progressPrinter(lang: Lang, stream: NodeJS.WritableStream = process.stderr): OnProgress {
  const started = Date.now();
  let last = started;
  return (p) => {
    const now = Date.now();
    const phaseDone = p.fraction >= 1 && now - started >= 1000;
    if (now - last < 1000 && !phaseDone) return;
    last = now;
    stream.write(`[${String(Math.round(p.fraction * 100)).padStart(3)}%] ${lang === "zh" ? p.zh : p.en}\n`);
  };
}

/** The sheet named, else the only sheet, else the first whose table can be read (this tool's
 * tabs and the roster left out). */
export async function planSheet(host: FileHost, config: Config, named?: string): Promise<string> {
  if (named) return named;
  const candidates = (await host.listSheets()).filter((s) => !s.generated && s.name !== config.rosterSheet).map((s) => s.name);
  if (candidates.length === 1) return candidates[0];
  for (const sheet of candidates) {
    try {
      readPlan(await host.readSnapshot(sheet), config);
      return sheet;
    } catch (e) {
      if (!(e instanceof PlanError && e.code === "no-table")) throw e;
    }
  }
  throw new PlanError(
    "no-table",
    "工作簿的所有工作表中都没有找到任务分工表（需要“责任单位”“工作任务”等表头）",
    "No sheet of the workbook holds a task-breakdown table (expected headers such as 责任单位 / 工作任务)",
  );
}

/** Whether every sheet of the .xlsx at `path` is one this tool generated. */
async function isOurFile(path: string): Promise<boolean> {
  try {
    const infos = listSheetInfos(await loadWorkbook(readFileSync(path)));
    return infos.length > 0 && infos.every((s) => s.generated);
  } catch {
    return false;
  }
}

/**
 * Writes one workbook per tab into `dir`. A file already there under the same name (ignoring
 * case) is replaced only if this tool made it; otherwise the new file takes another name.
 */
export async function writeTabFiles(
  dir: string,
  tabs: TabsPlan,
  onProgress?: OnProgress,
): Promise<{ written: string[]; notices: Notice[] }> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    throw new PlanError("write-failed", `无法创建文件夹：${dir}`, `Cannot create the folder: ${dir}`);
  }
  const present = new Map(readdirSync(dir).map((f) => [f.toLowerCase(), f]));
  const verdicts = new Map<string, boolean>();
  const isForeign = async (stem: string) => {
    const existing = present.get(`${stem}.xlsx`.toLowerCase());
    if (!existing) return false;
    if (!verdicts.has(existing)) verdicts.set(existing, !(await isOurFile(join(dir, existing))));
    return verdicts.get(existing) === true;
  };
  // Names taken by other files are avoided; repeated because a new name may hit another such file.
  const wanted = tabFiles(tabs);
  const taken: string[] = [];
  let files: TabFile[] = wanted;
  for (;;) {
    const clashes: string[] = [];
    for (const f of files) if (await isForeign(f.stem)) clashes.push(f.stem);
    if (clashes.length === 0) break;
    taken.push(...clashes);
    files = tabFiles(tabs, taken);
  }
  const notices: Notice[] = files
    .filter((f, i) => f.stem !== wanted[i].stem)
    .map((f) => ({
      kind: "tab-renamed" as const,
      unit: f.tab.unit ?? f.tab.name,
      zh: `文件夹中已有同名文件（非本工具生成），未作改动；新文件命名为“${f.stem}.xlsx”`,
      en: `A file of that name already exists in the folder and was not made by this tool; the new file is "${f.stem}.xlsx"`,
    }));
  const written: string[] = [];
  for (const [i, file] of files.entries()) {
    const path = join(dir, `${file.stem}.xlsx`);
    await writeXlsxFile(path, new FileHost(tabFileWorkbook(file, files), `${file.stem}.xlsx`));
    written.push(path);
    onProgress?.({
      fraction: (i + 1) / files.length,
      zh: `已写入 ${i + 1}/${files.length}：${file.stem}.xlsx`,
      en: `Wrote ${i + 1}/${files.length}: ${file.stem}.xlsx`,
    });
  }
  return { written, notices };
}

function noticeLines(notices: Notice[], lang: Lang): string[] {
  return notices.map((n) => `  ! ${lang === "zh" ? n.zh : n.en}`);
}

export async function runSplit(file: string, options: SplitOptions): Promise<number> {
  const base = loadConfig(options.config, options.lang);
  const config = parseConfig({
    ...base,
    ...(options.common ? { common: options.common } : {}),
    ...(options.roster ? { rosterSheet: options.roster } : {}),
  });
  if (!options.out && !options.outDir) {
    throw new PlanError("bad-config", "请用 --out 或 --out-dir 指定输出位置", "Give --out or --out-dir for the output");
  }
  if (options.out) refuseOverwritingInput(file, options.out);
  const lang = config.lang;
  const progress = progressPrinter(lang);
  const host = await openXlsxFile(file);
  const sheet = await planSheet(host, config, options.sheet);
  const lines: string[] = [];

  if (options.out) {
    const result = await generate(host, sheet, config, progress);
    progress({ fraction: 1, zh: `正在保存 ${options.out}…`, en: `Saving ${options.out}…` });
    await writeXlsxFile(options.out, host);
    lines.push(
      lang === "zh"
        ? `工作表“${sheet}”：${result.plan.rows.length} 行；已生成 ${result.created.length} 个分表（替换旧分表 ${result.removed.length} 个），写入：${options.out}\n  ${result.summary.zh}`
        : `Sheet "${sheet}": ${result.plan.rows.length} rows; ${result.created.length} tabs generated (${result.removed.length} old ones replaced), written to ${options.out}\n  ${result.summary.en}`,
      ...noticeLines(result.notices, lang),
    );
  }

  if (options.outDir) {
    const { plan, roster, source } = await readGenerateInputs(host, sheet, config);
    const { plan: tabs, notices } = planDepartmentTabs(plan, [], config, roster, { source });
    const { written, notices: fileNotices } = await writeTabFiles(options.outDir, tabs, progress);
    lines.push(
      lang === "zh"
        ? `工作表“${sheet}”：已写入 ${written.length} 个工作簿（目录 + 各单位）到 ${options.outDir}`
        : `Sheet "${sheet}": ${written.length} workbooks (index + one per unit) written to ${options.outDir}`,
      ...noticeLines(options.out ? fileNotices : [...notices, ...fileNotices], lang),
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return EXIT.ok;
}

export const registerSplit: RegisterCommand = (program) => {
  program
    .command("split")
    .description("按单位生成分表 / split a plan into one tab (or workbook) per department")
    .argument("<file>", "任务分工 .xlsx 文件 / the plan .xlsx file")
    .option("--sheet <name>", "任务分工所在工作表 / the sheet holding the plan")
    .option("--roster <sheet>", "单位名录工作表 / the roster sheet (单位名录)")
    .option("--common <mode>", "every（默认，共同任务进各单位分表）| separate（只进共同任务分表）")
    .option("--out <file>", "写出带分表的副本 / write a copy with the tabs added")
    .option("--out-dir <dir>", "每个单位一个工作簿 / one workbook per department")
    .option("--lang <lang>", "zh | en", parseLang)
    .option("--config <file>", "设置文件（JSON） / settings file (JSON)")
    .action(action((file: string, options: SplitOptions) => runSplit(file, options)));
};
