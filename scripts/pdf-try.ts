import { readFileSync } from 'node:fs';
import { docFromText } from '../src/shared/published/doc-from-text';
import { checkDocument } from '../src/shared/published/check-document';
const doc = docFromText(readFileSync(process.argv[2], 'utf8'));
const r = checkDocument(doc);
console.log(r.read.report);
for (const f of r.findings) console.log(f.severity, f.rule, f.message, JSON.stringify(f.quotes).slice(0, 300));
console.log('UNCHECKED');
for (const u of r.unchecked) console.log(' ', u.what.slice(0,80), '|', u.why.slice(0,120));
