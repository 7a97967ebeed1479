// 公开10表 部门决算公开相关信息统计表: one column; 行1–6 amounts, 行7–15 and 17 counts (行16 is not
// printed in this template).
import type { TableDef } from '../types';
import { rowRange, sumRows } from './common';

export const t10: TableDef = {
  id: 'T10',
  number: '公开10表',
  title: '部门决算公开相关信息统计表',
  kind: 'fixed',
  columns: [{ col: 1, label: '统计数' }],
  rows: [
    {
      row: '1',
      label: '合计',
      bold: true,
      section: { title: '一、政府采购情况', colLabel: '采购金额' },
      computed: { 1: sumRows(['2', '3', '4'], 1) },
    },
    { row: '2', label: '货物', indent: 1 },
    { row: '3', label: '工程', indent: 1 },
    { row: '4', label: '服务', indent: 1 },
    { row: '5', label: '(一) 行政单位', section: { title: '二、机关运行经费', colLabel: '统计数' } },
    { row: '6', label: '(二) 参照公务员法管理事业单位' },
    {
      row: '7',
      label: '(一) 车辆数合计(辆)',
      kind: 'count',
      section: { title: '三、国有资产占用情况' },
      computed: { 1: sumRows(rowRange(8, 15), 1) },
    },
    { row: '8', label: '1. 副部(省)级及以上领导用车', kind: 'count', indent: 1 },
    { row: '9', label: '2. 主要领导干部用车', kind: 'count', indent: 1 },
    { row: '10', label: '3. 机要通信用车', kind: 'count', indent: 1 },
    { row: '11', label: '4. 应急保障用车', kind: 'count', indent: 1 },
    { row: '12', label: '5. 执法执勤用车', kind: 'count', indent: 1 },
    { row: '13', label: '6. 特种专业技术用车', kind: 'count', indent: 1 },
    { row: '14', label: '7. 离退休干部用车', kind: 'count', indent: 1 },
    { row: '15', label: '8. 其他用车', kind: 'count', indent: 1 },
    { row: '17', label: '(二) 单价100万元(含)以上设备(不含车辆)', kind: 'count' },
  ],
  notes: ['注：本表反映部门本年度政府采购及机关运行经费和国有资产占用情况。'],
  orgLabel: '单位名称',
};
