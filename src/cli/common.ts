// What every taskplan command shares: exit codes, the one-line error, settings from a file,
// and the rule that an output file is never the input.
import { readFileSync } from "fs";
import { resolve } from "path";
import type { Command } from "commander";
import { parseConfig, PlanError, type Config, type ConfigInput } from "../core";

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

/** Settings from a JSON file (same shape as the add-in's), with --lang on top. */
export function loadConfig(path: string | undefined, lang: Lang | undefined): Config {
  let input: ConfigInput = {};
  if (path) {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      throw new PlanError("bad-config", `无法读取设置文件：${path}`, `Cannot read the settings file: ${path}`);
    }
    try {
      input = JSON.parse(text) as ConfigInput;
    } catch {
      throw new PlanError("bad-config", `设置文件不是有效的 JSON：${path}`, `The settings file is not valid JSON: ${path}`);
    }
  }
  return parseConfig(lang ? { ...input, lang } : input);
}

export function refuseOverwritingInput(input: string, out: string): void {
  if (resolve(input) === resolve(out)) {
    throw new PlanError(
      "write-failed",
      "输出文件不能与输入文件相同（原文件从不改动）",
      "The output file must differ from the input (the input is never changed)",
    );
  }
}

/** How each command adds itself to the program (see COMMANDS in ./index). */
export type RegisterCommand = (program: Command) => void;
