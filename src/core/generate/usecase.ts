// The 生成各单位分表 use case, over any WorkbookHost: read the plan (and the roster when the
// settings name one), decide the tabs, let the host write them.
import { parseConfig } from "../config";
import { PlanError } from "../errors";
import type { KeptTab, OnProgress, SheetInfo, WorkbookHost } from "../host";
import type { PlanTable } from "../model";
import { readPlanTable } from "../read";
import type { Config, ConfigInput, TabsPlan } from "../schema";
import { planDepartmentTabs, type Notice, type PlacedTab, type TabsSummary } from "./departments";
import type { NonTaskSource } from "./nontask";
import { readRoster, ROSTER_TAB_NAME, rosterWithAlias, type Roster } from "./roster";

export interface GenerateResult {
  plan: PlanTable;
  tabs: TabsPlan;
  created: string[];
  removed: string[];
  /** Generated tabs left in place (edited since, or from another plan). */
  kept: KeptTab[];
  notices: Notice[];
  /** Per tab, which rows it holds and why. */
  placed: PlacedTab[];
  summary: TabsSummary;
}

export interface GenerateInputs {
  plan: PlanTable;
  existing: SheetInfo[];
  roster?: Roster;
  /** The plan sheet's hidden rows and struck cells. */
  source: NonTaskSource;
}

/** The plan of `sheet`, the workbook's tabs, and the roster when the settings name one. */
export async function readGenerateInputs(host: WorkbookHost, sheet: string, config: Config): Promise<GenerateInputs> {
  const existing = await host.listSheets();
  const snapshot = await host.readSnapshot(sheet);
  const plan = readPlanTable(snapshot, config);
  const source = { hiddenRows: snapshot.hiddenRows, struckCells: snapshot.struckCells };
  const rosterSheet = config.rosterSheet;
  if (!rosterSheet) return { plan, existing, source };
  if (!existing.some((s) => s.name === rosterSheet)) {
    throw new PlanError("no-sheet", `找不到单位名录工作表“${rosterSheet}”`, `Roster sheet "${rosterSheet}" not found`);
  }
  return { plan, existing, source, roster: readRoster(await host.readSnapshot(rosterSheet)) };
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
  const { plan, existing, roster, source } = await readGenerateInputs(host, sheet, cfg);

  onProgress?.({ fraction: 0.3, zh: "正在拆分任务…", en: "Splitting tasks by department…" });
  const { plan: tabs, remove, kept: keptByPlan, notices, placed, summary } = planDepartmentTabs(plan, existing, cfg, roster, { source });
  onProgress?.({ fraction: 0.4, zh: `正在写入 ${tabs.tabs.length} 个分表…`, en: `Writing ${tabs.tabs.length} tabs…` });
  // The host reports its own 0..1; it is the last part of this use case's run.
  const writing: OnProgress | undefined = onProgress && ((p) => onProgress({ ...p, fraction: 0.4 + 0.55 * p.fraction }));
  const written = await host.applyTabs(tabs, remove, writing);
  onProgress?.({ fraction: 1, zh: "分表已生成", en: "Tabs generated" });
  const kept = [...keptByPlan, ...(written.kept ?? [])];
  return { plan, tabs, created: written.created, removed: written.removed, kept, notices, placed, summary };
}

/**
 * 「视为同一单位」: lists `variant` (建设局局) as an alias of `canonical` (建设局) in the workbook's
 * roster — the settings' roster sheet, else a 单位名录 made from the plan — names that sheet in the
 * settings when none was, and generates the tabs again with it.
 */
export async function treatAsSameUnit(
  host: WorkbookHost,
  sheet: string,
  config: ConfigInput,
  variant: string,
  canonical: string,
  onProgress?: OnProgress,
): Promise<GenerateResult> {
  const cfg = parseConfig(config);
  if (!host.writeRoster) {
    throw new PlanError("unsupported-host", "此环境不能写入单位名录，请用 taskplan roster 生成", "This host cannot write the roster; use taskplan roster");
  }
  const rosterSheet = cfg.rosterSheet ?? ROSTER_TAB_NAME;
  const existing = await host.listSheets();
  const plan = readPlanTable(await host.readSnapshot(sheet), cfg);
  const roster = existing.some((s) => s.name === rosterSheet) ? readRoster(await host.readSnapshot(rosterSheet)) : undefined;
  await host.writeRoster({ ...rosterWithAlias(plan, roster, variant, canonical), name: rosterSheet });
  if (cfg.rosterSheet !== rosterSheet) await host.saveSettings({ ...cfg, rosterSheet });
  return generate(host, sheet, { ...cfg, rosterSheet }, onProgress);
}
