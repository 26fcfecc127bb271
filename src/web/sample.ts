// The bundled sample plan. Webpack inlines it (asset/inline, a data: URL) and this module is
// loaded only when the user asks for it; decoding it here needs no fetch, which a page opened
// from file:// is not allowed.
import sampleUrl from "../../samples/sample-plan.xlsx";

export function sampleBytes(): ArrayBuffer {
  const base64 = sampleUrl.slice(sampleUrl.indexOf(",") + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}
