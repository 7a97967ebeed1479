// 审阅结论: 通过 / 退回 (with a reason) per filing and per table, saved in the file, printed in the report;
// files written before verdicts existed still open.
import { describe, expect, it } from 'vitest';
import { newFiling } from '../../src/shared/filing/new-filing';
import { parseFiling, serializeFiling } from '../../src/shared/filing/schema';
import { getTemplate } from '../../src/shared/templates/registry';
import { reviewReportHtml } from '../../src/shared/review/report';
import { FILING_TARGET, setVerdict, verdictOn } from '../../src/shared/review/verdicts';

const AT = '2026-11-29T10:00:00.000Z';
const template = getTemplate('shanxi-2022');
const blank = () => newFiling({ template: 'shanxi-2022', year: 2022, department: '测试局' });

describe('review verdicts', () => {
  it('sets a verdict per target, a later one replacing it; 退回 without a reason is refused', () => {
    let f = setVerdict(blank(), { target: 'T02', verdict: '退回', reason: ' 财政拨款收入与总表不符 ', reviewer: '王审阅', at: AT });
    f = setVerdict(f, { target: FILING_TARGET, verdict: '通过', reason: '', reviewer: '王审阅', at: AT });
    expect(verdictOn(f, 'T02')).toMatchObject({ verdict: '退回', reason: '财政拨款收入与总表不符' });
    f = setVerdict(f, { target: 'T02', verdict: '通过', reason: '', reviewer: '王审阅', at: AT });
    expect(f.verdicts).toHaveLength(2);
    expect(verdictOn(f, 'T02')?.verdict).toBe('通过');
    expect(() => setVerdict(f, { target: 'T03', verdict: '退回', reason: '  ', reviewer: 'x', at: AT })).toThrow('退回时请写明原因');
  });

  it('are saved in the file and read back; a file without them opens with none', () => {
    const f = setVerdict(blank(), { target: 'T02', verdict: '退回', reason: '请核对', reviewer: '王审阅', at: AT });
    const back = parseFiling(serializeFiling(f));
    expect(back.ok && back.filing.verdicts).toEqual(f.verdicts);
    const old = parseFiling(serializeFiling(blank()));
    expect(old.ok && old.filing.verdicts).toBeUndefined();
    const bad = JSON.parse(serializeFiling(f));
    bad.verdicts[0].verdict = '同意';
    const r = parseFiling(JSON.stringify(bad));
    expect(r.ok).toBe(false);
  });

  it('are printed in the report, by table name', () => {
    let f = setVerdict(blank(), { target: 'T02', verdict: '退回', reason: '请核对第2栏', reviewer: '王审阅', at: AT });
    f = setVerdict(f, { target: FILING_TARGET, verdict: '退回', reason: '见各表', reviewer: '王审阅', at: AT });
    const html = reviewReportHtml(f, [], { template });
    expect(html).toContain('三、审阅结论');
    expect(html).toMatch(/<td>整个文件<\/td><td>退回<\/td><td>见各表<\/td>[\s\S]*<td>公开02表 收入决算表<\/td><td>退回<\/td><td>请核对第2栏<\/td>/);
    expect(reviewReportHtml(blank(), [], { template })).toContain('尚无审阅结论。');
  });
});
