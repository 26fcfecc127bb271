// Writes the add-in's icons (assets/icon-16/32/64/80/128.png) with nothing but Node's zlib:
// a green tile with three list lines and a tick — a checked task list.
// Run: node scripts/make-icons.js
const { deflateSync } = require("zlib");
const { writeFileSync, mkdirSync } = require("fs");
const { join } = require("path");

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x21, 0x73, 0x46];
const WHITE = [0xff, 0xff, 0xff];
const LIGHT = [0xc6, 0xef, 0xce];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels (size × size × 4) → PNG bytes. */
function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // no filter
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Coverage of pixel (x, y) by a shape, sampled 4×4 for smooth edges. */
function coverage(inside, x, y) {
  let n = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) n++;
  return n / 16;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function icon(size) {
  const s = size;
  const radius = s * 0.18;
  const tile = (x, y) => {
    const cx = Math.min(Math.max(x, radius), s - radius);
    const cy = Math.min(Math.max(y, radius), s - radius);
    return Math.hypot(x - cx, y - cy) <= radius;
  };
  const line = (row) => (x, y) => x >= s * 0.42 && x <= s * 0.82 && Math.abs(y - s * row) <= Math.max(0.6, s * 0.045);
  const lines = [0.3, 0.5, 0.7].map(line);
  const stroke = Math.max(0.9, s * 0.06);
  const tick = (x, y) =>
    distanceToSegment(x, y, s * 0.16, s * 0.5, s * 0.25, s * 0.6) <= stroke ||
    distanceToSegment(x, y, s * 0.25, s * 0.6, s * 0.36, s * 0.32) <= stroke;

  const pixels = Buffer.alloc(s * s * 4);
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      const a = coverage(tile, x, y);
      let color = GREEN;
      const onLine = Math.max(...lines.map((f) => coverage(f, x, y)));
      const onTick = coverage(tick, x, y);
      const mix = (base, top, k) => base.map((v, i) => Math.round(v * (1 - k) + top[i] * k));
      color = mix(color, LIGHT, onLine);
      color = mix(color, WHITE, onTick);
      const o = (y * s + x) * 4;
      pixels[o] = color[0];
      pixels[o + 1] = color[1];
      pixels[o + 2] = color[2];
      pixels[o + 3] = Math.round(a * 255);
    }
  }
  return png(s, pixels);
}

const out = join(__dirname, "..", "assets");
mkdirSync(out, { recursive: true });
for (const size of SIZES) writeFileSync(join(out, `icon-${size}.png`), icon(size));
console.log(`icons written to ${out}: ${SIZES.join(", ")} px`);
