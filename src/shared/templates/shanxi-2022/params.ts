// The parameters of 山西省 2022年度 部门决算公开 (the seed, shared/design/domain.md), in the same shape as
// every other template's, so what differs between templates can be read side by side.
import { STANDARD_GLOSSARY } from '../../sample/glossary';
import type { TemplateParams } from '../params';

export const shanxi2022Params: TemplateParams = {
  templateId: 'shanxi-2022',
  // The seed is a 2022 filing; domain.md gives 2021/2022 as the years seen (only 2022 verified).
  years: { from: 2022, to: 2022 },
  filingKind: '部门决算',
  printedTables: ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10'],
  inputTables: [],
  tableNumbering: { toc: 'number', onPage: 'number-and-title' },
  unit: '元',
  printsLineNumbers: true,
  printsColumnNumbers: true,
  functionCodeLayout: 'single-column',
  totalRowLast: [],
  economicTable: {
    table: 'T06',
    scope: 'all-with-basic-column',
    personnelClasses: ['301', '303'],
    publicClasses: ['302', '307', '309', '310', '311', '312', '313', '399'],
    panels: 4,
  },
  sanGong: { table: 'T07', scope: '财政拨款', budgetBasis: '全年预算（调整后）', columnOrder: 'budget-block-then-actual-block' },
  stateCapitalTable: { table: 'T09', shape: 'spending-only' },
  relatedInfo: { kind: 'table', table: 'T10' },
  emptyTableStatement: { T07: '说明：本表无数据', T08: '说明：本表无数据', T09: '说明：本表无数据' },
  operatingCostDefinition: '行政单位和参照公务员法管理的事业单位财政拨款基本支出中的公用经费支出',
  vehicleKinds: ['副部(省)级及以上领导用车', '主要领导干部用车', '机要通信用车', '应急保障用车', '执法执勤用车', '特种专业技术用车', '离退休干部用车', '其他用车'],
  equipmentLine: '单价100万元(含)以上设备(不含车辆)',
  grades: { labels: ['优', '良', '中', '差'], thresholds: [90, 80, 60] },
  hasSelfEvaluationForms: true,
  overview: [
    { number: '一', title: '本部门（单位）职责' },
    { number: '二', title: '机构设置情况' },
  ],
  // domain.md “The narrative (情况说明), as the seed lays it out”; inputs as src/shared/narrative reads them.
  narrative: [
    { number: '一', title: '收入支出决算总体情况说明', inputs: ['T01.31', '上年:T01.31', 'reasons.total'] },
    { number: '二', title: '收入决算情况说明', inputs: ['T01.27', 'T02.合计.2…7'] },
    { number: '三', title: '支出决算情况说明', inputs: ['T01.58', 'T03.合计.2…6'] },
    { number: '四', title: '财政拨款收入支出决算总体情况说明', inputs: ['T04.32', '上年:T04.32', 'reasons.fiscal'] },
    { number: '五', title: '一般公共预算财政拨款支出决算情况说明', inputs: ['T05.合计', 'initialBudget.{类}', '上年:class.{类}', 'reasons.class.{类}'] },
    { number: '六', title: '一般公共预算财政拨款基本支出决算情况说明', inputs: ['T06.人员经费合计.2', 'T06.公用经费合计.2'] },
    { number: '七', title: '政府性基金预算财政拨款收入支出决算情况说明', inputs: ['T08.合计'] },
    { number: '八', title: '国有资本经营预算财政拨款支出决算情况说明', inputs: ['T09.合计'] },
    { number: '九', title: '财政拨款“三公”经费支出决算情况说明', inputs: ['T07.1', '上年:三公.{col}', 'facts.出国团组…'] },
    { number: '十', title: '其他重要事项的情况说明', inputs: ['T10', 'facts.中小企业合同金额…', 'evaluations'] },
  ],
  glossary: STANDARD_GLOSSARY,
};
