// Settings: defaults, validation, and each rule's effective switch and severity.
import { PlanError } from "./errors";
import { RULES } from "./rules";
import { CONFIG_DEFAULTS, ConfigSchema, type Config, type RuleId, type Severity } from "./schema";

export const DEFAULT_SEVERITY = Object.fromEntries(RULES.map((r) => [r.id, r.severity])) as Record<RuleId, Severity>;

/** A value JSON could hold, equal to `expected` (a default: text, or an empty list or map). */
function sameJson(value: unknown, expected: unknown): boolean {
  if (value === expected) return true;
  if (!isPlain(value) || !isPlain(expected) || Array.isArray(value) !== Array.isArray(expected)) return false;
  const keys = Object.keys(value);
  return keys.length === Object.keys(expected).length && keys.every((k) => Object.hasOwn(expected, k) && sameJson(value[k], expected[k]));
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === Array.prototype;
}

/** Settings that set nothing but defaults: none at all, as most runs give (no settings file,
 * none saved), or settings already parsed from none. */
function onlyDefaults(input: unknown): boolean {
  if (input === null || input === undefined) return true;
  if (!isPlain(input) || Array.isArray(input)) return false;
  return Object.keys(input).every((k) => Object.hasOwn(CONFIG_DEFAULTS, k) && sameJson(input[k], CONFIG_DEFAULTS[k as keyof typeof CONFIG_DEFAULTS]));
}

export function parseConfig(input: unknown = {}): Config {
  // What the schema makes of {}, without building it: the schema is zod's, and loading zod is
  // ~50 ms of a command-line run that reads no settings. A fresh copy through JSON, which the
  // defaults are: structuredClone is missing from older WebViews and from jsdom.
  if (onlyDefaults(input)) return JSON.parse(JSON.stringify(CONFIG_DEFAULTS satisfies Config)) as Config;
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
