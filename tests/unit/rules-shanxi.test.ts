// Every rule of the Shanxi 2022 template: it holds on the corrected sample (and on non-zero data where
// the sample has none), and it fails, with the right cells and words, when one figure is changed.
import { describe, expect, it } from 'vitest';
import type { CellRef } from '../../src/shared/templates/types';
import type { Edit, Filing } from '../../src/shared/filing/types';
import { evaluateAll } from '../../src/shared/rules/engine';
import { sampleFiling } from '../../src/shared/sample/index';
import { cell, cleanSample, edit, template } from './rules-fixtures';

const c = (table: string, row: string, col: number): CellRef => ({ table, row, col });

interface Case {
  key: string;
  edits: Edit[];
  /** The message, exactly. */
  message: string;
  cells: CellRef[];
  severity?: 'error' | 'warning';
  lastYear?: Record<string, string>;
}

const T02_COLS: Array<[number, string, string]> = [
  [3, '上级补助收入', '行4'],
  [4, '事业收入', '行5'],
  [5, '经营收入', '行6'],
  [6, '附属单位上缴收入', '行7'],
  [7, '其他收入', '行8'],
];

const cases: Case[] = [
  {
    key: 'W.T01.31-62',
    edits: [cell('T01', '28', 1, '100.00')],
    message: '公开01表 行31 收入总计 41,943,754.36 ≠ 公开01表 行62 支出总计 41,943,654.36，差 100.00',
    cells: [c('T01', '31', 1), c('T01', '62', 2)],
  },
  {
    key: 'W.T04.32-64',
    edits: [cell('T04', '29', 1, '100.00')],
    message: '公开04表 行32 收入总计 41,943,754.36 ≠ 公开04表 行64 总计 41,943,654.36，差 100.00',
    cells: [c('T04', '32', 1), c('T04', '64', 2)],
  },
  {
    key: 'W.T04.fund-1',
    edits: [cell('T04', '60', 3, '100.00')],
    message: '公开04表 一般公共预算财政拨款 行1+行29 23,066,415.36 ≠ 行59+行60 一般公共预算财政拨款 23,066,515.36，差 100.00',
    cells: [c('T04', '1', 1), c('T04', '29', 1), c('T04', '59', 3), c('T04', '60', 3)],
  },
  {
    key: 'W.T04.fund-2',
    edits: [cell('T04', '30', 1, '100.00')],
    message: '公开04表 政府性基金预算财政拨款 行2+行30 18,877,339.00 ≠ 行59+行60 政府性基金预算财政拨款 18,877,239.00，差 100.00',
    cells: [c('T04', '2', 1), c('T04', '30', 1), c('T04', '59', 4), c('T04', '60', 4)],
  },
  {
    key: 'W.T04.fund-3',
    edits: [cell('T04', '3', 1, '100.00')],
    message: '公开04表 国有资本经营预算财政拨款 行3+行31 100.00 ≠ 行59+行60 国有资本经营预算财政拨款 0.00，差 100.00',
    cells: [c('T04', '3', 1), c('T04', '31', 1), c('T04', '59', 5), c('T04', '60', 5)],
  },
  {
    key: 'W.T06.basic.row:30201',
    edits: [cell('T06', '30201', 2, '100584.38')],
    message: '公开06表 30201 办公费 其中：基本支出 100,584.38 应不大于 金额 100,584.37，超出 0.01',
    cells: [c('T06', '30201', 2), c('T06', '30201', 1)],
  },
  {
    key: 'W.T08.col6.row:2120899',
    edits: [cell('T08', '2120899', 6, '100.00')],
    message: '公开08表 2120899 年末结转和结余 100.00 ≠ 年初结转和结余+本年收入−本年支出 0.00，差 100.00',
    cells: [c('T08', '2120899', 6), c('T08', '2120899', 1), c('T08', '2120899', 2), c('T08', '2120899', 3)],
  },
  {
    key: 'X.T02-T01.1',
    edits: [cell('T01', '8', 1, '100.00')],
    message: '公开02表 合计 本年收入合计 41,943,654.36 ≠ 公开01表 行27 41,943,754.36，差 100.00',
    cells: [c('T02', '合计', 1), c('T01', '27', 1)],
  },
  {
    key: 'X.T02-T01.2',
    edits: [cell('T02', '2010501', 2, '26643.01')],
    message: '公开02表 合计 财政拨款收入 41,943,654.37 ≠ 公开01表 行1+行2+行3 41,943,654.36，差 0.01',
    cells: [c('T02', '合计', 2), c('T01', '1', 1), c('T01', '2', 1), c('T01', '3', 1)],
  },
  ...T02_COLS.map(([col, label, line]): Case => ({
    key: `X.T02-T01.${col}`,
    edits: [cell('T02', '2010501', col, '1.00')],
    message: `公开02表 合计 ${label} 1.00 ≠ 公开01表 ${line} 0.00，差 1.00`,
    cells: [c('T02', '合计', col), c('T01', line.slice(1), 1)],
  })),
  {
    key: 'X.T03-T01.total',
    edits: [cell('T03', '2010501', 4, '1.00')],
    message: '公开03表 合计 本年支出合计 41,943,655.36 ≠ 公开01表 行58 本年支出合计 41,943,654.36，差 1.00',
    cells: [c('T03', '合计', 1), c('T01', '58', 2)],
  },
  {
    key: 'X.T03-T01.class:206',
    edits: [cell('T01', '37', 2, '9071009.21')],
    message: '公开03表 206 科学技术支出 本年支出合计 9,071,009.20 ≠ 公开01表 行37 科学技术支出 9,071,009.21，差 0.01',
    cells: [c('T03', '206', 1), c('T01', '37', 2)],
  },
  ...['1', '2', '3'].map((r): Case => ({
    key: `X.T04-T01.${r}`,
    edits: [cell('T01', r, 1, '5.00')],
    message: `公开04表 行${r} ${['23,066,415.36', '18,877,239.00', '0.00'][Number(r) - 1]} ≠ 公开01表 行${r} 5.00，差 ${['23,066,410.36', '18,877,234.00', '5.00'][Number(r) - 1]}`,
    cells: [c('T04', r, 1), c('T01', r, 1)],
  })),
  {
    key: 'X.T04-T05.class:201',
    edits: [cell('T04', '33', 3, '3640931.07')],
    message: '公开04表 行33 一般公共服务支出 一般公共预算财政拨款 3,640,931.07 ≠ 公开05表 201 小计 3,640,931.06，差 0.01',
    cells: [c('T04', '33', 3), c('T05', '201', 1)],
  },
  {
    key: 'X.T04-T05.total',
    edits: [cell('T04', '33', 3, '3640931.07')],
    message: '公开04表 行59 一般公共预算财政拨款 23,066,415.37 ≠ 公开05表 合计 小计 23,066,415.36，差 0.01',
    cells: [c('T04', '59', 3), c('T05', '合计', 1)],
  },
  {
    key: 'X.T04-T08.class:212',
    edits: [cell('T04', '43', 4, '18877239.01')],
    message: '公开04表 行43 城乡社区支出 政府性基金预算财政拨款 18,877,239.01 ≠ 公开08表 212 本年支出小计 18,877,239.00，差 0.01',
    cells: [c('T04', '43', 4), c('T08', '212', 3)],
  },
  {
    key: 'X.T04-T08.total',
    edits: [cell('T04', '43', 4, '18877239.01')],
    message: '公开04表 行59 政府性基金预算财政拨款 18,877,239.01 ≠ 公开08表 合计 本年支出小计 18,877,239.00，差 0.01',
    cells: [c('T04', '59', 4), c('T08', '合计', 3)],
  },
  {
    key: 'X.T04-T09.class:223',
    edits: [cell('T04', '53', 5, '5.00')],
    message: '公开04表 行53 国有资本经营预算支出 国有资本经营预算财政拨款 5.00 ≠ 公开09表 223 合计 0.00，差 5.00',
    cells: [c('T04', '53', 5), c('T09', '223', 1)],
  },
  {
    key: 'X.T04-T09.total',
    edits: [cell('T04', '53', 5, '5.00')],
    message: '公开04表 行59 国有资本经营预算财政拨款 5.00 ≠ 公开09表 合计 0.00，差 5.00',
    cells: [c('T04', '59', 5), c('T09', '合计', 1)],
  },
  {
    key: 'X.T04-T03.class:201',
    edits: [cell('T04', '33', 4, '1.00')],
    message: '公开04表 行33 一般公共服务支出 财政拨款支出合计 3,640,932.06 应不大于 公开03表 201 本年支出合计 3,640,931.06，超出 1.00',
    cells: [c('T04', '33', 2), c('T03', '201', 1)],
  },
  {
    key: 'X.T04-T03.total',
    edits: [cell('T04', '33', 4, '1.00')],
    message: '公开04表 行59 财政拨款支出合计 41,943,655.36 应不大于 公开03表 合计 本年支出合计 41,943,654.36，超出 1.00',
    cells: [c('T04', '59', 2), c('T03', '合计', 1)],
  },
  {
    key: 'X.T06-T05.1',
    edits: [cell('T06', '30201', 1, '100585.37')],
    message: '公开06表 人员经费合计+公用经费合计 金额 23,066,416.36 ≠ 公开05表 合计 小计 23,066,415.36，差 1.00',
    cells: [c('T06', '人员经费合计', 1), c('T06', '公用经费合计', 1), c('T05', '合计', 1)],
  },
  {
    key: 'X.T06-T05.2',
    edits: [cell('T06', '30201', 2, '40585.37')],
    message: '公开06表 人员经费合计+公用经费合计 其中：基本支出 5,591,810.19 ≠ 公开05表 合计 基本支出 5,591,809.19，差 1.00',
    cells: [c('T06', '人员经费合计', 2), c('T06', '公用经费合计', 2), c('T05', '合计', 2)],
  },
  {
    key: 'X.T08-T04.2',
    edits: [cell('T08', '2120899', 2, '18877240.00')],
    message: '公开08表 合计 本年收入 18,877,240.00 ≠ 公开04表 行2 政府性基金预算财政拨款 18,877,239.00，差 1.00',
    cells: [c('T08', '合计', 2), c('T04', '2', 1)],
  },
  {
    key: 'X.T08-T04.1',
    edits: [cell('T08', '2120899', 1, '1.00')],
    message: '公开08表 合计 年初结转和结余 1.00 ≠ 公开04表 行30 年初政府性基金预算财政拨款 0.00，差 1.00',
    cells: [c('T08', '合计', 1), c('T04', '30', 1)],
  },
  {
    key: 'X.T08-T04.6',
    edits: [cell('T08', '2120899', 6, '1.00')],
    message: '公开08表 合计 年末结转和结余 1.00 ≠ 公开04表 行60 政府性基金预算财政拨款 0.00，差 1.00',
    cells: [c('T08', '合计', 6), c('T04', '60', 4)],
  },
  ...([
    ['30212', 8, '因公出国（境）费'],
    ['30217', 12, '公务接待费'],
    ['30231', 11, '公务用车运行维护费'],
  ] as const).map(([code, col, item]): Case => ({
    key: `P.T06-T07.${code}`,
    edits: [cell('T06', code, 1, '1.00')],
    message: `公开06表 ${code} 金额 1.00 应不大于 公开07表 ${item}决算数 0.00，超出 1.00`,
    cells: [c('T06', code, 1), c('T07', '1', col)],
    severity: 'warning',
  })),
  {
    key: 'P.T06-T07.30913+31013',
    edits: [cell('T06', '31013', 1, '2.00'), cell('T06', '30913', 1, '1.00'), cell('T07', '1', 10, '2.50')],
    message: '公开06表 30913+31013 金额 3.00 应不大于 公开07表 公务用车购置费决算数 2.50，超出 0.50',
    cells: [c('T06', '30913', 1), c('T06', '31013', 1), c('T07', '1', 10)],
    severity: 'warning',
  },
  ...([
    ['30108', '2080505', '352,800.33'],
    ['30109', '2080506', '250,080.33'],
    ['30113', '2210201', '394,461.00'],
  ] as const).map(([code, item, amount]): Case => ({
    key: `P.T06-T05.${code}`,
    edits: [cell('T06', code, 2, '0.00')],
    message: `公开06表 ${code} 基本支出 0.00 ≠ 公开05表 ${item} 基本支出 ${amount}，差 ${amount}`,
    cells: [c('T06', code, 2), c('T05', item, 2)],
    severity: 'warning',
  })),
  {
    key: 'P.T06-T05.30110+30111',
    edits: [cell('T06', '30111', 2, '1000.00')],
    message: '公开06表 30110+30111 基本支出 153,087.44 ≠ 公开05表 21011 基本支出 153,463.44，差 376.00',
    cells: [c('T06', '30110', 2), c('T06', '30111', 2), c('T05', '21011', 2)],
    severity: 'warning',
  },
  {
    key: 'P.T10-T06',
    edits: [cell('T10', '6', 1, '424775.00')],
    message: '公开10表 行5+行6 机关运行经费 648,530.54 应不大于 公开06表 公用经费合计 其中：基本支出 648,530.39，超出 0.15',
    cells: [c('T10', '5', 1), c('T10', '6', 1), c('T06', '公用经费合计', 2)],
    severity: 'warning',
  },
  ...([
    [8, 2, '因公出国（境）费'],
    [10, 4, '公务用车购置费'],
    [11, 5, '公务用车运行维护费'],
    [12, 6, '公务接待费'],
  ] as const).map(([actual, budget, item]): Case => ({
    key: `P.T07.${actual}-${budget}`,
    edits: [cell('T07', '1', budget, '10.00'), cell('T07', '1', actual, '12.00')],
    message: `公开07表 ${item}决算数 12.00 应不大于 预算数 10.00，超出 2.00`,
    cells: [c('T07', '1', actual), c('T07', '1', budget)],
    severity: 'warning',
  })),
  {
    key: 'P.T07.last-year',
    edits: [cell('T07', '1', 2, '20.00'), cell('T07', '1', 8, '12.00')],
    lastYear: { '三公.7': '10.00' },
    message: '公开07表 “三公”经费决算合计 12.00 应不大于 上年决算数 10.00，超出 2.00',
    cells: [c('T07', '1', 7)],
    severity: 'warning',
  },
  {
    key: 'P.LY.T01',
    edits: [],
    lastYear: { 'T01.60': '100.00' },
    message: '公开01表 行29 年初结转和结余 0.00 ≠ 上年公开01表 行60 年末结转和结余 100.00，差 100.00',
    cells: [c('T01', '29', 1)],
    severity: 'warning',
  },
  ...([
    ['28', 2, '合计', '年初财政拨款结转和结余'],
    ['29', 3, '一般公共预算财政拨款', '年初一般公共预算财政拨款'],
    ['30', 4, '政府性基金预算财政拨款', '年初政府性基金预算财政拨款'],
    ['31', 5, '国有资本经营预算财政拨款', '年初国有资本经营预算财政拨款'],
  ] as const).map(([row, col, fund, label]): Case => ({
    key: `P.LY.T04.${row}`,
    edits: [],
    lastYear: { [`T04.60.${col}`]: '7.00' },
    message: `公开04表 行${row} ${label} 0.00 ≠ 上年公开04表 行60 ${fund} 7.00，差 7.00`,
    cells: [c('T04', row, 1)],
    severity: 'warning',
  })),
];

function withLastYear(f: Filing, lastYear: Record<string, string> | undefined): Filing {
  return lastYear ? { ...f, narrative: { ...f.narrative, lastYear } } : f;
}

describe('the sample (the seed as published)', () => {
  it('yields exactly the errors domain.md lists, and nothing that holds', () => {
    const findings = evaluateAll(sampleFiling(), template);
    expect(findings.map((f) => [f.severity, f.key, f.message])).toEqual([
      ['error', 'X.T02-T01.2', '公开02表 合计 财政拨款收入 23,066,415.36 ≠ 公开01表 行1+行2+行3 41,943,654.36，差 18,877,239.00'],
      ['error', 'X.T02-T01.3', '公开02表 合计 上级补助收入 18,877,239.00 ≠ 公开01表 行4 0.00，差 18,877,239.00'],
      ['warning', 'P.T06-T05.30110+30111', '公开06表 30110+30111 基本支出 152,087.44 ≠ 公开05表 21011 基本支出 153,463.44，差 1,376.00'],
      // From the self-evaluation routines (src/shared/evaluation), run through the same engine.
      ['warning', 'PE-1:pe03', '项目“政府投资信息化项目管理费”执行情况得分 9 分，按预算执行率 100.00% 应为 10 分，相差 1 分。请核对得分，或写明出错说明。'],
    ]);
    expect(findings[2].cells).toEqual([c('T06', '30110', 2), c('T06', '30111', 2), c('T05', '21011', 2)]);
  });

  it('attaches the clerk’s 出错说明 to the finding with that key', () => {
    const f = sampleFiling();
    f.explanations['P.T06-T05.30110+30111'] = '差额为单位缴纳的大额医疗保险，列 30112。';
    const w = evaluateAll(f, template).find((x) => x.severity === 'warning');
    expect(w?.explanation).toBe('差额为单位缴纳的大额医疗保险，列 30112。');
  });

  it('once corrected, no rule fails', () => {
    expect(evaluateAll(cleanSample(), template)).toEqual([]);
  });
});

describe('every rule holds on non-zero data where the sample has none', () => {
  it.each([
    ['三公 within budget, and 公开06表 三公 lines within 公开07表', [
      cell('T07', '1', 2, '10.00'), cell('T07', '1', 4, '10.00'), cell('T07', '1', 5, '10.00'), cell('T07', '1', 6, '10.00'),
      cell('T07', '1', 8, '5.00'), cell('T07', '1', 10, '5.00'), cell('T07', '1', 11, '5.00'), cell('T07', '1', 12, '10.00'),
      cell('T06', '30212', 1, '5.00'), cell('T06', '30299', 1, '620192.90'),
    ], { '三公.7': '25.00' }],
    ['政府性基金 carried over from last year and into next', [
      cell('T08', '2120899', 1, '10.00'), cell('T08', '2120899', 6, '10.00'), cell('T04', '30', 1, '10.00'), cell('T04', '60', 4, '10.00'),
    ], { 'T04.60.4': '10.00', 'T04.60.2': '10.00', 'T04.60.3': '0.00', 'T04.60.5': '0.00', 'T01.60': '0.00' }],
  ] as Array<[string, Edit[], Record<string, string>]>)('%s', (_name, edits, lastYear) => {
    const f = withLastYear(edit(cleanSample(), edits), lastYear);
    expect(evaluateAll(f, template)).toEqual([]);
  });
});

describe('every rule fails when one figure is wrong', () => {
  it.each(cases)('$key', (tc) => {
    const f = withLastYear(edit(cleanSample(), tc.edits), tc.lastYear);
    const found = evaluateAll(f, template).find((x) => x.key === tc.key);
    expect(found, `no finding ${tc.key}`).toBeDefined();
    expect(found!.message).toBe(tc.message);
    expect(found!.cells).toEqual(tc.cells);
    expect(found!.severity).toBe(tc.severity ?? 'error');
  });

  it('covers every rule of the template', () => {
    const covered = new Set(cases.map((tc) => tc.key.replace(/\.(class|row):.*$/, '')));
    const linear = template.rules.filter((r) => r.kind === 'linear');
    expect(linear.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('skips last-year rules when last year’s figures are not loaded', () => {
    const f = withLastYear(edit(cleanSample(), [cell('T07', '1', 8, '12.00'), cell('T07', '1', 2, '20.00')]), {});
    expect(evaluateAll(f, template).filter((x) => x.rule.startsWith('P.LY') || x.rule === 'P.T07.last-year')).toEqual([]);
  });
});
