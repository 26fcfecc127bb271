// Ribbon buttons without the pane (ExecuteFunction): the same use cases over the Excel host,
// with the workbook's settings. A command has no UI of its own, so a failure is logged and the
// user is pointed to the pane, which shows the message; event.completed() is always called.
import { parseConfig } from "../core/config";
import type { Config } from "../core/schema";
import { clearMarks, generate, validate } from "../core/usecases";
import { ExcelHost } from "../excel/host";

type Work = (host: ExcelHost, sheet: string, config: Config) => Promise<unknown>;

export function command(work: Work, makeHost: () => ExcelHost = () => new ExcelHost()) {
  return async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      const host = makeHost();
      const sheet = await host.activeSheet();
      await work(host, sheet, parseConfig(await host.loadSettings()));
    } catch (e) {
      console.error("任务分工助手 / taskplan:", e instanceof Error ? e.message : e);
    } finally {
      event.completed();
    }
  };
}

export const commands = {
  validateSheet: command((host, sheet, config) => validate(host, sheet, config)),
  clearMarks: command((host, sheet) => clearMarks(host, sheet)),
  generateTabs: command((host, sheet, config) => generate(host, sheet, config)),
};

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    for (const [name, handler] of Object.entries(commands)) Office.actions.associate(name, handler);
  });
}
