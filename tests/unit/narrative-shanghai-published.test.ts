// The figures the published 普陀 2024 情况说明 prints (pages 20–28), recomputed from its printed tables and
// inputs: the ones that disagree are exactly items B1, B3, B4, B5 and B7 of “Known inconsistencies in the
// published sample” (docs/templates/shanghai-2024.md). The generated narrative cannot repeat them.
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/shared/money/money';
import { putuoPrinted, putuoSample } from '../../src/shared/sample/shanghai-2024/index';

const printed = putuoPrinted();
const TEN_THOUSAND = new Decimal(10000);
/** A printed table figure, in 万元. */
const p = (table: string, row: string, col: number): Decimal => new Decimal(printed[table]?.[row]?.[String(col)] ?? '0').div(TEN_THOUSAND);
const pct = (a: Decimal, b: Decimal): string => a.div(b).times(100).toFixed(2, Decimal.ROUND_HALF_UP);
const amt = (d: Decimal): string => d.toFixed(2);

const f = putuoSample();
const budget = (k: string): Decimal => new Decimal(f.narrative.initialBudget[k]).div(TEN_THOUSAND);

const ITEMS = ['2080501', '2080502', '2080505', '2080506', '2080599', '2101101', '2101102', '2120101', '2120201', '2200150', '2200199', '2210201', '2210203'];
const ITEM_PCT = ['100.00', '100.00', '98.61', '99.50', '100.00', '94.43', '99.94', '97.97', '88.08', '98.65', '100.00', '100.00', '100.00'];
const ITEM_ACTUAL = ['54.53', '28.11', '446.11', '225.12', '0.88', '40.35', '196.29', '1092.80', '2739.56', '4416.67', '45.00', '289.59', '171.49'];

/** [where, as the 情况说明 prints it, as the tables and inputs give it]. */
function figures(): Array<[string, string, string]> {
  const gpb = p('SH05', '合计', 1);
  const out: Array<[string, string, string]> = [
    ['一 收入支出总计', '9859.38', amt(p('SH01', '收入总计', 1))],
    ['一 增长%', '12.08', pct(new Decimal('1062.85'), new Decimal('8796.53'))],
    ['二 本年收入合计', '9746.50', amt(p('SH01', '本年收入合计', 1))],
    ['二 财政拨款收入 占%', '100.00', pct(p('SH02', '合计', 2), p('SH02', '合计', 1))],
    ['三 本年支出合计', '9759.38', amt(p('SH01', '本年支出合计', 2))],
    ['三 基本支出', '5377.64', amt(p('SH03', '合计', 2))],
    ['三 基本支出 占%', '55.10', pct(p('SH03', '合计', 2), p('SH03', '合计', 1))],
    ['三 项目支出 占%', '44.90', pct(p('SH03', '合计', 3), p('SH03', '合计', 1))],
    ['四 财政拨款收入支出总计', '9746.50', amt(p('SH04', '收入总计', 1))],
    ['四 增长%', '13.95', pct(new Decimal('1193.20'), new Decimal('8553.30'))],
    ['五（一） 一般公共预算财政拨款支出', '9746.50', amt(gpb)],
    ['五（一） 占本年支出合计%', '99.86', pct(gpb, p('SH01', '本年支出合计', 2))],
    ...([
      ['208', '754.75', '7.74'],
      ['210', '236.63', '2.43'],
      ['212', '3832.36', '39.32'],
      ['220', '4461.67', '45.78'],
      ['221', '461.08', '4.73'],
    ] as const).flatMap(([code, a, share]): Array<[string, string, string]> => [
      [`五（二） ${code}`, a, amt(p('SH05', code, 1))],
      [`五（二） ${code} 占%`, share, pct(new Decimal(a), gpb)],
    ]),
    ['五（三） 年初预算 = Σ项', '10210.34', amt(ITEMS.reduce((s, k) => s.plus(budget(k)), new Decimal(0)))],
    ['五（三） 完成年初预算%', '95.45', pct(gpb, budget('total'))],
    ...ITEMS.flatMap((code, i): Array<[string, string, string]> => [
      [`五（三） ${code} 支出决算`, ITEM_ACTUAL[i], amt(p('SH05', code, 1))],
      [`五（三） ${code} 完成%`, ITEM_PCT[i], pct(p('SH05', code, 1), budget(code))],
    ]),
    ['六 基本支出', '5377.64', amt(p('SH05', '合计', 2))],
    ['六 人员经费', '4896.98', amt(p('SH06', '人员经费合计', 1))],
    ['六 公用经费', '480.66', amt(p('SH06', '公用经费合计', 1))],
    ['七 年初预算', '2.85', amt(p('SH07', '1', 1))],
    ['七 决算', '0.39', amt(p('SH07', '1', 2))],
    ['七 完成预算%', '13.68', pct(p('SH07', '1', 2), p('SH07', '1', 1))],
    ['七 公务接待费 完成预算%', '13.68', pct(p('SH07', '1', 12), p('SH07', '1', 11))],
    ['七 下降%', '27.78', pct(new Decimal('0.15'), new Decimal('0.54'))],
    ['七 公务接待费 占%', '100.00', pct(p('SH07', '1', 12), p('SH07', '1', 2))],
    ['十一（二） 政府采购金额', '2319.21', amt(['货物采购', '工程采购', '服务采购'].reduce((s, r) => s.plus(p('SHN', r, 1)), new Decimal(0)))],
    ['十一（一） 下降%', '8.65', pct(new Decimal('13.52'), new Decimal('156.32'))],
  ];
  return out;
}

describe('the published 普陀 情况说明 against its tables', () => {
  it('disagrees exactly where the notes say', () => {
    const wrong = figures().filter(([, said, real]) => said !== real);
    expect(wrong).toEqual([
      ['五（一） 占本年支出合计%', '99.86', '99.87'],
      ['五（二） 210', '236.63', '236.64'],
      ['五（三） 年初预算 = Σ项', '10210.34', '10210.33'],
      ['五（三） 完成年初预算%', '95.45', '95.46'],
      ['六 基本支出', '5377.64', '5364.75'],
      ['六 人员经费', '4896.98', '4884.09'],
      // Also a checker finding (STATED.SHN.政府采购合计.1): the sentence states the total and its parts.
      ['十一（二） 政府采购金额', '2319.21', '2319.22'],
    ]);
  });

  it('its 绩效 grade counts add up to the projects self-evaluated', () => {
    const c = (row: string) => Number(printed.SHN[row]['1']);
    expect(c('评级优') + c('评级良') + c('评级合格') + c('评级不合格')).toBe(c('绩效自评项目数'));
  });
});
