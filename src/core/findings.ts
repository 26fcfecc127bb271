// The checks: every rule of the registry (./rules) run over a plan; each finding names its rule,
// cell, row, and a message and suggestion in the chosen language.
import { ruleSeverity } from "./config";
import type { PlanTable } from "./model";
import { RULES } from "./rules";
import type { Config, Finding } from "./schema";

export function findIssues(plan: PlanTable, config: Config): Finding[] {
  const lang = config.lang;
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = ruleSeverity(config, rule.id);
    if (!severity) continue;
    for (const d of rule.check(plan)) {
      // Built whole in one literal: a property added afterwards costs every finding a second object.
      findings.push(
        d.suggestion
          ? { rule: rule.id, severity, sheet: plan.sheet, cell: d.cell, row: d.row, message: d.message[lang], suggestion: d.suggestion[lang] }
          : { rule: rule.id, severity, sheet: plan.sheet, cell: d.cell, row: d.row, message: d.message[lang] },
      );
    }
  }
  // Sheet-level findings first, then by row; a row's findings in the registry's order (a stable sort).
  return findings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
