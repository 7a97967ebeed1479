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
