// Runs in a worker thread with a memory cap: opens an untrusted PDF with pdfjs (no eval, no fonts, no
// network) and posts back its text items with positions. Plain JavaScript so that it loads the same
// under tsx, vitest and the built app. The parent enforces the time limit by terminating the worker.
import { parentPort, workerData } from 'node:worker_threads';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const { data, maxPages, maxItems, maxRules } = workerData;

const mul = (m, n) => [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];

/**
 * The table rules of a page: thin filled rectangles (how Chromium, Word and WPS draw cell borders), in
 * PDF space. The current transformation is followed through save/restore/transform; other paths are
 * ignored. Returns false when the page holds more than `room` of them.
 */
async function pageRules(page, p, out, room) {
  const ol = await page.getOperatorList();
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack = [];
  for (let i = 0; i < ol.fnArray.length; i++) {
    const f = ol.fnArray[i];
    const a = ol.argsArray[i];
    if (f === OPS.save) stack.push(ctm);
    else if (f === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (f === OPS.transform) ctm = mul(ctm, a);
    else if (f === OPS.constructPath && (a[0] === OPS.fill || a[0] === OPS.eoFill) && a[2]) {
      const mm = a[2];
      const x0 = ctm[0] * mm[0] + ctm[2] * mm[1] + ctm[4];
      const y0 = ctm[1] * mm[0] + ctm[3] * mm[1] + ctm[5];
      const x1 = ctm[0] * mm[2] + ctm[2] * mm[3] + ctm[4];
      const y1 = ctm[1] * mm[2] + ctm[3] * mm[3] + ctm[5];
      const w = Math.abs(x1 - x0);
      const h = Math.abs(y1 - y0);
      if (h < 1.5 && w > 3) out.push({ page: p, dir: 'h', at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
      else if (w < 1.5 && h > 3) out.push({ page: p, dir: 'v', at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
      if (out.length > room) return false;
    }
  }
  return true;
}

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
  const rules = [];
  // Rules are read only from the first page that names a 绩效自评表 on: the forms need their cells.
  let forms = false;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    pageHeights.push(page.getViewport({ scale: 1 }).height);
    const tc = await page.getTextContent();
    let text = '';
    for (const it of tc.items) {
      if (typeof it.str !== 'string' || !it.transform) continue;
      items.push({ page: p - 1, str: it.str, x: it.transform[4], y: it.transform[5], width: it.width, height: it.height });
      if (items.length > maxItems) return { ok: false, reason: 'items' };
      text += it.str;
    }
    if (!forms && text.replace(/\s+/g, '').includes('绩效自评表')) forms = true;
    if (forms && !(await pageRules(page, p - 1, rules, maxRules))) return { ok: false, reason: 'items' };
    page.cleanup();
  }
  await doc.destroy();
  return { ok: true, pages: pageHeights.length, pageHeights, items, rules };
}

run().then(
  (r) => parentPort.postMessage(r),
  (e) => parentPort.postMessage({ ok: false, reason: 'invalid', detail: String(e && e.message ? e.message : e).slice(0, 120) }),
);
