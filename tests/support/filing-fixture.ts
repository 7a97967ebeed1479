// A small, valid filing for tests of the file format, the file store and the hosts.
import type { Filing } from '../../src/shared/filing/types';

export function smallFiling(overrides: Partial<Filing> = {}): Filing {
  return {
    format: 'juesuan-filing',
    version: 2,
    template: 'shanxi-2022',
    meta: {
      department: '阳泉市大数据应用局',
      year: 2022,
      unit: '元',
      sourceUnit: '元',
      members: [{ name: '阳泉市大数据应用局', nature: '行政' }],
      cover: { publishDate: '2023年9月' },
    },
    tables: {
      T01: { '1': { '1': '23066415.36' }, '27': { '1': '23066415.36' } },
      T02: { '合计': { '1': '23066415.36', '2': '23066415.36' }, '2010101': { '1': '100.00' } },
    },
    stated: {},
    absent: [],
    customCodes: [{ catalog: 'function', code: '2019999', name: '其他一般公共服务支出' }],
    explanations: { 'T01.rule-1': '尾差' },
    evaluations: [],
    narrative: { lastYear: { 'T01.31': '20000000.00' }, initialBudget: {}, reasons: { total: '人员增加' }, facts: {} },
    overview: { duties: '负责大数据应用工作。', organization: ['内设科室 5 个。'] },
    glossary: [{ term: '财政拨款收入', text: '指本级财政当年拨付的资金。' }],
    review: [
      {
        id: 'n1',
        target: { kind: 'cell', table: 'T02', row: '合计', col: 1 },
        author: '审核员',
        text: '请核对',
        at: '2023-05-01T08:00:00.000Z',
        resolved: false,
        replies: [],
      },
    ],
    ...overrides,
  };
}
