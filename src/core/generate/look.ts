// The one look of every tab this tool makes, whichever host draws it: a clerk's printed list.
import type { TabLook } from "../schema";

export function tabLook(): TabLook {
  return {
    titleFont: { name: "黑体", size: 16, bold: true },
    headerFont: { name: "黑体", size: 11, bold: true },
    bodyFont: { name: "宋体", size: 11, bold: false },
    headerFill: "D9E1F2",
    borderColor: "808080",
    titleHeight: 36,
    freezeRows: 2,
    autoFilter: true,
    print: {
      paper: "A4",
      orientation: "landscape",
      repeatRows: [2, 2],
      fitToWidth: true,
      horizontalCentered: true,
      footer: "第 &P 页 / 共 &N 页",
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  };
}
