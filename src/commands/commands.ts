// Ribbon buttons without the pane (ExecuteFunction): the same use cases over the Excel host, with
// the workbook's settings. A command has no UI of its own, so what it did, or what went wrong, is
// shown in a small dialog (notice.html, Office.context.ui.displayDialogAsync, DialogApi 1.1);
// event.completed() is called once the user has read it.
import { parseConfig } from "../core/config";
import { PlanError } from "../core/errors";
import type { Config } from "../core/schema";
import { clearMarks, generate, validate } from "../core/usecases";
import { ExcelHost } from "../excel/host";

export interface Notice {
  zh: string;
  en: string;
}

type Work = (host: ExcelHost, sheet: string, config: Config) => Promise<Notice>;
/** Shows a notice; resolves when the user has closed it. */
export type Notify = (notice: Notice) => Promise<void>;

export function noticeUrl(notice: Notice, page: string = location.href): string {
  const base = page.replace(/[?#].*$/, "").replace(/[^/]*$/, "notice.html");
  return `${base}?zh=${encodeURIComponent(notice.zh)}&en=${encodeURIComponent(notice.en)}`;
}

/** The dialog: closed by its button (messageParent) or by the user's ×. */
export const dialogNotify: Notify = (notice) =>
  new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(noticeUrl(notice), { height: 25, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });

function failureNotice(e: unknown): Notice {
  if (e instanceof PlanError) return { zh: e.zh, en: e.en };
  const detail = e instanceof Error ? e.message : String(e);
  return { zh: `操作失败：${detail}`, en: `Something went wrong: ${detail}` };
}

export function command(work: Work, makeHost: () => ExcelHost = () => new ExcelHost(), notify: Notify = dialogNotify) {
  return async (event: Office.AddinCommands.Event): Promise<void> => {
    let notice: Notice;
    try {
      const host = makeHost();
      const sheet = await host.activeSheet();
      notice = await work(host, sheet, parseConfig(await host.loadSettings()));
    } catch (e) {
      notice = failureNotice(e);
    }
    try {
      await notify(notice);
    } finally {
      event.completed();
    }
  };
}

export const commands = {
  validateSheet: command(async (host, sheet, config) => {
    const { report } = await validate(host, sheet, config);
    const n = report.findings.length;
    return n === 0
      ? { zh: `“${sheet}”检查完成，未发现问题。`, en: `"${sheet}" checked: no problems found.` }
      : { zh: `“${sheet}”检查完成：发现 ${n} 个问题，已在表中标出（见单元格批注）。`, en: `"${sheet}" checked: ${n} problems found and marked in the sheet (see the cells' notes).` };
  }),
  clearMarks: command(async (host, sheet) => {
    const n = await clearMarks(host, sheet);
    return n === 0
      ? { zh: `“${sheet}”中没有本工具的标记。`, en: `"${sheet}" has no marks of this tool.` }
      : { zh: `已清除“${sheet}”中 ${n} 个单元格的标记。`, en: `Marks removed from ${n} cells of "${sheet}".` };
  }),
  generateTabs: command(async (host, sheet, config) => {
    const { created, kept } = await generate(host, sheet, config);
    const keptZh = kept.length ? `；以下分表生成后被修改过，已保留并改名：${kept.map((k) => k.keptAs).join("、")}` : "";
    const keptEn = kept.length ? `; tabs edited since they were generated were kept under new names: ${kept.map((k) => k.keptAs).join(", ")}` : "";
    return { zh: `已生成 ${created.length} 个分表${keptZh}。`, en: `${created.length} tabs created${keptEn}.` };
  }),
};

// Associated as soon as this file runs (office.js is loaded before it, blocking): a handler
// associated later, inside Office.onReady, can miss the first click (office-js #2744).
if (typeof Office !== "undefined" && Office.actions) {
  for (const [name, handler] of Object.entries(commands)) Office.actions.associate(name, handler);
}
