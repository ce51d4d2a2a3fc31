import { describe, expect, it } from 'vitest';
import { runExample } from '../support/run-example.js';

describe('npm run example:claude', () => {
  it('without ANTHROPIC_API_KEY says so in one line, sends nothing and exits 0', async () => {
    const run = await runExample('examples/claude/main.ts');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      'Set ANTHROPIC_API_KEY to draft both previews with Claude through the real API; nothing was sent.',
    ]);
    expect(run.stderr).toBe('');
  });
});
