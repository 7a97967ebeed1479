// Export timings for the sample and a 20× filing (xlsx, pdf), printed as JSON. Targets: xlsx ≤ 0.5 s /
// ≤ 3 s, PDF ≤ 3 s / ≤ 15 s. Printed, never asserted: the machine's load decides the figures.
// Run: npx tsx scripts/bench-export.ts
import { buildWorkbook } from '../src/node/export/xlsx-writer';
import { openPdfRenderer } from '../src/node/export/pdf-writer';
import { sampleFiling } from '../src/shared/sample/index';
import { scaledFiling } from '../src/shared/io/scaled-filing';
import { getTemplate } from '../src/shared/templates/registry';
import type { Filing } from '../src/shared/filing/types';

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: Math.round(performance.now() - t0), value };
}

const template = getTemplate('shanxi-2022');
const cases: Array<[string, Filing]> = [
  ['sample', sampleFiling()],
  ['scaled20', scaledFiling(sampleFiling(), 20)],
];
const launch = await time(() => openPdfRenderer());
const renderer = launch.value;
const results: Record<string, unknown> = { chromiumLaunchMs: launch.ms };
try {
  // One warm-up render so the first case does not pay Chromium's first-page costs alone.
  await renderer.render({ filing: sampleFiling(), template });
  for (const [name, filing] of cases) {
    const xlsx = await time(() => buildWorkbook(filing, template));
    const pdf = await time(() => renderer.render({ filing, template }));
    results[name] = {
      xlsxMs: xlsx.ms,
      xlsxBytes: xlsx.value.length,
      pdfMs: pdf.ms,
      pdfBytes: pdf.value.pdf.length,
      pdfPages: pdf.value.pages,
      targets: name === 'sample' ? { xlsxMs: 500, pdfMs: 3000 } : { xlsxMs: 3000, pdfMs: 15000 },
    };
  }
} finally {
  await renderer.close();
}
results.loadAverage = (await import('node:os')).loadavg().map((x) => Math.round(x * 100) / 100);
console.log(JSON.stringify(results, null, 2));
