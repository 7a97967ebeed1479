// The parameters of 上海市区级部门决算 2024 (also the 2025 layout), each verified against the blank
// template and the 普陀区规划和自然资源局 2024 filing (page numbers in docs/templates/shanghai-2024.md).
import type { NarrativeSection, TemplateParams } from '../params';
import { SH_GLOSSARY } from './glossary';
import { SHN_VEHICLE_KINDS } from './shn';

const NONE = '{org}{year}年度';

/** 第三部分 情况说明 一–十一: what each section states (inputs) and its fixed “none” sentence. */
const narrative: NarrativeSection[] = [
  {
    number: '一',
    title: '收入支出决算总体情况说明',
    inputs: ['SH01.收入总计.1', '上年:SH01.收入总计', 'reasons.total'],
    notes: ['与上年相比 增加（减少）X 万元，增长（下降）Y%；持平作持平表述'],
  },
  {
    number: '二',
    title: '收入决算情况说明',
    inputs: ['SH01.本年收入合计.1', 'SH02.合计.2…7 (财政拨款收入, 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入)'],
    notes: ['each source with 占%（不涉及的不列）'],
  },
  {
    number: '三',
    title: '支出决算情况说明',
    inputs: ['SH01.本年支出合计.2', 'SH03.合计.2…6 (基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出)'],
    notes: ['each kind with 占%（不涉及的不列）'],
  },
  {
    number: '四',
    title: '财政拨款收入支出决算总体情况说明',
    inputs: ['SH04.收入总计.1', '上年:SH04.收入总计', 'reasons.fiscal'],
  },
  {
    number: '五',
    title: '一般公共预算财政拨款支出决算情况说明',
    inputs: [],
    parts: [
      {
        number: '（一）',
        title: '一般公共预算财政拨款支出决算总体情况',
        inputs: ['SH05.合计.1', 'SH01.本年支出合计.2 (占本年支出合计%)', '上年:SH05.合计.1', 'reasons.SH05'],
      },
      { number: '（二）', title: '一般公共预算财政拨款支出决算结构情况', inputs: ['SH05.{类}.1 with 占%'] },
      {
        number: '（三）',
        title: '一般公共预算财政拨款支出决算具体情况',
        inputs: ['initialBudget.total', 'SH05.合计.1', 'reasons.budget', 'per 项: initialBudget.{项}, SH05.{项}.1, reasons.use.{项}, reasons.budget.{项}'],
        notes: ['完成年初预算 %', 'every 项 as X（类）Y（款）Z（项）', 'a reason only where 预算 ≠ 决算; 持平 rows need none'],
      },
    ],
  },
  {
    number: '六',
    title: '一般公共预算财政拨款基本支出决算情况说明',
    inputs: ['SH05.合计.2', 'SH06.人员经费合计.1 with the names of its non-zero 款', 'SH06.公用经费合计.1 with the names of its non-zero 款'],
    notes: ['不涉及的不列'],
  },
  {
    number: '七',
    title: '财政拨款“三公”经费支出决算情况说明',
    inputs: [],
    noneSentence: `${NONE}无“三公”经费财政拨款支出。`,
    parts: [
      {
        number: '（一）',
        title: '“三公”经费财政拨款支出决算总体情况说明',
        inputs: ['SH07.1.1/2 and each item 预算数/决算数 (完成预算%)', 'reasons.三公.budget', '上年:三公.{item}', 'reasons.三公.{item}'],
      },
      {
        number: '（二）',
        title: '“三公”经费财政拨款支出决算具体情况说明',
        inputs: [
          'SH07 决算 shares %',
          'SHN.出国团组, SHN.出国人次, reasons.use.三公.因公出国（境）费',
          'SH07.1.8 购置 + SHN.购置车辆数, SH07.1.10 运行维护 + SHN.公务用车保有量',
          'SHN.国内公务接待支出, SHN.外宾接待支出, SHN.接待批次/接待人次/外宾接待批次/外宾接待人次, reasons.use.三公.公务接待费',
        ],
      },
    ],
  },
  {
    number: '八',
    title: '政府性基金预算财政拨款收入支出决算情况说明',
    inputs: ['SH08.合计.2', 'SH08.合计.3', 'per 项: initialBudget.{项}, SH08.{项}.3, reasons'],
    noneSentence: `${NONE}无政府性基金预算财政拨款收入和支出。`,
  },
  {
    number: '九',
    title: '国有资本经营预算财政拨款收入支出决算情况说明',
    inputs: ['SH09.合计.2', 'SH09.合计.3', 'per 项: initialBudget.{项}, SH09.{项}.3, reasons'],
    noneSentence: `${NONE}无国有资本经营预算财政拨款收入和支出。`,
  },
  {
    number: '十',
    title: '预算绩效管理情况',
    inputs: [
      'facts.绩效制度, facts.绩效机制',
      'SHN.绩效目标项目数/金额, SHN.绩效跟踪项目数/金额, SHN.绩效自评项目数/金额',
      'facts.平均得分',
      'SHN.评级优/良/合格/不合格',
      'SHN.发现问题数/已整改数/正在整改数',
    ],
  },
  {
    number: '十一',
    title: '其他重要事项的情况说明',
    inputs: [],
    parts: [
      { number: '（一）', title: '机关运行经费支出情况', inputs: ['SHN.机关运行经费', '上年:机关运行经费', 'reasons.机关运行经费'], noneSentence: `${NONE}无机关运行经费支出。` },
      {
        number: '（二）',
        title: '政府采购支出情况',
        inputs: ['SHN.政府采购合计 = 货物采购 + 工程采购 + 服务采购', 'SHN.面向中小企业预留, 面向小微企业预留, 预留中小企业中标, 预留小微企业中标, 其他中小企业中标'],
      },
      { number: '（三）', title: '国有资产占有使用情况说明', inputs: ['SHN.车辆合计 and the eight kinds', 'SHN.大型设备'] },
    ],
  },
];

export const shanghai2024Params: TemplateParams = {
  templateId: 'shanghai-2024',
  years: { from: 2024, to: 2025 },
  filingKind: '部门决算',
  printedTables: ['SH01', 'SH02', 'SH03', 'SH04', 'SH05', 'SH06', 'SH07', 'SH08', 'SH09'],
  inputTables: ['SHN'],
  tableNumbering: { toc: 'chinese-ordinal', onPage: 'title-only' },
  unit: '万元',
  // PT 7–19: 9746.50 (no separators), and a 0.00 where the unit reported one (表五 项目支出, 表六, 表七).
  thousandsSeparators: false,
  printsEnteredZeros: true,
  printsLineNumbers: false,
  printsColumnNumbers: false,
  // Both PDFs print the code in one column (2080505), not 类 | 款 | 项.
  functionCodeLayout: 'single-column',
  totalRowLast: ['SH05'],
  economicTable: { table: 'SH06', scope: 'basic-only', personnelClasses: ['301', '303'], publicClasses: ['302', '310'], panels: 2, panelHeadings: false },
  sanGong: { table: 'SH07', scope: '财政拨款', budgetBasis: '年初预算', columnOrder: 'interleaved' },
  stateCapitalTable: { table: 'SH09', shape: 'income-and-spending' },
  relatedInfo: { kind: 'narrative', table: 'SHN' },
  // PT 18–19: an empty 表八/表九 keeps 合计 and three blank lines.
  emptyFrameLines: 3,
  emptyTableStatement: {
    SH08: '说明：{org}本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。',
    SH09: '说明：{org}本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。',
  },
  operatingCostDefinition: '行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出',
  vehicleKinds: SHN_VEHICLE_KINDS,
  equipmentLine: '单价100万元（含）以上设备（不含车辆）',
  // The template names the four grades but gives no score bands (未核对 elsewhere).
  grades: { labels: ['优', '良', '合格', '不合格'] },
  hasSelfEvaluationForms: false,
  overview: [
    { number: '一', title: '主要职能' },
    {
      number: '二',
      title: '部门决算单位构成',
      singleUnitTitle: '机构设置',
      table: ['序号', '单位名称', '备注'],
      sentences: [
        '从预算单位构成看，{org}部门决算包括：{org}本级决算、下属行政事业单位决算。',
        '纳入{org}{year}年度部门决算编制范围的单位包括：',
      ],
    },
  ],
  narrative,
  glossary: SH_GLOSSARY,
};
