import type { CloseoutError, PsaRequestError } from '@closeout/core';
import { autotask } from '@closeout/psa-autotask';
import type { AutotaskSimulator } from '@closeout/simulators/autotask';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { blockNetwork, caught, makeAdapter, seededSimulator, TICKET, TICKET_ID } from './support/harness.js';

let sim: AutotaskSimulator;
beforeAll(() => blockNetwork());
afterEach(() => {
  sim.close();
  expect(sim.violations, 'contract violations').toEqual([]);
});

describe('autotask(): zone, auth and reads', () => {
  it('looks the zone up once, without credentials, then reads the ticket with its status label', async () => {
    sim = seededSimulator().install();
    const adapter = makeAdapter(sim);
    expect(adapter.noteFormat).toBe('text');
    const ticket = await adapter.getTicket(TICKET);
    expect(ticket).toEqual({
      id: '48213',
      status: { id: '1', name: 'New' },
      boardId: '29683354',
      closed: false,
    });
    await adapter.getTicket(TICKET);
    expect(sim.count('zoneInformation')).toBe(1);
    const lookup = sim.requests.find((r) => r.operation === 'zoneInformation');
    expect(lookup?.headers.secret).toBeUndefined();
  });

  it('skips the lookup with zoneUrl, and sends impersonation when asked', async () => {
    sim = seededSimulator().install();
    const adapter = makeAdapter(sim, { zoneUrl: sim.zoneUrl, impersonationResourceId: 29682901 });
    await adapter.getTicket(TICKET);
    expect(sim.count('zoneInformation')).toBe(0);
    expect(sim.requests[0]?.headers.impersonationresourceid).toBe('29682901');
  });

  it('lists the active statuses, Complete and the configured ones closed', async () => {
    sim = seededSimulator().install();
    const statuses = await makeAdapter(sim, { closedStatuses: ['Resolved'] }).listStatuses(TICKET);
    expect(statuses.map((s) => s.id)).toEqual(['1', '5', '8', '21', '29', '30']);
    expect(statuses.filter((s) => s.closed).map((s) => s.name)).toEqual(['Complete', 'Resolved']);
  });

  it('answers a missing or hidden ticket with a non-retryable PSA_REQUEST_FAILED', async () => {
    sim = seededSimulator().install().addTicket({ id: 77, hidden: true });
    const e = await caught(makeAdapter(sim).getTicket({ provider: 'autotask', id: '77' }));
    expect(e.code).toBe('PSA_REQUEST_FAILED');
    expect((e as PsaRequestError).retryable).toBe(false);
    expect(e.message).toContain('ticket 77');
  });

  it('refuses a malformed id or another provider before any request', async () => {
    sim = seededSimulator().install();
    const adapter = makeAdapter(sim);
    for (const ref of [
      { provider: 'autotask', id: 'T2026.001' },
      { provider: 'connectwise', id: '1' },
    ]) {
      expect((await caught(adapter.getTicket(ref))).code).toBe('VALIDATION_FAILED');
    }
    expect((await caught(adapter.setTicketStatus(TICKET, 'Complete'))).code).toBe('VALIDATION_FAILED');
    expect(sim.count()).toBe(0);
  });

  it('refuses bad options naming only the field', () => {
    const e = (() => {
      try {
        autotask({ username: 'u', secret: '', integrationCode: 'x y', zoneUrl: 'http://zone.example/' });
      } catch (error) {
        return error as CloseoutError;
      }
    })();
    expect(e?.code).toBe('VALIDATION_FAILED');
    expect(((e?.details.issues ?? []) as Array<{ path: string }>).map((i) => i.path)).toEqual([
      'secret',
      'integrationCode',
      'zoneUrl',
    ]);
  });
});

describe('autotask(): notes', () => {
  it('posts each type with the ids of its labels on this tenant, with a title', async () => {
    sim = seededSimulator().install();
    const adapter = makeAdapter(sim, { resolutionField: 'off' });
    for (const type of ['resolution', 'discussion', 'internal_analysis'] as const) {
      await adapter.addNote(TICKET, { text: `a ${type} note`, type });
    }
    expect(sim.notesOf(TICKET_ID).map((n) => [n.title, n.noteType, n.publish])).toEqual([
      ['Resolution', 101, 7],
      ['Update', 102, 7],
      ['Escalation: internal analysis', 103, 9],
    ]);
  });

  it('takes other labels, e.g. a co-managed internal visibility', async () => {
    sim = seededSimulator().install();
    const adapter = makeAdapter(sim, {
      publishLabels: { internal: 'Internal & Co-Managed' },
      noteTypeLabels: { internal_analysis: 'task notes' },
    });
    await adapter.addNote(TICKET, { text: 'internal', type: 'internal_analysis' });
    expect(sim.notesOf(TICKET_ID)[0]).toMatchObject({ publish: 11, noteType: 103 });
  });

  it('refuses a label the tenant lacks before anything is posted, naming the option and the labels it has', async () => {
    sim = seededSimulator().install();
    const adapter = makeAdapter(sim, { publishLabels: { internal: 'Internal Users Only' } });
    const e = await caught(adapter.addNote(TICKET, { text: 'x', type: 'internal_analysis' }));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.message).toContain('Internal Users Only');
    expect(JSON.stringify(e.details)).toContain('publishLabels.internal');
    expect(JSON.stringify(e.details)).toContain('Internal Project Team');
    expect(sim.count('addNote')).toBe(0);
  });

  it('appends a resolution to the ticket resolution field once, then posts the note', async () => {
    sim = seededSimulator().install();
    sim.tickets.set(TICKET_ID, { ...sim.ticket(TICKET_ID), resolution: 'Earlier: reset the toner.' });
    const adapter = makeAdapter(sim);
    await adapter.addNote(TICKET, { text: 'Replaced the driver.', type: 'resolution' });
    await adapter.addNote(TICKET, { text: 'Replaced the driver.', type: 'resolution' });
    expect(sim.ticket(TICKET_ID).resolution).toBe('Earlier: reset the toner.\n\nReplaced the driver.');
    expect(sim.count('updateTicket')).toBe(1);
    await adapter.addNote(TICKET, { text: 'internal', type: 'internal_analysis' });
    expect(sim.count('updateTicket')).toBe(1);
  });

  it('finds a note across pages, comparing text with whitespace normalised', async () => {
    sim = seededSimulator().install();
    const adapter = makeAdapter(sim);
    const since = new Date(Date.now() - 1000);
    for (let i = 0; i < 5; i++) await adapter.addNote(TICKET, { text: `filler ${i}`, type: 'discussion' });
    const { id } = await adapter.addNote(TICKET, { text: 'The  note\r\nitself ', type: 'discussion' });
    expect(await adapter.findNote(TICKET, { text: 'The note\nitself', since })).toEqual({ id });
    expect(await adapter.findNote(TICKET, { text: 'The note itself (edited)', since })).toBeNull();
    expect(sim.requests.filter((r) => r.path.endsWith('/query/next')).length).toBeGreaterThan(1);
  });

  it('refuses a nextPageUrl off the zone without sending credentials there', async () => {
    sim = seededSimulator().install();
    const adapter = autotask({
      ...sim.connection(),
      zoneUrl: sim.zoneUrl,
      fetch: async (input, init) => {
        const u = new Request(input, init).url;
        if (u.endsWith('TicketNotes/query')) {
          return Response.json({ items: [], pageDetails: { nextPageUrl: 'https://evil.example/next' } });
        }
        return fetch(input, init);
      },
    });
    // An empty page stops the paging: only a page with items would follow the link.
    expect(await adapter.findNote(TICKET, { text: 'x', since: new Date(0) })).toBeNull();
    const off = autotask({
      ...sim.connection(),
      zoneUrl: sim.zoneUrl,
      fetch: async () =>
        Response.json({
          items: [{ id: 1, description: 'y', createDateTime: new Date().toISOString() }],
          pageDetails: { nextPageUrl: 'https://evil.example/next' },
        }),
    });
    const e = await caught(off.findNote(TICKET, { text: 'x', since: new Date(0) }));
    expect(e.message).toContain('nextPageUrl outside the API zone');
  });
});

describe('autotask(): failures', () => {
  it('maps a 500 with errors to a non-retryable refusal naming the vendor message', async () => {
    sim = seededSimulator({ requiredFor: { 5: ['resolution'] } }).install();
    const e = (await caught(makeAdapter(sim).setTicketStatus(TICKET, '5'))) as PsaRequestError;
    expect(e.code).toBe('PSA_REQUEST_FAILED');
    expect(e).toMatchObject({ retryable: false, ambiguous: false });
    expect(e.message).toContain(
      'Autotask refused setting the status of ticket 48213: resolution is required.',
    );
    expect(e.details).toMatchObject({ status: 500, reason: 'vendor_validation' });
    expect(sim.count('setTicketStatus')).toBe(1);
  });

  it('retries a server fault on reads but never re-sends a note POST after one', async () => {
    sim = seededSimulator().install();
    const adapter = makeAdapter(sim);
    sim.setFault('getTicket', { status: 502 }, 1);
    await adapter.getTicket(TICKET);
    expect(sim.count('getTicket')).toBe(2);
    sim.setFault('addNote', { status: 500 }, 1);
    const e = (await caught(adapter.addNote(TICKET, { text: 'x', type: 'discussion' }))) as PsaRequestError;
    expect(e).toMatchObject({ retryable: true, ambiguous: true });
    expect(sim.count('addNote')).toBe(1);
  });

  it('backs off and retries a thread-limited note POST (429 proves nothing was stored)', async () => {
    sim = seededSimulator().install();
    const adapter = makeAdapter(sim);
    sim.setFault('addNote', { status: 429 }, 2);
    await adapter.addNote(TICKET, { text: 'after the thread limit', type: 'discussion' });
    expect(sim.count('addNote')).toBe(3);
    expect(sim.notesOf(TICKET_ID)).toHaveLength(1);
  });

  it('keeps concurrent calls under the thread limit: they wait for a thread, none is refused', async () => {
    sim = seededSimulator().install();
    const adapter = makeAdapter(sim, { retry: { limit: 6, baseDelayMs: 20, maxDelayMs: 100 } });
    sim.delayResponses('getTicket', 30);
    const tickets = await Promise.all(Array.from({ length: 6 }, () => adapter.getTicket(TICKET)));
    expect(tickets).toHaveLength(6);
    expect(sim.requests.some((r) => r.outcome === 429)).toBe(false);
    expect(sim.count('getTicket')).toBe(6);
  });

  it('with more threads than Autotask allows, retries the thread-limit refusals it gets', async () => {
    sim = seededSimulator().install();
    const adapter = makeAdapter(sim, {
      threadLimit: 10,
      retry: { limit: 6, baseDelayMs: 20, maxDelayMs: 100 },
    });
    sim.delayResponses('getTicket', 30);
    const tickets = await Promise.all(Array.from({ length: 6 }, () => adapter.getTicket(TICKET)));
    expect(tickets).toHaveLength(6);
    expect(sim.requests.some((r) => r.outcome === 429)).toBe(true);
  });

  it('explains a missing permission (403) with the security level it needs', async () => {
    sim = seededSimulator().install();
    sim.deny('addNote');
    const e = await caught(makeAdapter(sim).addNote(TICKET, { text: 'x', type: 'discussion' }));
    expect(e.message).toContain('Ticket Notes: Add');
    expect((e as PsaRequestError).retryable).toBe(false);
  });

  it('treats a lost note response as ambiguous', async () => {
    sim = seededSimulator().install();
    sim.loseResponses('addNote');
    const e = (await caught(
      makeAdapter(sim).addNote(TICKET, { text: 'x', type: 'discussion' }),
    )) as PsaRequestError;
    expect(e).toMatchObject({ retryable: true, ambiguous: true });
    expect(sim.notesOf(TICKET_ID)).toHaveLength(1);
  });
});

describe('credentials echoed back by Autotask are scrubbed, in any encoding', () => {
  const secret = 'S3cr/et+Value=42';
  const code = 'TRACKINGCODE77';
  const forms: Record<string, string> = {
    'the secret verbatim': secret,
    'the secret URL-encoded': encodeURIComponent(secret),
    'the secret in base64': Buffer.from(secret).toString('base64'),
    'the secret inside a longer base64 value': Buffer.from(`user:${secret}`).toString('base64'),
    'the integration code': code,
  };
  for (const [name, echoed] of Object.entries(forms)) {
    it(name, async () => {
      sim = seededSimulator().install();
      const adapter = autotask({
        username: 'api@acme.example',
        secret,
        integrationCode: code,
        zoneUrl: 'https://webservices99.autotask.net/ATServicesRest/',
        fetch: async () => Response.json({ errors: [`Bad request: ${echoed}`] }, { status: 500 }),
      });
      const e = await caught(adapter.getTicket(TICKET));
      const all = `${e.message}${JSON.stringify(e)}${JSON.stringify(e.details)}`;
      expect(all).toContain('[redacted]');
      for (const form of [
        secret,
        encodeURIComponent(secret),
        Buffer.from(secret).toString('base64').slice(0, -2),
        code,
      ]) {
        expect(all).not.toContain(form);
      }
    });
  }
});
