// taskplan: the command line. Each command lives in its own file and registers itself here.
// A command's modules are loaded only when that command runs: most of a run's time is Node
// loading modules, and `import` should not pay for what `check` or `split` load (and back).
import { Command, CommanderError } from "commander";
import { PlanError } from "../core/errors";
import type { RegisterCommand } from "./common";
import { tuneForShortRun } from "./jit";
import { deferZod } from "./zodlocales";

/** One line per command, in the order help lists them; add a command by adding its loader. */
const COMMANDS: Record<string, () => Promise<RegisterCommand>> = {
  check: async () => (await import("./check")).registerCheck,
  clear: async () => (await import("./clear")).registerClear,
  demo: async () => (await import("./demo")).registerDemo,
  split: async () => (await import("./split")).registerSplit,
  roster: async () => (await import("./roster")).registerRoster,
  import: async () => (await import("./import")).registerImport,
};

/** The command an argument list runs (its first word), or every command when that word names
 * none (no word, `help`, a typo: commander then lists them all or says what is wrong). */
function commandsFor(args: readonly string[]): string[] {
  const word = args.find((a) => !a.startsWith("-"));
  return word !== undefined && Object.hasOwn(COMMANDS, word) ? [word] : Object.keys(COMMANDS);
}

/** The program with the commands `args` (the words after `taskplan`) can run. */
export async function buildProgram(args: readonly string[] = []): Promise<Command> {
  const program = new Command()
    .name("taskplan")
    .description("任务分工助手：检查任务分工表，标记问题，按部门分表 / checks task-breakdown plans")
    .showHelpAfterError(false);
  for (const name of commandsFor(args)) (await COMMANDS[name]())(program);
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
  tuneForShortRun();
  deferZod();
  const { errorLine, EXIT } = await import("./common");
  // `taskplan check … | head` closes the pipe early: stop quietly, as other command-line tools do.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? EXIT.ok);
  });
  try {
    await (await buildProgram(argv.slice(2))).parseAsync(argv);
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
