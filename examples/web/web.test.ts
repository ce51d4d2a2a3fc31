// The whole technician's step in a real browser: Debian's Chromium driven by playwright-core (no
// browser download) against `npm run example:web`, run as a user would in its own process.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@closeout/client';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Where each path's screenshot lands (left out of git). */
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';

let server: ChildProcess;
let baseUrl: string;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  server = spawn(
    process.execPath,
    ['--conditions=@closeout/source', '--import', 'tsx', 'examples/web/main.ts'],
    {
      cwd: root,
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  baseUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out)?.[1];
      if (url !== undefined) resolve(url);
    });
    server.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    server.on('exit', (code) => reject(new Error(`example:web exited with ${code}: ${out}`)));
  });
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

afterAll(async () => {
  await context?.close();
  server?.kill('SIGTERM');
  if (profile !== undefined) await rm(profile, { recursive: true, force: true });
});

/** Opens the page, which records a fresh session on ticket 48213, and answers the session's id. */
async function openSession(page: Page): Promise<string> {
  await page.goto(`${baseUrl}/`);
  const main = page.locator('main[data-session-id]');
  await main.waitFor();
  return (await main.getAttribute('data-session-id')) as string;
}

async function draft(page: Page): Promise<string> {
  const box = page.getByRole('textbox', { name: 'Note text' });
  await expect.poll(() => box.inputValue()).not.toBe('');
  return box.inputValue();
}

describe('the technician’s step in Chromium', () => {
  it('previews, edits, confirms and posts, and reads the verified status', async () => {
    const page = await context.newPage();
    await openSession(page);
    await page.getByRole('button', { name: 'Preview resolution note' }).click();
    const dialog = page.getByRole('dialog', { name: 'Resolve the ticket' });
    expect(await draft(page)).toContain('Reinstall the HP Universal Print Driver 7.1');

    const box = dialog.getByRole('textbox', { name: 'Note text' });
    await box.press('End');
    await box.pressSequentially('\n\nPlease call the desk if the spooler stops again.');
    await dialog.getByRole('button', { name: 'Confirm & post' }).click();
    const status = dialog.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Resolved — verified by re-reading ticket #48213');
    await page.screenshot({ path: join(SCREENSHOTS, 'resolve-verified.png'), fullPage: true });
    await page.close();
  });

  it('escalates instead, as an internal note', async () => {
    const page = await context.newPage();
    await openSession(page);
    await page.getByRole('button', { name: 'Escalate instead' }).click();
    const dialog = page.getByRole('dialog', { name: 'Escalate the ticket' });
    expect(await draft(page)).toContain('Suggested next steps');
    await dialog.getByRole('button', { name: 'Confirm & post' }).click();
    await expect
      .poll(() => dialog.getByRole('status').textContent())
      .toBe('Escalated — verified by re-reading ticket #48213');
    await page.screenshot({ path: join(SCREENSHOTS, 'escalate-verified.png'), fullPage: true });
    await page.close();
  });

  it('reloads a draft that went stale while it was open, then posts the new one', async () => {
    const page = await context.newPage();
    const sessionId = await openSession(page);
    await page.getByRole('button', { name: 'Preview resolution note' }).click();
    const dialog = page.getByRole('dialog', { name: 'Resolve the ticket' });
    await draft(page);

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
    await dialog.getByRole('button', { name: 'Confirm & post' }).click();
    await expect
      .poll(() => dialog.getByRole('status').textContent())
      .toBe('Resolved — verified by re-reading ticket #48213');
    await page.screenshot({ path: join(SCREENSHOTS, 'stale-draft-reloaded-posted.png'), fullPage: true });
    await page.close();
  });
});
