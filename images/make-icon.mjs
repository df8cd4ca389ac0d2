// Draws Dabir's 128×128 icon (images/icon.png) without any image library: the letter dal «د» as a thick stroke on
// a teal rounded square, over the wavy underline of a spell checker. Run: node images/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const BG = [0x0f, 0x76, 0x6e];
const FG = [0xff, 0xff, 0xff];
const WAVE = [0xfb, 0xbf, 0x24];

/** Distance from p to segment ab. */
function segDist(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}
const polyDist = (x, y, pts) => Math.min(...pts.slice(1).map((p, i) => segDist(x, y, pts[i], p)));

// «د»: a short stroke falling to the right, then the base running back to the left
const DAL = [[58, 26], [66, 34], [84, 70], [84, 78], [78, 84], [40, 84]];
const WAVE_PTS = Array.from({ length: 25 }, (_, i) => [28 + i * 3, 104 + (i % 2 ? 4 : -4)]);

function inRoundedSquare(x, y) {
  const r = 24, lo = 4, hi = SIZE - 4;
  const cx = Math.max(lo + r, Math.min(hi - r, x)), cy = Math.max(lo + r, Math.min(hi - r, y));
  return r - Math.hypot(x - cx, y - cy); // > 0 inside
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    const px = x + 0.5, py = y + 0.5;
    const cover = (d) => Math.max(0, Math.min(1, d + 0.5)); // 1px antialiasing
    const bgA = cover(inRoundedSquare(px, py));
    const dal = cover(8 - polyDist(px, py, DAL));
    const wave = cover(3 - polyDist(px, py, WAVE_PTS));
    let c = BG;
    const mix = (a, b, t) => a.map((v, i) => Math.round(v + (b[i] - v) * t));
    c = mix(c, WAVE, wave);
    c = mix(c, FG, dal);
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    raw[o] = c[0]; raw[o + 1] = c[1]; raw[o + 2] = c[2]; raw[o + 3] = Math.round(bgA * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0); ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(fileURLToPath(new URL('icon.png', import.meta.url)), png);
