// What the importer makes of a 工作要点: the rows of a 责任分工 table, in the report's own
// vocabulary (units, roles, unit status and deadline as the table reader gives them).
import { z } from "zod";
import { RowReportSchema } from "../schema";

export const ImportedRowSchema = RowReportSchema().pick({ category: true, units: true, lead: true, unitStatus: true, deadline: true }).extend({
  /** 1, 2, 3 … over the tasks. */
  seq: z.number().int().min(1),
  /** The item's own number as the text gives it (（三）, 2.), or null when it has none. */
  sourceSeq: z.string().nullable(),
  /** The item text without its unit parenthetical. */
  requirement: z.string(),
  /** The units as written (the parenthetical's text, and a standing rule's units after ；). */
  unitsText: z.string(),
});
export type ImportedRow = z.infer<typeof ImportedRowSchema>;

export const ImportedPlanSchema = z.object({
  file: z.string(),
  /** The 要点's own title (株洲市2020年政务公开工作要点), or null when none was found. */
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  rows: z.array(ImportedRowSchema),
});
export type ImportedPlan = z.infer<typeof ImportedPlanSchema>;
