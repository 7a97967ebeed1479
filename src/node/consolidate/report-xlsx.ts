// The consolidation report as a workbook: 调整 (every figure the offsets touched as 单位合计 | 调整 | 汇总,
// amounts as numbers with two decimals), 抵销 (the pairs, traced to the units) and 单位 (the unit files).
import ExcelJS from 'exceljs';
import Decimal from 'decimal.js';
import type { Filing } from '../../shared/filing/types';
import type { Template } from '../../shared/templates/types';
import { adjustmentRows } from '../../shared/consolidate/report';
import { PAIR_KINDS } from '../../shared/consolidate/types';
import { PAIR_LABELS } from '../../shared/consolidate/offsets';
import { amountInUnit } from '../../shared/io/units';
import { AMOUNT_FORMAT } from '../export/xlsx-writer';
import { sheet } from '../desk/summary-xlsx';

export async function consolidationWorkbook(filing: Filing, template: Template): Promise<Buffer> {
  const c = filing.consolidation;
  const wb = new ExcelJS.Workbook();
  wb.creator = '决算通';
  const unit = filing.meta.unit;
  // Decimal stays exact up to the cell, which needs a number.
  const num = (d: Decimal) => Number(amountInUnit(d, unit).toFixed(2));
  sheet(wb, '调整', [
    { header: '单元格', key: 'label', width: 36 },
    { header: `单位合计（${unit}）`, key: 'unitSum', width: 18 },
    { header: `调整（${unit}）`, key: 'adjustment', width: 18 },
    { header: `汇总（${unit}）`, key: 'total', width: 18 },
  ], adjustmentRows(filing, template).map((r) => ({ label: r.label, unitSum: num(r.unitSum), adjustment: num(r.adjustment), total: num(r.total) })));
  wb.getWorksheet('调整')!.getColumn(2).numFmt = AMOUNT_FORMAT;
  wb.getWorksheet('调整')!.getColumn(3).numFmt = AMOUNT_FORMAT;
  wb.getWorksheet('调整')!.getColumn(4).numFmt = AMOUNT_FORMAT;
  sheet(wb, '抵销', [
    { header: '内部往来', key: 'pair', width: 48 },
    { header: '付方合计', key: 'paid', width: 16 },
    { header: '收方合计', key: 'received', width: 16 },
    { header: '抵销', key: 'offset', width: 16 },
    { header: '差额', key: 'diff', width: 16 },
    { header: '付方单位', key: 'payers', width: 40 },
    { header: '收方单位', key: 'receivers', width: 40 },
    { header: '差额对方在部门外', key: 'outside', width: 14 },
  ], c ? PAIR_KINDS.map((k) => {
    const p = c.pairs[k];
    const list = (xs: typeof p.payers) => xs.map((x) => `${x.unit} ${amountInUnit(new Decimal(x.amount), unit).toFixed(2)}`).join('、');
    return { pair: `${PAIR_LABELS[k].pay} ↔ ${PAIR_LABELS[k].receive}`, paid: num(new Decimal(p.paid)), received: num(new Decimal(p.received)), offset: num(new Decimal(p.offset)), diff: num(new Decimal(p.paid).minus(new Decimal(p.received))), payers: list(p.payers), receivers: list(p.receivers), outside: p.outside ? '是' : '否' };
  }) : []);
  sheet(wb, '单位', [
    { header: '单位', key: 'name', width: 30 },
    { header: '层级', key: 'role', width: 8 },
    { header: '文件', key: 'path', width: 40 },
    { header: 'SHA-256', key: 'sha256', width: 66 },
  ], (c?.units ?? []).map((u) => ({ ...u })));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
