// 上海市区级部门决算 2024年度 (the same layout serves 2025): nine published tables, the 情况说明 input
// table, their rules, and the template parameters (params.ts).
import type { Template } from '../types';
import { shanghai2024Params } from './params';
import { rules } from './rules';
import { sh01 } from './sh01';
import { sh02 } from './sh02';
import { sh03 } from './sh03';
import { sh04 } from './sh04';
import { sh05 } from './sh05';
import { sh06 } from './sh06';
import { sh07 } from './sh07';
import { sh08, sh09 } from './sh08';
import { shn } from './shn';

export const shanghai2024: Template = {
  id: 'shanghai-2024',
  name: '上海市区级部门决算 2024年度',
  region: '上海市',
  year: 2024,
  tables: [sh01, sh02, sh03, sh04, sh05, sh06, sh07, sh08, sh09, shn],
  rules,
};

// Registered with the template in registry.ts.
export { shanghai2024Params };
