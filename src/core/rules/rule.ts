// What a rule is: its id, the severity it reports at unless the settings say otherwise, its name in
// both languages, and its check. Every rule is one file in this folder, listed once in ./index.ts;
// the rule ids of the settings and the report, default severities and labels all derive from that list.
import { z } from "zod";
import { lazily } from "../lazily";
import type { PlanTable } from "../model";

export const SeveritySchema = lazily(() => z.enum(["error", "warning", "info"]));
export type Severity = z.infer<ReturnType<typeof SeveritySchema>>;

export const TextSchema = lazily(() => z.object({ zh: z.string().min(1), en: z.string().min(1) }));
/** The same words in both languages of the interface. */
export type Text = z.infer<ReturnType<typeof TextSchema>>;

/** What a check finds, before the settings give it a severity and a language. */
export interface Draft {
  cell: string;
  /** 1-based worksheet row; null for a sheet-level finding. */
  row: number | null;
  message: Text;
  /** What the clerk can do about it: kept apart from the problem so each surface can show it as advice. */
  suggestion?: Text;
}

export type Check = (plan: PlanTable) => Draft[];

/** What a rule's description must be; every rule of ./index is checked against it by ./index.test.ts. */
export const RuleSchema = lazily(() =>
  z.object({
    id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
    severity: SeveritySchema(),
    label: TextSchema(),
    check: z.custom<Check>((v) => typeof v === "function"),
  }),
);

export interface Rule<Id extends string = string> extends z.infer<ReturnType<typeof RuleSchema>> {
  id: Id;
}

/** A rule, its id typed as written. Its description is checked by a test, not when the module
 * loads: parsing thirteen rules at every start of the command line costs more than it guards. */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

/** The drafts `find` gives item by item: most rows of a plan give none, so nothing is allocated for them. */
export function draftsOf<T>(items: readonly T[], find: (item: T, i: number) => Draft | null): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < items.length; i++) {
    const d = find(items[i], i);
    if (d) out.push(d);
  }
  return out;
}
