// Zip archives as an .xlsx package needs them, on Uint8Array only (CLI and browser page alike).
// Reading keeps every entry's compressed bytes as they are; writing copies an unchanged entry
// raw (local header and data exactly as read) and deflates only the entries given new content.
// So a part nobody changed comes out byte for byte, and costs no inflate or deflate.
import type * as Fflate from "fflate";
import { PlanError } from "../core/errors";
import { lazily } from "../core/lazily";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const STORED = 0;
const DEFLATED = 8;
/** General-purpose flag bit 11: the name is UTF-8. */
const UTF8_FLAG = 0x0800;
/** Bit 0: the entry is encrypted. */
const ENCRYPTED_FLAG = 0x0001;

/**
 * Deflate level of written entries, below zlib's default 6: on the 302-tab split (42 MB of XML)
 * level 3 deflates in half the time of level 6 for a file ~10% larger, which suits working copies.
 */
export const COMPRESSION_LEVEL = 3;

/**
 * Deflate level of generated tabs' sheets (XlsxPackage.setPieces): their XML repeats itself, and
 * on the 302-tab split level 2 deflates the 22 MB in ~3/4 of the time of level 3 for a file
 * ~3.5 % larger (3.13 MB instead of 3.02).
 */
export const TAB_COMPRESSION_LEVEL = 2;

/**
 * Parts written anew shorter than this (in characters of text) are stored, not deflated: a zlib
 * call costs more than the few hundred bytes it saves, and a split writes three such parts
 * ([Content_Types].xml, workbook.xml and its relationships) into each of 302 workbooks.
 */
export const STORE_BELOW = 1024;

/** Raw deflate both ways. fflate by default (any runtime); the CLI plugs in Node's native zlib,
 * measured 10-20× faster at inflating a sheet (see ./node). */
export interface Codec {
  inflate(data: Uint8Array, size: number): Uint8Array;
  /** One raw deflate stream of the chunks in order, taken as they come, as chunks (a part is
   * never one buffer more than it has to be). */
  deflate(chunks: Iterable<Uint8Array>, level: number): Uint8Array[];
  /** CRC-32 of `data`, continuing from `crc` (of the bytes before it). */
  crc32(data: Uint8Array, crc?: number): number;
}

/** fflate, loaded when the default codec first runs: the CLI, which plugs in zlib before any
 * use, never loads it (~6 ms of every run); the web build bundles it as before. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous load on first use
const fflate = lazily(() => require("fflate") as typeof Fflate);

let codec: Codec = {
  inflate: (data, size) => fflate().inflateSync(data, { out: new Uint8Array(size) }),
  deflate: (chunks, level) => {
    const out: Uint8Array[] = [];
    const stream = new (fflate().Deflate)({ level: level as 3 }, (data) => out.push(data));
    for (const chunk of chunks) stream.push(chunk);
    stream.push(new Uint8Array(0), true);
    return out;
  },
  crc32: tableCrc32,
};

export function useCodec(native: Codec): void {
  codec = native;
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** The entry's local header and compressed data exactly as in the source: copied when unchanged. */
  raw: Uint8Array;
  /** The compressed data alone (a view into raw). */
  data: Uint8Array;
  /** DOS time and date, kept for entries written anew. */
  time: number;
  date: number;
}

const notZip = () =>
  new PlanError("bad-file", "文件不是有效的 .xlsx 工作簿（压缩包已损坏）", "The file is not a valid .xlsx workbook (damaged zip)");

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

const utf8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();

function findEndOfCentralDirectory(zip: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const stop = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= stop; at--) {
    if (u32(zip, at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}

/** The entries of a zip, in central-directory order. Zip64 and encrypted entries are refused. */
export function readZip(zip: Uint8Array): ZipEntry[] {
  const end = findEndOfCentralDirectory(zip);
  if (end < 0) throw notZip();
  const count = u16(zip, end + 10);
  let at = u32(zip, end + 16);
  if ((end >= 20 && u32(zip, end - 20) === ZIP64_END_LOCATOR) || count === 0xffff || at === 0xffffffff) {
    throw new PlanError(
      "too-large",
      "工作簿超过 4 GB（zip64 格式），无法处理",
      "The workbook is larger than 4 GB (zip64), which is not supported",
    );
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || u32(zip, at) !== CENTRAL_HEADER) throw notZip();
    const flags = u16(zip, at + 8);
    const method = u16(zip, at + 10);
    const compressedSize = u32(zip, at + 20);
    const size = u32(zip, at + 24);
    const nameLength = u16(zip, at + 28);
    const local = u32(zip, at + 42);
    const name = utf8.decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (flags & ENCRYPTED_FLAG || (method !== STORED && method !== DEFLATED)) throw notZip();
    if (local + 30 > zip.length || u32(zip, local) !== LOCAL_HEADER) throw notZip();
    const dataStart = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > zip.length) throw notZip();
    // With bit 3 set a data descriptor follows the data (signature optional): 12 or 16 bytes.
    let rawEnd = dataEnd;
    if (flags & 0x0008) rawEnd += u32(zip, dataEnd) === 0x08074b50 ? 16 : 12;
    entries.push({
      name,
      method,
      crc: u32(zip, at + 16),
      compressedSize,
      size,
      raw: zip.subarray(local, Math.min(rawEnd, zip.length)),
      data: zip.subarray(dataStart, dataEnd),
      time: u16(zip, at + 12),
      date: u16(zip, at + 14),
    });
    at += 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
  }
  return entries;
}

/** An entry's content, inflated. */
export function entryBytes(entry: ZipEntry): Uint8Array {
  if (entry.method === STORED) return entry.data;
  return codec.inflate(entry.data, entry.size);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function tableCrc32(data: Uint8Array, crc = 0): number {
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function crc32(data: Uint8Array): number {
  return codec.crc32(data);
}

/** Content deflated as it was given (see packContent): what writeZip writes, without the bytes
 * it was made from. */
export interface PackedContent {
  /** One raw deflate stream, in chunks. */
  deflated: readonly Uint8Array[];
  crc: number;
  size: number;
}

/** The content of a part: text (written as UTF-8), bytes, pieces of either in order (see
 * XlsxPackage.setPieces; text pieces are slices of a big part, so it is never copied whole),
 * or content packed already. */
export type Content = string | Uint8Array | readonly (string | Uint8Array)[] | PackedContent;

function isPacked(content: Content): content is PackedContent {
  return typeof content === "object" && "deflated" in content;
}

/** Characters of text encoded at a time. */
const TEXT_CHUNK = 1 << 20;

/** The content's bytes in chunks, made as they are asked for: text is encoded a slice at a time
 * (never cut inside a surrogate pair), so a 25 MB sheet is never one buffer. */
export function* contentChunks(content: Content): Generator<Uint8Array> {
  if (content instanceof Uint8Array) yield content;
  else if (typeof content === "string") yield* textChunks(content);
  else if (isPacked(content)) yield codec.inflate(joinChunks(content.deflated), content.size);
  else for (const piece of content) yield* typeof piece === "string" ? textChunks(piece) : [piece];
}

function* textChunks(text: string): Generator<Uint8Array> {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + TEXT_CHUNK);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield encoder.encode(text.slice(at, end));
    at = end;
  }
}

/** Chunks as one buffer (the chunk itself when there is one). */
export function joinChunks(content: Iterable<Uint8Array>): Uint8Array {
  const chunks = [...content];
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** The chunks as they pass, with their CRC-32 and size so far. */
function measured(chunks: Iterable<Uint8Array>): { chunks: Iterable<Uint8Array>; crc: number; size: number } {
  const m = { crc: 0, size: 0, chunks: chunks };
  m.chunks = (function* () {
    for (const c of chunks) {
      m.crc = codec.crc32(c, m.crc);
      m.size += c.length;
      yield c;
    }
  })();
  return m;
}

/** The chunks deflated as they come, each let go once deflated: a big new part is held
 * compressed from the moment it is set, not as its (ten times larger) bytes until written. */
export function packContent(chunks: Iterable<Uint8Array>, level = COMPRESSION_LEVEL): PackedContent {
  const content = measured(chunks);
  const deflated = codec.deflate(content.chunks, level);
  return { deflated, crc: content.crc, size: content.size };
}

/** A short part's bytes as they are, with their CRC-32 and size. */
function storedBytes(content: Content): { bytes: Uint8Array; crc: number; size: number } {
  const bytes = joinChunks(contentChunks(content));
  return { bytes, crc: codec.crc32(bytes), size: bytes.length };
}

/** What to write: an entry kept as read, or a name with new content (text is written as UTF-8,
 * encoded only when its turn comes, so one part's bytes are held at a time). */
export type ZipOutput =
  | { entry: ZipEntry }
  | {
      name: string;
      content: Content;
      time?: number;
      date?: number;
      /** The entry this content replaces: copied raw instead when the content is its very bytes. */
      original?: ZipEntry;
    };

/** Whether `content` is exactly what `entry` holds; `known`: its CRC-32 and size, when measured
 * already (the bytes are compared only when both match). */
export function holdsContent(
  entry: ZipEntry,
  content: Content,
  known: { crc: number; size: number } | undefined = isPacked(content) ? content : undefined,
): boolean {
  if (known && (known.crc !== entry.crc || known.size !== entry.size)) return false;
  const bytes = entryBytes(entry);
  let at = 0;
  for (const chunk of contentChunks(content)) {
    if (at + chunk.length > bytes.length) return false;
    for (let i = 0; i < chunk.length; i++) if (bytes[at++] !== chunk[i]) return false;
  }
  return at === bytes.length;
}

/** DOS time and date of `d` (local time, to two seconds): that of entries new in a write. */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

interface Written {
  name: Uint8Array;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function put16(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
}
function put32(b: Uint8Array, at: number, v: number): void {
  put16(b, at, v & 0xffff);
  put16(b, at + 2, v >>> 16);
}

/** A zip of `outputs` in order: kept entries copied raw, new content deflated (or stored when
 * deflate cannot shrink it), stamped `madeAt` unless given a time of their own. */
export function writeZip(outputs: readonly ZipOutput[], level = COMPRESSION_LEVEL, madeAt = new Date()): Uint8Array {
  const chunks: Uint8Array[] = [];
  const written: Written[] = [];
  let offset = 0;
  const now = dosTime(madeAt);
  const copyRaw = (e: ZipEntry) => {
    written.push({
      name: e.raw.subarray(30, 30 + u16(e.raw, 26)),
      flags: u16(e.raw, 6),
      method: e.method,
      time: e.time,
      date: e.date,
      crc: e.crc,
      compressedSize: e.compressedSize,
      size: e.size,
      offset,
    });
    chunks.push(e.raw);
    offset += e.raw.length;
  };
  for (const out of outputs) {
    if ("entry" in out) {
      copyRaw(out.entry);
      continue;
    }
    // One pass: each chunk is made, measured and deflated, then let go.
    // A short part is stored: setting up a deflate costs more than it saves.
    const stored = typeof out.content === "string" && out.content.length < STORE_BELOW ? storedBytes(out.content) : null;
    const packed =
      stored ?? (isPacked(out.content) && level === COMPRESSION_LEVEL ? out.content : packContent(contentChunks(out.content), level));
    const { crc, size } = packed;
    if (out.original && holdsContent(out.original, out.content, packed)) {
      copyRaw(out.original);
      continue;
    }
    const name = encoder.encode(out.name);
    const deflated = "deflated" in packed ? packed.deflated : null;
    const deflatedSize = deflated ? deflated.reduce((n, c) => n + c.length, 0) : size;
    // Deflated only when that is smaller (tiny or random parts grow).
    const [method, data, dataSize] =
      deflated && deflatedSize < size ? [DEFLATED, deflated, deflatedSize] : [STORED, stored ? [stored.bytes] : [...contentChunks(out.content)], size];
    const entry: Written = {
      name,
      flags: UTF8_FLAG,
      method,
      time: out.time ?? now.time,
      date: out.date ?? now.date,
      crc,
      compressedSize: dataSize,
      size,
      offset,
    };
    const header = new Uint8Array(30 + name.length);
    put32(header, 0, LOCAL_HEADER);
    put16(header, 4, 20); // version needed: 2.0 (deflate)
    put16(header, 6, entry.flags);
    put16(header, 8, method);
    put16(header, 10, entry.time);
    put16(header, 12, entry.date);
    put32(header, 14, entry.crc);
    put32(header, 18, entry.compressedSize);
    put32(header, 22, entry.size);
    put16(header, 26, name.length);
    header.set(name, 30);
    chunks.push(header, ...data);
    offset += header.length + dataSize;
    written.push(entry);
  }
  const centralStart = offset;
  for (const w of written) {
    const header = new Uint8Array(46 + w.name.length);
    put32(header, 0, CENTRAL_HEADER);
    put16(header, 4, 20); // made by: MS-DOS, 2.0
    put16(header, 6, 20);
    put16(header, 8, w.flags);
    put16(header, 10, w.method);
    put16(header, 12, w.time);
    put16(header, 14, w.date);
    put32(header, 16, w.crc);
    put32(header, 20, w.compressedSize);
    put32(header, 24, w.size);
    put16(header, 28, w.name.length);
    put32(header, 42, w.offset);
    header.set(w.name, 46);
    chunks.push(header);
    offset += header.length;
  }
  const end = new Uint8Array(22);
  put32(end, 0, END_OF_CENTRAL_DIRECTORY);
  put16(end, 8, written.length);
  put16(end, 10, written.length);
  put32(end, 12, offset - centralStart);
  put32(end, 16, centralStart);
  chunks.push(end);
  const zip = new Uint8Array(offset + end.length);
  let at = 0;
  for (const c of chunks) {
    zip.set(c, at);
    at += c.length;
  }
  return zip;
}
