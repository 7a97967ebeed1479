// The duplicate-key scan skips strings by their closing quote and decodes only keys with an escape:
// escaped quotes and backslashes, structural characters inside strings, and a key spelled two ways.
import { describe, expect, it } from 'vitest';
import { findDuplicateKey } from '../../src/shared/filing/schema-json';

const dup = (text: string) => {
  JSON.parse(text); // every case is valid JSON, as the scan assumes
  return findDuplicateKey(text)?.key ?? null;
};

describe('findDuplicateKey', () => {
  it('finds a key given twice in one object, not the same key in two objects', () => {
    expect(dup('{"a":1,"a":2}')).toBe('a');
    expect(dup('{"a":1,"b":{"a":2}}')).toBeNull();
    expect(dup('[{"a":1},{"a":1}]')).toBeNull();
  });

  it('reads escapes: one key spelled with and without one, quotes and backslashes inside keys and values', () => {
    expect(dup('{"\\u5408":1,"合":2}')).toBe('合');
    expect(dup('{"x\\"y":1,"x\\"y":2}')).toBe('x"y');
    expect(dup('{"a\\\\":"\\\\","a\\\\":1}')).toBe('a\\');
    expect(dup('{"k":"v\\"{,\\"k","k2":1,"k":3}')).toBe('k');
    expect(dup('{"k":"v\\"{,\\"k","k2":1}')).toBeNull();
  });

  it('gives the line of the second key', () => {
    expect(findDuplicateKey('{\n"a": 1,\n"a": 2\n}')).toEqual({ key: 'a', line: 3 });
  });
});
