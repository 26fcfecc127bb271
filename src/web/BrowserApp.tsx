// The task pane as a web page over .xlsx files, for offices whose WPS or older Excel cannot load
// add-ins: open a workbook (or the sample), see the sheet as a grid with the marks in place, and
// run the same pane — same use cases, computed in this browser, nothing uploaded.
// Loaded on demand by the pane's entry when Office is absent, so exceljs and the grid stay out
// of the add-in's bundle.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { FluentProvider, Spinner, Tab, TabList, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { readPlan } from "../core/index";
import { PlanError } from "../core/errors";
import type { SheetSnapshot } from "../core/schema";
import { FileHost } from "../file/host";
import { App } from "../taskpane/App";
import { detectLanguage, stringsFor, type Strings } from "../taskpane/i18n";
import { BrowserHost } from "./browserHost";
import { DownloadPanel } from "./DownloadPanel";
import { FileOpen, fileDropHandlers, type OpenedFile } from "./FileOpen";
import { ImportPanel } from "./ImportPanel";
import { PageError, asPlanError } from "./PageError";
import type { TableShape } from "./gridModel";
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

/** The core's reading of the sheet's table (the grid freezes its header rows and 序号 column), or
 * why the pane will find nothing to check on this sheet, said before the user clicks. */
function readTable(snapshot: SheetSnapshot): { table: TableShape | null; noTable: PlanError | null } {
  try {
    const { info, columnIndex } = readPlan(snapshot);
    return { table: { info, columnIndex }, noTable: null };
  } catch (e) {
    if (e instanceof PlanError && e.code === "no-table") return { table: null, noTable: e };
    throw e;
  }
}

function SheetArea({ host, strings }: { host: BrowserHost; strings: Strings }) {
  const styles = useStyles();
  const state = useSyncExternalStore(host.subscribe, host.getState);
  const [snapshot, setSnapshot] = useState<SheetSnapshot | null>(null);
  const [{ table, noTable }, setTable] = useState<ReturnType<typeof readTable>>({ table: null, noTable: null });
  const [error, setError] = useState<PlanError | null>(null);
  const grid = useRef<SheetGridHandle>(null);
  const tableLookedFor = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    host
      .readSnapshot(state.sheet)
      .then((read) => {
        if (!live) return;
        setSnapshot(read);
        setError(null);
        // Once per sheet shown, not after every mark.
        if (tableLookedFor.current !== read.sheet) {
          tableLookedFor.current = read.sheet;
          setTable(readTable(read));
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
          <PageError error={error} />
        </div>
      ) : (
        noTable && (
          <div className={styles.notice}>
            <PageError error={noTable} intent="warning" />
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

async function openHost(file: OpenedFile): Promise<BrowserHost> {
  // exceljs takes the buffer over; the downloads need the bytes as opened.
  const original = file.data.slice(0);
  return BrowserHost.open(await FileHost.fromBytes(file.data, file.name), original, file.name);
}

export default function BrowserApp() {
  const styles = useStyles();
  const [host, setHost] = useState<BrowserHost | null>(null);
  /** Each opened file gets a fresh pane and grid: nothing of the last one carries over. */
  const [opened, setOpened] = useState(0);
  const [error, setError] = useState<PlanError | null>(null);
  const [busy, setBusy] = useState(false);
  const [strings] = useState(() => stringsFor(detectLanguage()));

  useEffect(() => {
    performance.mark("taskplan:interactive");
  }, []);

  const open = useCallback(async (file: OpenedFile) => {
    setBusy(true);
    setError(null);
    try {
      setHost(await openHost(file));
      setOpened((n) => n + 1);
    } catch (e) {
      setError(asPlanError(e));
    } finally {
      setBusy(false);
    }
  }, []);

  const status = (
    <>
      {busy && <Spinner size="small" label={strings.page.opening} />}
      {error && <PageError error={error} />}
    </>
  );

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page} {...(host ? fileDropHandlers(open) : {})}>
        {host ? (
          <>
            <header className={styles.bar}>
              <Text weight="semibold">{strings.title}</Text>
              <Text className={styles.fileName} title={host.name} data-testid="file-name">
                {host.name}
              </Text>
              <FileOpen compact strings={strings} onOpen={open} onError={setError} busy={busy} />
            </header>
            {(busy || error) && <div className={styles.notice}>{status}</div>}
            <div className={styles.body}>
              <aside className={styles.pane}>
                <App key={opened} host={host} strings={strings} aside={<DownloadPanel host={host} strings={strings} />} />
              </aside>
              <SheetArea key={opened} host={host} strings={strings} />
            </div>
          </>
        ) : (
          <div className={styles.welcome}>
            <FileOpen strings={strings} onOpen={open} onError={setError} busy={busy} status={status} />
            <ImportPanel lang={strings.lang} onOpen={(file) => void open(file)} onError={setError} />
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
