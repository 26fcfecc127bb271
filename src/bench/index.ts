// npm run bench: runs every bench module in turn, or only those named on the command line
// (node lib/bench/index.js engine cli). Add a bench by adding a line to BENCHES.
import { benchCli } from "./cli";
import { benchEngine } from "./engine";
import { benchOffice } from "./office";
import { benchSplit } from "./split";
import { benchWeb } from "./web";

const BENCHES: { name: string; run: () => Promise<void> }[] = [
  { name: "engine", run: benchEngine },
  { name: "cli", run: benchCli },
  { name: "split", run: benchSplit },
  { name: "office", run: benchOffice },
  { name: "web", run: benchWeb },
];

async function main(names: string[]): Promise<void> {
  const unknown = names.filter((n) => !BENCHES.some((b) => b.name === n));
  if (unknown.length) throw new Error(`unknown bench: ${unknown.join(", ")} (have: ${BENCHES.map((b) => b.name).join(", ")})`);
  for (const bench of BENCHES) {
    if (names.length === 0 || names.includes(bench.name)) await bench.run();
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
