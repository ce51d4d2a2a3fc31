// What live HaloPSA does that a lenient simulator would let pass: action lists that shorten notes
// and leave their HTML out, and outcomes a host names by label rather than by id.
import { CloseoutError, type PsaRequestError } from '@closeout/core';
import { describe, expect, it } from 'vitest';
import { rejection, TICKET, useSimulators } from './support/setup.js';

const sims = useSimulators();
const LONG = `<p>${'Rebuilt the Outlook profile and cleared the cached credentials. '.repeat(5)}</p>`;

describe('findNote on shortened action lists', () => {
  it('reads an action listed without its HTML whole before deciding, and finds it', async () => {
    const { sim, adapter } = sims.make();
    const since = new Date(Date.now() - 60_000);
    const { id } = await adapter.addNote(TICKET, { text: LONG, type: 'discussion' });
    expect(await adapter.findNote(TICKET, { text: LONG, since })).toEqual({ id });
    expect(sim.count('getAction')).toBe(1);
    const read = sim.requests.find((r) => r.operation === 'getAction');
    expect(read?.path).toBe(`/api/Actions/${id}`);
    expect(read?.query.get('ticket_id')).toBe('1042');
  });

  it('reads newest first and stops at the match; another text is no match after reading them all', async () => {
    const { sim, adapter } = sims.make();
    const since = new Date(Date.now() - 60_000);
    await adapter.addNote(TICKET, { text: `${LONG}<p>one</p>`, type: 'discussion' });
    const { id } = await adapter.addNote(TICKET, { text: LONG, type: 'discussion' });
    expect(await adapter.findNote(TICKET, { text: LONG, since })).toEqual({ id });
    expect(sim.count('getAction')).toBe(1);
    expect(await adapter.findNote(TICKET, { text: `${LONG}<p>two</p>`, since })).toBeNull();
    expect(sim.count('getAction')).toBe(3);
  });

  it('reads nothing more when the list carries the HTML', async () => {
    const { sim, adapter } = sims.make({}, { shortLists: false });
    const since = new Date(Date.now() - 60_000);
    const { id } = await adapter.addNote(TICKET, { text: LONG, type: 'discussion' });
    expect(await adapter.findNote(TICKET, { text: LONG, since })).toEqual({ id });
    expect(sim.count('getAction')).toBe(0);
  });

  it('a lost action answer followed by findNote posts the note once', async () => {
    const { sim, adapter } = sims.make();
    const since = new Date(Date.now() - 60_000);
    sim.loseResponses('addNote', 1);
    const lost = (await rejection(
      adapter.addNote(TICKET, { text: LONG, type: 'resolution' }),
    )) as PsaRequestError;
    expect(lost).toMatchObject({ ambiguous: true });
    const found = await adapter.findNote(TICKET, { text: LONG, since });
    expect(found).toEqual({ id: String(sim.actionsOf(1042)[0]?.id) });
    expect(sim.actionsOf(1042)).toHaveLength(1);
  });
});

describe('outcomes by label', () => {
  it('looks a label up among the outcomes the agent may run, case aside, and posts with its id', async () => {
    const { sim, adapter } = sims.make({
      outcomes: { resolution: 'resolved', internal_analysis: 'Private Note', discussion: 1 },
    });
    await adapter.addNote(TICKET, { text: '<p>Fixed</p>', type: 'resolution' });
    await adapter.addNote(TICKET, { text: '<p>Internal</p>', type: 'internal_analysis' });
    await adapter.addNote(TICKET, { text: '<p>Update</p>', type: 'discussion' });
    expect(sim.actions.map((a) => a.outcomeId)).toEqual([10, 7, 1]);
    expect(sim.count('listOutcomes')).toBe(1);
  });

  it('takes outcomeId as a label too', async () => {
    const { sim, adapter } = sims.make({ outcomes: {}, outcomeId: 'Update' });
    await adapter.addNote(TICKET, { text: '<p>Update</p>', type: 'discussion' });
    expect(sim.actions.map((a) => a.outcomeId)).toEqual([1]);
  });

  it('refuses a label no usable outcome has, naming the option and the usable ones, before posting', async () => {
    const { sim, adapter } = sims.make({ outcomes: { resolution: 'Supervisor Override' } });
    const error = await rejection(adapter.addNote(TICKET, { text: '<p>Fixed</p>', type: 'resolution' }));
    expect(CloseoutError.hasCode(error, 'VALIDATION_FAILED')).toBe(true);
    expect((error as CloseoutError).message).toContain('"Supervisor Override"');
    expect(JSON.stringify((error as CloseoutError).details)).toContain('outcomes.resolution');
    expect(JSON.stringify((error as CloseoutError).details)).toContain('10 \\"Resolved\\"');
    expect(sim.count('addNote')).toBe(0);
  });

  it('refuses a label more than one usable outcome has', async () => {
    const { sim, adapter } = sims.make({ outcomes: { discussion: 'Update' } });
    sim.addOutcome({ id: 21, outcome: 'update', hidefromuser: false });
    const error = await rejection(adapter.addNote(TICKET, { text: '<p>x</p>', type: 'discussion' }));
    expect(CloseoutError.hasCode(error, 'VALIDATION_FAILED')).toBe(true);
    expect((error as CloseoutError).message).toContain('more than one outcome');
    expect(sim.count('addNote')).toBe(0);
  });

  it('still refuses a malformed outcome option at construction', () => {
    expect(() => sims.make({ outcomes: { resolution: '' } })).toThrow(/outcomes\.resolution/);
  });
});

describe('the request budget', () => {
  it('spaces calls out from rateLimit.slowFrom, and Halo never answers 429', async () => {
    const waits: number[] = [];
    const logger = {
      debug: (fields: { ms?: number }, message: string) => {
        if (message === 'halopsa: waiting for the rate window') waits.push(fields.ms ?? 0);
      },
    };
    const { sim, adapter } = sims.make(
      { logger, rateLimit: { requests: 8, windowMs: 400, slowFrom: 0.5, maxWaitMs: 5_000 } },
      { rateLimit: { requests: 8, windowMs: 400 } },
    );
    for (let i = 0; i < 6; i++) await adapter.getTicket(TICKET);
    expect(waits.length).toBeGreaterThanOrEqual(2);
    expect(sim.requests.map((r) => r.outcome)).not.toContain(429);
  });
});
