// Against a live sandbox a harness has no back doors (no seeded notes, no faults, no lost answers):
// the tests that need one must skip themselves at run time, and every other test must still run.
// The suite runs in a vitest of its own, so this suite shows no skipped test of its own.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

interface JsonReport {
  testResults: Array<{ assertionResults: Array<{ title: string; status: string }> }>;
}

describe('runPsaConformance against a harness without back doors', () => {
  it('skips exactly the tests that need seedNote, setFault or loseNextResponse, and passes the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'closeout-sandbox-'));
    try {
      const out = join(dir, 'report.json');
      await promisify(execFile)(
        process.execPath,
        [
          join(root, 'node_modules/vitest/vitest.mjs'),
          'run',
          '--config',
          'packages/core/test/fixtures/sandbox.vitest.config.ts',
          '--reporter=json',
          `--outputFile=${out}`,
        ],
        { cwd: root, env: { ...process.env, CI: '1' } },
      );
      const report = JSON.parse(await readFile(out, 'utf8')) as JsonReport;
      const results = report.testResults.flatMap((f) => f.assertionResults);
      const skipped = results.filter((r) => r.status === 'skipped').map((r) => r.title);
      expect(skipped.sort()).toEqual(
        [
          'finds no note older than since',
          'fails with PSA_REQUEST_FAILED: retryable on 429 and 5xx, not on 4xx, never ambiguous',
          'reports a lost answer as ambiguous and retryable: the note may be stored',
          'reports a lost time entry answer as ambiguous and retryable: the entry is stored once',
        ].sort(),
      );
      const others = results.filter((r) => r.status !== 'skipped');
      expect(others.length).toBeGreaterThanOrEqual(8);
      for (const r of others) expect(r.status, r.title).toBe('passed');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
