// The packaging config (electron-builder.config.js) as clerks need it: the targets, the .jsgk
// association, the fuses, the icons; electron-builder's own schema accepts it; and `npm run dist` stops at
// once with one line where the downloads cannot be reached, while --dry-run checks without downloading.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Configuration } from 'electron-builder';
import { ROOT } from '../support/global-setup';
import { REQUIRED_FUSES, icoSizes, packagingProblems, pngSize } from '../../scripts/packaging-check';

const config = ((await import(pathToFileURL(join(ROOT, 'electron-builder.config.js')).href)) as { default: Configuration }).default;
type Editable = { -readonly [K in keyof Configuration]: Configuration[K] } & Record<string, unknown>;
const clone = (): Editable => structuredClone(config) as Editable;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; devDependencies: Record<string, string>; dependencies: Record<string, string> };

describe('the packaging config', () => {
  it('names the app and takes the version from package.json', () => {
    expect(config.productName).toBe('决算通');
    expect(config.appId).toBe('cn.juesuan.desktop');
    expect(config).not.toHaveProperty('version');
    expect(config.extraMetadata ?? {}).not.toHaveProperty('version');
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('builds a per-user NSIS installer in Chinese for Windows x64 and arm64', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }]);
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false, installerLanguages: ['zh_CN'], language: '2052', shortcutName: '决算通' });
  });

  it('builds deb and AppImage for Linux x64 and arm64', () => {
    expect(config.linux?.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
  });

  it('associates .jsgk files with the app', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'jsgk', role: 'Editor', description: '部门决算公开文件' })]);
  });

  it('sets the fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).toBe(true);
  });

  it('has real icons in resources/', () => {
    expect(pngSize(readFileSync(join(ROOT, 'resources/icon.png')))).toEqual({ width: 512, height: 512 });
    expect(icoSizes(readFileSync(join(ROOT, 'resources/icon.ico')))).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(pngSize(Buffer.from('not a png'))).toBeNull();
    expect(icoSizes(Buffer.from([0, 0, 2, 0, 1, 0]))).toBeNull();
  });

  it("has an ICO that electron-builder's resource editor reads, with the red square drawn in the small sizes", async () => {
    const ico = readFileSync(join(ROOT, 'resources/icon.ico'));
    const { Data } = await import('resedit');
    const icons = Data.IconFile.from(ico).icons;
    expect(icons.map((i) => i.width || 256)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    // The 32×32 entry: a 40-byte header, then bottom-up BGRA rows. A pixel near the left edge, mid-height, is red.
    const entry = 6 + 2 * 16;
    const offset = ico.readUInt32LE(entry + 12);
    const row = 32 - 1 - 16;
    const px = offset + 40 + (row * 32 + 3) * 4;
    expect({ b: ico[px], g: ico[px + 1], r: ico[px + 2], a: ico[px + 3] }).toEqual({ b: 0x2e, g: 0x28, r: 0xb7, a: 255 });
  });

  it('passes its own checks and electron-builder schema', async () => {
    expect(packagingProblems(config, ROOT)).toEqual([]);
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = await import('builder-util');
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...clone(), notAnOption: 1 } as Configuration, new DebugLogger(false))).rejects.toThrow();
  });

  it('keeps electron-builder a pinned devDependency (it is not shipped)', () => {
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.dependencies).not.toHaveProperty('electron-builder');
  });
});

describe('the checks find what is missing', () => {
  it.each<[string, (c: Editable) => void, RegExp]>([
    ['a fuse left on', (c) => void ((c.electronFuses as Record<string, unknown>).runAsNode = true), /runAsNode/],
    ['a fuse missing', (c) => void delete (c.electronFuses as Record<string, unknown>).onlyLoadAppFromAsar, /onlyLoadAppFromAsar/],
    ['no arm64 for Windows', (c) => void (c.win = { target: [{ target: 'nsis', arch: ['x64'] }] }), /NSIS/],
    ['no AppImage', (c) => void (c.linux = { target: [{ target: 'deb', arch: ['x64', 'arm64'] }] }), /AppImage/],
    ['a per-machine install', (c) => void (c.nsis = { ...c.nsis, perMachine: true }), /按用户/],
    ['an English installer', (c) => void (c.nsis = { ...c.nsis, installerLanguages: ['en_US'], language: '1033' }), /中文/],
    ['no association', (c) => void (c.fileAssociations = []), /\.jsgk/],
    ['another product name', (c) => void (c.productName = 'juesuan'), /productName/],
    ['a version of its own', (c) => void (c.extraMetadata = { version: '9.9.9' }), /package\.json/],
  ])('%s', (_what, change, problem) => {
    const c = clone();
    change(c);
    expect(packagingProblems(c, ROOT).join('；')).toMatch(problem);
  });

  it('missing icons', () => {
    const empty = mkdtempSync(join(tmpdir(), 'juesuan-icons-'));
    try {
      expect(packagingProblems(config, empty)).toEqual(['缺少 resources/icon.png（PNG）', '缺少 resources/icon.ico（ICO）']);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('lists the fuses it requires', () => {
    expect(Object.keys(REQUIRED_FUSES)).toHaveLength(6);
  });
});

describe('the dev server URL', () => {
  it('is read only behind the build-time constant (removed from every build; dist checks the output too)', () => {
    const dir = join(ROOT, 'src/main');
    const uses = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').map((line) => ({ f, line })))
      .filter(({ line }) => line.includes('process.env.ELECTRON_RENDERER_URL'));
    expect(uses.length).toBeGreaterThan(0);
    for (const { f, line } of uses) expect(`${f}: ${line.trim()}`).toMatch(/import\.meta\.env\.DEV \? \(process\.env\.ELECTRON_RENDERER_URL/);
  });
});

describe('npm run dist', () => {
  const dist = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/dist.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });

  it('stops at once with one line and exit code 2 when the downloads cannot be reached', async () => {
    // A port that was just free refuses at once: the same path as an offline machine, wherever the test runs.
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const started = Date.now();
    const r = dist([], { ELECTRON_MIRROR: `http://127.0.0.1:${port}/`, ELECTRON_BUILDER_BINARIES_MIRROR: `http://127.0.0.1:${port}/` });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^无法打包：连不上 127\\.0\\.0\\.1:${port}（ECONNREFUSED），.*请在能联网的机器上运行 npm run dist`));
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('checks the configuration without downloading (--dir --dry-run)', () => {
    const r = dist(['--dir', '--dry-run']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/打包配置检查通过（未下载任何文件）：决算通 \d+\.\d+\.\d+，nsis\(x64\/arm64\)、deb\(x64\/arm64\)、AppImage\(x64\/arm64\)/);
  });
});
