// Draws the app icon (决 on a red square) in Debian's Chromium and writes resources/icon.png (512×512, for
// Linux) and resources/icon.ico (16–256, for Windows: the exe, the installer and .jsgk files).
// The outputs are committed; run this only to change the icon: `npx tsx scripts/make-icons.mjs`.
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Run with tsx (`npx tsx scripts/make-icons.mjs`) so that Chromium's path and flags come from the one place.
const { CHROMIUM_PATH, CHROMIUM_FLAGS } = await import(join(root, 'src/node/chromium.ts'));

// Drawn at each size rather than scaled down, so the small sizes stay sharp.
function draw(size) {
  const c = document.createElement('canvas');
  c.width = c.height = size;
  const g = c.getContext('2d');
  const r = size * 0.18;
  g.fillStyle = '#b7282e';
  g.beginPath();
  g.roundRect(size * 0.04, size * 0.04, size * 0.92, size * 0.92, r);
  g.fill();
  g.fillStyle = '#ffffff';
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  g.font = `bold ${Math.round(size * 0.66)}px "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif`;
  g.fillText('决', size / 2, size * 0.53);
  const rgba = Array.from(g.getImageData(0, 0, size, size).data);
  return { png: c.toDataURL('image/png').split(',')[1], rgba };
}

/** One ICO image as a 32-bit DIB (BMP without the file header), which every Windows tool reads. */
function dib(size, rgba) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // XOR bitmap plus AND mask
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const src = ((size - 1 - y) * size + x) * 4; // bottom-up rows
      const dst = (y * size + x) * 4;
      pixels[dst] = rgba[src + 2];
      pixels[dst + 1] = rgba[src + 1];
      pixels[dst + 2] = rgba[src];
      pixels[dst + 3] = rgba[src + 3];
    }
  }
  const mask = Buffer.alloc((Math.ceil(size / 32) * 4) * size); // all zero: alpha decides
  return Buffer.concat([header, pixels, mask]);
}

/** An ICO file: DIB entries up to 128 px, PNG for 256 px (as Windows' own icons do). */
function ico(images) {
  const dir = Buffer.alloc(6 + images.length * 16);
  dir.writeUInt16LE(1, 2);
  dir.writeUInt16LE(images.length, 4);
  let offset = dir.length;
  images.forEach(({ size, data }, i) => {
    const e = 6 + i * 16;
    dir[e] = size >= 256 ? 0 : size;
    dir[e + 1] = size >= 256 ? 0 : size;
    dir.writeUInt16LE(1, e + 4);
    dir.writeUInt16LE(32, e + 6);
    dir.writeUInt32LE(data.length, e + 8);
    dir.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([dir, ...images.map((i) => i.data)]);
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage();
  await page.setContent('<html><body></body></html>');
  const render = (size) => page.evaluate(draw, size);
  writeFileSync(join(root, 'resources/icon.png'), Buffer.from((await render(512)).png, 'base64'));
  const images = [];
  for (const size of [16, 24, 32, 48, 64, 128]) images.push({ size, data: dib(size, (await render(size)).rgba) });
  images.push({ size: 256, data: Buffer.from((await render(256)).png, 'base64') });
  writeFileSync(join(root, 'resources/icon.ico'), ico(images));
  console.log('已生成 resources/icon.png 与 resources/icon.ico');
} finally {
  await browser.close();
}
