// The step after a failed verification, in Chromium: the PSA keeps the old status once. The note is
// on the ticket, so the page shows it read-only, names the expected status, and offers only the
// status change again or stopping; the retry finishes with the one note.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningExample, startExample } from '../support/run-example.js';

let server: RunningExample;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  server = await startExample('examples/web/main.ts', /on (http:\/\/127\.0\.0\.1:\d+)\//, {
    CLOSEOUT_WEB_SCENARIO: 'status-kept',
  });
  profile = await mkdtemp(join(tmpdir(), 'closeout-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  await context.route(
    (url) => !url.href.startsWith(server.url),
    (route) => route.abort(),
  );
}, 120_000);

afterAll(async () => {
  await context?.close();
  server?.stop();
  if (profile !== undefined) await rm(profile, { recursive: true, force: true });
});

describe('a failed status verification in Chromium', () => {
  it('shows the posted note read-only, names the expected status, and retries only the status', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/`);
    await page.locator('main[data-session-id]').waitFor();
    await page.getByRole('button', { name: 'Preview resolution note' }).click();
    const dialog = page.getByRole('dialog', { name: 'Resolve the ticket' });
    // The draft opens rendered; "Edit text" opens the "Note text" box.
    await dialog.getByRole('button', { name: 'Edit text' }).click();
    const box = dialog.getByRole('textbox', { name: 'Note text' });
    await expect.poll(() => box.inputValue()).not.toBe('');
    expect(await dialog.getByText('The ticket’s contact is not e-mailed.').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Confirm & post' }).click();

    const alert = dialog.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('still shows “New” instead of “Resolved”');
    expect(await box.getAttribute('readonly')).not.toBeNull();
    expect(await dialog.getByRole('button', { name: 'Confirm & post' }).count()).toBe(0);
    expect(await dialog.getByText('Note on the ticket (posted, read-only)').count()).toBe(1);
    expect(await alert.getByRole('button').allTextContents()).toEqual([
      'Retry the status change',
      'Stop here',
    ]);

    await alert.getByRole('button', { name: 'Retry the status change' }).click();
    await expect
      .poll(() => dialog.getByRole('status').textContent())
      // The resolve step posts the drafted time with the note (`timeEntry`): once, with the retry.
      .toMatch(/^Resolved — verified by re-reading ticket #48213\. \d+ min logged on the ticket\.$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
