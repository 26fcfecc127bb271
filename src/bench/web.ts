// Figures of the browser page, measured in Debian's chromium on the built dist/: time to
// interactive, time to check a 10k-row plan in the page, and the JavaScript the pane loads inside
// Excel versus in browser mode (gzip). Also the harness the e2e tests share: a static server on
// 127.0.0.1 and chromium through playwright-core with a fresh profile.
import { execSync } from "child_process";
import { createServer } from "http";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import type { AddressInfo } from "net";
import { tmpdir } from "os";
import { extname, join, normalize, sep } from "path";
import { gzipSync } from "zlib";
import ExcelJS from "exceljs";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { snapshotToWorksheet, workbookToBuffer } from "../file/xlsx";
import { generatePlan } from "./plans";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
/** The browser page (no office.js) and the page the add-in manifest opens in Excel. */
export const BROWSER_PAGE = "index.html";
export const EXCEL_PAGE = "taskpane.html";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves a folder read-only, as any static host would. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(dir, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error("not a file");
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface BrowserSession {
  context: BrowserContext;
  /** Every URL the pages asked for, in order, including ones that failed. */
  requests: string[];
  /** Console errors and uncaught errors of the pages. */
  errors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Debian's chromium with a fresh profile; every request and page error recorded. */
export async function launchChromium(): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM)) execSync("bash scripts/e2e-setup.sh", { cwd: ROOT, stdio: "inherit" });
  const profile = mkdtempSync(join(tmpdir(), "taskplan-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
    locale: "zh-CN",
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  const watch = (page: Page) => {
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`${m.text()} (${m.location().url})`);
    });
    page.on("pageerror", (e) => errors.push(String(e)));
  };
  context.on("page", watch);
  context.pages().forEach(watch);
  return {
    context,
    requests,
    errors,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Builds the page when dist/ is missing or when asked to. */
export function ensureBuilt(force = false): void {
  if (force || !existsSync(join(DIST, BROWSER_PAGE))) execSync("npm run build --silent", { cwd: ROOT, stdio: "inherit" });
}

// ------------------------------------------------------------------------------ figures

const gzipKB = (bytes: Buffer): number => gzipSync(bytes).length / 1024;

/** Script files the page's HTML loads before any code runs: what the pane costs inside Excel. */
export function initialScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

function jsKB(files: string[]): number {
  return files.reduce((sum, f) => sum + gzipKB(readFileSync(join(DIST, f))), 0);
}

/** Waits for the page's first render; returns ms from navigation start, as the page measured it. */
export async function timeToInteractive(page: Page, origin: string): Promise<number> {
  await page.goto(`${origin}/${BROWSER_PAGE}`);
  await page.getByRole("button", { name: "打开工作簿" }).waitFor();
  return page.evaluate<number>(
    'performance.getEntriesByName("taskplan:interactive")[0]?.startTime ?? performance.now()',
  );
}

/** Opens a workbook through the file input; resolves when the grid shows it. */
export async function openWorkbook(page: Page, file: string): Promise<void> {
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("sheet-grid").waitFor();
}

/** Clicks 检查本表; ms until the marks are drawn in the grid and the counts shown in the pane. */
export async function timeCheck(page: Page): Promise<number> {
  const start = Date.now();
  await page.getByRole("button", { name: "检查本表" }).click();
  await page.locator("[data-testid=sheet-grid] [data-severity]").first().waitFor({ timeout: 60_000 });
  await page.locator("[data-rule-count]").first().waitFor({ timeout: 60_000 });
  return Date.now() - start;
}

/** Scrolls the grid a screenful per frame through the sheet; mean ms per frame (16.7 = 60 fps). */
export async function scrollFrameMs(page: Page, frames = 120): Promise<number> {
  // A string, run in the page: this file is built without the DOM types.
  return page.evaluate<number>(`(async () => {
    const grid = document.querySelector("[data-testid=sheet-grid]");
    const start = performance.now();
    for (let i = 0; i < ${frames}; i++) {
      grid.scrollTop += grid.clientHeight;
      await new Promise((done) => requestAnimationFrame(done));
    }
    return (performance.now() - start) / ${frames};
  })()`);
}

export interface PageFigures {
  interactiveColdMs: number;
  interactiveWarmMs: number;
  open10kMs: number;
  check10kMs: number;
  scroll10kFrameMs: number;
  excelModeJsKB: number;
  browserModeJsKB: number;
}

/** The benches' generated plan of `rows` tasks (merged categories, roles, every deadline class). */
export async function writeLargePlan(rows: number, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  snapshotToWorksheet(wb, generatePlan(rows));
  writeFileSync(file, new Uint8Array(await workbookToBuffer(wb)));
}

export async function measurePage(): Promise<PageFigures> {
  ensureBuilt();
  const server = await serveStatic(DIST);
  const session = await launchChromium();
  const dir = mkdtempSync(join(tmpdir(), "taskplan-web-bench-"));
  try {
    const page = await session.newPage();
    const interactiveColdMs = await timeToInteractive(page, server.origin);
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push(await timeToInteractive(page, server.origin));
    warm.sort((a, b) => a - b);

    const plan = join(dir, "plan-10k.xlsx");
    await writeLargePlan(10_000, plan);
    const opening = Date.now();
    await openWorkbook(page, plan);
    const open10kMs = Date.now() - opening;
    const check10kMs = await timeCheck(page);
    const scroll10kFrameMs = await scrollFrameMs(page);

    const html = readFileSync(join(DIST, EXCEL_PAGE), "utf8");
    const loaded = [...new Set(session.requests.filter((u) => u.startsWith(server.origin) && u.endsWith(".js")))];
    const browserFiles = loaded.map((u) => new URL(u).pathname.slice(1));
    return {
      interactiveColdMs,
      interactiveWarmMs: warm[Math.floor(warm.length / 2)],
      open10kMs,
      check10kMs,
      scroll10kFrameMs,
      excelModeJsKB: jsKB(initialScripts(html)),
      browserModeJsKB: jsKB(browserFiles),
    };
  } finally {
    await session.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchWeb(): Promise<void> {
  const f = await measurePage();
  const r = (n: number) => n.toFixed(0);
  console.log("browser page (chromium, dist/):");
  console.log(`  time to interactive        ${r(f.interactiveColdMs)} ms cold, ${r(f.interactiveWarmMs)} ms warm   (goal ≤ 1000 ms)`);
  console.log(`  open a 10k-row plan        ${r(f.open10kMs)} ms from choosing the file to the grid`);
  console.log(`  check a 10k-row plan       ${r(f.check10kMs)} ms from click to marks and counts shown   (goal ≤ 2000 ms)`);
  console.log(`  scroll the 10k-row grid    ${f.scroll10kFrameMs.toFixed(1)} ms a frame, a screenful a frame   (60 fps = 16.7)`);
  console.log(`  JS in Excel (gzip)         ${r(f.excelModeJsKB)} KB   (goal ≤ 600 KB)`);
  console.log(`  JS in browser mode (gzip)  ${r(f.browserModeJsKB)} KB`);
}
