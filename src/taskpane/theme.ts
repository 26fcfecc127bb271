// Fluent's light theme with no text under 14 px: captions, hints and small buttons are read by
// clerks on laptop screens, often at 125 % scaling, and were the smallest text on the page.
import { webLightTheme, type Theme } from "@fluentui/react-components";

export const paneTheme: Theme = {
  ...webLightTheme,
  fontSizeBase100: "14px",
  fontSizeBase200: "14px",
  lineHeightBase100: "20px",
  lineHeightBase200: "20px",
};
