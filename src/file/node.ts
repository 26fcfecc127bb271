// .xlsx files on disk for the CLI: the only place in src/file that touches the file system.
// Only regular files are read, up to a size limit, so a FIFO, a device or a folder given as the
// input fails at once instead of hanging; writes go to a temporary file in the same folder,
// synced, then renamed, so a failed write leaves neither a half file nor the temporary one.
import { closeSync, fstatSync, fsync, fsyncSync, linkSync, openSync, readSync, renameSync, statSync, unlinkSync, writeSync } from "fs";
import { basename, dirname, extname, join } from "path";
import { constants, crc32, deflateRawSync, inflateRawSync } from "zlib";
import { PlanError } from "../core/errors";
import { FileHost } from "./host";
import { useCodec } from "./zip";

useCodec({
  // One output buffer of the known size (and a little room, so zlib does not start another): by
  // default zlib collects 16 KB chunks and copies them together, twice the part's size at once.
  inflate: (data, size) => inflateRawSync(data, { chunkSize: Math.min(size, MAX_INPUT_BYTES) + 1024 }),
  // Each chunk but the last ends in a sync flush (non-final blocks, byte-aligned) and the last
  // closes the stream: the outputs joined are one raw deflate stream. Most parts are one chunk,
  // so one zlib call each: setting up a zlib stream costs more than deflating a small part.
  deflate: (chunks, level) => {
    const out: Uint8Array[] = [];
    let held: Uint8Array | undefined;
    for (const chunk of chunks) {
      if (held) out.push(deflateRawSync(held, { level, finishFlush: constants.Z_SYNC_FLUSH }));
      held = chunk;
    }
    out.push(deflateRawSync(held ?? new Uint8Array(0), { level }));
    return out;
  },
  crc32: (data, crc) => crc32(data, crc),
});

/** Largest input read: far above any real plan (a 100k-row plan is ~10 MB). */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

function unreadable(path: string, e: unknown): PlanError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return new PlanError("bad-file", `找不到文件：${path}`, `File not found: ${path}`);
  return new PlanError("bad-file", `无法读取文件：${path}`, `Cannot read file: ${path}`);
}

function notRegular(path: string): PlanError {
  return new PlanError(
    "bad-file",
    `不是普通文件（可能是文件夹、设备或管道）：${path}`,
    `Not a regular file (a folder, device or pipe?): ${path}`,
  );
}

function tooLarge(path: string): PlanError {
  const mb = MAX_INPUT_BYTES / 1024 / 1024;
  return new PlanError("bad-file", `文件超过 ${mb} MB，不予读取：${path}`, `The file is larger than ${mb} MB and is not read: ${path}`);
}

/** The bytes of a regular file of at most MAX_INPUT_BYTES; anything else is a PlanError. */
export function readInputFile(path: string): Buffer {
  let fd: number;
  try {
    // stat (through links) before opening: opening a FIFO for reading would wait for a writer.
    const st = statSync(path);
    if (!st.isFile()) throw notRegular(path);
    if (st.size > MAX_INPUT_BYTES) throw tooLarge(path);
    fd = openSync(path, "r");
  } catch (e) {
    throw e instanceof PlanError ? e : unreadable(path, e);
  }
  try {
    const st = fstatSync(fd); // the file opened may not be the one stat saw
    if (!st.isFile()) throw notRegular(path);
    if (st.size > MAX_INPUT_BYTES) throw tooLarge(path);
    const data = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < data.length) {
      const n = readSync(fd, data, got, data.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return data.subarray(0, got);
  } catch (e) {
    throw e instanceof PlanError ? e : unreadable(path, e);
  } finally {
    closeSync(fd);
  }
}

export async function openXlsxFile(path: string): Promise<FileHost> {
  const data = readInputFile(path);
  const ext = extname(path).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".xlsm") {
    throw new PlanError("bad-file", `只支持 .xlsx 文件：${path}`, `Only .xlsx files are supported: ${path}`);
  }
  return FileHost.fromBytes(data, basename(path));
}

function writeFailed(path: string): PlanError {
  return new PlanError("write-failed", `无法写入文件：${path}`, `Cannot write file: ${path}`);
}

/** The refusal of a write over an existing file (the CLI says it before any work, this module at the rename). */
export function outputExistsError(path: string): PlanError {
  return new PlanError(
    "write-failed",
    `输出文件已存在，未覆盖：${path}（确需覆盖请加 --force）`,
    `The output file exists and was not replaced: ${path} (add --force to replace it)`,
  );
}

/** A file written under a temporary name beside its target, not yet synced. */
interface TempFile {
  path: string;
  tmp: string;
  fd?: number;
  replace: boolean;
}

/** Twelve hex digits: the "wx" open refuses a name that exists, so the name need only be unlikely to
 * be taken, not secret — Math.random spares loading node's crypto (~10 ms) on every write. */
const tempSuffix = () => Math.floor(Math.random() * 2 ** 48).toString(16).padStart(12, "0");

function writeTemp(path: string, bytes: Uint8Array, replace: boolean): TempFile {
  const file: TempFile = { path, tmp: join(dirname(path), `.${basename(path)}.${tempSuffix()}.taskplan-tmp`), replace };
  try {
    file.fd = openSync(file.tmp, "wx");
    let done = 0;
    while (done < bytes.length) done += writeSync(file.fd, bytes, done, bytes.length - done);
    return file;
  } catch (e) {
    discard(file);
    throw e instanceof PlanError ? e : writeFailed(path);
  }
}

/** Renames a synced, closed temporary file onto its target (see writeFileAtomically). */
function publish(file: TempFile): void {
  const { path, tmp } = file;
  try {
    if (file.replace) renameSync(tmp, path);
    else {
      try {
        linkSync(tmp, path);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EEXIST") throw outputExistsError(path);
        // file systems without hard links (FAT on a USB stick): checked, then renamed
        if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw e;
        if (statSync(path, { throwIfNoEntry: false })) throw outputExistsError(path);
        renameSync(tmp, path);
      }
    }
  } catch (e) {
    throw e instanceof PlanError ? e : writeFailed(path);
  }
}

/** Closes and removes the temporary file (already renamed away: nothing to remove). */
function discard(file: TempFile): void {
  if (file.fd !== undefined) closeSync(file.fd);
  file.fd = undefined;
  try {
    unlinkSync(file.tmp);
  } catch {
    // already renamed away
  }
}

function closeSynced(file: TempFile): void {
  closeSync(file.fd!);
  file.fd = undefined;
}

/**
 * Writes bytes to path through a temporary file in the same folder: written, synced, then
 * renamed over path (`replace`) or linked to it only if path does not exist yet (no race with
 * another writer). The temporary file never outlives the call.
 */
export function writeFileAtomically(path: string, bytes: Uint8Array, options: { replace: boolean }): void {
  const file = writeTemp(path, bytes, options.replace);
  try {
    try {
      fsyncSync(file.fd!);
      closeSynced(file);
    } catch {
      throw writeFailed(path);
    }
    publish(file);
  } finally {
    discard(file);
  }
}

export interface FileToWrite {
  path: string;
  bytes: Uint8Array;
  replace: boolean;
}

/** Files synced together: enough to let the file system commit them in one go, few enough open at once. */
const SYNC_BATCH = 64;

/**
 * Writes many files as writeFileAtomically writes one, taken from `files` as it yields them.
 * The temporary files of a batch are synced together, then renamed in order: one sync after
 * another costs a disk round trip each (1.5 s for 302 small files where the batched syncs take
 * 0.2 s). A failure stops the writing; files renamed before it stay, no temporary file does.
 */
export async function writeFilesAtomically(files: Iterable<FileToWrite>): Promise<void> {
  let batch: TempFile[] = [];
  const flush = async () => {
    try {
      // Every sync is waited for, failed or not, before any descriptor is closed.
      const synced = await Promise.allSettled(
        batch.map((f) => new Promise<void>((resolve, reject) => fsync(f.fd!, (e) => (e ? reject(writeFailed(f.path)) : resolve())))),
      );
      const failed = synced.find((r) => r.status === "rejected");
      if (failed) throw failed.reason;
      for (const f of batch) {
        closeSynced(f);
        publish(f);
      }
    } finally {
      for (const f of batch) discard(f);
      batch = [];
    }
  };
  try {
    for (const f of files) {
      batch.push(writeTemp(f.path, f.bytes, f.replace));
      if (batch.length === SYNC_BATCH) await flush();
    }
    await flush();
  } finally {
    for (const f of batch) discard(f);
  }
}

/** Writes the host's workbook to path (see writeFileAtomically); an existing file only with `replace`. */
export async function writeXlsxFile(path: string, host: FileHost, options: { replace: boolean } = { replace: false }): Promise<void> {
  writeFileAtomically(path, host.toBytes(), options);
}
