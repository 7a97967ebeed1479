// No import cycles in the pure core or the renderer, type-only imports included (lint's import-x/no-cycle
// skips `import type`, and a cycle of types is still a cycle of concepts). Reads the sources as text.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const p of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      // not this one
    }
  }
  return null;
}

/** Every cycle (strongly connected component of more than one file, or a file importing itself). */
function cycles(roots: string[]): string[][] {
  const all = roots.flatMap((r) => files(join(ROOT, r)));
  const edges = new Map<string, string[]>();
  for (const f of all) {
    const text = readFileSync(f, 'utf8');
    const deps = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => resolveImport(f, m[1])).filter((x): x is string => x !== null);
    edges.set(f, deps);
  }
  // Tarjan's strongly connected components.
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(relative(ROOT, w));
      } while (w !== v);
      if (scc.length > 1 || (edges.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const f of all) if (!idx.has(f)) visit(f);
  return out;
}

describe('import cycles', () => {
  it('none in src/shared and src/renderer, counting type-only imports', () => {
    expect(cycles(['src/shared', 'src/renderer'])).toEqual([]);
  });
});
