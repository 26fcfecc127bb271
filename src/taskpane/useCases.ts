// The use cases as the pane calls them. Inside Excel they run right here over the Office.js
// host; the browser page runs the very same ones in a Web Worker (src/web/worker) and hands the
// pane this interface over messages, so the page never freezes on a long plan.
import type { OnProgress, WorkbookHost } from "../core/host";
import type { GenerateResult } from "../core/generate/usecase";
import { parseConfig } from "../core/config";
import { findingsByTask, groupByRule, replySummary, type PlanYearReading, type TaskFinding } from "../core/report";
import type { ConfigInput, TableInfo } from "../core/schema";
import { clearMarks, generate, treatAsSameUnit, validate } from "../core/usecases";

/** What the pane shows of a check: not the report's row by row reading, which a 10k-row plan
 * makes megabytes of. The plan year and where it came from, beside the table. */
export interface CheckOutcome extends PlanYearReading {
  /** Where the table was found; null when none was. */
  table: TableInfo | null;
  /** The findings in task order, each with its task's 序号 and text. */
  findings: TaskFinding[];
  /** The paragraph 复制摘要 copies, in the language of the check. */
  summary: string;
}

/** What the pane shows of a 生成各单位分表 run (not the tabs' cells). */
export type GenerateOutcome = Pick<GenerateResult, "created" | "removed" | "notices" | "placed" | "summary">;

/** What the pane itself asks of a host; the use cases do the rest. */
export type PaneHost = Pick<WorkbookHost, "name" | "listSheets" | "activeSheet" | "loadSettings" | "saveSettings" | "selectCell">;

export interface PaneUseCases {
  validate(sheet: string, config: ConfigInput, onProgress?: OnProgress): Promise<CheckOutcome>;
  clearMarks(sheet: string): Promise<number>;
  generate(sheet: string, config: ConfigInput, onProgress?: OnProgress): Promise<GenerateOutcome>;
  /** 视为同一单位: only where the host can write the roster. */
  treatAsSameUnit?(sheet: string, config: ConfigInput, variant: string, canonical: string, onProgress?: OnProgress): Promise<GenerateOutcome>;
}

const outcome = ({ created, removed, notices, placed, summary }: GenerateResult): GenerateOutcome => ({ created, removed, notices, placed, summary });

/** The use cases run on this thread over `host`. */
export function directUseCases(host: WorkbookHost): PaneUseCases {
  return {
    validate: async (sheet, config, onProgress) => {
      const { report, plan } = await validate(host, sheet, config, onProgress);
      const findings = findingsByTask(report, plan);
      const summary = replySummary(plan.rows.length, groupByRule(findings), parseConfig(config).lang);
      return { table: report.table, planYear: report.planYear, planYearSource: report.planYearSource, findings, summary };
    },
    clearMarks: (sheet) => clearMarks(host, sheet),
    generate: async (sheet, config, onProgress) => outcome(await generate(host, sheet, config, onProgress)),
    ...(host.writeRoster
      ? {
          treatAsSameUnit: async (sheet: string, config: ConfigInput, variant: string, canonical: string, onProgress?: OnProgress) =>
            outcome(await treatAsSameUnit(host, sheet, config, variant, canonical, onProgress)),
        }
      : {}),
  };
}
