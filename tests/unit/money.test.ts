import { describe, expect, it } from 'vitest';
import {
  Decimal,
  canonicalStored,
  formatAmount,
  formatForEdit,
  fromStored,
  parseAmount,
  parseInUnit,
  percent,
  toStored,
  withThousands,
} from '../../src/shared/money/money';

function ok(input: string): string | null {
  const r = parseAmount(input);
  if (!r.ok) throw new Error(`expected ${input} to parse: ${r.reason}`);
  return r.value === null ? null : r.value.toFixed(2);
}

describe('parseAmount: what Excel/WPS users type', () => {
  it.each([
    ['1234.5', '1234.50'],
    ['1,234.50', '1234.50'],
    ['-12', '-12.00'],
    ['(12.00)', '-12.00'],
    ['  23066415.36 ', '23066415.36'],
    ['１２３．４５', '123.45'],
    ['18,877,239.00', '18877239.00'],
    ['.5', '0.50'],
    ['+7', '7.00'],
    ['¥1,000', '1000.00'],
  ])('%s → %s', (input, expected) => {
    expect(ok(input)).toBe(expected);
  });

  it('treats a blank as no value', () => {
    expect(ok('')).toBeNull();
    expect(ok('   ')).toBeNull();
  });

  it('reads a dash alone as a stated zero, as the importer does (a dash is how a clerk writes 0)', () => {
    for (const dash of ['-', '－', '–', '—', '——', ' - ', '--']) expect(ok(dash), dash).toBe('0.00');
    // A dash with more, or three of them, is not a dash alone.
    for (const text of ['---', '-a', '—0—']) expect(parseAmount(text).ok, text).toBe(false);
  });

  it.each([
    ['abc', '只能输入数字'],
    ['1.2.3', '多个小数点'],
    ['1.234', '3 位小数'],
    ['12,34', '千位分隔符'],
    ['1e5', '只能输入数字'],
    ['--1', '不是有效金额'],
  ])('refuses %s with a reason', (input, reason) => {
    const r = parseAmount(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  it('keeps amounts exact where binary floats would drift', () => {
    const a = parseAmount('0.1');
    const b = parseAmount('0.2');
    if (!a.ok || !b.ok || !a.value || !b.value) throw new Error('parse');
    expect(a.value.plus(b.value).toFixed(2)).toBe('0.30');
    expect(a.value.plus(b.value).equals(new Decimal('0.3'))).toBe(true);
  });
});

describe('units', () => {
  it('parses 万元 entry into exact 元', () => {
    const r = parseInUnit('2306.641536', '万元');
    expect(r.ok && r.value?.toFixed(2)).toBe('23066415.36');
  });
  it('refuses more than six decimals in 万元 (finer than a fen)', () => {
    expect(parseInUnit('1.1234567', '万元').ok).toBe(false);
  });
  it('formats in 元 and 万元 with thousands separators', () => {
    const v = new Decimal('41943654.36');
    expect(formatAmount(v, '元')).toBe('41,943,654.36');
    expect(formatAmount(v, '万元')).toBe('4,194.37');
    expect(formatAmount(new Decimal('-1234.5'))).toBe('-1,234.50');
    expect(formatAmount(null)).toBe('');
  });
  it('gives an edit string without separators', () => {
    expect(formatForEdit(new Decimal('41943654.36'), '元')).toBe('41943654.36');
    expect(formatForEdit(new Decimal('41943654.36'), '万元')).toBe('4194.365436');
    // At least the two decimals shown, as Excel copies what the cell shows.
    expect(formatForEdit(new Decimal('4409000'), '万元')).toBe('440.90');
    expect(formatForEdit(new Decimal('4400000'), '万元')).toBe('440.00');
    expect(formatForEdit(new Decimal('4408850'), '万元')).toBe('440.885');
    expect(formatForEdit(new Decimal('-1000'), '万元')).toBe('-0.10');
  });
});

describe('entry in 万 and figures too long', () => {
  it('reads "1.2万" as 12,000.00 元 in a 元 cell', () => {
    const r = parseInUnit('1.2万', '元');
    expect(r.ok && r.value?.toFixed(2)).toBe('12000.00');
    const r2 = parseInUnit(' 3.456789 万元 ', '元');
    expect(r2.ok && r2.value?.toFixed(2)).toBe('34567.89');
    const r3 = parseInUnit('-2万', '万元');
    expect(r3.ok && r3.value?.toFixed(2)).toBe('-20000.00');
  });
  it('refuses 万 without a figure, or finer than a fen', () => {
    const a = parseInUnit('万', '元');
    expect(a.ok).toBe(false);
    expect(!a.ok && a.reason).toContain('没有数字');
    const b = parseInUnit('1.2345678万', '元');
    expect(b.ok).toBe(false);
  });
  it('says a 40-digit number is too long instead of cutting it or blaming its decimals', () => {
    const forty = '1234567890123456789012345678901234567890';
    const r = parseInUnit(forty, '元');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('数字太长：整数部分有 40 位，最多 15 位整数');
    const r2 = parseAmount(forty + '.123', 2);
    expect(!r2.ok && r2.reason).toContain('数字太长');
  });
  it('accepts 15 integer digits and refuses 16, also after 万元 conversion', () => {
    expect(parseInUnit('999999999999999.99', '元').ok).toBe(true);
    expect(parseInUnit('1000000000000000', '元').ok).toBe(false);
    const w = parseInUnit('100000000000', '万元');
    expect(w.ok).toBe(false);
    expect(!w.ok && w.reason).toContain('数字太长');
  });
});

describe('stored strings', () => {
  it('round-trips', () => {
    expect(toStored(fromStored('18877239.00'))).toBe('18877239.00');
    expect(toStored(new Decimal('5'))).toBe('5.00');
  });
  it.each(['1e400', '1.234', 'NaN', '', '12,000.00', '0x10'])('refuses %s', (s) => {
    expect(() => fromStored(s)).toThrow(/金额格式不正确/);
  });
});

describe('helpers', () => {
  it('percent with two decimals', () => {
    expect(percent(new Decimal('23066415.36'), new Decimal('41943654.36'))).toBe('54.99%');
    expect(percent(new Decimal('1'), new Decimal('0'))).toBe('0.00%');
  });
  it('groups thousands', () => {
    expect(withThousands('1234567.89')).toBe('1,234,567.89');
    expect(withThousands('-999.00')).toBe('-999.00');
  });
});

describe('canonicalStored: toStored(fromStored(s)) by the digits', () => {
  it('gives the same canonical string as Decimal for every stored form', () => {
    const ints = ['0', '00', '7', '007', '10', '1000', '123456789012345', '000000000000001'];
    const fracs = ['', '.0', '.00', '.5', '.05', '.50', '.99'];
    for (const sign of ['', '-']) {
      for (const i of ints) for (const f of fracs) expect(canonicalStored(sign + i + f)).toBe(toStored(fromStored(sign + i + f)));
    }
    expect(canonicalStored('-0.00')).toBe('0.00');
    expect(canonicalStored('-007.50')).toBe('-7.50');
  });

  it('refuses what fromStored refuses', () => {
    for (const bad of ['', '1.234', '1e5', '1,000', ' 1', '+1', '.5', '1.', '1234567890123456', '－1', 'abc']) {
      expect(canonicalStored(bad)).toBeNull();
      expect(() => fromStored(bad)).toThrow();
    }
    expect(canonicalStored(12 as unknown as string)).toBeNull();
  });
});
