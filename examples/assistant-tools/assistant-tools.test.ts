import { describe, expect, it } from 'vitest';
import { runExample } from '../support/run-example.js';

// Each example drives its vendor's real SDK against the strict simulator: a request that broke a
// tool-use rule would be refused with a 400 and the example would fail.
describe.each([
  ['example:tools-anthropic', 'examples/assistant-tools/anthropic.ts', 'Messages API calls'],
  ['example:tools-openai', 'examples/assistant-tools/openai.ts', 'API calls'],
])('npm run %s', (_script, file, calls) => {
  it('records the session through the tools and posts the note once the technician confirms it', async () => {
    const run = await runExample(file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const called = [...run.stdout.matchAll(/^→ (closeout_\w+)/gm)].map((m) => m[1]);
    expect(called).toEqual([
      'closeout_start_session',
      'closeout_add_finding',
      'closeout_add_finding',
      'closeout_propose_fix',
      'closeout_record_outcome',
      'closeout_propose_fix',
      'closeout_record_outcome',
      'closeout_preview_note',
      'closeout_post_note',
    ]);
    expect(run.stdout).not.toContain('(refused)');
    // The technician saw the draft before the post, and the post came after the confirmation.
    const confirmed = run.stdout.indexOf('[technician] confirmed');
    expect(confirmed).toBeGreaterThan(
      run.stdout.indexOf('| **What fixed it:** Reinstall the HP Universal Print Driver.'),
    );
    expect(run.stdout.indexOf('→ closeout_post_note')).toBeGreaterThan(confirmed);
    expect(run.stdout).toContain('Ticket status is now "Resolved" (4), verified by re-reading the ticket.');
    expect(run.stdout).toMatch(new RegExp(`Ticket #48213: Resolved, 1 note posted \\(9 ${calls}\\)`));
  });
});
