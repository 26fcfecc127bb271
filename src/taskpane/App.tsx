// The task pane: 检查本表 / 清除标记 / 生成各单位分表 over whichever WorkbookHost it is given
// (Excel through Office.js, or the browser page's file host), the results, the detected table
// and the workbook's settings. All work goes through the shared use cases.
import { startTransition, useCallback, useEffect, useState, type ReactNode } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { parseConfig } from "../core/config";
import { PlanError } from "../core/errors";
import type { Progress, WorkbookHost } from "../core/host";
import type { Config } from "../core/schema";
import type { Notice, PlacedTab, Reason, TabsSummary } from "../core/generate/departments";
import { Confirm } from "./Confirm";
import { CopySummary } from "./CopySummary";
import type { TaskFinding } from "../core/report";
import { detectLanguage, stringsFor, type Strings } from "./i18n";
import { Results } from "./Results";
import { Settings } from "./Settings";
import { TableRoles, type ReadingOverrides } from "./TableRoles";
import { directUseCases, type CheckOutcome, type GenerateOutcome, type PaneHost, type PaneUseCases } from "./useCases";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "12px",
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
  progress: { display: "flex", flexDirection: "column", gap: "4px" },
  tabs: { margin: "4px 0 8px", paddingLeft: "1.2em", maxHeight: "12em", overflowY: "auto" },
});

type Job = "check" | "clear" | "generate" | "settings";

interface Checked extends CheckOutcome {
  sheet: string;
}

interface Generated {
  sheet: string;
  created: string[];
  removed: string[];
  notices: Notice[];
  placed: PlacedTab[];
  summary: TabsSummary;
}

/** A tab's rows counted by why they are there, in a fixed order. */
function reasonCounts(tab: PlacedTab): [Reason, number][] {
  const order: Reason[] = ["named", "every", "level", "class", "to-assign", "unnamed"];
  return order.map((r) => [r, tab.rows.filter((row) => row.reason === r).length] as [Reason, number]).filter(([, n]) => n > 0);
}

export type AppProps = {
  /** The pane's strings; by default picked from Excel's display language. */
  strings?: Strings;
  /** Extra content below the results (the browser page's downloads). */
  aside?: ReactNode;
  /** The page's own bar names the tool: the pane then does not name it a second time. */
  untitled?: boolean;
} & (
  | { host: WorkbookHost; useCases?: undefined }
  /** The browser page: the use cases run in its worker, not over this host. */
  | { host: PaneHost; useCases: PaneUseCases }
);

export function App(props: AppProps) {
  const { host, strings: given, aside, untitled } = props;
  const styles = useStyles();
  const [strings] = useState(() => given ?? stringsFor(detectLanguage()));
  const [cases] = useState(() => (props.useCases === undefined ? directUseCases(props.host) : props.useCases));
  const [confirmClear, setConfirmClear] = useState<string | null>(null);
  const [config, setConfig] = useState<Config>(() => parseConfig({}));
  const [sheets, setSheets] = useState<string[]>([]);
  const [job, setJob] = useState<Job | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [generated, setGenerated] = useState<Generated | null>(null);
  /** Bumped after settings load or change, so the forms start from the stored values. */
  const [formKey, setFormKey] = useState(0);

  const describe = useCallback(
    (e: unknown) => (e instanceof PlanError ? strings.error(e) : strings.unexpected(e instanceof Error ? e.message : String(e))),
    [strings],
  );

  useEffect(() => {
    let live = true;
    host
      .loadSettings()
      .then((stored) => live && (setConfig(parseConfig(stored)), setFormKey((k) => k + 1)))
      .catch((e: unknown) => live && setError(describe(e)));
    host
      .listSheets()
      .then((list) => live && setSheets(list.filter((s) => !s.generated).map((s) => s.name)))
      .catch(() => undefined); // only the roster choice needs it
    return () => {
      live = false;
    };
  }, [host, describe]);

  const run = async (which: Job, work: () => Promise<void>) => {
    setJob(which);
    setError(null);
    setNotice(null);
    setProgress(null);
    try {
      await work();
    } catch (e) {
      setError(describe(e));
    } finally {
      setJob(null);
      setProgress(null);
    }
  };

  /** Thousands of findings take React long enough to draw that the page would freeze: drawn as a
   * transition, in slices between which the page stays responsive. */
  const showChecked = startTransition;

  // Findings, and the notes written into the sheet, in the pane's language.
  const inPaneLanguage = (cfg: Config): Config => ({ ...cfg, lang: strings.lang });

  const check = (cfg: Config = config) =>
    run("check", async () => {
      const sheet = await host.activeSheet();
      const outcome = await cases.validate(sheet, inPaneLanguage(cfg), setProgress);
      showChecked(() => {
        setChecked({ sheet, ...outcome });
        setGenerated(null);
      });
    });

  const askToClear = async () => setConfirmClear(await host.activeSheet());

  const clear = (sheet: string) =>
    run("clear", async () => {
      setConfirmClear(null);
      const cells = await cases.clearMarks(sheet);
      setNotice(cells > 0 ? strings.cleared(cells) : strings.nothingToClear);
      setChecked(null);
    });

  const makeTabs = () =>
    run("generate", async () => {
      const sheet = await host.activeSheet();
      showGenerated(sheet, await cases.generate(sheet, config, setProgress));
    });

  const showGenerated = (sheet: string, result: GenerateOutcome) => {
    setGenerated({ sheet, created: result.created, removed: result.removed, notices: result.notices, placed: result.placed, summary: result.summary });
    const summary = strings.lang === "zh" ? result.summary.zh : result.summary.en;
    setNotice(`${strings.generated(result.created.length, result.removed.length)} ${summary}`);
  };

  // 视为同一单位: the roster gets the alias, the settings name the roster, the tabs are made again.
  const sameUnit = (treatAsSameUnit: NonNullable<PaneUseCases["treatAsSameUnit"]>, sheet: string, variant: string, canonical: string) =>
    run("generate", async () => {
      const result = await treatAsSameUnit(sheet, config, variant, canonical, setProgress);
      setConfig(parseConfig(await host.loadSettings()));
      setFormKey((k) => k + 1);
      showGenerated(sheet, result);
    });

  const save = async (next: Config) => {
    const valid = parseConfig(next);
    await host.saveSettings(valid);
    setConfig(valid);
    setFormKey((k) => k + 1);
    return valid;
  };

  const saveSettings = (next: Config) =>
    run("settings", async () => {
      await save(next);
      setNotice(strings.saved);
    });

  const applyOverrides = (overrides: ReadingOverrides) =>
    run("check", async () => {
      const valid = await save({ ...config, ...overrides });
      const sheet = await host.activeSheet();
      const outcome = await cases.validate(sheet, inPaneLanguage(valid), setProgress);
      showChecked(() => setChecked({ sheet, ...outcome }));
    });

  const select = useCallback(
    (f: TaskFinding) => {
      host.selectCell?.(f.sheet, f.cell).catch((e: unknown) => setError(describe(e)));
    },
    [host, describe],
  );

  const busy = job !== null;
  return (
    <main className={styles.root} lang={strings.lang === "zh" ? "zh-CN" : "en-US"} aria-busy={busy}>
      {!untitled && (
        <Text as="h1" size={500} weight="semibold">
          {strings.title}
        </Text>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} title={strings.checkHint} onClick={() => check()}>
          {strings.check}
        </Button>
        <Button disabled={busy} title={strings.clearHint} onClick={() => void askToClear()}>
          {strings.clear}
        </Button>
        <Button disabled={busy} title={strings.generateHint} onClick={makeTabs}>
          {strings.generate}
        </Button>
      </div>

      <div className={styles.progress} aria-live="polite">
        {busy && (
          <>
            <ProgressBar value={progress?.fraction} thickness="large" />
            {progress && <Text size={200}>{strings.lang === "zh" ? progress.zh : progress.en}</Text>}
          </>
        )}
      </div>

      {error && (
        <MessageBar intent="error" role="alert" data-testid="pane-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success" data-testid="pane-notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}

      {generated && generated.created.length > 0 && (
        <section aria-label={strings.newTabs}>
          <Text weight="semibold">{strings.newTabs}</Text>
          {/* Focusable: a list that scrolls must be scrollable from the keyboard too. */}
          <ul className={styles.tabs} data-testid="new-tabs" tabIndex={0} aria-label={strings.newTabs}>
            {generated.created.map((name) => {
              const placed = generated.placed.find((p) => p.tab === name);
              return (
                <li key={name} data-tab={name}>
                  {placed ? strings.tabWhy(name, placed.rows.length, reasonCounts(placed)) : name}
                </li>
              );
            })}
          </ul>
          {generated.notices.map((n, i) => (
            <Text key={i} as="p" block size={200}>
              {strings.lang === "zh" ? n.zh : n.en}
              {n.kind === "near-duplicate" && n.unit && n.suggestion && cases.treatAsSameUnit && (
                <>
                  {" "}
                  <Button
                    size="small"
                    disabled={busy}
                    onClick={() => sameUnit(cases.treatAsSameUnit!, generated.sheet, n.unit as string, n.suggestion as string)}
                  >
                    {strings.sameUnit}
                  </Button>
                </>
              )}
            </Text>
          ))}
        </section>
      )}
      {aside}

      {checked && (
        <Results
          key={checked.findings.length}
          sheet={checked.sheet}
          findings={checked.findings}
          strings={strings}
          onSelect={select}
          actions={<CopySummary summary={checked.summary} strings={strings} />}
        />
      )}

      <Accordion collapsible multiple>
        {/* Also without a result: when no table was found, setting the columns is the way out. */}
        <AccordionItem value="table">
          <AccordionHeader>{strings.table}</AccordionHeader>
          <AccordionPanel>
            <TableRoles
              key={`${formKey}-${checked?.sheet}-${checked?.findings.length}`}
              table={checked?.table ?? null}
              year={checked ?? null}
              override={config}
              strings={strings}
              busy={busy}
              onApply={applyOverrides}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="settings">
          <AccordionHeader>{strings.settings}</AccordionHeader>
          <AccordionPanel>
            <Settings key={formKey} config={config} sheets={sheets} strings={strings} busy={busy} onSave={saveSettings} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <Confirm
        open={confirmClear !== null}
        title={strings.clear}
        confirmLabel={strings.clear}
        cancelLabel={strings.cancel}
        onConfirm={() => confirmClear !== null && clear(confirmClear)}
        onCancel={() => setConfirmClear(null)}
      >
        {confirmClear !== null && strings.clearConfirm(confirmClear)}
      </Confirm>
    </main>
  );
}
