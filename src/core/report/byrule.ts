// Findings grouped by rule, with counts: the errors first, then the rules that hit most tasks.
import { worstSeverity } from "../marks";
import { RULE_IDS, type RuleId, type Severity } from "../schema";
import type { TaskFinding } from "./bytask";

export interface RuleGroup {
  rule: RuleId;
  /** The worst severity of the group's findings (a rule has one severity per run). */
  severity: Severity;
  /** In task order, as findingsByTask gave them. */
  findings: TaskFinding[];
  /** How many tasks the rule hit (a task may have two findings of one rule: two unit variants);
   * 0 for a rule about the whole table. */
  tasks: number;
}

const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];

/** Groups findings (in task order) by rule: by severity, then most tasks first, then rule order. */
export function groupByRule(findings: readonly TaskFinding[]): RuleGroup[] {
  const groups = new Map<RuleId, RuleGroup>();
  for (const f of findings) {
    const g = groups.get(f.rule);
    if (g) {
      g.severity = worstSeverity(g.severity, f.severity);
      g.findings.push(f);
    } else groups.set(f.rule, { rule: f.rule, severity: f.severity, findings: [f], tasks: 0 });
  }
  for (const g of groups.values()) {
    const rows = new Set<number>();
    for (const f of g.findings) if (f.task) rows.add(f.task.row);
    g.tasks = rows.size;
  }
  return [...groups.values()].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      b.tasks - a.tasks ||
      RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule),
  );
}
