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
const body = async (res: Response) => (await res.json()) as Json;
const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

async function workedSession(opts: { ticket?: boolean } = {}): Promise<{ id: string; ticketId?: string }> {
  const ticket = opts.ticket === false ? undefined : psa.createTicket();
  const created = await body(
    await server.call('POST', '/api/ai-sessions', {
      body: { problem: 'Users on floor 3 cannot print', ticket },
    }),
  );
  const id = created.id as string;
  await server.call('POST', `/api/ai-sessions/${id}/fixes`, { body: { title: 'Restart the Print Spooler' } });
  await server.call('PATCH', `/api/ai-sessions/${id}/outcome`, {
    body: { status: 'failed', failureReason: 'Stopped again after 40 seconds' },
  });
  await server.call('POST', `/api/ai-sessions/${id}/fixes`, {
    body: { title: 'Reinstall HP Universal Print Driver 7.1' },
  });
  await server.call('PATCH', `/api/ai-sessions/${id}/outcome`, { body: { status: 'success' } });
  return { id, ...(ticket ? { ticketId: ticket.id } : {}) };
}

describe('preview endpoints over HTTP', () => {
  it('answers the resolution-note preview, then the same from the cache', async () => {
    const { id } = await workedSession();
    const first = await server.call('POST', `/api/ai-sessions/${id}/resolution-note/preview`);
    expect(first.status).toBe(200);
    const preview = await body(first);
    expect(preview).toMatchObject({ kind: 'resolution_note', sessionId: id, stateVersion: 5, cached: false });
    expect(preview.markdown).toContain('Reinstall HP Universal Print Driver 7.1');
    const again = await body(await server.call('POST', `/api/ai-sessions/${id}/resolution-note/preview`));
    expect(again).toMatchObject({ cached: true, markdown: preview.markdown });
  });

  it('answers the escalation package with its five sections', async () => {
    const { id } = await workedSession();
    const res = await server.call('POST', `/api/ai-sessions/${id}/escalation-package/preview`);
    expect(res.status).toBe(200);
    const markdown = (await body(res)).markdown as string;
    const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([
      'Problem',
      "What we've confirmed",
      "What we've tried",
      'Current hypothesis',
      'Suggested next steps',
    ]);
  });

  it("answers 404 for another account's session", async () => {
    const { id } = await workedSession();
    for (const kind of ['resolution-note', 'escalation-package']) {
      const res = await server.call('POST', `/api/ai-sessions/${id}/${kind}/preview`, { key: 'key-globex' });
      expect(res.status).toBe(404);
      expect(await errorCode(res)).toBe('SESSION_NOT_FOUND');
    }
  });
});

describe('post endpoints over HTTP', () => {
  it('posts the previewed resolution note, verifies the status, and answers 409 to a re-post', async () => {
    const { id, ticketId } = await workedSession();
    const preview = await body(await server.call('POST', `/api/ai-sessions/${id}/resolution-note/preview`));
    const res = await server.call('POST', `/api/ai-sessions/${id}/resolution-note/post`, {
      body: { basedOnVersion: preview.stateVersion },
    });
    expect(res.status).toBe(200);
    expect(await body(res)).toMatchObject({
      outcome: 'resolved',
      sessionId: id,
      stateVersion: 6,
      note: { type: 'resolution' },
      status: { id: psa.statusId('Resolved'), name: 'Resolved', verified: true },
    });
    expect(psa.notes(ticketId).map((n) => [n.type, n.text])).toEqual([
      ['resolution', (preview.markdown as string).trim()],
    ]);
    const again = await server.call('POST', `/api/ai-sessions/${id}/resolution-note/post`, {
      body: { basedOnVersion: 6 },
    });
    expect(again.status).toBe(409);
    expect(await errorCode(again)).toBe('ALREADY_FINALIZED');
    expect(psa.notes(ticketId)).toHaveLength(1);
  });

  it('posts an edited escalation as an internal note', async () => {
    const { id, ticketId } = await workedSession();
    const res = await server.call('POST', `/api/ai-sessions/${id}/escalation-package/post`, {
      body: { text: 'Driver store looks corrupt; Tier 2 please.', basedOnVersion: 5 },
    });
    expect(res.status).toBe(200);
    expect(await body(res)).toMatchObject({ outcome: 'escalated', note: { type: 'internal_analysis' } });
    expect(psa.notes(ticketId)).toEqual([
      expect.objectContaining({
        type: 'internal_analysis',
        customerVisible: false,
        text: 'Driver store looks corrupt; Tier 2 please.',
      }),
    ]);
  });

  it('resolves locally when the session has no ticket', async () => {
    const { id } = await workedSession({ ticket: false });
    const res = await server.call('POST', `/api/ai-sessions/${id}/resolution-note/post`, {
      body: { text: 'Fixed on site.', basedOnVersion: 5 },
    });
    expect(res.status).toBe(200);
    expect(await body(res)).toMatchObject({ outcome: 'resolved_local' });
    expect(psa.notes()).toEqual([]);
  });

  it('answers 502 PSA_STATUS_VERIFICATION_FAILED with expected and actual status when the PSA keeps the old one', async () => {
    psa.inject('setTicketStatus', { type: 'silent_status_rejection' });
    const { id } = await workedSession();
    const res = await server.call('POST', `/api/ai-sessions/${id}/resolution-note/post`, {
      body: { text: 'Driver reinstalled.', basedOnVersion: 5 },
    });
    expect(res.status).toBe(502);
    const { error } = (await res.json()) as { error: { code: string; details: Json } };
    expect(error.code).toBe('PSA_STATUS_VERIFICATION_FAILED');
    expect(error.details).toMatchObject({
      expected: { id: psa.statusId('Resolved') },
      actual: { name: 'New' },
    });
  });

  it('answers 409 STALE_PREVIEW for an old basedOnVersion and 400 without one', async () => {
    const { id, ticketId } = await workedSession();
    const stale = await server.call('POST', `/api/ai-sessions/${id}/resolution-note/post`, {
      body: { text: 'x', basedOnVersion: 4 },
    });
    expect(stale.status).toBe(409);
    expect(await errorCode(stale)).toBe('STALE_PREVIEW');
    const missing = await server.call('POST', `/api/ai-sessions/${id}/resolution-note/post`, {
      body: { text: 'x' },
    });
    expect(missing.status).toBe(400);
    expect(await errorCode(missing)).toBe('VALIDATION_FAILED');
    expect(psa.notes(ticketId)).toEqual([]);
  });

  it('answers 409 OUTCOME_NOT_RESOLVED over a failed fix, and resolves with confirmUnresolved in the body', async () => {
    const { id, ticketId } = await workedSession();
    await server.call('PATCH', `/api/ai-sessions/${id}/outcome`, {
      body: { status: 'failed', failureReason: 'Came back after lunch' },
    });
    const refused = await server.call('POST', `/api/ai-sessions/${id}/resolution-note/post`, {
      body: { text: 'Still failing.', basedOnVersion: 6 },
    });
    expect(refused.status).toBe(409);
    const { error } = (await refused.json()) as { error: { code: string; details: Json } };
    expect(error.code).toBe('OUTCOME_NOT_RESOLVED');
    expect(error.details).toMatchObject({
      activeFix: { title: 'Reinstall HP Universal Print Driver 7.1', status: 'failed' },
    });
    expect(psa.notes(ticketId)).toEqual([]);
    const confirmed = await server.call('POST', `/api/ai-sessions/${id}/resolution-note/post`, {
      body: { text: 'Still failing.', basedOnVersion: 6, confirmUnresolved: true },
    });
    expect(confirmed.status).toBe(200);
    expect(await body(confirmed)).toMatchObject({ outcome: 'resolved' });
  });

  it("answers 404 to a post on another account's session and posts nothing", async () => {
    const { id, ticketId } = await workedSession();
    const res = await server.call('POST', `/api/ai-sessions/${id}/resolution-note/post`, {
      body: { text: 'x', basedOnVersion: 5 },
      key: 'key-globex',
    });
    expect(res.status).toBe(404);
    expect(psa.notes(ticketId)).toEqual([]);
  });
});

describe('time entries over HTTP', () => {
  it('drafts the time entry, and posts it edited with the resolution before the status change', async () => {
    const { id, ticketId } = await workedSession();
    const res = await server.call('POST', `/api/ai-sessions/${id}/time-entry/preview`);
    expect(res.status).toBe(200);
    const draft = await body(res);
    expect(draft).toMatchObject({ sessionId: id, stateVersion: 5, billable: true });
    expect(draft.notes).toContain('Reinstall HP Universal Print Driver 7.1: worked');

    const posted = await server.call('POST', `/api/ai-sessions/${id}/resolution-note/post`, {
      body: { basedOnVersion: 5, timeEntry: { minutes: 45, billable: false } },
    });
    expect(posted.status).toBe(200);
    const result = await body(posted);
    const entries = psa.timeEntries(ticketId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ minutes: 45, billable: false });
    expect(result.timeEntry).toEqual({ externalId: entries[0]?.id, minutes: 45, verified: true });
    expect(psa.ticket(ticketId as string).status.name).toBe('Resolved');
  });

  it('refuses a malformed time entry with VALIDATION_FAILED, posting nothing', async () => {
    const { id, ticketId } = await workedSession();
    const res = await server.call('POST', `/api/ai-sessions/${id}/resolution-note/post`, {
      body: { basedOnVersion: 5, timeEntry: { minutes: 0 } },
    });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('VALIDATION_FAILED');
    expect(psa.notes(ticketId)).toEqual([]);
  });
});
