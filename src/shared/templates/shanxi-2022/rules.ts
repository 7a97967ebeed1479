// 审核公式 of the Shanxi 2022 template, as data. Within-table sums the template computes (合计, 小计,
// 类/款 rows) are not listed here: they hold by construction, and imported totals that disagree with
// their parts are caught by the engine's stated-vs-computed check. Everything else in domain.md is.
// Routine rules (自评表 PE-1…4, 情况说明 NR-1) are the data of src/shared/evaluation and narrative; their
// routines are given to the engine when it is created (rules/standard.ts).
// Terms: c = a fixed cell; self = the instance's own row; line = the instance's line in a fixed table;
// ly = last year's figure (filing.narrative.lastYear by key 'T01.60', 'T04.60.3', '三公.7').
import type { InstanceNames, LinearRule, RuleDef, RuleSide, RuleTerm, Severity } from '../../types/rule';
import { PERSONNEL_TOTAL, PUBLIC_TOTAL } from './t06';
// The 汇总 pair checks (consolidationRules) find nothing on a filing that is not a consolidation.
import { consolidationRules, evaluationRuleDefs, narrativeRuleDefs } from '../routine-rules';

const c = (table: string, row: string, col: number, sign?: -1): RuleTerm => (sign ? { kind: 'cell', table, row, col, sign } : { kind: 'cell', table, row, col });
const self = (table: string, col: number, sign?: -1): RuleTerm => (sign ? { kind: 'instanceRow', table, col, sign } : { kind: 'instanceRow', table, col });
const line = (table: string, col: number): RuleTerm => ({ kind: 'instanceLine', table, col });
const ly = (key: string): RuleTerm => ({ kind: 'lastYear', key });
const side = (label: string | ((i: InstanceNames) => string), ...terms: RuleTerm[]): RuleSide => ({ label, terms });

function rule(
  id: string,
  severity: Severity,
  title: string,
  left: RuleSide,
  op: 'eq' | 'le',
  right: RuleSide,
  extra: Partial<Pick<LinearRule, 'forEach' | 'requires'>> = {},
): LinearRule {
  return { kind: 'linear', id, severity, title, op, left, right, ...extra };
}

const CLASSES = { over: 'classes' } as const;

// ---- Within a table (强制) ----
const withinTable: RuleDef[] = [
  rule('W.T01.31-62', 'error', '公开01表 收入总计等于支出总计',
    side('公开01表 行31 收入总计', c('T01', '31', 1)), 'eq', side('公开01表 行62 支出总计', c('T01', '62', 2))),
  rule('W.T04.32-64', 'error', '公开04表 收入总计等于支出总计',
    side('公开04表 行32 收入总计', c('T04', '32', 1)), 'eq', side('公开04表 行64 总计', c('T04', '64', 2))),
  rule('W.T04.fund-1', 'error', '公开04表 一般公共预算财政拨款：本年收入+年初结转和结余=本年支出+年末结转和结余',
    side('公开04表 一般公共预算财政拨款 行1+行29', c('T04', '1', 1), c('T04', '29', 1)), 'eq',
    side('行59+行60 一般公共预算财政拨款', c('T04', '59', 3), c('T04', '60', 3))),
  rule('W.T04.fund-2', 'error', '公开04表 政府性基金预算财政拨款：本年收入+年初结转和结余=本年支出+年末结转和结余',
    side('公开04表 政府性基金预算财政拨款 行2+行30', c('T04', '2', 1), c('T04', '30', 1)), 'eq',
    side('行59+行60 政府性基金预算财政拨款', c('T04', '59', 4), c('T04', '60', 4))),
  rule('W.T04.fund-3', 'error', '公开04表 国有资本经营预算财政拨款：本年收入+年初结转和结余=本年支出+年末结转和结余',
    side('公开04表 国有资本经营预算财政拨款 行3+行31', c('T04', '3', 1), c('T04', '31', 1)), 'eq',
    side('行59+行60 国有资本经营预算财政拨款', c('T04', '59', 5), c('T04', '60', 5))),
  rule('W.T06.basic', 'error', '公开06表 基本支出不大于金额',
    side((i) => `公开06表 ${i.code} ${i.name} 其中：基本支出`, self('T06', 2)), 'le', side('金额', self('T06', 1)),
    { forEach: { over: 'rows', table: 'T06', levels: ['item'] } }),
  rule('W.T08.col6', 'error', '公开08表 年末结转和结余=年初结转和结余+本年收入−本年支出',
    side((i) => `公开08表 ${i.code} 年末结转和结余`, self('T08', 6)), 'eq',
    side('年初结转和结余+本年收入−本年支出', self('T08', 1), self('T08', 2), self('T08', 3, -1)),
    { forEach: { over: 'rows', table: 'T08', levels: ['item'] } }),
];

// ---- Across tables (强制) ----
const T02_T01: Array<[col: number, colLabel: string, rows: string[]]> = [
  [1, '本年收入合计', ['27']],
  [2, '财政拨款收入', ['1', '2', '3']],
  [3, '上级补助收入', ['4']],
  [4, '事业收入', ['5']],
  [5, '经营收入', ['6']],
  [6, '附属单位上缴收入', ['7']],
  [7, '其他收入', ['8']],
];

const acrossTables: RuleDef[] = [
  ...T02_T01.map(([col, colLabel, rows]) =>
    rule(`X.T02-T01.${col}`, 'error', `公开02表 合计 ${colLabel}与公开01表一致`,
      side(`公开02表 合计 ${colLabel}`, c('T02', '合计', col)), 'eq',
      side(`公开01表 ${rows.map((r) => `行${r}`).join('+')}`, ...rows.map((r) => c('T01', r, 1))))),
  rule('X.T03-T01.total', 'error', '公开03表 合计 本年支出合计与公开01表 行58 一致',
    side('公开03表 合计 本年支出合计', c('T03', '合计', 1)), 'eq', side('公开01表 行58 本年支出合计', c('T01', '58', 2))),
  rule('X.T03-T01', 'error', '公开03表 各类支出与公开01表对应支出行一致',
    side((i) => `公开03表 ${i.code} ${i.name} 本年支出合计`, self('T03', 1)), 'eq', side((i) => `公开01表 行${i.line('T01')} ${i.name}`, line('T01', 2)),
    { forEach: CLASSES }),
  ...['1', '2', '3'].map((r) =>
    rule(`X.T04-T01.${r}`, 'error', `公开04表 行${r}与公开01表 行${r}一致`,
      side(`公开04表 行${r}`, c('T04', r, 1)), 'eq', side(`公开01表 行${r}`, c('T01', r, 1)))),
  rule('X.T04-T05', 'error', '公开04表 各类一般公共预算财政拨款支出与公开05表一致',
    side((i) => `公开04表 行${i.line('T04')} ${i.name} 一般公共预算财政拨款`, line('T04', 3)), 'eq', side((i) => `公开05表 ${i.code} 小计`, self('T05', 1)),
    { forEach: CLASSES }),
  rule('X.T04-T08', 'error', '公开04表 各类政府性基金预算财政拨款支出与公开08表一致',
    side((i) => `公开04表 行${i.line('T04')} ${i.name} 政府性基金预算财政拨款`, line('T04', 4)), 'eq', side((i) => `公开08表 ${i.code} 本年支出小计`, self('T08', 3)),
    { forEach: CLASSES }),
  rule('X.T04-T09', 'error', '公开04表 各类国有资本经营预算财政拨款支出与公开09表一致',
    side((i) => `公开04表 行${i.line('T04')} ${i.name} 国有资本经营预算财政拨款`, line('T04', 5)), 'eq', side((i) => `公开09表 ${i.code} 合计`, self('T09', 1)),
    { forEach: CLASSES }),
  rule('X.T04-T05.total', 'error', '公开04表 本年支出合计 一般公共预算财政拨款与公开05表 合计一致',
    side('公开04表 行59 一般公共预算财政拨款', c('T04', '59', 3)), 'eq', side('公开05表 合计 小计', c('T05', '合计', 1))),
  rule('X.T04-T08.total', 'error', '公开04表 本年支出合计 政府性基金预算财政拨款与公开08表 合计一致',
    side('公开04表 行59 政府性基金预算财政拨款', c('T04', '59', 4)), 'eq', side('公开08表 合计 本年支出小计', c('T08', '合计', 3))),
  rule('X.T04-T09.total', 'error', '公开04表 本年支出合计 国有资本经营预算财政拨款与公开09表 合计一致',
    side('公开04表 行59 国有资本经营预算财政拨款', c('T04', '59', 5)), 'eq', side('公开09表 合计', c('T09', '合计', 1))),
  rule('X.T04-T03', 'error', '公开04表 各类财政拨款支出不大于公开03表该类本年支出合计',
    side((i) => `公开04表 行${i.line('T04')} ${i.name} 财政拨款支出合计`, line('T04', 2)), 'le', side((i) => `公开03表 ${i.code} 本年支出合计`, self('T03', 1)),
    { forEach: CLASSES }),
  rule('X.T04-T03.total', 'error', '公开04表 财政拨款本年支出合计不大于公开03表 本年支出合计',
    side('公开04表 行59 财政拨款支出合计', c('T04', '59', 2)), 'le', side('公开03表 合计 本年支出合计', c('T03', '合计', 1))),
  rule('X.T06-T05.1', 'error', '公开06表 人员经费合计+公用经费合计等于公开05表 合计 小计',
    side('公开06表 人员经费合计+公用经费合计 金额', c('T06', PERSONNEL_TOTAL, 1), c('T06', PUBLIC_TOTAL, 1)), 'eq',
    side('公开05表 合计 小计', c('T05', '合计', 1))),
  rule('X.T06-T05.2', 'error', '公开06表 人员经费合计+公用经费合计 基本支出等于公开05表 合计 基本支出',
    side('公开06表 人员经费合计+公用经费合计 其中：基本支出', c('T06', PERSONNEL_TOTAL, 2), c('T06', PUBLIC_TOTAL, 2)), 'eq',
    side('公开05表 合计 基本支出', c('T05', '合计', 2))),
  rule('X.T08-T04.2', 'error', '公开08表 合计 本年收入与公开04表 行2一致',
    side('公开08表 合计 本年收入', c('T08', '合计', 2)), 'eq', side('公开04表 行2 政府性基金预算财政拨款', c('T04', '2', 1))),
  rule('X.T08-T04.1', 'error', '公开08表 合计 年初结转和结余与公开04表 行30一致',
    side('公开08表 合计 年初结转和结余', c('T08', '合计', 1)), 'eq', side('公开04表 行30 年初政府性基金预算财政拨款', c('T04', '30', 1))),
  rule('X.T08-T04.6', 'error', '公开08表 合计 年末结转和结余与公开04表 行60 政府性基金一致',
    side('公开08表 合计 年末结转和结余', c('T08', '合计', 6)), 'eq', side('公开04表 行60 政府性基金预算财政拨款', c('T04', '60', 4))),
];

// ---- Across tables (提示) ----
const sanGong: Array<[codes: string[], col: number, item: string]> = [
  [['30212'], 8, '因公出国（境）费'],
  [['30217'], 12, '公务接待费'],
  [['30231'], 11, '公务用车运行维护费'],
  [['30913', '31013'], 10, '公务用车购置费'],
];

const mirrors: Array<[codes: string[], item: string]> = [
  [['30108'], '2080505'],
  [['30109'], '2080506'],
  [['30113'], '2210201'],
  [['30110', '30111'], '21011'],
];

const T07_ITEMS: Array<[actual: number, budget: number, item: string]> = [
  [8, 2, '因公出国（境）费'],
  [10, 4, '公务用车购置费'],
  [11, 5, '公务用车运行维护费'],
  [12, 6, '公务接待费'],
];

const hints: RuleDef[] = [
  ...sanGong.map(([codes, col, item]) =>
    rule(`P.T06-T07.${codes.join('+')}`, 'warning', `公开06表 ${codes.join('+')} 不大于公开07表 ${item}决算数`,
      side(`公开06表 ${codes.join('+')} 金额`, ...codes.map((code) => c('T06', code, 1))), 'le',
      side(`公开07表 ${item}决算数`, c('T07', '1', col)))),
  ...mirrors.map(([codes, item]) =>
    rule(`P.T06-T05.${codes.join('+')}`, 'warning', `公开06表 ${codes.join('+')} 基本支出与公开05表 ${item} 基本支出一致`,
      side(`公开06表 ${codes.join('+')} 基本支出`, ...codes.map((code) => c('T06', code, 2))), 'eq',
      side(`公开05表 ${item} 基本支出`, c('T05', item, 2)))),
  rule('P.T10-T06', 'warning', '公开10表 机关运行经费不大于公开06表 公用经费合计 基本支出',
    side('公开10表 行5+行6 机关运行经费', c('T10', '5', 1), c('T10', '6', 1)), 'le',
    side('公开06表 公用经费合计 其中：基本支出', c('T06', PUBLIC_TOTAL, 2))),
  ...T07_ITEMS.map(([actual, budget, item]) =>
    rule(`P.T07.${actual}-${budget}`, 'warning', `公开07表 ${item}决算数超过预算数，请说明原因`,
      side(`公开07表 ${item}决算数`, c('T07', '1', actual)), 'le', side(`预算数`, c('T07', '1', budget)))),
  rule('P.T07.last-year', 'warning', '“三公”经费决算数比上年增加，请说明原因',
    side('公开07表 “三公”经费决算合计', c('T07', '1', 7)), 'le', side('上年决算数', ly('三公.7')),
    { requires: 'lastYear' }),
  rule('P.LY.T01', 'warning', '公开01表 年初结转和结余等于上年年末结转和结余',
    side('公开01表 行29 年初结转和结余', c('T01', '29', 1)), 'eq', side('上年公开01表 行60 年末结转和结余', ly('T01.60')),
    { requires: 'lastYear' }),
  ...([
    ['28', 2, '合计'],
    ['29', 3, '一般公共预算财政拨款'],
    ['30', 4, '政府性基金预算财政拨款'],
    ['31', 5, '国有资本经营预算财政拨款'],
  ] as const).map(([row, col, fund]) =>
    rule(`P.LY.T04.${row}`, 'warning', `公开04表 年初财政拨款结转和结余（${fund}）等于上年年末数`,
      side(`公开04表 行${row} 年初${fund === '合计' ? '财政拨款结转和结余' : fund}`, c('T04', row, 1)), 'eq',
      side(`上年公开04表 行60 ${fund}`, ly(`T04.60.${col}`)),
      { requires: 'lastYear' })),
];

export const rules: RuleDef[] = [...withinTable, ...acrossTables, ...hints, ...evaluationRuleDefs, ...narrativeRuleDefs, ...consolidationRules];
