// A recording stand-in for the Office.js objects src/excel uses, for tests and the bench (never
// imported by the pane or the ribbon): a small workbook model (model.ts), one context per run that
// applies queued commands only at sync() and measures every request (context.ts), and the proxy
// objects (base.ts, proxies.ts), which throw when a property is read before it was loaded.
export { FakeExcel, WEB_PAYLOAD_LIMIT, type FakeCell, type FakeRule, type FakeSheet, type SyncRecord } from "./model";
