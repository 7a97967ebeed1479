// The sample's entered cells reproduce every printed figure of the seed: a small local evaluator sums
// the template's formulas (fixed tables) and 项 → 款 → 类 → 合计 (coded tables), and the result is
// compared with the tables as the seed prints them (copied below, tab-separated as in the seed).
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/shared/money/money';
import { ECONOMIC_2022, FUNCTION_2022, nameOf } from '../../src/shared/catalog/index';
import type { TableValues } from '../../src/shared/filing/types';
import { sampleFiling } from '../../src/shared/sample/index';
import { shanxi2022 } from '../../src/shared/templates/shanxi-2022/index';
import type { TableDef } from '../../src/shared/templates/types';

type Values = Map<string, Decimal>;
const ZERO = new Decimal(0);
const key = (row: string, col: number): string => `${row}:${col}`;
const table = (id: string): TableDef => shanxi2022.tables.find((t) => t.id === id) as TableDef;
const entered = (id: string): TableValues => sampleFiling().tables[id] ?? {};
const dec = (s: string | undefined): Decimal => (s === undefined || s === '' || s === '——' ? ZERO : new Decimal(s));

/** Every cell of a fixed table: entered, or Σ of its formula terms (recursively). */
function evalFixed(t: TableDef, values: TableValues): Values {
  const out: Values = new Map();
  const get = (row: string, col: number): Decimal => {
    const k = key(row, col);
    const known = out.get(k);
    if (known) return known;
    const f = t.rows?.find((r) => r.row === row)?.computed?.[col];
    const v = f ? f.sum.reduce((acc, term) => acc.plus(get(term.row, term.col).times(term.sign ?? 1)), ZERO) : dec(values[row]?.[col]);
    out.set(k, v);
    return v;
  };
  for (const r of t.rows ?? []) {
    if (r.blank) continue;
    for (const col of r.cols ?? t.columns.map((c) => c.col)) get(r.row, col);
  }
  return out;
}

/** A coded table: row formulas on each 项, then every column summed into its 款, 类 and 合计. */
function evalCoded(t: TableDef, values: TableValues): Values {
  const out: Values = new Map();
  const cols = t.columns.map((c) => c.col);
  const add = (row: string, col: number, v: Decimal): void => {
    out.set(key(row, col), (out.get(key(row, col)) ?? ZERO).plus(v));
  };
  for (const item of Object.keys(values)) {
    const cell = (col: number): Decimal => {
      const f = t.rowFormulas?.[col];
      return f ? f.sum.reduce((acc, term) => acc.plus(cell(term.col).times(term.sign ?? 1)), ZERO) : dec(values[item][col]);
    };
    for (const col of cols) {
      const v = cell(col);
      for (const row of [item, item.slice(0, 5), item.slice(0, 3), '合计']) add(row, col, v);
    }
  }
  for (const col of cols) if (!out.has(key('合计', col))) out.set(key('合计', col), ZERO);
  return out;
}

const fields = (line: string, n: number): string[] => {
  const f = line.split('\t');
  while (f.length < n) f.push('');
  return f;
};
const lines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');
const rowNo = (s: string): string => String(Math.round(Number(s)));

/** Printed coded table → rows: code, name, the values by 栏次. */
function printedCoded(text: string, ncols: number): Array<{ code: string; name: string; values: string[] }> {
  return lines(text).map((l) => {
    const f = fields(l, 2 + ncols);
    return { code: f[0], name: f[1], values: f.slice(2, 2 + ncols) };
  });
}

function expectCodedMatches(id: string, text: string): void {
  const t = table(id);
  const got = evalCoded(t, entered(id));
  const printed = printedCoded(text, t.columns.length);
  const printedRows = printed.map((p) => p.code).sort();
  const gotRows = [...new Set([...got.keys()].map((k) => k.split(':')[0]))].sort();
  expect(gotRows).toEqual(printedRows);
  for (const p of printed) {
    if (p.code !== '合计') expect(nameOf(FUNCTION_2022, p.code), `${id} ${p.code} 科目名称`).toBe(p.name);
    t.columns.forEach((c, i) => {
      expect(got.get(key(p.code, c.col))?.toFixed(2), `${id} ${p.code} 栏${c.col}`).toBe(dec(p.values[i]).toFixed(2));
    });
  }
}

describe('sample tables reproduce the seed', () => {
  it('公开01表: labels and every figure, including 行27/31/58/62', () => {
    const t = table('T01');
    const got = evalFixed(t, entered('T01'));
    for (const l of lines(PRINTED_T01)) {
      const f = fields(l, 6);
      for (const [label, r, v, col] of [[f[0], f[1], f[2], 1], [f[3], f[4], f[5], 2]] as const) {
        const def = t.rows?.find((x) => x.row === rowNo(r));
        expect(def?.label, `T01 行${rowNo(r)}`).toBe(label);
        if (!def?.blank) expect(got.get(key(rowNo(r), col))?.toFixed(2), `T01 行${rowNo(r)}`).toBe(dec(v).toFixed(2));
      }
    }
    expect(got.get('27:1')?.toFixed(2)).toBe('41943654.36');
    expect(got.get('62:2')?.toFixed(2)).toBe('41943654.36');
  });

  it('公开02表 (合计 41943654.36 / 23066415.36 / 18877239.00)', () => {
    expectCodedMatches('T02', PRINTED_T02);
    const got = evalCoded(table('T02'), entered('T02'));
    expect([1, 2, 3].map((c) => got.get(key('合计', c))?.toFixed(2))).toEqual(['41943654.36', '23066415.36', '18877239.00']);
  });

  it('公开03表 (合计 5591809.19 / 36351845.17)', () => {
    expectCodedMatches('T03', PRINTED_T03);
    const got = evalCoded(table('T03'), entered('T03'));
    expect([2, 3].map((c) => got.get(key('合计', c))?.toFixed(2))).toEqual(['5591809.19', '36351845.17']);
  });

  it('公开04表: labels and every figure, 行59/64 per fund', () => {
    const t = table('T04');
    const got = evalFixed(t, entered('T04'));
    for (const l of lines(PRINTED_T04)) {
      const f = fields(l, 9);
      const sides: Array<[string, string, Array<[number, string]>]> = [
        [f[0], f[1], [[1, f[2]]]],
        [f[3], f[4], [[2, f[5]], [3, f[6]], [4, f[7]], [5, f[8]]]],
      ];
      for (const [label, r, cells] of sides) {
        const def = t.rows?.find((x) => x.row === rowNo(r));
        expect(def?.label, `T04 行${rowNo(r)}`).toBe(label);
        if (def?.blank) continue;
        for (const [col, v] of cells) expect(got.get(key(rowNo(r), col))?.toFixed(2), `T04 行${rowNo(r)} 栏${col}`).toBe(dec(v).toFixed(2));
      }
    }
    expect([2, 3, 4, 5].map((c) => got.get(key('64', c))?.toFixed(2))).toEqual(['41943654.36', '23066415.36', '18877239.00', '0.00']);
  });

  it('公开05表 (合计 23066415.36 / 5591809.19 / 17474606.17)', () => {
    expectCodedMatches('T05', PRINTED_T05);
    const got = evalCoded(table('T05'), entered('T05'));
    expect([1, 2, 3].map((c) => got.get(key('合计', c))?.toFixed(2))).toEqual(['23066415.36', '5591809.19', '17474606.17']);
  });

  it('公开06表: every code, name and figure of the four blocks, and both 合计', () => {
    const t = table('T06');
    const got = evalFixed(t, entered('T06'));
    const body = lines(PRINTED_T06);
    for (const l of body.slice(0, -1)) {
      const f = fields(l, 16);
      for (let b = 0; b < 4; b++) {
        const [code, name, amount, basic] = f.slice(b * 4, b * 4 + 4);
        if (code === '') continue;
        expect(nameOf(ECONOMIC_2022, code), `T06 ${code}`).toBe(name);
        expect(got.get(key(code, 1))?.toFixed(2), `T06 ${code} 金额`).toBe(dec(amount).toFixed(2));
        const def = t.rows?.find((x) => x.row === code);
        if (basic === '——') expect(def?.na, `T06 ${code} 不适用`).toEqual([2]);
        else expect(got.get(key(code, 2))?.toFixed(2), `T06 ${code} 基本支出`).toBe(dec(basic).toFixed(2));
      }
    }
    expect(body[body.length - 1]).toMatch(/^人员经费合计\t\t4968278.80\t4943278.80\t公用经费合计\t+18098136.56\t648530.39$/);
    expect([got.get('人员经费合计:1'), got.get('人员经费合计:2')].map((d) => d?.toFixed(2))).toEqual(['4968278.80', '4943278.80']);
    expect([got.get('公用经费合计:1'), got.get('公用经费合计:2')].map((d) => d?.toFixed(2))).toEqual(['18098136.56', '648530.39']);
    expect([got.get('302:1'), got.get('302:2')].map((d) => d?.toFixed(2))).toEqual(['8894466.56', '648530.39']);
  });

  it('公开07表 and 公开09表 have no data (本表无数据)', () => {
    expect(entered('T07')).toEqual({});
    expect(entered('T09')).toEqual({});
    const t7 = evalFixed(table('T07'), entered('T07'));
    expect([...t7.values()].every((v) => v.isZero())).toBe(true);
    const t9 = evalCoded(table('T09'), entered('T09'));
    expect([...t9.keys()]).toEqual(['合计:1', '合计:2', '合计:3']);
  });

  it('公开08表 (合计 本年收入 = 本年支出 = 项目支出 = 18877239.00)', () => {
    expectCodedMatches('T08', PRINTED_T08);
  });

  it('公开10表: labels and figures (行1 28217872.16)', () => {
    const t = table('T10');
    const got = evalFixed(t, entered('T10'));
    for (const l of lines(PRINTED_T10)) {
      const f = fields(l, 3);
      if (!/^\d+$/.test(f[1])) continue; // section headings
      expect(t.rows?.find((r) => r.row === f[1])?.label, `T10 行${f[1]}`).toBe(f[0]);
      expect(got.get(key(f[1], 1))?.toFixed(2), `T10 行${f[1]}`).toBe(dec(f[2]).toFixed(2));
    }
    expect(got.get('1:1')?.toFixed(2)).toBe('28217872.16');
  });
});

describe('the links between tables hold, and the seed’s own errors are kept', () => {
  it('公开05 合计 = 公开06 人员经费 + 公用经费 (金额 and 基本支出)', () => {
    const t5 = evalCoded(table('T05'), entered('T05'));
    const t6 = evalFixed(table('T06'), entered('T06'));
    for (const col of [1, 2]) {
      expect(t6.get(key('人员经费合计', col))?.plus(t6.get(key('公用经费合计', col)) ?? ZERO).toFixed(2)).toBe(t5.get(key('合计', col))?.toFixed(2));
    }
  });

  it('公开02表 files the 政府性基金 under 上级补助收入, so it disagrees with 公开01表', () => {
    const t1 = evalFixed(table('T01'), entered('T01'));
    const t2 = evalCoded(table('T02'), entered('T02'));
    const fiscal = ['1', '2', '3'].reduce((a, r) => a.plus(t1.get(key(r, 1)) ?? ZERO), ZERO);
    expect(fiscal.toFixed(2)).toBe('41943654.36');
    expect(t2.get(key('合计', 2))?.toFixed(2)).toBe('23066415.36');
    expect(t2.get(key('合计', 3))?.toFixed(2)).toBe('18877239.00');
    expect(t1.get(key('4', 1))?.toFixed(2)).toBe('0.00');
    expect(entered('T02')['2120899']).toEqual({ 3: '18877239.00' });
  });

  it('公开06 30110+30111 (152087.44) differs from 公开05 21011 基本支出 (153463.44)', () => {
    const t5 = evalCoded(table('T05'), entered('T05'));
    const t6 = evalFixed(table('T06'), entered('T06'));
    expect(t6.get('30110:2')?.plus(t6.get('30111:2') ?? ZERO).toFixed(2)).toBe('152087.44');
    expect(t5.get('21011:2')?.toFixed(2)).toBe('153463.44');
  });
});

// ---- The tables as the seed prints them (copied from the seed, tab-separated) ----

const PRINTED_T01 = `
一、一般公共预算财政拨款收入	1.00	23066415.36	一、一般公共服务支出	32.00	3640931.06
二、政府性基金预算财政拨款收入	2.00	18877239.00	二、外交支出	33.00
三、国有资本经营预算财政拨款收入	3.00		三、国防支出	34.00
四、上级补助收入	4.00		四、公共安全支出	35.00
五、事业收入	5.00		五、教育支出	36.00
六、经营收入	6.00		六、科学技术支出	37.00	9071009.20
七、附属单位上缴收入	7.00		七、文化旅游体育与传媒支出	38.00
八、其他收入	8.00		八、社会保障和就业支出	39.00	602880.66
	9.00		九、卫生健康支出	40.00	153463.44
	10.00		十、节能环保支出	41.00
	11.00		十一、城乡社区支出	42.00	18877239.00
	12.00		十二、农林水支出	43.00
	13.00		十三、交通运输支出	44.00
	14.00		十四、资源勘探工业信息等支出	45.00
	15.00		十五、商业服务业等支出	46.00
	16.00		十六、金融支出	47.00
	17.00		十七、援助其他地区支出	48.00
	18.00		十八、自然资源海洋气象等支出	49.00
	19.00		十九、住房保障支出	50.00	394461.00
	20.00		二十、粮油物资储备支出	51.00
	21.00		二十一、国有资本经营预算支出	52.00
	22.00		二十二、灾害防治及应急管理支出	53.00
	23.00		二十三、其他支出	54.00	9203670.00
	24.00		二十四、债务还本支出	55.00
	25.00		二十五、债务付息支出	56.00
	26.00		二十六、抗疫特别国债安排的支出	57.00
本年收入合计	27	41943654.36	本年支出合计	58.00	41943654.36
使用非财政拨款结余	28		结余分配	59.00
年初结转和结余	29		年末结转和结余	60.00
	30			61.00
总计	31.00	41943654.36	总计	62.00	41943654.36
`;

const PRINTED_T02 = `
合计		41943654.36	23066415.36	18877239.00
201	一般公共服务支出	3640931.06	3640931.06
20105	统计信息事务	3622149.66	3622149.66
2010501	行政运行	26643.00	26643.00
2010504	信息事务	3595506.66	3595506.66
20132	组织事务	18781.40	18781.40
2013299	其他组织事务支出	18781.40	18781.40
206	科学技术支出	9071009.20	9071009.20
20601	科学技术管理事务	1447772.51	1447772.51
2060101	行政运行	1447772.51	1447772.51
20699	其他科学技术支出	7623236.69	7623236.69
2069999	其他科学技术支出	7623236.69	7623236.69
208	社会保障和就业支出	602880.66	602880.66
20805	行政事业单位养老支出	602880.66	602880.66
2080505	机关事业单位基本养老保险缴费支出	352800.33	352800.33
2080506	机关事业单位职业年金缴费支出	250080.33	250080.33
210	卫生健康支出	153463.44	153463.44
21011	行政事业单位医疗	153463.44	153463.44
2101101	行政单位医疗	42865.23	42865.23
2101102	事业单位医疗	110598.21	110598.21
212	城乡社区支出	18877239.00		18877239.00
21208	国有土地使用权出让收入安排的支出	18877239.00		18877239.00
2120899	其他国有土地使用权出让收入安排的支出	18877239.00		18877239.00
221	住房保障支出	394461.00	394461.00
22102	住房改革支出	394461.00	394461.00
2210201	住房公积金	394461.00	394461.00
229	其他支出	9203670.00	9203670.00
22999	其他支出	9203670.00	9203670.00
2299999	其他支出	9203670.00	9203670.00
`;

const PRINTED_T03 = `
合计		41943654.36	5591809.19	36351845.17
201	一般公共服务支出	3640931.06	2993231.58	647699.48
20105	统计信息事务	3622149.66	2974450.18	647699.48
2010501	行政运行	26643.00	26643.00
2010504	信息事务	3595506.66	2947807.18	647699.48
20132	组织事务	18781.40	18781.40
2013299	其他组织事务支出	18781.40	18781.40
206	科学技术支出	9071009.20	1447772.51	7623236.69
20601	科学技术管理事务	1447772.51	1447772.51
2060101	行政运行	1447772.51	1447772.51
20699	其他科学技术支出	7623236.69		7623236.69
2069999	其他科学技术支出	7623236.69		7623236.69
208	社会保障和就业支出	602880.66	602880.66
20805	行政事业单位养老支出	602880.66	602880.66
2080505	机关事业单位基本养老保险缴费支出	352800.33	352800.33
2080506	机关事业单位职业年金缴费支出	250080.33	250080.33
210	卫生健康支出	153463.44	153463.44
21011	行政事业单位医疗	153463.44	153463.44
2101101	行政单位医疗	42865.23	42865.23
2101102	事业单位医疗	110598.21	110598.21
212	城乡社区支出	18877239.00		18877239.00
21208	国有土地使用权出让收入安排的支出	18877239.00		18877239.00
2120899	其他国有土地使用权出让收入安排的支出	18877239.00		18877239.00
221	住房保障支出	394461.00	394461.00
22102	住房改革支出	394461.00	394461.00
2210201	住房公积金	394461.00	394461.00
229	其他支出	9203670.00		9203670.00
22999	其他支出	9203670.00		9203670.00
2299999	其他支出	9203670.00		9203670.00
`;

const PRINTED_T04 = `
一、一般公共预算财政拨款	1	23066415.36	一、一般公共服务支出	33	3640931.06	3640931.06
二、政府性基金预算财政拨款	2	18877239.00	二、外交支出	34
三、国有资本经营预算财政拨款	3		三、国防支出	35
	4		四、公共安全支出	36
	5		五、教育支出	37
	6		六、科学技术支出	38	9071009.20	9071009.20
	7		七、文化旅游体育与传媒支出	39
	8		八、社会保障和就业支出	40	602880.66	602880.66
	9		九、卫生健康支出	41	153463.44	153463.44
	10		十、节能环保支出	42
	11		十一、城乡社区支出	43	18877239.00		18877239.00
	12		十二、农林水支出	44
	13		十三、交通运输支出	45
	14		十四、资源勘探工业信息等支出	46
	15		十五、商业服务业等支出	47
	16		十六、金融支出	48
	17		十七、援助其他地区支出	49
	18		十八、自然资源海洋气象等支出	50
	19		十九、住房保障支出	51	394461.00	394461.00
	20		二十、粮油物资储备支出	52
	21		二十一、国有资本经营预算支出	53
	22		二十二、灾害防治及应急管理支出	54
	23		二十三、其他支出	55	9203670.00	9203670.00
	24		二十四、债务还本支出	56
	25		二十五、债务付息支出	57
	26		二十六、抗疫特别国债安排的支出	58
本年收入合计	27	41943654.36	本年支出合计	59	41943654.36	23066415.36	18877239.00
年初财政拨款结转和结余	28		年末财政拨款结转和结余	60
一般公共预算财政拨款	29			61
政府性基金预算财政拨款	30			62
国有资本经营预算财政拨款	31			63
收入总计	32	41943654.36	总计	64	41943654.36	23066415.36	18877239.00
`;

const PRINTED_T05 = `
合计		23066415.36	5591809.19	17474606.17
201	一般公共服务支出	3640931.06	2993231.58	647699.48
20105	统计信息事务	3622149.66	2974450.18	647699.48
2010501	行政运行	26643.00	26643.00
2010504	信息事务	3595506.66	2947807.18	647699.48
20132	组织事务	18781.40	18781.40
2013299	其他组织事务支出	18781.40	18781.40
206	科学技术支出	9071009.20	1447772.51	7623236.69
20601	科学技术管理事务	1447772.51	1447772.51
2060101	行政运行	1447772.51	1447772.51
20699	其他科学技术支出	7623236.69		7623236.69
2069999	其他科学技术支出	7623236.69		7623236.69
208	社会保障和就业支出	602880.66	602880.66
20805	行政事业单位养老支出	602880.66	602880.66
2080505	机关事业单位基本养老保险缴费支出	352800.33	352800.33
2080506	机关事业单位职业年金缴费支出	250080.33	250080.33
210	卫生健康支出	153463.44	153463.44
21011	行政事业单位医疗	153463.44	153463.44
2101101	行政单位医疗	42865.23	42865.23
2101102	事业单位医疗	110598.21	110598.21
221	住房保障支出	394461.00	394461.00
22102	住房改革支出	394461.00	394461.00
2210201	住房公积金	394461.00	394461.00
229	其他支出	9203670.00		9203670.00
22999	其他支出	9203670.00		9203670.00
2299999	其他支出	9203670.00		9203670.00
`;

const PRINTED_T06 = `
301	工资福利支出	4662904.90	4637904.90	302	商品和服务支出	8894466.56	648530.39	307	债务利息及费用支出			31011	地上附着物和青苗补偿
30101	基本工资	1533925.62	1533925.62	30201	办公费	100584.37	40584.37	30701	国内债务付息			31012	拆迁补偿
30102	津贴补贴	1499140.63	1474140.63	30202	印刷费	33290.00	33290.00	30702	国外债务付息			31013	公务用车购置
30103	奖金	106541.34	106541.34	30203	咨询费			30703	国内债务发行费用			31019	其他交通工具购置
30106	伙食补助费			30204	手续费			30704	国外债务发行费用			31021	文物和陈列品购置
30107	绩效工资	274608.00	274608.00	30205	水费	6000.00	6000.00	309	资本性支出（基本建设）	9203670.00		31022	无形资产购置
30108	机关事业单位基本养老保险缴费	352800.33	352800.33	30206	电费	20000.00	20000.00	30901	房屋构筑物构建			31099	其他资本性支出
30109	职业年金缴费	250080.33	250080.33	30207	邮电费	27100.00	27100.00	30902	办公设备购置			311	对企业补助（基本建设）
30110	职工基本医疗保险缴费	152087.44	152087.44	30208	取暖费			30903	专用设备购置			31101	资本金注入
30111	公务员医疗补助缴费			30209	物业管理费	63740.54	63740.54	30905	基础设施建设			31199	其他对企业补助
30112	其他社会保障缴费	7892.21	7892.21	30211	差旅费	90625.00	90625.00	30906	大型修缮			312	对企业补助
30113	住房公积金	394461.00	394461.00	30212	因公出国（境）费用			30907	信息网络及软件购置更新	9203670.00		31201	资本金注入
30114	医疗费			30213	维修（护）费			30908	物资储备			31203	政府投资基金股权投资
30199	其他工资福利支出	91368.00	91368.00	30214	租赁费	7223236.69		30913	公务用车购置			31204	费用补贴
303	对个人和家庭的补助	305373.90	305373.90	30215	会议费			30919	其他交通工具购置			31205	利息补贴
30301	离休费			30216	培训费	24316.16	24316.16	30921	文物和陈列品购置		——	31299	其他对企业补助
30302	退休费	302973.90	302973.90	30217	公务接待费			30922	无形资产购置		——	313	对社会保障基金补助		——
30303	退职(役)费			30218	专用材料费			30999	其他资本性支出		——	31302	对社会保障基金补助		——
30304	抚恤金			30224	被装购置费			310	资本性支出			31303	补充全国社会保障基金		——
30305	生活补助			30225	专用燃料费			31001	房屋构筑物构建			31304	对机关事业单位职业年金的补助		——
30306	救济费			30226	劳务费			31002	办公设备购置			399	其他支出
30307	医疗费补助			30227	委托业务费	365782.98		31003	专用设备购置			39907	国家赔偿费用支出
30308	助学金			30228	工会经费	52642.92	52642.92	31005	基础设施建设			39908	对民间非营利组织和群众性自治组织补贴
30309	奖励金	2400.00	2400.00	30229	福利费	86825.00	86825.00	31006	大型修缮			39909	经常性赠与
30310	个人农业生产补贴			30231	公务用车运行维护费			31007	信息网络及软件购置更新			39910	资本性赠与
30311	代缴社会保险费			30239	其他交通费用	180125.00	180125.00	31008	物资储备			39999	其他支出
30399	其他对个人和家庭的补助			30240	税金及附加费用			31009	土地补偿
				30299	其他商品和服务支出	620197.90	23281.40	31010	安置补助
人员经费合计		4968278.80	4943278.80	公用经费合计										18098136.56	648530.39
`;

const PRINTED_T08 = `
合计			18877239.00	18877239.00		18877239.00
212	城乡社区支出		18877239.00	18877239.00		18877239.00
21208	国有土地使用权出让收入安排的支出		18877239.00	18877239.00		18877239.00
2120899	其他国有土地使用权出让收入安排的支出		18877239.00	18877239.00		18877239.00
`;

const PRINTED_T10 = `
合计	1	28217872.16
货物	2	12598850.00
工程	3	19850.16
服务	4	15599172.00
二、机关运行经费
项目		统计数
(一) 行政单位	5	223755.54
(二) 参照公务员法管理事业单位	6
三、国有资产占用情况
(一) 车辆数合计(辆)	7
1. 副部(省)级及以上领导用车	8
2. 主要领导干部用车	9
3. 机要通信用车	10
4. 应急保障用车	11
5. 执法执勤用车	12
6. 特种专业技术用车	13
7. 离退休干部用车	14
8. 其他用车	15
(二) 单价100万元(含)以上设备(不含车辆)	17
`;

