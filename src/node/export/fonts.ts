// The bundled print font: Noto Sans SC from @fontsource/noto-sans-sc (woff2, TrueType outlines, so
// Chromium embeds CID TrueType subsets and never a Type 3 font). Only the unicode-range slices the
// document uses are embedded, as data: URLs, so the HTML is self-contained and renders the same anywhere.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface FontSlice {
  weight: number;
  file: string;
  ranges: Array<[number, number]>;
}

// Both weights: synthetic bold from 400 alone makes the PDF twice as large and saves little time.
const WEIGHTS = [400, 700];
let slicesCache: FontSlice[] | null = null;
const dataCache = new Map<string, string>();

/** Where the woff2 files are: resources/fonts/noto-sans-sc (if shipped there) or the npm package. */
export function fontPackageDir(): string {
  const local = join(process.cwd(), 'resources', 'fonts', 'noto-sans-sc');
  if (existsSync(join(local, '400.css'))) return local;
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@fontsource/noto-sans-sc'));
}

function parseRanges(s: string): Array<[number, number]> {
  return s.split(',').map((part) => {
    const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
    if (!m) return [0, -1] as [number, number];
    if (m[1].includes('?')) return [parseInt(m[1].replace(/\?/g, '0'), 16), parseInt(m[1].replace(/\?/g, 'f'), 16)] as [number, number];
    const a = parseInt(m[1], 16);
    return [a, m[2] ? parseInt(m[2], 16) : a] as [number, number];
  });
}

function slices(): FontSlice[] {
  if (slicesCache) return slicesCache;
  const dir = fontPackageDir();
  const out: FontSlice[] = [];
  for (const weight of WEIGHTS) {
    const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
    for (const m of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
      const block = m[1];
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      if (!file || !range) continue;
      out.push({ weight, file: join(dir, 'files', file), ranges: parseRanges(range) });
    }
  }
  if (out.length === 0) throw new Error(`找不到打印字体：${dir} 中没有字体文件。请重新安装本程序。`);
  slicesCache = out;
  return out;
}

/** @font-face rules for the characters in `text`, the font files inlined. */
export function fontCssFor(text: string): string {
  const used = new Set<number>();
  for (const ch of text) used.add(ch.codePointAt(0)!);
  const points = [...used].sort((a, b) => a - b);
  const rules: string[] = [];
  for (const s of slices()) {
    const needed = points.some((p) => s.ranges.some(([a, b]) => p >= a && p <= b));
    if (!needed) continue;
    let data = dataCache.get(s.file);
    if (!data) {
      data = readFileSync(s.file).toString('base64');
      dataCache.set(s.file, data);
    }
    const range = s.ranges.map(([a, b]) => (a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`)).join(',');
    rules.push(`@font-face{font-family:'Noto Sans SC';font-style:normal;font-weight:${s.weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range};}`);
  }
  return rules.join('\n');
}
