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
  | "too-large"
  | "generated-tab";

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
    `工作表“${sheet}”中没有找到任务分工表：前 60 行里没有一行表头能认出任务内容列（如“工作任务”“具体内容”）或责任单位列（如“责任单位”“牵头单位”），` +
      `其下各列内容也不像任务、单位名称或完成时间。可在设置的“列设置”中指定表头行和各列的列号（命令行：--config 的 columns）`,
    `No task-breakdown table found in sheet "${sheet}": no row in the first 60 names a task column (工作任务, 具体内容) or a unit column ` +
      `(责任单位, 牵头单位), and no columns below hold task text, unit names or deadlines. Set the header row and the ` +
      `columns by hand in the settings (CLI: "columns" in --config)`,
  );
}
