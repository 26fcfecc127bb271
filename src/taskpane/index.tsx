// The pane's entry. Inside Excel it runs over Office.js; opened as a plain web page (office.js
// absent, or Office reporting no host) it loads the browser page, whose code — exceljs and the
// grid — is split out so the add-in never downloads it.
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ExcelHost } from "../excel/host";
import { App } from "./App";

function mount(node: ReactNode): void {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(node);
}

async function browserPage(): Promise<void> {
  const { default: BrowserApp } = await import(/* webpackChunkName: "browser" */ "../web/BrowserApp");
  mount(<BrowserApp />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      mount(
        <FluentProvider theme={webLightTheme}>
          <App host={new ExcelHost()} />
        </FluentProvider>,
      );
    } else {
      void browserPage();
    }
  });
} else {
  void browserPage();
}
