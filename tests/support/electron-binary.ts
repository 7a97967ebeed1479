// Finds the Electron binary without require('electron') (which would try to download it offline).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function electronBinary(root: string): string | null {
  const fromEnv = process.env.ELECTRON_EXEC_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const pathTxt = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathTxt)) return null;
  const bin = join(root, 'node_modules/electron/dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}
