// A resolve with a time entry through core on the HaloPSA adapter and simulator: one time action
// on the ticket, by the technician's agent, before the status change, read back; across a lost
// answer and a crash between the POST and its journal record.
import { createCloseout, type StorageAdapter } from '@closeout/core';
import { crashOnJournalSave } from '@closeout/core/testing';
import { halo } from '@closeout/psa-halo';
import type { HaloSimulator } from '@closeout/simulators/halo';
import { seededHaloSimulator } from '@closeout/simulators/halo';
import { memoryStorage } from '@closeout/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import { adapterOptions, TICKET } from './support/setup.js';

let sim: HaloSimulator | undefined;
afterEach(() => {
  const violations = sim?.violations ?? [];
  sim = undefined;
  expect(violations).toEqual([]);
});

/** Storage whose first journal save recording a time entry id fails: the process died right there. */
const crashOnceAfterTimeEntryPosted = (storage: StorageAdapter) =>
  crashOnJournalSave(storage, (journal) => journal.timeEntryId !== undefined);

async function setup(wrap: (s: StorageAdapter) => StorageAdapter = (s) => s) {
  sim = seededHaloSimulator({ rateLimit: false });
  const acme = createCloseout({
    storage: wrap(memoryStorage()),
    psa: halo(adapterOptions(sim, { cacheTtlMs: 0 })),
    psaMember: (_account, actor) => (actor === 'tech:jdoe' ? '12' : undefined),
  }).account('acme-msp');
  await acme.settings.update({ resolvedStatusId: '9' });
  const s = await acme.sessions.create({
    problem: 'Outlook asks for the password every hour',
    ticket: TICKET,
  });
  await acme.sessions.proposeFix(s.id, { title: 'Clear the cached credentials' });
  const session = await acme.sessions.recordOutcome(s.id, { status: 'success' });
  return { sim, acme, session };
}

const INPUT = (basedOnVersion: number) => ({
  text: 'Cleared the cached credentials; Outlook stays signed in.',
  basedOnVersion,
  actor: 'tech:jdoe',
  timeEntry: { minutes: 35, notes: 'Credential cache cleanup' },
});

function expectOneEntry(s: HaloSimulator, externalId: string | undefined) {
  const entries = s.timeEntriesOf(1042);
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({ agentId: 12, hiddenfromuser: true, sendemail: false });
  expect(Math.round((entries[0]?.timetaken ?? 0) * 60)).toBe(35);
  expect(String(entries[0]?.id)).toBe(externalId);
  const notes = s.actionsOf(1042).filter((a) => a.timetaken === 0);
  expect(notes).toHaveLength(1);
  expect(notes[0]?.agentId).toBe(12);
  expect(s.tickets.get(1042)?.statusId).toBe(9);
}

describe('resolve with a time entry on HaloPSA', () => {
  it('logs one time action as the technician, then moves the ticket, and reads it back', async () => {
    const { sim, acme, session } = await setup();
    const result = await acme.resolve(session.id, INPUT(session.stateVersion));
    expect(result.timeEntry).toMatchObject({ minutes: 35, verified: true });
    expectOneEntry(sim, result.timeEntry?.externalId);
    const ops = sim.requests.map((r) => r.operation);
    expect(ops.indexOf('addTimeEntry')).toBeGreaterThan(ops.indexOf('addNote'));
    // The time action is read back whole (GET /api/Actions/{id}) before the status change.
    const readBack = ops.lastIndexOf('getAction');
    expect(readBack).toBeGreaterThan(ops.indexOf('addTimeEntry'));
    expect(ops.indexOf('setTicketStatus')).toBeGreaterThan(readBack);
  });

  it('finds the time action again after a lost answer instead of logging it twice', async () => {
    const { sim, acme, session } = await setup();
    sim.loseResponses('addTimeEntry', 1);
    await expect(acme.resolve(session.id, INPUT(session.stateVersion))).rejects.toMatchObject({
      code: 'PSA_REQUEST_FAILED',
    });
    const result = await acme.resolve(session.id, INPUT(session.stateVersion));
    expectOneEntry(sim, result.timeEntry?.externalId);
    expect(sim.count('findTimeEntry')).toBe(1);
  });

  it('finds the time action again after a crash between its POST and its journal record', async () => {
    const { sim, acme, session } = await setup(crashOnceAfterTimeEntryPosted);
    await expect(acme.resolve(session.id, INPUT(session.stateVersion))).rejects.toThrow('process died');
    const result = await acme.resolve(session.id, INPUT(session.stateVersion));
    expectOneEntry(sim, result.timeEntry?.externalId);
    expect(sim.count('addTimeEntry')).toBe(1);
  });
});
