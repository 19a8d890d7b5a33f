// Draws the add-in's icons (a blue tile with two people, mentor and mentee) as PNGs of exactly the sizes
// the manifest declares. Run with `npm run icons`; the PNGs are committed under assets/.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const sizes = [16, 32, 64, 80, 128];
const brand = [15, 108, 189]; // Fluent brand blue #0F6CBD
const white = [255, 255, 255];

/** Coverage of one point of the unit square by the drawing: [r, g, b, a] with a in 0..1. */
function sample(x, y) {
  // Rounded tile.
  const r = 0.18;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  // Two people: the mentor (larger, left) and the mentee (smaller, right).
  const person = (cx, headY, headR, bodyY, bodyRx, bodyRy) => {
    const hx = x - cx, hy = y - headY;
    if (hx * hx + hy * hy <= headR * headR) return true;
    const bx = (x - cx) / bodyRx, by = (y - bodyY) / bodyRy;
    return y <= bodyY && bx * bx + by * by <= 1 && y < 0.8;
  };
  if (person(0.38, 0.36, 0.11, 0.78, 0.2, 0.26)) return [...white, 1];
  if (person(0.68, 0.46, 0.085, 0.8, 0.15, 0.2)) return [...white, 1];
  return [...brand, 1];
}

function render(size) {
  const ss = 4; // 4×4 supersampling for smooth edges
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 then RGBA
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const [cr, cg, cb, ca] = sample((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      const o = 1 + px * 4;
      row[o] = a ? Math.round(r / a) : 0;
      row[o + 1] = a ? Math.round(g / a) : 0;
      row[o + 2] = a ? Math.round(b / a) : 0;
      row[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

function png(width, height, raw) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0; // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0)),
  ]);
}

const table = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = table[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

for (const size of sizes) writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), render(size));
console.log(`icons: ${sizes.join(", ")} px written to assets/`);
