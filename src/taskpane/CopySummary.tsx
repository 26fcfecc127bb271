// 复制摘要: the check's summary paragraph (src/core/report) to paste into a reply 公文. Where the
// clipboard is closed to the page (served over plain http, an old webview), the paragraph is shown
// selected, for Ctrl+C.
import { useRef, useState } from "react";
import { Button, Text, Textarea } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import type { Strings } from "./i18n";

export function CopySummary({ summary, strings }: { summary: string; strings: Strings }) {
  const [state, setState] = useState<"idle" | "copied" | "by-hand">("idle");
  const box = useRef<HTMLTextAreaElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(summary);
      setState("copied");
    } catch {
      setState("by-hand");
      requestAnimationFrame(() => box.current?.select());
    }
  };
  return (
    <div>
      <Button icon={<CopyRegular />} onClick={() => void copy()} data-summary={summary}>
        {strings.copySummary}
      </Button>
      <Text role="status" block>
        {state === "copied" ? strings.summaryCopied : state === "by-hand" ? strings.summaryByHand : ""}
      </Text>
      {state === "by-hand" && <Textarea ref={box} readOnly value={summary} aria-label={strings.copySummary} resize="vertical" />}
    </div>
  );
}
