// @vitest-environment happy-dom
import { createClient } from '@closeout/client';
import { useNotePreview } from '@closeout/react';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_KEY, type Backend, startBackend } from '../../client/test/support/backend.js';
import './support/patience.js';

let backend: Backend;
beforeEach(async () => {
  backend = await startBackend();
});
afterEach(cleanup);

describe('useNotePreview', () => {
  it('walks loading → ready → posting → posted, posting the edited text', async () => {
    const id = await backend.workedSession();
    const steps: string[] = [];
    const { result } = renderHook(() => {
      const note = useNotePreview({ client: backend.client, sessionId: id, kind: 'resolve' });
      if (steps.at(-1) !== note.step) steps.push(note.step);
      return note;
    });
    await waitFor(() => expect(result.current.step).toBe('ready'));
    expect(result.current.preview?.stateVersion).toBe(6);
    act(() => result.current.setText('Replaced the print driver; printing works again.'));
    expect(result.current.edited).toBe(true);
    let posting: Promise<void> = Promise.resolve();
    act(() => {
      posting = result.current.post();
    });
    expect(result.current.step).toBe('posting');
    await act(() => posting);

    expect(steps).toEqual(['loading', 'ready', 'posting', 'posted']);
    expect(result.current.result).toMatchObject({ outcome: 'resolved', status: { verified: true } });
    const ticketId = result.current.session?.ticket?.id as string;
    expect(backend.psa.notes(ticketId).map((n) => n.text)).toEqual([
      'Replaced the print driver; printing works again.',
    ]);
  });

  it('shows only the session it is given now, never a late answer for the previous one', async () => {
    const first = await backend.workedSession();
    const second = await backend.workedSession({ outcome: 'failed' });
    // Answers about the first session wait until the second one is on screen.
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const late: Array<Promise<Response>> = [];
    const client = createClient({
      baseUrl: 'http://closeout.test/api',
      headers: { authorization: `Bearer ${API_KEY}` },
      fetch: (url, init) => {
        const answer = backend.handler(new Request(url, init));
        if (!url.includes(first)) return answer;
        const held = gate.then(() => answer);
        late.push(held);
        return held;
      },
    });
    const { result, rerender } = renderHook(
      ({ sessionId }) => useNotePreview({ client, sessionId, kind: 'escalate' }),
      { initialProps: { sessionId: first } },
    );
    rerender({ sessionId: second });
    await waitFor(() => expect(result.current.step).toBe('ready'));
    release();
    await act(async () => {
      await Promise.all(late);
    });
    expect(late.length).toBeGreaterThan(0);
    expect(result.current.preview?.sessionId).toBe(second);
    expect(result.current.session?.id).toBe(second);
  });
});
