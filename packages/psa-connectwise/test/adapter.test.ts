import { CloseoutError, PsaRequestError } from '@closeout/core';
import { describe, expect, it } from 'vitest';
import { heldNote } from './support/harness.js';
import { rejection, TICKET, useSimulators } from './support/setup.js';

const sims = useSimulators();

describe('getTicket', () => {
  it('reads id, status, board and closed with fields=id,status,board,closedFlag and converts ids to strings', async () => {
    const { sim, adapter } = sims.make();
    const ticket = await adapter.getTicket(TICKET);
    expect(ticket).toEqual({ id: '48213', status: { id: '11', name: 'New' }, boardId: '1', closed: false });
    const req = sim.requests.find((r) => r.operation === 'getTicket');
    expect(req?.method).toBe('GET');
    expect(req?.path).toBe('/v2025_1/apis/3.0/service/tickets/48213');
    expect(req?.query.get('fields')).toBe('id,status,board,closedFlag');
  });

  it('reports a closed status as closed', async () => {
    const { sim, adapter } = sims.make();
    sim.tickets.get(48213)!.statusId = 13;
    expect(await adapter.getTicket(TICKET)).toMatchObject({
      status: { id: '13', name: 'Resolved' },
      closed: true,
    });
  });
});

describe('addNote', () => {
  const cases = [
    ['resolution', 'resolutionFlag', true],
    ['internal_analysis', 'internalAnalysisFlag', false],
    ['discussion', 'detailDescriptionFlag', true],
  ] as const;

  for (const [type, flag, customerVisible] of cases) {
    it(`posts a ${type} note with only ${flag} set and it lands ${customerVisible ? '' : 'not '}customer-visible`, async () => {
      const { sim, adapter } = sims.make();
      const { id } = await adapter.addNote(TICKET, { text: `Spooler fixed (${type})`, type });
      expect(id).toMatch(/^\d+$/);
      const post = sim.requests.find((r) => r.operation === 'addNote');
      expect(post?.path).toBe('/v2025_1/apis/3.0/service/tickets/48213/notes');
      expect(post?.body).toEqual({
        text: `Spooler fixed (${type})`,
        detailDescriptionFlag: flag === 'detailDescriptionFlag',
        internalAnalysisFlag: flag === 'internalAnalysisFlag',
        resolutionFlag: flag === 'resolutionFlag',
        processNotifications: false,
      });
      const [held] = sim.notesOf(48213).map(heldNote);
      expect(held).toMatchObject({ id, type, customerVisible, text: `Spooler fixed (${type})` });
    });
  }

  it('sends processNotifications as configured', async () => {
    const { sim, adapter } = sims.make({ processNotifications: true });
    await adapter.addNote(TICKET, { text: 'Tell the customer', type: 'resolution' });
    expect(sim.notesOf(48213)[0]?.processNotifications).toBe(true);
  });

  it("maps the note's notifyContact to processNotifications on every note, over the option", async () => {
    const { sim, adapter } = sims.make({ processNotifications: true });
    await adapter.addNote(TICKET, { text: 'Quietly', type: 'resolution', notifyContact: false });
    await adapter.addNote(TICKET, { text: 'Tell them', type: 'discussion', notifyContact: true });
    await adapter.addNote(TICKET, { text: 'Team only', type: 'internal_analysis', notifyContact: true });
    const sent = sim.requests
      .filter((r) => r.operation === 'addNote')
      .map((r) => (r.body as { processNotifications: unknown }).processNotifications);
    // Sent explicitly every time; an internal note never notifies.
    expect(sent).toEqual([false, true, false]);
    expect(sim.notesOf(48213).map((n) => n.contactEmailed)).toEqual([false, true, false]);
  });

  it('the simulator e-mails the contact when processNotifications is left out, as ConnectWise does', async () => {
    const { sim } = sims.make();
    const response = await fetch(`https://${sim.host}/${sim.codebase}apis/3.0/service/tickets/48213/notes`, {
      method: 'POST',
      headers: {
        authorization: sim.expectedAuthorization,
        clientid: sim.clientId,
        accept: `application/vnd.connectwise.com+json; version=${sim.apiVersion}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        text: 'No flag',
        detailDescriptionFlag: true,
        internalAnalysisFlag: false,
        resolutionFlag: false,
      }),
    });
    expect(response.status).toBe(201);
    expect(sim.notesOf(48213)[0]).toMatchObject({ processNotifications: true, contactEmailed: true });
  });

  it('rejects an empty text or an unknown type before any request', async () => {
    const { sim, adapter } = sims.make();
    for (const note of [
      { text: '  ', type: 'resolution' },
      { text: 'x', type: 'public' },
    ]) {
      const error = await rejection(adapter.addNote(TICKET, note as never));
      expect(CloseoutError.hasCode(error, 'VALIDATION_FAILED')).toBe(true);
    }
    expect(sim.requests).toHaveLength(0);
  });
});

describe('getNote', () => {
  it('GETs the note by id and types it by its flags', async () => {
    const { sim, adapter } = sims.make();
    const { id } = await adapter.addNote(TICKET, { text: 'Line one\nLine two', type: 'internal_analysis' });
    expect(await adapter.getNote(TICKET, id)).toEqual({
      id,
      text: 'Line one\r\nLine two',
      type: 'internal_analysis',
    });
    const get = sim.requests.find((r) => r.operation === 'getNote');
    expect(get?.method).toBe('GET');
    expect(get?.path).toBe(`/v2025_1/apis/3.0/service/tickets/48213/notes/${id}`);
  });

  it('shows the visibility ConnectWise stored, not the one asked, when a note is misstored', async () => {
    const { sim, adapter } = sims.make();
    sim.misstoreNotes(1);
    const { id } = await adapter.addNote(TICKET, { text: 'For the team only', type: 'internal_analysis' });
    expect((await adapter.getNote(TICKET, id))?.type).toBe('discussion');
    expect(sim.notesOf(48213).map(heldNote)[0]?.customerVisible).toBe(true);
  });

  it('answers null for a note the ticket does not hold, and refuses a malformed id before any request', async () => {
    const { sim, adapter } = sims.make();
    expect(await adapter.getNote(TICKET, '424242')).toBeNull();
    const before = sim.requests.length;
    const error = await rejection(adapter.getNote(TICKET, 'abc'));
    expect(CloseoutError.hasCode(error, 'VALIDATION_FAILED')).toBe(true);
    expect(sim.requests).toHaveLength(before);
  });
});

describe('setTicketStatus', () => {
  it('PATCHes [{op:replace, path:status/id, value}] and the re-fetched ticket carries the status', async () => {
    const { sim, adapter } = sims.make();
    await adapter.setTicketStatus(TICKET, '13');
    const patch = sim.requests.find((r) => r.operation === 'setTicketStatus');
    expect(patch?.body).toEqual([{ op: 'replace', path: 'status/id', value: 13 }]);
    expect((await adapter.getTicket(TICKET)).status).toEqual({ id: '13', name: 'Resolved' });
  });

  it('resolves on a silent rejection: verification is core’s, and the re-fetch shows the old status', async () => {
    const { sim, adapter } = sims.make();
    sim.silentStatusRejection = true;
    await expect(adapter.setTicketStatus(TICKET, '13')).resolves.toBeUndefined();
    expect((await adapter.getTicket(TICKET)).status.id).toBe('11');
  });

  it('surfaces a status not on the board as a non-retryable error with the field error', async () => {
    const { adapter } = sims.make();
    const error = await rejection(adapter.setTicketStatus(TICKET, '23'));
    expect(error).toBeInstanceOf(PsaRequestError);
    const e = error as PsaRequestError;
    expect(e.code).toBe('PSA_REQUEST_FAILED');
    expect(e.retryable).toBe(false);
    expect(e.details).toMatchObject({
      operation: 'setTicketStatus',
      status: 400,
      connectwiseCode: 'InvalidObject',
      fieldErrors: [{ field: 'status/id', code: 'NotFound' }],
      ticketId: 48213,
    });
    expect(e.message).toContain('status/id');
  });

  it('accepts a numeric status id, as ConnectWise itself numbers statuses', async () => {
    const { sim, adapter } = sims.make();
    await adapter.setTicketStatus(TICKET, 13);
    const patch = sim.requests.find((r) => r.operation === 'setTicketStatus');
    expect(patch?.body).toEqual([{ op: 'replace', path: 'status/id', value: 13 }]);
    expect((await adapter.getTicket(TICKET)).status).toEqual({ id: '13', name: 'Resolved' });
  });

  it('rejects a status id that is no positive whole number before any request', async () => {
    const { sim, adapter } = sims.make();
    for (const id of ['Resolved', 0, -13, 1.5, Number.NaN, 2 ** 31, '']) {
      const error = await rejection(adapter.setTicketStatus(TICKET, id));
      expect(CloseoutError.hasCode(error, 'VALIDATION_FAILED')).toBe(true);
    }
    expect(sim.requests).toHaveLength(0);
  });
});

describe('ticket references', () => {
  for (const id of ['abc', '12a', '-4', '0', '1.5', '99999999999', '']) {
    it(`rejects ticket id "${id}" with VALIDATION_FAILED before any request`, async () => {
      const { sim, adapter } = sims.make();
      const error = await rejection(adapter.getTicket({ provider: 'connectwise', id }));
      expect(CloseoutError.hasCode(error, 'VALIDATION_FAILED')).toBe(true);
      expect((error as CloseoutError).details.issues).toEqual([
        { path: 'ticket.id', message: expect.any(String) },
      ]);
      expect(sim.requests).toHaveLength(0);
    });
  }

  it('rejects a ticket of another provider before any request', async () => {
    const { sim, adapter } = sims.make();
    const error = await rejection(
      adapter.addNote({ provider: 'autotask', id: '48213' }, { text: 'x', type: 'discussion' }),
    );
    expect(CloseoutError.hasCode(error, 'VALIDATION_FAILED')).toBe(true);
    expect(sim.requests).toHaveLength(0);
  });

  it('names a missing ticket in a 404', async () => {
    const { adapter } = sims.make();
    const error = (await rejection(
      adapter.getTicket({ provider: 'connectwise', id: '777' }),
    )) as PsaRequestError;
    expect(error.code).toBe('PSA_REQUEST_FAILED');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('ticket 777 was not found');
    expect(error.details).toMatchObject({ status: 404, ticketId: 777, connectwiseCode: 'NotFound' });
  });
});

describe('findNote', () => {
  it('finds the note with the exact text created at or after since, following pages', async () => {
    const { sim, adapter } = sims.make({ pageSize: 2 });
    const since = new Date('2025-03-01T10:00:00.400Z');
    sim.seedNote(48213, {
      text: 'Restarted the spooler',
      type: 'resolution',
      createdAt: new Date('2025-03-01T09:00:00Z'),
    });
    for (let i = 0; i < 5; i++) {
      sim.seedNote(48213, {
        text: `Other note ${i}`,
        type: 'discussion',
        createdAt: new Date(`2025-03-01T10:0${i}:30Z`),
      });
    }
    const target = sim.seedNote(48213, {
      text: 'Restarted the spooler',
      type: 'resolution',
      createdAt: new Date('2025-03-01T10:00:00.900Z'), // same second as since: stored without milliseconds
    });
    const found = await adapter.findNote(TICKET, { text: 'Restarted the spooler', since });
    expect(found).toEqual({ id: String(target.id) });
    const lists = sim.requests.filter((r) => r.operation === 'findNote');
    expect(lists.map((r) => r.query.get('page'))).toEqual(['1', '2', '3']);
    expect(lists[0]?.query.get('conditions')).toBe('dateCreated >= [2025-03-01T10:00:00Z]');
    expect(lists[0]?.query.get('orderBy')).toBe('dateCreated desc');
    // Encoded with %20 for spaces, never `+`.
    const raw = sim.requests.find((r) => r.operation === 'findNote')?.rawQuery ?? '';
    expect(raw).toContain('conditions=dateCreated%20%3E%3D%20%5B2025-03-01T10%3A00%3A00Z%5D');
    expect(raw).not.toContain('+');
  });

  it('finds nothing older than since, nor a text that differs', async () => {
    const { sim, adapter } = sims.make({ pageSize: 2 });
    sim.seedNote(48213, {
      text: 'Restarted the spooler',
      type: 'resolution',
      createdAt: new Date('2025-03-01T09:59:59Z'),
    });
    sim.seedNote(48213, {
      text: 'Restarted the spooler.',
      type: 'resolution',
      createdAt: new Date('2025-03-01T10:05:00Z'),
    });
    const since = new Date('2025-03-01T10:00:00Z');
    expect(await adapter.findNote(TICKET, { text: 'Restarted the spooler', since })).toBeNull();
  });

  it('matches on normalized text: line endings and trailing spaces do not count', async () => {
    const { adapter } = sims.make();
    const text = 'Problem: printer offline  \nFix: reinstalled the driver\n';
    const { id } = await adapter.addNote(TICKET, { text, type: 'resolution' });
    // The simulator stores CRLF, as ConnectWise does.
    expect(await adapter.findNote(TICKET, { text, since: new Date(Date.now() - 60_000) })).toEqual({ id });
  });

  it('returns the newest of several matches', async () => {
    const { sim, adapter } = sims.make({ pageSize: 1 });
    sim.seedNote(48213, { text: 'Same', type: 'resolution', createdAt: new Date('2025-03-01T10:01:00Z') });
    const newest = sim.seedNote(48213, {
      text: 'Same',
      type: 'resolution',
      createdAt: new Date('2025-03-01T10:03:00Z'),
    });
    sim.seedNote(48213, { text: 'Same', type: 'resolution', createdAt: new Date('2025-03-01T10:02:00Z') });
    expect(await adapter.findNote(TICKET, { text: 'Same', since: new Date('2025-03-01T10:00:00Z') })).toEqual(
      {
        id: String(newest.id),
      },
    );
  });

  it('rejects an invalid since before any request', async () => {
    const { sim, adapter } = sims.make();
    const error = await rejection(adapter.findNote(TICKET, { text: 'x', since: new Date('nope') }));
    expect(CloseoutError.hasCode(error, 'VALIDATION_FAILED')).toBe(true);
    expect(sim.requests).toHaveLength(0);
  });
});

describe('listStatuses', () => {
  it('lists the active statuses of the ticket’s board across pages, closed ones marked', async () => {
    const { sim, adapter } = sims.make({ pageSize: 2 });
    const statuses = await adapter.listStatuses(TICKET);
    expect(statuses).toEqual([
      { id: '11', name: 'New', closed: false },
      { id: '12', name: 'In Progress', closed: false },
      { id: '13', name: 'Resolved', closed: true },
      { id: '14', name: 'Escalated', closed: false },
      { id: '15', name: 'Waiting on Customer', closed: false },
    ]);
    const pages = sim.requests.filter((r) => r.operation === 'listStatuses');
    expect(pages.map((r) => r.path)).toEqual(Array(3).fill('/v2025_1/apis/3.0/service/boards/1/statuses'));
  });

  it('uses the board of the ticket it is asked about', async () => {
    const { adapter } = sims.make();
    const statuses = await adapter.listStatuses({ provider: 'connectwise', id: '48214' });
    expect(statuses.map((s) => s.name)).toEqual(['New', 'Closed']);
  });
});
