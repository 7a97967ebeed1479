// Reads a .jsgk file for the export commands: size check, then the file schema (parseFiling).
import { readFile, stat } from 'node:fs/promises';
import { MAX_FILE_BYTES, parseFiling } from '../../shared/filing/schema';
import type { Filing } from '../../shared/filing/types';

export async function loadFiling(path: string): Promise<{ ok: true; filing: Filing } | { ok: false; message: string }> {
  try {
    const s = await stat(path);
    if (!s.isFile()) return { ok: false, message: `“${path}”不是文件` };
    if (s.size > MAX_FILE_BYTES) return { ok: false, message: `“${path}”超过 20 MB，不是决算通保存的文件` };
    const r = parseFiling(await readFile(path, 'utf8'));
    return r.ok ? { ok: true, filing: r.filing } : { ok: false, message: `无法读取“${path}”：${r.message}${r.path ? `（位置：${r.path}）` : ''}` };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: `找不到文件“${path}”，请检查路径` };
    if (code === 'EACCES') return { ok: false, message: `没有读取“${path}”的权限` };
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
