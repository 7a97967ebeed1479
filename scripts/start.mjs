// `npm start`: build if needed, put the sample in a data folder, then run the app: Electron where its binary
// exists, otherwise the browser host (with Chromium as the window when there is a display).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(process.env.JUESUAN_DATA_DIR ?? join(root, '.juesuan-dev'));
const sampleFile = join(dataDir, '示例-阳泉市大数据应用局-2022.jsgk');

/** A fresh checkout: install the locked dependencies first, so `npm start` is the only command needed. */
function installIfMissing() {
  if (existsSync(join(root, 'node_modules/.package-lock.json'))) return;
  console.log('首次运行：正在安装依赖（npm ci）…');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('安装依赖失败，请查看上面的错误信息。');
    process.exit(1);
  }
}

function build() {
  if (existsSync(join(root, 'out/renderer/index.html')) && existsSync(join(root, 'out/main/index.js'))) return;
  console.log('首次运行：正在构建（npx electron-vite build）…');
  const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('构建失败，请查看上面的错误信息。');
    process.exit(1);
  }
}

/** The Electron binary, found without require('electron') (which would try to download it). */
function electronBinary() {
  // JUESUAN_BROWSER_HOST=1 asks for the browser host even where Electron exists (its end-to-end test).
  if (process.env.JUESUAN_BROWSER_HOST === '1') return null;
  if (process.env.ELECTRON_EXEC_PATH && existsSync(process.env.ELECTRON_EXEC_PATH)) return process.env.ELECTRON_EXEC_PATH;
  const pathTxt = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathTxt)) return null;
  const bin = join(root, 'node_modules/electron/dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

async function loadServer() {
  const { register } = await import('tsx/esm/api');
  register();
  return import(join(root, 'src/node/server/main.ts'));
}

installIfMissing();
build();
const server = await loadServer();
const { CHROMIUM_FLAGS, CHROMIUM_PATH: CHROMIUM } = await import(join(root, 'src/node/chromium.ts'));
await server.writeSampleIfMissing(sampleFile);

const electron = electronBinary();
if (electron) {
  console.log(`正在启动决算通（Electron），打开示例：${sampleFile}`);
  const child = spawn(electron, [root], {
    stdio: 'inherit',
    env: { ...process.env, JUESUAN_DATA_DIR: dataDir, JUESUAN_STARTUP_FILE: sampleFile },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('未找到 Electron 运行程序（本机离线，无法下载），改用浏览器模式运行决算通。');
  const host = await server.serve({
    dataDir,
    rendererDir: join(root, 'out/renderer'),
    startupFile: sampleFile,
    log: (line) => console.error(`[决算通] ${line}`),
  });
  console.log(`决算通已启动：${host.url}`);
  console.log('（链接中的访问码只能使用一次，打开后即失效；按 Ctrl+C 停止。）');
  let browser = null;
  let profile = null;
  if (existsSync(CHROMIUM) && process.env.DISPLAY) {
    profile = mkdtempSync(join(tmpdir(), 'juesuan-chromium-'));
    browser = spawn(
      CHROMIUM,
      [
        `--app=${host.url}`,
        `--user-data-dir=${profile}`,
        ...CHROMIUM_FLAGS,
        '--window-size=1280,800',
      ],
      { stdio: 'ignore' },
    );
    browser.on('error', () => console.error('无法启动 Chromium，请在浏览器中打开上面的链接。'));
  } else {
    console.log('没有图形界面（未设置 DISPLAY）或未安装 Chromium：请在浏览器中打开上面的链接。');
  }
  const stop = async () => {
    if (browser && browser.exitCode === null) {
      // Wait for Chromium to let go of its profile before removing it.
      const exited = new Promise((r) => browser.once('exit', r));
      browser.kill();
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    await host.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
