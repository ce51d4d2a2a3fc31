// @vitest-environment happy-dom
import type { WritebackResult } from '@closeout/client';
import { NotePreview } from '@closeout/react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Backend, startBackend } from '../../client/test/support/backend.js';
import './support/patience.js';

let backend: Backend;
beforeEach(async () => {
  backend = await startBackend();
});
afterEach(cleanup);

const confirm = () => screen.getByRole('button', { name: 'Confirm & post' });
const status = () => screen.getByRole('status');
const rendered = () => screen.findByRole('article', { name: 'The note as it will be posted' });

/** Waits for the draft in the rendered view (the mode the step opens in). */
async function draftShown(): Promise<HTMLElement> {
  const view = await rendered();
  await waitFor(() => expect(view.textContent).not.toBe(''));
  return view;
}

/** Waits for the draft, then opens the "Note text" box with "Edit text". */
async function draftLoaded(user = userEvent.setup()): Promise<HTMLTextAreaElement> {
  await draftShown();
  await user.click(screen.getByRole('button', { name: 'Edit text' }));
  const box = screen.getByRole('textbox', { name: 'Note text' }) as HTMLTextAreaElement;
  expect(box.value).not.toBe('');
  return box;
}

describe('<NotePreview kind="resolve">', () => {
  it('shows the draft, takes the edit, posts it and announces the verified status', async () => {
    const id = await backend.workedSession();
    const ticketId = (await backend.acme.sessions.get(id)).ticket?.id;
    const onPosted = vi.fn<(result: WritebackResult) => void>();
    const user = userEvent.setup();
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" onPosted={onPosted} />);

    expect(status().textContent).toBe('Drafting the note…');
    const view = await draftShown();
    // Focus moves in an effect after the commit that shows the draft: wait for it, do not race it.
    await waitFor(() => expect(document.activeElement).toBe(view));
    const box = await draftLoaded(user);
    expect(box.value).toContain('Reinstall the HP Universal Print Driver');
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(box.selectionStart).toBe(0);
    await user.type(box, '\n\nCall us if it comes back.');
    expect(screen.getByText(/edited/)).toBeTruthy();
    await user.click(confirm());

    await waitFor(() =>
      expect(status().textContent).toBe(`Resolved — verified by re-reading ticket #${ticketId}`),
    );
    await waitFor(() => expect(document.activeElement).toBe(status()));
    const notes = backend.psa.notes(ticketId);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.text).toMatch(/Call us if it comes back\.$/);
    expect(onPosted).toHaveBeenCalledWith(expect.objectContaining({ outcome: 'resolved' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says in words when the draft is the template’s because the AI writer failed', async () => {
    backend = await startBackend({
      generator: {
        id: 'model@1',
        async generate() {
          throw new Error('connection refused');
        },
      },
    });
    const id = await backend.workedSession({ outcome: 'failed' });
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    await draftLoaded();
    const note = screen.getByText(/written from the session record by the standard template/);
    expect(note.textContent).toContain('it could not be reached');
    expect(note.getAttribute('data-fallback-reason')).toBe('generator_failed');
    expect(note.getAttribute('data-fallback-from')).toBe('model@1');
  });

  it('shows no fallback words over a normal draft', async () => {
    const id = await backend.workedSession();
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    await draftLoaded();
    expect(screen.queryByText(/standard template/)).toBeNull();
  });

  it('offers to reload a draft that went stale, and posts the reloaded one', async () => {
    const id = await backend.workedSession();
    const user = userEvent.setup();
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    await draftShown();
    // The assistant records one more finding while the technician reads the draft.
    await backend.acme.sessions.addFinding(id, { text: 'Driver 7.1 was pushed by Intune last week' });
    await user.click(confirm());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The session changed after this draft was written');
    expect(confirm()).toHaveProperty('disabled', true);
    const reload = screen.getByRole('button', { name: 'Reload draft' });
    await waitFor(() => expect(document.activeElement).toBe(reload));
    await user.click(reload);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    // The old draft stays in the box while the new one loads: wait for the new version.
    expect(await screen.findByText(/Drafted from version 7/)).toBeTruthy();
    await user.click(confirm());
    await waitFor(() => expect(status().textContent).toMatch(/^Resolved — verified/));
  });

  it('marks the draft stale as soon as the host reports a newer session version', async () => {
    const id = await backend.workedSession();
    const { rerender } = render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    await draftShown();
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<NotePreview client={backend.client} sessionId={id} kind="resolve" sessionVersion={7} />);
    expect((await screen.findByRole('alert')).dataset.problem).toBe('stale');
    expect(confirm()).toHaveProperty('disabled', true);
  });

  it('shows the expected and actual status of a failed verification, and retries without a second note', async () => {
    const id = await backend.workedSession();
    const ticketId = (await backend.acme.sessions.get(id)).ticket?.id as string;
    backend.psa.inject('setTicketStatus', { type: 'silent_status_rejection' });
    const user = userEvent.setup();
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    const box = await draftLoaded(user);
    await user.click(confirm());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`ticket #${ticketId} still shows “New” instead of “Resolved”`);
    // The note is on the ticket: it is shown read-only, and posting it again is not offered.
    expect(box.readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Confirm & post' })).toBeNull();
    expect(screen.getByText('Note on the ticket (posted, read-only)')).toBeTruthy();
    backend.psa.clearFaults();
    await user.click(screen.getByRole('button', { name: 'Retry the status change' }));
    await waitFor(() => expect(status().textContent).toMatch(/^Resolved — verified/));
    expect(backend.psa.notes(ticketId)).toHaveLength(1);
  });

  it('says the PSA stored the note with the other visibility, offers to check again or stop, never to post', async () => {
    const id = await backend.workedSession();
    const ticketId = (await backend.acme.sessions.get(id)).ticket?.id as string;
    backend.psa.inject('addNote', { type: 'wrong_visibility' }, { times: 1 });
    const user = userEvent.setup();
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    await draftLoaded();
    await user.click(confirm());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'stored it as internal (hidden from the customer) instead of visible to the customer',
    );
    expect(screen.queryByRole('button', { name: 'Confirm & post' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Stop here' }));
    expect(status().textContent).toContain(
      `The note stays on ticket #${ticketId} and its status was not changed`,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(backend.psa.notes(ticketId)).toHaveLength(1);
    expect(backend.psa.ticket(ticketId).statusHistory).toEqual([]);
  });

  it('explains a pinned writeback as such on a reopened page, and finishes it with the one note', async () => {
    const id = await backend.workedSession();
    const ticketId = (await backend.acme.sessions.get(id)).ticket?.id as string;
    // An earlier post put its note on the ticket and stopped before the status (a 503 on the re-read).
    backend.psa.inject('getTicket', { type: 'http', status: 503 }, { times: 1 });
    await backend.acme
      .resolve(id, { text: 'Driver reinstalled by hand.', basedOnVersion: 6 })
      .catch(() => undefined);
    const user = userEvent.setup();
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    const box = await draftLoaded();
    await user.type(box, ' (edited again)');
    await user.click(confirm());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('An earlier resolution post of this session put its note');
    expect(alert.textContent).toContain('stopped before the status change');
    expect(alert.textContent).not.toContain('under way');
    expect(screen.queryByRole('button', { name: 'Check again' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Finish the earlier post' }));
    await waitFor(() => expect(status().textContent).toMatch(/^Resolved — verified/));
    const notes = backend.psa.notes(ticketId);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.text).toBe('Driver reinstalled by hand.');
  });

  it('says before posting whether the contact will be e-mailed', async () => {
    const id = await backend.workedSession();
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    expect((await screen.findByText('The ticket’s contact is not e-mailed.')).textContent).toBeTruthy();
    cleanup();
    await backend.acme.settings.update({ notifyContact: true });
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    expect(await screen.findByText('Posting e-mails the ticket’s contact.')).toBeTruthy();
  });

  it('asks before resolving a session whose active fix failed, and posts with confirmUnresolved', async () => {
    const id = await backend.workedSession({ outcome: 'failed' });
    const user = userEvent.setup();
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    await draftShown();
    await user.click(confirm());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The active fix is not recorded as successful');
    expect((await backend.acme.sessions.get(id)).status).toBe('open');
    await user.click(screen.getByRole('button', { name: 'Resolve anyway' }));
    await waitFor(() => expect(status().textContent).toMatch(/^Resolved — verified/));
  });

  it('says to wait while another post of the session is under way, then shows its result', async () => {
    const id = await backend.workedSession();
    const user = userEvent.setup();
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    await draftShown();
    // Another tab posts the same session on a slow PSA.
    backend.psa.setLatency(300);
    const elsewhere = backend.acme.resolve(id, { basedOnVersion: 6 });
    await user.click(confirm());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('under way');
    await elsewhere;
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(status().textContent).toMatch(/^Resolved — verified/));
  });

  it('says nothing was posted, and why, for a session with no ticket', async () => {
    const id = await backend.workedSession({ ticket: false });
    const user = userEvent.setup();
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    await draftShown();
    await user.click(confirm());
    await waitFor(() =>
      expect(status().textContent).toBe(
        'Saved in closeout only: nothing was posted to the PSA, because this session has no linked ticket.',
      ),
    );
  });

  it('shows the result of a session posted before it opened, without drafting', async () => {
    const id = await backend.workedSession();
    await backend.acme.resolve(id, { basedOnVersion: 6 });
    const before = backend.requests.length;
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    await waitFor(() => expect(status().textContent).toMatch(/^Resolved — verified/));
    expect(backend.requests.slice(before)).toEqual([`GET /api/ai-sessions/${id}`]);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('says why a draft did not load, and loads it on request', async () => {
    const user = userEvent.setup();
    render(<NotePreview client={backend.client} sessionId="ses_missing" kind="resolve" />);
    const alert = await screen.findByRole('alert');
    // Technician words only: the server's developer message (and its docs link) stays out of it.
    expect(alert.textContent).toContain(
      'The draft could not be loaded. This session no longer exists, or your account cannot see it.',
    );
    expect(alert.textContent).not.toMatch(/docs\/|errors\.md|ses_missing/);
    expect(alert.dataset.errorCode).toBe('SESSION_NOT_FOUND');
    expect(confirm()).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect((await screen.findByRole('alert')).dataset.problem).toBe('load_failed');
  });

  it('cannot post an empty note', async () => {
    const id = await backend.workedSession();
    const user = userEvent.setup();
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" />);
    await user.clear(await draftLoaded(user));
    expect(confirm()).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Discard edits' }));
    expect(confirm()).toHaveProperty('disabled', false);
  });
});

describe('<NotePreview kind="escalate">', () => {
  it('posts the escalation package as an internal note and announces the verified status', async () => {
    const id = await backend.workedSession({ outcome: 'failed' });
    const ticketId = (await backend.acme.sessions.get(id)).ticket?.id as string;
    const user = userEvent.setup();
    render(<NotePreview client={backend.client} sessionId={id} kind="escalate" />);
    expect(screen.getByRole('heading', { name: 'Escalation package (internal)' })).toBeTruthy();
    const view = await draftShown();
    expect(view.querySelector('h3')?.textContent).toBe('Problem');
    expect(view.textContent).toContain('Suggested next steps');
    expect(screen.getByText(/never shown to the customer/)).toBeTruthy();
    await user.click(confirm());
    await waitFor(() =>
      expect(status().textContent).toBe(`Escalated — verified by re-reading ticket #${ticketId}`),
    );
    expect(backend.psa.notes(ticketId).map((n) => n.type)).toEqual(['internal_analysis']);
  });
});

describe('<NotePreview timeEntry>', () => {
  it('shows the drafted time beside the note, takes the edits and posts them with it', async () => {
    const id = await backend.workedSession();
    const ticketId = (await backend.acme.sessions.get(id)).ticket?.id;
    const user = userEvent.setup();
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" timeEntry />);
    await draftLoaded();
    const minutes = (await screen.findByRole('spinbutton', {
      name: 'Time spent (minutes)',
    })) as HTMLInputElement;
    const billable = screen.getByRole('checkbox', { name: 'Billable' }) as HTMLInputElement;
    expect(Number(minutes.value)).toBeGreaterThanOrEqual(1);
    expect(billable.checked).toBe(true);

    await user.clear(minutes);
    expect(confirm()).toHaveProperty('disabled', true);
    await user.type(minutes, '35');
    await user.click(billable);
    await user.click(confirm());

    await waitFor(() =>
      expect(status().textContent).toBe(
        `Resolved — verified by re-reading ticket #${ticketId}. 35 min logged on the ticket.`,
      ),
    );
    const entries = backend.psa.timeEntries(ticketId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ minutes: 35, billable: false });
    expect(entries[0]?.notes).toContain('Reinstall the HP Universal Print Driver');
  });

  it('shows no time fields for a session without a ticket, and posts no time', async () => {
    const id = await backend.workedSession({ ticket: false });
    const user = userEvent.setup();
    render(<NotePreview client={backend.client} sessionId={id} kind="resolve" timeEntry />);
    await draftLoaded();
    expect(screen.queryByRole('spinbutton', { name: 'Time spent (minutes)' })).toBeNull();
    await user.click(confirm());
    await waitFor(() => expect(status().textContent).toMatch(/^Saved in closeout only/));
    expect(backend.psa.timeEntries()).toEqual([]);
  });
});
