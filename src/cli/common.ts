// What every taskplan command shares: exit codes, the one-line error, settings from a file,
// and the rule that an output file is never the input.
import { lstatSync, realpathSync, statSync } from "fs";
import { extname, resolve } from "path";
import type { Command } from "commander";
import { parseConfig, PlanError, type Config, type ConfigInput } from "../core";
import type { WorkbookHost } from "../core/host";
import { outputExistsError, readInputFile } from "../file/node";

export const EXIT = {
  ok: 0,
  /** Error-level findings. */
  findings: 1,
  /** Unusable input: missing file, not an .xlsx, encrypted, no table, bad settings. */
  unusable: 2,
  /** A bug in this tool. */
  internal: 3,
} as const;

export type Lang = Config["lang"];

export function errorLine(e: unknown): string {
  if (e instanceof PlanError) return `错误：${e.zh} / Error: ${e.en}`;
  const detail = e instanceof Error ? e.message : String(e);
  return `错误：程序内部错误（${detail}） / Error: internal error (${detail})`;
}

/** Runs a command body; a PlanError or a bug becomes one line on stderr and an exit code. */
export function action<A extends unknown[]>(run: (...args: A) => Promise<number>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      process.exitCode = await run(...args);
    } catch (e) {
      process.stderr.write(`${errorLine(e)}\n`);
      process.exitCode = e instanceof PlanError ? EXIT.unusable : EXIT.internal;
    }
  };
}

export function parseLang(value: string): Lang {
  if (value !== "zh" && value !== "en") {
    throw new PlanError("bad-config", `--lang 只能是 zh 或 en：${value}`, `--lang must be zh or en: ${value}`);
  }
  return value;
}

/** A settings JSON file (same shape as the add-in's; a UTF-8 BOM is allowed), validated. */
export function readConfigFile(path: string | undefined): ConfigInput {
  if (!path) return {};
  let text: string;
  try {
    text = readInputFile(path).toString("utf8").replace(/^\uFEFF/, "");
  } catch (e) {
    const why = e instanceof PlanError ? e : null;
    throw new PlanError("bad-config", `无法读取设置文件：${why?.zh ?? path}`, `Cannot read the settings file: ${why?.en ?? path}`);
  }
  let input: ConfigInput;
  try {
    input = JSON.parse(text) as ConfigInput;
  } catch {
    throw new PlanError("bad-config", `设置文件不是有效的 JSON：${path}`, `The settings file is not valid JSON: ${path}`);
  }
  parseConfig(input);
  return input;
}

/** A line on stderr that does not stop the command. */
export function notice(zh: string, en: string): void {
  process.stderr.write(`注意：${zh} / Notice: ${en}\n`);
}

/**
 * The settings a command runs with: those the pane saved in the workbook, then each key the
 * settings file gives, then the command's own options. Saved settings that are damaged are
 * left out with a notice: the file is still checked, with the defaults.
 */
export async function commandConfig(host: WorkbookHost, fileInput: ConfigInput, options: ConfigInput = {}): Promise<Config> {
  let saved: ConfigInput = {};
  try {
    const stored = await host.loadSettings();
    parseConfig(stored);
    saved = stored as ConfigInput;
  } catch (e) {
    const why = e instanceof PlanError ? e : null;
    notice(
      `工作簿中保存的设置无效，已改用默认设置（${why?.zh ?? "无法读取"}）`,
      `The settings saved in the workbook are invalid; the defaults are used (${why?.en ?? "unreadable"})`,
    );
  }
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return parseConfig({ ...saved, ...fileInput, ...defined });
}

/** Whether two paths name the same file: equal ignoring letter case (as on Windows and macOS),
 * or, when both exist, the same file through a link or another spelling. */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a).toLowerCase() === resolve(b).toLowerCase()) return true;
  const sa = statSync(a, { throwIfNoEntry: false });
  const sb = statSync(b, { throwIfNoEntry: false });
  if (!sa || !sb) return false;
  if (sa.dev === sb.dev && sa.ino === sb.ino) return true;
  return realpathSync(a).toLowerCase() === realpathSync(b).toLowerCase();
}

/** .xlsx and .xlsm differ in content type: a macro workbook renamed .xlsx does not open in Excel. */
const WORKBOOK_EXTENSIONS = [".xlsx", ".xlsm"];

/**
 * Refuses an output that would destroy a file: the input itself (however spelt), an existing
 * file unless `force`, anything that is not a regular file, or an extension other than the
 * input's (an .xlsm keeps its macros and so stays .xlsm).
 */
export function checkOutput(input: string, out: string, force = false): void {
  if (sameFile(input, out)) {
    throw new PlanError(
      "write-failed",
      "输出文件不能与输入文件相同（原文件从不改动）",
      "The output file must differ from the input (the input is never changed)",
    );
  }
  const inExt = extname(input).toLowerCase();
  const outExt = extname(out).toLowerCase();
  if (WORKBOOK_EXTENSIONS.includes(inExt) && outExt !== inExt) {
    throw new PlanError(
      "write-failed",
      `输出文件须与输入文件同为 ${inExt}（${inExt === ".xlsm" ? "宏会原样保留" : "内容类型由扩展名决定"}）：${out}`,
      `The output must be ${inExt} like the input (${inExt === ".xlsm" ? "its macros are kept" : "Excel goes by the extension"}): ${out}`,
    );
  }
  const existing = lstatSync(out, { throwIfNoEntry: false });
  if (!existing) return;
  if (!existing.isFile()) {
    throw new PlanError("write-failed", `输出位置已有非普通文件，未覆盖：${out}`, `The output path is not a regular file and was not replaced: ${out}`);
  }
  if (!force) throw outputExistsError(out);
}

/** How each command adds itself to the program (see COMMANDS in ./index). */
export type RegisterCommand = (program: Command) => void;
