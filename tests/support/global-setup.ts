// Before any end-to-end test: make sure the renderer is built (the browser host serves out/renderer).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export default function globalSetup(): void {
  if (existsSync(join(ROOT, 'out/renderer/index.html'))) return;
  console.log('out/renderer 不存在：正在构建（npx electron-vite build）…');
  const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('构建失败：npx electron-vite build');
}
