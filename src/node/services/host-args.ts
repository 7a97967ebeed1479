// Argument checks for every HostApi call. The renderer is untrusted: both hosts (Electron IPC, the
// browser host's HTTP routes) run each call's raw arguments through these before any service sees them.
import { isAbsolute } from 'node:path';
import type { Filing } from '../../shared/filing/types';
import type { ConsolidateRequest, DeskExportRequest, DeskScanRequest, ExportRequest, HostApi, HostMethod, PackageRequest, PickPathRequest, SaveRequest, Settings } from '../../shared/host-api';
import { checkFiling } from '../../shared/filing/schema';
import { SAMPLES } from '../../shared/sample/catalog';
import { DRAFT_ID } from './recovery-store';
import { checkSettingsPatch } from './settings-store';

export type HostArgs = { [K in HostMethod]: Parameters<HostApi[K]> };
export type HostArgParsers = { [K in HostMethod]: (args: readonly unknown[]) => HostArgs[K] };

/** A call with malformed arguments. The message is for the log and the developer, not the clerk. */
export class ArgError extends Error {}

const MAX_PATH = 4096;

function argCount(args: readonly unknown[], n: number): void {
  if (!Array.isArray(args) || args.length !== n) throw new ArgError(`应有 ${n} 个参数，实际 ${Array.isArray(args) ? args.length : 0} 个`);
}

function record(v: unknown, what: string, allowed: readonly string[]): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ArgError(`${what}应为对象`);
  for (const k of Object.keys(v)) if (!allowed.includes(k)) throw new ArgError(`${what}中有无法识别的项“${k.slice(0, 40)}”`);
  return v as Record<string, unknown>;
}

/** An absolute path with no NUL byte; optionally with one of the given extensions. */
export function checkPath(v: unknown, what = '路径', extensions?: readonly string[]): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > MAX_PATH) throw new ArgError(`${what}应为文字`);
  if (v.includes('\u0000')) throw new ArgError(`${what}含有不允许的字符`);
  if (!isAbsolute(v)) throw new ArgError(`${what}应为完整路径`);
  if (extensions && !extensions.some((e) => v.toLowerCase().endsWith('.' + e))) throw new ArgError(`${what}的扩展名应为 ${extensions.map((e) => '.' + e).join('、')}`);
  return v;
}

function filing(v: unknown): Filing {
  const r = checkFiling(v);
  if (!r.ok) throw new ArgError(r.message);
  return r.filing;
}

/** The id of an export job the UI chose (see ExportRequest.jobId). */
export function checkJobId(v: unknown): string {
  if (typeof v !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(v)) throw new ArgError('导出编号应为 8–64 位字母、数字、- 或 _');
  return v;
}

function exportRequest(v: unknown, ext: string): ExportRequest {
  const o = record(v, '导出请求', ['filing', 'path', 'jobId']);
  const req: ExportRequest = { filing: filing(o.filing), path: checkPath(o.path, '导出位置', [ext]) };
  if (o.jobId !== undefined) req.jobId = checkJobId(o.jobId);
  return req;
}

function shortString(v: unknown, what: string, max: number): string {
  if (typeof v !== 'string' || v.length > max) throw new ArgError(`${what}应为不超过 ${max} 字的文字`);
  return v;
}

const none = (args: readonly unknown[]): [] => {
  argCount(args, 0);
  return [];
};

export const HOST_ARG_PARSERS: HostArgParsers = {
  info: none,
  listDir: (args) => {
    argCount(args, 1);
    return [checkPath(args[0], '文件夹')];
  },
  pickPath: (args) => {
    argCount(args, 1);
    const o = record(args[0], '选择请求', ['mode', 'title', 'defaultPath', 'extensions']);
    if (o.mode !== 'open' && o.mode !== 'save' && o.mode !== 'directory') throw new ArgError('选择方式应为 open、save 或 directory');
    const req: PickPathRequest = { mode: o.mode, title: shortString(o.title, '标题', 200) };
    if (o.defaultPath !== undefined) req.defaultPath = shortString(o.defaultPath, '默认路径', MAX_PATH);
    if (o.extensions !== undefined) {
      if (!Array.isArray(o.extensions) || o.extensions.length > 20 || !o.extensions.every((e) => typeof e === 'string' && /^[A-Za-z0-9]{1,10}$/.test(e))) {
        throw new ArgError('扩展名应为不带点的字母数字列表');
      }
      req.extensions = o.extensions as string[];
    }
    return [req];
  },
  openFiling: (args) => {
    argCount(args, 1);
    return [checkPath(args[0], '文件')];
  },
  saveFiling: (args) => {
    argCount(args, 1);
    const o = record(args[0], '保存请求', ['path', 'filing', 'expectedMtimeMs', 'force']);
    const req: SaveRequest = { path: checkPath(o.path, '保存位置', ['jsgk']), filing: filing(o.filing) };
    if (o.expectedMtimeMs !== undefined && o.expectedMtimeMs !== null) {
      if (typeof o.expectedMtimeMs !== 'number' || !Number.isFinite(o.expectedMtimeMs) || o.expectedMtimeMs < 0) throw new ArgError('修改时间应为非负数');
      req.expectedMtimeMs = o.expectedMtimeMs;
    } else if (o.expectedMtimeMs === null) req.expectedMtimeMs = null;
    if (o.force !== undefined) {
      if (typeof o.force !== 'boolean') throw new ArgError('force 应为是或否');
      req.force = o.force;
    }
    return [req];
  },
  closeFiling: (args) => {
    argCount(args, 1);
    return [checkPath(args[0], '文件')];
  },
  sampleFiling: (args) => {
    if (!Array.isArray(args) || args.length > 1) throw new ArgError('应有 0 或 1 个参数');
    if (args.length === 0) return [];
    if (!SAMPLES.some((x) => x.id === args[0])) throw new ArgError('没有这个内置示例');
    return [args[0] as string];
  },
  getSettings: none,
  setSettings: (args) => {
    argCount(args, 1);
    try {
      return [checkSettingsPatch(args[0]) as Partial<Settings>];
    } catch (e) {
      throw new ArgError(e instanceof Error ? e.message : '设置不正确');
    }
  },
  writeRecovery: (args) => {
    argCount(args, 1);
    const o = record(args[0], '恢复副本', ['path', 'filing', 'draftId']);
    if (o.draftId !== undefined && (typeof o.draftId !== 'string' || !DRAFT_ID.test(o.draftId))) throw new ArgError('恢复副本的草稿编号不正确');
    return [{ path: o.path === null ? null : checkPath(o.path, '文件'), filing: filing(o.filing), ...(o.draftId !== undefined ? { draftId: o.draftId as string } : {}) }];
  },
  listRecovery: none,
  discardRecovery: (args) => {
    argCount(args, 1);
    return [shortString(args[0], '恢复副本编号', 40)];
  },
  exportXlsx: (args) => {
    argCount(args, 1);
    return [exportRequest(args[0], 'xlsx')];
  },
  exportPdf: (args) => {
    argCount(args, 1);
    return [exportRequest(args[0], 'pdf')];
  },
  exportFindings: (args) => {
    argCount(args, 1);
    return [exportRequest(args[0], 'xlsx')];
  },
  importXlsx: (args) => {
    argCount(args, 1);
    return [checkPath(args[0], '导入文件', ['xlsx'])];
  },
  packageSubmission: (args) => {
    argCount(args, 1);
    const o = record(args[0], '报送请求', ['filing', 'path', 'outDir', 'jobId']);
    const req: PackageRequest = { filing: filing(o.filing), path: o.path === null ? null : checkPath(o.path, '文件'), outDir: checkPath(o.outDir, '输出文件夹'), overwrite: o.overwrite === true };
    if (o.jobId !== undefined) req.jobId = checkJobId(o.jobId);
    return [req];
  },
  exportProgress: (args) => {
    argCount(args, 1);
    return [checkJobId(args[0])];
  },
  cancelExport: (args) => {
    argCount(args, 1);
    return [checkJobId(args[0])];
  },
  deskScan: (args) => {
    argCount(args, 1);
    const o = record(args[0], '审阅台请求', ['folder', 'jobId']);
    const req: DeskScanRequest = { folder: checkPath(o.folder, '文件夹') };
    if (o.jobId !== undefined) req.jobId = checkJobId(o.jobId);
    return [req];
  },
  consolidateUnits: (args) => {
    argCount(args, 1);
    const o = record(args[0], '汇总请求', ['units', 'out', 'outside']);
    if (!Array.isArray(o.units) || o.units.length < 2 || o.units.length > 1000) throw new ArgError('单位文件应为 2–1000 个完整路径');
    const req: ConsolidateRequest = { units: o.units.map((u) => checkPath(u, '单位文件', ['jsgk'])), out: checkPath(o.out, '汇总文件', ['jsgk']) };
    if (o.outside !== undefined) {
      if (!Array.isArray(o.outside) || !o.outside.every((k) => k === 'subsidy' || k === 'remit')) throw new ArgError('部门外标记只能是 subsidy 或 remit');
      req.outside = o.outside as ConsolidateRequest['outside'];
    }
    return [req];
  },
  consolidationStatus: (args) => {
    argCount(args, 1);
    return [checkPath(args[0], '汇总文件', ['jsgk'])];
  },
  consolidationTrace: (args) => {
    argCount(args, 1);
    const o = record(args[0], '来源请求', ['path', 'cells']);
    if (!Array.isArray(o.cells) || o.cells.length > 500) throw new ArgError('单元格应为不超过 500 个的列表');
    const cells = o.cells.map((c) => {
      const x = record(c, '单元格', ['table', 'row', 'col']);
      if (typeof x.col !== 'number' || !Number.isInteger(x.col) || x.col < 1 || x.col > 999) throw new ArgError('栏次应为 1–999');
      return { table: shortString(x.table, '表号', 32), row: shortString(x.row, '行', 40), col: x.col };
    });
    return [{ path: checkPath(o.path, '汇总文件', ['jsgk']), cells }];
  },
  printDocument: (args) => {
    argCount(args, 1);
    const o = record(args[0], '打印请求', ['html', 'title']);
    // The whole disclosure's preview is a few MB of HTML; 40 MB leaves room and bounds the temp file.
    return [{ html: shortString(o.html, '打印内容', 40 * 1024 * 1024), title: shortString(o.title, '打印标题', 200) }];
  },
  deskExport: (args) => {
    argCount(args, 1);
    const o = record(args[0], '导出汇总表请求', ['folder', 'out', 'pdf', 'sheets', 'jobId']);
    if (typeof o.pdf !== 'boolean' || typeof o.sheets !== 'boolean') throw new ArgError('pdf、sheets 应为是或否');
    const req: DeskExportRequest = { folder: checkPath(o.folder, '文件夹'), out: checkPath(o.out, '汇总表', ['xlsx']), pdf: o.pdf, sheets: o.sheets };
    if (o.jobId !== undefined) req.jobId = checkJobId(o.jobId);
    return [req];
  },
};

/** Parses the raw arguments of one call; throws ArgError. */
export function parseHostArgs<K extends HostMethod>(method: K, args: readonly unknown[]): HostArgs[K] {
  return HOST_ARG_PARSERS[method](args);
}

export function isHostMethod(name: string): name is HostMethod {
  return Object.prototype.hasOwnProperty.call(HOST_ARG_PARSERS, name);
}
