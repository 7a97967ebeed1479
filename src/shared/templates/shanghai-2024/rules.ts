// 审核公式 of the Shanghai 2024 template, as data (docs/templates/shanghai-2024.md gives each with its
// source). As in Shanxi, sums the template computes (合计, 小计, 类/款 rows, 本年收入合计 …) are not listed:
// they hold by construction, and printed totals that disagree with their parts are caught by the
// engine's stated-vs-computed check. Terms on table '上年' read filing.narrative.lastYear by key.
// Of the routine rules only the 汇总 pair checks (HZ-1/2; they read the consolidation record and find
// their cells by table title, so they fit this layout): the Shanxi narrative and self-evaluation
// routines read Shanxi cells, and this template attaches no 自评表.
import type { InstanceNames, LinearRule, RuleDef, RuleSide, RuleTerm, Severity } from '../../types/rule';
import { consolidationRules } from '../routine-rules';
import { SH01_INCOME_LINES } from './sh01';
import { SH04_FUNDS } from './sh04';
import { SH06_PERSONNEL_TOTAL, SH06_PUBLIC_TOTAL } from './sh06';
import { SH07_ROW } from './sh07';
import { SHN_GRADES } from './shn';

const LAST_YEAR = '上年';
const T = { SH01: '收入支出决算总表', SH02: '收入决算表', SH03: '支出决算表', SH04: '财政拨款收入支出决算总表', SH05: '一般公共预算财政拨款支出决算表', SH06: '基本支出决算表', SH07: '“三公”经费支出决算表', SH08: '政府性基金预算财政拨款收入支出决算表', SH09: '国有资本经营预算财政拨款收入支出决算表', SHN: '情况说明' } as const;

/**
 * A term, written as the template's notes write it: row '{code}' is the instance's own row, '{line:SH01}'
 * its line in that fixed table, table '上年' last year's figure by key.
 */
function c(table: string, row: string, col: number, sign?: -1): RuleTerm {
  const s = sign ? { sign } : {};
  if (table === LAST_YEAR) return { kind: 'lastYear', key: row, ...s };
  if (row === '{code}') return { kind: 'instanceRow', table, col, ...s };
  const line = /^\{line:(\w+)\}$/.exec(row);
  if (line) return { kind: 'instanceLine', table: line[1], col, ...s };
  return { kind: 'cell', table, row, col, ...s };
}

/** A side; a label naming {code}, {name} or {line:SH01} is worded per instance. */
function side(label: string, ...terms: RuleTerm[]): RuleSide {
  if (!/\{(code|name|line:\w+)\}/.test(label)) return { label, terms };
  const named = (i: InstanceNames) => label.replace(/\{code\}/g, i.code).replace(/\{name\}/g, i.name).replace(/\{line:(\w+)\}/g, (_m, t: string) => i.line(t));
  return { label: named, terms };
}
const CLASSES = { over: 'classes' } as const;
type ForEach = NonNullable<LinearRule['forEach']>;
const rowsOf = (table: string): ForEach => ({ over: 'rows', table, levels: ['class', 'group', 'item'] });
const itemsOf = (table: string): ForEach => ({ over: 'rows', table, levels: ['item'] });

function rule(id: string, severity: Severity, title: string, left: RuleSide, op: 'eq' | 'le', right: RuleSide, extra: Partial<Pick<LinearRule, 'forEach' | 'requires'>> = {}): LinearRule {
  return { kind: 'linear', id, severity, title, op, left, right, ...extra };
}

const sn = (row: string) => c('SHN', row, 1);

// ---- Within a table (强制) ----
const withinTable: RuleDef[] = [
  rule('W.SH01.总计', 'error', `${T.SH01} 收入总计等于支出总计`,
    side(`${T.SH01} 收入总计`, c('SH01', '收入总计', 1)), 'eq', side('支出总计', c('SH01', '支出总计', 2))),
  rule('W.SH04.总计', 'error', `${T.SH04} 收入总计等于支出总计`,
    side(`${T.SH04} 收入总计`, c('SH04', '收入总计', 1)), 'eq', side('支出总计 合计', c('SH04', '支出总计', 2))),
  ...SH04_FUNDS.map((f, i) =>
    rule(`W.SH04.fund-${i + 1}`, 'error', `${T.SH04} ${f.income}：本年收入+年初结转和结余=本年支出+年末结转和结余`,
      side(`${T.SH04} ${f.income} 本年收入+年初结转和结余`, c('SH04', f.income, 1), c('SH04', f.opening, 1)), 'eq',
      side(`本年支出合计+年末财政拨款结转和结余（${f.income}）`, c('SH04', '本年支出合计', f.col), c('SH04', '年末财政拨款结转和结余', f.col)))),
  ...(['SH08', 'SH09'] as const).map((t) =>
    rule(`W.${t}.年末`, 'error', `${T[t]} 年末结转和结余=年初结转和结余+本年收入−本年支出`,
      side(`${T[t]} {code} 年末结转和结余`, c(t, '{code}', 6)), 'eq',
      side('年初结转和结余+本年收入−本年支出合计', c(t, '{code}', 1), c(t, '{code}', 2), c(t, '{code}', 3, -1)),
      { forEach: itemsOf(t) })),
];

// ---- Across tables (强制) ----
const SH02_SH01: Array<[col: number, colLabel: string, rows: string[]]> = [
  [1, '本年收入合计', ['本年收入合计']],
  [2, '财政拨款收入', [...SH01_INCOME_LINES.slice(0, 3)]],
  [3, '上级补助收入', ['上级补助收入']],
  [4, '事业收入', ['事业收入']],
  [5, '经营收入', ['经营收入']],
  [6, '附属单位上缴收入', ['附属单位上缴收入']],
  [7, '其他收入', ['其他收入']],
];

const FUND_TABLES = [
  { table: 'SH05', col: 3, total: 1, fund: '一般公共预算财政拨款' },
  { table: 'SH08', col: 4, total: 3, fund: '政府性基金预算财政拨款' },
  { table: 'SH09', col: 5, total: 3, fund: '国有资本经营预算财政拨款' },
] as const;

/** 本年支出 合计 / 基本支出 / 项目支出 columns of 表五, 表八/表九 and 表三. */
const SPLIT: Array<[name: string, sh05: number, fund: number, sh03: number]> = [
  ['本年支出合计', 1, 3, 1],
  ['基本支出', 2, 4, 2],
  ['项目支出', 3, 5, 3],
];

const acrossTables: RuleDef[] = [
  ...SH02_SH01.map(([col, colLabel, rows]) =>
    rule(`X.SH02-SH01.${col}`, 'error', `${T.SH02} 合计 ${colLabel}与${T.SH01}一致`,
      side(`${T.SH02} 合计 ${colLabel}`, c('SH02', '合计', col)), 'eq',
      side(`${T.SH01} ${rows.join('+')}`, ...rows.map((r) => c('SH01', r, 1))))),
  rule('X.SH03-SH01.total', 'error', `${T.SH03} 合计 本年支出合计与${T.SH01} 本年支出合计一致`,
    side(`${T.SH03} 合计 本年支出合计`, c('SH03', '合计', 1)), 'eq', side(`${T.SH01} 本年支出合计`, c('SH01', '本年支出合计', 2))),
  rule('X.SH03-SH01', 'error', `${T.SH03} 各类支出与${T.SH01}对应支出行一致`,
    side(`${T.SH03} {code} {name} 本年支出合计`, c('SH03', '{code}', 1)), 'eq', side(`${T.SH01} {name}`, c('SH01', '{line:SH01}', 2)),
    { forEach: CLASSES }),
  ...SH04_FUNDS.map((f, i) =>
    rule(`X.SH04-SH01.${i + 1}`, 'error', `${T.SH04} ${f.income}收入与${T.SH01}一致`,
      side(`${T.SH04} ${f.income}`, c('SH04', f.income, 1)), 'eq', side(`${T.SH01} ${SH01_INCOME_LINES[i]}`, c('SH01', SH01_INCOME_LINES[i], 1)))),
  ...FUND_TABLES.map((f) =>
    rule(`X.SH04-${f.table}`, 'error', `${T.SH04} 各类${f.fund}支出与${T[f.table]}一致`,
      side(`${T.SH04} {name} ${f.fund}`, c('SH04', '{line:SH04}', f.col)), 'eq', side(`${T[f.table]} {code} 本年支出合计`, c(f.table, '{code}', f.total)),
      { forEach: CLASSES })),
  ...FUND_TABLES.map((f) =>
    rule(`X.SH04-${f.table}.total`, 'error', `${T.SH04} 本年支出合计 ${f.fund}与${T[f.table]} 合计一致`,
      side(`${T.SH04} 本年支出合计 ${f.fund}`, c('SH04', '本年支出合计', f.col)), 'eq', side(`${T[f.table]} 合计 本年支出合计`, c(f.table, '合计', f.total)))),
  rule('X.SH04-SH03', 'error', `${T.SH04} 各类财政拨款支出不大于${T.SH03}该类本年支出合计`,
    side(`${T.SH04} {name} 财政拨款支出合计`, c('SH04', '{line:SH04}', 2)), 'le', side(`${T.SH03} {code} 本年支出合计`, c('SH03', '{code}', 1)),
    { forEach: CLASSES }),
  rule('X.SH04-SH03.total', 'error', `${T.SH04} 财政拨款本年支出合计不大于${T.SH03} 本年支出合计`,
    side(`${T.SH04} 本年支出合计 合计`, c('SH04', '本年支出合计', 2)), 'le', side(`${T.SH03} 合计 本年支出合计`, c('SH03', '合计', 1))),
  // 财政拨款 by 功能分类 at every level, and split into 基本/项目, is part of all spending (templates.md A2).
  ...SPLIT.map(([name, c05, cFund, c03]) =>
    rule(`X.SH05-SH03.${c03}`, 'error', `各项财政拨款${name}不大于${T.SH03}同一科目${name}`,
      side(`${T.SH05}+${T.SH08}+${T.SH09} {code} {name} ${name}`, c('SH05', '{code}', c05), c('SH08', '{code}', cFund), c('SH09', '{code}', cFund)), 'le',
      side(`${T.SH03} {code} ${name}`, c('SH03', '{code}', c03)),
      { forEach: rowsOf('SH05') })),
  ...(['SH08', 'SH09'] as const).flatMap((t) =>
    SPLIT.map(([name, , cFund, c03]) =>
      rule(`X.${t}-SH03.${c03}`, 'error', `${T[t]} 各项${name}不大于${T.SH03}同一科目${name}`,
        side(`${T[t]} {code} {name} ${name}`, c(t, '{code}', cFund)), 'le', side(`${T.SH03} {code} ${name}`, c('SH03', '{code}', c03)),
        { forEach: rowsOf(t) }))),
  rule('X.SH06-SH05', 'error', `${T.SH06} 人员经费合计+公用经费合计等于${T.SH05} 合计 基本支出`,
    side(`${T.SH06} 人员经费合计+公用经费合计`, c('SH06', SH06_PERSONNEL_TOTAL, 1), c('SH06', SH06_PUBLIC_TOTAL, 1)), 'eq',
    side(`${T.SH05} 合计 基本支出`, c('SH05', '合计', 2))),
  ...(['SH08', 'SH09'] as const).flatMap((t, i) => {
    const f = SH04_FUNDS[i + 1];
    return [
      rule(`X.${t}-SH04.收入`, 'error', `${T[t]} 合计 本年收入与${T.SH04}一致`,
        side(`${T[t]} 合计 本年收入`, c(t, '合计', 2)), 'eq', side(`${T.SH04} ${f.income}`, c('SH04', f.income, 1))),
      rule(`X.${t}-SH04.年初`, 'error', `${T[t]} 合计 年初结转和结余与${T.SH04}一致`,
        side(`${T[t]} 合计 年初结转和结余`, c(t, '合计', 1)), 'eq', side(`${T.SH04} 年初财政拨款结转和结余 ${f.income}`, c('SH04', f.opening, 1))),
      rule(`X.${t}-SH04.年末`, 'error', `${T[t]} 合计 年末结转和结余与${T.SH04}一致`,
        side(`${T[t]} 合计 年末结转和结余`, c(t, '合计', 6)), 'eq', side(`${T.SH04} 年末财政拨款结转和结余 ${f.income}`, c('SH04', '年末财政拨款结转和结余', f.col))),
    ];
  }),
  // 财政拨款结转和结余 is part of all 结转和结余 (templates.md A1).
  rule('X.SH04-SH01.年初', 'error', `${T.SH04} 年初财政拨款结转和结余不大于${T.SH01} 年初结转和结余`,
    side(`${T.SH04} 年初财政拨款结转和结余`, c('SH04', '年初财政拨款结转和结余', 1)), 'le', side(`${T.SH01} 年初结转和结余`, c('SH01', '年初结转和结余', 1))),
  rule('X.SH04-SH01.年末', 'error', `${T.SH04} 年末财政拨款结转和结余不大于${T.SH01} 年末结转和结余`,
    side(`${T.SH04} 年末财政拨款结转和结余 合计`, c('SH04', '年末财政拨款结转和结余', 2)), 'le', side(`${T.SH01} 年末结转和结余`, c('SH01', '年末结转和结余', 2))),
  // 三公 scope is 财政拨款 (the title): its 决算 is part of 财政拨款 spending (templates.md C1).
  rule('X.SH07-SH04', 'error', `“三公”经费决算数不大于财政拨款本年支出合计`,
    side(`${T.SH07} 合计 决算数`, c('SH07', SH07_ROW, 2)), 'le', side(`${T.SH04} 本年支出合计 合计`, c('SH04', '本年支出合计', 2))),
];

// ---- 情况说明 figures (SHN) ----
const narrativeFigures: RuleDef[] = [
  rule('X.SHN.评级', 'error', '情况说明 十：各评级项目数之和等于绩效自评项目数',
    side(`情况说明 评级${SHN_GRADES.join('/')}项目数之和`, ...SHN_GRADES.map((g) => sn(`评级${g}`))), 'eq', side('绩效自评项目数', sn('绩效自评项目数'))),
  rule('X.SHN.小微预留', 'error', '情况说明 十一：面向小微企业预留金额不大于面向中小企业预留金额',
    side('情况说明 面向小微企业预留', sn('面向小微企业预留')), 'le', side('面向中小企业预留', sn('面向中小企业预留'))),
  rule('X.SHN.中小企业', 'error', '情况说明 十一：中小企业中标金额不大于政府采购金额',
    side('情况说明 预留项目和其他项目中小企业中标金额', sn('预留中小企业中标'), sn('其他中小企业中标')), 'le', side('政府采购金额', sn('政府采购合计'))),
  rule('X.SHN.外宾金额', 'error', '情况说明 七：外宾接待支出不大于国内公务接待支出（含外宾）',
    side('情况说明 外宾接待支出', sn('外宾接待支出')), 'le', side('国内公务接待支出', sn('国内公务接待支出'))),
  rule('X.SHN.外宾批次', 'error', '情况说明 七：接待外宾批次不大于公务接待批次',
    side('情况说明 接待外宾批次', sn('外宾接待批次')), 'le', side('公务接待批次', sn('接待批次'))),
  rule('X.SHN.外宾人次', 'error', '情况说明 七：接待外宾人次不大于公务接待人次',
    side('情况说明 接待外宾人次', sn('外宾接待人次')), 'le', side('公务接待人次', sn('接待人次'))),
  rule('X.SHN-SH07.接待', 'error', '情况说明 七：国内公务接待支出不大于“三公”经费 公务接待费决算数',
    side('情况说明 国内公务接待支出', sn('国内公务接待支出')), 'le', side(`${T.SH07} 公务接待费 决算数`, c('SH07', SH07_ROW, 12))),
  rule('P.SHN.整改', 'warning', '情况说明 十：已整改与正在整改的问题数之和不大于发现问题数',
    side('情况说明 已整改+正在整改问题数', sn('已整改数'), sn('正在整改数')), 'le', side('发现问题数', sn('发现问题数'))),
  rule('P.SHN.自评', 'warning', '情况说明 十：绩效自评项目数不大于编报绩效目标的项目数',
    side('情况说明 绩效自评项目数', sn('绩效自评项目数')), 'le', side('编报绩效目标的项目数', sn('绩效目标项目数'))),
  rule('P.SHN.预留中标', 'warning', '情况说明 十一：预留项目中由中小企业中标的金额不大于面向中小企业预留金额',
    side('情况说明 预留项目中小企业中标', sn('预留中小企业中标')), 'le', side('面向中小企业预留', sn('面向中小企业预留'))),
  rule('P.SHN.小微中标', 'warning', '情况说明 十一：预留小微项目中由小微企业中标的金额不大于面向小微企业预留金额',
    side('情况说明 预留小微项目小微企业中标', sn('预留小微企业中标')), 'le', side('面向小微企业预留', sn('面向小微企业预留'))),
  rule('P.SHN.接待人次', 'warning', '情况说明 七：公务接待批次不大于人次',
    side('情况说明 公务接待批次', sn('接待批次')), 'le', side('公务接待人次', sn('接待人次'))),
  rule('P.SHN.出国人次', 'warning', '情况说明 七：因公出国（境）团组数不大于人次',
    side('情况说明 因公出国（境）团组数', sn('出国团组')), 'le', side('因公出国（境）人次', sn('出国人次'))),
  rule('P.SHN.保有量', 'warning', '情况说明 七：开支财政拨款的公务用车保有量不大于车辆总数',
    side('情况说明 公务用车保有量', sn('公务用车保有量')), 'le', side('十一（三） 车辆合计', sn('车辆合计'))),
  rule('P.SHN-SH06.运行经费', 'warning', '情况说明 机关运行经费不大于基本支出决算表 公用经费合计',
    side('情况说明 机关运行经费', sn('机关运行经费')), 'le', side(`${T.SH06} 公用经费合计`, c('SH06', SH06_PUBLIC_TOTAL, 1))),
];

// ---- Across tables (提示) ----
const sanGong: Array<[code: string, col: number, item: string]> = [
  ['30212', 4, '因公出国（境）费'],
  ['30217', 12, '公务接待费'],
  ['30231', 10, '公务用车运行维护费'],
  ['31013', 8, '公务用车购置费'],
];

// 30110+30111 mirror the whole 款 21011 (普陀 2024: 30110 236.63 against 21011 236.64, 2101101 only 40.35).
const mirrors: Array<[codes: string[], item: string]> = [
  [['30108'], '2080505'],
  [['30109'], '2080506'],
  [['30113'], '2210201'],
  [['30110', '30111'], '21011'],
];

/** 决算数 column, 预算数 column, item. */
const SH07_ITEMS: Array<[actual: number, budget: number, item: string]> = [
  [4, 3, '因公出国（境）费'],
  [8, 7, '公务用车购置费'],
  [10, 9, '公务用车运行维护费'],
  [12, 11, '公务接待费'],
];

const hints: RuleDef[] = [
  ...sanGong.map(([code, col, item]) =>
    rule(`P.SH06-SH07.${code}`, 'warning', `${T.SH06} ${code} 不大于${T.SH07} ${item}决算数`,
      side(`${T.SH06} ${code}`, c('SH06', code, 1)), 'le', side(`${T.SH07} ${item}决算数`, c('SH07', SH07_ROW, col)))),
  ...mirrors.map(([codes, item]) =>
    rule(`P.SH06-SH05.${codes.join('+')}`, 'warning', `${T.SH06} ${codes.join('+')} 与${T.SH05} ${item} 基本支出一致`,
      side(`${T.SH06} ${codes.join('+')}`, ...codes.map((code) => c('SH06', code, 1))), 'eq', side(`${T.SH05} ${item} 基本支出`, c('SH05', item, 2)))),
  ...SH07_ITEMS.map(([actual, budget, item]) =>
    rule(`P.SH07.${actual}-${budget}`, 'warning', `${T.SH07} ${item}决算数超过年初预算数，请说明原因`,
      side(`${T.SH07} ${item}决算数`, c('SH07', SH07_ROW, actual)), 'le', side('预算数（年初预算）', c('SH07', SH07_ROW, budget)))),
  rule('P.SH07.last-year', 'warning', '“三公”经费决算数比上年增加，请说明原因',
    side(`${T.SH07} 合计 决算数`, c('SH07', SH07_ROW, 2)), 'le', side('上年决算数', c(LAST_YEAR, 'SH07.2', 0)), { requires: 'lastYear' }),
  rule('P.LY.SH01', 'warning', `${T.SH01} 年初结转和结余等于上年年末结转和结余`,
    side(`${T.SH01} 年初结转和结余`, c('SH01', '年初结转和结余', 1)), 'eq', side('上年年末结转和结余', c(LAST_YEAR, 'SH01.年末结转和结余', 0)),
    { requires: 'lastYear' }),
  rule('P.LY.SH04.合计', 'warning', `${T.SH04} 年初财政拨款结转和结余等于上年年末数`,
    side(`${T.SH04} 年初财政拨款结转和结余`, c('SH04', '年初财政拨款结转和结余', 1)), 'eq',
    side('上年年末财政拨款结转和结余', c(LAST_YEAR, 'SH04.年末财政拨款结转和结余.2', 0)), { requires: 'lastYear' }),
  ...SH04_FUNDS.map((f, i) =>
    rule(`P.LY.SH04.${i + 1}`, 'warning', `${T.SH04} 年初财政拨款结转和结余（${f.income}）等于上年年末数`,
      side(`${T.SH04} 年初财政拨款结转和结余 ${f.income}`, c('SH04', f.opening, 1)), 'eq',
      side(`上年年末${f.income}结转和结余`, c(LAST_YEAR, `SH04.年末财政拨款结转和结余.${f.col}`, 0)), { requires: 'lastYear' })),
];

export const rules: RuleDef[] = [...withinTable, ...acrossTables, ...narrativeFigures, ...hints, ...consolidationRules];
