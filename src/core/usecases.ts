// The use cases every surface calls — task pane, ribbon commands, CLI, browser page — over
// whichever WorkbookHost it has. Read → decide → apply: the host reads and applies, the
// engine decides.
export { clearMarks, notAPlanError, validate, type ValidateResult } from "./validate";
export { generate, treatAsSameUnit } from "./generate/usecase";
