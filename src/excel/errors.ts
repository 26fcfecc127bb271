// Office errors turned into messages a user can act on, in Chinese and English.
import { PlanError } from "../core/errors";

export function protectedSheetError(sheet: string): PlanError {
  return new PlanError(
    "protected",
    `工作表“${sheet}”受保护，无法标记。请先在“审阅”中撤销工作表保护。`,
    `Sheet "${sheet}" is protected. Unprotect it (Review › Unprotect Sheet) and try again.`,
  );
}

export function protectedWorkbookError(): PlanError {
  return new PlanError(
    "protected",
    "工作簿结构受保护，无法添加分表。请先在“审阅”中撤销工作簿保护。",
    "The workbook structure is protected, so tabs cannot be added. Unprotect the workbook (Review › Protect Workbook) first.",
  );
}

export function missingApiError(feature: { zh: string; en: string }, apiSet: string): PlanError {
  return new PlanError(
    "unsupported-host",
    `此版本的 Excel 不支持${feature.zh}（需要 ${apiSet}）。请使用 Microsoft 365 版 Excel、网页版 Excel，或本工具的网页版/命令行。`,
    `This version of Excel cannot ${feature.en} (needs ${apiSet}). Use Excel for Microsoft 365, Excel on the web, or the browser page / CLI of this tool.`,
  );
}

export function tabNameTakenError(name: string): PlanError {
  return new PlanError(
    "write-failed",
    `已有名为“${name}”的工作表，且不是本工具生成的，未做任何修改。`,
    `A sheet named "${name}" already exists and was not made by this tool; nothing was changed.`,
  );
}

export function conditionalFormatError(sheet: string, addresses: string[]): PlanError {
  const where = addresses.slice(0, 3).join("、") + (addresses.length > 3 ? "…" : "");
  return new PlanError(
    "write-failed",
    `Excel 拒绝删除工作表“${sheet}”中本工具的条件格式（${where}），通常是因为同一单元格上还有别的规则。请在“开始 › 条件格式 › 管理规则”中删除公式为 =N("taskplan")=0 的规则后重试。`,
    `Excel refused to delete this tool's conditional formats on sheet "${sheet}" (${where}), usually because other rules cover the same cells. Delete the rules with formula =N("taskplan")=0 in Home › Conditional Formatting › Manage Rules, then try again.`,
  );
}

export function sheetMissingError(sheet: string): PlanError {
  return new PlanError("no-sheet", `找不到工作表“${sheet}”，它可能已被重命名或删除。`, `Sheet "${sheet}" was not found; it may have been renamed or deleted.`);
}

export function otherPlanTabError(name: string): PlanError {
  return new PlanError(
    "write-failed",
    `已有名为“${name}”的分表，但它是由另一份计划生成的，未做任何修改。请先重命名或删除它。`,
    `A tab named "${name}" already exists, generated from another plan; nothing was changed. Rename or delete it first.`,
  );
}

/** Renaming tabs failed; the names were put back. */
export function swapFailedError(e: unknown): PlanError {
  const detail = e instanceof Error ? e.message : String(e);
  return new PlanError(
    "write-failed",
    `替换分表时重命名失败（${detail}），已恢复原来的工作表名称，旧分表未删除。请重试。`,
    `Renaming tabs failed while replacing them (${detail}); the sheets' names were put back and no old tab was deleted. Try again.`,
  );
}

/** Any error from a batch → PlanError (PlanErrors pass through). */
export function toPlanError(e: unknown, sheet?: string): PlanError {
  if (e instanceof PlanError) return e;
  const code = String((e as { code?: unknown } | null)?.code ?? "");
  const detail = e instanceof Error ? e.message : String(e);
  if (code === "AccessDenied" && sheet) return protectedSheetError(sheet);
  if (code === "ItemNotFound") {
    // The sheet is there (the host checks before calling this): something inside it was not.
    return new PlanError(
      "write-failed",
      `Excel 找不到要读取或修改的对象（${detail}）。工作表可能在操作期间被修改，请重试。`,
      `Excel could not find an object it was asked for (${detail}). The sheet may have changed meanwhile; try again.`,
    );
  }
  if (code === "ApiNotFound" || code === "NotImplemented" || code === "UnsupportedFeature") {
    return missingApiError({ zh: "此操作", en: "do this" }, "ExcelApi");
  }
  if (code === "InvalidOperationInCellEditMode") {
    return new PlanError("write-failed", "Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。", "Excel is in cell-edit mode. Press Enter or Esc, then try again.");
  }
  return new PlanError(
    "write-failed",
    `与 Excel 的通信失败（${code || detail}）。请重试；如已写入部分标记，可点“清除标记”撤销。`,
    `The request to Excel failed (${code || detail}). Try again; any marks already written can be removed with Clear marks.`,
  );
}
