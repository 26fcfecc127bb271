// The registry of rules: one entry per rule file. The rule ids of the settings and the report
// (RuleIdSchema), the default severities and the labels all derive from this list. Its order is the
// order findings of one row are listed in (unit, deadline, text, numbering, whole plan).
import deadlineOutsidePlanYear from "./deadline-outside-plan-year";
import duplicateTask from "./duplicate-task";
import emptyRequirement from "./empty-requirement";
import genericUnitOnly from "./generic-unit-only";
import missingDeadline from "./missing-deadline";
import missingUnit from "./missing-unit";
import missingUnitColumn from "./missing-unit-column";
import ongoingDeadline from "./ongoing-deadline";
import sequenceDuplicate from "./sequence-duplicate";
import sequenceGap from "./sequence-gap";
import textArtefact from "./text-artefact";
import unitVariant from "./unit-variant";
import vagueDeadline from "./vague-deadline";

export const RULES = [
  missingUnitColumn,
  missingUnit,
  genericUnitOnly,
  missingDeadline,
  vagueDeadline,
  ongoingDeadline,
  deadlineOutsidePlanYear,
  emptyRequirement,
  textArtefact,
  sequenceGap,
  sequenceDuplicate,
  duplicateTask,
  unitVariant,
] as const;

export type RuleId = (typeof RULES)[number]["id"];

export const RULE_IDS = RULES.map((r) => r.id) as [RuleId, ...RuleId[]];
