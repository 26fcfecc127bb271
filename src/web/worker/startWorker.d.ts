/** The page's worker (planWorker.ts); throws where a page may not start one (file://). */
export function startPlanWorker(): Worker;
