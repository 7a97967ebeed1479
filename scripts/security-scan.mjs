// Runs @doyensec/electronegativity over src/ and fails on any finding that has not been reviewed and
// recorded, with the reason it does not apply, in security/electronegativity-reviewed.json.
// (Its SARIF report is read: its CSV writer garbles lines whose sample holds quotes.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reviewFor, snippetAt } from './security-review.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'juesuan-eneg-'));
const report = join(dir, 'findings.sarif');
const run = spawnSync('npx', ['electronegativity', '-i', 'src', '-r', '-e', '45.5.0', '-v', 'false', '-o', report], {
  cwd: root,
  encoding: 'utf8',
});
let sarif;
try {
  sarif = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.error('electronegativity produced no report:\n' + run.stdout + run.stderr);
  process.exit(1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const findings = sarif.runs.flatMap((r) =>
  r.results.map((x) => {
    const loc = x.locations?.[0]?.physicalLocation;
    const file = loc?.artifactLocation?.uri ?? '?';
    const line = loc?.region?.startLine ?? 0;
    let source = '';
    try {
      source = readFileSync(join(root, 'src', file), 'utf8');
    } catch {
      // A file the scanner names but we cannot read: no snippet, so no review can cover it.
    }
    return { check: x.ruleId, file, line, snippet: snippetAt(source, line) };
  }),
);
const reviewed = JSON.parse(readFileSync(join(root, 'security/electronegativity-reviewed.json'), 'utf8')).reviewed;
let unreviewed = 0;
for (const f of findings) {
  const r = reviewFor(f, reviewed);
  if (r) console.log(`electronegativity: ${f.check} ${f.file}:${f.line} — reviewed: ${r.why}`);
  else {
    unreviewed++;
    console.error(`electronegativity: ${f.check} ${f.file}:${f.line} — NOT REVIEWED: fix it, or record why it does not apply in security/electronegativity-reviewed.json`);
    console.error(`  {"check": ${JSON.stringify(f.check)}, "file": ${JSON.stringify(f.file)}, "snippet": ${JSON.stringify(f.snippet)}, "why": "…"}`);
  }
}
console.log(`electronegativity: ${findings.length} finding(s), ${unreviewed} not reviewed`);
process.exit(unreviewed ? 1 : 0);
