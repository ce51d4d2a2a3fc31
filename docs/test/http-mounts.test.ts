// The framework mounts in docs/http.md are pieces of the runnable examples, whose tests serve every
// route: each piece's code (imports aside) must still be in its example, line for line, so the guide
// cannot drift.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractBlocks } from './blocks.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guide = readFileSync(join(root, 'docs/http.md'), 'utf8');

/** The example file each mount's block is taken from, by the heading it sits under. */
const EXAMPLES: Record<string, string> = {
  '### Express': 'examples/express/app.ts',
  '### Hono': 'examples/hono/app.ts',
  '### Next.js (App Router)': 'examples/nextjs/app/api/[...closeout]/route.ts',
};

const codeLines = (code: string) =>
  code
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//') && !line.startsWith('import '));

describe('docs/http.md: the framework mounts are the examples’ code', () => {
  it.each(Object.entries(EXAMPLES))('%s is in %s', (heading, example) => {
    const from = guide.indexOf(`\n${heading}\n`);
    expect(from, heading).toBeGreaterThanOrEqual(0);
    const section = guide.slice(from + 1).split(/\n### /)[0] as string;
    const [block] = extractBlocks(section, 'docs/http.md');
    expect(block, `a code block under ${heading}`).toBeDefined();
    const source = codeLines(readFileSync(join(root, example), 'utf8'));
    for (const line of codeLines(block?.code ?? ''))
      expect(source, `${example} has: ${line}`).toContain(line);
  });
});
