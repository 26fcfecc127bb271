import { SEVERITY_FILL } from "./schema";
import { SEVERITY_LOOK } from "./severitylook";

/** WCAG 2 contrast ratio of two RGB hex colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [0, 2, 4]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe("the look of a mark", () => {
  it("fills cells with the colours written into workbooks", () => {
    for (const [severity, look] of Object.entries(SEVERITY_LOOK)) expect(look.fill).toBe(SEVERITY_FILL[severity as keyof typeof SEVERITY_FILL]);
  });

  it.each(Object.entries(SEVERITY_LOOK))("%s: its ink reads at 4.5:1 or more on its fill and on white; cell text reads on the fill", (_, look) => {
    expect(contrast(look.ink, look.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(look.ink, "FFFFFF")).toBeGreaterThanOrEqual(4.5);
    expect(contrast("242424", look.fill)).toBeGreaterThanOrEqual(4.5);
  });
});
