// Errors a user can act on. Every host shows both languages; nothing else (no stack trace).

export type PlanErrorCode =
  | "no-table"
  | "no-sheet"
  | "bad-file"
  | "encrypted"
  | "empty-workbook"
  | "bad-config"
  | "protected"
  | "unsupported-host"
  | "write-failed"
  | "too-large";

export class PlanError extends Error {
  constructor(
    readonly code: PlanErrorCode,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = "PlanError";
  }
}

export function noTableError(sheet: string): PlanError {
  return new PlanError(
    "no-table",
    `工作表“${sheet}”中没有找到任务分工表（需要“责任单位”“工作任务”等表头）`,
    `No task-breakdown table found in sheet "${sheet}" (expected headers such as 责任单位 / 工作任务)`,
  );
}
