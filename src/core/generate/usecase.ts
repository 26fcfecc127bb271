// The 生成各单位分表 use case, over any WorkbookHost: read the plan (and the roster when the
// settings name one), decide the tabs, let the host write them.
import { parseConfig } from "../config";
import { PlanError } from "../errors";
import type { OnProgress, SheetInfo, WorkbookHost } from "../host";
import type { PlanTable } from "../model";
import { readPlanTable } from "../read";
import type { Config, ConfigInput, TabsPlan } from "../schema";
import { planDepartmentTabs, type Notice } from "./departments";
import { readRoster, type Roster } from "./roster";

export interface GenerateResult {
  plan: PlanTable;
  tabs: TabsPlan;
  created: string[];
  removed: string[];
  /** Generated tabs edited since they were made: kept under a new name, not replaced. */
  kept: string[];
  notices: Notice[];
}

export interface GenerateInputs {
  plan: PlanTable;
  existing: SheetInfo[];
  roster?: Roster;
}

/** The plan of `sheet`, the workbook's tabs, and the roster when the settings name one. */
export async function readGenerateInputs(host: WorkbookHost, sheet: string, config: Config): Promise<GenerateInputs> {
  const existing = await host.listSheets();
  const plan = readPlanTable(await host.readSnapshot(sheet), config);
  const rosterSheet = config.rosterSheet;
  if (!rosterSheet) return { plan, existing };
  if (!existing.some((s) => s.name === rosterSheet)) {
    throw new PlanError("no-sheet", `找不到单位名录工作表“${rosterSheet}”`, `Roster sheet "${rosterSheet}" not found`);
  }
  return { plan, existing, roster: readRoster(await host.readSnapshot(rosterSheet)) };
}

/** Generates the department tabs of `sheet` into the host's workbook (生成各单位分表). */
export async function generate(
  host: WorkbookHost,
  sheet: string,
  config: ConfigInput = {},
  onProgress?: OnProgress,
): Promise<GenerateResult> {
  const cfg = parseConfig(config);
  onProgress?.({ fraction: 0.05, zh: "正在读取工作表…", en: "Reading the sheet…" });
  const { plan, existing, roster } = await readGenerateInputs(host, sheet, cfg);

  onProgress?.({ fraction: 0.3, zh: "正在拆分任务…", en: "Splitting tasks by department…" });
  const { plan: tabs, remove, notices } = planDepartmentTabs(plan, existing, cfg, roster);
  onProgress?.({ fraction: 0.4, zh: `正在写入 ${tabs.tabs.length} 个分表…`, en: `Writing ${tabs.tabs.length} tabs…` });
  // The host reports its own 0..1; it is the last part of this use case's run.
  const writing: OnProgress | undefined = onProgress && ((p) => onProgress({ ...p, fraction: 0.4 + 0.55 * p.fraction }));
  const { created, removed, kept = [] } = await host.applyTabs(tabs, remove, writing);
  onProgress?.({ fraction: 1, zh: "分表已生成", en: "Tabs generated" });
  return { plan, tabs, created, removed, kept, notices };
}
