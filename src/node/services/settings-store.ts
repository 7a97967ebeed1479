// Settings (recent files, autosave interval, reviewer name, window size) behind one interface: a JSON file
// in the data folder here and in the browser host; electron-store in the Electron host (src/main).
import { join } from 'node:path';
import type { Settings } from '../../shared/host-api';
import type { FileSystem } from '../files/fs-adapter';
import { nodeFileSystem } from '../files/fs-adapter';
import { writeFileAtomic } from '../files/file-store';

export interface SettingsStore {
  get(): Promise<Settings>;
  /** Applies a checked patch and returns the settings as stored. */
  set(patch: Partial<Settings>): Promise<Settings>;
}

export const DEFAULT_SETTINGS: Settings = { recentFiles: [], autosaveSeconds: 30, reviewerName: '' };
export const MAX_RECENT = 10;

export class SettingsError extends Error {}

/** Checks a settings patch from an untrusted caller; throws SettingsError naming the bad field. */
export function checkSettingsPatch(raw: unknown): Partial<Settings> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new SettingsError('设置应为对象');
  const src = raw as Record<string, unknown>;
  const out: Partial<Settings> = {};
  for (const key of Object.keys(src)) {
    const v = src[key];
    switch (key) {
      case 'recentFiles':
        if (!Array.isArray(v) || v.length > 100 || !v.every((p) => typeof p === 'string' && p.length > 0 && p.length <= 4096)) throw new SettingsError('最近打开的文件应为文件路径列表');
        out.recentFiles = [...new Set(v as string[])].slice(0, MAX_RECENT);
        break;
      case 'autosaveSeconds':
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 5 || v > 3600) throw new SettingsError('自动保存间隔应为 5–3600 秒的整数');
        out.autosaveSeconds = v;
        break;
      case 'reviewerName':
        if (typeof v !== 'string' || v.length > 100) throw new SettingsError('审核人姓名应为不超过 100 字的文字');
        out.reviewerName = v;
        break;
      case 'gridZoom':
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 50 || v > 200) throw new SettingsError('表格缩放应为 50–200 的整数（百分比）');
        out.gridZoom = v;
        break;
      case 'window':
        out.window = checkWindow(v);
        break;
      default:
        throw new SettingsError(`无法识别的设置项“${key.slice(0, 40)}”`);
    }
  }
  return out;
}

function checkWindow(v: unknown): NonNullable<Settings['window']> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new SettingsError('窗口设置应为对象');
  const w = v as Record<string, unknown>;
  const dim = (x: unknown, min: number): number => {
    if (typeof x !== 'number' || !Number.isInteger(x) || x < min || x > 100_000) throw new SettingsError('窗口位置和大小应为整数');
    return x;
  };
  const out: NonNullable<Settings['window']> = { width: dim(w.width, 200), height: dim(w.height, 200) };
  if (w.x !== undefined) out.x = dim(w.x, -100_000);
  if (w.y !== undefined) out.y = dim(w.y, -100_000);
  if (w.maximized !== undefined) {
    if (typeof w.maximized !== 'boolean') throw new SettingsError('窗口是否最大化应为是或否');
    out.maximized = w.maximized;
  }
  return out;
}

/** Settings stored as values that passed the same checks; anything unreadable falls back to defaults. */
export function settingsFromStored(raw: unknown): Settings {
  const merged: Settings = { ...DEFAULT_SETTINGS, recentFiles: [] };
  if (typeof raw !== 'object' || raw === null) return merged;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    try {
      Object.assign(merged, checkSettingsPatch({ [key]: value }));
    } catch {
      // One bad field (hand-edited, older version) must not cost the clerk the others.
    }
  }
  return merged;
}

/** Moves `path` to the front of the recent-files list. */
export function withRecent(settings: Settings, path: string): string[] {
  return [path, ...settings.recentFiles.filter((p) => p !== path)].slice(0, MAX_RECENT);
}

/** settings.json in the data folder, written atomically. Calls are serialized so patches never interleave. */
export class JsonSettingsStore implements SettingsStore {
  private readonly file: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataDir: string,
    private readonly fs: FileSystem = nodeFileSystem,
  ) {
    this.file = join(dataDir, 'settings.json');
  }

  get(): Promise<Settings> {
    return this.serial(() => this.read());
  }

  set(patch: Partial<Settings>): Promise<Settings> {
    return this.serial(async () => {
      const next = { ...(await this.read()), ...checkSettingsPatch(patch) };
      await this.fs.mkdir(this.dataDir);
      // Recent files name the clerk's folders: readable by the clerk only.
      const r = await writeFileAtomic(this.file, new TextEncoder().encode(JSON.stringify(next, null, 2) + '\n'), { backup: false, mode: 0o600 }, this.fs);
      if (!r.ok) throw new SettingsError(r.message);
      return next;
    });
  }

  private async read(): Promise<Settings> {
    try {
      const bytes = await this.fs.readFile(this.file);
      return settingsFromStored(JSON.parse(new TextDecoder().decode(bytes)));
    } catch {
      return settingsFromStored(null);
    }
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
