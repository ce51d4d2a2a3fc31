// Every rule the HaloPSA simulator enforces, broken once and refused, and the shapes it answers
// with checked against the Halo API subset.

import {
  HALO_LIST_NOTE_LENGTH,
  type HaloSimOptions,
  type HaloSimulator,
  seededHaloSimulator,
} from '@closeout/simulators/halo';
import { haloContractErrors } from '@closeout/simulators/halo-contract';
import { describe, expect, it } from 'vitest';

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

async function tokenResponse(sim: HaloSimulator, fields: Record<string, string> = {}, query = '') {
  return sim.fetch(`${sim.origin}/auth/token${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form({
      grant_type: 'client_credentials',
      client_id: sim.clientId,
      client_secret: sim.clientSecret,
      scope: 'all',
      ...fields,
    }),
  });
}

async function tokenOf(sim: HaloSimulator, scope = 'all'): Promise<string> {
  const response = await tokenResponse(sim, { scope });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function api(
  sim: HaloSimulator,
  method: string,
  path: string,
  args: { token?: string; body?: unknown; contentType?: string } = {},
): Promise<Response> {
  const token = args.token ?? (await tokenOf(sim));
  return sim.fetch(`${sim.origin}/api/${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(args.body === undefined ? {} : { 'Content-Type': args.contentType ?? 'application/json' }),
    },
    ...(args.body === undefined ? {} : { body: JSON.stringify(args.body) }),
  });
}

const make = (options: HaloSimOptions = {}) => seededHaloSimulator({ rateLimit: false, ...options });
const note = (fields: Record<string, unknown> = {}) => ({
  ticket_id: 1042,
  outcome_id: 7,
  note_html: '<p>Checked the mailbox rules</p>',
  hiddenfromuser: true,
  sendemail: false,
  ...fields,
});

describe('the Halo contract check has teeth', () => {
  it('accepts an action array and refuses an object, a misspelt field or a wrong type', () => {
    expect(haloContractErrors('Actions[]', [note()])).toEqual([]);
    expect(haloContractErrors('Actions[]', note())).not.toEqual([]);
    expect(haloContractErrors('Actions[]', [])).not.toEqual([]);
    expect(haloContractErrors('Actions[]', [{ ...note(), hiddenfromusr: true }]).join()).toContain(
      'hiddenfromusr',
    );
    expect(haloContractErrors('Actions[]', [{ ...note(), outcome_id: '7' }])).not.toEqual([]);
  });

  it('refuses a ticket whose status id is not an int32', () => {
    expect(haloContractErrors('Faults[]', [{ id: 1042, status_id: 9 }])).toEqual([]);
    expect(haloContractErrors('Faults', { id: 1042, status_id: 2 ** 31 })).not.toEqual([]);
    expect(haloContractErrors('Faults', { id: 1042, closed: true })).not.toEqual([]);
  });
});

describe('tokens', () => {
  it('issues a Bearer token for the client credentials, with its lifetime', async () => {
    const sim = make({ tokenLifetimeSeconds: 1800 });
    const response = await tokenResponse(sim);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ token_type: 'Bearer', expires_in: 1800, scope: 'all' });
  });

  it('refuses a token request that is not form-encoded', async () => {
    const sim = make();
    const response = await sim.fetch(`${sim.origin}/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: sim.clientId }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
    expect(sim.violations).toHaveLength(1);
  });

  it('refuses another grant type, a wrong secret and a scope the application lacks', async () => {
    const sim = make({ grantedScopes: ['read:tickets', 'edit:tickets'] });
    const grant = await tokenResponse(sim, { grant_type: 'password', scope: 'read:tickets' });
    expect([grant.status, ((await grant.json()) as { error: string }).error]).toEqual([
      400,
      'unsupported_grant_type',
    ]);
    const secret = await tokenResponse(sim, { client_secret: 'wrong', scope: 'read:tickets' });
    expect([secret.status, ((await secret.json()) as { error: string }).error]).toEqual([
      401,
      'invalid_client',
    ]);
    const scope = await tokenResponse(sim, { scope: 'all' });
    expect([scope.status, ((await scope.json()) as { error: string }).error]).toEqual([400, 'invalid_scope']);
    expect((await tokenResponse(sim, { scope: 'read:tickets edit:tickets' })).status).toBe(200);
  });

  it('needs ?tenant= on a multi-tenant instance, and names it in authinfo', async () => {
    const sim = make({ tenant: 'acme' });
    expect((await tokenResponse(sim)).status).toBe(400);
    expect((await tokenResponse(sim, {}, '?tenant=other')).status).toBe(400);
    expect((await tokenResponse(sim, {}, '?tenant=acme')).status).toBe(200);
    const info = await sim.fetch(`${sim.origin}/api/authinfo`);
    expect(await info.json()).toEqual({ auth_url: `${sim.origin}/auth`, tenant_id: 'acme' });
  });

  it('refuses an API call without a token, with an expired one and with a revoked one', async () => {
    const sim = make({ tokenLifetimeSeconds: 60 });
    expect((await sim.fetch(`${sim.origin}/api/Tickets/1042`)).status).toBe(401);
    const token = await tokenOf(sim);
    expect((await api(sim, 'GET', 'Tickets/1042', { token })).status).toBe(200);
    sim.advance(60_000);
    expect((await api(sim, 'GET', 'Tickets/1042', { token })).status).toBe(401);
    const fresh = await tokenOf(sim);
    sim.revokeTokens();
    expect((await api(sim, 'GET', 'Tickets/1042', { token: fresh })).status).toBe(401);
  });

  it('refuses a write with a read-only token', async () => {
    const sim = make({ grantedScopes: ['read:tickets'] });
    const token = await tokenOf(sim, 'read:tickets');
    expect((await api(sim, 'GET', 'Tickets/1042', { token })).status).toBe(200);
    expect((await api(sim, 'POST', 'Actions', { token, body: [note()] })).status).toBe(403);
    expect(sim.actions).toHaveLength(0);
  });
});

describe('writes take arrays', () => {
  it('refuses an action or a ticket sent as a bare object, and changes nothing', async () => {
    const sim = make();
    expect((await api(sim, 'POST', 'Actions', { body: note() })).status).toBe(400);
    expect((await api(sim, 'POST', 'Tickets', { body: { id: 1042, status_id: 2 } })).status).toBe(400);
    expect(sim.actions).toHaveLength(0);
    expect(sim.tickets.get(1042)?.statusId).toBe(1);
    expect(sim.violations).toHaveLength(2);
  });

  it('refuses a field Halo does not know', async () => {
    const sim = make();
    const response = await api(sim, 'POST', 'Actions', { body: [{ ...note(), visibility: 'internal' }] });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('visibility');
    expect(sim.actions).toHaveLength(0);
  });

  it('refuses a write without Content-Type: application/json', async () => {
    const sim = make();
    const response = await api(sim, 'POST', 'Actions', { body: [note()], contentType: 'text/plain' });
    expect(response.status).toBe(415);
    expect(sim.actions).toHaveLength(0);
  });

  it('moves a ticket with [{id, status_id}] and answers the ticket, closed by its status', async () => {
    const sim = make();
    const response = await api(sim, 'POST', 'Tickets', { body: [{ id: 1042, status_id: 9 }] });
    expect(response.status).toBe(200);
    const ticket = await response.json();
    expect(ticket).toMatchObject({ id: 1042, status_id: 9, status_name: 'Closed', hasbeenclosed: true });
    expect(haloContractErrors('Faults', ticket)).toEqual([]);
    expect(sim.violations).toEqual([]);
  });

  it('refuses a status the ticket type may not take, and an unknown status', async () => {
    const sim = make();
    expect((await api(sim, 'POST', 'Tickets', { body: [{ id: 1042, status_id: 30 }] })).status).toBe(400);
    expect((await api(sim, 'POST', 'Tickets', { body: [{ id: 1042, status_id: 77 }] })).status).toBe(400);
    expect(sim.tickets.get(1042)?.statusId).toBe(1);
    expect((await api(sim, 'POST', 'Tickets', { body: [{ id: 1043, status_id: 30 }] })).status).toBe(200);
  });

  it('answers 200 and keeps the old status under a silent rejection', async () => {
    const sim = make();
    sim.silentStatusRejection = true;
    const response = await api(sim, 'POST', 'Tickets', { body: [{ id: 1042, status_id: 2 }] });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { status_id: number }).status_id).toBe(1);
  });
});

describe('actions and outcomes', () => {
  it('refuses an action without an outcome: "An Outcome must be entered for this Action"', async () => {
    const sim = make();
    const { outcome_id: _, ...withoutOutcome } = note();
    const response = await api(sim, 'POST', 'Actions', { body: [withoutOutcome] });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('An Outcome must be entered for this Action');
    expect(sim.actions).toHaveLength(0);
  });

  it('refuses an outcome the agent may not run, and does not list it', async () => {
    const sim = make();
    const response = await api(sim, 'POST', 'Actions', { body: [note({ outcome_id: 13 })] });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('You do not have access to this Action at the moment');
    expect(sim.actions).toHaveLength(0);
    const outcomes = (await (await api(sim, 'GET', 'Outcome')).json()) as Array<{ id: number }>;
    expect(outcomes.map((o) => o.id)).toEqual([1, 7, 10]);
    for (const o of outcomes) expect(haloContractErrors('TOutcome', o)).toEqual([]);
  });

  it('refuses an action without a note', async () => {
    const sim = make();
    const response = await api(sim, 'POST', 'Actions', { body: [note({ note_html: ' ' })] });
    expect(response.status).toBe(400);
    expect(sim.actions).toHaveLength(0);
  });

  it('lets an outcome move the ticket by itself', async () => {
    const sim = make();
    const response = await api(sim, 'POST', 'Actions', {
      body: [note({ outcome_id: 10, hiddenfromuser: false })],
    });
    expect(response.status).toBe(200);
    expect(sim.tickets.get(1042)?.statusId).toBe(9);
    const ticket = await (await api(sim, 'GET', 'Tickets/1042')).json();
    expect(ticket).toMatchObject({ status_id: 9, hasbeenclosed: true });
  });

  it('takes hiddenfromuser from the outcome when the action does not say, and from the action when it does', async () => {
    const sim = make();
    const { hiddenfromuser: _, ...unsaid } = note();
    await api(sim, 'POST', 'Actions', { body: [unsaid] });
    await api(sim, 'POST', 'Actions', { body: [{ ...unsaid, outcome_id: 1 }] });
    await api(sim, 'POST', 'Actions', { body: [{ ...unsaid, outcome_id: 1, hiddenfromuser: true }] });
    expect(sim.actions.map((a) => a.hiddenfromuser)).toEqual([true, false, true]);
  });

  it('answers the last action created, as the Actions schema has it', async () => {
    const sim = make();
    const response = await api(sim, 'POST', 'Actions', {
      body: [note({ note_html: '<p>one</p>' }), note({ note_html: '<p>two</p>' })],
    });
    const answered = (await response.json()) as { id: number; note_html: string };
    expect(answered.note_html).toBe('<p>two</p>');
    expect(answered.id).toBe(sim.actions[1]?.id);
    expect(haloContractErrors('Actions', answered)).toEqual([]);
  });

  it("lists a ticket's actions from startdate, HTML only when asked (lists not shortened)", async () => {
    const sim = make({ shortLists: false });
    const old = sim.seedAction(1042, {
      text: '<p>old</p>',
      type: 'discussion',
      createdAt: new Date(Date.now() - 3_600_000),
    });
    await api(sim, 'POST', 'Actions', { body: [note()] });
    const since = new Date(Date.now() - 60_000).toISOString().slice(0, 19);
    const listed = (await (
      await api(sim, 'GET', `Actions?ticket_id=1042&startdate=${since}&includehtmlnote=true`)
    ).json()) as { record_count: number; actions: Array<{ id: number; note_html?: string }> };
    expect(listed.record_count).toBe(1);
    expect(listed.actions[0]?.note_html).toBe('<p>Checked the mailbox rules</p>');
    const plain = (await (await api(sim, 'GET', 'Actions?ticket_id=1042')).json()) as {
      actions: Array<{ id: number; note: string; note_html?: string }>;
    };
    expect(plain.actions.map((a) => a.id)).toEqual([old.id, sim.actions[1]?.id]);
    expect(plain.actions[0]).not.toHaveProperty('note_html');
    expect(plain.actions[0]?.note).toBe('old');
    expect(sim.violations).toEqual([]);
  });

  it('shortens listed notes and leaves out note_html; GET /api/Actions/{id} has the whole text', async () => {
    const sim = make();
    const long = `<p>${'Checked the mailbox rules on every shared mailbox. '.repeat(4)}</p>`;
    await api(sim, 'POST', 'Actions', { body: [note({ note_html: long })] });
    const listed = (await (await api(sim, 'GET', 'Actions?ticket_id=1042&includehtmlnote=true')).json()) as {
      actions: Array<{ id: number; note: string; note_html?: string }>;
    };
    const [item] = listed.actions;
    expect(item).not.toHaveProperty('note_html');
    expect(item?.note).toHaveLength(HALO_LIST_NOTE_LENGTH + 3);
    expect(item?.note.endsWith('...')).toBe(true);
    const whole = (await (await api(sim, 'GET', `Actions/${item?.id}?ticket_id=1042`)).json()) as {
      note_html: string;
    };
    expect(whole.note_html).toBe(long);
    expect((await api(sim, 'GET', `Actions/${item?.id}?ticket_id=1043`)).status).toBe(404);
    expect((await api(sim, 'GET', 'Actions/99999')).status).toBe(404);
  });

  it('refuses to list actions without ticket_id', async () => {
    const sim = make();
    expect((await api(sim, 'GET', 'Actions')).status).toBe(400);
    expect(sim.violations).toHaveLength(1);
  });

  it('lists the statuses a ticket type may take', async () => {
    const sim = make();
    const ids = async (ticket: number) =>
      (
        (await (await api(sim, 'GET', `Status?type=ticket&ticket_id=${ticket}`)).json()) as Array<{
          id: number;
        }>
      )
        .map((s) => s.id)
        .sort((a, b) => a - b);
    expect(await ids(1042)).toEqual([1, 2, 9, 18]);
    expect(await ids(1043)).toEqual([1, 2, 9, 18, 30]);
    expect(sim.violations).toEqual([]);
  });
});

describe('what the simulator tells a demo', () => {
  it('hands out the requests since the previous call, paths below /api/', async () => {
    const sim = make();
    await api(sim, 'GET', 'Tickets/1042');
    expect(sim.takeRequests()).toEqual([
      { method: 'POST', path: '/auth/token', status: 200 },
      { method: 'GET', path: 'Tickets/1042', status: 200 },
    ]);
    await api(sim, 'GET', 'Tickets/999');
    expect(sim.takeRequests().map((r) => [r.path, r.status])).toEqual([
      ['/auth/token', 200],
      ['Tickets/999', 404],
    ]);
  });
});

describe('faults', () => {
  it('commits a write and then drops the connection when its response is lost', async () => {
    const sim = make();
    sim.loseResponses('addNote');
    const token = await tokenOf(sim);
    await expect(api(sim, 'POST', 'Actions', { token, body: [note()] })).rejects.toThrow('fetch failed');
    expect(sim.actions).toHaveLength(1);
    expect((await api(sim, 'POST', 'Actions', { token, body: [note()] })).status).toBe(200);
    expect(sim.actions).toHaveLength(2);
  });

  it('answers a set fault until cleared, and only the next ones when counted', async () => {
    const sim = make();
    sim.setFault('getTicket', { status: 503 }, 1);
    expect((await api(sim, 'GET', 'Tickets/1042')).status).toBe(503);
    expect((await api(sim, 'GET', 'Tickets/1042')).status).toBe(200);
  });

  it('drops the connection of a lost response over loopback HTTP too', async () => {
    const sim = make();
    const server = await sim.listen();
    try {
      const token = await tokenOf(sim);
      const get = () =>
        fetch(`${server.origin}/api/Tickets/1042`, { headers: { Authorization: `Bearer ${token}` } });
      expect((await get()).status).toBe(200);
      sim.loseResponses('getTicket');
      await expect(get()).rejects.toThrow();
    } finally {
      await server.stop();
    }
  });
});

describe('the hosted rate limit', () => {
  it('answers 429 "Rate Limit Reached - 300 Requests per rolling 5 minute window" past 300 calls', async () => {
    const sim = seededHaloSimulator();
    const token = await tokenOf(sim);
    const statuses: number[] = [];
    for (let i = 0; i < 301; i++) statuses.push((await api(sim, 'GET', 'Tickets/1042', { token })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(300);
    const refused = await api(sim, 'GET', 'Tickets/1042', { token });
    expect(refused.status).toBe(429);
    expect(await refused.text()).toBe('Rate Limit Reached - 300 Requests per rolling 5 minute window');
    expect(refused.headers.get('retry-after')).toBeNull();
  });

  it('rolls: a slot frees when the oldest call leaves the window, not before', async () => {
    // A clock that stands still between advances, so no wall time leaks into the window.
    const start = new Date('2026-05-01T10:00:00Z');
    const sim = seededHaloSimulator({ rateLimit: { requests: 3, windowMs: 60_000 }, now: () => start });
    const token = await tokenOf(sim);
    for (let i = 0; i < 3; i++) {
      expect((await api(sim, 'GET', 'Tickets/1042', { token })).status).toBe(200);
      sim.advance(10_000);
    }
    expect((await api(sim, 'GET', 'Tickets/1042', { token })).status).toBe(429);
    sim.advance(29_999);
    expect((await api(sim, 'GET', 'Tickets/1042', { token })).status).toBe(429);
    sim.advance(1);
    expect((await api(sim, 'GET', 'Tickets/1042', { token })).status).toBe(200);
    expect((await api(sim, 'GET', 'Tickets/1042', { token })).status).toBe(429);
    expect(sim.windowCount()).toBe(3);
  });
});
