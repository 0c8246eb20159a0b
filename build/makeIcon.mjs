#!/usr/bin/env node
/**
 * Draws build/icon.png (512×512), the one icon electron-builder turns into the
 * Linux, macOS and Windows icons. Generated, not drawn by hand, so the repo
 * holds no opaque binary without its source: `node build/makeIcon.mjs`.
 * Motif: a case file (page with text lines) under a magnifier, on navy.
 */
import { writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';

const S = 512;
const SS = 4; // supersampling per axis, for smooth edges

const navy = [31, 58, 95];
const paper = [246, 247, 249];
const ink = [92, 112, 128];
const amber = [240, 165, 0];

function roundRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Colour at a point, or null for transparent. Later layers win. */
function shade(x, y) {
  if (!roundRect(x, y, 16, 16, 496, 496, 96)) return null;
  let c = navy;
  if (roundRect(x, y, 120, 88, 352, 408, 20)) c = paper;
  for (const [ly, lx1] of [
    [150, 300],
    [190, 300],
    [230, 260],
    [270, 290],
  ]) {
    if (roundRect(x, y, 160, ly, lx1, ly + 16, 8)) c = ink;
  }
  const d = Math.hypot(x - 330, y - 318);
  if (d <= 74 && d >= 50) c = amber; // lens ring
  const along = (x - 330 + (y - 318)) / Math.SQRT2; // handle, 45° down-right
  const across = Math.abs(x - 330 - (y - 318)) / Math.SQRT2;
  if (along >= 70 && along <= 170 && across <= 17) c = amber;
  return c;
}

const raw = Buffer.alloc((S * 4 + 1) * S);
for (let y = 0; y < S; y++) {
  raw[y * (S * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < S; x++) {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const c = shade(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS);
        if (!c) continue;
        r += c[0];
        g += c[1];
        b += c[2];
        a++;
      }
    }
    const o = y * (S * 4 + 1) + 1 + x * 4;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((a / (SS * SS)) * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(S, 0);
ihdr.writeUInt32BE(S, 4);
ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`build/icon.png: ${png.length} bytes`);
