// The page's worker: reading, checking, marking and building downloads happen here, so a long
// plan never blocks the page; progress comes back as messages the page can paint.
import type { Reply, Request } from "./protocol";
import { serve } from "./session";

const scope = self as unknown as {
  postMessage(message: Reply, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent<Request>) => void) | null;
};
const answer = serve((reply, transfer) => scope.postMessage(reply, transfer));
scope.onmessage = (e) => answer(e.data);
