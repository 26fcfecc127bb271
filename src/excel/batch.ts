/// <reference types="office-js" />
// Batched Office.js requests. Work is described as operations with an estimated request size;
// they are packed into chunks that stay under the request budget and each chunk is sent with one
// context.sync(). Excel on the web rejects requests (and responses) over 5 MB: when it does, the
// chunk is halved and retried — nothing of a rejected request has been applied.

/** No request over this: clearly under Excel on the web's 5 MB limit. */
export const REQUEST_BUDGET = 4_000_000;
/** Chunks are packed to less, as our size estimate may fall short of Office.js' own JSON. */
const PACK_BUDGET = 0.85 * REQUEST_BUDGET;
/** Our own estimate leaves room for the JSON envelope Office.js adds around every action. */
const ACTION_OVERHEAD = 160;

export interface Op {
  /** Estimated request bytes. */
  bytes: number;
  /** Queues the commands on the context (called again when the chunk is retried). */
  queue(context: Excel.RequestContext): void;
}

export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Estimated request size of one action carrying these arguments. */
export function actionBytes(...args: unknown[]): number {
  return actionsBytes(1, ...args);
}

/** Estimated request size of `count` actions (with their object paths) carrying these arguments. */
export function actionsBytes(count: number, ...args: unknown[]): number {
  return count * ACTION_OVERHEAD + utf8Bytes(JSON.stringify(args));
}

export function op(bytes: number, queue: (context: Excel.RequestContext) => void): Op {
  return { bytes, queue };
}

/** Packs ops in order into chunks of at most `budget` estimated bytes (an oversized op goes alone). */
export function packChunks(ops: Op[], budget = PACK_BUDGET): Op[][] {
  const chunks: Op[][] = [];
  let current: Op[] = [];
  let size = 0;
  for (const o of ops) {
    if (current.length > 0 && size + o.bytes > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(o);
    size += o.bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export function isPayloadLimitError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

export interface RunOptions {
  budget?: number;
  /** Queued at the start of every request (e.g. suspend screen updating until the sync). */
  beforeEach?: (context: Excel.RequestContext) => void;
  /** Called after each chunk is applied with the fraction of ops done. */
  onChunk?: (fraction: number) => void;
}

/**
 * Sends the ops in as few requests as the budget allows. A chunk rejected for its size is split
 * in half and both halves are sent in order.
 */
export async function runOps(context: Excel.RequestContext, ops: Op[], options: RunOptions = {}): Promise<void> {
  const chunks = packChunks(ops, options.budget);
  const total = ops.length;
  let done = 0;
  const send = async (chunk: Op[]): Promise<void> => {
    options.beforeEach?.(context);
    for (const o of chunk) o.queue(context);
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadLimitError(e) || chunk.length < 2) throw e;
      const half = Math.ceil(chunk.length / 2);
      await send(chunk.slice(0, half));
      await send(chunk.slice(half));
      return;
    }
    done += chunk.length;
    options.onChunk?.(total === 0 ? 1 : done / total);
  };
  // Chunks go one after another: each request must be applied before the next is built on it.
  await chunks.reduce<Promise<void>>((previous, chunk) => previous.then(() => send(chunk)), Promise.resolve());
}
