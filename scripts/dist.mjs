// `npm run dist`: builds the installers (electron-builder.config.js) on a machine that can reach GitHub,
// where electron-builder downloads the Electron runtime for each platform and arch and the NSIS/AppImage
// tools. Elsewhere it stops at once with one line saying why and exits 2, instead of hanging on a download.
// `npm run dist -- --dry-run` (with or without --dir) checks the configuration without downloading anything.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
register();
const { packagingProblems } = await import(join(root, 'scripts/packaging-check.ts'));
const configFile = join(root, 'electron-builder.config.js');
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const passOn = args.filter((a) => a !== '--dry-run');

function fail(line, code = 1) {
  console.error(line);
  process.exit(code);
}

/** electron-builder's own schema check, then ours (targets, association, fuses, icons, no dev URL). */
async function validate() {
  const config = (await import(pathToFileURL(configFile).href)).default;
  const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = await import('builder-util');
  try {
    await validateConfiguration(config, new DebugLogger(false));
  } catch (e) {
    fail(`打包配置无效（electron-builder）：${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const problems = packagingProblems(config, root);
  if (problems.length > 0) fail(`打包配置有问题：${problems.join('；')}`);
  return config;
}

/** The built main process must not read the dev server's URL (it is removed at build time). */
function builtProblems() {
  const main = join(root, 'out/main/index.js');
  if (!existsSync(main)) return null;
  return readFileSync(main, 'utf8').includes('ELECTRON_RENDERER_URL') ? '构建产物 out/main/index.js 仍读取 ELECTRON_RENDERER_URL（开发地址只应在开发构建中生效）' : '';
}

/** Where electron-builder downloads from (GitHub, or the mirrors set); a short probe of each, so that an offline machine answers at once. */
async function unreachable() {
  const github = 'https://github.com/electron/electron/releases';
  const mirror = (name) => (/^https?:\/\//.test(process.env[name] ?? '') ? process.env[name] : github);
  const urls = [...new Set([mirror('ELECTRON_MIRROR'), mirror('ELECTRON_BUILDER_BINARIES_MIRROR')])];
  for (const url of urls) {
    try {
      await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(4000) });
    } catch (e) {
      return { host: new URL(url).host, why: e?.name === 'TimeoutError' ? '连接超时' : (e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(e)) };
    }
  }
  return null;
}

const config = await validate();
if (dryRun) {
  const built = builtProblems();
  if (built) fail(`打包配置有问题：${built}`);
  const targets = [...config.win.target, ...config.linux.target].map((t) => `${t.target}(${t.arch.join('/')})`).join('、');
  console.log(`打包配置检查通过（未下载任何文件）：${config.productName} ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}，${targets}；.jsgk 关联；fuses 已设置${built === null ? '；尚未构建 out/，未检查构建产物' : ''}。`);
  process.exit(0);
}

const offline = await unreachable();
if (offline) {
  fail(`无法打包：连不上 ${offline.host}（${offline.why}），electron-builder 需要从那里下载各平台的 Electron 运行程序和 NSIS/AppImage 工具；请在能联网的机器上运行 npm run dist（只检查配置：npm run dist -- --dry-run）。`, 2);
}

const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) fail('构建失败（electron-vite build），请查看上面的错误信息。');
const built = builtProblems();
if (built) fail(`无法打包：${built}`);
const pack = spawnSync(process.execPath, [join(root, 'node_modules/electron-builder/cli.js'), '--config', configFile, '--publish', 'never', ...passOn], { cwd: root, stdio: 'inherit' });
process.exit(pack.status ?? 1);
