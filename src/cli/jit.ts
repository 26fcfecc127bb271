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
