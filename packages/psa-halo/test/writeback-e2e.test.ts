// Resolve and escalate through core on the HaloPSA adapter and the strict simulator: one action of
// the right visibility in HTML, the status moved and verified by a re-read, and the traps (a lost
// response, an expired token, the rolling rate limit, a status that does not take) end to end.
import { CloseoutError, createCloseout, PSAStatusVerificationError } from '@closeout/core';
import { type HaloOptions, halo } from '@closeout/psa-halo';
import { type HaloSimOptions, type HaloSimulator, seededHaloSimulator } from '@closeout/simulators/halo';
import { memoryStorage } from '@closeout/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import { adapterOptions } from './support/setup.js';

let current: HaloSimulator | undefined;
afterEach(() => {
  const violations = current?.violations ?? [];
  current = undefined;
  expect(violations).toEqual([]);
});

async function setup(
  options: { adapter?: Partial<HaloOptions>; sim?: HaloSimOptions; settings?: Record<string, number> } = {},
) {
  const sim = seededHaloSimulator(options.sim);
  current = sim;
  sim.addTicket({ id: 1044, summary: 'Teams drops calls', statusId: 2, tickettypeId: 1 });
  const adapter = halo(adapterOptions(sim, options.adapter));
  const acme = createCloseout({ storage: memoryStorage(), psa: adapter }).account('acme-msp');
  await acme.settings.update({ resolvedStatusId: 9, escalatedStatusId: 18, ...options.settings });
  return { sim, adapter, acme };
}

async function workedSession(acme: Awaited<ReturnType<typeof setup>>['acme'], ticketId = '1042') {
  const s = await acme.sessions.create({
    problem: 'Outlook asks for the password every hour',
    ticket: { provider: 'halopsa', id: ticketId },
  });
  await acme.sessions.addFinding(s.id, {
    text: 'Sign-in logs show a legacy auth prompt from the Outlook profile',
  });
  await acme.sessions.proposeFix(s.id, { title: 'Clear the cached credentials' });
  await acme.sessions.recordOutcome(s.id, {
    status: 'failed',
    failureReason: 'Prompt came back after an hour',
  });
  await acme.sessions.proposeFix(s.id, { title: 'Rebuild the Outlook profile with modern auth' });
  return acme.sessions.recordOutcome(s.id, { status: 'success' });
}

const operations = (sim: HaloSimulator, from = 0) => sim.requests.slice(from).map((r) => r.operation);

describe('resolve through core on HaloPSA', () => {
  it('adds one visible action in HTML, closes the ticket and verifies it by re-reading it', async () => {
    const { sim, acme } = await setup();
    const session = await workedSession(acme);
    const preview = await acme.previews.resolutionNote(session.id);
    const result = await acme.resolve(session.id, { basedOnVersion: preview.stateVersion });

    expect(result).toMatchObject({
      outcome: 'resolved',
      note: { type: 'resolution' },
      status: { id: '9', name: 'Closed', verified: true },
    });
    const actions = sim.actionsOf(1042);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ outcomeId: 10, hiddenfromuser: false, sendemail: false });
    // Core rendered the note for Halo: HTML, carrying the fix that worked.
    expect(actions[0]?.noteHtml).toMatch(/^<(h\d|p|ul)/);
    expect(actions[0]?.noteHtml).toContain('Rebuild the Outlook profile');
    expect(result.note.externalId).toBe(String(actions[0]?.id));
    expect(sim.tickets.get(1042)?.statusId).toBe(9);
    expect(operations(sim)).toEqual([
      'token',
      'listStatuses',
      'listOutcomes',
      'addNote',
      'getAction',
      'setTicketStatus',
      'getTicket',
    ]);
  });

  it('escalates with one hidden action and moves the ticket to Escalated', async () => {
    const { sim, acme } = await setup();
    const session = await workedSession(acme);
    const result = await acme.escalate(session.id, { basedOnVersion: session.stateVersion });
    expect(result).toMatchObject({
      outcome: 'escalated',
      status: { id: '18', name: 'Escalated', verified: true },
    });
    expect(sim.actionsOf(1042).map((a) => [a.outcomeId, a.hiddenfromuser])).toEqual([[7, true]]);
    expect(sim.actionsOf(1042)[0]?.noteHtml).toContain('<h');
  });

  it('survives a lost action response: finds the action, posts none again, one action total', async () => {
    const { sim, acme } = await setup();
    sim.loseResponses('addNote', 1);
    const session = await workedSession(acme);
    const first = await acme
      .resolve(session.id, { basedOnVersion: session.stateVersion })
      .catch((e: unknown) => e);
    expect(CloseoutError.hasCode(first, 'PSA_REQUEST_FAILED')).toBe(true);
    expect((first as CloseoutError).details).toMatchObject({ ambiguous: true });
    expect(sim.actionsOf(1042)).toHaveLength(1);

    const before = sim.requests.length;
    const result = await acme.resolve(session.id, { basedOnVersion: session.stateVersion });
    expect(result.status).toEqual({ id: '9', name: 'Closed', verified: true });
    expect(result.note.externalId).toBe(String(sim.actionsOf(1042)[0]?.id));
    expect(sim.actionsOf(1042)).toHaveLength(1);
    expect(operations(sim, before)).toContain('findNote');
    // The list shortened the note and left its HTML out: the action was read whole before deciding.
    expect(operations(sim, before)).toContain('getAction');
    expect(operations(sim, before)).not.toContain('addNote');
  });

  it('survives a token that expired on Halo between the preview and the post', async () => {
    const { sim, adapter, acme } = await setup({ sim: { tokenLifetimeSeconds: 900 } });
    // The host showed the ticket when the session started: the adapter holds a token since then.
    await adapter.getTicket({ provider: 'halopsa', id: '1042' });
    const session = await workedSession(acme);
    await acme.previews.resolutionNote(session.id);
    sim.advance(900_000);
    const result = await acme.resolve(session.id, { basedOnVersion: session.stateVersion });
    expect(result.status).toEqual({ id: '9', name: 'Closed', verified: true });
    expect(sim.count('token')).toBe(2);
    expect(sim.requests.map((r) => r.outcome)).toContain(401);
    expect(sim.actionsOf(1042)).toHaveLength(1);
  });

  it('stays inside the rate limit across writebacks: Halo never answers 429', async () => {
    const window = { requests: 5, windowMs: 400 };
    const { sim, acme } = await setup({
      adapter: { rateLimit: { ...window, maxWaitMs: 5_000 } },
      sim: { rateLimit: window },
    });
    const one = await workedSession(acme, '1042');
    const two = await workedSession(acme, '1044');
    const resolved = await acme.resolve(one.id, { basedOnVersion: one.stateVersion });
    const escalated = await acme.escalate(two.id, { basedOnVersion: two.stateVersion });
    expect(resolved.status?.verified).toBe(true);
    expect(escalated.status?.verified).toBe(true);
    expect(sim.requests.map((r) => r.outcome)).not.toContain(429);
    expect(sim.count()).toBeGreaterThan(window.requests);
    expect(sim.actions).toHaveLength(2);
  });

  it('throws PSAStatusVerificationError when Halo answers OK but keeps the old status', async () => {
    const { sim, acme } = await setup();
    sim.silentStatusRejection = true;
    const session = await workedSession(acme);
    const error = await acme
      .escalate(session.id, { basedOnVersion: session.stateVersion })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PSAStatusVerificationError);
    const verification = error as PSAStatusVerificationError;
    expect(verification.expected).toMatchObject({ id: '18' });
    expect(verification.actual).toEqual({ id: '1', name: 'New' });
    expect(sim.actionsOf(1042)).toHaveLength(1);
    expect((await acme.sessions.get(session.id)).status).toBe('open');
  });

  it('fails before posting anything when the configured status is not one the ticket type may take', async () => {
    const { sim, acme } = await setup({ settings: { resolvedStatusId: 30 } });
    const session = await workedSession(acme);
    const error = await acme
      .resolve(session.id, { basedOnVersion: session.stateVersion })
      .catch((e: unknown) => e);
    expect(CloseoutError.hasCode(error, 'VALIDATION_FAILED')).toBe(true);
    expect(sim.count('addNote')).toBe(0);
    expect(sim.count('setTicketStatus')).toBe(0);
  });

  it('fails before posting anything when the API agent may not run the outcome', async () => {
    const { sim, acme } = await setup({ adapter: { outcomes: { resolution: 13, internal_analysis: 7 } } });
    const session = await workedSession(acme);
    const error = await acme
      .resolve(session.id, { basedOnVersion: session.stateVersion })
      .catch((e: unknown) => e);
    expect(CloseoutError.hasCode(error, 'PSA_REQUEST_FAILED')).toBe(true);
    expect((error as CloseoutError).details).toMatchObject({
      reason: 'outcome_not_available',
      ambiguous: false,
    });
    expect(sim.count('addNote')).toBe(0);
    expect(sim.actions).toHaveLength(0);
    expect((await acme.sessions.get(session.id)).status).toBe('open');
  });
});
