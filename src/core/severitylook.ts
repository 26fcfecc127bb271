// How a mark looks wherever it is shown — the grid, its legend, the findings list: the fill Excel
// shows on the marked cell (SEVERITY_FILL, written into workbooks) and a dark ink of the same hue
// for the symbol and words drawn on it or beside it (at least 4.5:1 on the fill and on white).
import { SEVERITY_FILL, type Severity } from "./schema";

export interface SeverityLook {
  /** RGB hex without "#", as in SEVERITY_FILL. */
  fill: string;
  ink: string;
}

export const SEVERITY_LOOK: Record<Severity, SeverityLook> = {
  error: { fill: SEVERITY_FILL.error, ink: "9C0006" },
  warning: { fill: SEVERITY_FILL.warning, ink: "7A4A00" },
  info: { fill: SEVERITY_FILL.info, ink: "1F4E79" },
};
