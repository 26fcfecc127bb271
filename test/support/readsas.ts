// How the property tests over real names (placenames, zonenames, townnames) ask what a cell reads as.
import type { UnitRole } from "../../src/core/schema";
import { parseUnits } from "../../src/core/units";

/** Whether `text` reads as exactly the specific (non-generic) bodies `names`, in order, each in
 * `role` when one is given. */
export function readsAs(text: string, names: string[], role?: UnitRole): boolean {
  const { units } = parseUnits(text);
  return units.length === names.length && units.every((u, i) => u.name === names[i] && !u.generic && (!role || u.role === role));
}
