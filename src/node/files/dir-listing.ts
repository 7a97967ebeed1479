// A folder's contents for the in-app file chooser (the browser host has no native dialog).
import { dirname, join, parse, resolve } from 'node:path';
import type { DirEntry, DirListing, Failure } from '../../shared/host-api';
import type { FileSystem } from './fs-adapter';
import { errorCode, nodeFileSystem } from './fs-adapter';

const MAX_ENTRIES = 5000;
const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

export async function listDir(path: string, fs: FileSystem = nodeFileSystem): Promise<DirListing | Failure> {
  const dir = resolve(path);
  let items;
  try {
    items = await fs.readdir(dir);
  } catch (e) {
    const code = errorCode(e);
    if (code === 'ENOENT') return { ok: false, code, message: `找不到文件夹“${dir}”。` };
    if (code === 'ENOTDIR') return { ok: false, code, message: `“${dir}”不是文件夹。` };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, code, message: `没有权限查看文件夹“${dir}”。请选择其他文件夹。` };
    return { ok: false, code: code ?? 'io', message: `无法查看文件夹“${dir}”（${code ?? '未知错误'}）。` };
  }
  const entries: DirEntry[] = [];
  // Hidden files (our own temporary files among them) are not for the clerk to pick.
  for (const item of items.filter((i) => !i.name.startsWith('.')).slice(0, MAX_ENTRIES)) {
    const full = join(dir, item.name);
    const stat = await fs.stat(full).catch(() => null);
    if (!stat || (!stat.isDirectory && !stat.isFile)) continue;
    entries.push({ name: item.name, path: full, kind: stat.isDirectory ? 'dir' : 'file', size: stat.isDirectory ? 0 : stat.size, mtimeMs: stat.mtimeMs });
  }
  entries.sort((a, b) => (a.kind === b.kind ? collator.compare(a.name, b.name) : a.kind === 'dir' ? -1 : 1));
  const root = parse(dir).root;
  return { path: dir, parent: dir === root ? null : dirname(dir), entries };
}
