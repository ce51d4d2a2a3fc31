// Every rule the ConnectWise simulator enforces, broken on purpose with raw requests: each is
// refused the way ConnectWise refuses it (or recorded as a contract violation and answered 400).
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectWiseSimulator } from '../src/connectwise.js';

let sim: ConnectWiseSimulator;
beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
});
afterEach(async () => {
  sim.close();
  await sim.stop();
});

function seeded(): ConnectWiseSimulator {
  sim = new ConnectWiseSimulator()
    .addBoard({
      id: 1,
      name: 'Help Desk',
      statuses: [
        { id: 11, name: 'New' },
        { id: 13, name: 'Resolved', closed: true },
        { id: 16, name: 'Retired', inactive: true },
      ],
    })
    .addBoard({ id: 2, name: 'Tier 2', statuses: [{ id: 23, name: 'Closed', closed: true }] })
    .addTicket({ id: 48213, summary: 'Printer', boardId: 1, statusId: 11 });
  return sim;
}

const api = (s: ConnectWiseSimulator, path: string) => `${s.origin}/${s.codebase}apis/3.0/${path}`;
const good = (s: ConnectWiseSimulator, json = false): Record<string, string> => ({
  Authorization: s.expectedAuthorization,
  clientId: s.clientId,
  Accept: `application/vnd.connectwise.com+json; version=${s.apiVersion}`,
  ...(json ? { 'Content-Type': 'application/json' } : {}),
});
const NOTE = {
  text: 'Fixed',
  detailDescriptionFlag: false,
  internalAnalysisFlag: false,
  resolutionFlag: true,
  processNotifications: false,
};

describe('ConnectWise simulator rules', () => {
  it('answers a 429 as the Cloudflare edge does: an HTML page with Retry-After, no ConnectWise JSON', async () => {
    const s = seeded().install();
    s.setFault('getTicket', { status: 429, retryAfterSeconds: 7 }, 1);
    const r = await fetch(api(s, 'service/tickets/48213'), { headers: good(s) });
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('7');
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    expect(r.headers.get('server')).toBe('cloudflare');
    const body = await r.text();
    expect(body).toContain('Error 1015');
    expect(() => JSON.parse(body)).toThrow();
    expect((await fetch(api(s, 'service/tickets/48213'), { headers: good(s) })).status).toBe(200);
  });

  it('answers a well-formed read with the documented Ticket shape', async () => {
    const s = seeded().install();
    const r = await fetch(api(s, 'service/tickets/48213?fields=id,status'), { headers: good(s) });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ id: 48213, status: expect.objectContaining({ id: 11, name: 'New' }) });
    expect(s.violations).toEqual([]);
  });

  it('answers 401 to wrong API member credentials', async () => {
    const s = seeded().install();
    const r = await fetch(api(s, 'service/tickets/48213'), {
      headers: { ...good(s), Authorization: 'Basic d3Jvbmc6a2V5' },
    });
    expect(r.status).toBe(401);
  });

  it('refuses a missing clientId, an unversioned Accept and a body without Content-Type', async () => {
    const s = seeded().install();
    const { clientId: _, ...noClient } = good(s);
    expect((await fetch(api(s, 'service/tickets/48213'), { headers: noClient })).status).toBe(400);
    const plain = { ...good(s), Accept: 'application/json' };
    expect((await fetch(api(s, 'service/tickets/48213'), { headers: plain })).status).toBe(400);
    const r = await fetch(api(s, 'service/tickets/48213/notes'), {
      method: 'POST',
      headers: good(s),
      body: JSON.stringify(NOTE),
    });
    expect(r.status).toBe(400);
    expect(s.violations).toHaveLength(3);
  });

  it('records credentials sent to the public company info endpoint', async () => {
    const s = seeded().install();
    const r = await fetch(`${s.origin}/login/companyinfo/${s.companyId}`, { headers: good(s) });
    expect(r.status).toBe(200);
    expect(s.violations).toEqual(['credentials sent to the public company info endpoint']);
  });

  it('refuses a status not on the ticket board, or inactive, with 400 InvalidObject on status/id', async () => {
    const s = seeded().install();
    for (const value of [23, 16]) {
      const r = await fetch(api(s, 'service/tickets/48213'), {
        method: 'PATCH',
        headers: good(s, true),
        body: JSON.stringify([{ op: 'replace', path: 'status/id', value }]),
      });
      expect(r.status).toBe(400);
      expect(await r.json()).toMatchObject({ code: 'InvalidObject', errors: [{ field: 'status/id' }] });
    }
    expect(s.ticket(48213).status.id).toBe(11);
  });

  it('refuses a patch of another field and a note without exactly one flag', async () => {
    const s = seeded().install();
    const patch = await fetch(api(s, 'service/tickets/48213'), {
      method: 'PATCH',
      headers: good(s, true),
      body: JSON.stringify([{ op: 'replace', path: 'summary', value: 'x' }]),
    });
    expect(patch.status).toBe(400);
    const note = await fetch(api(s, 'service/tickets/48213/notes'), {
      method: 'POST',
      headers: good(s, true),
      body: JSON.stringify({ ...NOTE, internalAnalysisFlag: true }),
    });
    expect(note.status).toBe(400);
    const misspelt = await fetch(api(s, 'service/tickets/48213/notes'), {
      method: 'POST',
      headers: good(s, true),
      body: JSON.stringify({ ...NOTE, resolutionFlg: true }),
    });
    expect(misspelt.status).toBe(400);
    expect(s.notesOf(48213)).toEqual([]);
    expect(s.violations).toHaveLength(3);
  });

  it('refuses an empty note text with ConnectWise Required, and stores text with CRLF', async () => {
    const s = seeded().install();
    const empty = await fetch(api(s, 'service/tickets/48213/notes'), {
      method: 'POST',
      headers: good(s, true),
      body: JSON.stringify({ ...NOTE, text: ' ' }),
    });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ errors: [{ code: 'Required', field: 'text' }] });
    const ok = await fetch(api(s, 'service/tickets/48213/notes'), {
      method: 'POST',
      headers: good(s, true),
      body: JSON.stringify({ ...NOTE, text: 'a\nb' }),
    });
    expect(ok.status).toBe(201);
    expect(s.notesOf(48213)[0]?.text).toBe('a\r\nb');
  });

  it('refuses a page size over 1000, an unsupported condition and an endpoint closeout has no use for', async () => {
    const s = seeded().install();
    const h = { headers: good(s) };
    expect((await fetch(api(s, 'service/tickets/48213/notes?pageSize=5000'), h)).status).toBe(400);
    expect(
      (
        await fetch(
          api(s, `service/tickets/48213/notes?conditions=${encodeURIComponent('text like "x"')}`),
          h,
        )
      ).status,
    ).toBe(400);
    expect((await fetch(api(s, 'company/companies'), h)).status).toBe(400);
    expect(s.violations).toHaveLength(3);
  });

  it('keeps the status of a ticket whose workflow keeps it, answering 200', async () => {
    const s = seeded().install();
    s.keepStatus(48213);
    const r = await fetch(api(s, 'service/tickets/48213'), {
      method: 'PATCH',
      headers: good(s, true),
      body: JSON.stringify([{ op: 'replace', path: 'status/id', value: 13 }]),
    });
    expect(r.status).toBe(200);
    expect(s.ticket(48213).status.name).toBe('New');
  });

  it('over real HTTP too: a lost response stores the note and resets the connection', async () => {
    const s = await seeded().listen();
    expect(s.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    s.loseResponses('addNote', 1);
    const sent = fetch(api(s, 'service/tickets/48213/notes'), {
      method: 'POST',
      headers: good(s, true),
      body: JSON.stringify(NOTE),
    });
    await expect(sent).rejects.toThrow();
    expect(s.notesOf(48213)).toHaveLength(1);
    expect(s.takeRequests()).toEqual([{ method: 'POST', path: 'service/tickets/48213/notes', status: 0 }]);
  });
});
