import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { buildWorkbook } from '../../../src/node/export/xlsx-writer';
import { importXlsxFile } from '../../../src/node/export/import-xlsx';
import { sampleFiling } from '../../../src/shared/sample/index';
import { getTemplate } from '../../../src/shared/templates/registry';
it('rt', async () => {
  const s = sampleFiling();
  writeFileSync('/tmp/imp-s.xlsx', await buildWorkbook(s, getTemplate(s.template)));
  const r = await importXlsxFile('/tmp/imp-s.xlsx');
  if (!r.ok) throw new Error(r.message);
  console.log(JSON.stringify(r.report, null, 1).slice(0, 3000));
  for (const t of Object.keys(s.tables)) if (JSON.stringify(s.tables[t]) !== JSON.stringify(r.filing.tables[t])) console.log(t, JSON.stringify(s.tables[t]).slice(0,300), '\n', JSON.stringify(r.filing.tables[t]).slice(0,300));
});
