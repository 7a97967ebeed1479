// Three unit filings of one department, built here so every figure is known: the 本级 pays its two
// 所属单位 a 补助 (400 + 200) and receives an 上缴 of 100 from the first.
import { newFiling } from '../../src/shared/filing/new-filing';
import type { Filing, TableValues } from '../../src/shared/filing/types';

function unit(department: string, nature: '行政' | '事业', tables: Record<string, TableValues>): Filing {
  const f = newFiling({ template: 'shanxi-2022', year: 2022, department, tables });
  f.meta.members = [{ name: department, nature }];
  f.overview = { duties: `${department}的职责。`, organization: [] };
  return f;
}

export const PARENT = '示例局';
export const UNIT_A = '示例局信息中心';
export const UNIT_B = '示例局服务中心';

export function parent(): Filing {
  return unit(PARENT, '行政', {
    T01: { '7': { '1': '100.00' }, '8': { '1': '1000.00' }, '32': { '2': '1100.00' } },
    T02: { '2010101': { '6': '100.00', '7': '1000.00' } },
    T03: { '2010101': { '2': '500.00', '6': '600.00' } },
  });
}

export function unitA(): Filing {
  return unit(UNIT_A, '事业', {
    T01: { '4': { '1': '400.00' }, '32': { '2': '400.00' } },
    T02: { '2010102': { '3': '400.00' } },
    T03: { '2010102': { '2': '300.00', '4': '100.00' } },
  });
}

/** `received` is B's 上级补助收入 (200 matches what the 本级 paid it). */
export function unitB(received = '200.00'): Filing {
  return unit(UNIT_B, '事业', {
    T01: { '4': { '1': received }, '32': { '2': received } },
    T02: { '2010103': { '3': received } },
    T03: { '2010103': { '3': received } },
  });
}
