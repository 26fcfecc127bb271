// Handing bytes to the user as a file: a Blob behind an object URL and a click on a download
// link. Everything stays in the browser; nothing is sent anywhere.
import JSZip from "jszip";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface NamedFile {
  name: string;
  data: ArrayBuffer | Uint8Array;
}

export function saveFile(name: string, data: ArrayBuffer | Uint8Array | Blob, type = XLSX_MIME): void {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started by the next task; keeping the URL longer only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Files are stored, not deflated: .xlsx is already a zip, compressing it again gains nothing. */
export async function zipFiles(files: NamedFile[]): Promise<Blob> {
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.data, { compression: "STORE" });
  return zip.generateAsync({ type: "blob", mimeType: "application/zip" });
}

/** A name that every file system accepts, keeping Chinese as it is. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").trim();
  return cleaned.slice(0, 120) || "工作簿";
}

/** "方案.xlsx" + "已标记" → "方案-已标记.xlsx". */
export function derivedName(fileName: string, suffix: string, ext = ".xlsx"): string {
  return safeFileName(`${fileName.replace(/\.xlsx$/i, "")}-${suffix}${ext}`);
}
