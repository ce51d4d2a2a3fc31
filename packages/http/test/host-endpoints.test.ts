// The endpoints a host app builds its session list, audit view and retention on, and the actor
// the host's authenticate names.
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './support/server.js';

const KEYS: Record<string, { accountId: string; actor?: string }> = {
  'key-acme': { accountId: 'acme-msp', actor: 'tech:jdoe' },
  'key-acme-service': { accountId: 'acme-msp' },
  'key-globex': { accountId: 'globex-msp', actor: 'tech:other' },
};

let server: TestServer;
const start = async () => {
  server = await startServer(
    {},
    { authenticate: (req) => KEYS[(req.headers.get('authorization') ?? '').replace(/^Bearer /, '')] ?? null },
  );
};
afterEach(async () => {
  await server.close();
});

async function create(ticketId: string, key = 'key-acme'): Promise<{ id: string }> {
  const res = await server.call('POST', '/api/ai-sessions', {
    body: { problem: `Problem on ${ticketId}`, ticket: { provider: 'connectwise', id: ticketId } },
    key,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string };
}

type Page = { items: Array<{ id: string; status: string }>; nextCursor: string | null };

describe('GET /ai-sessions', () => {
  it('lists a ticket’s sessions newest first and pages with nextCursor', async () => {
    await start();
    const first = await create('48213');
    await create('1');
    const second = await create('48213');
    const third = await create('48213');
    const query = 'ticketProvider=connectwise&ticketId=48213&limit=2';
    const page1 = await server.call('GET', `/api/ai-sessions?${query}`);
    expect(page1.status).toBe(200);
    const body1 = (await page1.json()) as Page;
    expect(body1.items.map((s) => s.id)).toEqual([third.id, second.id]);
    expect(body1.nextCursor).toEqual(expect.any(String));
    const page2 = await server.call(
      'GET',
      `/api/ai-sessions?${query}&cursor=${encodeURIComponent(body1.nextCursor as string)}`,
    );
    expect((await page2.json()) as Page).toEqual({
      items: [expect.objectContaining({ id: first.id })],
      nextCursor: null,
    });
  });

  it('filters by status, repeated or comma-separated, and shows only the caller’s account', async () => {
    await start();
    const open = await create('7');
    const done = await create('8');
    await server.call('POST', `/api/ai-sessions/${done.id}/escalation-package/post`, {
      body: { text: 'Escalated to tier 2.', basedOnVersion: 1 },
    });
    await create('7', 'key-globex');
    const ids = async (q: string) =>
      ((await (await server.call('GET', `/api/ai-sessions?${q}`)).json()) as Page).items.map((s) => s.id);
    expect(await ids('status=open')).toEqual([open.id]);
    expect(await ids('status=open,escalated_local')).toEqual([done.id, open.id]);
    expect(await ids('status=resolved&status=escalated_local')).toEqual([done.id]);
    expect(await ids('ticketProvider=connectwise&ticketId=7')).toEqual([open.id]);
  });

  it('answers 400 VALIDATION_FAILED to a bad cursor, limit, status or parameter', async () => {
    await start();
    for (const q of [
      'cursor=nope',
      'limit=0',
      'limit=101',
      'limit=ten',
      'status=closed',
      'ticketId=7',
      'updatedAfter=yesterday',
      'sort=asc',
      'limit=1&limit=2',
    ]) {
      const res = await server.call('GET', `/api/ai-sessions?${q}`);
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('DELETE /ai-sessions/{id}', () => {
  it('answers 204 with no body, after which the session is gone', async () => {
    await start();
    const s = await create('9');
    const res = await server.call('DELETE', `/api/ai-sessions/${s.id}`);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect((await server.call('GET', `/api/ai-sessions/${s.id}`)).status).toBe(404);
    expect((await server.call('GET', `/api/ai-sessions/${s.id}/history`)).status).toBe(404);
    expect((await server.call('DELETE', `/api/ai-sessions/${s.id}`)).status).toBe(404);
  });

  it('answers 404 to another account and deletes nothing', async () => {
    await start();
    const s = await create('9');
    expect((await server.call('DELETE', `/api/ai-sessions/${s.id}`, { key: 'key-globex' })).status).toBe(404);
    expect((await server.call('GET', `/api/ai-sessions/${s.id}`)).status).toBe(200);
  });
});

describe('history, ticket linking and the actor', () => {
  it('records the authenticated actor, never one named in the body', async () => {
    await start();
    const s = await create('10');
    await server.call('POST', `/api/ai-sessions/${s.id}/findings`, {
      body: { text: 'Spooler stopped', actor: 'tech:someone-else' },
    });
    await server.call('POST', `/api/ai-sessions/${s.id}/fixes`, {
      body: { title: 'Restart the spooler' },
      key: 'key-acme-service',
    });
    await server.call('POST', `/api/ai-sessions/${s.id}/escalation-package/preview`);
    const linked = await server.call('PUT', `/api/ai-sessions/${s.id}/ticket`, {
      body: { provider: 'connectwise', id: '11', expectedVersion: 3 },
    });
    expect(linked.status).toBe(200);
    expect(((await linked.json()) as { ticket: unknown }).ticket).toEqual({
      provider: 'connectwise',
      id: '11',
    });
    await server.call('POST', `/api/ai-sessions/${s.id}/escalation-package/post`, {
      body: { text: 'Escalated.', basedOnVersion: 4, actor: 'tech:someone-else' },
    });

    const res = await server.call('GET', `/api/ai-sessions/${s.id}/history`);
    expect(res.status).toBe(200);
    const { events } = (await res.json()) as { events: Array<{ type: string; actor?: string }> };
    expect(events.map((e) => [e.type, e.actor])).toEqual([
      ['created', 'tech:jdoe'],
      ['finding_added', 'tech:jdoe'],
      ['fix_proposed', undefined],
      ['preview_generated', 'tech:jdoe'],
      ['ticket_linked', 'tech:jdoe'],
      ['finalized', 'tech:jdoe'],
    ]);
    expect((await server.call('GET', `/api/ai-sessions/${s.id}/history`, { key: 'key-globex' })).status).toBe(
      404,
    );
  });

  it('refuses a ticket body without an id, and a stale expectedVersion, changing nothing', async () => {
    await start();
    const s = await create('12');
    const bad = await server.call('PUT', `/api/ai-sessions/${s.id}/ticket`, {
      body: { provider: 'connectwise' },
    });
    expect(bad.status).toBe(400);
    const stale = await server.call('PUT', `/api/ai-sessions/${s.id}/ticket`, {
      body: { provider: 'connectwise', id: '13', expectedVersion: 5 },
    });
    expect(stale.status).toBe(409);
    const session = (await (await server.call('GET', `/api/ai-sessions/${s.id}`)).json()) as {
      stateVersion: number;
    };
    expect(session.stateVersion).toBe(1);
  });

  it('treats a malformed authenticate answer as the host’s bug: 500 through onError', async () => {
    server = await startServer({}, { authenticate: () => ({ accountId: 'acme-msp', actor: ' padded ' }) });
    const res = await server.call('GET', '/api/ai-sessions');
    expect(res.status).toBe(500);
    expect(server.errors).toHaveLength(1);
  });
});
