// Every action needs an outcome, and the API agent may run only some: a wrong setup is a clear
// error before anything is posted, and an outcome that moves the ticket is left to core's re-read.
import { CloseoutError, type PsaRequestError } from '@closeout/core';
import { describe, expect, it } from 'vitest';
import { rejection, TICKET, useSimulators } from './support/setup.js';

const sims = useSimulators();

describe('outcomes', () => {
  it('refuses a note kind with no outcome configured, before any request', async () => {
    const { sim, adapter } = sims.make({ outcomes: { internal_analysis: 7 } });
    const error = await rejection(adapter.addNote(TICKET, { text: '<p>Fixed</p>', type: 'resolution' }));
    expect(CloseoutError.hasCode(error, 'VALIDATION_FAILED')).toBe(true);
    expect((error as CloseoutError).message).toContain('outcomes.resolution');
    expect(sim.count()).toBe(0);
  });

  it('uses outcomeId for every kind unless outcomes names one', async () => {
    const { sim, adapter } = sims.make({ outcomes: { internal_analysis: 7 }, outcomeId: 1 });
    await adapter.addNote(TICKET, { text: '<p>Visible</p>', type: 'resolution' });
    await adapter.addNote(TICKET, { text: '<p>Hidden</p>', type: 'internal_analysis' });
    expect(sim.actions.map((a) => [a.outcomeId, a.hiddenfromuser])).toEqual([
      [1, false],
      [7, true],
    ]);
  });

  it('refuses an outcome the agent may not run before posting, naming the ones it may', async () => {
    const { sim, adapter } = sims.make({ outcomes: { internal_analysis: 13 } });
    const error = (await rejection(
      adapter.addNote(TICKET, { text: '<p>Escalating</p>', type: 'internal_analysis' }),
    )) as PsaRequestError;
    expect(CloseoutError.hasCode(error, 'PSA_REQUEST_FAILED')).toBe(true);
    expect(error.retryable).toBe(false);
    expect(error.ambiguous).toBe(false);
    expect(error.details).toMatchObject({ reason: 'outcome_not_available', outcomeId: 13 });
    expect(error.message).toContain('7 "Private Note"');
    expect(error.message).toContain('nothing was posted');
    expect(sim.count('addNote')).toBe(0);
    expect(sim.actions).toHaveLength(0);
  });

  it('maps Halo refusing an outcome it listed, and lists the outcomes again next time', async () => {
    const { sim, adapter } = sims.make();
    await adapter.addNote(TICKET, { text: '<p>First</p>', type: 'internal_analysis' });
    // The agent loses the right to "Private Note" while the adapter still has the list cached.
    const privateNote = sim.outcomes.get(7);
    if (privateNote) privateNote.agentMayUse = false;
    const error = (await rejection(
      adapter.addNote(TICKET, { text: '<p>Second</p>', type: 'internal_analysis' }),
    )) as PsaRequestError;
    expect(error.message).toContain('You do not have access to this Action at the moment');
    expect(error).toMatchObject({ retryable: false, ambiguous: false });
    expect(error.details).toMatchObject({ reason: 'outcome_not_available', status: 400 });
    expect(sim.actions).toHaveLength(1);
    const before = sim.count('listOutcomes');
    await rejection(adapter.addNote(TICKET, { text: '<p>Third</p>', type: 'internal_analysis' }));
    expect(sim.count('listOutcomes')).toBe(before + 1);
    expect(sim.count('addNote')).toBe(2);
  });

  it('lets an outcome move the ticket by itself', async () => {
    const { sim, adapter } = sims.make();
    await adapter.addNote(TICKET, { text: '<p>Resolved</p>', type: 'resolution' });
    expect(await adapter.getTicket(TICKET)).toMatchObject({
      status: { id: '9', name: 'Closed' },
      closed: true,
    });
    expect(sim.actions[0]?.newStatus).toBe(9);
  });
});
