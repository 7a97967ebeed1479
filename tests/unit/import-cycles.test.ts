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

/** File → the files it imports (type-only imports included). */
function importGraph(roots: string[]): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const f of roots.flatMap((r) => files(join(ROOT, r)))) {
    const text = readFileSync(f, 'utf8');
    const deps = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => resolveImport(f, m[1])).filter((x): x is string => x !== null);
    edges.set(f, deps);
  }
  return edges;
}

/**
 * The folder a file belongs to: its first folder under one of the roots (src/shared/rules,
 * src/renderer/grid); a file directly in a root is a unit of its own.
 */
function folderOf(roots: string[], file: string): string {
  const rel = relative(ROOT, file);
  for (const r of roots) {
    if (!rel.startsWith(`${r}/`)) continue;
    const rest = rel.slice(r.length + 1).split('/');
    return rest.length > 1 ? `${r}/${rest[0]}` : rel;
  }
  return rel;
}

/** The folder graph: an edge a → b where a file of folder a imports a file of folder b (a ≠ b). */
export function folderGraph(roots: string[], files: Map<string, string[]>): Map<string, string[]> {
  const edges = new Map<string, Set<string>>();
  for (const [f, deps] of files) {
    const a = folderOf(roots, f);
    const set = edges.get(a) ?? new Set<string>();
    edges.set(a, set);
    for (const d of deps) {
      const b = folderOf(roots, d);
      if (b !== a) set.add(b);
    }
  }
  return new Map([...edges].map(([k, v]) => [k, [...v]]));
}

/** Every cycle of a graph (strongly connected component of more than one node, or a node on itself). */
export function cyclesOf(edges: Map<string, string[]>): string[][] {
  const all = [...edges.keys()];
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
        scc.push(w.startsWith(ROOT) ? relative(ROOT, w) : w);
      } while (w !== v);
      if (scc.length > 1 || (edges.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const f of all) if (!idx.has(f)) visit(f);
  return out;
}

const ROOTS = ['src/shared', 'src/renderer'];

describe('import cycles', () => {
  it('none in src/shared and src/renderer, file to file, counting type-only imports', () => {
    expect(cyclesOf(importGraph(ROOTS))).toEqual([]);
  });

  it('none between the folders of src/shared and of src/renderer (rules → templates → rules is a cycle)', () => {
    expect(cyclesOf(folderGraph(ROOTS, importGraph(ROOTS)))).toEqual([]);
  });

  it('sees a folder cycle made of files that form no file cycle', () => {
    const f = (p: string) => join(ROOT, p);
    const planted = new Map([
      [f('src/shared/a/x.ts'), [f('src/shared/b/y.ts')]],
      [f('src/shared/b/y.ts'), []],
      [f('src/shared/b/z.ts'), [f('src/shared/a/w.ts')]],
      [f('src/shared/a/w.ts'), []],
    ]);
    expect(cyclesOf(planted)).toEqual([]);
    expect(cyclesOf(folderGraph(ROOTS, planted))).toEqual([['src/shared/a', 'src/shared/b']]);
  });
});
