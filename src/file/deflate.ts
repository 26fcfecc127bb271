// Node only. exceljs compresses a workbook with pako, zlib ported to JavaScript; for the large
// workbooks `taskplan split` writes that is most of the write time. So the CLI has exceljs store
// the parts uncompressed and deflates them here with Node's native zlib, keeping every part, its
// name, date and CRC as exceljs wrote them.
import { deflateRawSync } from "zlib";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** Bit 3: sizes in a data descriptor after the data. The parts written here carry them in front. */
const DATA_DESCRIPTOR_FLAG = 0x0008;

interface Part {
  name: Buffer;
  flags: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  internalAttributes: number;
  externalAttributes: number;
  data: Buffer;
}

/** The parts of a zip whose parts are all stored; null when it holds anything else (deflated
 * parts, zip64), which is then left as it is. */
function storedParts(zip: Buffer): Part[] | null {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const parts: Part[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER || zip.readUInt16LE(at + 10) !== STORED) return null;
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (size === 0xffffffff || local === 0xffffffff || zip.readUInt32LE(local) !== LOCAL_HEADER) return null;
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    parts.push({
      name: zip.subarray(at + 46, at + 46 + nameLength),
      flags: zip.readUInt16LE(at + 8) & ~DATA_DESCRIPTOR_FLAG,
      time: zip.readUInt16LE(at + 12),
      date: zip.readUInt16LE(at + 14),
      crc: zip.readUInt32LE(at + 16),
      size,
      internalAttributes: zip.readUInt16LE(at + 36),
      externalAttributes: zip.readUInt32LE(at + 38),
      data: zip.subarray(dataStart, dataStart + size),
    });
    at += 46 + skip;
  }
  return parts;
}

/** A zip of stored parts, deflated at `level` part by part; anything else comes back unchanged. */
export function deflateStoredZip(zip: Buffer, level: number): Buffer {
  const parts = storedParts(zip);
  if (!parts) return zip;
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const deflated = deflateRawSync(part.data, { level });
    // A part deflate cannot shrink (an image, say) stays stored.
    const [method, data] = deflated.length < part.data.length ? [DEFLATED, deflated] : [STORED, part.data];
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(part.flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(part.time, 10);
    local.writeUInt16LE(part.date, 12);
    local.writeUInt32LE(part.crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(part.name.length, 26);
    local.writeUInt16LE(0, 28);
    chunks.push(local, part.name, data);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(CENTRAL_HEADER, 0);
    entry.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(part.flags, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt16LE(part.time, 12);
    entry.writeUInt16LE(part.date, 14);
    entry.writeUInt32LE(part.crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(part.size, 24);
    entry.writeUInt16LE(part.name.length, 28);
    entry.writeUInt16LE(part.internalAttributes, 36);
    entry.writeUInt32LE(part.externalAttributes, 38);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, part.name);
    offset += local.length + part.name.length + data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
