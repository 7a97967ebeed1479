// The files a desk run checks: every .jsgk, .xlsx and published .pdf/.txt under the given folders
// (subfolders too), and any file named directly. Only names are collected (a few bytes each), so a folder of thousands costs
// nothing; the files themselves are read one at a time later. Symbolic links to folders are not
// followed (a link back up the tree would never end); a folder that cannot be listed is an entry with
// the reason, like a file that cannot be read.
import type { Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

export type WalkEntry = { path: string; display: string } | { path: string; display: string; error: string };

export const DESK_EXTENSIONS = ['.jsgk', '.xlsx', '.pdf', '.txt'];
const MAX_DEPTH = 32;
/** A folder with more files than this is not a reviewer's inbox: stop listing and say so. */
export const MAX_FILES = 100_000;

const wanted = (name: string) => DESK_EXTENSIONS.some((x) => name.toLowerCase().endsWith(x)) && !name.startsWith('~$');

export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return '找不到该文件或文件夹，请检查路径';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  if (code === 'ENOTDIR') return '不是文件夹';
  if (code === 'ELOOP') return '符号链接循环';
  return e instanceof Error ? e.message : String(e);
}

async function walkDir(dir: string, display: string, depth: number, out: WalkEntry[]): Promise<void> {
  if (out.length >= MAX_FILES) return;
  if (depth > MAX_DEPTH) {
    out.push({ path: dir, display, error: `文件夹层级超过 ${MAX_DEPTH} 层，未再深入` });
    return;
  }
  let items: Dirent[];
  try {
    items = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.push({ path: dir, display, error: `无法列出文件夹：${fsReason(e)}` });
    return;
  }
  items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const it of items) {
    const path = join(dir, it.name);
    const shown = join(display, it.name);
    if (it.isDirectory()) await walkDir(path, shown, depth + 1, out);
    // A link (to a file or a folder), a FIFO or a device with a filing's name is listed too: reading it
    // says what it is, without following it into a folder.
    else if (wanted(it.name)) out.push({ path, display: shown });
    if (out.length >= MAX_FILES) {
      out.push({ path: dir, display, error: `文件超过 ${MAX_FILES} 个，其余未列出` });
      return;
    }
  }
}

/** Expands the inputs: folders into the filings under them, files as given. */
export async function listInputs(inputs: string[]): Promise<WalkEntry[]> {
  const out: WalkEntry[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = (await lstat(input)).isDirectory();
    } catch (e) {
      out.push({ path: input, display: input, error: fsReason(e) });
      continue;
    }
    if (isDir) await walkDir(input, input, 0, out);
    else out.push({ path: input, display: input });
  }
  return out;
}

/** True when the inputs name a folder (the desk's job) rather than only files. */
export async function namesFolder(inputs: string[]): Promise<boolean> {
  for (const input of inputs) {
    try {
      if ((await lstat(input)).isDirectory()) return true;
    } catch {
      // A missing input is reported by whoever reads it.
    }
  }
  return false;
}
