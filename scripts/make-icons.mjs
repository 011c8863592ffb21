#!/usr/bin/env node
// Draws the app icons static/icon-192.png and static/icon-512.png (the design of
// static/favicon.svg: three white bars on the green of the header) with nothing but Node's zlib:
// 4×4 supersampled coverage, quantised to a 16-colour palette, so each file stays a few KB.
// The square is full-bleed and the bars sit inside the central 80% circle, so the same files
// serve as "any" and "maskable" icons. Run once after changing the design; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const STATIC = resolve(fileURLToPath(new URL('../static', import.meta.url)));
const GREEN = [0x1d, 0x6b, 0x3a];
const WHITE = [0xff, 0xff, 0xff];
const LEVELS = 16; // palette entries, green (0) to white (15)

// The favicon's strokes in its 32-unit box: ground line and three bars, width 3.5, round caps.
const SEGMENTS = [
  [6, 24, 26, 24],
  [9, 24, 9, 17],
  [16, 24, 16, 11],
  [23, 24, 23, 14],
];
const RADIUS = 3.5 / 2;
// Centre of the strokes' bounding box (4.25..27.75 × 9.25..25.75) moved to the middle, scaled
// so its far corners stay inside the maskable safe zone (radius 0.4 of the size).
const CX = 16;
const CY = 17.5;
const SCALE = 0.85;

function inside(x, y) {
  // (x, y) in the 32-unit box of the icon; map back to favicon units.
  const fx = CX + (x - 16) / SCALE;
  const fy = CY + (y - 16) / SCALE;
  for (const [x1, y1, x2, y2] of SEGMENTS) {
    const dx = x2 - x1;
    const dy = y2 - y1;
    const t = Math.max(0, Math.min(1, ((fx - x1) * dx + (fy - y1) * dy) / (dx * dx + dy * dy)));
    const ex = fx - (x1 + t * dx);
    const ey = fy - (y1 + t * dy);
    if (ex * ex + ey * ey <= RADIUS * RADIUS) return true;
  }
  return false;
}

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
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size) {
  const SS = 4;
  const rowBytes = size / 2; // 4-bit palette indices, two pixels a byte
  const raw = Buffer.alloc((rowBytes + 1) * size);
  for (let py = 0; py < size; py++) {
    raw[py * (rowBytes + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = ((px + (sx + 0.5) / SS) / size) * 32;
          const y = ((py + (sy + 0.5) / SS) / size) * 32;
          if (inside(x, y)) hits++;
        }
      }
      const level = Math.round((hits / (SS * SS)) * (LEVELS - 1));
      const at = py * (rowBytes + 1) + 1 + (px >> 1);
      raw[at] |= px & 1 ? level : level << 4;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 4; // bit depth
  ihdr[9] = 3; // colour type: palette
  const plte = Buffer.alloc(LEVELS * 3);
  for (let i = 0; i < LEVELS; i++) {
    for (let c = 0; c < 3; c++) plte[i * 3 + c] = Math.round(GREEN[c] + ((WHITE[c] - GREEN[c]) * i) / (LEVELS - 1));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [192, 512]) {
  const file = join(STATIC, `icon-${size}.png`);
  const data = png(size);
  writeFileSync(file, data);
  console.log(`${file}: ${data.length} bytes`);
}
