// taskplan demo: checks the bundled sample plan and writes a marked copy into out/.
import { mkdirSync } from "fs";
import { basename, join, relative } from "path";
import { action, EXIT, parseLang, type Lang, type RegisterCommand } from "./common";
import { runCheck } from "./check";

/** The sample plan shipped in samples/ (made by scripts/make-sample.js from seed 000). */
export const SAMPLE_PLAN = join(__dirname, "..", "..", "samples", "sample-plan.xlsx");

export async function runDemo(options: { lang?: Lang }): Promise<number> {
  const outDir = join(process.cwd(), "out");
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, basename(SAMPLE_PLAN).replace(/\.xlsx$/, ".marked.xlsx"));
  // Findings in the sample are the point of the demo, not a failure. The marked copy is the
  // demo's own file in out/, replaced on every run.
  await runCheck(relative(process.cwd(), SAMPLE_PLAN), { out: relative(process.cwd(), out), force: true, lang: options.lang });
  return EXIT.ok;
}

export const registerDemo: RegisterCommand = (program) => {
  program
    .command("demo")
    .description("检查自带的示例计划并写出带标记的副本 / check the bundled sample plan and write a marked copy")
    .option("--lang <lang>", "zh | en", parseLang)
    .action(action((options: { lang?: Lang }) => runDemo(options)));
};
