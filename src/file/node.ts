// .xlsx files on disk for the CLI: the only place in src/file that touches the file system.
import { readFileSync, renameSync, writeFileSync } from "fs";
import { basename, extname } from "path";
import { crc32, deflateRawSync, inflateRawSync } from "zlib";
import { PlanError } from "../core/errors";
import { FileHost } from "./host";
import { useCodec } from "./zip";

useCodec({
  inflate: (data) => inflateRawSync(data),
  deflate: (data, level) => deflateRawSync(data, { level }),
  crc32: (data) => crc32(data),
});

export async function openXlsxFile(path: string): Promise<FileHost> {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === "ENOENT";
    throw new PlanError(
      "bad-file",
      missing ? `找不到文件：${path}` : `无法读取文件：${path}`,
      missing ? `File not found: ${path}` : `Cannot read file: ${path}`,
    );
  }
  const ext = extname(path).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".xlsm") {
    throw new PlanError("bad-file", `只支持 .xlsx 文件：${path}`, `Only .xlsx files are supported: ${path}`);
  }
  return FileHost.fromBytes(data, basename(path));
}

/** Writes the host's package to path, via a temporary file so a failed write leaves no half file. */
export async function writeXlsxFile(path: string, host: FileHost): Promise<void> {
  writeBytesFile(path, host.toBytes());
}

/** Writes `bytes` to path via a temporary file, so a failed write leaves no half file. */
export function writeBytesFile(path: string, bytes: Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch {
    throw new PlanError("write-failed", `无法写入文件：${path}`, `Cannot write file: ${path}`);
  }
}
