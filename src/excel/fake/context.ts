/// <reference types="office-js" />
// One Excel.run: commands queue on the context and apply only at sync(), as in Excel; every sync
// is recorded with its request and response bytes, and requests over the payload limit fail.
import { utf8Bytes } from "../batch";
import type { FakeExcel, SyncRecord } from "./model";
import { OfficeError } from "./model";
import { ApplicationProxy, RuntimeProxy, WorkbookProxy } from "./proxies";

export interface Queued {
  bytes: number;
  apply: () => void;
  /** Bytes of the response, known after apply. */
  response?: () => number;
}

export class FakeContext {
  queue: Queued[] = [];
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  readonly runtime: RuntimeProxy;
  constructor(readonly book: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
    this.application = new ApplicationProxy(this, "app", () => book);
    this.runtime = new RuntimeProxy(this, "runtime", () => book);
  }

  push(path: string, name: string, args: unknown[], apply: () => void, response?: () => number): void {
    this.queue.push({ bytes: 80 + utf8Bytes(JSON.stringify([path, name, args])), apply, response });
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    const requestBytes = queue.reduce((n, q) => n + q.bytes, 0);
    const record: SyncRecord = { actions: queue.length, requestBytes, responseBytes: 0 };
    this.book.syncs.push(record);
    if (requestBytes > this.book.payloadLimit) {
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    }
    for (const q of queue) {
      q.apply();
      record.responseBytes += q.response?.() ?? 0;
    }
    if (record.responseBytes > this.book.payloadLimit) {
      throw new OfficeError("ResponsePayloadSizeLimitExceeded", `response of ${record.responseBytes} bytes`);
    }
  }
}

