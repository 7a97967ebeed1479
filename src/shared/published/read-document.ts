// A published disclosure read onto a template: the cover (unit, year), each table block read into the
// template's cells, the prose as sentences, and a read report of what was read and what was not.
import { publishedTables } from '../templates/params';
import type { MoneyUnit } from '../money/money';
import type { CustomCode, Filing } from '../filing/types';
import { findCode, getCatalog } from '../catalog/index';
import { newFiling } from '../filing/new-filing';
import { listTemplates } from '../templates/registry';
import type { Template } from '../templates/types';
import type { DocLayout, TableBlock } from './layout';
import { readLayout } from './layout';
import type { PublishedTableRead } from './read-table';
import { readPublishedTable } from './read-table';
import type { Sentence } from './sentences';
import { proseSentences } from './sentences';
import { readForms } from './read-forms';
import type { PublishedDoc } from './types';
import { lineText, squashText } from './types';
import { SAMPLE_MARK, knownSample } from '../io/sample-mark';

export interface BlockRead {
  block: TableBlock;
  unit: MoneyUnit | null;
  department: string | null;
  year: number | null;
  read: PublishedTableRead;
}

export interface DocumentRead {
  doc: PublishedDoc;
  template: Template;
  layout: DocLayout;
  department: string;
  year: number;
  unit: MoneyUnit;
  blocks: BlockRead[];
  sentences: Sentence[];
  filing: Filing;
  /** Self-evaluation forms with cells not read: their checks other than the execution score are 未核对. */
  doubtfulForms: string[];
  /** What was read, in words, for the read report. */
  report: { read: string[]; notRead: string[] };
}

function blockMeta(doc: PublishedDoc, b: TableBlock): Pick<BlockRead, 'unit' | 'department' | 'year'> {
  let unit: MoneyUnit | null = null;
  let department: string | null = null;
  let year: number | null = null;
  for (let i = b.start; i < Math.min(b.end, b.start + 12); i++) {
    for (const c of doc.lines[i].cells) {
      const t = squashText(c.text);
      unit ??= (/单位[:：](万元|元)/.exec(t)?.[1] as MoneyUnit | undefined) ?? null;
      department ??= /^(?:部门|单位)名称[:：](.+)$/.exec(t)?.[1] ?? null;
      year ??= Number(/^(20\d\d)年度?$/.exec(t)?.[1] ?? NaN) || null;
    }
  }
  return { unit, department, year };
}

function cover(doc: PublishedDoc, end: number): { department: string; year: number | null } {
  const texts = doc.lines.slice(0, Math.max(end, 1)).slice(0, 12).map((l) => squashText(lineText(l))).filter(Boolean);
  let year: number | null = null;
  let department = '';
  texts.forEach((t, i) => {
    const m = /^(.*?)(20\d\d)年度?部门决算/.exec(t);
    if (m && year === null) {
      year = Number(m[2]);
      // The name may wrap over the lines above the year (上海市普陀区规划和自然 / 资源局).
      department = m[1] || texts.slice(0, i).join('').slice(-40);
    }
  });
  return { department, year };
}

function pickTemplate(doc: PublishedDoc): { template: Template; layout: DocLayout } {
  let best: { template: Template; layout: DocLayout } | null = null;
  for (const template of listTemplates()) {
    const layout = readLayout(doc, publishedTables(template));
    if (!best || layout.blocks.length > best.layout.blocks.length) best = { template, layout };
  }
  if (!best) throw new Error('没有可用的报表模板');
  return best;
}

export function readDocument(doc: PublishedDoc): DocumentRead {
  const { template, layout } = pickTemplate(doc);
  const c = cover(doc, layout.coverEnd || 8);
  const blocks: BlockRead[] = [];
  const report = { read: [] as string[], notRead: [] as string[] };
  const metas = layout.blocks.map((b) => blockMeta(doc, b));
  const department = c.department || metas.find((m) => m.department)?.department || '';
  const year = c.year ?? metas.find((m) => m.year)?.year ?? template.year;
  const unit: MoneyUnit = metas.some((m) => m.unit === '万元') ? '万元' : '元';
  const filing: Filing = newFiling({ template: template.id, year, department, unit, sourceUnit: unit });
  const custom: CustomCode[] = [];
  layout.blocks.forEach((b, k) => {
    const meta = metas[k];
    const t = b.table;
    if (blocks.some((x) => x.block.table.id === t.id)) {
      report.notRead.push(`${t.number} ${t.title}在第${doc.lines[b.start].page + 1}页又出现一次，只读入第一次`);
      return;
    }
    const catalog = getCatalog(t.catalog ?? 'function', template.year);
    const nameOfCode = (code: string) => findCode(catalog, code, custom)?.name ?? null;
    const read = readPublishedTable(doc.lines.slice(b.start, b.end), t, meta.unit ?? unit, nameOfCode);
    blocks.push({ block: b, ...meta, read });
    filing.tables[t.id] = read.entered;
    if (Object.keys(read.stated).length) filing.stated[t.id] = read.stated;
    if (t.kind === 'coded') {
      for (const { code, name } of read.codes) if (!findCode(catalog, code, custom) && name) custom.push({ catalog: t.catalog ?? 'function', code, name });
    }
    report.read.push(`${t.number} ${t.title}：第${doc.lines[b.start].page + 1}页起，金额单位 ${meta.unit ?? `${unit}（表中未注明）`}，读入 ${read.figures} 个数${read.saysNoData ? '，注明“本表无数据”' : ''}`);
    report.notRead.push(...read.unread);
  });
  filing.customCodes = custom.sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));
  for (const t of publishedTables(template)) if (!blocks.some((b) => b.block.table.id === t.id)) report.notRead.push(`${t.number} ${t.title}：文中没有找到这张表（按表名和表号查找）`);
  const lastTable = layout.blocks.reduce((n, b) => Math.max(n, b.end), layout.tocEnd);
  const forms = readForms(doc, lastTable);
  filing.evaluations = forms.evaluations;
  if (forms.evaluations.length) report.read.push(`项目支出绩效自评表：读入 ${forms.evaluations.length} 张`);
  report.notRead.push(...forms.notes);
  const sentences = proseSentences(doc, layout);
  report.read.push(`情况说明：读入 ${sentences.filter((s) => s.part.includes('情况说明')).length} 句`);
  if (!doc.exactPages) report.notRead.push('文本没有分页标记：页码按目录推算（各节起始页），仅供参考');
  // The app's export of a built-in sample says so on every page: the filing read from it is a sample again.
  const sample = (doc.runningHeaders ?? []).some((h) => h.includes(squashText(SAMPLE_MARK))) ? knownSample(template.id) : undefined;
  if (sample) {
    filing.sample = sample;
    report.read.push(`示例：每页标有“${SAMPLE_MARK}”，读入后仍标为示例`);
  }
  return { doc, template, layout, department, year, unit, blocks, sentences, filing, report, doubtfulForms: forms.doubtful };
}
