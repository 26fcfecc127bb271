/// <reference types="office-js" />
// The 检查结果 sheet in Excel: drawn like a department tab (./tabs) and marked with the results
// mark, so the next check replaces it and clearing the marks deletes it. One the user edited since
// (its cells no longer what was written) is theirs: a new check renames it aside (「检查结果（已修改）」)
// and takes its mark off; clearing leaves it.
import { uniqueTabNames } from "../core/generate/names";
import type { TabSpec } from "../core/schema";
import { RESULTS_MARK_NAME, resultsKey, tabDigest } from "../core/tabmark";
import { runOps } from "./batch";
import { editedTabs, freeName, listSheets, tabGrid, tabOps, type TabSheetInfo } from "./tabs";

interface Found {
  sheets: TabSheetInfo[];
  /** The results sheet of the checked sheet, if any, and whether a user edited it. */
  results?: TabSheetInfo;
  edited: boolean;
}

async function findResults(context: Excel.RequestContext, checkedSheet: string): Promise<Found> {
  const sheets = await listSheets(context);
  const key = resultsKey(checkedSheet);
  const results = sheets.find((s) => s.results?.plan === key);
  if (!results) return { sheets, edited: false };
  const edited = await editedTabs(context, [{ name: results.name, mark: results.results }]);
  return { sheets, results, edited: edited.has(results.name) };
}

/** Deletes the 检查结果 sheet of `checkedSheet` unless a user edited it; whether it did. */
export async function removeResults(context: Excel.RequestContext, checkedSheet: string): Promise<boolean> {
  const { results, edited } = await findResults(context, checkedSheet);
  if (!results || edited) return false;
  context.workbook.worksheets.getItem(results.name).delete();
  await context.sync();
  return true;
}

/** Writes `spec` as the 检查结果 sheet of `checkedSheet`, replacing the one an earlier check wrote. */
export async function writeResults(context: Excel.RequestContext, checkedSheet: string, spec: TabSpec): Promise<void> {
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  const { sheets, results, edited } = await findResults(context, checkedSheet);
  const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
  if (results) {
    const old = context.workbook.worksheets.getItem(results.name);
    taken.delete(results.name.toLowerCase());
    if (edited) {
      old.names.getItem(RESULTS_MARK_NAME).delete();
      if (results.name.toLowerCase() === spec.name.toLowerCase()) old.name = freeName(results.name, "（已修改）", taken);
      else taken.add(results.name.toLowerCase());
    } else old.delete();
  }
  const name = uniqueTabNames([spec.name], taken)[0];
  const mark = spec.mark ?? { plan: resultsKey(checkedSheet), digest: tabDigest(tabGrid(spec)) };
  const { values, formats } = tabOps({ ...spec, name }, name, mark, RESULTS_MARK_NAME);
  await runOps(context, [...values, ...formats]);
  // Freezing panes on the new sheet can move Excel's active sheet (office-js #3148): the clerk
  // stays on the plan, its marks in view. findResults synced the load above.
  // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
  context.workbook.worksheets.getItem(active.name).activate();
  await context.sync();
}
