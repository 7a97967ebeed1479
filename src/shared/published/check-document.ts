// Everything checked on a published disclosure: the template's table rules on the figures read (a rule
// touching a table the document lacks, or one with figures not read, is 未核对), the narrative rules
// and the structure; each finding quotes its page and sentence.
import Decimal from 'decimal.js';
import { statedValue } from '../filing/compute';
import { createEngine } from '../rules/engine';
import type { DocFinding, RuleContext, Unchecked } from './findings';
import { shanghai2024Map } from './maps/shanghai-2024';
import { shanxi2022Map } from './maps/shanxi-2022';
import type { NarrativeMap } from './maps/types';
import type { DocumentRead } from './read-document';
import { readDocument } from './read-document';
import { attributionRules } from './rules-attribution';
import { changeRules } from './rules-changes';
import { leftoverRules } from './rules-leftovers';
import { partsRules } from './rules-parts';
import { completionRules, shareRules, singleShareRules } from './rules-ratios';
import { draftMarkIn, pageLabelOfLine, structureRules } from './rules-structure';
import type { Sentence } from './sentences';
import type { PublishedDoc } from './types';
import { squashText } from './types';

const MAPS: NarrativeMap[] = [shanxi2022Map, shanghai2024Map];

export interface DocumentCheck {
  read: DocumentRead;
  findings: DocFinding[];
  unchecked: Unchecked[];
  errors: number;
  warnings: number;
  /** The tables could be laid onto the template's columns (false: another region's or year's template). */
  fits: boolean;
  /** The draft mark every page carries ("审核未通过：强制 3 条"), or null: a draft is no publishable file. */
  draft: string | null;
}

function pageOfSentence(r: DocumentRead, s: Sentence): string {
  if (r.doc.exactPages) {
    const printed = r.doc.printedPage[s.page];
    return printed != null ? `第${printed}页` : `PDF第${s.page + 1}页`;
  }
  const norm = (x: string) => squashText(x).replace(/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/, '');
  for (const h of [...s.headings].reverse()) {
    const e = r.layout.toc.find((t) => norm(t.title) === norm(h));
    if (e) return `第${e.page}页（据目录）`;
  }
  const e = r.layout.toc.find((t) => norm(t.title) === norm(s.part));
  return e ? `第${e.page}页起（据目录）` : '页码不详';
}

export function checkDocument(doc: PublishedDoc): DocumentCheck {
  const r = readDocument(doc);
  const findings: DocFinding[] = [];
  const unchecked: Unchecked[] = [];
  const usable = new Set(r.blocks.filter((b) => b.read.unread.length === 0).map((b) => b.block.table.id));
  const engine = createEngine(r.filing, r.template);
  for (const f of engine.findings) {
    const tables = [...new Set(f.cells.map((c) => c.table))];
    const table = (id: string) => r.template.tables.find((t) => t.id === id);
    const blocked = tables.filter((id) => table(id) && !usable.has(id));
    if (blocked.length) {
      unchecked.push({ what: f.message, why: blocked.map((id) => `${table(id)!.number}${r.blocks.some((b) => b.block.table.id === id) ? '有数字未读入' : '文中没有'}`).join('，') });
      continue;
    }
    if (tables[0] === 'PE' && f.rule !== 'PE-1' && f.cells.some((c) => r.doubtfulForms.some((id) => c.row === id || c.row.startsWith(`${id}.`)))) {
      unchecked.push({ what: f.message, why: '该自评表有单元格未读准' });
      continue;
    }
    const first = r.blocks.find((b) => b.block.table.id === tables[0]);
    findings.push({
      rule: f.rule,
      severity: f.severity,
      ...(f.rounding ? { rounding: true } : {}),
      message: f.message,
      quotes: first ? [{ page: pageLabelOfLine(r, first.block.start), text: first.block.table.title }] : [],
      cells: f.cells.map((c) => ({ table: c.table, row: c.row, col: c.col })),
    });
  }
  const ctx: RuleContext = {
    sentences: r.sentences,
    pageOf: (s) => pageOfSentence(r, s),
    slack: new Decimal(r.unit === '万元' ? 50 : '0.005'),
    year: r.year,
    department: r.department,
    unit: r.unit,
  };
  const map = MAPS.find((m) => m.template === r.template.id);
  const figures = {
    value: (table: string, row: string, col: number) => {
      if (!usable.has(table)) return null;
      return statedValue(r.filing, table, row, col) ?? engine.value({ table, row, col });
    },
  };
  const ratios = [shareRules(ctx), singleShareRules(ctx), completionRules(ctx), changeRules(ctx)];
  const attribution = map ? attributionRules(ctx, map, r.template, figures) : { findings: [], unchecked: [], checked: 0 };
  for (const o of [...ratios, partsRules(ctx), leftoverRules(ctx), attribution]) {
    findings.push(...o.findings);
    unchecked.push(...o.unchecked);
  }
  r.report.read.push(`百分比复算 ${ratios.reduce((n, o) => n + (o.checked ?? 0), 0)} 处；文中金额与表中数字核对 ${attribution.checked ?? 0} 处`);
  if (!map) unchecked.push({ what: '文中金额与表中数字的对应', why: `模板 ${r.template.id} 还没有情况说明的对应表` });
  // A document whose tables are found by title but cannot be laid onto the template's columns is of
  // another template (another region or year): what it lacks of this one is not a finding.
  const fits = r.blocks.length > 0 && r.blocks.every((b) => !b.read.unread.some((u) => u.includes('找不到栏次行或表头')));
  for (const f of structureRules(r)) {
    if (!fits && /^ST-(table-missing|table-order|empty-table|toc|toc-page)$/.test(f.rule)) unchecked.push({ what: f.message, why: `文件的表式与模板 ${r.template.id} 不一致（可能是另一地区或年度的模板），未按该模板审核` });
    else findings.push(f);
  }
  return {
    read: r,
    findings,
    unchecked,
    fits,
    draft: (r.doc.runningHeaders ?? []).map(draftMarkIn).find((m) => m !== null) ?? null,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}
