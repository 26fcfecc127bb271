// Opening a user's file as an .xlsx package, saying plainly what it is when it is not one.
import { PlanError } from "../core/errors";
import { XlsxPackage } from "./package";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: .xls, .et (WPS), and encrypted .xlsx alike. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** An encrypted .xlsx is a CFB container holding an "EncryptionInfo" stream (UTF-16 name). */
function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const name = "EncryptionInfo";
  const limit = bytes.length - name.length * 2;
  outer: for (let i = 0; i <= limit; i++) {
    for (let k = 0; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

const bad = (zh: string, en: string) => new PlanError("bad-file", zh, en);

/** The package of an .xlsx or .xlsm; any other file is a PlanError naming what it is. */
export function openWorkbookPackage(data: ArrayBuffer | Uint8Array): XlsxPackage {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (startsWith(bytes, CFB_MAGIC)) {
    if (hasEncryptionInfo(bytes)) {
      throw new PlanError(
        "encrypted",
        "工作簿已加密（设有打开密码），请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再试",
        "The workbook is encrypted (password to open); remove the password in Excel or WPS, save as .xlsx and try again",
      );
    }
    throw bad(
      "这是旧版 .xls（或 WPS .et）工作簿，请在 Excel 或 WPS 中另存为 .xlsx 再试",
      "This is an old .xls (or WPS .et) workbook; save it as .xlsx in Excel or WPS and try again",
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw bad("文件不是有效的 .xlsx 工作簿（也不是压缩包）", "The file is not a valid .xlsx workbook (not even a zip archive)");
  }
  const pkg = XlsxPackage.open(bytes);
  const mimetype = pkg.has("mimetype") ? pkg.text("mimetype")!.trim() : "";
  if (mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
    throw bad("这是 .ods（OpenDocument）表格，请另存为 .xlsx 再试", "This is an .ods (OpenDocument) spreadsheet; save it as .xlsx and try again");
  }
  if (mimetype.startsWith("application/vnd.oasis.opendocument")) {
    throw bad("这是 OpenDocument 文档，不是工作簿", "This is an OpenDocument file, not a workbook");
  }
  if (pkg.has("xl/workbook.bin")) {
    throw bad("这是 .xlsb（二进制）工作簿，请另存为 .xlsx 再试", "This is an .xlsb (binary) workbook; save it as .xlsx and try again");
  }
  if (pkg.has("word/document.xml")) throw bad("这是 Word 文档（.docx），不是工作簿", "This is a Word document (.docx), not a workbook");
  if (pkg.has("ppt/presentation.xml")) throw bad("这是演示文稿（.pptx），不是工作簿", "This is a presentation (.pptx), not a workbook");
  if (!pkg.has("[Content_Types].xml")) throw bad("文件不是有效的 .xlsx 工作簿", "The file is not a valid .xlsx workbook");
  return pkg;
}
