// 从工作要点生成分工表, for every surface (CLI, browser page): read the 要点, lay its table out in
// the core, let the host write it as a new workbook, then check and mark it with the same engine
// and use case as any other plan (validate), so the table arrives with its findings marked.
import type { WorkbookHost } from "../host";
import type { ConfigInput } from "../schema";
import { validate, type ValidateResult } from "../usecases";
import { layoutImportedPlan, type ImportLayout } from "./layout";
import type { SourceParagraph } from "./paragraphs";
import { parseWorkPoints } from "./parse";
import type { ImportedPlan } from "./schema";

export interface ImportResult<H extends WorkbookHost> extends ValidateResult {
  imported: ImportedPlan;
  layout: ImportLayout;
  host: H;
}

export async function importWorkPoints<H extends WorkbookHost>(
  paragraphs: SourceParagraph[],
  file: string,
  newWorkbook: (layout: ImportLayout) => Promise<H>,
  config: ConfigInput = {},
): Promise<ImportResult<H>> {
  const imported = parseWorkPoints(paragraphs, { file, catchAll: config.catchAll });
  const layout = layoutImportedPlan(imported);
  const host = await newWorkbook(layout);
  // The table states its plan year in its title; the 要点's own year is given in case it does not.
  const checked = await validate(host, layout.snapshot.sheet, { ...config, planYear: config.planYear ?? imported.year ?? undefined });
  return { ...checked, imported, layout, host };
}
