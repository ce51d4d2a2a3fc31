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
 * Opens the page (which records a fresh session on ticket 48213; `query` adds to its URL), presses
 * `button` and waits for the draft, rendered, in the popover named `dialogName`.
 */
async function showStep(page: Page, button: string, dialogName: string, query = '') {
  // Anything the page throws fails the test that saw it.
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${baseUrl}/${query}`);
  const main = page.locator('main[data-session-id]');
  await main.waitFor();
  const sessionId = (await main.getAttribute('data-session-id')) as string;
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  const view = dialog.locator('.closeout-note-preview__rendered');
  await expect.poll(() => view.textContent()).not.toBe('');
  return { sessionId, dialog, view };
}

/** {@link showStep}, then "Edit text": the draft's markdown in the "Note text" box. */
async function openStep(page: Page, button: string, dialogName: string) {
  const shown = await showStep(page, button, dialogName);
  await shown.dialog.getByRole('button', { name: 'Edit text' }).click();
  const box = shown.dialog.getByRole('textbox', { name: 'Note text' });
  return { ...shown, box, draft: await box.inputValue() };
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
  it('shows the note rendered as the customer reads it, from its first line', async () => {
    const page = await context.newPage();
    const { dialog, view } = await showStep(page, 'Preview resolution note', 'Resolve the ticket');
    const rendered = dialog.getByRole('article', { name: 'The note as it will be posted' });
    // Focus moves in an effect after the draft shows: poll for it rather than race it.
    await expect.poll(() => rendered.evaluate((el) => el === document.activeElement)).toBe(true);
    // Opened at the top: the note's first heading is in view, inside its box and on the screen.
    expect(await view.evaluate((el) => el.scrollTop)).toBe(0);
    const heading = rendered.getByRole('heading', { name: 'Resolution' });
    const box = await rendered.boundingBox();
    const first = await heading.boundingBox();
    expect(first !== null && box !== null && first.y >= box.y && first.y < box.y + box.height).toBe(true);
    expect(first !== null && first.y >= 0 && first.y < 900).toBe(true);
    expect(await rendered.locator('strong', { hasText: 'What fixed it:' }).count()).toBe(1);
    expect(await rendered.textContent()).not.toMatch(/#{2,}|\*\*/);
    await page.screenshot({ path: join(SCREENSHOTS, 'rendered-note.png'), fullPage: true });

    // Edit mode opens the markdown at its top too, with the caret on the first line.
    await dialog.getByRole('button', { name: 'Edit text' }).click();
    const text = dialog.getByRole('textbox', { name: 'Note text' });
    await expect.poll(() => text.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await text.evaluate((el: HTMLTextAreaElement) => [el.scrollTop, el.selectionStart])).toEqual([
      0, 0,
    ]);
    await page.screenshot({ path: join(SCREENSHOTS, 'edit-mode.png'), fullPage: true });
    await page.close();
  });

  it('speaks the technician’s language: German with ?lang=de', async () => {
    const page = await context.newPage();
    const { dialog } = await showStep(page, 'Preview resolution note', 'Resolve the ticket', '?lang=de');
    expect(await dialog.getByRole('heading', { name: 'Lösungsnotiz' }).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Text bearbeiten' }).click();
    expect(await dialog.getByRole('textbox', { name: 'Notiztext' }).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Bestätigen & posten' }).click();
    await expect
      .poll(() => dialog.getByRole('status').textContent())
      .toMatch(
        /^Resolved — bestätigt durch erneutes Lesen von Ticket #48213\. \d+ Min\. auf dem Ticket erfasst\.$/,
      );
    await page.screenshot({ path: join(SCREENSHOTS, 'resolve-verified-de.png'), fullPage: true });
    await page.close();
  });

  it('previews, edits, confirms and posts, and reads the verified status', async () => {
    const page = await context.newPage();
    const { dialog, box, draft } = await openStep(page, 'Preview resolution note', 'Resolve the ticket');
    expect(draft).toContain('Reinstall the HP Universal Print Driver 7.1');

    await box.press('Control+End');
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
    const { dialog, view } = await showStep(page, 'Escalate instead', 'Escalate the ticket');
    expect(await view.getByRole('heading', { name: 'Suggested next steps' }).count()).toBe(1);
    expect(await dialog.getByText(/never shown to the customer/).count()).toBe(1);
    await confirmAndRead(dialog, 'Escalated — verified by re-reading ticket #48213');
    await page.screenshot({ path: join(SCREENSHOTS, 'escalate-verified.png'), fullPage: true });
    await page.close();
  });

  it('reloads a draft that went stale while it was open, then posts the new one', async () => {
    const page = await context.newPage();
    const { sessionId, dialog } = await showStep(page, 'Preview resolution note', 'Resolve the ticket');

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
