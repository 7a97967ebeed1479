// The Shanxi 2022 template as data: every table, 行次 and 栏次 as the seed prints them, and formulas that
// reference real cells without cycles.
import { describe, expect, it } from 'vitest';
import { ECONOMIC_2022 } from '../../src/shared/catalog/index';
import { getTemplate, hasTemplate, listTemplates, registerTemplate } from '../../src/shared/templates/registry';
import { shanxi2022 } from '../../src/shared/templates/shanxi-2022/index';
import type { Formula, RowDef, TableDef } from '../../src/shared/templates/types';

const range = (a: number, b: number): string[] => Array.from({ length: b - a + 1 }, (_, i) => String(a + i));
const table = (id: string): TableDef => {
  const t = shanxi2022.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no ${id}`);
  return t;
};
const row = (t: TableDef, r: string): RowDef => {
  const found = t.rows?.find((x) => x.row === r);
  if (!found) throw new Error(`${t.id} has no row ${r}`);
  return found;
};
const terms = (f: Formula | undefined): string[] => (f ? f.sum.map((x) => `${x.row}:${x.col}`) : []);

describe('shanxi-2022 template: tables and layout', () => {
  it('has the ten 公开表 in order with the seed titles and numbers', () => {
    expect(shanxi2022.tables.map((t) => [t.id, t.number, t.title])).toEqual([
      ['T01', '公开01表', '收入支出决算总表'],
      ['T02', '公开02表', '收入决算表'],
      ['T03', '公开03表', '支出决算表'],
      ['T04', '公开04表', '财政拨款收入支出决算总表'],
      ['T05', '公开05表', '一般公共预算财政拨款支出决算表'],
      ['T06', '公开06表', '一般公共预算财政拨款支出决算明细表'],
      ['T07', '公开07表', '财政拨款“三公”经费支出决算表'],
      ['T08', '公开08表', '政府性基金预算财政拨款收入支出决算表'],
      ['T09', '公开09表', '国有资本经营预算财政拨款支出决算表'],
      ['T10', '公开10表', '部门决算公开相关信息统计表'],
    ]);
    expect(shanxi2022.year).toBe(2022);
    expect(shanxi2022.tables.every((t) => t.notes.length > 0 && t.notes[0].startsWith('注：'))).toBe(true);
  });

  it('has the 栏次 of every table', () => {
    const cols = Object.fromEntries(shanxi2022.tables.map((t) => [t.id, t.columns.map((c) => c.col)]));
    expect(cols).toEqual({
      T01: [1, 2], T02: range(1, 7).map(Number), T03: range(1, 6).map(Number), T04: [1, 2, 3, 4, 5],
      T05: [1, 2, 3], T06: [1, 2], T07: range(1, 12).map(Number), T08: range(1, 6).map(Number), T09: [1, 2, 3], T10: [1],
    });
    expect(table('T02').columns.map((c) => c.label)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
    expect(table('T03').columns.map((c) => c.label)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
    expect(table('T08').columns.map((c) => [c.label, c.group ?? []])).toEqual([
      ['年初结转和结余', []], ['本年收入', []], ['小计', ['本年支出']], ['基本支出', ['本年支出']], ['项目支出', ['本年支出']], ['年末结转和结余', []],
    ]);
    expect(table('T07').columns[3]).toEqual({ col: 4, label: '公务用车购置费', group: ['预算数', '公务用车购置及运行维护费'] });
    expect(table('T04').columns.map((c) => c.group?.[0])).toEqual(['收入', '支出', '支出', '支出', '支出']);
  });

  it('T01: 行1–31 income and 32–62 spending, blank lines where the seed has them', () => {
    const t = table('T01');
    expect(t.rows?.map((r) => r.row)).toEqual(range(1, 62));
    expect(t.sides?.map((s) => [s.title, s.rows, s.cols])).toEqual([['收入', range(1, 31), [1]], ['支出', range(32, 62), [2]]]);
    expect(t.rows?.filter((r) => r.blank).map((r) => r.row)).toEqual([...range(9, 26), '30', '61']);
    expect(row(t, '1').label).toBe('一、一般公共预算财政拨款收入');
    expect(row(t, '8').label).toBe('八、其他收入');
    expect(row(t, '27').label).toBe('本年收入合计');
    expect(row(t, '32')).toMatchObject({ label: '一、一般公共服务支出', code: '201' });
    expect(row(t, '40')).toMatchObject({ label: '九、卫生健康支出', code: '210' });
    expect(row(t, '54')).toMatchObject({ label: '二十三、其他支出', code: '229' });
    expect(row(t, '57')).toMatchObject({ label: '二十六、抗疫特别国债安排的支出', code: '234' });
    expect(range(32, 57).map((r) => row(t, r).code)).toEqual([
      '201', '202', '203', '204', '205', '206', '207', '208', '210', '211', '212', '213', '214', '215', '216', '217',
      '219', '220', '221', '222', '223', '224', '229', '231', '232', '234',
    ]);
    expect(terms(row(t, '27').computed?.[1])).toEqual(range(1, 8).map((r) => `${r}:1`));
    expect(terms(row(t, '31').computed?.[1])).toEqual(['27:1', '28:1', '29:1']);
    expect(terms(row(t, '58').computed?.[2])).toEqual(range(32, 57).map((r) => `${r}:2`));
    expect(terms(row(t, '62').computed?.[2])).toEqual(['58:2', '59:2', '60:2']);
  });

  it('T04: 行1–32 income and 33–64 spending with a 合计 column per line', () => {
    const t = table('T04');
    expect(t.rows?.map((r) => r.row)).toEqual(range(1, 64));
    expect(t.sides?.map((s) => [s.rows, s.cols])).toEqual([[range(1, 32), [1]], [range(33, 64), [2, 3, 4, 5]]]);
    expect(t.rows?.filter((r) => r.blank).map((r) => r.row)).toEqual([...range(4, 26), '61', '62', '63']);
    expect(row(t, '28').label).toBe('年初财政拨款结转和结余');
    expect(row(t, '32').label).toBe('收入总计');
    expect(row(t, '43')).toMatchObject({ label: '十一、城乡社区支出', code: '212' });
    expect(terms(row(t, '27').computed?.[1])).toEqual(['1:1', '2:1', '3:1']);
    expect(terms(row(t, '28').computed?.[1])).toEqual(['29:1', '30:1', '31:1']);
    expect(terms(row(t, '32').computed?.[1])).toEqual(['27:1', '28:1']);
    for (const r of [...range(33, 58), '60']) expect(terms(row(t, r).computed?.[2])).toEqual([`${r}:3`, `${r}:4`, `${r}:5`]);
    for (const c of [2, 3, 4, 5]) {
      expect(terms(row(t, '59').computed?.[c])).toEqual(range(33, 58).map((r) => `${r}:${c}`));
      expect(terms(row(t, '64').computed?.[c])).toEqual([`59:${c}`, `60:${c}`]);
    }
  });

  it('T06: every 经济分类 code in print order, four print blocks, and the two 合计', () => {
    const t = table('T06');
    const codes = ECONOMIC_2022.entries.map((e) => e.code);
    expect(t.rows?.map((r) => r.row)).toEqual([...codes, '人员经费合计', '公用经费合计']);
    expect(t.blocks?.flat().sort()).toEqual(t.rows?.map((r) => r.row).sort());
    expect(t.blocks?.map((b) => [b[0], b[b.length - 1], b.length])).toEqual([
      ['301', '人员经费合计', 28], ['302', '30299', 28], ['307', '31010', 28], ['31011', '公用经费合计', 27],
    ]);
    expect(terms(row(t, '301').computed?.[1])).toEqual(
      ['30101', '30102', '30103', '30106', '30107', '30108', '30109', '30110', '30111', '30112', '30113', '30114', '30199'].map((c) => `${c}:1`),
    );
    expect(terms(row(t, '人员经费合计').computed?.[2])).toEqual(['301:2', '303:2']);
    expect(terms(row(t, '公用经费合计').computed?.[1])).toEqual(['302', '307', '309', '310', '311', '312', '313', '399'].map((c) => `${c}:1`));
    expect(row(t, '30921').na).toEqual([2]);
    expect(row(t, '313').computed?.[2]).toBeUndefined();
  });

  it('T07 one row, T10 行1–15 and 17 with counts from 行7', () => {
    const t7 = table('T07');
    expect(t7.rows?.map((r) => r.row)).toEqual(['1']);
    const c = row(t7, '1').computed ?? {};
    expect(Object.keys(c).map(Number)).toEqual([1, 3, 7, 9]);
    expect(terms(c[1])).toEqual(['1:2', '1:3', '1:6']);
    expect(terms(c[9])).toEqual(['1:10', '1:11']);
    const t10 = table('T10');
    expect(t10.rows?.map((r) => r.row)).toEqual([...range(1, 15), '17']);
    expect(t10.rows?.filter((r) => r.kind === 'count').map((r) => r.row)).toEqual([...range(7, 15), '17']);
    expect(t10.rows?.filter((r) => r.section).map((r) => r.section?.title)).toEqual(['一、政府采购情况', '二、机关运行经费', '三、国有资产占用情况']);
    expect(terms(row(t10, '1').computed?.[1])).toEqual(['2:1', '3:1', '4:1']);
    expect(terms(row(t10, '7').computed?.[1])).toEqual(range(8, 15).map((r) => `${r}:1`));
    expect(t10.orgLabel).toBe('单位名称');
  });

  it('coded tables carry their per-row formulas', () => {
    const rf = (id: string): Record<string, string[]> =>
      Object.fromEntries(Object.entries(table(id).rowFormulas ?? {}).map(([c, f]) => [c, terms(f)]));
    expect(rf('T02')).toEqual({ 1: ['*:2', '*:3', '*:4', '*:5', '*:6', '*:7'] });
    expect(rf('T03')).toEqual({ 1: ['*:2', '*:3', '*:4', '*:5', '*:6'] });
    expect(rf('T05')).toEqual({ 1: ['*:2', '*:3'] });
    expect(rf('T08')).toEqual({ 3: ['*:4', '*:5'] });
    expect(rf('T09')).toEqual({ 1: ['*:2', '*:3'] });
    for (const id of ['T02', 'T03', 'T05', 'T08', 'T09']) expect(table(id)).toMatchObject({ kind: 'coded', catalog: 'function' });
  });
});

describe('shanxi-2022 template: formula integrity', () => {
  it('every term of a fixed table formula is a real, non-blank, applicable cell', () => {
    const problems: string[] = [];
    for (const t of shanxi2022.tables) {
      const colSet = new Set(t.columns.map((c) => c.col));
      for (const r of t.rows ?? []) {
        for (const [col, f] of Object.entries(r.computed ?? {})) {
          if (!colSet.has(Number(col))) problems.push(`${t.id} ${r.row} 栏${col} 不存在`);
          for (const term of f.sum) {
            const target = t.rows?.find((x) => x.row === term.row);
            if (term.table && term.table !== t.id) problems.push(`${t.id} ${r.row}: 跨表引用`);
            else if (!target) problems.push(`${t.id} ${r.row}: 行 ${term.row} 不存在`);
            else if (target.blank) problems.push(`${t.id} ${r.row}: 行 ${term.row} 是空行`);
            else if (!(target.cols ?? [...colSet]).includes(term.col)) problems.push(`${t.id} ${r.row}: ${term.row}栏${term.col} 无单元格`);
            else if (target.na?.includes(term.col)) problems.push(`${t.id} ${r.row}: ${term.row}栏${term.col} 不适用`);
          }
        }
      }
      for (const [col, f] of Object.entries(t.rowFormulas ?? {})) {
        for (const term of f.sum) {
          if (term.row !== '*' || !colSet.has(term.col) || String(term.col) === col) problems.push(`${t.id} 行公式 栏${col}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('no fixed-table formula depends on itself', () => {
    for (const t of shanxi2022.tables) expect(findCycle(t)).toBeNull();
  });

  it('the cycle check does catch a cycle (a broken table fails)', () => {
    const broken: TableDef = {
      ...table('T10'),
      rows: [
        { row: '1', label: '合计', computed: { 1: { sum: [{ row: '2', col: 1 }] } } },
        { row: '2', label: '货物', computed: { 1: { sum: [{ row: '1', col: 1 }] } } },
      ],
    };
    expect(findCycle(broken)).toBe('1:1 → 2:1 → 1:1');
  });
});

/** The first dependency cycle among a fixed table's computed cells, or null. */
function findCycle(t: TableDef): string | null {
  const deps = new Map<string, string[]>();
  for (const r of t.rows ?? []) {
    for (const [col, f] of Object.entries(r.computed ?? {})) deps.set(`${r.row}:${col}`, f.sum.map((x) => `${x.row}:${x.col}`));
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (k: string, path: string[]): string | null => {
    if (state.get(k) === 'done') return null;
    if (state.get(k) === 'visiting') return [...path.slice(path.indexOf(k)), k].join(' → ');
    state.set(k, 'visiting');
    for (const d of deps.get(k) ?? []) {
      const c = visit(d, [...path, k]);
      if (c) return c;
    }
    state.set(k, 'done');
    return null;
  };
  for (const k of deps.keys()) {
    const c = visit(k, []);
    if (c) return c;
  }
  return null;
}

describe('template registry', () => {
  it('finds shanxi-2022 and lists it', () => {
    expect(getTemplate('shanxi-2022')).toBe(shanxi2022);
    expect(hasTemplate('shanxi-2022')).toBe(true);
    expect(listTemplates().map((t) => t.id)).toContain('shanxi-2022');
  });

  it('refuses an unknown id with a Chinese message naming it', () => {
    expect(hasTemplate('guangxi-2022')).toBe(false);
    expect(() => getTemplate('guangxi-2022')).toThrow(/未知的报表模板“guangxi-2022”.*shanxi-2022/);
  });

  it('refuses to register the same id twice', () => {
    expect(() => registerTemplate({ ...shanxi2022 })).toThrow('模板编号重复：shanxi-2022');
  });
});
