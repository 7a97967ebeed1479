import { describe, expect, it } from 'vitest';
import { sampleFiling } from '../../src/shared/sample/index';
import { moveIndicator, moveItem, newEvaluation, newIndicator, replaceEvaluation } from '../../src/shared/evaluation/edit';
import { scoreEvaluation } from '../../src/shared/evaluation/scoring';

describe('editing the self-evaluation forms', () => {
  it('adds a new project with a fresh id, this year’s period and one indicator per 一级指标', () => {
    const f = sampleFiling();
    const ev = newEvaluation(f);
    expect(ev.id).toBe('pe05');
    expect(ev.period).toBe('2022.01-2022.12');
    expect(ev.department).toBe('阳泉市大数据应用局');
    expect(ev.indicators.map((i) => [i.level1, i.level2])).toEqual([['产出指标', '数量指标'], ['效益指标', '经济效益指标'], ['满意度指标', '服务对象满意度指标']]);
    expect(new Set(ev.indicators.map((i) => i.id)).size).toBe(3);
    expect(scoreEvaluation(ev).rateText).toBe('—');
  });

  it('moves projects and refuses to move past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -2)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('moves an indicator only among those of its 一级指标', () => {
    const ev = sampleFiling().evaluations[2]; // 政府投资信息化项目管理费: 8 产出, 3 效益, 1 满意度
    const firstBenefit = ev.indicators.findIndex((i) => i.level1 === '效益指标');
    const moved = moveIndicator(ev, ev.indicators[firstBenefit].id, 1);
    expect(moved.indicators[firstBenefit].name).toBe('单位正常运转保障度');
    expect(moved.indicators[firstBenefit + 1].name).toBe('工作效率提升度');
    // The last 产出指标 cannot move down into 效益指标.
    expect(moveIndicator(ev, ev.indicators[firstBenefit - 1].id, 1).indicators).toEqual(ev.indicators);
  });

  it('gives a new indicator an id no other indicator of the form has', () => {
    const ev = sampleFiling().evaluations[0];
    const ind = newIndicator(ev, '效益指标');
    expect(ev.indicators.some((i) => i.id === ind.id)).toBe(false);
    expect(ind.level2).toBe('经济效益指标');
  });

  it('replaces one form and leaves the others as they were', () => {
    const f = sampleFiling();
    const next = replaceEvaluation(f, { ...f.evaluations[1], executionScore: '10' });
    expect(next.evaluations[1].executionScore).toBe('10');
    expect(next.evaluations[0]).toBe(f.evaluations[0]);
  });
});
