// Primitive checks for reading an untrusted .jsgk file: each names the place in the file (in Chinese) when
// it refuses. The file is untrusted input: nothing here assigns a key it has not checked, and keys that
// could reach Object.prototype are refused before anything is built.
import { isStoredAmount } from '../money/money';

export type Path = ReadonlyArray<string | number>;

/** Keys that could alter prototypes if a later copy assigned them. Refused anywhere in a file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const MAX_STRING = 20_000;
export const MAX_DEPTH = 32;

export class SchemaError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

/** Chinese names of the file's fields, for messages that a clerk can act on. */
const LABELS: Record<string, string> = {
  format: '格式名',
  version: '版本',
  template: '模板',
  meta: '单位信息',
  department: '部门名称',
  year: '年度',
  unit: '金额单位',
  sourceUnit: '数据来源单位',
  members: '单位构成',
  nature: '单位性质',
  cover: '封面',
  publishDate: '公开日期',
  contact: '联系方式',
  tables: '表格数据',
  stated: '导入的合计数',
  customCodes: '自定义科目',
  catalog: '分类',
  code: '编码',
  name: '名称',
  explanations: '出错说明',
  evaluations: '绩效自评表',
  narrative: '情况说明',
  lastYear: '上年数',
  initialBudget: '年初预算',
  reasons: '原因说明',
  facts: '补充数据',
  overview: '概况',
  duties: '职责',
  organization: '机构设置',
  glossary: '名词解释',
  term: '名词',
  text: '内容',
  review: '审核意见',
  verdicts: '审阅结论',
  verdict: '结论',
  reason: '退回原因',
  reviewer: '审阅人',
  target: '对象',
  author: '作者',
  at: '时间',
  resolved: '已解决',
  replies: '回复',
  indicators: '绩效指标',
  evaluators: '评价人员',
  budget: '预算数',
  received: '到位数',
  spent: '执行数',
  levelScores: '得分',
  published: '是否公开',
  table: '表',
  row: '行',
  col: '栏',
  key: '编号',
  id: '编号',
  role: '角色',
  title: '职务',
  org: '单位',
  consolidation: '汇总信息',
  units: '单位文件',
  offsets: '调整',
  pairs: '内部往来',
  sha256: '文件摘要',
  path: '路径',
};

/** `tables.T02.2010101.1` → `表格数据 › T02 › 行 2010101 › 第 1 栏`. */
export function describePath(path: Path): string {
  if (path.length === 0) return '文件';
  const parts: string[] = [];
  const inCells = path[0] === 'tables' || path[0] === 'stated';
  path.forEach((seg, i) => {
    if (typeof seg === 'number') parts.push(`第 ${seg + 1} 项`);
    else if (inCells && i === 2) parts.push(`行 ${clip(seg, 30)}`);
    else if (inCells && i === 3) parts.push(`第 ${clip(seg, 10)} 栏`);
    else if (inCells && i === 1) parts.push(clip(seg, 30));
    else parts.push(LABELS[seg] ?? clip(seg, 30));
  });
  return parts.join(' › ');
}

export function jsonPath(path: Path): string {
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('').replace(/^\./, '');
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n) + '…' : s;
}

/** What a value is, in words a clerk understands. */
export function describeValue(v: unknown): string {
  if (v === undefined) return '空缺（文件中没有这一项）';
  if (v === null) return '空值（null）';
  if (Array.isArray(v)) return '列表';
  switch (typeof v) {
    case 'string':
      return `文字“${clip(v, 20)}”`;
    case 'number':
      return `数字 ${String(v)}`;
    case 'boolean':
      return v ? '是（true）' : '否（false）';
    case 'object':
      return '对象';
    default:
      return typeof v;
  }
}

export function fail(path: Path, expected: string, actual?: unknown): never {
  const got = arguments.length >= 3 ? `，实际是${describeValue(actual)}` : '';
  throw new SchemaError(`文件内容有误：“${describePath(path)}”应为${expected}${got}。请确认文件未被其他程序改动；如有备份（.bak），可改为打开备份。`, jsonPath(path));
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab, newline and return; U+FFFE/U+FFFF; lone
 * surrogates): an xlsx holding one is not well-formed, and Excel, WPS and our own import refuse it. They
 * reach us by paste (Word's U+000B line break) or a hand-edited file, and mean nothing to a clerk.
 */
const NOT_XML_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without characters no file format of ours can carry (see NOT_XML_TEXT). */
export function cleanText(s: string): string {
  // A plain loop first (every string of a file passes here; the regex with its lookarounds cost more):
  // only a string holding a control, a surrogate (paired or not) or U+FFFE/U+FFFF goes to the regex.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0xd800 && c <= 0xdfff) || c >= 0xfffe) {
      NOT_XML_TEXT.lastIndex = 0;
      return s.replace(NOT_XML_TEXT, '');
    }
  }
  return s;
}

/** Text from the file or the UI; stripped of characters no export can carry (at the boundary, once). */
export function str(v: unknown, path: Path, max = MAX_STRING): string {
  if (typeof v !== 'string') fail(path, '文字', v);
  if (v.length > max) fail(path, `不超过 ${max} 个字的文字，实际有 ${v.length} 个字`);
  return cleanText(v);
}

export function optStr(v: unknown, path: Path): string | undefined {
  return v === undefined ? undefined : str(v, path);
}

export function bool(v: unknown, path: Path): boolean {
  if (typeof v !== 'boolean') fail(path, '是或否（true/false）', v);
  return v;
}

export function int(v: unknown, path: Path, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) fail(path, `${min}–${max} 之间的整数`, v);
  return v;
}

export function oneOf<T extends string>(v: unknown, path: Path, allowed: readonly T[]): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) fail(path, `以下之一：${allowed.join('、')}`, v);
  return v as T;
}

/** A stored amount in 元: a decimal string with at most two decimals, never a number. */
export function amount(v: unknown, path: Path): string {
  if (!isStoredAmount(v)) fail(path, '金额文字（如 "1234.50"，最多 15 位整数、2 位小数）', v);
  return v;
}

/** Checks that `v` is an object whose keys are all in `allowed`; returns it for field access. */
export function obj(v: unknown, path: Path, allowed: readonly string[]): Record<string, unknown> {
  if (!isPlainObject(v)) fail(path, '对象', v);
  for (const k of Object.keys(v)) {
    if (!allowed.includes(k)) {
      throw new SchemaError(
        `文件内容有误：“${describePath(path)}”中有无法识别的项目“${clip(k, 30)}”。此文件可能由更新版本的决算通保存，或被其他程序改动过。`,
        jsonPath([...path, k]),
      );
    }
  }
  return v;
}

/** A map with checked keys; built on a fresh object only after every key passed the check. */
export function record<T>(
  v: unknown,
  path: Path,
  keyOk: (k: string) => boolean,
  keyHint: string,
  item: (value: unknown, path: Path) => T,
  maxKeys = 100_000,
): Record<string, T> {
  if (!isPlainObject(v)) fail(path, '对象', v);
  const keys = Object.keys(v);
  if (keys.length > maxKeys) fail(path, `不超过 ${maxKeys} 项，实际有 ${keys.length} 项`);
  const out: Record<string, T> = {};
  for (const k of keys) {
    const at = [...path, k];
    if (FORBIDDEN_KEYS.has(k) || !keyOk(k)) fail(at, keyHint);
    out[k] = item(v[k], at);
  }
  return out;
}

export function list<T>(v: unknown, path: Path, item: (value: unknown, path: Path) => T, max = 10_000): T[] {
  if (!Array.isArray(v)) fail(path, '列表', v);
  if (v.length > max) fail(path, `不超过 ${max} 项的列表，实际有 ${v.length} 项`);
  return v.map((x, i) => item(x, [...path, i]));
}

/** One value waiting in the scan: its place is kept as a link to its parent, built into a path only for a message. */
interface Pending {
  v: unknown;
  key: string | number;
  parent: Pending | null;
  depth: number;
}

function pathOf(p: Pending | null): Array<string | number> {
  const out: Array<string | number> = [];
  for (let q = p; q !== null && q.parent !== null; q = q.parent) out.push(q.key);
  return out.reverse();
}

/**
 * Walks the parsed JSON once before anything is built: refuses prototype keys, overly deep nesting and
 * overly many values. Iterative, so a hostile file cannot overflow the stack; and children are counted
 * against the limit before any is queued, so a 10-million-element array is refused at once instead of
 * being queued (with a path each) first.
 */
export function scanUntrusted(root: unknown, maxNodes = 2_000_000): void {
  const tooMany = (): never => {
    throw new SchemaError('文件内容过多，超出决算通文件的合理范围，无法打开。', '');
  };
  const stack: Pending[] = [{ v: root, key: '', parent: null, depth: 0 }];
  let nodes = 1;
  while (stack.length > 0) {
    const item = stack.pop()!;
    const v = item.v;
    if (typeof v !== 'object' || v === null) continue;
    if (item.depth >= MAX_DEPTH) {
      const path = pathOf(item);
      throw new SchemaError(`文件内容有误：“${describePath(path.slice(0, 6))}”处嵌套过深，这不是决算通保存的文件。`, jsonPath(path));
    }
    if (Array.isArray(v)) {
      nodes += v.length;
      if (nodes > maxNodes) tooMany();
      // Only containers are queued: a leaf has no keys and no depth of its own to check.
      for (let i = 0; i < v.length; i++) {
        const c: unknown = v[i];
        if (typeof c === 'object' && c !== null) stack.push({ v: c, key: i, parent: item, depth: item.depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(v);
    nodes += keys.length;
    if (nodes > maxNodes) tooMany();
    for (const k of keys) {
      if (FORBIDDEN_KEYS.has(k)) {
        throw new SchemaError(
          `文件内容有误：“${describePath(pathOf(item))}”中含有不允许的项目名“${k}”，文件可能被恶意改动，已拒绝打开。`,
          jsonPath([...pathOf(item), k]),
        );
      }
      const c = (v as Record<string, unknown>)[k];
      if (typeof c === 'object' && c !== null) stack.push({ v: c, key: k, parent: item, depth: item.depth + 1 });
    }
  }
}
