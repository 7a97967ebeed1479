// Charts of the 情况说明 as SVG text (no DOM): income structure, spending structure, this year against
// last year by 类. Pure functions of the filing, so print, export and screen show the same picture.
import Decimal from 'decimal.js';
import type { Filing } from '../types/filing';
import { formatAmount } from '../money/money';
import { FUNCTION_CLASSES, lastYearValue } from './keys';
import type { CellValueFn } from './output';
import { sumCells } from './output';

export const CHART_FONT = '"WenQuanYi Zen Hei","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif';
const COLORS = ['#2f6db5', '#e08a2e', '#3a9a5b', '#b8474a', '#7a5fb0', '#8c6d46', '#d66fae', '#6f7f8c'];

export interface ChartBar {
  label: string;
  value: Decimal;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function shareText(v: Decimal, total: Decimal): string {
  if (total.isZero()) return '0.00%';
  return v.dividedBy(total).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) + '%';
}

const WIDTH = 640;
const LABEL_W = 190;
const VALUE_W = 210;

function frame(title: string, height: number, body: string, testId: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${esc(title)}" data-chart="${testId}" font-family='${CHART_FONT}' font-size="13">`
    + `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`
    + `<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold" fill="#222">${esc(title)}</text>`
    + body + '</svg>';
}

/** Horizontal bars with amount and share of the total; zero parts are left out. */
export function shareBarChart(title: string, bars: ChartBar[], unit: Filing['meta']['unit'], testId: string): string {
  const shown = bars.filter((b) => !b.value.isZero());
  const total = shown.reduce<Decimal>((a, b) => a.plus(b.value), new Decimal(0));
  if (shown.length === 0) return frame(title, 70, `<text x="${WIDTH / 2}" y="52" text-anchor="middle" fill="#666">本年无数据</text>`, testId);
  const max = Decimal.max(...shown.map((b) => b.value.abs()));
  const barMax = WIDTH - LABEL_W - VALUE_W - 20;
  const rowH = 30;
  const body = shown.map((b, i) => {
    const y = 40 + i * rowH;
    const w = max.isZero() ? 0 : b.value.abs().dividedBy(max).times(barMax).toNumber();
    return `<text x="${LABEL_W - 8}" y="${y + 15}" text-anchor="end" fill="#222">${esc(b.label)}</text>`
      + `<rect x="${LABEL_W}" y="${y + 3}" width="${Math.max(w, 1).toFixed(1)}" height="18" fill="${COLORS[i % COLORS.length]}"/>`
      + `<text x="${LABEL_W + barMax + 10}" y="${y + 15}" fill="#222">${esc(formatAmount(b.value, unit))}${esc(unit)}（${shareText(b.value, total)}）</text>`;
  }).join('');
  return frame(title, 40 + shown.length * rowH + 12, body, testId);
}

export function incomeChart(filing: Filing, value: CellValueFn): string {
  const t01 = (row: string) => value({ table: 'T01', row, col: 1 });
  const bars: ChartBar[] = [
    { label: '一般公共预算财政拨款收入', value: t01('1') },
    { label: '政府性基金预算财政拨款收入', value: t01('2') },
    { label: '国有资本经营预算财政拨款收入', value: t01('3') },
    { label: '上级补助收入', value: t01('4') },
    { label: '事业收入', value: t01('5') },
    { label: '经营收入', value: t01('6') },
    { label: '附属单位上缴收入', value: t01('7') },
    { label: '其他收入', value: t01('8') },
  ];
  return shareBarChart(`${filing.meta.year}年度收入结构`, bars, filing.meta.unit, 'income');
}

export function spendingChart(filing: Filing, value: CellValueFn): string {
  const t03 = (col: number) => value({ table: 'T03', row: '合计', col });
  const bars: ChartBar[] = [
    { label: '基本支出', value: t03(2) },
    { label: '项目支出', value: t03(3) },
    { label: '上缴上级支出', value: t03(4) },
    { label: '经营支出', value: t03(5) },
    { label: '对附属单位补助支出', value: t03(6) },
  ];
  return shareBarChart(`${filing.meta.year}年度支出结构`, bars, filing.meta.unit, 'spending');
}

/** 财政拨款支出 by 类: last year's bar above this year's, for every 类 with either. */
export function yoyChart(filing: Filing, value: CellValueFn): string {
  const unit = filing.meta.unit;
  const title = `财政拨款支出分类比较（${filing.meta.year - 1}年与${filing.meta.year}年）`;
  const rows = FUNCTION_CLASSES.map((k) => ({
    label: k.name,
    cur: sumCells(value, [{ table: 'T04', row: k.t04Row, col: 2 }]),
    last: lastYearValue(filing.narrative.lastYear, `class.${k.code}`),
  })).filter((r) => !r.cur.isZero() || (r.last !== null && !r.last.isZero()));
  if (rows.length === 0) return frame(title, 70, `<text x="${WIDTH / 2}" y="52" text-anchor="middle" fill="#666">本年无数据</text>`, 'yoy');
  const max = Decimal.max(...rows.flatMap((r) => [r.cur.abs(), (r.last ?? new Decimal(0)).abs()]));
  const barMax = WIDTH - LABEL_W - VALUE_W - 20;
  const rowH = 44;
  const width = (v: Decimal) => (max.isZero() ? 0 : v.abs().dividedBy(max).times(barMax).toNumber());
  const legendY = 40;
  const legend = `<rect x="${LABEL_W}" y="${legendY}" width="12" height="12" fill="#b9c7d8"/><text x="${LABEL_W + 18}" y="${legendY + 11}" fill="#222">${filing.meta.year - 1}年</text>`
    + `<rect x="${LABEL_W + 90}" y="${legendY}" width="12" height="12" fill="#2f6db5"/><text x="${LABEL_W + 108}" y="${legendY + 11}" fill="#222">${filing.meta.year}年</text>`;
  const body = rows.map((r, i) => {
    const y = 62 + i * rowH;
    const last = r.last ?? new Decimal(0);
    return `<text x="${LABEL_W - 8}" y="${y + 23}" text-anchor="end" fill="#222">${esc(r.label)}</text>`
      + `<rect x="${LABEL_W}" y="${y + 4}" width="${Math.max(width(last), 1).toFixed(1)}" height="15" fill="#b9c7d8"/>`
      + `<text x="${LABEL_W + barMax + 10}" y="${y + 16}" fill="#555">${r.last === null ? '上年未填' : esc(formatAmount(last, unit) + unit)}</text>`
      + `<rect x="${LABEL_W}" y="${y + 21}" width="${Math.max(width(r.cur), 1).toFixed(1)}" height="15" fill="#2f6db5"/>`
      + `<text x="${LABEL_W + barMax + 10}" y="${y + 33}" fill="#222">${esc(formatAmount(r.cur, unit) + unit)}</text>`;
  }).join('');
  return frame(title, 62 + rows.length * rowH + 10, legend + body, 'yoy');
}

export type ChartKind = 'income' | 'spending' | 'yoy';

export function chartSvg(kind: ChartKind, filing: Filing, value: CellValueFn): string {
  if (kind === 'income') return incomeChart(filing, value);
  if (kind === 'spending') return spendingChart(filing, value);
  return yoyChart(filing, value);
}
