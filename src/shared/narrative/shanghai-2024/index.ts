// The 情况说明 一–十一 of shanghai-2024 (TemplateParams.narrative; docs/templates/shanghai-2024.md), generated
// from 表一–表九, the 情况说明 input table SHN and the narrative inputs, and its two charts.
import type { Filing } from '../../filing/types';
import { shareBarChart } from '../charts';
import type { CellValueFn, NarrativeSection } from '../output';
import { contextOf } from '../phrases';
import { shFund, shOther, shPerformance, shSangong, shStateCapital } from './sections-other';
import { shBasic, shFiscal, shGeneralBudget, shIncome, shSpending, shTotal } from './sections-tables';
import { shContext } from './shared';

const SECTIONS = [shTotal, shIncome, shSpending, shFiscal, shGeneralBudget, shBasic, shSangong, shFund, shStateCapital, shPerformance, shOther];

/** Each section as a builder over a value function (generate.ts builds them one by one). */
export function shanghaiSections(filing: Filing): Array<(value: CellValueFn) => NarrativeSection> {
  // The 2024 功能分类 catalogue names the codes (the layout serves 2024–2025 with it).
  return SECTIONS.map((section) => (value: CellValueFn) => section(shContext(contextOf(filing, value), 2024)));
}

const INCOME = ['财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
const SPENDING = ['基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];

/** 收入 and 支出 structure from 表二/表三 合计 (the template has no year-on-year chart: 'yoy' draws 支出). */
export function shanghaiChart(kind: 'income' | 'spending' | 'yoy', filing: Filing, value: CellValueFn): string {
  const year = filing.meta.year;
  if (kind === 'income') {
    const bars = INCOME.map((label, i) => ({ label, value: value({ table: 'SH02', row: '合计', col: i + 2 }) }));
    return shareBarChart(`${year}年度收入结构`, bars, filing.meta.unit, 'income');
  }
  const bars = SPENDING.map((label, i) => ({ label, value: value({ table: 'SH03', row: '合计', col: i + 2 }) }));
  return shareBarChart(`${year}年度支出结构`, bars, filing.meta.unit, 'spending');
}
