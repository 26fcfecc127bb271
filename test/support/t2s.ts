// OpenCC's traditional → simplified entries as [from, to] pairs: tests derive from them which
// characters a text may open with once converted.
import { t2sDictionaries } from "../../src/core/normalise";

export function t2sEntries(): (readonly [string, string])[] {
  return t2sDictionaries().flatMap((group) =>
    group.flatMap((dict): (readonly [string, string])[] =>
      typeof dict === "string" ? dict.split("|").map((entry) => entry.split(" ") as [string, string]) : [...dict],
    ),
  );
}
