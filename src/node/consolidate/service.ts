// The 汇总 calls of the host (HostApi.consolidateUnits / consolidationStatus): the same build as the CLI,
// answering a Failure with the reason instead of throwing.
import { dirname, resolve } from 'node:path';
import type { ConsolidateRequest, ConsolidateResponse, ConsolidationStatus, ConsolidationTrace, ConsolidationTraceRequest } from '../../shared/host-api';
import type { Filing } from '../../shared/filing/types';
import { getTemplate } from '../../shared/templates/registry';
import { toStored } from '../../shared/money/money';
import { parseFiling } from '../../shared/filing/schema';
import { traceCell, unitChanges } from '../../shared/consolidate/report';
import { readFile } from 'node:fs/promises';
import { ConsolidateError, buildConsolidation, hashOf, readUnitFile } from './build';

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

/** For each cell, what each unit contributes to the 汇总 figure and the 调整 (figures in 元). */
export async function consolidationTrace(req: ConsolidationTraceRequest): Promise<ConsolidationTrace> {
  const text = await readFile(req.path, 'utf8').catch(() => null);
  const p = text === null ? null : parseFiling(text);
  if (!p?.ok || !p.filing.consolidation) return { ok: false, message: '无法读取汇总文件，或它不是汇总文件' };
  const consolidated = p.filing;
  const template = getTemplate(consolidated.template);
  const units: Array<{ name: string; filing: Filing }> = [];
  for (const u of consolidated.consolidation!.units) {
    try {
      units.push({ name: u.name, filing: (await readUnitFile(resolve(dirname(req.path), u.path))).filing });
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  }
  const cells = req.cells.map((cell) => {
    const t = traceCell(cell, units, consolidated, template);
    return { cell, contributions: t.contributions.map((c) => ({ unit: c.unit, value: toStored(c.value) })), adjustment: toStored(t.adjustment) };
  });
  return { ok: true, cells };
}
