// The use cases every surface calls — task pane, ribbon commands, CLI, browser page — over
// whichever WorkbookHost it has. Read → decide → apply: the host reads and applies, the
// engine decides.
import { checkSheet, parseConfig } from "./index";
import type { PlanTable } from "./model";
import type { OnProgress, WorkbookHost } from "./host";
import { planMarks } from "./marks";
import type { ConfigInput, SheetReport } from "./schema";

export { generate, treatAsSameUnit } from "./generate/usecase";

export interface ValidateResult {
  report: SheetReport;
  plan: PlanTable;
}

/** Checks a sheet and marks its findings in place (replacing this tool's earlier marks). */
export async function validate(
  host: WorkbookHost,
  sheet: string,
  config: ConfigInput = {},
  onProgress?: OnProgress,
): Promise<ValidateResult> {
  onProgress?.({ fraction: 0.05, zh: "正在读取工作表…", en: "Reading the sheet…" });
  const snapshot = await host.readSnapshot(sheet);
  onProgress?.({ fraction: 0.4, zh: "正在检查…", en: "Checking…" });
  const cfg = parseConfig(config);
  const { plan, report } = checkSheet(snapshot, cfg);
  onProgress?.({ fraction: 0.6, zh: "正在标记问题单元格…", en: "Marking cells…" });
  await host.applyMarks(planMarks(report, cfg.lang), onProgress);
  onProgress?.({ fraction: 1, zh: "检查完成", en: "Done" });
  return { report, plan };
}

/** Removes this tool's marks from a sheet; returns how many cells were restored. */
export function clearMarks(host: WorkbookHost, sheet: string): Promise<number> {
  return host.clearMarks(sheet);
}
