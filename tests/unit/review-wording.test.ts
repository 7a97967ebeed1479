// What the 审核报告 and the version compare say: cells as a clerk finds them on the printed table, form
// fields by project and label, rules by title — never an internal id or key.
import { describe, expect, it } from 'vitest';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';
import { evaluateAll } from '../../src/shared/rules/engine';
import { reviewReportHtml } from '../../src/shared/review/report';
import { compareFilings } from '../../src/shared/review/compare';
import { addNote } from '../../src/shared/review/notes';
import { findingKeyWords, findingWhere } from '../../src/shared/review/wording';
import { evaluationLine, narrativeLine, summary } from '../../src/renderer/src/features/review/compare-format';
import type { Finding } from '../../src/shared/rules/types';

const template = getTemplate('shanxi-2022');
const AT = '2026-11-29T10:00:00.000Z';

/** The visible text of a page: tags and the <style>/<title> dropped. */
function visibleText(html: string): string {
  return html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

/** Ids a reader must never see: table ids, engine keys, form ids, rule ids. */
function internalIds(text: string, ruleIds: string[], evaluationIds: string[]): string[] {
  const found = [...text.matchAll(/\bT\d{2}\b|\|\d|\bPE[-\s]|\bpe\d{2}\b|\bSTATED\.|\bCYCLE\.|栏\d+(?!）)/g)].map((m) => m[0]);
  for (const id of [...ruleIds, ...evaluationIds]) if (text.includes(id)) found.push(id);
  return found;
}

describe('审核报告 wording', () => {
  it('names every cell and field of the sample as a clerk does, with no internal id', () => {
    let f = sampleFiling();
    const ev = f.evaluations[0];
    f = { ...f, evaluations: [{ ...ev, levelScores: { ...ev.levelScores, 产出指标: '50.5' } }, ...f.evaluations.slice(1)] };
    const findings = evaluateAll(f, template);
    const cellFinding = findings.find((x) => x.cells.length > 0)!;
    f = addNote(f, { id: 'n1', target: { kind: 'cell', table: 'T03', row: '2010504', col: 1 }, author: '王审阅', text: '请核对', at: AT });
    f = addNote(f, { id: 'n2', target: { kind: 'finding', key: cellFinding.key }, author: '王审阅', text: '请说明', at: AT });
    f = addNote(f, { id: 'n3', target: { kind: 'finding', key: 'W.T01.31-62' }, author: '王审阅', text: '已不存在的问题', at: AT });
    const text = visibleText(reviewReportHtml(f, findings, { template }));
    expect(text).toContain('项目支出绩效自评表 项目“');
    expect(text).toContain('产出指标自评得分');
    expect(text).toMatch(/公开03表 2010504 [^ ]+（栏1）/);
    expect(text).toContain('公开01表 收入总计等于支出总计（该问题现已不存在）');
    expect(internalIds(text, template.rules.map((r) => r.id), f.evaluations.map((e) => e.id))).toEqual([]);
  });

  it('the check finds an id when one is printed (the assertion is not blind)', () => {
    const f = sampleFiling();
    const bad = reviewReportHtml(f, [{ rule: 'PE-2', severity: 'error', message: 'PE pe05.budget.total 栏1', cells: [], key: 'PE-2:x' } as unknown as Finding], { template });
    expect(internalIds(visibleText(bad), ['PE-2'], ['pe05']).length).toBeGreaterThan(0);
  });

  it('words a field finding by project and label, a cell finding by 表 行次 栏次', () => {
    const f = sampleFiling();
    const ev = f.evaluations[0];
    expect(findingWhere({ rule: 'PE-3', severity: 'error', message: 'x', key: 'k', cells: [], field: { kind: 'evaluation', evaluation: ev.id, field: 'budget.total' } }, f, template)).toBe(`项目支出绩效自评表 项目“${ev.name}” 项目预算金额合计`);
    expect(findingWhere({ rule: 'R', severity: 'error', message: 'x', key: 'k', cells: [{ table: 'T01', row: '31', col: 1 }] }, f, template)).toMatch(/^公开01表 行31 .+（栏1）$/);
    expect(findingWhere({ rule: 'N', severity: 'warning', message: 'x', key: 'k', cells: [], field: { kind: 'narrative', slot: 'total' } }, f, template)).toMatch(/^情况说明 /);
  });

  it('a finding key reads as its rule title, never the key', () => {
    const rule = template.rules.find((r) => r.id.startsWith('P.'))!;
    expect(findingKeyWords(`${rule.id}.30110+30111`, template)).toBe(`${rule.title}（该问题现已不存在）`);
    expect(findingKeyWords('zzz', template)).toBe('一条已不存在的审核结果');
  });
});

describe('version compare wording', () => {
  const coded = (t: string) => template.tables.find((d) => d.id === t)?.kind !== 'fixed';

  it('a 公开01表 line that gains a value is a changed cell, not an added 科目', () => {
    const a = sampleFiling();
    const b = structuredClone(a);
    b.tables.T01 = { ...b.tables.T01, '99': { '1': '5.00' } };
    b.tables.T03 = { ...b.tables.T03, '2130599': { '1': '5.00' } };
    const c = compareFilings(a, b, coded);
    expect(c.rowsAdded).toEqual([{ table: 'T03', row: '2130599' }]);
    expect(c.cells.some((x) => x.table === 'T01' && x.row === '99')).toBe(true);
    expect(summary(c)).toContain('新增科目 1 行');
  });

  it('reports self-evaluation and narrative changes, by project, label and input name', () => {
    const a = sampleFiling();
    const b = structuredClone(a);
    b.evaluations[0].levelScores['产出指标'] = '40';
    b.evaluations[0].name = '新名称';
    b.evaluations.pop();
    b.narrative.reasons.total = '主要原因是新增项目';
    b.narrative.initialBudget.total = '1000.00';
    const c = compareFilings(a, b, coded);
    expect(c.same).toBe(false);
    const lines = c.evaluations.map(evaluationLine);
    expect(lines).toContain('项目“新名称”：项目名称、产出指标自评得分有变化');
    expect(lines.some((l) => l.startsWith('已删除：项目“'))).toBe(true);
    const nl = c.narrative.map((n) => narrativeLine(n, '元'));
    expect(nl.some((l) => l.startsWith('原因说明 ') && l.endsWith('→ 主要原因是新增项目'))).toBe(true);
    expect(nl.some((l) => l.startsWith('年初预算 一般公共预算财政拨款年初预算合计：') && l.includes('1,000.00'))).toBe(true);
    expect(summary(c)).toContain('绩效自评表变化 2 个项目');
    expect(compareFilings(a, structuredClone(a), coded).same).toBe(true);
  });
});
