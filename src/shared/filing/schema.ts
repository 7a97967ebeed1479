// The .jsgk file: reading (validate, migrate, refuse with a message that names the problem and the place)
// and writing (canonical key order, 2-space JSON, final newline). Files are untrusted input.
import type { AnnualGoal, Evaluation, Evaluator, FundingBySource, Indicator, SourceLine } from '../types/evaluation';
import type { CustomCode, Filing, FilingMeta, GlossaryEntry, NarrativeInputs, Overview, ReviewNote, ReviewReply, ReviewVerdict, TableValues, UnitMember } from './types';
import { FILING_FORMAT, FILING_VERSION } from './types';
import { migrate } from './migrations';
import { readConsolidation } from './consolidation-schema';
import { findDuplicateKey } from './schema-json';
import { isStoredAmount } from '../money/money';
import { hasTemplate } from '../templates/registry';
import type { Path } from './schema-check';
import { FORBIDDEN_KEYS, SchemaError, amount, bool, fail, int, isPlainObject, list, obj, oneOf, optStr, record, scanUntrusted, str } from './schema-check';

export type ParseFilingResult = { ok: true; filing: Filing; migrated: string[] } | { ok: false; message: string; path?: string };

export interface ParseOptions {
  /** Whether a template id is known. Default: the template registry (the templates this build ships). */
  isKnownTemplate?: (id: string) => boolean;
}

/** Largest file the app opens (the reader checks bytes before decoding; this guards the text). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_CELLS = 200_000;


const TABLE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
const ROW_KEY = /^[0-9A-Za-z\u4e00-\u9fff_.-]{1,40}$/;
const COL_KEY = /^[1-9]\d{0,2}$/;
const EVAL_AMOUNT = /^-?\d{1,15}(\.\d{1,6})?$/;

/** Parses and validates the text of a .jsgk file. Never throws; never touches Object.prototype. */
export function parseFiling(text: string, options: ParseOptions = {}): ParseFilingResult {
  try {
    return parseOrThrow(text, options);
  } catch (e) {
    if (e instanceof SchemaError) return { ok: false, message: e.message, path: e.path || undefined };
    return { ok: false, message: '文件无法读取：内容已损坏或不是决算通文件。' };
  }
}

function parseOrThrow(text: string, options: ParseOptions): ParseFilingResult {
  if (typeof text !== 'string') return { ok: false, message: '文件无法读取：内容不是文本。' };
  if (text.length > MAX_FILE_BYTES) return { ok: false, message: '文件过大（超过 20 MB），不是决算通保存的文件。' };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const junk = recognizeJunk(body);
  if (junk) return { ok: false, message: junk };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    return { ok: false, message: describeJsonError(body, e) };
  }
  const dup = findDuplicateKey(body);
  if (dup) return { ok: false, message: `文件内容有误：第 ${dup.line} 行附近的项目“${dup.key.slice(0, 30)}”出现了两次，无法确定以哪个为准，未打开。如有备份（.bak），请改为打开备份。` };
  return fromRaw(raw, options);
}

/**
 * Validates a filing that arrived as a value rather than text (over IPC or HTTP from the renderer, which
 * is untrusted) and returns a clean copy. Same checks and messages as parseFiling.
 */
export function checkFiling(value: unknown, options: ParseOptions = {}): ParseFilingResult {
  try {
    return fromRaw(value, options);
  } catch (e) {
    if (e instanceof SchemaError) return { ok: false, message: e.message, path: e.path || undefined };
    return { ok: false, message: '数据无法读取：内容已损坏。' };
  }
}

function fromRaw(raw: unknown, options: ParseOptions): ParseFilingResult {
  scanUntrusted(raw);
  if (!isPlainObject(raw)) return { ok: false, message: '文件内容有误：这不是决算通文件（最外层不是对象）。' };
  if (raw.format !== FILING_FORMAT) {
    return { ok: false, message: '这不是决算通文件（文件中没有“juesuan-filing”格式标记）。请选择扩展名为 .jsgk 的文件；Excel 文件请用“导入”打开。', path: 'format' };
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) fail(['version'], '非负整数', version);
  if (version > FILING_VERSION) {
    return { ok: false, message: `此文件由更新版本的决算通保存（版本 ${version}），请升级后打开`, path: 'version' };
  }
  let migrated: string[] = [];
  let current = raw;
  if (version < FILING_VERSION) {
    const m = migrate(raw, version);
    if (!m.ok) return { ok: false, message: m.message, path: 'version' };
    current = m.raw;
    migrated = m.applied;
  }
  const filing = readFiling(current, options);
  return { ok: true, filing, migrated };
}

/** Recognizes files that are not text at all, so the message can say what they are. */
function recognizeJunk(text: string): string | null {
  // A zip (xlsx, et, docx) begins with PK and a record type; plain text that happens to begin with PK does not.
  if (/^PK[\u0003\u0005\u0007][\u0004\u0006\u0008]/.test(text)) return '这是一个 Excel 文件，请用 导入 打开';
  if (text.startsWith('\u00d0\u00cf\u0011\u00e0') || text.startsWith('\ufffd\ufffd\u0011\ufffd')) return '这是一个旧版 Excel（.xls）或 WPS 表格文件，请先在 Excel/WPS 中另存为 .xlsx，再用 导入 打开';
  if (text.startsWith('%PDF')) return '这是一个 PDF 文件，不是决算通文件。已公开的 PDF 请以 .pdf 为扩展名用 打开 核对；要编辑数据，请打开 .jsgk 文件，或用 导入 打开 Excel 文件。';
  const sample = text.slice(0, 4096);
  if (sample.includes('\u0000') || (sample.match(/\ufffd/g) ?? []).length > 8) {
    return '这不是决算通文件：内容是二进制数据，不是文本。请选择扩展名为 .jsgk 的文件。';
  }
  return null;
}

function describeJsonError(text: string, e: unknown): string {
  if (text.trim() === '') return '文件是空的，没有任何内容。如有备份（.bak），请改为打开备份。';
  const m = e instanceof Error ? /position (\d+)/.exec(e.message) : null;
  const where = m ? `（第 ${text.slice(0, Number(m[1])).split('\n').length} 行附近）` : '';
  const truncated = e instanceof Error && /end of JSON|Unterminated|Expected/.test(e.message) && !m;
  const what = truncated ? '文件不完整（内容在结尾处中断）' : `文件已损坏，格式不正确${where}`;
  return `${what}，无法打开。如有备份（.bak），请改为打开备份。`;
}

function readFiling(raw: Record<string, unknown>, options: ParseOptions): Filing {
  const top = obj(raw, [], ['format', 'version', 'template', 'meta', 'tables', 'stated', 'absent', 'customCodes', 'explanations', 'evaluations', 'narrative', 'overview', 'glossary', 'review', 'consolidation', 'verdicts', 'sample']);
  const template = str(top.template, ['template'], 64);
  const known = options.isKnownTemplate ?? hasTemplate;
  if (!known(template)) {
    throw new SchemaError(`文件使用的模板“${template.slice(0, 40)}”在此版本的决算通中没有，无法打开。请升级决算通，或向发送文件的人确认地区和年度。`, 'template');
  }
  const tables = readCells(top.tables, ['tables']);
  const stated = top.stated === undefined ? {} : readCells(top.stated, ['stated']);
  const cells = countCells(tables) + countCells(stated);
  if (cells > MAX_CELLS) throw new SchemaError(`文件中的数据过多（${cells} 个单元格，最多 ${MAX_CELLS} 个），不是决算通保存的文件。`, 'tables');
  return {
    format: FILING_FORMAT,
    version: FILING_VERSION,
    template,
    meta: readMeta(top.meta, ['meta']),
    tables,
    stated,
    absent: top.absent === undefined ? [] : readAbsent(top.absent),
    customCodes: top.customCodes === undefined ? [] : list(top.customCodes, ['customCodes'], readCustomCode),
    explanations: top.explanations === undefined ? {} : record(top.explanations, ['explanations'], (k) => k.length <= 200, '不超过 200 字的说明编号', (v, p) => str(v, p)),
    evaluations: top.evaluations === undefined ? [] : list(top.evaluations, ['evaluations'], readEvaluation, 1000),
    narrative: top.narrative === undefined ? emptyNarrative() : readNarrative(top.narrative, ['narrative']),
    overview: top.overview === undefined ? { duties: '', organization: [] } : readOverview(top.overview, ['overview']),
    glossary: top.glossary === undefined ? [] : list(top.glossary, ['glossary'], readGlossary, 1000),
    review: top.review === undefined ? [] : list(top.review, ['review'], readReviewNote),
    ...(top.consolidation === undefined ? {} : { consolidation: readConsolidation(top.consolidation, ['consolidation']) }),
    ...(top.verdicts === undefined ? {} : { verdicts: list(top.verdicts, ['verdicts'], readVerdict, 1000) }),
    ...(top.sample === undefined ? {} : { sample: str(top.sample, ['sample'], 64) }),
  };
}

function readVerdict(v: unknown, path: Path): ReviewVerdict {
  const o = obj(v, path, ['target', 'verdict', 'reason', 'reviewer', 'at']);
  return {
    target: str(o.target, [...path, 'target'], 32),
    verdict: oneOf(o.verdict, [...path, 'verdict'], ['通过', '退回'] as const),
    reason: str(o.reason, [...path, 'reason'], 5000),
    reviewer: str(o.reviewer, [...path, 'reviewer'], 200),
    at: str(o.at, [...path, 'at'], 40),
  };
}

function readCells(v: unknown, path: Path): Record<string, TableValues> {
  return record(v, path, (k) => TABLE_ID.test(k), '表号（如 T01）', (rows, p) =>
    record(rows, p, (k) => ROW_KEY.test(k), '行次或科目编码', readRow),
  );
}

const COL_HINT = '栏次（1–999 的数字）';

/**
 * One row's cells, as record(cols, path, COL_KEY, COL_HINT, amount) reads them, with the same messages:
 * the hot loop of a parse, so a cell's path is built only for a message.
 */
function readRow(cols: unknown, path: Path): Record<string, string> {
  if (!isPlainObject(cols)) return record(cols, path, (k) => COL_KEY.test(k), COL_HINT, amount);
  const keys = Object.keys(cols);
  if (keys.length > 100_000) return record(cols, path, (k) => COL_KEY.test(k), COL_HINT, amount);
  const out: Record<string, string> = {};
  for (const k of keys) {
    if (FORBIDDEN_KEYS.has(k) || !COL_KEY.test(k)) fail([...path, k], COL_HINT);
    const v = cols[k];
    out[k] = isStoredAmount(v) ? v : amount(v, [...path, k]);
  }
  return out;
}

function readAbsent(v: unknown): string[] {
  const ids = list(v, ['absent'], (x, p) => {
    const id = str(x, p, 32);
    if (!TABLE_ID.test(id)) fail(p, '表号（如 T02）', id);
    return id;
  }, 100);
  return [...new Set(ids)].sort();
}

function countCells(tables: Record<string, TableValues>): number {
  let n = 0;
  for (const t of Object.values(tables)) for (const r of Object.values(t)) n += Object.keys(r).length;
  return n;
}

const NATURES = ['行政', '事业', '参公事业', '企业', '其他'] as const;
const UNITS = ['元', '万元'] as const;

function readMeta(v: unknown, path: Path): FilingMeta {
  const m = obj(v, path, ['department', 'year', 'unit', 'sourceUnit', 'members', 'cover']);
  const meta: FilingMeta = {
    department: str(m.department, [...path, 'department'], 200),
    year: int(m.year, [...path, 'year'], 1990, 2200),
    unit: oneOf(m.unit, [...path, 'unit'], UNITS),
    sourceUnit: oneOf(m.sourceUnit, [...path, 'sourceUnit'], UNITS),
    members: list(m.members, [...path, 'members'], (x, p): UnitMember => {
      const o = obj(x, p, ['name', 'nature']);
      return { name: str(o.name, [...p, 'name'], 200), nature: oneOf(o.nature, [...p, 'nature'], NATURES) };
    }, 1000),
  };
  if (m.cover !== undefined) {
    const c = obj(m.cover, [...path, 'cover'], ['publishDate', 'contact']);
    const cover: NonNullable<FilingMeta['cover']> = {};
    const publishDate = optStr(c.publishDate, [...path, 'cover', 'publishDate']);
    const contact = optStr(c.contact, [...path, 'cover', 'contact']);
    if (publishDate !== undefined) cover.publishDate = publishDate;
    if (contact !== undefined) cover.contact = contact;
    meta.cover = cover;
  }
  return meta;
}

function readCustomCode(v: unknown, path: Path): CustomCode {
  const o = obj(v, path, ['catalog', 'code', 'name']);
  const code = str(o.code, [...path, 'code'], 7);
  if (!/^\d{3,7}$/.test(code)) fail([...path, 'code'], '3–7 位数字编码', code);
  return { catalog: oneOf(o.catalog, [...path, 'catalog'], ['function', 'economic'] as const), code, name: str(o.name, [...path, 'name'], 200) };
}

const textMap = (v: unknown, path: Path): Record<string, string> => record(v, path, (k) => k.length <= 200, '不超过 200 字的编号', (x, p) => str(x, p));
const amountMap = (v: unknown, path: Path): Record<string, string> => record(v, path, (k) => k.length <= 200, '不超过 200 字的编号', amount);

function emptyNarrative(): NarrativeInputs {
  return { lastYear: {}, initialBudget: {}, reasons: {}, facts: {} };
}

function readNarrative(v: unknown, path: Path): NarrativeInputs {
  const o = obj(v, path, ['lastYear', 'initialBudget', 'reasons', 'facts']);
  return {
    lastYear: o.lastYear === undefined ? {} : amountMap(o.lastYear, [...path, 'lastYear']),
    initialBudget: o.initialBudget === undefined ? {} : amountMap(o.initialBudget, [...path, 'initialBudget']),
    reasons: o.reasons === undefined ? {} : textMap(o.reasons, [...path, 'reasons']),
    facts: o.facts === undefined ? {} : textMap(o.facts, [...path, 'facts']),
  };
}

function readOverview(v: unknown, path: Path): Overview {
  const o = obj(v, path, ['duties', 'organization']);
  return { duties: str(o.duties, [...path, 'duties']), organization: list(o.organization, [...path, 'organization'], (x, p) => str(x, p), 1000) };
}

function readGlossary(v: unknown, path: Path): GlossaryEntry {
  const o = obj(v, path, ['term', 'text']);
  return { term: str(o.term, [...path, 'term'], 200), text: str(o.text, [...path, 'text']) };
}

function readReply(v: unknown, path: Path): ReviewReply {
  const o = obj(v, path, ['author', 'text', 'at']);
  return { author: str(o.author, [...path, 'author'], 200), text: str(o.text, [...path, 'text']), at: str(o.at, [...path, 'at'], 40) };
}

function readReviewNote(v: unknown, path: Path): ReviewNote {
  const o = obj(v, path, ['id', 'target', 'author', 'text', 'at', 'resolved', 'replies']);
  const tp = [...path, 'target'];
  const t = obj(o.target, tp, ['kind', 'table', 'row', 'col', 'key']);
  const kind = oneOf(t.kind, [...tp, 'kind'], ['cell', 'finding', 'filing'] as const);
  let target: ReviewNote['target'];
  if (kind === 'cell') {
    obj(t, tp, ['kind', 'table', 'row', 'col']);
    target = { kind, table: str(t.table, [...tp, 'table'], 32), row: str(t.row, [...tp, 'row'], 40), col: int(t.col, [...tp, 'col'], 1, 999) };
  } else if (kind === 'finding') {
    obj(t, tp, ['kind', 'key']);
    target = { kind, key: str(t.key, [...tp, 'key'], 200) };
  } else {
    obj(t, tp, ['kind']);
    target = { kind };
  }
  return {
    id: str(o.id, [...path, 'id'], 100),
    target,
    author: str(o.author, [...path, 'author'], 200),
    text: str(o.text, [...path, 'text']),
    at: str(o.at, [...path, 'at'], 40),
    resolved: bool(o.resolved, [...path, 'resolved']),
    replies: list(o.replies, [...path, 'replies'], readReply, 1000),
  };
}

const FUNDING_KEYS = ['total', 'central', 'city', 'county', 'other'] as const;

function readFunding(v: unknown, path: Path): FundingBySource {
  const o = obj(v, path, FUNDING_KEYS);
  const out = {} as FundingBySource;
  for (const k of FUNDING_KEYS) {
    const s = str(o[k], [...path, k], 40);
    // The forms are in 万元: blank, or a decimal with up to six places (exact 元 with fen).
    if (s !== '' && !EVAL_AMOUNT.test(s)) fail([...path, k], '空白或金额文字（万元，如 "12.50"）', s);
    out[k] = s;
  }
  return out;
}

function readSourceLine(v: unknown, path: Path): SourceLine {
  const o = obj(v, path, ['name', 'initial', 'budget', 'spent']);
  const amountText = (k: 'initial' | 'budget' | 'spent') => {
    const s = str(o[k], [...path, k], 40);
    if (s !== '' && !EVAL_AMOUNT.test(s)) fail([...path, k], '空白或金额文字（万元，如 "12.50"）', s);
    return s;
  };
  return { name: str(o.name, [...path, 'name'], 40), initial: amountText('initial'), budget: amountText('budget'), spent: amountText('spent') };
}

const EVALUATION_TEXT = ['id', 'name', 'manager', 'phone', 'department', 'implementer', 'period', 'evaluationYear', 'goalOutput', 'goalEffect', 'executionScore', 'conclusion', 'experience', 'problems', 'filledBy', 'filledPhone', 'filledDate'] as const;
const INDICATOR_TEXT = ['id', 'level1', 'level2', 'name', 'target', 'actual', 'shortfallReason'] as const;
/** 分值 / 得分 per indicator: only on forms that score per indicator (the MOF form). */
const INDICATOR_SCORES = ['weight', 'score'] as const;

function readAnnualGoal(v: unknown, path: Path): AnnualGoal {
  const o = obj(v, path, ['expected', 'actual']);
  return { expected: str(o.expected, [...path, 'expected']), actual: str(o.actual, [...path, 'actual']) };
}

function readEvaluation(v: unknown, path: Path): Evaluation {
  const o = obj(v, path, [...EVALUATION_TEXT, 'budget', 'received', 'spent', 'sources', 'layout', 'annualGoal', 'indicators', 'levelScores', 'evaluators', 'published']);
  const text = {} as Record<(typeof EVALUATION_TEXT)[number], string>;
  for (const k of EVALUATION_TEXT) text[k] = str(o[k], [...path, k]);
  return {
    ...text,
    budget: readFunding(o.budget, [...path, 'budget']),
    received: readFunding(o.received, [...path, 'received']),
    spent: readFunding(o.spent, [...path, 'spent']),
    ...(o.sources === undefined ? {} : { sources: list(o.sources, [...path, 'sources'], readSourceLine, 20) }),
    ...(o.layout === undefined ? {} : { layout: oneOf(o.layout, [...path, 'layout'], ['shanxi', 'mof'] as const) }),
    ...(o.annualGoal === undefined ? {} : { annualGoal: readAnnualGoal(o.annualGoal, [...path, 'annualGoal']) }),
    indicators: list(o.indicators, [...path, 'indicators'], (x, p): Indicator => {
      const io = obj(x, p, [...INDICATOR_TEXT, ...INDICATOR_SCORES]);
      const ind = {} as Indicator;
      for (const k of INDICATOR_TEXT) ind[k] = str(io[k], [...p, k]);
      for (const k of INDICATOR_SCORES) if (io[k] !== undefined) ind[k] = str(io[k], [...p, k], 40);
      return ind;
    }, 1000),
    levelScores: textMap(o.levelScores, [...path, 'levelScores']),
    evaluators: list(o.evaluators, [...path, 'evaluators'], (x, p): Evaluator => {
      const eo = obj(x, p, ['role', 'name', 'title', 'org']);
      return { role: oneOf(eo.role, [...p, 'role'], ['组长', '成员'] as const), name: str(eo.name, [...p, 'name'], 200), title: str(eo.title, [...p, 'title'], 200), org: str(eo.org, [...p, 'org'], 200) };
    }, 100),
    published: bool(o.published, [...path, 'published']),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Writing

/** Key order of the file, for every object the file holds; other keys (records) follow in sorted order. */
const KEY_ORDER = [
  'format', 'version', 'template', 'meta', 'tables', 'stated', 'absent', 'customCodes', 'explanations', 'evaluations', 'narrative', 'overview', 'glossary', 'review', 'verdicts', 'sample',
  'verdict', 'reason', 'reviewer',
  'department', 'year', 'unit', 'sourceUnit', 'members', 'cover', 'publishDate', 'contact', 'nature',
  'catalog', 'code', 'lastYear', 'initialBudget', 'reasons', 'facts', 'duties', 'organization', 'term',
  'id', 'kind', 'target', 'table', 'row', 'col', 'key', 'author', 'text', 'at', 'resolved', 'replies',
  'name', 'manager', 'phone', 'implementer', 'period', 'evaluationYear', 'budget', 'received', 'spent', 'sources', 'initial', 'layout', 'annualGoal', 'expected', 'goalOutput', 'goalEffect',
  'executionScore', 'indicators', 'levelScores', 'conclusion', 'experience', 'problems', 'evaluators', 'filledBy', 'filledPhone', 'filledDate', 'published',
  'total', 'central', 'city', 'county', 'other', 'level1', 'level2', 'actual', 'shortfallReason', 'weight', 'score', 'role', 'title', 'org',
  'consolidation', 'units', 'offsets', 'pairs', 'path', 'sha256', 'pair', 'amount', 'paid', 'offset', 'payers', 'receivers', 'outside',
];
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));
const INDEX_KEY = /^(0|[1-9]\d{0,8})$/;

/** The file text of a filing: canonical key order, 2-space indent, final newline. */
export function serializeFiling(filing: Filing): string {
  return JSON.stringify(canonical(filing), null, 2) + '\n';
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (typeof v !== 'object' || v === null) return v;
  const src = v as Record<string, unknown>;
  const keys = Object.keys(src).filter((k) => src[k] !== undefined && !FORBIDDEN.has(k));
  keys.sort(compareKeys);
  // A null-prototype object: JSON.stringify writes it like any other, and no key can reach a prototype.
  const out = Object.create(null) as Record<string, unknown>;
  for (const k of keys) out[k] = canonical(src[k]);
  return out;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a);
  const rb = RANK.get(b);
  if (ra !== undefined || rb !== undefined) return (ra ?? Infinity) - (rb ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
  // JSON objects list integer-like keys first in ascending order whatever we do; sort to match it.
  const ia = INDEX_KEY.test(a);
  const ib = INDEX_KEY.test(b);
  if (ia && ib) return Number(a) - Number(b);
  if (ia !== ib) return ia ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
