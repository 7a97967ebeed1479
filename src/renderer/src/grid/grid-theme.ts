// One theme for every table grid: dense, square, bordered like a printed form; system CJK fonts only
// (no web fonts: the app runs offline).
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

export const gridTheme = themeQuartz.withParams({
  fontFamily: ['Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'sans-serif'],
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  spacing: 4,
  rowHeight: 26,
  headerHeight: 30,
  borderRadius: 0,
  wrapperBorderRadius: 0,
  columnBorder: true,
  headerColumnBorder: true,
  headerBackgroundColor: '#e9edf2',
  headerTextColor: '#1d2733',
  accentColor: '#1f5fa8',
  foregroundColor: '#1d2733',
  borderColor: '#b9c2cc',
  rowHoverColor: 'transparent',
  cellHorizontalPadding: 6,
  oddRowBackgroundColor: '#ffffff',
});

/** AG Grid's own vertical bar where the system's scrollbars overlay the content (it draws 16 px). */
const OVERLAY_BAR = 16;
let overlayBar: number | undefined | null = null;

/**
 * Where scrollbars take no room (macOS overlay scrollbars, Chromium with hidden scrollbars) AG Grid lays
 * its own 16 px bar, with an opaque track, over the last column and sizes the columns as if it were not
 * there: 公开01表's last column lost its last 16 px. Telling the grid the bar's width makes it leave that
 * room. Where scrollbars take room (Windows, most Linux desktops) AG Grid measures them itself: undefined.
 */
export function overlayScrollbarWidth(): number | undefined {
  if (overlayBar !== null) return overlayBar;
  if (typeof document === 'undefined' || !document.body) return undefined;
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;top:-9999px;width:100px;height:100px;overflow:scroll';
  document.body.appendChild(probe);
  const width = probe.offsetWidth - probe.clientWidth;
  probe.remove();
  overlayBar = width === 0 ? OVERLAY_BAR : undefined;
  return overlayBar;
}
