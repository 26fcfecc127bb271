// One unit written two ways in one plan (建设局局 beside 建设局): a typo, or two names for one body.
import type { PlanRow } from "../model";
import { nearDuplicatesOfWritten } from "../similar";
import { defineRule, draftsOf } from "./rule";
import { quote } from "./wording";

export default defineRule({
  id: "unit-variant",
  severity: "warning",
  label: { zh: "单位名称写法不一致", en: "Unit written inconsistently" },
  check(plan) {
    // Every mention counted, repeats included: the form written most often is the one suggested.
    // One look-up per mention (its first row and its count together): a long plan names units
    // on every row.
    const mentions = new Map<string, { firstRow: PlanRow; count: number }>();
    for (const r of plan.rows) {
      for (const { name } of r.units) {
        const seen = mentions.get(name);
        if (seen) seen.count++;
        else mentions.set(name, { firstRow: r, count: 1 });
      }
    }
    const written = new Map([...mentions].map(([name, { count }]) => [name, count]));
    return draftsOf(nearDuplicatesOfWritten(written), ({ name, suggestion }) => {
      const r = mentions.get(name)?.firstRow;
      if (!r) return null;
      return {
        cell: r.cells.units ?? r.cells.first,
        row: r.row,
        message: {
          zh: `单位名称${quote(name)}与${quote(suggestion)}相近，可能为笔误或同一单位的不同写法`,
          en: `Unit ${quote(name)} is close to ${quote(suggestion)}: perhaps a typo, or another name for the same unit`,
        },
        suggestion: { zh: `统一为${quote(suggestion)}`, en: `Write it as ${quote(suggestion)}` },
      };
    });
  },
});
