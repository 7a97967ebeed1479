// The 普陀 2024 sample with its published inconsistencies corrected: every shanghai-2024 rule holds on it.
import type { Filing } from '../../src/shared/filing/types';
import { putuoSample } from '../../src/shared/sample/shanghai-2024/index';
import { wan } from '../../src/shared/sample/shanghai-2024/narrative';
import { shanghai2024 } from '../../src/shared/templates/shanghai-2024/index';

export const shTemplate = shanghai2024;
export { wan };

/** Sets a cell directly (adding a coded row if need be): a value in 万元, or a count as is. */
export function put(f: Filing, table: string, row: string, col: number, value: string | null, count = false): Filing {
  const copy = JSON.parse(JSON.stringify(f)) as Filing;
  const rows = (copy.tables[table] ??= {});
  const cells = (rows[row] ??= {});
  if (value === null) delete cells[String(col)];
  else cells[String(col)] = count ? value : wan(value);
  return copy;
}

export function cleanPutuo(): Filing {
  let f = putuoSample();
  f.stated = {};
  const fixes: Array<[string, string, number, string]> = [
    // 总表 per 类 as 表三 / 表五 print them.
    ['SH01', '210', 2, '236.64'],
    ['SH01', '212', 2, '3845.24'],
    ['SH04', '210', 3, '236.64'],
    // 表五 2120101: 基本支出 + 项目支出 = the printed 合计 1,092.80.
    ['SH05', '2120101', 2, '1084.03'],
    // 表六: 30110 = 21011 (236.64), 301 unchanged; 302 = its printed 440.90 → 公用 480.66, 人员 4,884.10.
    ['SH06', '30110', 1, '236.64'],
    ['SH06', '30199', 1, '481.22'],
    ['SH06', '30299', 1, '28.88'],
  ];
  for (const [t, r, c, v] of fixes) f = put(f, t, r, c, v);
  // Last year's 年末 figures, so the 年初 = 上年年末 rules run (and hold).
  f.narrative.lastYear = {
    ...f.narrative.lastYear,
    'SH01.年末结转和结余': wan('112.88'),
    'SH04.年末财政拨款结转和结余.2': wan('0.00'),
    'SH04.年末财政拨款结转和结余.3': wan('0.00'),
    'SH04.年末财政拨款结转和结余.4': wan('0.00'),
    'SH04.年末财政拨款结转和结余.5': wan('0.00'),
  };
  return f;
}
