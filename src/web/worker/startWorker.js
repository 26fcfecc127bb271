// Starts the page's worker. Plain JavaScript because webpack recognises a worker only in the form
// `new Worker(new URL(..., import.meta.url))`, and the TypeScript settings shared with jest and
// the CLI (CommonJS) do not allow import.meta.
export function startPlanWorker() {
  return new Worker(new URL("./planWorker.ts", import.meta.url), { name: "taskplan" });
}
