// Settings in Electron: electron-store (ESM-only, imports electron) behind the SettingsStore interface,
// with the same checks as the JSON store the browser host uses.
import Store from 'electron-store';
import type { Settings } from '../shared/host-api';
import type { SettingsStore } from '../node/services/settings-store';
import { DEFAULT_SETTINGS, checkSettingsPatch, settingsFromStored } from '../node/services/settings-store';

export class ElectronSettingsStore implements SettingsStore {
  private readonly store: Store<Settings>;

  constructor(cwd?: string) {
    this.store = new Store<Settings>({ name: 'settings', cwd, defaults: DEFAULT_SETTINGS, clearInvalidConfig: true, configFileMode: 0o600 });
  }

  async get(): Promise<Settings> {
    return settingsFromStored(this.store.store);
  }

  async set(patch: Partial<Settings>): Promise<Settings> {
    const next = { ...(await this.get()), ...checkSettingsPatch(patch) };
    this.store.store = next;
    return next;
  }
}
