// Runs in a worker thread with a memory cap: opens an untrusted PDF with pdfjs (no eval, no fonts, no
// network) and posts back its text items with positions. Plain JavaScript so that it loads the same
// under tsx, vitest and the built app. The parent enforces the time limit by terminating the worker.
import { parentPort, workerData } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const { data, maxPages, maxItems } = workerData;

async function run() {
  let doc;
  try {
    doc = await getDocument({ data, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0, stopAtErrors: false }).promise;
  } catch (e) {
    const name = e && typeof e === 'object' ? e.name : '';
    if (name === 'PasswordException') return { ok: false, reason: 'encrypted' };
    if (name === 'InvalidPDFException') return { ok: false, reason: 'invalid' };
    return { ok: false, reason: 'invalid', detail: String(e && e.message ? e.message : e).slice(0, 120) };
  }
  if (doc.numPages > maxPages) return { ok: false, reason: 'pages', pages: doc.numPages };
  const items = [];
  const pageHeights = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    pageHeights.push(page.getViewport({ scale: 1 }).height);
    const tc = await page.getTextContent();
    for (const it of tc.items) {
      if (typeof it.str !== 'string' || !it.transform) continue;
      items.push({ page: p - 1, str: it.str, x: it.transform[4], y: it.transform[5], width: it.width, height: it.height });
      if (items.length > maxItems) return { ok: false, reason: 'items' };
    }
    page.cleanup();
  }
  await doc.destroy();
  return { ok: true, pages: pageHeights.length, pageHeights, items };
}

run().then(
  (r) => parentPort.postMessage(r),
  (e) => parentPort.postMessage({ ok: false, reason: 'invalid', detail: String(e && e.message ? e.message : e).slice(0, 120) }),
);
