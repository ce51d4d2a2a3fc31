// Every rule the Autotask simulator enforces, broken on purpose with raw requests: each is refused
// the way Autotask refuses it (and a client contract breach is also recorded as a violation).
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AutotaskSimulator } from '../src/autotask.js';

let sim: AutotaskSimulator;
beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
});
afterEach(async () => {
  sim.close();
  await sim.stop();
});

function seeded(options: ConstructorParameters<typeof AutotaskSimulator>[0] = {}): AutotaskSimulator {
  sim = new AutotaskSimulator(options)
    .addTicket({ id: 100, status: 1 })
    .addTicket({ id: 200, status: 1, hidden: true });
  return sim.install();
}

const url = (s: AutotaskSimulator, path: string) => `${s.zoneUrl}V1.0/${path}`;
const auth = (s: AutotaskSimulator, json = true): Record<string, string> => ({
  ApiIntegrationCode: s.integrationCode,
  UserName: s.username,
  Secret: s.secret,
  ...(json ? { 'Content-Type': 'application/json' } : {}),
});
const call = (s: AutotaskSimulator, method: string, path: string, body?: unknown) =>
  fetch(url(s, path), {
    method,
    headers: auth(s, body !== undefined),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const NOTE = { title: 'Resolution', description: 'Fixed', noteType: 101, publish: 7 };

describe('Autotask simulator rules', () => {
  it('names the zone through the public lookup, which takes no credentials', async () => {
    const s = seeded();
    const r = await fetch(
      `https://webservices2.autotask.net/atservicesrest/v1.0/zoneInformation?user=${encodeURIComponent(s.username)}`,
    );
    expect(await r.json()).toMatchObject({ url: s.zoneUrl });
    await fetch(`https://webservices2.autotask.net/atservicesrest/v1.0/zoneInformation?user=${s.username}`, {
      headers: auth(s, false),
    });
    expect(s.violations).toEqual(['credentials sent to the public zone lookup']);
    const unknown = await fetch(
      'https://webservices2.autotask.net/atservicesrest/v1.0/zoneInformation?user=nobody',
    );
    expect(unknown.status).toBe(404);
  });

  it('answers 401 unless all three auth headers match', async () => {
    const s = seeded();
    for (const header of ['ApiIntegrationCode', 'UserName', 'Secret']) {
      const headers = { ...auth(s, false), [header]: 'wrong' };
      expect((await fetch(url(s, 'Tickets/100'), { headers })).status, header).toBe(401);
    }
  });

  it('has per-tenant picklist ids, with string values, and none of them 1/2 for notes', async () => {
    const s = seeded();
    const { fields } = (await (await call(s, 'GET', 'TicketNotes/entityInformation/fields')).json()) as {
      fields: Array<{ name: string; picklistValues: Array<{ value: string; label: string }> | null }>;
    };
    const publish = fields.find((f) => f.name === 'publish')?.picklistValues ?? [];
    expect(publish.map((p) => p.value)).toEqual(['7', '9', '11']);
    expect(publish.some((p) => p.value === '1' || p.value === '2')).toBe(false);
  });

  it('refuses a note without title, description, note type or publish, as HTTP 500 with errors', async () => {
    const s = seeded();
    for (const missing of ['title', 'description', 'noteType', 'publish'] as const) {
      const { [missing]: _, ...body } = NOTE;
      const r = await call(s, 'POST', 'Tickets/100/Notes', body);
      expect(r.status, missing).toBe(500);
      const { errors } = (await r.json()) as { errors: string[] };
      expect(errors.join(' '), missing).toMatch(new RegExp(missing, 'i'));
    }
    expect(s.notesOf(100)).toEqual([]);
  });

  it('takes a note without title when the ticket category does not require one', async () => {
    const s = seeded({ requireNoteTitles: false });
    const { title: _, ...body } = NOTE;
    expect((await call(s, 'POST', 'Tickets/100/Notes', body)).status).toBe(200);
  });

  it('refuses a publish or note type id from another tenant (1 or 2 here)', async () => {
    const s = seeded();
    expect((await call(s, 'POST', 'Tickets/100/Notes', { ...NOTE, publish: 1 })).status).toBe(500);
    expect((await call(s, 'POST', 'Tickets/100/Notes', { ...NOTE, noteType: 2 })).status).toBe(500);
    expect(s.notesOf(100)).toEqual([]);
  });

  it('creates notes only through the ticket child URL: the root POST /TicketNotes is 404', async () => {
    const s = seeded();
    const r = await call(s, 'POST', 'TicketNotes', { ...NOTE, ticketID: 100 });
    expect(r.status).toBe(404);
    expect(s.violations).toHaveLength(1);
    const ok = await call(s, 'POST', 'Tickets/100/Notes', NOTE);
    expect(await ok.json()).toEqual({ itemId: expect.any(Number) });
  });

  it('refuses PUT on Tickets, which would null every field it leaves out', async () => {
    const s = seeded();
    const r = await call(s, 'PUT', 'Tickets', { id: 100, status: 5 });
    expect(r.status).toBe(405);
    expect(s.ticket(100).status).toBe(1);
    expect(s.violations[0]).toMatch(/PUT/);
  });

  it('refuses an unknown or inactive status and a missing required field as HTTP 500', async () => {
    const s = seeded({ requiredFor: { 5: ['resolution'] } });
    for (const status of [2, 31]) {
      const r = await call(s, 'PATCH', 'Tickets', { id: 100, status });
      expect(r.status).toBe(500);
      expect(((await r.json()) as { errors: string[] }).errors).toHaveLength(1);
    }
    const complete = await call(s, 'PATCH', 'Tickets', { id: 100, status: 5 });
    expect(await complete.json()).toEqual({ errors: ['resolution is required.; on record number [0].'] });
    expect(s.ticket(100).status).toBe(1);
    await call(s, 'PATCH', 'Tickets', { id: 100, resolution: 'Replaced the driver' });
    expect((await call(s, 'PATCH', 'Tickets', { id: 100, status: 5 })).status).toBe(200);
    expect(s.ticket(100).status).toBe(5);
  });

  it('runs workflow rules after a status PATCH: one moves the status on, one keeps the old one', async () => {
    const s = seeded();
    s.addWorkflowRule({ whenStatus: 29, action: { setStatus: 5 } });
    s.addWorkflowRule({ ticketId: 100, whenStatus: 30, action: 'keep' });
    expect((await call(s, 'PATCH', 'Tickets', { id: 100, status: 29 })).status).toBe(200);
    expect(s.ticket(100).status).toBe(5);
    expect((await call(s, 'PATCH', 'Tickets', { id: 100, status: 30 })).status).toBe(200);
    expect(s.ticket(100).status).toBe(5);
  });

  it('reads a missing or hidden ticket as {item: null}', async () => {
    const s = seeded();
    for (const id of [999, 200])
      expect(await (await call(s, 'GET', `Tickets/${id}`)).json()).toEqual({ item: null });
  });

  it("refuses 'ne' (Autotask's operator is 'noteq') and maxRecords over 500", async () => {
    const s = seeded();
    const ne = await call(s, 'POST', 'TicketNotes/query', {
      filter: [{ op: 'ne', field: 'ticketID', value: 1 }],
    });
    expect(ne.status).toBe(500);
    const big = await call(s, 'POST', 'TicketNotes/query', {
      filter: [{ op: 'eq', field: 'ticketID', value: 100 }],
      maxRecords: 501,
    });
    expect(big.status).toBe(500);
    expect(s.violations).toHaveLength(1);
  });

  it('pages a query through nextPageUrl with POST and the same filter, and refuses a reused page token', async () => {
    const s = seeded();
    for (let i = 0; i < 3; i++)
      s.seedNote(100, { text: `n${i}`, noteType: 103, publish: 9, createdAt: new Date() });
    const query = {
      filter: [{ op: 'eq', field: 'ticketID', value: 100 }],
      includeFields: ['id', 'description'],
      maxRecords: 2,
    };
    const first = (await (await call(s, 'POST', 'TicketNotes/query', query)).json()) as {
      items: unknown[];
      pageDetails: { nextPageUrl: string };
    };
    expect(first.items).toHaveLength(2);
    const next = first.pageDetails.nextPageUrl;
    const post = (body?: unknown) =>
      fetch(next, {
        method: 'POST',
        headers: auth(s, true),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const second = (await (await post(query)).json()) as {
      items: unknown[];
      pageDetails: { nextPageUrl: string | null };
    };
    expect(second.items).toEqual([{ id: expect.any(Number), description: 'n2' }]);
    expect(second.pageDetails.nextPageUrl).toBeNull();
    expect((await post(query)).status).toBe(500);
  });

  it('answers GET on a nextPageUrl with 405, a POST without the filter body with 500, and another filter with 500', async () => {
    const s = seeded();
    for (let i = 0; i < 3; i++)
      s.seedNote(100, { text: `n${i}`, noteType: 103, publish: 9, createdAt: new Date() });
    const query = { filter: [{ op: 'eq', field: 'ticketID', value: 100 }], maxRecords: 1 };
    const first = (await (await call(s, 'POST', 'TicketNotes/query', query)).json()) as {
      pageDetails: { nextPageUrl: string };
    };
    const next = first.pageDetails.nextPageUrl;
    expect((await fetch(next, { headers: auth(s, false) })).status).toBe(405);
    const noBody = await fetch(next, { method: 'POST', headers: auth(s, true), body: '{}' });
    expect(noBody.status).toBe(500);
    expect(JSON.stringify(await noBody.json())).toContain('Parameter name: filters');
    const other = { filter: [{ op: 'eq', field: 'ticketID', value: 200 }] };
    expect(
      (await fetch(next, { method: 'POST', headers: auth(s, true), body: JSON.stringify(other) })).status,
    ).toBe(500);
    expect(s.violations).toHaveLength(3);
  });

  it('answers a fourth concurrent request on one endpoint with 429 (the thread limit)', async () => {
    const s = seeded();
    s.delayResponses('getTicket', 150);
    const answers = await Promise.all([1, 2, 3, 4].map(() => call(s, 'GET', 'Tickets/100')));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 429]);
    // Once those answered, their threads are free again.
    s.delayResponses('getTicket', 0);
    expect((await call(s, 'GET', 'Tickets/100')).status).toBe(200);
  });

  it('can refuse the thread limit as 500 with errors naming Itgenatr005, as some zones do', async () => {
    const s = seeded({ threadLimitStatus: 500 });
    s.delayResponses('getTicket', 150);
    const answers = await Promise.all([1, 2, 3, 4].map(() => call(s, 'GET', 'Tickets/100')));
    const refused = answers.find((a) => a.status !== 200);
    expect(refused?.status).toBe(500);
    expect(JSON.stringify(await refused?.json())).toMatch(/thread threshold.*Itgenatr005/);
    s.refuseThreads('addNote', 1);
    const note = await call(s, 'POST', 'Tickets/100/Notes', NOTE);
    expect(note.status).toBe(500);
    expect(s.notesOf(100)).toHaveLength(0);
  });

  it('answers 429 past the hourly request threshold of the database, counting other integrations', async () => {
    const s = seeded({ requestThreshold: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(s, 'GET', 'Tickets/100')).status);
    expect(statuses).toEqual([200, 200, 429]);
    const t = seeded({ requestThreshold: 10 });
    t.useBudget(9);
    const reading = await (await call(t, 'GET', 'ThresholdInformation')).json();
    expect(reading).toEqual({
      externalRequestThreshold: 10,
      requestThresholdTimeframe: 60,
      currentTimeframeRequestCount: 10,
    });
    const refused = await call(t, 'GET', 'Tickets/100');
    expect(refused.status).toBe(429);
    expect(JSON.stringify(await refused.json())).toContain('request threshold');
  });

  it('serves the zone path in any case: the lookup names its own, nextPageUrl keeps Autotask’s', async () => {
    const s = seeded({ zonePath: 'atservicesrest' });
    expect(s.zoneUrl).toMatch(/\/atservicesrest\/$/);
    const lookup = await fetch(
      `https://webservices2.autotask.net/atservicesrest/v1.0/zoneInformation?user=${encodeURIComponent(s.username)}`,
    );
    expect(((await lookup.json()) as { url: string }).url).toBe(s.zoneUrl);
    expect((await call(s, 'GET', 'Tickets/100')).status).toBe(200);
    for (let i = 0; i < 2; i++)
      s.seedNote(100, { text: `n${i}`, noteType: 103, publish: 9, createdAt: new Date() });
    const first = (await (
      await call(s, 'POST', 'TicketNotes/query', {
        filter: [{ op: 'eq', field: 'ticketID', value: 100 }],
        maxRecords: 1,
      })
    ).json()) as { pageDetails: { nextPageUrl: string } };
    expect(first.pageDetails.nextPageUrl).toContain('/ATServicesRest/V1.0/');
  });

  it('as a zone without collection PATCH, answers PATCH /Tickets with an HTML 404', async () => {
    const s = seeded({ collectionPatch: false });
    const r = await call(s, 'PATCH', 'Tickets', { id: 100, status: 8 });
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    expect(await r.text()).toMatch(/^<!DOCTYPE html>/);
    expect(s.ticket(100).status).toBe(1);
  });

  it('commits a write whose response is lost, then resets the connection', async () => {
    const s = seeded();
    s.loseResponses('addNote');
    await expect(call(s, 'POST', 'Tickets/100/Notes', NOTE)).rejects.toThrow();
    expect(s.notesOf(100)).toHaveLength(1);
  });

  it('refuses a body without Content-Type, and a call the security level does not allow (403)', async () => {
    const s = seeded();
    const r = await fetch(url(s, 'Tickets/100/Notes'), {
      method: 'POST',
      headers: auth(s, false),
      body: JSON.stringify(NOTE),
    });
    expect(r.status).toBe(500);
    expect(s.violations).toHaveLength(1);
    s.deny('addNote');
    expect((await call(s, 'POST', 'Tickets/100/Notes', NOTE)).status).toBe(403);
  });

  it('over real HTTP too', async () => {
    const s = await seeded().listen();
    expect(s.connection().zoneUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ATServicesRest\/$/);
    expect(await (await call(s, 'GET', 'Tickets/100')).json()).toMatchObject({
      item: { id: 100, status: 1 },
    });
    expect(s.takeRequests()).toEqual([{ method: 'GET', path: 'Tickets/100', status: 200 }]);
  });
});
