// Over HTTP: the preview says before posting whether the contact will be e-mailed, and a note the
// PSA stored with the wrong visibility answers 502 PSA_NOTE_VERIFICATION_FAILED, status untouched.
import type { FakePsa } from '@closeout/core/fake-psa';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServerOnPsa, type TestServer } from './support/server.js';

let server: TestServer;
let psa: FakePsa;

beforeEach(async () => {
  ({ server, psa } = await startServerOnPsa());
});
afterEach(async () => {
  await server.close();
});

type Json = Record<string, unknown>;

async function session(): Promise<{ id: string; ticketId: string }> {
  const ticket = psa.createTicket();
  const res = await server.call('POST', '/api/ai-sessions', { body: { problem: 'Printer offline', ticket } });
  const id = ((await res.json()) as Json).id as string;
  await server.call('POST', `/api/ai-sessions/${id}/fixes`, { body: { title: 'Reinstall the driver' } });
  await server.call('PATCH', `/api/ai-sessions/${id}/outcome`, { body: { status: 'success' } });
  return { id, ticketId: ticket.id };
}

const preview = async (id: string, kind: 'resolution-note' | 'escalation-package') =>
  (await (await server.call('POST', `/api/ai-sessions/${id}/${kind}/preview`)).json()) as Json;

describe('receipts and notifications over HTTP', () => {
  it('the preview answers contactEmail from the notifyContact setting, read on every call', async () => {
    const { id } = await session();
    expect((await preview(id, 'resolution-note')).contactEmail).toBe('no');
    await server.settings({ notifyContact: true });
    const cached = await preview(id, 'resolution-note');
    expect(cached).toMatchObject({ cached: true, contactEmail: 'yes' });
    // An escalation is internal: the contact is never e-mailed.
    expect((await preview(id, 'escalation-package')).contactEmail).toBe('no');
  });

  it('answers 502 PSA_NOTE_VERIFICATION_FAILED when the PSA stored the note with the other visibility', async () => {
    const { id, ticketId } = await session();
    psa.inject('addNote', { type: 'wrong_visibility' }, { times: 1 });
    const res = await server.call('POST', `/api/ai-sessions/${id}/escalation-package/post`, {
      body: { text: 'Internal findings.', basedOnVersion: 3 },
    });
    expect(res.status).toBe(502);
    const { error } = (await res.json()) as { error: { code: string; details: Json } };
    expect(error.code).toBe('PSA_NOTE_VERIFICATION_FAILED');
    expect(error.details).toMatchObject({
      noteId: psa.notes(ticketId)[0]?.id,
      expectedType: 'internal_analysis',
      actualType: 'discussion',
    });
    expect(psa.ticket(ticketId).statusHistory).toEqual([]);
  });

  it('reports the receipt in the post answer: note.verified', async () => {
    const { id } = await session();
    const res = await server.call('POST', `/api/ai-sessions/${id}/resolution-note/post`, {
      body: { text: 'Driver reinstalled.', basedOnVersion: 3 },
    });
    expect(((await res.json()) as { note: Json }).note).toMatchObject({ verified: true });
  });
});
