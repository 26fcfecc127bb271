// Whether a sheet is one this tool wrote, apart from ./validate so that `split`, which only needs
// to pass over such sheets, does not load the checking and its report modules.
import { PlanError } from "./errors";
import type { SheetInfo } from "./host";

/**
 * A tab this tool wrote is no plan: a department tab's 责任部门（科室） column is empty for the
 * department to fill in, and a 检查结果 sheet lists findings. Checking either would mark what is
 * as intended, so the clerk is told what the sheet is and where the plan is checked instead.
 */
export function notAPlanError(info: SheetInfo): PlanError | null {
  if (info.results) {
    return new PlanError(
      "generated-tab",
      `“${info.name}”是本工具写出的检查结果，不是任务分工表，无需检查；请选择原分工表再检查`,
      `"${info.name}" is the check results this tool wrote, not a task plan; choose the plan sheet to check it`,
    );
  }
  if (info.generated) {
    return new PlanError(
      "generated-tab",
      `“${info.name}”是本工具生成的分表，其中“责任部门（科室）”等栏留给承办单位填写，不作检查；请在原分工表上检查，修改后重新生成分表`,
      `"${info.name}" is a tab this tool generated: its columns such as 责任部门（科室） are left for the department to fill in, so it is not checked. Check the plan it was made from, then generate the tabs again`,
    );
  }
  return null;
}
