// @vitest-environment happy-dom
import { NotePreview } from '@closeout/react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, startBackend } from '../../client/test/support/backend.js';
import './support/patience.js';
import { NoteMarkdown } from '../src/note-markdown.js';

let backend: Backend;
beforeEach(async () => {
  backend = await startBackend();
});
afterEach(cleanup);

const view = () => screen.findByRole('article', { name: 'The note as it will be posted' });
const confirm = () => screen.getByRole('button', { name: 'Confirm & post' });

async function shown(): Promise<HTMLElement> {
  const v = await view();
  await waitFor(() => expect(v.textContent).not.toBe(''));
  return v;
}

describe('the rendered note', () => {
  it('shows the draft as the customer reads it: headings, bold and lists, never the markup', async () => {
    const id = await backend.workedSession();
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    const v = await shown();
    expect(v.querySelector('h3')?.textContent).toBe('Resolution');
    expect([...v.querySelectorAll('strong')].map((s) => s.textContent)).toContain('What fixed it:');
    expect(v.querySelectorAll('li').length).toBeGreaterThan(0);
    expect(v.textContent).not.toMatch(/#{2,}|\*\*/);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('opens the edit box at the top, and shows the edit rendered when switched back', async () => {
    const id = await backend.workedSession();
    const user = userEvent.setup();
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    await shown();
    await user.click(screen.getByRole('button', { name: 'Edit text' }));
    const box = screen.getByRole('textbox', { name: 'Note text' }) as HTMLTextAreaElement;
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(box.selectionStart).toBe(0);
    expect(box.scrollTop).toBe(0);
    // Typed where the caret opened: at the very top.
    await user.type(box, '## Follow-up{Enter}{Enter}', { skipClick: true });
    await user.click(screen.getByRole('button', { name: 'Show preview' }));
    expect((await view()).querySelector('h3')?.textContent).toBe('Follow-up');
  });

  it('keeps the technician’s edits when a reloaded draft comes back unchanged', async () => {
    const id = await backend.workedSession();
    const user = userEvent.setup();
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    await shown();
    await user.click(screen.getByRole('button', { name: 'Edit text' }));
    const box = screen.getByRole('textbox', { name: 'Note text' }) as HTMLTextAreaElement;
    const before = box.value;
    await user.type(box, 'Checked with the customer by phone.');
    const edited = box.value;
    // The session moves on with a finding the customer note does not carry: the redraft is identical.
    await backend.acme.sessions.addFinding(id, { text: 'Event log shows spooler crash 0x7e' });
    await user.click(confirm());
    await user.click(await screen.findByRole('button', { name: 'Reload draft' }));
    await waitFor(() => expect(screen.getByText(/Drafted from version 7/)).toBeTruthy());
    expect((await backend.client.previewResolutionNote(id)).markdown).toBe(before);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await waitFor(() => expect(screen.getByText(/your edits are kept/)).toBeTruthy());
    expect((screen.getByRole('textbox', { name: 'Note text' }) as HTMLTextAreaElement).value).toBe(edited);
  });

  it('replaces the edits with a reloaded draft that changed', async () => {
    const id = await backend.workedSession();
    const user = userEvent.setup();
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    await shown();
    await user.click(screen.getByRole('button', { name: 'Edit text' }));
    const box = screen.getByRole('textbox', { name: 'Note text' }) as HTMLTextAreaElement;
    await user.type(box, 'Checked with the customer by phone.');
    await backend.acme.sessions.proposeFix(id, { title: 'Pin the driver version in Intune' });
    await user.click(confirm());
    await user.click(await screen.findByRole('button', { name: 'Reload draft' }));
    await waitFor(() => expect(screen.getByText(/Drafted from version 7/)).toBeTruthy());
    const reloaded = screen.getByRole('textbox', { name: 'Note text' }) as HTMLTextAreaElement;
    expect(reloaded.value).not.toContain('Checked with the customer by phone.');
    expect(screen.queryByText(/your edits are kept/)).toBeNull();
  });

  it('says a failed post in technician words and leaves the code to the host', async () => {
    const id = await backend.workedSession();
    backend.psa.inject('addNote', { type: 'http', status: 500 });
    const user = userEvent.setup();
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    await shown();
    await user.click(confirm());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Nothing was confirmed as posted. The PSA did not accept the request',
    );
    expect(alert.textContent).not.toMatch(/docs\/|\.md|PSA_REQUEST_FAILED|HTTP 500/);
    expect(alert.dataset.errorCode).toBe('PSA_REQUEST_FAILED');
  });

  it('says a server that cannot be reached in technician words, with no code', async () => {
    const user = userEvent.setup();
    const offline = { ...backend.client, getSession: () => Promise.reject(new TypeError('Failed to fetch')) };
    render(<NotePreview client={offline} sessionId="ses_1" kind="resolve" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The draft could not be loaded. closeout could not be reached. Check your connection, then try again.Try again',
    );
    expect(alert.dataset.errorCode).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
  });
});

describe('NoteMarkdown', () => {
  const html = (markdown: string) => {
    const { container } = render(<NoteMarkdown markdown={markdown} />);
    return container.innerHTML;
  };

  it('renders the subset core writes and a technician adds', () => {
    expect(html('## Resolution\n\nCleared **the queue** and _restarted_ it.')).toBe(
      '<h3>Resolution</h3><p>Cleared <strong>the queue</strong> and <em>restarted</em> it.</p>',
    );
    expect(html('3. three\n4. four')).toBe('<ol start="3"><li>three</li><li>four</li></ol>');
    expect(html('- one\n  continued\n- two')).toBe('<ul><li>one continued</li><li>two</li></ul>');
    expect(html('Run `**not bold**` now')).toBe('<p>Run <code>**not bold**</code> now</p>');
    expect(html('\\*\\*literal\\*\\*')).toBe('<p>**literal**</p>');
    expect(html('> quoted\n\n---')).toBe('<blockquote><p>quoted</p></blockquote><hr>');
    expect(html('```\n# not a heading\n```')).toBe('<pre><code># not a heading</code></pre>');
  });

  it('keeps raw HTML as text and links only http, https and mailto', () => {
    const out = html('<img src=x onerror="alert(1)"> [docs](https://example.com) [x](javascript:alert(1))');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror="alert(1)"&gt;');
    expect(out).toContain('<a href="https://example.com" target="_blank" rel="noopener noreferrer">docs</a>');
    expect(out).toContain('x (javascript:alert(1))');
    expect(out).not.toContain('href="javascript');
  });
});
