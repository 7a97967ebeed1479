// Every rule of the shanghai-2024 template: it holds on the corrected 普陀 sample, and it fails, with its
// own key and severity, when the figures it links are made to disagree.
import { describe, expect, it } from 'vitest';
import type { Filing } from '../../src/shared/filing/types';
import { evaluateAll } from '../../src/shared/rules/engine';
import { cleanPutuo, put, shTemplate, wan } from './shanghai-fixtures';

type Put = [table: string, row: string, col: number, value: string, count?: 'count'];

interface Case {
  /** The finding key that must appear. */
  key: string;
  puts?: Put[];
  lastYear?: Record<string, string>;
  severity?: 'error' | 'warning';
  /** The message, exactly, where given. */
  message?: string;
}

const FUND_ROW = '2200199';

const cases: Case[] = [
  { key: 'W.SH01.总计', puts: [['SH01', '使用非财政拨款结余', 1, '1.00']], message: '收入支出决算总表 收入总计 9,860.38 ≠ 支出总计 9,859.38，差 1.00（单位：万元）' },
  { key: 'W.SH04.总计', puts: [['SH04', '年初一般公共预算财政拨款', 1, '1.00']] },
  { key: 'W.SH04.fund-1', puts: [['SH04', '年末财政拨款结转和结余', 3, '1.00']] },
  { key: 'W.SH04.fund-2', puts: [['SH04', '政府性基金预算财政拨款', 1, '1.00']] },
  { key: 'W.SH04.fund-3', puts: [['SH04', '国有资本经营预算财政拨款', 1, '1.00']] },
  { key: `W.SH08.年末.row:${FUND_ROW}`, puts: [['SH08', FUND_ROW, 6, '1.00']] },
  { key: `W.SH09.年末.row:${FUND_ROW}`, puts: [['SH09', FUND_ROW, 6, '1.00']] },
  { key: 'X.SH02-SH01.1', puts: [['SH01', '其他收入', 1, '1.00']] },
  { key: 'X.SH02-SH01.2', puts: [['SH01', '政府性基金预算财政拨款收入', 1, '1.00']] },
  ...[3, 4, 5, 6, 7].map((col): Case => ({ key: `X.SH02-SH01.${col}`, puts: [['SH02', '2080501', col, '1.00']] })),
  { key: 'X.SH03-SH01.total', puts: [['SH03', '2080501', 4, '1.00']] },
  {
    key: 'X.SH03-SH01.class:221',
    puts: [['SH01', '221', 2, '462.08']],
    message: '支出决算表 221 住房保障支出 本年支出合计 461.08 ≠ 收入支出决算总表 住房保障支出 462.08，差 1.00（单位：万元）',
  },
  { key: 'X.SH04-SH01.1', puts: [['SH01', '一般公共预算财政拨款收入', 1, '9746.51']] },
  { key: 'X.SH04-SH01.2', puts: [['SH04', '政府性基金预算财政拨款', 1, '1.00']] },
  { key: 'X.SH04-SH01.3', puts: [['SH04', '国有资本经营预算财政拨款', 1, '1.00']] },
  { key: 'X.SH04-SH05.class:208', puts: [['SH05', '2080501', 2, '55.53']] },
  { key: 'X.SH04-SH08.class:220', puts: [['SH08', FUND_ROW, 4, '1.00']] },
  { key: 'X.SH04-SH09.class:220', puts: [['SH09', FUND_ROW, 4, '1.00']] },
  { key: 'X.SH04-SH05.total', puts: [['SH04', '201', 3, '1.00']] },
  { key: 'X.SH04-SH08.total', puts: [['SH04', '201', 4, '1.00']] },
  { key: 'X.SH04-SH09.total', puts: [['SH04', '201', 5, '1.00']] },
  { key: 'X.SH04-SH03.class:201', puts: [['SH04', '201', 3, '1.00']] },
  { key: 'X.SH04-SH03.total', puts: [['SH04', '208', 4, '20.00']] },
  { key: 'X.SH05-SH03.1.row:2080501', puts: [['SH05', '2080501', 3, '1.00']] },
  { key: 'X.SH05-SH03.2.row:2080501', puts: [['SH05', '2080501', 2, '55.53']] },
  {
    key: 'X.SH05-SH03.3.row:208',
    puts: [['SH05', '2080501', 3, '1.00']],
    message: '一般公共预算财政拨款支出决算表+政府性基金预算财政拨款收入支出决算表+国有资本经营预算财政拨款收入支出决算表 208 社会保障和就业支出 项目支出 1.00 应不大于 支出决算表 208 项目支出 0.00，超出 1.00（单位：万元）',
  },
  ...(['SH08', 'SH09'] as const).flatMap((t): Case[] => [
    { key: `X.${t}-SH03.1.row:${FUND_ROW}`, puts: [[t, FUND_ROW, 5, '100.00']] },
    { key: `X.${t}-SH03.2.row:${FUND_ROW}`, puts: [[t, FUND_ROW, 4, '1.00']] },
    { key: `X.${t}-SH03.3.row:${FUND_ROW}`, puts: [[t, FUND_ROW, 5, '100.00']] },
    { key: `X.${t}-SH04.收入`, puts: [[t, FUND_ROW, 2, '1.00']] },
    { key: `X.${t}-SH04.年初`, puts: [[t, FUND_ROW, 1, '1.00']] },
    { key: `X.${t}-SH04.年末`, puts: [[t, FUND_ROW, 6, '1.00']] },
  ]),
  { key: 'X.SH06-SH05', puts: [['SH06', '30101', 1, '538.64']], message: '基本支出决算表 人员经费合计+公用经费合计 5,365.76 ≠ 一般公共预算财政拨款支出决算表 合计 基本支出 5,364.76，差 1.00（单位：万元）' },
  { key: 'X.SH04-SH01.年初', puts: [['SH04', '年初一般公共预算财政拨款', 1, '200.00']] },
  { key: 'X.SH04-SH01.年末', puts: [['SH04', '年末财政拨款结转和结余', 3, '200.00']] },
  { key: 'X.SH07-SH04', puts: [['SH07', '1', 12, '10000.00']] },
  { key: 'X.SHN.评级', puts: [['SHN', '评级良', 1, '1', 'count']], message: '情况说明 评级优/良/合格/不合格项目数之和 40 ≠ 绩效自评项目数 39，差 1' },
  { key: 'X.SHN.小微预留', puts: [['SHN', '面向小微企业预留', 1, '300.00']] },
  { key: 'X.SHN.中小企业', puts: [['SHN', '其他中小企业中标', 1, '3000.00']] },
  { key: 'X.SHN.外宾金额', puts: [['SHN', '外宾接待支出', 1, '1.00']] },
  { key: 'X.SHN.外宾批次', puts: [['SHN', '外宾接待批次', 1, '3', 'count']] },
  { key: 'X.SHN.外宾人次', puts: [['SHN', '外宾接待人次', 1, '30', 'count']] },
  { key: 'X.SHN-SH07.接待', puts: [['SHN', '国内公务接待支出', 1, '0.40']] },
  { key: 'P.SHN.整改', puts: [['SHN', '已整改数', 1, '1', 'count']], severity: 'warning' },
  { key: 'P.SHN.自评', puts: [['SHN', '绩效自评项目数', 1, '40', 'count']], severity: 'warning' },
  { key: 'P.SHN.预留中标', puts: [['SHN', '预留中小企业中标', 1, '300.00']], severity: 'warning' },
  { key: 'P.SHN.小微中标', puts: [['SHN', '预留小微企业中标', 1, '200.00']], severity: 'warning' },
  { key: 'P.SHN.接待人次', puts: [['SHN', '接待批次', 1, '27', 'count']], severity: 'warning' },
  { key: 'P.SHN.出国人次', puts: [['SHN', '出国团组', 1, '1', 'count']], severity: 'warning' },
  { key: 'P.SHN.保有量', puts: [['SHN', '公务用车保有量', 1, '1', 'count']], severity: 'warning' },
  { key: 'P.SHN-SH06.运行经费', puts: [['SHN', '机关运行经费', 1, '500.00']], severity: 'warning' },
  ...([
    ['30212', '0.10'],
    ['30217', '0.40'],
    ['30231', '0.10'],
    ['31013', '0.10'],
  ] as const).map(([code, v]): Case => ({ key: `P.SH06-SH07.${code}`, puts: [['SH06', code, 1, v]], severity: 'warning' })),
  ...([
    ['30108', '447.11'],
    ['30109', '226.12'],
    ['30113', '290.59'],
    ['30111', '1.00'],
  ] as const).map(([code, v]): Case => ({
    key: `P.SH06-SH05.${code === '30111' ? '30110+30111' : code}`,
    puts: [['SH06', code, 1, v]],
    severity: 'warning',
  })),
  ...([
    [4, 3],
    [8, 7],
    [10, 9],
    [12, 11],
  ] as const).map(([actual, budget]): Case => ({ key: `P.SH07.${actual}-${budget}`, puts: [['SH07', '1', actual, '3.00']], severity: 'warning' })),
  { key: 'P.SH07.last-year', lastYear: { 'SH07.2': wan('0.10') }, severity: 'warning', message: '“三公”经费支出决算表 合计 决算数 0.39 应不大于 上年决算数 0.10，超出 0.29（单位：万元）' },
  { key: 'P.LY.SH01', lastYear: { 'SH01.年末结转和结余': wan('100.00') }, severity: 'warning' },
  ...[2, 3, 4, 5].map((col): Case => ({
    key: col === 2 ? 'P.LY.SH04.合计' : `P.LY.SH04.${col - 2}`,
    lastYear: { [`SH04.年末财政拨款结转和结余.${col}`]: wan('7.00') },
    severity: 'warning',
  })),
];

function broken(c: Case): Filing {
  let f = cleanPutuo();
  for (const [t, r, col, v, count] of c.puts ?? []) f = put(f, t, r, col, v, count === 'count');
  if (c.lastYear) f.narrative.lastYear = { ...f.narrative.lastYear, ...c.lastYear };
  return f;
}

describe('shanghai-2024 rules', () => {
  it('all hold on the corrected 普陀 sample', () => {
    expect(evaluateAll(cleanPutuo(), shTemplate)).toEqual([]);
  });

  it('have a failing case each', () => {
    const covered = new Set(cases.map((c) => c.key.replace(/\.(row|class):.*$/, '')));
    const ids = shTemplate.rules.map((r) => r.id);
    // HZ-1/2 fail only on a 汇总: consolidate-shanghai.test.ts builds one and breaks each.
    expect(ids.filter((id) => !covered.has(id) && !id.startsWith('HZ-'))).toEqual([]);
    expect(ids.filter((id) => id.startsWith('HZ-'))).toEqual(['HZ-1', 'HZ-2']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(cases.map((c) => [c.key, c] as const))('%s fails when broken', (_key, c) => {
    const findings = evaluateAll(broken(c), shTemplate);
    const f = findings.find((x) => x.key === c.key);
    expect(f, findings.map((x) => x.key).join(', ')).toBeDefined();
    expect(f?.severity).toBe(c.severity ?? 'error');
    expect(f?.rounding).toBeUndefined();
    if (c.message) expect(f?.message).toBe(c.message);
  });
});
