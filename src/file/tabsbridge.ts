// The seam where generated tabs enter a package. Until the package-level tab writer lands in
// ./tabs (applyTabsToPackage, by the tabs work), tabs still go through exceljs: the package is
// loaded into exceljs, the tabs written, and the result opened as a package again. Only
// `split --out`, `roster --out` and the page's tab download take this path; marks never do.
import type { ApplyTabsResult } from "../core/host";
import type { TabsPlan } from "../core/schema";
import { openWorkbookPackage } from "./formats";
import type { XlsxPackage } from "./package";
import { applyTabsToWorkbook, type ApplyTabsOptions } from "./tabs";
import { loadWorkbook, workbookToBuffer } from "./xlsx";

export async function applyTabsToPackage(
  pkg: XlsxPackage,
  plan: TabsPlan,
  remove: string[],
  options: ApplyTabsOptions = {},
): Promise<{ pkg: XlsxPackage; result: ApplyTabsResult }> {
  const wb = await loadWorkbook(pkg.toBytes());
  const result = applyTabsToWorkbook(wb, plan, remove, options);
  return { pkg: openWorkbookPackage(new Uint8Array(await workbookToBuffer(wb))), result };
}
