// Reads a .jsgk file for the export commands through the app's own reader (file-store), so the CLI
// accepts exactly what the app opens.
import type { Filing } from '../../shared/filing/types';
import { readFilingFile } from '../files/file-store';

export async function loadFiling(path: string): Promise<{ ok: true; filing: Filing } | { ok: false; message: string }> {
  const r = await readFilingFile(path);
  return r.ok ? { ok: true, filing: r.filing } : { ok: false, message: r.message };
}
