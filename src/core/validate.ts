// Checking a sheet and marking it, for every surface (task pane, ribbon, CLI, browser page), over
// whichever WorkbookHost it has. Apart from ./usecases so that checking does not load the
// generation of department tabs (a command-line run pays for every module it loads).
import { PlanError } from "./errors";
import { checkSheet, parseConfig } from "./index";
import type { PlanTable } from "./model";
import type { OnProgress, SheetInfo, WorkbookHost } from "./host";
import { planMarks } from "./marks";
import { resultsSheet } from "./report/resultsheet";
import type { Config, ConfigInput, SheetReport } from "./schema";

export interface ValidateResult {
  report: SheetReport;
  plan: PlanTable;
}

/**
 * A tab this tool wrote is no plan: a department tab's 责任部门（科室） column is empty for the
 * department to fill in, and a 检查结果 sheet lists findings. Checking either would mark what is
 * as intended, so the clerk is told what the sheet is and where the plan is checked instead.
 */
export function notAPlanError(info: SheetInfo): PlanError | null {
  if (info.results) {
    return new PlanError(
      "generated-tab",
      `“${info.name}”是本工具写出的检查结果，不是任务分工表，无需检查；请选择原分工表再检查`,
      `"${info.name}" is the check results this tool wrote, not a task plan; choose the plan sheet to check it`,
    );
  }
  if (info.generated) {
    return new PlanError(
      "generated-tab",
      `“${info.name}”是本工具生成的分表，其中“责任部门（科室）”等栏留给承办单位填写，不作检查；请在原分工表上检查，修改后重新生成分表`,
      `"${info.name}" is a tab this tool generated: its columns such as 责任部门（科室） are left for the department to fill in, so it is not checked. Check the plan it was made from, then generate the tabs again`,
    );
  }
  return null;
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
