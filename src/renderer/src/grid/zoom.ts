// The grids' zoom (Ctrl+= / Ctrl+- / Ctrl+0), kept in the host settings (gridZoom, in percent) so a
// clerk's choice survives a restart. It scales the grid's fonts, padding, row heights and (column-defs.ts)
// column widths, as Excel's zoom does, not the window.
import { useSyncExternalStore } from 'react';
import { getHost } from '../host';
import { gridTheme } from './grid-theme';

export const ZOOM_STEPS = [70, 80, 90, 100, 110, 125, 150, 175] as const;
let zoom = 100;
let loaded = false;
const listeners = new Set<() => void>();

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  if (!loaded) {
    loaded = true;
    getHost()
      .getSettings()
      .then((s) => setLocal(s.gridZoom ?? 100))
      .catch(() => undefined);
  }
  return () => listeners.delete(fn);
}

function setLocal(z: number): void {
  zoom = z;
  for (const fn of listeners) fn();
}

export function useGridZoom(): number {
  return useSyncExternalStore(subscribe, () => zoom);
}

/** The next zoom for a key: +1 larger, -1 smaller, 0 back to 100%. */
export function stepZoom(current: number, dir: 1 | -1 | 0): number {
  if (dir === 0) return 100;
  const i = ZOOM_STEPS.findIndex((s) => s >= current);
  const at = i < 0 ? ZOOM_STEPS.length - 1 : i;
  return ZOOM_STEPS[Math.max(0, Math.min(ZOOM_STEPS.length - 1, at + dir))];
}

export async function setGridZoom(z: number): Promise<void> {
  setLocal(z);
  await getHost().setSettings({ gridZoom: z });
}

const themes = new Map<number, typeof gridTheme>();

/** The grid theme at a zoom, built once per step. */
export function themeAt(z: number): typeof gridTheme {
  if (z === 100) return gridTheme;
  let t = themes.get(z);
  if (!t) {
    const f = z / 100;
    t = gridTheme.withParams({ fontSize: Math.round(13 * f), headerFontSize: Math.round(12 * f), rowHeight: Math.round(26 * f), headerHeight: Math.round(30 * f), cellHorizontalPadding: Math.round(6 * f) });
    themes.set(z, t);
  }
  return t;
}

/** The zoom key a press means: 1, -1, 0, or null. */
export function zoomKey(e: KeyboardEvent): 1 | -1 | 0 | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  if (e.key === '=' || e.key === '+') return 1;
  if (e.key === '-' || e.key === '_') return -1;
  if (e.key === '0') return 0;
  return null;
}
