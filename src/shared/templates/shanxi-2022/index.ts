// 山西省 2022年度 部门决算公开: the ten 公开表 of the seed, with their rules.
import type { Template } from '../types';
import { rules } from './rules';
import { t01 } from './t01';
import { t02 } from './t02';
import { t03 } from './t03';
import { t04 } from './t04';
import { t05 } from './t05';
import { t06 } from './t06';
import { t07 } from './t07';
import { t08 } from './t08';
import { t09 } from './t09';
import { t10 } from './t10';

export const shanxi2022: Template = {
  id: 'shanxi-2022',
  name: '山西省 2022年度 部门决算公开',
  region: '山西省',
  year: 2022,
  tables: [t01, t02, t03, t04, t05, t06, t07, t08, t09, t10],
  rules,
};
