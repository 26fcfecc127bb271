// A task addressed only to catch-alls (各有关部门, 相关责任部门): no one body answers for it.
import { defineRule, draftsOf } from "./rule";
import { quote } from "./wording";

export default defineRule({
  id: "generic-unit-only",
  severity: "warning",
  label: { zh: "责任单位只写泛称", en: "Only catch-all units" },
  check(plan) {
    return draftsOf(plan.rows, (r) => {
      if (!r.cells.units || r.unitStatus !== "generic") return null;
      const names = r.units.map((u) => u.name).join("、");
      return {
        cell: r.cells.units,
        row: r.row,
        message: {
          zh: `责任单位仅为泛称${quote(names)}，未明确具体单位`,
          en: `Only catch-all units (${names}): no specific unit is named`,
        },
        suggestion: { zh: "明确具体牵头单位", en: "Name the specific unit that leads" },
      };
    });
  },
});
