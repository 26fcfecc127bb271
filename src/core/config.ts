// Settings: defaults, validation, and each rule's effective switch and severity.
import { PlanError } from "./errors";
import { RULES } from "./rules";
import { ConfigSchema, type Config, type RuleId, type Severity } from "./schema";

export const DEFAULT_SEVERITY = Object.fromEntries(RULES.map((r) => [r.id, r.severity])) as Record<RuleId, Severity>;

export function parseConfig(input: unknown = {}): Config {
  const parsed = ConfigSchema().safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
  throw new PlanError("bad-config", `设置无效：${where}`, `Invalid settings: ${where}`);
}

/** The severity a rule reports at, or null when the rule is switched off. */
export function ruleSeverity(config: Config, rule: RuleId): Severity | null {
  const setting = config.rules[rule];
  if (setting?.enabled === false) return null;
  return setting?.severity ?? DEFAULT_SEVERITY[rule];
}
