// What the e2e tests add to the page harness of src/bench/web.ts.
export { BROWSER_PAGE, DIST, EXCEL_PAGE, ROOT, initialScripts, launchChromium, openWorkbook, serveStatic, writeLargePlan, type BrowserSession } from "../../src/bench/web";

/** Whether a request stays on the page's own server (blob: URLs the page made count as its own). */
export function isOwnOrigin(url: string, origin: string): boolean {
  if (url.startsWith("blob:")) return url.startsWith(`blob:${origin}/`);
  if (url.startsWith("data:")) return true;
  return new URL(url).origin === origin;
}
