import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runExample } from '../support/run-example.js';

const read = (path: string) => readFile(new URL(path, import.meta.url), 'utf8');

describe('npm run example:quickstart', () => {
  it('prints the outcome-aware preview and the status verified on the ticket', async () => {
    const run = await runExample('examples/quickstart/main.ts');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('**What fixed it:** Reinstall the HP Universal Print Driver.');
    expect(run.stdout).toContain(
      '**Restart the Print Spooler** — did not fix it: Spooler stopped again after 40 seconds.',
    );
    expect(run.stdout).toContain("{ id: '4', name: 'Resolved', verified: true }");
  });

  it('is the code of the README, line for line', async () => {
    const readme = await read('../../README.md');
    const snippet = readme.match(/## Use\n[\s\S]*?```ts[^\n]*\n([\s\S]*?)```/)?.[1];
    // The example's own header comment is the only difference.
    const example = (await read('./main.ts')).replace(/^(\/\/.*\n)+/, '');
    expect(snippet).toBe(example);
  });
});
