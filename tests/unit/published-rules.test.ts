// Each narrative rule on a small disclosure written for it: one text that holds (no finding) and one
// that breaks the rule (a finding quoting the sentence). Precision first: what the rule cannot read
// with confidence is 未核对, never a finding.
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/shared/published/check-document';
import { docFromText } from '../../src/shared/published/doc-from-text';

/** A disclosure of 示例市测试局 for 2022 whose 情况说明 holds the given sections. */
function check(sections: Record<string, string[]>) {
  const body = Object.entries(sections).flatMap(([h, ps]) => [h, '', ...ps.flatMap((p) => [p, ''])]);
  const text = ['示例市测试局', '', '2022年度部门决算公开', '', '第一部分 概况', '', '一、本部门（单位）职责', '', '负责测试。', '', '第三部分 情况说明', '', ...body].join('\n');
  return checkDocument(docFromText(text)).findings.filter((f) => f.rule.startsWith('NR-'));
}
const rules = (fs: ReturnType<typeof check>) => fs.map((f) => f.rule);

describe('shares of one whole', () => {
  const income = (a: string, pa: string, b: string, pb: string) => ({
    '二、收入决算情况说明': ['2022年度收入合计1,000.00元，其中：', `财政拨款收入${a}元，占比${pa}%；`, `其他收入${b}元，占比${pb}%。`],
  });
  it('hold when each share is right and they add to 100%', () => expect(check(income('600.00', '60.00', '400.00', '40.00'))).toEqual([]));
  it('a wrong share is an error with the right figure', () => {
    const [f] = check(income('600.00', '65.00', '400.00', '40.00'));
    expect(f.rule).toBe('NR-share');
    expect(f.message).toContain('应为 60.00%');
    expect(f.quotes[0].text).toBe('财政拨款收入600.00元，占比65.00%；');
  });
  it('parts that miss the whole do not add to 100%', () => expect(rules(check(income('600.00', '60.00', '0.00', '0.00')))).toEqual(['NR-share-sum']));
});

describe('a share of a whole named in words', () => {
  const s = (p: string) => ({ '十、其他重要事项情况说明': [`政府采购支出总额400.00元。授予中小企业合同金额100.00元，占政府采购支出总额的${p}。`] });
  it('holds when recomputed', () => expect(check(s('25.00%'))).toEqual([]));
  it('a wrong share is an error', () => expect(rules(check(s('52.00%')))).toEqual(['NR-share']));
});

describe('completion rates', () => {
  const s = (p: string) => ({ '十、其他重要事项情况说明': [`项目全年预算数为40万元，执行数为30万元，完成预算的${p}。`] });
  it('hold when recomputed to the printed precision', () => expect(check(s('75%'))).toEqual([]));
  it('a wrong rate is an error', () => expect(rules(check(s('93.16%')))).toEqual(['NR-completion']));
  it('a zero budget has no completion rate', () => {
    const fs = check({ '九、财政拨款“三公”经费支出决算情况说明': ['支出预算0.00元，支出决算5.00元，完成全年预算的100.00%。'] });
    expect(rules(fs)).toEqual(['NR-zero-budget']);
    expect(check({ '九、财政拨款“三公”经费支出决算情况说明': ['支出预算0.00元，支出决算0.00元，完成全年预算的0.00%。'] })).toEqual([]);
  });
});

describe('year-on-year changes', () => {
  const s = (t: string) => ({ '一、收入支出决算总体情况说明': [`2022年度收入总计1,100.00元。与2021年相比，收入总计${t}。`] });
  it('hold when the rate matches the change and this year’s figure', () => expect(check(s('增加100.00元，增长10.00%'))).toEqual([]));
  it('a wrong rate is an error', () => expect(rules(check(s('增加100.00元，增长11.00%')))).toEqual(['NR-change-rate']));
  it('direction words that disagree are an error', () => expect(rules(check(s('增加100.00元，下降10.00%')))).toEqual(['NR-direction']));
  it('持平 with a change is an error', () => expect(rules(check(s('增加100.00元，与上年持平')))).toEqual(['NR-direction']));
  it('a rate off only by the rounding of 万元 figures is a 尾差 提示, not an error', () => {
    const fs = check({ '一、收入支出决算总体情况说明': ['2022年度收入总计39.45万元。与2021年相比，收入总计增加17.24万元，增长77.67%。'] });
    expect(fs.map((f) => [f.rule, f.severity, f.rounding])).toEqual([['NR-change-rate', 'warning', true]]);
  });
  it('a zero base has no growth rate', () => expect(rules(check(s('增加1,100.00元，增长100%')))).toEqual(['NR-zero-base']));
  it('a change whose figure cannot be found is 未核对, not an error', () => {
    const text = ['第三部分 情况说明', '', '一、收入支出决算总体情况说明', '', '与2021年相比，某项支出增加100.00元，增长50.00%。'].join('\n');
    const c = checkDocument(docFromText(text));
    expect(c.findings.filter((f) => f.rule.startsWith('NR-'))).toEqual([]);
    expect(c.unchecked.map((u) => u.why)).toContain('找不到本年数，无法复算');
  });
  it('the same change stated twice with two amounts', () => {
    const ok = { '一、收入支出决算总体情况说明': ['2022年度收入总计1,100.00元。与2021年相比，收入总计增加100.00元，增长10.00%。'], '四、财政拨款收支决算总体情况说明': ['2022年度财政拨款收入总计1,100.00元。与2021年相比，财政拨款收入总计增加100.00元，增长10.00%。'] };
    expect(check(ok)).toEqual([]);
    const bad = { ...ok, '四、财政拨款收支决算总体情况说明': ['2022年度财政拨款收入总计1,100.00元。与2021年相比，财政拨款收入总计增加100.04元，增长10.00%。'] };
    expect(rules(check(bad))).toEqual(['NR-same-change']);
  });
});

describe('leftovers', () => {
  const s = (t: string) => ({ '十、其他重要事项情况说明': [t] });
  it('plain text holds', () => expect(check(s('示例市测试局2022年机关运行经费支出100.00元，主要原因是节约开支。'))).toEqual([]));
  it('placeholders', () => {
    expect(rules(check(s('XX局2022年度支出100.00元。')))).toEqual(['NR-placeholder']);
    expect(rules(check(s('主要用于。。。')))).toEqual(['NR-placeholder']);
    expect(rules(check(s('主要用于……')))).toEqual(['NR-placeholder']);
  });
  it('a year that is neither this year nor last', () => expect(rules(check(s('2020年度支出100.00元。')))).toEqual(['NR-year']));
  it('another unit’s name', () => expect(rules(check(s('示例市教育局2022年度支出100.00元。')))).toEqual(['NR-unit-name']));
  it('元 and 万元 in one clause', () => {
    expect(rules(check(s('支出100.00元，其中项目支出1万元。')))).toEqual(['NR-mixed-units']);
    expect(check(s('支出100.00元；项目支出1万元。'))).toEqual([]);
  });
  it('an empty 主要原因是', () => expect(rules(check(s('支出增加100.00元，主要原因是。')))).toEqual(['NR-empty-reason']));
  it('the same project total stated twice', () => {
    const t = (b: string) => ({ '十、其他重要事项情况说明': ['涵盖二级项目3个，共涉及资金300元。', `二级项目绩效自评个数3个，涉及资金${b}元。`] });
    expect(check(t('300'))).toEqual([]);
    expect(rules(check(t('301')))).toEqual(['NR-same-total']);
  });
});
