// A figure pasted on a computed cell is a check, not an edit: equal (at the pasted precision, in the
// display unit) passes; different names the cell with both figures.
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/shared/money/money';
import { checkPasted } from '../../src/renderer/src/grid/clipboard';
import type { PasteCheck } from '../../src/renderer/src/grid/clipboard';

const ref = { table: 'T05', row: '20132', col: 2 };
const check = (pasted: string, decimals = 2): PasteCheck => ({ ref, name: '公开05表 20132 基本支出（栏2）', pasted: new Decimal(pasted), decimals, count: false });

describe('checkPasted', () => {
  it('passes when the pasted figure equals the computed one', () => {
    expect(checkPasted([check('18781.40')], () => new Decimal('18781.40'), '元')).toBeNull();
    // A blank over a computed zero is the same sheet.
    expect(checkPasted([check('0', 0)], () => new Decimal(0), '元')).toBeNull();
  });
  it('compares 万元 figures at the precision that was copied', () => {
    expect(checkPasted([check('18000.00')], () => new Decimal('18012.34'), '万元')).toBeNull();
    expect(checkPasted([check('18100.00')], () => new Decimal('18012.34'), '万元')).not.toBeNull();
  });
  it('names each differing cell with both figures', () => {
    const msg = checkPasted([check('18000.00')], () => new Decimal('18781.40'), '元');
    expect(msg).toContain('公开05表 20132 基本支出（栏2）：粘贴的是 18,000.00，自动计算为 18,781.40');
    expect(msg).toContain('未粘贴任何数据');
  });
  it('says a total holding the figure the source printed is that figure, not a computed sum', () => {
    const msg = checkPasted([check('18000.00')], () => new Decimal('18781.40'), '元', () => true);
    expect(msg).toContain('粘贴的是 18,000.00，原表填报数为 18,781.40');
    expect(msg).not.toContain('自动计算为');
  });
});
