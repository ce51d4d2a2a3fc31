// The whole technician's step in a real browser: Debian's Chromium driven by playwright-core (no
// browser download) against `npm run example:web`, run as a user would in its own process.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@closeout/client';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RunningExample, startExample } from '../support/run-example.js';

/** Where each path's screenshot lands (left out of git). */
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';

let server: RunningExample;
let baseUrl: string;
let context: BrowserContext;
let profile: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startExample('examples/web/main.ts', /on (http:\/\/127\.0\.0\.1:\d+)\//);
  baseUrl = server.url;
  profile = await mkdtemp(join(tmpdir(), 'closeout-chromium-'));
  await mkdir(SCREENSHOTS, { recursive: true });
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Nothing but the example server may be reached from the page.
  await context.route(
    (url) => !url.href.startsWith(baseUrl),
    (route) => route.abort(),
  );
}, 120_000);

afterEach(() => {
  expect(pageErrors.splice(0)).toEqual([]);
});

afterAll(async () => {
  await context?.close();
  server?.stop();
  if (profile !== undefined) await rm(profile, { recursive: true, force: true });
});

/**
 * Opens the page (which records a fresh session on ticket 48213), presses `button` and waits for
 * the draft in the popover named `dialogName`.
 */
async function openStep(page: Page, button: string, dialogName: string) {
  // Anything the page throws fails the test that saw it.
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${baseUrl}/`);
  const main = page.locator('main[data-session-id]');
  await main.waitFor();
  const sessionId = (await main.getAttribute('data-session-id')) as string;
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  const box = dialog.getByRole('textbox', { name: 'Note text' });
  await expect.poll(() => box.inputValue()).not.toBe('');
  return { sessionId, dialog, box, draft: await box.inputValue() };
}

/** Presses Confirm & post and waits for the status region to read `expected`. */
async function confirmAndRead(dialog: Locator, expected: string | RegExp): Promise<void> {
  await dialog.getByRole('button', { name: 'Confirm & post' }).click();
  const status = () => dialog.getByRole('status').textContent();
  if (typeof expected === 'string') await expect.poll(status).toBe(expected);
  else await expect.poll(status).toMatch(expected);
}

/** A resolution's status once posted: the verified status, and the time the draft logged. */
const RESOLVED = /^Resolved — verified by re-reading ticket #48213\. \d+ min logged on the ticket\.$/;

describe('the technician’s step in Chromium', () => {
  it('previews, edits, confirms and posts, and reads the verified status', async () => {
    const page = await context.newPage();
    const { dialog, box, draft } = await openStep(page, 'Preview resolution note', 'Resolve the ticket');
    expect(draft).toContain('Reinstall the HP Universal Print Driver 7.1');

    await box.press('End');
    await box.pressSequentially('\n\nPlease call the desk if the spooler stops again.');
    expect(await box.inputValue()).toMatch(/call the desk if the spooler stops again\.$/);
    await confirmAndRead(dialog, RESOLVED);
    await page.screenshot({ path: join(SCREENSHOTS, 'resolve-verified.png'), fullPage: true });
    await page.close();
  });

  it('shows the drafted time beside the note, takes the edit and posts it as the time entry', async () => {
    const page = await context.newPage();
    const { sessionId, dialog } = await openStep(page, 'Preview resolution note', 'Resolve the ticket');
    const minutes = dialog.getByRole('spinbutton', { name: 'Time spent (minutes)' });
    const billable = dialog.getByRole('checkbox', { name: 'Billable' });
    await expect.poll(() => minutes.inputValue()).toMatch(/^\d+$/);
    expect(await billable.isChecked()).toBe(true);

    await minutes.fill('35');
    await billable.uncheck();
    const sent = page.waitForRequest((r) => r.url().endsWith('/resolution-note/post'));
    await confirmAndRead(
      dialog,
      'Resolved — verified by re-reading ticket #48213. 35 min logged on the ticket.',
    );
    const body = (await sent).postDataJSON() as { timeEntry?: { minutes: number; billable: boolean } };
    expect(body.timeEntry).toMatchObject({ minutes: 35, billable: false });

    const reader = createClient({ baseUrl: `${baseUrl}/api`, headers: { authorization: 'Bearer demo-key' } });
    const session = await reader.getSession(sessionId);
    expect(session.finalization?.timeEntry).toMatchObject({ minutes: 35, verified: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'resolve-with-time.png'), fullPage: true });
    await page.close();
  });

  it('escalates instead, as an internal note', async () => {
    const page = await context.newPage();
    const { dialog, draft } = await openStep(page, 'Escalate instead', 'Escalate the ticket');
    expect(draft).toContain('Suggested next steps');
    expect(await dialog.getByText(/never shown to the customer/).count()).toBe(1);
    await confirmAndRead(dialog, 'Escalated — verified by re-reading ticket #48213');
    await page.screenshot({ path: join(SCREENSHOTS, 'escalate-verified.png'), fullPage: true });
    await page.close();
  });

  it('reloads a draft that went stale while it was open, then posts the new one', async () => {
    const page = await context.newPage();
    const { sessionId, dialog } = await openStep(page, 'Preview resolution note', 'Resolve the ticket');

    // The assistant records a finding in another window while the technician reads.
    const elsewhere = createClient({
      baseUrl: `${baseUrl}/api`,
      headers: { authorization: 'Bearer demo-key' },
    });
    const moved = await elsewhere.addFinding(sessionId, { text: 'Intune pushed driver 7.0 back overnight' });
    await dialog.getByRole('button', { name: 'Confirm & post' }).click();
    const alert = dialog.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toContain('The session changed after this draft was written');
    await page.screenshot({ path: join(SCREENSHOTS, 'stale-draft.png'), fullPage: true });

    await alert.getByRole('button', { name: 'Reload draft' }).click();
    const meta = dialog.getByText(`Drafted from version ${moved.stateVersion} of the session`);
    await expect.poll(() => meta.count()).toBe(1);
    await confirmAndRead(dialog, RESOLVED);
    await page.screenshot({ path: join(SCREENSHOTS, 'stale-draft-reloaded-posted.png'), fullPage: true });
    await page.close();
  });
});
