// What the adapter sends to Halo and reads back: token, Bearer header, array bodies, query
// parameters, and the answers turned into closeout's shapes. Every body is also checked against
// the Halo API subset by the simulator (a breach fails the test in afterEach).
import { CloseoutError } from '@closeout/core';
import { halo } from '@closeout/psa-halo';
import { haloContractErrors } from '@closeout/simulators/halo-contract';
import { describe, expect, it } from 'vitest';
import { adapterOptions, rejection, TICKET, useSimulators } from './support/setup.js';

const sims = useSimulators();

describe('on the wire', () => {
  it('asks for a client-credentials token once, form-encoded, then sends it as Bearer', async () => {
    const { sim, adapter } = sims.make();
    await adapter.getTicket(TICKET);
    await adapter.listStatuses(TICKET);
    const [token, ...api] = sim.requests;
    expect(token?.operation).toBe('token');
    expect(token?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(new URLSearchParams(String(token?.body)))).toEqual({
      grant_type: 'client_credentials',
      client_id: sim.clientId,
      client_secret: sim.clientSecret,
      scope: 'all',
    });
    expect(api.map((r) => r.operation)).toEqual(['getTicket', 'listStatuses']);
    for (const r of api) expect(r.headers.authorization).toMatch(/^Bearer \S+$/);
    expect(sim.count('token')).toBe(1);
  });

  it('adds a note as one action in an array, hidden only for internal analysis, no email', async () => {
    const { sim, adapter } = sims.make();
    await adapter.addNote(TICKET, { text: '<p>Rebuilt the Outlook profile</p>', type: 'resolution' });
    await adapter.addNote(TICKET, { text: '<p>Suspect the MFA policy</p>', type: 'internal_analysis' });
    const posts = sim.requests.filter((r) => r.operation === 'addNote').map((r) => r.body);
    expect(posts).toEqual([
      [
        {
          ticket_id: 1042,
          outcome_id: 10,
          note_html: '<p>Rebuilt the Outlook profile</p>',
          hiddenfromuser: false,
          sendemail: false,
        },
      ],
      [
        {
          ticket_id: 1042,
          outcome_id: 7,
          note_html: '<p>Suspect the MFA policy</p>',
          hiddenfromuser: true,
          sendemail: false,
        },
      ],
    ]);
    for (const body of posts) expect(haloContractErrors('Actions[]', body)).toEqual([]);
    expect(sim.actions.map((a) => a.hiddenfromuser)).toEqual([false, true]);
    // The outcomes the agent may run are listed once and reused.
    expect(sim.count('listOutcomes')).toBe(1);
  });

  it('sends email only on visible notes when sendEmail is set', async () => {
    const { sim, adapter } = sims.make({ sendEmail: true });
    await adapter.addNote(TICKET, { text: '<p>Visible</p>', type: 'discussion' });
    await adapter.addNote(TICKET, { text: '<p>Hidden</p>', type: 'internal_analysis' });
    expect(sim.actions.map((a) => a.sendemail)).toEqual([true, false]);
  });

  it('answers the action id Halo gave', async () => {
    const { sim, adapter } = sims.make();
    const { id } = await adapter.addNote(TICKET, { text: '<p>Done</p>', type: 'discussion' });
    expect(id).toBe(String(sim.actions[0]?.id));
  });

  it('sets a status with [{id, status_id}], taking the id as a string or a number', async () => {
    const { sim, adapter } = sims.make();
    await adapter.setTicketStatus(TICKET, '2');
    await adapter.setTicketStatus(TICKET, 18 as unknown as string);
    expect(sim.requests.filter((r) => r.operation === 'setTicketStatus').map((r) => r.body)).toEqual([
      [{ id: 1042, status_id: 2 }],
      [{ id: 1042, status_id: 18 }],
    ]);
    expect(sim.tickets.get(1042)?.statusId).toBe(18);
  });

  it('reads the ticket with its status and closed from hasbeenclosed', async () => {
    const { adapter } = sims.make();
    expect(await adapter.getTicket(TICKET)).toEqual({
      id: '1042',
      status: { id: '1', name: 'New' },
      closed: false,
    });
    await adapter.setTicketStatus(TICKET, '9');
    expect(await adapter.getTicket(TICKET)).toEqual({
      id: '1042',
      status: { id: '9', name: 'Closed' },
      closed: true,
    });
  });

  it('refuses a malformed ticket reference or status id before any request', async () => {
    const { sim, adapter } = sims.make();
    for (const call of [
      adapter.getTicket({ provider: 'connectwise', id: '1042' }),
      adapter.getTicket({ provider: 'halopsa', id: '10x' }),
      adapter.setTicketStatus(TICKET, '-3'),
      adapter.addNote(TICKET, { text: ' ', type: 'discussion' }),
      adapter.findNote(TICKET, { text: 'x', since: new Date('nope') }),
    ]) {
      expect(CloseoutError.hasCode(await rejection(call), 'VALIDATION_FAILED')).toBe(true);
    }
    expect(sim.count()).toBe(0);
  });
});

describe('statuses', () => {
  it('lists the statuses of the ticket type, closed from configuration', async () => {
    const { sim, adapter } = sims.make({ closedStatusIds: ['9'] });
    const statuses = await adapter.listStatuses(TICKET);
    expect(statuses).toEqual([
      { id: '1', name: 'New', closed: false },
      { id: '2', name: 'In Progress', closed: false },
      { id: '18', name: 'Escalated', closed: false },
      { id: '9', name: 'Closed', closed: true },
    ]);
    const query = sim.requests.find((r) => r.operation === 'listStatuses')?.query;
    expect(Object.fromEntries(query ?? [])).toEqual({ type: 'ticket', ticket_id: '1042' });
  });

  it('learns a closed status from a re-read ticket when none is configured', async () => {
    const { adapter } = sims.make();
    expect((await adapter.listStatuses(TICKET)).find((s) => s.id === '9')?.closed).toBe(false);
    await adapter.setTicketStatus(TICKET, '9');
    await adapter.getTicket(TICKET);
    expect((await adapter.listStatuses(TICKET)).find((s) => s.id === '9')?.closed).toBe(true);
  });

  it('reuses a ticket status list for cacheTtlMs', async () => {
    const { sim, adapter } = sims.make();
    await adapter.listStatuses(TICKET);
    await adapter.listStatuses(TICKET);
    expect(sim.count('listStatuses')).toBe(1);
  });
});

describe('findNote', () => {
  it('asks for the ticket actions from since, with their HTML', async () => {
    const { sim, adapter } = sims.make();
    await adapter.findNote(TICKET, { text: '<p>x</p>', since: new Date('2026-05-01T10:00:00.750Z') });
    const query = sim.requests.find((r) => r.operation === 'findNote')?.query;
    expect(Object.fromEntries(query ?? [])).toEqual({
      ticket_id: '1042',
      startdate: '2026-05-01T10:00:00',
      includehtmlnote: 'true',
    });
  });

  it('finds the newest action with the same HTML, whitespace between tags aside', async () => {
    const { sim, adapter } = sims.make();
    const since = new Date(Date.now() - 60_000);
    await adapter.addNote(TICKET, { text: '<p>Same</p>\n<ul>\n  <li>a</li>\n</ul>', type: 'discussion' });
    const { id } = await adapter.addNote(TICKET, {
      text: '<p>Same</p><ul><li>a</li></ul>',
      type: 'discussion',
    });
    await adapter.addNote(TICKET, { text: '<p>Other</p>', type: 'discussion' });
    expect(await adapter.findNote(TICKET, { text: '<p>Same</p>\r\n<ul><li>a</li></ul>\n', since })).toEqual({
      id,
    });
    expect(await adapter.findNote(TICKET, { text: '<p>Same.</p><ul><li>a</li></ul>', since })).toBeNull();
    expect(sim.actions).toHaveLength(3);
  });

  it('reads Halo times written without an offset as UTC', async () => {
    const { sim } = sims.make();
    // Halo may write `2026-05-01T10:00:00`; the adapter must not read it in the local zone.
    const offsetless: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await sim.fetch(request);
      if (!request.url.includes('/api/Actions')) return response;
      const body = (await response.text()).replace(/"(datetime|actiondatecreated)":"([^"]+)Z"/g, '"$1":"$2"');
      return new Response(body, { status: response.status, headers: response.headers });
    };
    const adapter = halo(adapterOptions(sim, { fetch: offsetless }));
    const seeded = sim.seedAction(1042, {
      text: '<p>Old</p>',
      type: 'discussion',
      createdAt: new Date(Date.now() - 3_600_000),
    });
    const since = (ms: number) => new Date(seeded.datetime.getTime() + ms);
    // East of UTC, reading the time as local would put it hours earlier, before since.
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo';
    try {
      expect(await adapter.findNote(TICKET, { text: '<p>Old</p>', since: since(-1_000) })).toEqual({
        id: String(seeded.id),
      });
      expect(await adapter.findNote(TICKET, { text: '<p>Old</p>', since: since(1_000) })).toBeNull();
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('options', () => {
  it('refuses plain http to a remote host, a missing secret and an unknown option, quoting no value', () => {
    const secret = 'plain-secret-value-0000';
    const cases: unknown[] = [
      { url: 'http://acme.halopsa.com', clientId: 'id-1', clientSecret: secret },
      { url: 'https://acme.halopsa.com', clientId: 'id-1' },
      { url: 'https://acme.halopsa.com', clientId: 'id-1', clientSecret: secret, outcomes: { resolved: 1 } },
      { url: 'https://acme.halopsa.com', clientId: 'id-1', clientSecret: secret, outcomeId: 0 },
    ];
    for (const options of cases) {
      let error: unknown;
      try {
        halo(options as Parameters<typeof halo>[0]);
      } catch (e) {
        error = e;
      }
      expect(CloseoutError.hasCode(error, 'VALIDATION_FAILED')).toBe(true);
      expect(JSON.stringify(error) + String((error as Error).message)).not.toContain(secret);
    }
  });

  it('takes the address with or without /api', async () => {
    const { sim } = sims.make();
    const adapter = halo(adapterOptions(sim, { url: `${sim.origin}/api/` }));
    expect((await adapter.getTicket(TICKET)).id).toBe('1042');
  });
});
