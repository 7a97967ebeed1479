// The entry grid follows the template's print: no 行次 column and no 栏次 line where Shanghai prints
// none, 表五's 合计 after the codes, 表六 headed by 经济分类科目编码; Shanxi keeps its 行次.
import { describe, expect, it } from 'vitest';
import { buildColumnDefs } from '../../src/renderer/src/grid/column-defs';
import { PANEL_STRIDE, buildLayout, cellAt, gridCol, lineOfCell } from '../../src/renderer/src/grid/table-model';
import { putuoSample } from '../../src/shared/sample/shanghai-2024/index';
import { sampleFiling } from '../../src/shared/sample/index';
import { getTemplate } from '../../src/shared/templates/registry';

type Node = { headerName?: string; children?: Node[] };
const headers = (cols: Node[]): string[] => cols.flatMap((c) => [c.headerName ?? '', ...headers(c.children ?? [])]);

describe('grid of the Shanghai tables', () => {
  const filing = putuoSample();
  const template = getTemplate(filing.template);
  const def = (id: string) => template.tables.find((t) => t.id === id)!;

  it('shows no 行次 column and no 栏次 line', () => {
    for (const id of ['SH01', 'SH04', 'SHN']) {
      const layout = buildLayout(def(id), filing, (c) => c);
      expect(layout.columnNumbers).toBe(false);
      expect(headers(buildColumnDefs(layout) as Node[])).not.toContain('行次');
    }
  });

  it('puts 表五 合计 after the codes, and heads 表六 with 经济分类科目编码', () => {
    const sh05 = buildLayout(def('SH05'), filing, (c) => c);
    expect(sh05.lines.at(-1)!.id).toBe('合计');
    expect(sh05.lines[0].id).toBe('208');
    const sh03 = buildLayout(def('SH03'), filing, (c) => c);
    expect(sh03.lines[0].id).toBe('合计');
    expect(headers(buildColumnDefs(buildLayout(def('SH06'), filing, (c) => c)) as Node[])).toContain('经济分类科目编码');
  });

  it('shows 表六 as printed: 人员经费 | 公用经费 side by side, each 编码 | 名称 | 决算数, the totals on the last line', () => {
    const sh06 = buildLayout(def('SH06'), filing, (c) => c);
    expect(sh06.panels).toBe(true);
    expect(sh06.sides.map((s) => s.cols)).toEqual([[1], [1 + PANEL_STRIDE]]);
    const names = headers(buildColumnDefs(sh06) as Node[]);
    expect(names).toEqual(['经济分类科目编码', '科目名称', '决算数', '经济分类科目编码', '科目名称', '决算数']);
    expect(sh06.lines[0].segs.map((s) => s?.row)).toEqual(['301', '302']);
    expect(sh06.lines.at(-1)!.segs.map((s) => s?.row)).toEqual(['人员经费合计', '公用经费合计']);
    // The right panel's cells are 表六's own (栏1), found again from a finding's cell.
    expect(cellAt(sh06, sh06.lines[1], 1 + PANEL_STRIDE)?.ref).toEqual({ table: 'SH06', row: '30201', col: 1 });
    expect(cellAt(sh06, sh06.lines[1], 1)?.ref).toEqual({ table: 'SH06', row: '30101', col: 1 });
    const ref = { table: 'SH06', row: '30201', col: 1 };
    expect(lineOfCell(sh06, ref)).toBe(1);
    expect(gridCol(sh06, ref)).toBe(1 + PANEL_STRIDE);
    expect(gridCol(sh06, { table: 'SH06', row: '30101', col: 1 })).toBe(1);
    // Every row of the table is on one panel or the other, once.
    const shown = sh06.lines.flatMap((l) => l.segs.map((s) => s?.row).filter(Boolean));
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown.length).toBe(def('SH06').rows!.length);
  });

  it('leaves Shanxi with its 行次 and 栏次', () => {
    const sx = sampleFiling();
    const t01 = getTemplate(sx.template).tables.find((t) => t.id === 'T01')!;
    const layout = buildLayout(t01, sx, (c) => c);
    expect(layout.columnNumbers).toBe(true);
    expect(headers(buildColumnDefs(layout) as Node[])).toContain('行次');
  });
});
