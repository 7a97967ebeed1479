import { readPublished } from '../src/node/published/read-published';
import { checkDocument } from '../src/shared/published/check-document';
const r = await readPublished(process.argv[2]);
if (!r.ok) { console.log('REFUSED', r.message); process.exit(2); }
const c = checkDocument(r.doc);
console.log(c.read.report);
for (const f of c.findings) console.log(f.severity, f.rule, f.message, JSON.stringify(f.quotes).slice(0, 200));
console.log('UNCHECKED');
for (const u of c.unchecked) console.log(' ', u.what.slice(0,80), '|', u.why.slice(0,120));
