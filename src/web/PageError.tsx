// A problem the user can act on, in the page's language; never a stack trace, never a blank page.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { PlanError } from "../core/errors";
import type { Lang } from "../taskpane/i18n";

/** Anything thrown while opening or reading a file, as a PlanError a user can read. */
export function asPlanError(e: unknown): PlanError {
  if (e instanceof PlanError) return e;
  const detail = e instanceof Error ? e.message : String(e);
  return new PlanError(
    "bad-file",
    `无法处理这个文件：${detail}`,
    `This file could not be processed: ${detail}`,
  );
}

export function PageError({ error, lang, intent = "error" }: { error: PlanError; lang: Lang; intent?: "error" | "warning" }) {
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="page-error" data-code={error.code}>
      <MessageBarBody>{lang === "zh" ? error.zh : error.en}</MessageBarBody>
    </MessageBar>
  );
}
