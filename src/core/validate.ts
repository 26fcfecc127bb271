// Checking a sheet and marking it, for every surface (task pane, ribbon, CLI, browser page), over
// whichever WorkbookHost it has. Apart from ./usecases so that checking does not load the
// generation of department tabs (a command-line run pays for every module it loads).
import { checkSheet, parseConfig } from "./index";
import type { PlanTable } from "./model";
import type { OnProgress, WorkbookHost } from "./host";
import { planMarks } from "./marks";
import { resultsSheet } from "./report/resultsheet";
import { notAPlanError } from "./notaplan";
import type { Config, ConfigInput, SheetReport } from "./schema";

export { notAPlanError };

export interface ValidateResult {
  report: SheetReport;
  plan: PlanTable;
}

/** The sheet read and checked. Its snapshot is let go on return, before the marks are planned: a
 * suspended async function keeps its locals until it ends (at 100k rows the snapshot is ~30 MB). */
async function readAndCheck(host: WorkbookHost, sheet: string, cfg: Config, onProgress?: OnProgress): Promise<{ plan: PlanTable; report: SheetReport }> {
  const snapshot = await host.readSnapshot(sheet);
  onProgress?.({ fraction: 0.4, zh: "正在检查…", en: "Checking…" });
  return checkSheet(snapshot, cfg);
}

/** Checks a sheet and marks its findings in place (replacing this tool's earlier marks and
 * 检查结果 sheet). A tab this tool wrote is refused with notAPlanError. */
export async function validate(
  host: WorkbookHost,
  sheet: string,
  config: ConfigInput = {},
  onProgress?: OnProgress,
): Promise<ValidateResult> {
  onProgress?.({ fraction: 0.05, zh: "正在读取工作表…", en: "Reading the sheet…" });
  const info = (await host.listSheets()).find((s) => s.name === sheet);
  const refusal = info && notAPlanError(info);
  if (refusal) throw refusal;
  const cfg = parseConfig(config);
  const { plan, report } = await readAndCheck(host, sheet, cfg, onProgress);
  onProgress?.({ fraction: 0.6, zh: "正在标记问题单元格…", en: "Marking cells…" });
  await host.applyMarks({ ...planMarks(report, cfg.lang), results: resultsSheet(report, plan, cfg.lang) }, onProgress);
  onProgress?.({ fraction: 1, zh: "检查完成", en: "Done" });
  return { report, plan };
}

/** Removes this tool's marks from a sheet, and the 检查结果 sheet it wrote for it unless a user
 * edited that since; returns how many cells were restored. */
export function clearMarks(host: WorkbookHost, sheet: string): Promise<number> {
  return host.clearMarks(sheet);
}
