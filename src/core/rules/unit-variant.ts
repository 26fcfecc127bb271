// One unit written two ways in one plan (建设局局 beside 建设局): a typo, or two names for one body.
import { findNearDuplicates } from "../similar";
import { defineRule, type Draft } from "./rule";
import { quote } from "./wording";

export default defineRule({
  id: "unit-variant",
  severity: "warning",
  label: { zh: "单位名称写法不一致", en: "Unit written inconsistently" },
  check(plan) {
    const { rows } = plan;
    // Every mention, repeats included: the form written most often is the one suggested.
    const names = rows.flatMap((r) => r.units.map((u) => u.name));
    return findNearDuplicates(names).flatMap(({ name, suggestion }): Draft[] => {
      const r = rows.find((x) => x.units.some((u) => u.name === name));
      if (!r) return [];
      return [
        {
          cell: r.cells.units ?? r.cells.first,
          row: r.row,
          message: {
            zh: `单位名称${quote(name)}与${quote(suggestion)}相近，可能为笔误或同一单位的不同写法`,
            en: `Unit ${quote(name)} is close to ${quote(suggestion)}: perhaps a typo, or another name for the same unit`,
          },
          suggestion: { zh: `统一为${quote(suggestion)}`, en: `Write it as ${quote(suggestion)}` },
        },
      ];
    });
  },
});
