import { CloseoutError } from '@closeout/core';
import { describe, expect, it } from 'vitest';
import { rejection, TICKET, useSimulators } from './support/setup.js';

const sims = useSimulators();

describe('getNote', () => {
  it('reads the action back by id with its full HTML, typed by what Halo stored', async () => {
    const { sim, adapter } = sims.make();
    const internal = await adapter.addNote(TICKET, { text: '<p>Team only</p>', type: 'internal_analysis' });
    const resolution = await adapter.addNote(TICKET, { text: '<p>Fixed</p>', type: 'resolution' });
    expect(await adapter.getNote(TICKET, internal.id)).toEqual({
      id: internal.id,
      text: '<p>Team only</p>',
      type: 'internal_analysis',
    });
    expect((await adapter.getNote(TICKET, resolution.id))?.type).toBe('resolution');
    const get = sim.requests.find((r) => r.operation === 'getAction');
    expect(get?.path).toBe(`/api/Actions/${internal.id}`);
    expect(get?.query.get('ticket_id')).toBe('1042');
    expect(get?.query.get('includehtmlnote')).toBe('true');
  });

  it('shows an internal note Halo stored visible to the end user as customer-visible', async () => {
    const { sim, adapter } = sims.make();
    sim.misstoreNotes(1);
    const { id } = await adapter.addNote(TICKET, { text: '<p>Team only</p>', type: 'internal_analysis' });
    expect(sim.actions.at(-1)?.hiddenfromuser).toBe(false);
    expect((await adapter.getNote(TICKET, id))?.type).toBe('discussion');
  });

  it('answers null for an action of another ticket or none, and refuses a malformed id before any request', async () => {
    const { sim, adapter } = sims.make();
    const other = await adapter.addNote(
      { provider: 'halopsa', id: '1043' },
      { text: '<p>x</p>', type: 'discussion' },
    );
    expect(await adapter.getNote(TICKET, other.id)).toBeNull();
    expect(await adapter.getNote(TICKET, '99999')).toBeNull();
    const before = sim.requests.length;
    expect(CloseoutError.hasCode(await rejection(adapter.getNote(TICKET, 'x1')), 'VALIDATION_FAILED')).toBe(
      true,
    );
    expect(sim.requests).toHaveLength(before);
  });
});

describe('sendemail from notifyContact', () => {
  it("sends the note's notifyContact on every visible action, over the option, and never on a hidden one", async () => {
    const { sim, adapter } = sims.make({ sendEmail: true });
    await adapter.addNote(TICKET, { text: '<p>a</p>', type: 'resolution', notifyContact: false });
    await adapter.addNote(TICKET, { text: '<p>b</p>', type: 'discussion', notifyContact: true });
    await adapter.addNote(TICKET, { text: '<p>c</p>', type: 'internal_analysis', notifyContact: true });
    const sent = sim.requests
      .filter((r) => r.operation === 'addNote')
      .map((r) => (r.body as Array<{ sendemail: unknown }>)[0]?.sendemail);
    expect(sent).toEqual([false, true, false]);
    expect(sim.actions.map((a) => a.contactEmailed)).toEqual([false, true, false]);
  });

  it("the simulator takes the outcome's sendemail default when an action leaves it out", async () => {
    const { sim } = sims.make();
    const outcome = sim.outcomes.get(1);
    if (outcome) outcome.sendemail = true;
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: sim.clientId,
      client_secret: sim.clientSecret,
      scope: 'all',
    });
    const auth = await sim.fetch(`${sim.origin}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    const token = ((await auth.json()) as { access_token: string }).access_token;
    const response = await sim.fetch(`${sim.origin}/api/Actions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify([{ ticket_id: 1042, outcome_id: 1, note_html: '<p>no flag</p>' }]),
    });
    expect(response.status).toBe(200);
    expect(sim.actions.at(-1)).toMatchObject({ sendemail: true, contactEmailed: true });
  });
});
