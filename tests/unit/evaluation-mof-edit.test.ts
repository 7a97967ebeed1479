// Edits of a MOF-layout form as the app makes them (src/shared/evaluation/mof.ts): 年度资金总额 follows the
// source lines, level scores follow the per-indicator 得分, and every field the form lets the clerk edit
// comes back from export → import (a clerk's edit the export does not carry would be lost).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { importXlsxFile } from '../../src/node/export/import-xlsx';
import { newIndicator } from '../../src/shared/evaluation/edit';
import { setSourceAmount, withLevelSums } from '../../src/shared/evaluation/mof';
import type { Evaluation } from '../../src/shared/evaluation/types';
import { blankFunding, mofForm } from '../support/mof-form-fixture';
import type { Filing } from '../../src/shared/filing/types';
import { checkAll } from '../../src/shared/rules/engine';
import { cleanSample, template } from './rules-fixtures';

const blank = blankFunding;
const base = cleanSample();
const withForm = (ev: Evaluation): Filing => ({ ...base, tables: {}, stated: {}, absent: [...template.tables.map((t) => t.id)].sort(), evaluations: [ev] });
const pe = (f: Filing) => checkAll(f, template).findings.filter((x) => x.rule.startsWith('PE-'));
const dir = mkdtempSync(join(tmpdir(), 'juesuan-mof-edit-'));
let n = 0;
async function trip(f: Filing): Promise<Filing> {
  const p = join(dir, `e${n++}.xlsx`);
  writeFileSync(p, await buildWorkbook(f, template));
  const r = await importXlsxFile(p);
  if (!r.ok) throw new Error(r.message);
  return r.filing;
}

describe('setSourceAmount', () => {
  it('recomputes 年度资金总额 of the edited column and the totals the rate reads', () => {
    const ev = setSourceAmount(mofForm(), 2, 'budget', '25.5');
    expect(ev.sources?.[0]).toEqual({ name: '年度资金总额', initial: '100', budget: '105.5', spent: '90' });
    expect(ev.budget.total).toBe('105.5');
    expect(ev.spent.total).toBe('90');
    expect(pe(withForm(ev)).filter((f) => f.rule === 'PE-3')).toEqual([]);
  });
  it('keeps the total while a figure is not a number, and PE-3 points to that column', () => {
    const ev = setSourceAmount(mofForm(), 1, 'spent', '七十五');
    expect(ev.sources?.[0].spent).toBe('90');
    const found = pe(withForm(ev)).filter((f) => f.rule === 'PE-3');
    expect(found.map((f) => f.field)).toEqual([{ kind: 'evaluation', evaluation: 'pe01', field: 'sources.spent' }]);
  });
  it('leaves the other columns as printed (a printed total that does not add up stays flagged)', () => {
    const off = mofForm();
    off.sources![0] = { ...off.sources![0], initial: '99' };
    const ev = setSourceAmount(off, 1, 'budget', '81');
    expect(ev.sources?.[0].initial).toBe('99');
    expect(ev.sources?.[0].budget).toBe('101');
    expect(pe(withForm(ev)).filter((f) => f.rule === 'PE-3').map((f) => f.field?.kind === 'evaluation' && f.field.field)).toEqual(['sources.initial']);
  });
  it('a column all blank has a blank total', () => {
    const ev = setSourceAmount(setSourceAmount(setSourceAmount(mofForm(), 1, 'initial', ''), 2, 'initial', ''), 3, 'initial', '');
    expect(ev.sources?.[0].initial).toBe('');
  });
});

describe('withLevelSums', () => {
  it('level score = Σ per-indicator 得分; none entered = no score; a non-number is kept so PE-2 flags it', () => {
    const ev = mofForm();
    const edited = withLevelSums({ ...ev, indicators: ev.indicators.map((i) => (i.id === 'pe01-i2' ? { ...i, score: '17.5' } : i.id === 'pe01-i4' ? { ...i, score: '' } : i)) });
    expect(edited.levelScores).toEqual({ 产出指标: '47.5', 效益指标: '30' });
    const bad = withLevelSums({ ...ev, indicators: ev.indicators.map((i) => (i.id === 'pe01-i3' ? { ...i, score: '三十' } : i)) });
    expect(bad.levelScores.效益指标).toBe('三十');
    expect(pe(withForm(bad)).some((f) => f.rule === 'PE-2' && f.field?.kind === 'evaluation' && f.field.field === 'levelScores.效益指标')).toBe(true);
  });
  it('leaves a form scored by level alone', () => {
    const ev = { ...mofForm(), indicators: mofForm().indicators.map(({ weight: _w, score: _s, ...i }) => i) };
    expect(withLevelSums(ev)).toBe(ev);
  });
});

describe('every field the MOF form lets the clerk edit reaches the export', () => {
  it('edits each field, exports, imports and gets every edit back', async () => {
    let ev = mofForm();
    const texts = ['name', 'manager', 'phone', 'department', 'implementer', 'period', 'evaluationYear', 'goalOutput', 'goalEffect', 'conclusion', 'experience', 'problems', 'filledBy', 'filledPhone', 'filledDate'] as const;
    texts.forEach((k, i) => (ev = { ...ev, [k]: `改${k}${i}` }));
    ev = { ...ev, annualGoal: { expected: '改预期', actual: '改实际' }, executionScore: '8.5', published: false };
    // Each figure of each source line (年度资金总额 follows).
    (['initial', 'budget', 'spent'] as const).forEach((col, c) => [1, 2, 3].forEach((line) => (ev = setSourceAmount(ev, line, col, `${line * 10 + c}.25`))));
    // Each indicator field, and an indicator added the way the form adds one.
    ev = withLevelSums({
      ...ev,
      indicators: [
        ...ev.indicators.map((i, k) => ({ ...i, level2: i.level1 === '产出指标' ? '时效指标' : i.level2, name: `${i.name}改`, target: `目标${k}`, actual: `完成${k}`, shortfallReason: `原因${k}`, weight: String(5 + k), score: String(4 + k) })),
        { ...newIndicator(ev, '效益指标'), name: '新增指标', target: '≥1', actual: '1', weight: '3', score: '2.5' },
      ],
    });
    ev = { ...ev, indicators: [...ev.indicators.slice(0, 3), ev.indicators[4], ev.indicators[3]] }; // 效益 rows together, as the form keeps them
    ev = { ...ev, evaluators: [{ role: '组长', name: '张三', title: '科长', org: '测试局' }, { role: '成员', name: '李四', title: '干部', org: '测试中心' }] };
    expect(ev.sources?.[0]).toEqual({ name: '年度资金总额', initial: '60.75', budget: '63.75', spent: '66.75' });
    expect(ev.levelScores).toEqual({ 产出指标: '9', 效益指标: '8.5', 满意度指标: '7' });

    const back = await trip(withForm(ev));
    expect(back.evaluations).toEqual([ev]);
  }, 60_000);
});

describe('the Shanxi fields of a MOF form are not what the export writes', () => {
  it('a 项目预算金额 set directly (the old form) is lost on re-import: the form shows the source lines instead', async () => {
    const ev = { ...mofForm(), budget: { ...blank, total: '123' } };
    const back = await trip(withForm(ev));
    expect(back.evaluations[0].budget.total).toBe('100');
  }, 60_000);
});
