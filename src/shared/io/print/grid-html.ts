// A layout grid as an HTML table: <thead> rows repeat on every printed page, spans become
// rowspan/colspan, amounts print in the filing's unit with thousands separators.
import type { MoneyUnit } from '../../money/money';
import { formatAmount } from '../../money/money';
import type { Grid, GridCell } from '../layout/grid';
import { gridWidth } from '../layout/grid';
import { esc, escLines } from './html';

function cellHtml(c: GridCell, tag: 'td' | 'th', unit: MoneyUnit, thousands: boolean): string {
  const cls: string[] = [c.kind];
  if (c.bold) cls.push('b');
  if (c.align) cls.push(`a-${c.align}`);
  if (c.indent) cls.push(`i${Math.min(c.indent, 3)}`);
  const span = `${c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
  let body: string;
  if (c.kind === 'amount') body = c.value && !c.hideZero ? (thousands ? formatAmount(c.value, unit) : formatAmount(c.value, unit).replace(/,/g, '')) : '';
  else if (c.kind === 'count') body = c.value && !c.hideZero ? c.value.toString() : '';
  else body = escLines(c.text ?? '');
  return `<${tag} class="${cls.join(' ')}"${span}>${body}</${tag}>`;
}

/**
 * `after`: HTML that belongs to the table (its 注, a form's 填报人 line), printed as a borderless last row
 * so that a page break never leaves it alone on a page of its own.
 */
export function gridHtml(grid: Grid, unit: MoneyUnit, className = 'grid', after = ''): string {
  const total = gridWidth(grid) || 1;
  const cols = grid.columns.map((c) => `<col style="width:${((c.width / total) * 100).toFixed(2)}%">`).join('');
  const rows = (list: Grid['head'], tag: 'td' | 'th') =>
    list.map((r) => `<tr>${r.map((c) => (c ? cellHtml(c, c.kind === 'head' ? 'th' : tag, unit, grid.thousands ?? true) : '')).join('')}</tr>`).join('\n');
  const head = grid.head.length ? `<thead>\n${rows(grid.head, 'th')}\n</thead>` : '';
  const tail = after ? `\n<tr class="after"><td colspan="${grid.columns.length}">${after}</td></tr>` : '';
  return `<table class="${esc(className)}"><colgroup>${cols}</colgroup>${head}<tbody>\n${rows(grid.body, 'td')}${tail}\n</tbody></table>`;
}
