import { beforeAll, describe, expect, it } from 'vitest';
import { type ExampleRun, runExample } from '../support/run-example.js';

describe('npm run demo', () => {
  let run: ExampleRun;
  beforeAll(async () => {
    run = await runExample('examples/demo/main.ts');
  });

  it('exits 0 with nothing on stderr, using the offline template generator', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/generator\s+template@1 \(offline/);
  });

  it('walks the session: a failed fix with its reason, then a verified success', () => {
    expect(run.stdout).toContain('failed: The spooler stopped again after 40 seconds');
    expect(run.stdout).toMatch(/v8\s+outcome\s+success/);
    // The preview names the fix that worked and the one that failed, with its recorded reason.
    expect(run.stdout).toContain('**What fixed it:** Reinstall the HP Universal Print Driver 7.1.');
    expect(run.stdout).toContain(
      '**Restart the Print Spooler** — did not fix it: The spooler stopped again after 40 seconds.',
    );
  });

  it('serves the repeated preview from the cache without calling the generator', () => {
    expect(run.stdout).toMatch(
      /cache hit: cached: true in [\d.]+ ms, no generator call \(generator calls so far: 1\)/,
    );
  });

  it('prints the five-section escalation package with the password masked', () => {
    const pkg = run.stdout.slice(run.stdout.indexOf('The escalation package'));
    const headings = [...pkg.matchAll(/│ ## (.+)/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'Problem',
      "What we've confirmed",
      "What we've tried",
      'Current hypothesis',
      'Suggested next steps',
    ]);
    expect(pkg).toContain('password: [REDACTED:credential]');
    const drafts = run.stdout.split('\n').filter((l) => l.includes('│'));
    expect(drafts.some((l) => l.includes('Winter2024!'))).toBe(false);
  });

  it('posts the resolution over HTTP and prints the status verified by re-reading the ticket', () => {
    const resolve = run.stdout.slice(run.stdout.indexOf('acme.resolve(session, { basedOnVersion: 8'));
    expect(resolve).toMatch(/POST\s+service\/tickets\/48213\/notes\s+201/);
    expect(resolve).toMatch(/PATCH service\/tickets\/48213\s+200/);
    expect(resolve).toMatch(/GET\s+service\/tickets\/48213\s+200\s+re-read the ticket/);
    // The time entry goes between the note and the status change, as the technician, read back.
    expect(resolve).toMatch(/POST\s+time\/entries\s+201\s+log the time as the technician/);
    expect(resolve.indexOf('time/entries')).toBeLessThan(resolve.indexOf('PATCH'));
    expect(run.stdout).toMatch(/time on the ticket\s+35 min by member jdoe, Billable/);
    expect(run.stdout).toContain('verified: ticket #48213 is "Resolved" (status 13)');
    expect(run.stdout).toMatch(/session\s+resolved at v9/);
  });

  it('shows PSAStatusVerificationError with expected and actual status when the PSA keeps the old one', () => {
    expect(run.stdout).toContain('PSAStatusVerificationError (PSA_STATUS_VERIFICATION_FAILED, HTTP 502)');
    expect(run.stdout).toMatch(/expected\s+status 13 "Resolved"/);
    expect(run.stdout).toMatch(/actual\s+status 12 "In Progress"/);
    // An expected error is explained, never dumped with a stack trace.
    expect(run.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('resumes the failed writeback without posting the note twice', () => {
    expect(run.stdout).toContain('verified: ticket #48214 is "Resolved"; notes on the ticket: 1');
  });

  it('prints no colour codes when stdout is not a terminal', () => {
    expect(run.stdout).not.toContain('\u001b[');
  });
});

describe('npm run demo -- --psa autotask', () => {
  let run: ExampleRun;
  beforeAll(async () => {
    run = await runExample('examples/demo/main.ts', {}, ['--psa', 'autotask']);
  });

  it('tells the same story on the Autotask simulator, exiting 0', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('autotask() → an Autotask simulator at http://127.0.0.1:');
    expect(run.stdout).toContain('A troubleshooting session on Autotask ticket #48213');
  });

  it('reads the picklists by label, posts one plain-text note published to customers, and verifies', () => {
    const resolve = run.stdout.slice(run.stdout.indexOf('acme.resolve(session, { basedOnVersion: 8'));
    expect(run.stdout).toMatch(/GET\s+TicketNotes\/entityInformation\/fields\s+200/);
    expect(resolve).toMatch(/POST\s+Tickets\/48213\/Notes\s+200/);
    expect(resolve).toMatch(/PATCH Tickets\s+200\s+set the status/);
    expect(resolve).toMatch(/GET\s+Tickets\/48213\s+200\s+re-read the ticket/);
    expect(resolve).not.toMatch(/\bPUT\b/);
    expect(run.stdout).toContain('verified: ticket #48213 is "Resolved" (status 29)');
    expect(run.stdout).toContain('publish "All Autotask Users", so the customer sees it');
  });

  it('catches the workflow rule that keeps the status, then resumes with one note', () => {
    expect(run.stdout).toMatch(/expected\s+status 29 "Resolved"/);
    expect(run.stdout).toMatch(/actual\s+status 8 "In Progress"/);
    expect(run.stdout).toContain('verified: ticket #48214 is "Resolved"; notes on the ticket: 1');
  });

  it('refuses an unknown --psa, naming the ones it has', async () => {
    const bad = await runExample('examples/demo/main.ts', {}, ['--psa', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('one of: connectwise, autotask, halo');
  });
});

describe('npm run demo -- --psa halo', () => {
  let run: ExampleRun;
  beforeAll(async () => {
    run = await runExample('examples/demo/main.ts', {}, ['--psa', 'halo']);
  });

  it('tells the same story on the HaloPSA simulator, exiting 0', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('halo() → a HaloPSA simulator at http://127.0.0.1:');
    expect(run.stdout).toContain('A troubleshooting session on HaloPSA ticket #48213');
  });

  it('gets a token, adds one visible action, sets the status with an array write and verifies', () => {
    const resolve = run.stdout.slice(run.stdout.indexOf('acme.resolve(session, { basedOnVersion: 8'));
    expect(run.stdout).toMatch(/POST\s+\/auth\/token\s+200\s+get an access token/);
    expect(resolve).toMatch(/GET\s+Outcome\s+200/);
    expect(resolve).toMatch(/POST\s+Actions\s+200\s+add the note as an action/);
    expect(resolve).toMatch(/POST\s+Tickets\s+200\s+set the status/);
    expect(resolve).toMatch(/GET\s+Tickets\/48213\s+200\s+re-read the ticket/);
    expect(run.stdout).toContain('verified: ticket #48213 is "Resolved" (status 8)');
    expect(run.stdout).toContain('outcome "Update", hiddenfromuser: false, so the end user sees it');
  });

  it('catches the status that does not take, then resumes with one action', () => {
    expect(run.stdout).toMatch(/expected\s+status 8 "Resolved"/);
    expect(run.stdout).toMatch(/actual\s+status 2 "In Progress"/);
    expect(run.stdout).toContain('verified: ticket #48214 is "Resolved"; notes on the ticket: 1');
  });
});
