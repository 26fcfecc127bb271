// The files the page hands out, each rebuilt from the bytes the user opened so it holds exactly
// what its button says: the plan with this tool's marks; the plan with the department tabs (as
// `taskplan split --out` writes it); each department's own workbook and the index (as
// `taskplan split --out-dir` writes them), one at a time or all in one zip.
import type { TabsPlan } from "../core/schema";
import { FileHost } from "../file/host";
import { tabFileMaker, tabFiles } from "../file/tabs";
import type { BrowserHost, GeneratedTabs } from "./browserHost";
import { derivedName, safeFileName, zipFiles, type NamedFile } from "./save";

export interface Download {
  name: string;
  data: ArrayBuffer | Uint8Array | Blob;
}

export async function markedWorkbook(host: BrowserHost): Promise<Download> {
  const file = await FileHost.fromBytes(host.original, host.name);
  for (const plan of Object.values(host.getState().marks)) await file.applyMarks(plan);
  return { name: derivedName(host.name, "已标记"), data: file.toBytes() };
}

export async function workbookWithTabs(host: BrowserHost, tabs: GeneratedTabs): Promise<Download> {
  const file = await FileHost.fromBytes(host.original, host.name);
  await file.applyTabs(tabs.plan, tabs.remove);
  return { name: derivedName(host.name, "含分表"), data: file.toBytes() };
}

/** One workbook per tab (departments, 共同任务, the index), named as the CLI names them. */
export async function tabWorkbooks(plan: TabsPlan, only?: string): Promise<NamedFile[]> {
  const files = tabFiles(plan);
  const makeFile = tabFileMaker(files);
  const out: NamedFile[] = [];
  for (const file of files) {
    if (only !== undefined && file.tab.name !== only) continue;
    out.push({ name: safeFileName(`${file.stem}.xlsx`), data: makeFile(file) });
  }
  return out;
}

export async function tabWorkbook(plan: TabsPlan, tabName: string): Promise<Download> {
  const [file] = await tabWorkbooks(plan, tabName);
  return file;
}

export async function tabWorkbooksZip(host: BrowserHost, plan: TabsPlan): Promise<Download> {
  return { name: derivedName(host.name, "各单位工作簿", ".zip"), data: await zipFiles(await tabWorkbooks(plan)) };
}
