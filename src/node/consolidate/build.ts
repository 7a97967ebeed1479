// 汇总 on disk: reads the unit files (hashing their bytes, so a later change is detected), builds the
// consolidated filing with the pure consolidate(), and saves it atomically. Unit paths are stored
// relative to the consolidated file, so a folder can be moved or sent as a whole.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Filing } from '../../shared/filing/types';
import { MAX_FILE_BYTES, parseFiling } from '../../shared/filing/schema';
import { getTemplate, hasTemplate } from '../../shared/templates/registry';
import type { ConsolidateResult } from '../../shared/consolidate/consolidate';
import { ConsolidateError, consolidate } from '../../shared/consolidate/consolidate';
import type { PairKind } from '../../shared/consolidate/types';
import type { UnitChange } from '../../shared/consolidate/report';
import { unitChanges } from '../../shared/consolidate/report';
import { saveFilingFile } from '../files/file-store';

export { ConsolidateError };

export interface UnitFile {
  filing: Filing;
  sha256: string;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Reads one unit file; throws ConsolidateError with the reason in Chinese. */
export async function readUnitFile(path: string): Promise<UnitFile> {
  let bytes: Buffer;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new ConsolidateError(`“${path}”不是文件`);
    if (s.size > MAX_FILE_BYTES) throw new ConsolidateError(`“${path}”超过 20 MB，不是决算通文件`);
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof ConsolidateError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConsolidateError(code === 'ENOENT' ? `找不到单位文件“${path}”` : code === 'EACCES' ? `没有读取“${path}”的权限` : `无法读取“${path}”：${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = parseFiling(bytes.toString('utf8'));
  if (!parsed.ok) throw new ConsolidateError(`无法读取单位文件“${path}”：${parsed.message}`);
  return { filing: parsed.filing, sha256: sha256(bytes) };
}

/** The SHA-256 of a file now, or null when it cannot be read. */
export async function hashOf(path: string): Promise<string | null> {
  try {
    return sha256(await readFile(path));
  } catch {
    return null;
  }
}

function relativeTo(out: string, unit: string): string {
  const rel = relative(dirname(out), unit);
  return (rel === '' || isAbsolute(rel) ? unit : rel).split(sep).join('/');
}

export interface BuildOptions {
  department?: string;
  outside?: PairKind[];
  /** For tests: the time stamped on the record. */
  at?: string;
}

export interface BuildResult extends ConsolidateResult {
  /** Against the previous consolidation at the output path, when there was one. */
  changes: UnitChange[] | null;
}

async function previousAt(out: string): Promise<Filing | undefined> {
  try {
    const text = await readFile(out, 'utf8');
    const p = parseFiling(text);
    return p.ok && p.filing.consolidation ? p.filing : undefined;
  } catch {
    return undefined;
  }
}

/** Consolidates the unit files (本级 first) into `out`; keeps what was written on a previous `out`. */
export async function buildConsolidation(unitPaths: string[], out: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const outAbs = resolve(out);
  const paths = unitPaths.map((p) => resolve(p));
  if (paths.includes(outAbs)) throw new ConsolidateError('汇总文件不能同时是单位文件，请换一个 --out 文件名');
  const units = [];
  for (const p of paths) units.push({ ...(await readUnitFile(p)), path: relativeTo(outAbs, p) });
  const first = units[0]?.filing;
  if (!first) throw new ConsolidateError('请给出单位文件');
  if (!hasTemplate(first.template)) throw new ConsolidateError(`没有模板“${first.template}”`);
  const previous = await previousAt(outAbs);
  let changes: UnitChange[] | null = null;
  if (previous?.consolidation) {
    const now = new Map<string, string | null>();
    for (const u of previous.consolidation.units) now.set(u.path, await hashOf(resolve(dirname(outAbs), u.path)));
    changes = unitChanges(previous.consolidation, now);
  }
  const result = consolidate(units, { template: getTemplate(first.template), at: opts.at ?? new Date().toISOString(), department: opts.department, previous, outside: opts.outside });
  const saved = await saveFilingFile(outAbs, result.filing, { backup: true });
  if (!saved.ok) throw new ConsolidateError(saved.message);
  return { ...result, changes };
}

/** Re-reads the unit files a consolidated filing names and rebuilds it in place. */
export async function updateConsolidation(dept: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const abs = resolve(dept);
  const previous = await previousAt(abs);
  if (!previous?.consolidation) throw new ConsolidateError(`“${dept}”不是汇总文件（没有单位清单），请用 consolidate 单位文件… --out 生成`);
  const units = previous.consolidation.units.map((u) => resolve(dirname(abs), u.path));
  return buildConsolidation(units, abs, opts);
}
