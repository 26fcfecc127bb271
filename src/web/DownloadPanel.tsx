// Under the pane in browser mode: what the work in the page produced, as files to take away —
// the marked workbook, the plan with its department tabs, and each department's own workbook.
import { useState, useSyncExternalStore } from "react";
import { Button, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, FolderZipRegular } from "@fluentui/react-icons";
import type { PageHost } from "./pageHost";
import { PageError, asPlanError } from "./PageError";
import { saveFile } from "./save";
import type { DownloadKind, TabEntry } from "./worker/protocol";
import type { PlanError } from "../core/errors";
import type { Strings } from "../taskpane/i18n";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    padding: "12px 0",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  units: {
    maxHeight: "260px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  unit: {
    display: "flex",
    alignItems: "center",
    gap: "8px",
    padding: "2px 4px 2px 8px",
    ":nth-child(even)": { backgroundColor: tokens.colorNeutralBackground2 },
  },
  unitName: { flex: 1, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  count: { color: tokens.colorNeutralForeground3, minWidth: "48px", textAlign: "right" },
});

/** The tabs a department gets, in the order the plan lists them. */
function departmentTabs(tabs: TabEntry[]): TabEntry[] {
  return tabs.filter((t) => t.kind === "department" || t.kind === "level" || t.kind === "common");
}

export function DownloadPanel({ host, strings: all }: { host: PageHost; strings: Strings }) {
  const styles = useStyles();
  const strings = all.page;
  const state = useSyncExternalStore(host.subscribe, host.getState);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<PlanError | null>(null);

  /** Built in the page's worker from the file as opened, then handed to the browser to save. */
  const run = async (what: DownloadKind) => {
    setWorking(true);
    setError(null);
    try {
      const file = await host.download(what);
      saveFile(file.name, file.data, file.name.endsWith(".zip") ? "application/zip" : undefined);
    } catch (e) {
      setError(asPlanError(e));
    } finally {
      setWorking(false);
    }
  };

  const marked = Object.values(state.marks).some((m) => m.marks.length > 0);
  const tabs = state.tabs;
  const units = tabs ? departmentTabs(tabs) : [];

  return (
    <section className={styles.panel} aria-label={strings.downloads} data-testid="downloads">
      <Subtitle2>{strings.downloads}</Subtitle2>
      {!marked && !tabs && <Caption1>{strings.downloadsHint}</Caption1>}
      <Button
        icon={<ArrowDownloadRegular />}
        disabled={!marked || working}
        onClick={() => run({ kind: "marked" })}
      >
        {strings.downloadMarked}
      </Button>
      {tabs && (
        <>
          <Button
            icon={<ArrowDownloadRegular />}
            disabled={working}
            onClick={() => run({ kind: "with-tabs" })}
          >
            {strings.downloadWithTabs}
          </Button>
          <Button
            icon={<FolderZipRegular />}
            disabled={working}
            onClick={() => run({ kind: "zip" })}
          >
            {strings.downloadZip}
          </Button>
          <Text weight="semibold" data-testid="unit-count">
            {strings.departments(units.filter((t) => t.kind === "department").length)}
          </Text>
          <div className={styles.units} role="list" aria-label={strings.tasksPerDepartment}>
            {units.map((tab) => (
              <div key={tab.name} className={styles.unit} role="listitem" data-unit={tab.unit ?? tab.name}>
                <Text className={styles.unitName} title={tab.unit ?? tab.name}>
                  {tab.unit ?? tab.name}
                </Text>
                <Text className={styles.count} data-testid="unit-tasks">
                  {strings.tasks(tab.rows)}
                </Text>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowDownloadRegular />}
                  aria-label={strings.downloadDepartment(tab.unit ?? tab.name)}
                  disabled={working}
                  onClick={() => run({ kind: "tab", tab: tab.name })}
                />
              </div>
            ))}
          </div>
        </>
      )}
      {error && <PageError error={error} lang={all.lang} />}
    </section>
  );
}
