// A finding's severity as a symbol in its ink (SEVERITY_LOOK), so the list, the grid, its legend
// and the marked workbook show one colour per severity, and the shape tells them apart for anyone
// who cannot tell the colours apart.
import type { CSSProperties } from "react";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../core/schema";
import { SEVERITY_LOOK } from "../core/severitylook";

const ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled } as const;

/** The bare symbol, as the grid draws it in a marked cell. */
export function SeverityGlyph({ severity, style }: { severity: Severity; style?: CSSProperties }) {
  const Icon = ICONS[severity];
  return <Icon aria-hidden style={{ color: `#${SEVERITY_LOOK[severity].ink}`, flexShrink: 0, ...style }} />;
}

/** The symbol on the fill its cell gets, as the findings list shows it; named when `label` is given. */
export function SeverityIcon({ severity, label }: { severity: Severity; label?: string }) {
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
        backgroundColor: `#${SEVERITY_LOOK[severity].fill}`,
      }}
    >
      <SeverityGlyph severity={severity} />
    </span>
  );
}
