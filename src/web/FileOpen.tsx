// How a workbook gets into the page: the file picker, drag-and-drop anywhere on the drop zone,
// or the bundled sample. The file is read in the browser; nothing is uploaded. A file that is not
// an .xlsx (WPS's .et, an old .xls, anything else) gets a message naming it and saying what to do.
import { useRef, useState, type DragEvent, type ReactNode } from "react";
import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentArrowUpRegular, DocumentTableRegular } from "@fluentui/react-icons";
import { PlanError } from "../core/errors";
import { en, zh, type Strings } from "../taskpane/i18n";
import { asPlanError } from "./PageError";

export interface OpenedFile {
  name: string;
  data: ArrayBuffer;
}

export interface FileOpenProps {
  strings: Strings;
  onOpen: (file: OpenedFile) => void;
  onError: (error: PlanError) => void;
  /** Shown under the buttons: the last error or progress message. */
  status?: ReactNode;
  busy?: boolean;
  /** Compact: buttons for the page's toolbar once a workbook is open (the whole page takes drops). */
  compact?: boolean;
}

const SAMPLE_NAME = "示例-任务分工方案.xlsx";

/** Formats WPS and old Excel save in, which the page cannot read but WPS converts. */
const LEGACY = /\.(xls|et|ett|xlt)$/i;

/** What went wrong opening `name`, with the file's name and what the user can do about it. */
export function openError(name: string, e: unknown): PlanError {
  const error = asPlanError(e);
  if (LEGACY.test(name) || /\.xls(?![xmb])/.test(error.zh)) {
    return new PlanError(error.code, zh.page.legacyFile(name), en.page.legacyFile(name));
  }
  // A message that already says what to do (encrypted: remove the password…) keeps its advice.
  const advise = !error.zh.includes("另存为");
  return new PlanError(error.code, zh.page.cannotOpen(name, error.zh, advise), en.page.cannotOpen(name, error.en, advise));
}

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: "16px",
    padding: "48px 24px",
    margin: "24px auto",
    maxWidth: "560px",
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: "center",
  },
  over: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  buttons: { display: "flex", gap: "12px", flexWrap: "wrap", justifyContent: "center" },
  toolbar: { display: "flex", gap: "8px", alignItems: "center" },
  hidden: { display: "none" },
});

/** Handlers that make an element a drop target for a workbook; `onOver` tracks the hover. */
export function fileDropHandlers(onOpen: (file: OpenedFile) => void, onOver: (over: boolean) => void = () => {}) {
  return {
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      onOver(true);
    },
    onDragLeave: () => onOver(false),
    onDrop: async (e: DragEvent) => {
      e.preventDefault();
      onOver(false);
      const file = e.dataTransfer.files[0];
      if (file) onOpen({ name: file.name, data: await file.arrayBuffer() });
    },
  };
}

export function FileOpen({ strings: all, onOpen, onError, status, busy, compact }: FileOpenProps) {
  const styles = useStyles();
  const strings = all.page;
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const openSample = async () => {
    try {
      const { sampleBytes } = await import(/* webpackChunkName: "sample" */ "./sample");
      onOpen({ name: SAMPLE_NAME, data: sampleBytes() });
    } catch (e) {
      onError(
        new PlanError(
          "bad-file",
          `示例工作簿未能加载（${String(e)}），请刷新页面再试`,
          `The sample workbook could not be loaded (${String(e)}); reload the page and try again`,
        ),
      );
    }
  };

  const picker = (
    <input
      ref={input}
      className={styles.hidden}
      type="file"
      // .xls and .et listed too, so WPS users find their file and are told how to convert it.
      accept=".xlsx,.xlsm,.xls,.et,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      data-testid="file-input"
      onChange={async (e) => {
        const file = e.currentTarget.files?.[0];
        e.currentTarget.value = ""; // choosing the same file again must open it again
        if (file) onOpen({ name: file.name, data: await file.arrayBuffer() });
      }}
    />
  );
  const buttons = (
    <>
      <Button
        appearance={compact ? "secondary" : "primary"}
        icon={<DocumentArrowUpRegular />}
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {strings.open}
      </Button>
      <Button icon={<DocumentTableRegular />} disabled={busy} onClick={() => void openSample()}>
        {strings.sample}
      </Button>
    </>
  );

  if (compact) {
    return (
      <div className={styles.toolbar}>
        {picker}
        {buttons}
      </div>
    );
  }
  return (
    <div className={over ? `${styles.zone} ${styles.over}` : styles.zone} data-testid="drop-zone" {...fileDropHandlers(onOpen, setOver)}>
      {picker}
      <Text size={600} weight="semibold">
        {all.title}
      </Text>
      <Text>{strings.welcome}</Text>
      <div className={styles.buttons}>{buttons}</div>
      <Text>{strings.legacyHint}</Text>
      {status}
      <Link href={strings.otherLanguageHref} lang={all.lang === "zh" ? "en" : "zh-CN"}>
        {strings.otherLanguage}
      </Link>
    </div>
  );
}
