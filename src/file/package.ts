// An .xlsx package (OPC over zip) edited in place: parts are read on demand, a part given new
// content is written anew, every other part is copied through byte for byte. Browser-safe.
import { COMPRESSION_LEVEL, contentChunks, entryBytes, holdsContent, joinChunks, packContent, readZip, writeZip, type Content, type ZipEntry, type ZipOutput } from "./zip";

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** Bytes of XML encoded at a time by setPieces. */
const PIECES_CHUNK = 1 << 20;

/**
 * The pieces as UTF-8 in chunks of PIECES_CHUNK bytes, each piece encoded straight into its chunk:
 * pieces joined into a string first would make strings of megabytes, which V8 keeps outside its
 * young generation, so that each lingers until a full collection.
 */
function* encodedPieces(pieces: Iterable<string | Uint8Array>): Generator<Uint8Array> {
  // Made when text comes: a split's tabs come as bytes already, and a megabyte zeroed for each of
  // 302 tabs cost ~15 % of its run.
  let chunk: Uint8Array | undefined;
  let used = 0;
  let any = false;
  for (const piece of pieces) {
    if (piece instanceof Uint8Array) {
      // Bytes already encoded pass as they are, after the text before them.
      if (chunk && used) {
        yield chunk.subarray(0, used);
        chunk = undefined;
        used = 0;
      }
      any = true;
      yield piece;
      continue;
    }
    let rest = piece;
    for (;;) {
      chunk ??= new Uint8Array(PIECES_CHUNK);
      const { read, written } = encoder.encodeInto(rest, chunk.subarray(used));
      used += written;
      if (read === rest.length) break;
      // Full (encodeInto never splits a character): the rest goes into the next chunk.
      yield chunk.subarray(0, used);
      any = true;
      chunk = undefined;
      used = 0;
      rest = rest.slice(read);
    }
  }
  if (chunk && used) yield chunk.subarray(0, used);
  else if (!any) yield new Uint8Array(0);
}

/** Part names compare without case in OPC; zips keep them as written. */
const key = (name: string) => name.replace(/^\//, "").toLowerCase();

export class XlsxPackage {
  /** Parts as read, by lower-cased name. */
  private readonly entries = new Map<string, ZipEntry>();
  /** New content of parts, by lower-cased name; string = XML text. */
  private readonly changed = new Map<string, { name: string; content: Content }>();
  private readonly removed = new Set<string>();
  private readonly texts = new Map<string, string>();

  private constructor(entries: ZipEntry[]) {
    for (const e of entries) this.entries.set(key(e.name), e);
  }

  /** Opens zip bytes; what is or is not a workbook is for the caller to say (see ./formats). */
  static open(bytes: Uint8Array): XlsxPackage {
    return new XlsxPackage(readZip(bytes));
  }

  /** A package to edit apart from this one, as this one was read: the parts and the texts
   * decoded so far are shared, not read again (every workbook of a split starts from one). */
  copy(): XlsxPackage {
    const copy = new XlsxPackage([]);
    for (const [k, e] of this.entries) if (!this.removed.has(k) && !this.changed.has(k)) copy.entries.set(k, e);
    for (const [k, t] of this.texts) if (copy.entries.has(k)) copy.texts.set(k, t);
    return copy;
  }

  /** Part names (without leading "/"), in the order they are written. */
  names(): string[] {
    const out: string[] = [];
    for (const [k, e] of this.entries) if (!this.removed.has(k)) out.push(this.changed.get(k)?.name ?? e.name);
    for (const [k, c] of this.changed) if (!this.entries.has(k)) out.push(c.name);
    return out;
  }

  has(name: string): boolean {
    const k = key(name);
    return this.changed.has(k) || (this.entries.has(k) && !this.removed.has(k));
  }

  /** A part's content as text (UTF-8), or undefined when there is no such part. */
  text(name: string): string | undefined {
    const k = key(name);
    const change = this.changed.get(k);
    if (change) return typeof change.content === "string" ? change.content : decoder.decode(joinChunks(contentChunks(change.content)));
    if (this.removed.has(k)) return undefined;
    const cached = this.texts.get(k);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(k);
    if (!entry) return undefined;
    const text = decoder.decode(entryBytes(entry));
    this.texts.set(k, text);
    return text;
  }

  /** Lets go of the text read for part `name` (read again if asked for): a worksheet's text is
   * not held once its cells are read. */
  release(name: string): void {
    this.texts.delete(key(name));
  }

  bytes(name: string): Uint8Array | undefined {
    const k = key(name);
    const change = this.changed.get(k);
    if (change) return joinChunks(contentChunks(change.content));
    const entry = this.removed.has(k) ? undefined : this.entries.get(k);
    return entry && entryBytes(entry);
  }

  /** Sets a part's text, whole or in pieces (deflated as they come, never joined: pieces are how
   * a big part is given, often as slices of the text read, which is let go with them). */
  setText(name: string, text: string | readonly string[]): void {
    this.set(name, typeof text === "string" ? text : packContent(contentChunks(text)));
  }

  setBytes(name: string, bytes: Uint8Array): void {
    this.set(name, bytes);
  }

  /**
   * Sets a part's XML given in pieces (text, or bytes already encoded), encoded and deflated as
   * they come and never joined (as a string or as bytes): the notes of a 100k-row plan are tens of
   * megabytes, which as one JavaScript string (and its copies while being built) weigh two to three
   * times their bytes, and as bytes ten times what they deflate to. `level`: the deflate level.
   */
  setPieces(name: string, pieces: Iterable<string | Uint8Array>, level = COMPRESSION_LEVEL): void {
    this.set(name, packContent(encodedPieces(pieces), level));
  }

  private set(name: string, content: Content): void {
    const k = key(name);
    // A part set back to what it was read as stays a raw copy (and toBytes copies raw any part
    // whose new bytes are the old ones).
    if (typeof content === "string" && this.entries.has(k) && this.texts.get(k) === content) {
      this.changed.delete(k);
      this.removed.delete(k);
      return;
    }
    // The text as read is not kept beside its replacement: a 100k-row sheet is 25 MB.
    this.texts.delete(k);
    this.changed.set(k, { name: this.entries.get(k)?.name ?? name.replace(/^\//, ""), content });
    this.removed.delete(k);
  }

  delete(name: string): void {
    const k = key(name);
    this.changed.delete(k);
    if (this.entries.has(k)) this.removed.add(k);
  }

  /** Whether the part will be written with other bytes than it was read with. */
  isChanged(name: string): boolean {
    const k = key(name);
    if (this.removed.has(k)) return true;
    const change = this.changed.get(k);
    const entry = this.entries.get(k);
    if (!change || !entry) return change !== undefined;
    return !holdsContent(entry, change.content);
  }

  /** The package as zip bytes: unchanged parts copied raw, in their original order; new parts
   * last, stamped `madeAt`. */
  toBytes(madeAt?: Date): Uint8Array {
    const outputs: ZipOutput[] = [];
    for (const [k, entry] of this.entries) {
      if (this.removed.has(k)) continue;
      const change = this.changed.get(k);
      outputs.push(change ? { name: entry.name, content: change.content, time: entry.time, date: entry.date, original: entry } : { entry });
    }
    for (const [k, c] of this.changed) if (!this.entries.has(k)) outputs.push({ name: c.name, content: c.content });
    return writeZip(outputs, undefined, madeAt);
  }
}
