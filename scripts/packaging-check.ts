// What the packaging config must say for the clerks' machines, beyond electron-builder's own schema:
// `npm run dist -- --dry-run` prints these problems, and tests/unit/packaging-config.test.ts asserts them.
import type { Configuration } from 'electron-builder';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fuses and the value each must have (the config says why). */
export const REQUIRED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
} as const;

const ARCHES = ['x64', 'arm64'];

interface TargetEntry {
  target: string;
  arch?: string[];
}

function targets(list: unknown): TargetEntry[] {
  const arr = Array.isArray(list) ? list : list == null ? [] : [list];
  return arr.map((t) => (typeof t === 'string' ? { target: t } : (t as TargetEntry)));
}

function hasTarget(list: unknown, name: string): boolean {
  const t = targets(list).find((x) => x.target.toLowerCase() === name.toLowerCase());
  return !!t && ARCHES.every((a) => t.arch?.includes(a));
}

/** Width and height of a PNG (from its IHDR), or null if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || bytes.readUInt32BE(0) !== 0x89504e47 || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The sizes an ICO file holds (256 is stored as 0), or null if the bytes are not an ICO. */
export function icoSizes(bytes: Buffer): number[] | null {
  if (bytes.length < 6 || bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) return null;
  const n = bytes.readUInt16LE(4);
  if (bytes.length < 6 + n * 16) return null;
  const sizes: number[] = [];
  for (let i = 0; i < n; i++) {
    const e = 6 + i * 16;
    const offset = bytes.readUInt32LE(e + 12);
    const length = bytes.readUInt32LE(e + 8);
    if (offset + length > bytes.length) return null;
    sizes.push(bytes[e] === 0 ? 256 : bytes[e]);
  }
  return sizes;
}

function iconProblems(root: string): string[] {
  const out: string[] = [];
  const png = join(root, 'resources/icon.png');
  const ico = join(root, 'resources/icon.ico');
  const size = existsSync(png) ? pngSize(readFileSync(png)) : null;
  if (!size) out.push('缺少 resources/icon.png（PNG）');
  else if (size.width < 256 || size.width !== size.height) out.push(`resources/icon.png 应为正方形且至少 256×256，实为 ${size.width}×${size.height}`);
  const sizes = existsSync(ico) ? icoSizes(readFileSync(ico)) : null;
  if (!sizes) out.push('缺少 resources/icon.ico（ICO）');
  else for (const s of [16, 32, 48, 256]) if (!sizes.includes(s)) out.push(`resources/icon.ico 缺少 ${s}×${s}`);
  return out;
}

/** Every way `config` falls short, in Chinese; empty when it is fit to build the clerks' installers. */
export function packagingProblems(config: Configuration, root: string): string[] {
  const out: string[] = [];
  if (config.productName !== '决算通') out.push('productName 应为 决算通');
  if (!config.appId || !/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/i.test(config.appId)) out.push('appId 应为反向域名形式');
  const meta = config.extraMetadata as { version?: unknown } | null | undefined;
  if ((config as { version?: unknown }).version !== undefined || meta?.version !== undefined) out.push('版本号只应来自 package.json');
  if (!hasTarget(config.win?.target, 'nsis')) out.push('Windows 需要 NSIS 安装包（x64 与 arm64）');
  const nsis = config.nsis ?? {};
  if (nsis.perMachine !== false) out.push('NSIS 应按用户安装（perMachine: false）');
  if (nsis.allowElevation !== false) out.push('NSIS 不应请求管理员权限（allowElevation: false）');
  if (!(nsis.installerLanguages ?? []).includes('zh_CN') || String(nsis.language) !== '2052') out.push('NSIS 安装界面应为简体中文（zh_CN，2052）');
  if (!hasTarget(config.linux?.target, 'deb')) out.push('Linux 需要 deb 包（x64 与 arm64）');
  if (!hasTarget(config.linux?.target, 'AppImage')) out.push('Linux 需要 AppImage（x64 与 arm64）');
  const assoc = (Array.isArray(config.fileAssociations) ? config.fileAssociations : config.fileAssociations ? [config.fileAssociations] : []).find((a) =>
    (Array.isArray(a.ext) ? a.ext : [a.ext]).includes('jsgk'),
  );
  if (!assoc) out.push('缺少 .jsgk 文件关联');
  const fuses = (config.electronFuses ?? {}) as Record<string, unknown>;
  for (const [name, value] of Object.entries(REQUIRED_FUSES)) {
    if (fuses[name] !== value) out.push(`fuse ${name} 应为 ${value}`);
  }
  if (config.asar === false) out.push('onlyLoadAppFromAsar 需要 asar');
  const files = Array.isArray(config.files) ? config.files : [];
  if (!files.some((f) => typeof f === 'string' && f.startsWith('out/'))) out.push('files 应包含构建产物 out/');
  out.push(...iconProblems(root));
  return out;
}
