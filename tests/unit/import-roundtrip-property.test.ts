// Round-trip property: for random filings (figures changed at random, tables left absent at random),
// export → import gives back the same tables, forms, absent tables, findings and 未核对 list (findings of
// the tables and forms: the narrative's inputs, such as last year's figures, are not in the workbook).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/node/export/xlsx-writer';
import { importXlsxFile } from '../../src/node/export/import-xlsx';
import type { Edit, Filing, TableValues } from '../../src/shared/filing/types';
import { applyEdits } from '../../src/shared/filing/edits';
import { checkAll } from '../../src/shared/rules/engine';
import { buildModel } from '../../src/shared/filing/compute';
import { cleanSample, template } from './rules-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-roundtrip-'));
const base = cleanSample();
const TABLES = template.tables.map((t) => t.id);

/** Every cell a clerk could type into on the sample's structure. */
const entered = (() => {
  const model = buildModel(base, template);
  const out: Array<{ table: string; row: string; col: number; count: boolean }> = [];
  for (const t of template.tables) {
    const rows = t.kind === 'coded' ? Object.keys(base.tables[t.id] ?? {}) : (t.rows ?? []).map((r) => r.row);
    for (const row of rows) {
      const kind = t.rows?.find((r) => r.row === row)?.kind;
      for (const c of t.columns) if (model.isEntered(t.id, row, c.col)) out.push({ table: t.id, row, col: c.col, count: (kind ?? c.kind) === 'count' });
    }
  }
  return out;
})();

function figures(tables: Filing['tables']): Record<string, TableValues> {
  const out: Record<string, TableValues> = {};
  for (const [t, rows] of Object.entries(tables)) {
    out[t] = {};
    for (const [row, cols] of Object.entries(rows)) {
      const kept = Object.entries(cols).filter(([, v]) => Number(v) !== 0);
      // Rows of coded tables belong to the table even without figures.
      if (kept.length > 0 || /^\d+$/.test(row) && template.tables.find((x) => x.id === t)?.kind === 'coded') out[t][row] = Object.fromEntries(kept);
    }
  }
  return out;
}

const findingsOf = (f: Filing) => {
  const r = checkAll(f, template);
  return { findings: r.findings.map((x) => `${x.severity} ${x.key} ${x.message}`).sort(), unchecked: r.unchecked.map((u) => `${u.rule} ${u.reason}`) };
};

const arbFiling = fc
  .record({
    changes: fc.array(fc.record({ at: fc.nat({ max: entered.length - 1 }), fen: fc.bigInt({ min: 0n, max: 99_999_999_99n }) }), { maxLength: 12 }),
    absent: fc.subarray(TABLES, { maxLength: 4 }),
  })
  .map(({ changes, absent }) => {
    const edits: Edit[] = changes.map(({ at, fen }) => {
      const { table, row, col, count } = entered[at];
      // Counts (车辆数, 台套) are whole numbers.
      const s = (count ? (fen / 100n) * 100n : fen).toString().padStart(3, '0');
      return { kind: 'cell', table, row, col, value: `${s.slice(0, -2)}.${s.slice(-2)}` };
    });
    const f = applyEdits(base, edits, { template }).filing;
    // An absent table holds nothing.
    const tables = { ...f.tables };
    const stated = { ...f.stated };
    for (const t of absent) {
      delete tables[t];
      delete stated[t];
    }
    return { ...f, tables, stated, absent: [...absent].sort() };
  });

let n = 0;
describe('export → import round trip (property)', () => {
  it('gives back the same tables, forms, absent tables, findings and 未核对 for random filings', async () => {
    await fc.assert(
      fc.asyncProperty(arbFiling, async (filing) => {
        const p = join(dir, `f${n++}.xlsx`);
        writeFileSync(p, await buildWorkbook(filing, template));
        const r = await importXlsxFile(p);
        if (!r.ok) throw new Error(r.message);
        expect(r.filing.absent).toEqual(filing.absent);
        expect(figures(r.filing.tables)).toEqual(figures(filing.tables));
        expect(r.filing.evaluations).toEqual(filing.evaluations);
        // The workbook holds the tables and forms, not the narrative's inputs (last year's figures).
        const tablesAndForms = { ...filing, narrative: r.filing.narrative };
        expect(findingsOf(r.filing)).toEqual(findingsOf(tablesAndForms));
        expect(r.report.sheets.filter((s) => s.status !== 'read')).toEqual([]);
        // The app's own layout leaves the reader nothing to decide.
        expect(r.report.sheets.flatMap((s) => s.decisions)).toEqual([]);
      }),
      { numRuns: 12, seed: 20261201 },
    );
  }, 120_000);
});
