// Sheets shared by the import tests, as clerks lay them out.
import type ExcelJS from 'exceljs';

/** 公开09表 with its header and 栏次 row and no figures (本表无数据). */
export function emptyT09Sheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('国资');
  ws.addRow(['国有资本经营预算财政拨款支出决算表']);
  ws.addRow(['公开09表']);
  ws.addRow(['部门名称：测试局', '2022年度', '金额单位：元']);
  ws.addRow(['科目编码', '科目名称', '合计', '基本支出', '项目支出']);
  ws.addRow(['栏次', '', 1, 2, 3]);
  return ws;
}

type Cell = string | number | null;

/** 公开01表 as the seed prints it: 项目 | 行次 | 决算数 on each side, a 栏次 row; `null` leaves a cell empty. */
export function t01SeedSheet(wb: ExcelJS.Workbook, lines: Array<[Cell, Cell, Cell, Cell, Cell, Cell]>, unit = '元'): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('收支总表');
  ws.addRow(['收入支出决算总表']);
  ws.addRow(['', '', '', '', '', '公开01表']);
  ws.addRow(['部门名称：测试局', '', '2022年度', '', '', `金额单位：${unit}`]);
  ws.addRow(['收入', '', '', '支出']);
  ws.addRow(['项目', '行次', '决算数', '项目', '行次', '决算数']);
  ws.addRow(['栏次', '', 1, '栏次', '', 2]);
  for (const l of lines) ws.addRow(l.map((v) => v ?? undefined));
  return ws;
}
