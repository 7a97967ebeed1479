// A filing N times the size of a given one, for the export benchmark and the page-break tests: N× the
// 项 rows in the coded tables (catalogue codes first, then codes added as the filing's own) and N× the
// self-evaluation forms. Figures are deterministic, not meaningful.
import { FUNCTION_2022 } from '../catalog/index';
import type { CustomCode, Filing } from '../filing/types';

function amount(i: number, salt: number): string {
  const fen = ((i + 1) * 7919 * salt) % 900_000_000 + 10_000;
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

export function scaledFiling(base: Filing, factor: number): Filing {
  const f: Filing = JSON.parse(JSON.stringify(base)) as Filing;
  const leaves = Object.keys(base.tables.T02 ?? {}).length || 12;
  const want = leaves * factor;
  const codes = FUNCTION_2022.entries.filter((e) => e.code.length === 7).map((e) => e.code);
  const groups = FUNCTION_2022.entries.filter((e) => e.code.length === 5);
  const custom: CustomCode[] = [];
  for (let k = 0; codes.length < want; k++) {
    const g = groups[k % groups.length];
    const suffix = 60 + Math.floor(k / groups.length);
    const code = `${g.code}${String(suffix).padStart(2, '0')}`;
    if (FUNCTION_2022.byCode.has(code)) continue;
    codes.push(code);
    custom.push({ catalog: 'function', code, name: `${g.name}自定义项${suffix}` });
  }
  const chosen = codes.slice(0, want);
  f.customCodes = [...f.customCodes, ...custom.filter((c) => chosen.includes(c.code))];
  f.tables.T02 = {};
  f.tables.T03 = {};
  f.tables.T05 = {};
  chosen.forEach((code, i) => {
    const a = amount(i, 3);
    const b = amount(i, 5);
    f.tables.T02[code] = { 2: a };
    f.tables.T03[code] = { 2: b, 3: a };
    f.tables.T05[code] = { 2: b, 3: a };
  });
  const forms = base.evaluations;
  f.evaluations = [];
  for (let k = 0; k < factor; k++) for (const ev of forms) f.evaluations.push({ ...JSON.parse(JSON.stringify(ev)), id: `${ev.id}-x${k + 1}`, name: `${ev.name}（${k + 1}）` });
  return f;
}
