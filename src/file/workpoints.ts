// A 工作要点 file as paragraphs, whatever it was saved as: .docx (with its list numbering), plain
// text or Markdown (UTF-8, or GB18030 as Notepad on a Chinese Windows saves it). Browser-safe.
// The .docx reader (and its XML parser) is loaded only for a .docx.
import { PlanError } from "../core/errors";
import { paragraphsFromText, type SourceParagraph } from "../core/import/paragraphs";

const PDF_MAGIC = "%PDF";
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: a .doc, or an encrypted .docx. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const starts = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export function isZip(bytes: Uint8Array): boolean {
  return starts(bytes, ZIP_MAGIC);
}

export function isCfb(bytes: Uint8Array): boolean {
  return starts(bytes, CFB_MAGIC);
}

export function oldDocError(): PlanError {
  return new PlanError(
    "bad-file",
    "这是旧版 .doc 文档（或已加密），请在 Word / WPS 中另存为 .docx 再试",
    "This is an old .doc document (or an encrypted one); save it as .docx in Word or WPS and try again",
  );
}

/** Text of a .txt / .md file: UTF-8 when it is valid UTF-8, else GB18030. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function pdfError(): PlanError {
  return new PlanError(
    "bad-file",
    "PDF 文件无法直接读取（扫描件没有文字）；请在 Word / WPS 中打开后另存为 .docx，或把文字复制成 .txt 再试",
    "PDF files cannot be read (a scan holds no text); open it in Word or WPS and save as .docx, or paste its text into a .txt file",
  );
}

function unsupportedError(name: string): PlanError {
  return new PlanError(
    "bad-file",
    `只支持 .docx、.txt 或 .md 文件：${name}`,
    `Only .docx, .txt or .md files are supported: ${name}`,
  );
}

function emptyError(): PlanError {
  return new PlanError("bad-file", "文件是空的，没有可读的文字", "The file is empty: there is no text to read");
}

/** Reads a 要点 file's paragraphs; a .doc, a PDF, an empty or unreadable file is a PlanError. */
export async function readWorkPointsFile(bytes: Uint8Array, name: string): Promise<SourceParagraph[]> {
  const ext = /\.[^.]+$/u.exec(name.toLowerCase())?.[0] ?? "";
  const head = String.fromCharCode(...bytes.subarray(0, 4));
  if (head === PDF_MAGIC || ext === ".pdf") throw pdfError();
  if (isCfb(bytes) || ext === ".doc") throw oldDocError();
  let paragraphs: SourceParagraph[];
  if (ext === ".docx" || isZip(bytes)) paragraphs = (await import("./docx")).readDocxParagraphs(bytes);
  else if (ext === ".txt" || ext === ".md" || ext === ".markdown" || ext === "") {
    paragraphs = paragraphsFromText(decodeText(bytes), { markdown: ext === ".md" || ext === ".markdown" });
  } else throw unsupportedError(name);
  if (!paragraphs.some((p) => p.text.trim() !== "")) throw emptyError();
  return paragraphs;
}
