// A command-line run lasts about a second. Under V8's default budget, hundreds of functions are
// handed to the optimizing compiler during it, most of them to run a few milliseconds more once
// optimized: compiling took about a third of the CPU time of `check --out` on a 10k-row plan.
// With a larger budget only the functions that run long (the reader's loops, the rules over every
// row) are optimized; the others run as baseline code, as they would have for most of the run.
import { setFlagsFromString } from "v8";

/** Times V8's default budget (67584 bytes of bytecode run) before a function is considered for
 * optimizing. */
const BUDGET_FACTOR = 16;

/** Sets the budget for the functions compiled from here on: called first thing in main(). */
export function tuneForShortRun(): void {
  setFlagsFromString(`--interrupt-budget=${67584 * BUDGET_FACTOR}`);
}

/** Inputs up to this size keep the young generation small (a 10k-row plan is ~0.5 MB, 100k ~4 MB). */
const SMALL_INPUT_BYTES = 1 << 20;

/**
 * For a run over a small input, keeps V8's young generation at the size it starts with (semi-spaces
 * of 1 MB) instead of doubling it up to 16 MB as the run allocates: measured, ~8 % of the CPU time
 * and ~15 % of the peak memory of a 10k-row `check --out`, ~4 % of the CPU at 20k rows; over a
 * 100k-row plan it cost ~16 % more, so a larger input leaves V8's default. Takes effect from the
 * next time the young generation would grow.
 */
export function sizeYoungGenerationFor(inputBytes: number): void {
  if (inputBytes <= SMALL_INPUT_BYTES) setFlagsFromString("--semi-space-growth-factor=1");
}
