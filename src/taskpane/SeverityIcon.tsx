// A finding's severity as an icon on the fill colour its cell gets in the sheet, so the list,
// the grid and the marked workbook show one colour per severity, and the shape tells them apart
// for anyone who cannot tell the colours apart.
import { ErrorCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import { SEVERITY_FILL, type Severity } from "../core/schema";

/** Excel's own dark text colours for its light red / yellow / blue fills: readable on them. */
const SEVERITY_INK: Record<Severity, string> = { error: "#9C0006", warning: "#7A4A00", info: "#1F4E79" };
const ICONS = { error: ErrorCircleFilled, warning: WarningFilled, info: InfoFilled };

export function SeverityIcon({ severity, label }: { severity: Severity; label?: string }) {
  const Icon = ICONS[severity];
  return (
    <span
      role={label ? "img" : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      data-severity-icon={severity}
      style={{
        display: "inline-flex",
        alignItems: "center",
        justifyContent: "center",
        flexShrink: 0,
        width: "20px",
        height: "20px",
        borderRadius: "4px",
        backgroundColor: `#${SEVERITY_FILL[severity]}`,
        color: SEVERITY_INK[severity],
        fontSize: "16px",
      }}
    >
      <Icon />
    </span>
  );
}
