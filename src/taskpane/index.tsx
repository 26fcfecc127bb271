// The pane's entry. Inside Excel it runs over Office.js; opened as a plain web page (no office.js,
// office.js unreachable, or Office reporting no host) it loads the browser page, whose code — the
// file host and the grid — is split out so the add-in never downloads it. office.js is loaded by
// bootstrap.js without blocking, which gives up on it after 2 s (and reloads the pane should it
// arrive later inside Excel): never the 40 s a browser may take to give up on an unreachable CDN.
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { ExcelHost } from "../excel/host";
import { App } from "./App";
import { paneTheme } from "./theme";

declare global {
  interface Window {
    /** Set by bootstrap.js (ES5), which loads office.js on the add-in's page. */
    taskplanBoot?: { loadsOffice?: boolean; whenOffice?: (callback: (loaded: boolean) => void) => void };
  }
}

function mount(node: ReactNode): void {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(node);
}

async function browserPage(): Promise<void> {
  const { default: BrowserApp } = await import(/* webpackChunkName: "browser" */ "../web/BrowserApp");
  mount(<BrowserApp />);
}

/** Whether this page runs inside Excel: office.js loaded in time and Office says so. */
function insideExcel(): Promise<boolean> {
  const boot = window.taskplanBoot;
  if (!boot?.loadsOffice || !boot.whenOffice) return Promise.resolve(false);
  const whenOffice = boot.whenOffice;
  return new Promise((resolve) => {
    whenOffice((loaded) => {
      if (!loaded || typeof Office === "undefined" || typeof Office.onReady !== "function") resolve(false);
      else Office.onReady((info) => resolve(info.host === Office.HostType.Excel));
    });
  });
}

void insideExcel().then((excel) => {
  if (excel) {
    mount(
      <FluentProvider theme={paneTheme}>
        <App host={new ExcelHost()} />
      </FluentProvider>,
    );
  } else {
    void browserPage();
  }
});
