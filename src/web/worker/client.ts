// The main thread's end of the page's worker: a request per operation, answered by id, with the
// progress of long ones on the way. Where no worker can start (a page opened from file://), the
// same handlers answer on this thread: slower to paint, but the page works.
import { PlanError } from "../../core/errors";
import type { OnProgress } from "../../core/host";
import { startPlanWorker } from "./startWorker";
import type { Op, Ops, Reply, Request } from "./protocol";

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: OnProgress;
}

type Send = (request: Request, transfer: Transferable[]) => void;

export class PlanClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private constructor(private readonly send: Send) {}

  /** A client over a new worker, or over this thread where workers cannot start. */
  static async start(): Promise<PlanClient> {
    let worker: Worker | null = null;
    if (location.protocol !== "file:") {
      try {
        worker = startPlanWorker();
      } catch {
        worker = null;
      }
    }
    if (worker) {
      const w = worker;
      const client = new PlanClient((request, transfer) => w.postMessage(request, transfer));
      w.onmessage = (e: MessageEvent<Reply>) => client.receive(e.data);
      w.onerror = (e) => client.failAll(new Error(e.message || "the page's worker stopped"));
      return client;
    }
    const { serve } = await import(/* webpackChunkName: "session" */ "./session");
    let client: PlanClient | null = null;
    // Replies arrive a task later, as they would from a worker.
    const answer = serve((reply) => setTimeout(() => client?.receive(reply)));
    client = new PlanClient((request) => answer(request));
    return client;
  }

  call<K extends Op>(op: K, args: Ops[K]["args"], onProgress?: OnProgress, transfer: Transferable[] = []): Promise<Ops[K]["result"]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      this.send({ id, op, args }, transfer);
    });
  }

  private receive(reply: Reply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    if (reply.kind === "progress") {
      waiting.onProgress?.(reply.progress);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.kind === "done") waiting.resolve(reply.value);
    else if (reply.kind === "done-json") waiting.resolve(JSON.parse(reply.json));
    else if ("code" in reply.error) waiting.reject(new PlanError(reply.error.code, reply.error.zh, reply.error.en));
    else waiting.reject(new Error(reply.error.message));
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
