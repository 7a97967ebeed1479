// What varies between templates beyond the tables themselves, as data (templates.md §1.3). A Template
// (types.ts) holds tables and rules; its TemplateParams say how it is printed, what its classes and
// scopes mean, and what its 情况说明, 名词解释 and 概况 consist of, so a third template is a data folder too.
// Exports read them (io/layout/table-layout.ts, io/print/print-document.ts).
import type { GlossaryEntry } from '../types/filing';
import type { MoneyUnit } from '../money/money';
import type { TableDef, TableId, Template } from './types';

export interface TemplateParams {
  templateId: string;
  /** 年度 the layout serves, inclusive (shanghai-2024: 2024–2025). Other years only with a warning. */
  years: { from: number; to: number };
  /** 部门决算 (a 汇总 with 单位构成) or 单位决算: the wording 部门/单位 follows it. */
  filingKind: '部门决算' | '单位决算';
  /** The published tables in print order. */
  printedTables: TableId[];
  /** Template tables that hold 情况说明 inputs and are never printed as tables. */
  inputTables: TableId[];
  /** How tables are numbered: in the 目录 (一、收入支出决算总表) and on the table's own page. */
  tableNumbering: { toc: 'chinese-ordinal' | 'number'; onPage: 'title-only' | 'number-and-title' };
  /** 金额单位 the tables print in, with two decimals. */
  unit: MoneyUnit;
  /** Thousands separators in printed amounts; default true (Shanghai prints 9746.50). */
  thousandsSeparators?: boolean;
  /** An entered (or printed) 0.00 prints as 0.00 instead of blank; default false. */
  printsEnteredZeros?: boolean;
  /** Whether 行次 / 栏次 are printed (cells keep stable ids either way). */
  printsLineNumbers: boolean;
  printsColumnNumbers: boolean;
  /** 功能分类 code printed in one column (2080505) or as 类 | 款 | 项 (208 05 05). */
  functionCodeLayout: 'single-column' | 'class-group-item';
  /** Coded tables whose 合计 line is printed last instead of first. */
  totalRowLast: TableId[];
  /** 基本支出 / 经济分类 table: what it covers and which 类 are 人员经费 and 公用经费. */
  economicTable: {
    table: TableId;
    scope: 'basic-only' | 'all-with-basic-column';
    personnelClasses: string[];
    publicClasses: string[];
    /** Side-by-side panels as printed. */
    panels: number;
    /** Whether a heading (人员经费 / 公用经费) is printed over the panels; default true. */
    panelHeadings?: boolean;
  };
  /** The 三公 table: scope of 财政拨款, what 预算数 means, and how the columns are ordered. */
  sanGong: {
    table: TableId;
    scope: '财政拨款' | '一般公共预算' | '一般公共预算和政府性基金';
    budgetBasis: '年初预算' | '全年预算（调整后）';
    columnOrder: 'interleaved' | 'budget-block-then-actual-block';
  };
  /** 国有资本经营预算 table: 收入支出 (年初, 本年收入, 本年支出 合计/基本/项目, 年末) or 支出 only. */
  stateCapitalTable: { table: TableId; shape: 'income-and-spending' | 'spending-only' };
  /** 相关信息 (政府采购, 机关运行经费, 国有资产): a published table or 情况说明 inputs. */
  relatedInfo: { kind: 'table' | 'narrative'; table: TableId };
  /** Blank lines an empty coded table keeps under its 合计 line (its frame); default 0. */
  emptyFrameLines?: number;
  /** The statement printed under an empty table; {org} = 部门名称. */
  emptyTableStatement: Record<TableId, string>;
  /** 机关运行经费 as the template defines it. */
  operatingCostDefinition: string;
  /** 国有资产占用: vehicle kinds in order, and the large-equipment line. */
  vehicleKinds: readonly string[];
  equipmentLine: string;
  /** 绩效 grades, best first; thresholds (minimum score of each but the last) when the template gives them. */
  grades: { labels: readonly string[]; thresholds?: readonly number[] };
  /** Whether the disclosure attaches 项目支出绩效自评表 forms. */
  hasSelfEvaluationForms: boolean;
  /** 第一部分 概况, 第三部分 情况说明, 第四部分 名词解释. */
  overview: OverviewPart[];
  narrative: NarrativeSection[];
  glossary: readonly GlossaryEntry[];
}

export interface OverviewPart {
  /** 一, 二 */
  number: string;
  title: string;
  /** A table the part prints, by its column headers (单位构成: 序号 | 单位名称 | 备注). */
  table?: string[];
  /** The title used instead when the department has a single unit. */
  singleUnitTitle?: string;
  /** Fixed sentences, with {org} and {year}. */
  sentences?: string[];
}

export interface NarrativeSection {
  /** 一 … 十一 */
  number: string;
  title: string;
  /** Sub-sections （一）（二）… */
  parts?: NarrativeSection[];
  /** What the section states: table cells (SH01.收入总计.1), last-year keys, inputs (facts, reasons). */
  inputs: string[];
  /** The template's fixed wording for the case with nothing to report, with {org} and {year}. */
  noneSentence?: string;
  /** Template rules for the text: every 项 listed, reasons only where 预算 ≠ 决算, … */
  notes?: string[];
}

const PARAMS = new Map<string, TemplateParams>();

/** Adds a template's parameters; once per template id. */
export function registerTemplateParams(params: TemplateParams): void {
  if (PARAMS.has(params.templateId)) throw new Error(`模板参数重复登记：${params.templateId}`);
  PARAMS.set(params.templateId, params);
}

export function getTemplateParams(templateId: string): TemplateParams | undefined {
  return PARAMS.get(templateId);
}

/** Whether a template serves a year (outside its range it may be used only with a warning). */
export function servesYear(params: TemplateParams, year: number): boolean {
  return year >= params.years.from && year <= params.years.to;
}

/** The tables a template publishes (its input tables, such as 上海's 情况说明数据, are never printed or read as tables). */
export function publishedTables(template: Template): TableDef[] {
  const inputs = new Set(getTemplateParams(template.id)?.inputTables ?? []);
  return template.tables.filter((t) => !inputs.has(t.id));
}
