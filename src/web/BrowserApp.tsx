// The task pane as a web page over .xlsx files, for offices whose WPS or older Excel cannot load
// add-ins: open a workbook (or the sample), see the sheet as a grid with the marks in place, and
// run the same pane — same use cases, computed in this browser (in a Web Worker, so the page
// keeps painting), nothing uploaded. Nothing is lost by a click: opening another workbook asks
// first, and leaving the page with results not yet downloaded makes the browser ask.
// Loaded on demand by the pane's entry when Office is absent, so exceljs and the grid stay out
// of the add-in's bundle.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { FluentProvider, Spinner, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { PlanError } from "../core/errors";
import type { SheetSnapshot } from "../core/schema";
import { App } from "../taskpane/App";
import { Confirm } from "../taskpane/Confirm";
import { detectLanguage, stringsFor, type Strings } from "../taskpane/i18n";
import { paneTheme } from "../taskpane/theme";
import { DownloadPanel } from "./DownloadPanel";
import { FileOpen, fileDropHandlers, openError, type OpenedFile } from "./FileOpen";
import { ImportPanel } from "./ImportPanel";
import { PageHost } from "./pageHost";
import { PageError, asPlanError } from "./PageError";
import { SheetGrid, type SheetGridHandle } from "./SheetGrid";

/** Too narrow for the pane and the sheet side by side. */
const NARROW = "@media (max-width: 720px)";

const useStyles = makeStyles({
  page: {
    height: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  welcome: { flex: 1, overflow: "auto", padding: "24px" },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: "8px 12px",
    padding: "8px 16px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    "& h1": { margin: 0 },
  },
  fileName: { flex: 1, minWidth: "6em", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  body: { flex: 1, display: "flex", minHeight: 0, [NARROW]: { flexDirection: "column" } },
  pane: {
    width: "380px",
    flexShrink: 0,
    overflow: "auto",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    // A window as narrow as a task pane: the pane on top, the sheet below it, both in view.
    // The sheet gets most of the height; the pane scrolls on its own.
    [NARROW]: {
      width: "auto",
      maxHeight: "38vh",
      borderRight: "none",
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
  },
  sheetArea: { flex: 1, display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0 },
  grid: { flex: 1, minHeight: 0, position: "relative" },
  notice: { padding: "8px" },
  tabs: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowX: "auto",
    flexShrink: 0,
  },
  centred: { display: "flex", alignItems: "center", justifyContent: "center", height: "100%" },
});

function SheetArea({ host, strings }: { host: PageHost; strings: Strings }) {
  const styles = useStyles();
  const state = useSyncExternalStore(host.subscribe, host.getState);
  const [snapshot, setSnapshot] = useState<SheetSnapshot | null>(null);
  const [{ table, noTable }, setTable] = useState<Awaited<ReturnType<PageHost["readTable"]>>>({ table: null, noTable: null });
  const [error, setError] = useState<PlanError | null>(null);
  const grid = useRef<SheetGridHandle>(null);
  const tableLookedFor = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    host
      .readSnapshot(state.sheet)
      .then(async (read) => {
        if (!live) return;
        setSnapshot(read);
        setError(null);
        // Once per sheet shown, not after every mark. Said before the user clicks 检查本表.
        if (tableLookedFor.current !== read.sheet) {
          tableLookedFor.current = read.sheet;
          const tableRead = await host.readTable(read.sheet);
          if (live) setTable(tableRead);
        }
      })
      .catch((e: unknown) => live && setError(asPlanError(e)));
    return () => {
      live = false;
    };
  }, [host, state.sheet, state.version]);

  // Show the cell the pane asked for once its sheet is on screen — once: re-reading the sheet
  // after a later check must not pull the view back to it.
  const shownSelection = useRef(0);
  useEffect(() => {
    const sel = state.selection;
    if (sel && sel.seq !== shownSelection.current && snapshot?.sheet === sel.sheet) {
      shownSelection.current = sel.seq;
      grid.current?.scrollTo(sel.address);
    }
  }, [state.selection, snapshot]);

  const generated = new Set(state.sheets.filter((s) => s.generated).map((s) => s.name));
  return (
    <div className={styles.sheetArea}>
      {error ? (
        <div className={styles.notice}>
          <PageError error={error} lang={strings.lang} />
        </div>
      ) : (
        noTable && (
          <div className={styles.notice}>
            <PageError error={noTable} lang={strings.lang} intent="warning" />
          </div>
        )
      )}
      <div className={styles.grid}>
        {snapshot ? (
          // Keyed by sheet: another sheet starts at its top left, with nothing highlighted.
          <SheetGrid
            key={snapshot.sheet}
            ref={grid}
            snapshot={snapshot}
            marks={state.marks[snapshot.sheet] ?? null}
            table={table}
            lang={strings.lang}
          />
        ) : (
          !error && <Spinner className={styles.centred} label={strings.page.readingSheet} />
        )}
      </div>
      <div className={styles.tabs}>
        <TabList
          size="small"
          selectedValue={state.sheet}
          onTabSelect={(_, d) => host.showSheet(String(d.value))}
          aria-label={strings.page.sheets}
        >
          {state.sheets.map((s) => (
            <Tab key={s.name} value={s.name} title={generated.has(s.name) ? strings.page.generatedTab : undefined}>
              {s.name}
            </Tab>
          ))}
        </TabList>
      </div>
    </div>
  );
}

/**
 * Asks the browser to confirm leaving while the open workbook has results not yet downloaded.
 * A component of its own, drawing nothing: the page around it is not redrawn on every change.
 */
function LeaveWarning({ host }: { host: PageHost }): null {
  const unsaved = useSyncExternalStore(host.subscribe, () => host.getState().unsaved);
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = ""; // older browsers ask only when this is set
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);
  return null;
}

export default function BrowserApp() {
  const styles = useStyles();
  const [host, setHost] = useState<PageHost | null>(null);
  /** Each opened file gets a fresh pane and grid: nothing of the last one carries over. */
  const [opened, setOpened] = useState(0);
  const [error, setError] = useState<PlanError | null>(null);
  const [busy, setBusy] = useState(false);
  const [strings] = useState(() => stringsFor(detectLanguage()));

  useEffect(() => {
    performance.mark("taskplan:interactive");
  }, []);

  /** A file waiting for the user to confirm that it may replace the open workbook. */
  const [pending, setPending] = useState<OpenedFile | null>(null);

  const replace = useCallback(async (file: OpenedFile) => {
    setPending(null);
    setBusy(true);
    setError(null);
    try {
      setHost(await PageHost.open(file.data, file.name));
      setOpened((n) => n + 1);
    } catch (e) {
      setError(openError(file.name, e));
    } finally {
      setBusy(false);
    }
  }, []);
  const open = useCallback((file: OpenedFile) => (host ? setPending(file) : void replace(file)), [host, replace]);

  const status = (
    <>
      {busy && <Spinner size="small" label={strings.page.opening} />}
      {error && <PageError error={error} lang={strings.lang} />}
    </>
  );

  return (
    <FluentProvider theme={paneTheme}>
      <div className={styles.page} {...(host ? fileDropHandlers(open) : {})}>
        {host ? (
          <>
            <LeaveWarning host={host} />
            <header className={styles.bar}>
              <Text as="h1" weight="semibold">
                {strings.title}
              </Text>
              <Text className={styles.fileName} title={host.name} data-testid="file-name">
                {host.name}
              </Text>
              <FileOpen compact strings={strings} onOpen={open} onError={setError} busy={busy} />
            </header>
            {(busy || error) && <div className={styles.notice}>{status}</div>}
            <div className={styles.body}>
              <aside className={styles.pane}>
                <App key={opened} host={host} useCases={host.useCases} strings={strings} untitled aside={<DownloadPanel host={host} strings={strings} />} />
              </aside>
              <SheetArea key={opened} host={host} strings={strings} />
            </div>
          </>
        ) : (
          <div className={styles.welcome}>
            <FileOpen strings={strings} onOpen={open} onError={setError} busy={busy} status={status} />
            <ImportPanel lang={strings.lang} onOpen={open} onError={setError} />
          </div>
        )}
        <Confirm
          open={pending !== null && host !== null}
          title={strings.page.replaceTitle}
          confirmLabel={strings.page.replaceOk}
          cancelLabel={strings.cancel}
          onConfirm={() => pending && void replace(pending)}
          onCancel={() => setPending(null)}
        >
          {pending && host && strings.page.replaceConfirm(host.name, pending.name, host.getState().unsaved)}
        </Confirm>
      </div>
    </FluentProvider>
  );
}
