// 从工作要点生成分工表: a 要点 opened (.docx, .txt, .md) or pasted becomes its 责任分工 workbook,
// checked and marked in this browser, then opened in the page like any plan (grid, pane and the
// download panel). Kept to itself: the pane is reworked later.
import { useState } from "react";
import { Button, Textarea, Text, makeStyles } from "@fluentui/react-components";
import { paragraphsFromText } from "../core/import/paragraphs";
import { importWorkPoints } from "../core/import/usecase";
import { importWorkbook } from "../file/importbook";
import { readWorkPointsFile } from "../file/workpoints";
import type { OpenedFile } from "./FileOpen";
import { asPlanError } from "./PageError";
import type { PlanError } from "../core/errors";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "8px", maxWidth: "720px", marginTop: "24px" },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
});

const TEXT = {
  zh: { title: "从工作要点生成分工表", paste: "粘贴工作要点全文，或选择 .docx / .txt / .md 文件", make: "生成分工表", file: "选择要点文件…" },
  en: { title: "Make the task table of a 工作要点", paste: "Paste the 工作要点's text, or choose a .docx / .txt / .md file", make: "Make the table", file: "Choose a file…" },
};

/** The table of a 要点, named by the table's title (株洲市2020年政务公开工作要点责任分工.xlsx). */
async function tableOf(paragraphs: ReturnType<typeof paragraphsFromText>, source: string): Promise<OpenedFile> {
  let name = "";
  const { host } = await importWorkPoints(paragraphs, source, async (layout) => {
    name = `${String(layout.snapshot.values[layout.titleRow][0])}.xlsx`.replace(/[\\/:*?"<>|]/gu, "_");
    return importWorkbook(layout, name);
  });
  const bytes = host.toBytes();
  return { name, data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

export function ImportPanel({ lang, onOpen, onError }: { lang: "zh" | "en"; onOpen: (file: OpenedFile) => void; onError: (e: PlanError) => void }) {
  const styles = useStyles();
  const t = TEXT[lang];
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const run = async (make: () => Promise<OpenedFile>) => {
    setBusy(true);
    try {
      onOpen(await make());
    } catch (e) {
      onError(asPlanError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={styles.panel} aria-label={t.title}>
      <Text weight="semibold">{t.title}</Text>
      <Textarea value={text} onChange={(_, d) => setText(d.value)} placeholder={t.paste} rows={6} resize="vertical" />
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || text.trim() === ""} onClick={() => void run(() => tableOf(paragraphsFromText(text), "工作要点"))}>
          {t.make}
        </Button>
        <input
          type="file"
          accept=".docx,.txt,.md"
          aria-label={t.file}
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void run(async () => tableOf(await readWorkPointsFile(new Uint8Array(await file.arrayBuffer()), file.name), file.name));
          }}
        />
      </div>
    </section>
  );
}
