// `@closeout/core/fake-psa` is meant for demos and development servers, where no test runner is
// installed: nothing it loads may import vitest.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const code = readFileSync(file, 'utf8');
    const specifiers = [...code.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map(
      (m) => m[1] as string,
    );
    graph.set(file, specifiers);
    for (const s of specifiers)
      if (s.startsWith('.')) visit(resolve(dirname(file), s.replace(/\.js$/, '.ts')));
  };
  visit(entry);
  return graph;
}

describe('@closeout/core/fake-psa', () => {
  it('loads nothing that imports vitest', () => {
    const graph = importGraph(resolve(src, 'fake-psa/index.ts'));
    expect(graph.size).toBeGreaterThan(3);
    const external = [...graph.values()].flat().filter((s) => !s.startsWith('.'));
    expect(external).not.toContain('vitest');
  });

  it('is the same fakePsa that @closeout/core/testing exports', async () => {
    const [entry, testing] = await Promise.all([
      import('@closeout/core/fake-psa'),
      import('@closeout/core/testing'),
    ]);
    expect(entry.fakePsa).toBe(testing.fakePsa);
  });

  it('would notice a vitest import (the check can fail)', () => {
    const graph = importGraph(resolve(src, 'testing/index.ts'));
    expect([...graph.values()].flat()).toContain('vitest');
  });
});
