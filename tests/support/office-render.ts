// Renders a workbook the way a reviewer sees it in an office suite (LibreOffice headless → PDF), and
// measures whether any text crosses a cell border: the words' boxes from `pdftotext -bbox-layout`
// against the ruling lines found in the page image (`pdftoppm -gray`, parsed as PGM). Text that runs
// over a border (a row too low for its wrapped text, a label too wide for its column) crosses one.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const hasLibreOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/** The PDF LibreOffice prints of an .xlsx (its own profile in a temp folder, so parallel runs do not clash). */
export function renderWithLibreOffice(xlsx: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'juesuan-lo-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, xlsx], { timeout: 180_000, stdio: 'ignore' });
  return join(outDir, basename(xlsx).replace(/\.xlsx$/i, '.pdf'));
}

export interface Word {
  page: number;
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function wordsOf(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const words: Word[] = [];
  let page = 0;
  for (const m of html.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[0] === '<page ') page++;
    else words.push({ page, text: m[5], x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) });
  }
  return words;
}

/** A page image: width × height grey levels, `scale` pixels per PDF point. */
interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
  scale: number;
}

function readPgm(file: string, scale: number): Gray {
  const buf = readFileSync(file);
  // Header: P5 <w> <h> <max>, separated by white space, then the bytes.
  const parts: string[] = [];
  let p = 0;
  while (parts.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[p]))) p++;
    let s = '';
    while (!/\s/.test(String.fromCharCode(buf[p]))) s += String.fromCharCode(buf[p++]);
    parts.push(s);
  }
  return { width: Number(parts[1]), height: Number(parts[2]), data: buf.subarray(p + 1), scale };
}

export interface Line {
  page: number;
  dir: 'h' | 'v';
  /** Position across the line and the extent along it, in points. */
  at: number;
  from: number;
  to: number;
}

const DARK = 110;
/** A ruling line is a straight run of dark pixels at least this long (points): longer than any glyph stroke. */
const MIN_RUN_PT = 24;

function linesOf(img: Gray, page: number): Line[] {
  const out: Line[] = [];
  const min = Math.round(MIN_RUN_PT * img.scale);
  const dark = (x: number, y: number) => img.data[y * img.width + x] < DARK;
  for (let y = 0; y < img.height; y++) {
    let start = -1;
    for (let x = 0; x <= img.width; x++) {
      if (x < img.width && dark(x, y)) {
        if (start < 0) start = x;
      } else if (start >= 0) {
        if (x - start >= min) out.push({ page, dir: 'h', at: y / img.scale, from: start / img.scale, to: x / img.scale });
        start = -1;
      }
    }
  }
  for (let x = 0; x < img.width; x++) {
    let start = -1;
    for (let y = 0; y <= img.height; y++) {
      if (y < img.height && dark(x, y)) {
        if (start < 0) start = y;
      } else if (start >= 0) {
        if (y - start >= min) out.push({ page, dir: 'v', at: x / img.scale, from: start / img.scale, to: y / img.scale });
        start = -1;
      }
    }
  }
  return out;
}

export function rulingLines(pdf: string, dir: string): Line[] {
  const scale = 2; // 144 dpi
  const stem = join(dir, 'page');
  execFileSync('pdftoppm', ['-gray', '-r', String(72 * scale), pdf, stem]);
  const files = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.pgm')).sort();
  return files.flatMap((f, i) => linesOf(readPgm(join(dir, f), scale), i + 1));
}

export interface Crossing {
  word: Word;
  line: Line;
}

/**
 * Words a ruling line passes through: a horizontal line through the middle half of the word's height
 * that runs past both its ends, or a vertical line through the word (clear of its edges) that runs past
 * its top and bottom. A line that only touches a box's edge (ascent, descent) does not count.
 */
export function crossings(words: Word[], lines: Line[]): Crossing[] {
  const out: Crossing[] = [];
  for (const w of words) {
    const h = w.y1 - w.y0;
    for (const l of lines) {
      if (l.page !== w.page) continue;
      if (l.dir === 'h' && l.at > w.y0 + h * 0.25 && l.at < w.y1 - h * 0.25 && l.from < w.x0 - 1 && l.to > w.x1 + 1) out.push({ word: w, line: l });
      if (l.dir === 'v' && l.at > w.x0 + 1.5 && l.at < w.x1 - 1.5 && l.from < w.y0 + h * 0.2 && l.to > w.y1 - h * 0.2) out.push({ word: w, line: l });
    }
  }
  return out;
}
