// A self-evaluation form in the MOF standard layout (财预〔2020〕10号) as import keeps it: 项目资金 by source
// (年度资金总额 = the sum), 年度总体目标 and per-indicator 分值/得分 (level scores = their sums).
import type { Evaluation } from '../../src/shared/evaluation/types';

export const blankFunding = { total: '', central: '', city: '', county: '', other: '' };

export function mofForm(name = '智慧城市运维', department = '测试局'): Evaluation {
  const blank = blankFunding;
  return {
    id: 'pe01', name, manager: '', phone: '', department, implementer: '测试中心', period: '', evaluationYear: '',
    budget: { ...blank, total: '100' }, received: { ...blank }, spent: { ...blank, total: '90' },
    sources: [
      { name: '年度资金总额', initial: '100', budget: '100', spent: '90' },
      { name: '当年财政拨款', initial: '80', budget: '80', spent: '75' },
      { name: '上年结转资金', initial: '20', budget: '20', spent: '15' },
      { name: '其他资金', initial: '', budget: '', spent: '' },
    ],
    layout: 'mof', annualGoal: { expected: '保障运维', actual: '已保障' },
    goalOutput: '', goalEffect: '', executionScore: '9',
    indicators: [
      { id: 'pe01-i1', level1: '产出指标', level2: '数量指标', name: '运维设备', target: '120台', actual: '120台', shortfallReason: '', weight: '30', score: '30' },
      { id: 'pe01-i2', level1: '产出指标', level2: '质量指标', name: '完好率', target: '≥95%', actual: '96%', shortfallReason: '', weight: '20', score: '20' },
      { id: 'pe01-i3', level1: '效益指标', level2: '社会效益指标', name: '服务群众', target: '提升', actual: '提升', shortfallReason: '', weight: '30', score: '30' },
      { id: 'pe01-i4', level1: '满意度指标', level2: '服务对象满意度指标', name: '满意度', target: '≥90%', actual: '92%', shortfallReason: '', weight: '10', score: '10' },
    ],
    levelScores: { 产出指标: '50', 效益指标: '30', 满意度指标: '10' },
    conclusion: '', experience: '', problems: '', evaluators: [], filledBy: '', filledPhone: '', filledDate: '', published: true,
  };
}

