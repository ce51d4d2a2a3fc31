// Smoke test: `npm run example:server` starts, and the README's curl walk works against it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningExample, startExample } from '../support/run-example.js';

let server: RunningExample;
let api = '';

beforeAll(async () => {
  server = await startExample('examples/server/main.ts', /on (http:\/\/127\.0\.0\.1:\d+\/api)/);
  api = server.url;
});
afterAll(() => {
  server?.stop();
});

describe('example: server', () => {
  it('serves the README walk: session, outcome, cached preview, verified post, 409 on re-post', async () => {
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${api}${path}`, {
        method,
        headers: { authorization: 'Bearer demo-key', 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    };
    const created = await call('POST', '/ai-sessions', {
      problem: 'Users on floor 3 cannot print',
      ticket: { provider: 'connectwise', id: '48213' },
    });
    const id = created.json.id as string;
    await call('POST', `/ai-sessions/${id}/fixes`, { title: 'Restart the Print Spooler' });
    await call('PATCH', `/ai-sessions/${id}/outcome`, {
      status: 'failed',
      failureReason: 'Stopped again after 40 seconds',
    });
    await call('POST', `/ai-sessions/${id}/fixes`, { title: 'Reinstall HP Universal Print Driver 7.1' });
    await call('PATCH', `/ai-sessions/${id}/outcome`, { status: 'success' });
    const preview = await call('POST', `/ai-sessions/${id}/resolution-note/preview`);
    expect(preview.json).toMatchObject({ cached: false, stateVersion: 5 });
    expect((await call('POST', `/ai-sessions/${id}/resolution-note/preview`)).json.cached).toBe(true);
    const posted = await call('POST', `/ai-sessions/${id}/resolution-note/post`, { basedOnVersion: 5 });
    expect(posted.status).toBe(200);
    expect(posted.json).toMatchObject({ outcome: 'resolved', status: { name: 'Resolved', verified: true } });
    const again = await call('POST', `/ai-sessions/${id}/resolution-note/post`, { basedOnVersion: 6 });
    expect(again.status).toBe(409);
    const listed = await call('GET', '/ai-sessions?ticketProvider=connectwise&ticketId=48213');
    expect(listed.json).toMatchObject({ items: [{ id, status: 'resolved' }], nextCursor: null });
    const history = (await call('GET', `/ai-sessions/${id}/history`)).json.events as Array<{
      type: string;
      actor?: string;
    }>;
    expect(history.map((e) => e.type).slice(-4)).toEqual([
      'note_posted',
      'note_verified',
      'status_verified',
      'finalized',
    ]);
    expect(history.every((e) => e.actor === 'tech:demo')).toBe(true);
    expect((await fetch(`${api}/ai-sessions/${id}`)).status).toBe(401);
  });
});
