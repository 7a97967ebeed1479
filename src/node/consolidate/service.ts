// The 汇总 calls of the host (HostApi.consolidateUnits / consolidationStatus): the same build as the CLI,
// answering a Failure with the reason instead of throwing.
import { dirname, resolve } from 'node:path';
import type { ConsolidateRequest, ConsolidateResponse, ConsolidationStatus } from '../../shared/host-api';
import { parseFiling } from '../../shared/filing/schema';
import { unitChanges } from '../../shared/consolidate/report';
import { readFile } from 'node:fs/promises';
import { ConsolidateError, buildConsolidation, hashOf } from './build';

export async function consolidateUnits(req: ConsolidateRequest): Promise<ConsolidateResponse> {
  try {
    const r = await buildConsolidation(req.units, req.out, { outside: req.outside });
    return { ok: true, path: resolve(req.out), notes: r.notes, changes: r.changes };
  } catch (e) {
    if (e instanceof ConsolidateError) return { ok: false, message: e.message };
    return { ok: false, message: `汇总失败：${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Which unit files changed since the consolidated file at `path` was built, and where they are. */
export async function consolidationStatus(path: string): Promise<ConsolidationStatus> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { ok: false, message: `无法读取“${path}”` };
  }
  const p = parseFiling(text);
  if (!p.ok || !p.filing.consolidation) return { ok: false, message: p.ok ? '此文件不是汇总文件' : p.message };
  const c = p.filing.consolidation;
  const now = new Map<string, string | null>();
  const units: string[] = [];
  for (const u of c.units) {
    const abs = resolve(dirname(path), u.path);
    units.push(abs);
    now.set(u.path, await hashOf(abs));
  }
  return { ok: true, units, changes: unitChanges(c, now) };
}
