// taskplan: the command line. Each command lives in its own file and registers itself here.
import { Command, CommanderError } from "commander";
import { PlanError } from "../core/errors";
import { registerCheck } from "./check";
import { registerClear } from "./clear";
import { errorLine, EXIT, type RegisterCommand } from "./common";
import { registerDemo } from "./demo";
import { registerImport } from "./import";
import { registerRoster } from "./roster";
import { registerSplit } from "./split";

/** One line per command; add a command by adding its register function. */
const COMMANDS: RegisterCommand[] = [registerCheck, registerClear, registerDemo, registerSplit, registerRoster, registerImport];

export function buildProgram(): Command {
  const program = new Command()
    .name("taskplan")
    .description("任务分工助手：检查任务分工表，标记问题，按部门分表 / checks task-breakdown plans")
    .showHelpAfterError(false);
  for (const register of COMMANDS) register(program);
  // Usage mistakes are unusable input too: exit 2 with the same one-line message as any error.
  for (const command of [program, ...program.commands]) {
    command.exitOverride().configureOutput({
      outputError: (message, write) =>
        write(`错误：命令用法有误（${message.replace(/^error: /, "").trim()}） / Error: ${message.replace(/^error: /, "").trim()}\n`),
    });
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // `taskplan check … | head` closes the pipe early: stop quietly, as other command-line tools do.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? EXIT.ok);
  });
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      const done = e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help";
      process.exitCode = done ? EXIT.ok : EXIT.unusable;
      return;
    }
    // e.g. a bad --lang, thrown while commander parses the options
    process.stderr.write(`${errorLine(e)}\n`);
    process.exitCode = e instanceof PlanError ? EXIT.unusable : EXIT.internal;
  }
}

if (require.main === module) void main(process.argv);
