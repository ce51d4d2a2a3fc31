// A resolve with a time entry through core on the ConnectWise adapter and simulator: one entry on
// the ticket, as the technician, before the status change (which forbids time entries), read back;
// across a lost answer and a crash between the POST and its journal record.
import { createCloseout, type StorageAdapter } from '@closeout/core';
import { crashOnJournalSave } from '@closeout/core/testing';
import { connectwise } from '@closeout/psa-connectwise';
import type { ConnectWiseSimulator } from '@closeout/simulators/connectwise';
import { memoryStorage } from '@closeout/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import { blockNetwork, seededSimulator } from './support/harness.js';

let sim: ConnectWiseSimulator | undefined;
afterEach(() => {
  const violations = sim?.violations ?? [];
  sim?.close();
  sim = undefined;
  expect(violations).toEqual([]);
});

/** Storage whose first journal save recording a time entry id fails: the process died right there. */
const crashOnceAfterTimeEntryPosted = (storage: StorageAdapter) =>
  crashOnJournalSave(storage, (journal) => journal.timeEntryId !== undefined);

async function setup(wrap: (s: StorageAdapter) => StorageAdapter = (s) => s) {
  blockNetwork();
  sim = seededSimulator().install();
  // Resolved forbids time entries, as many boards' closed statuses do.
  const resolved = sim.boards.get(1)?.statuses.find((s) => s.id === 13);
  if (resolved) resolved.timeEntryNotAllowed = true;
  const adapter = connectwise({
    ...sim.connection(),
    retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 20 },
  });
  const acme = createCloseout({
    storage: wrap(memoryStorage()),
    psa: adapter,
    psaMember: (_account, actor) => (actor === 'tech:jdoe' ? 'jdoe' : undefined),
  }).account('acme-msp');
  await acme.settings.update({ resolvedStatusId: 13 });
  const s = await acme.sessions.create({
    problem: 'Users on floor 3 cannot print',
    ticket: { provider: 'connectwise', id: '48213' },
  });
  await acme.sessions.proposeFix(s.id, { title: 'Reinstall HP Universal Print Driver 7.1' });
  const session = await acme.sessions.recordOutcome(s.id, { status: 'success' });
  return { sim, acme, session };
}

const INPUT = (basedOnVersion: number) => ({
  text: 'Reinstalled the print driver; printing confirmed.',
  basedOnVersion,
  actor: 'tech:jdoe',
  timeEntry: { minutes: 35, notes: 'Print driver reinstall' },
});

function expectOneEntry(s: ConnectWiseSimulator, externalId: string | undefined) {
  const entries = s.timeEntriesOf(48213);
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({ member: 'jdoe', actualHours: 0.58, billableOption: 'Billable' });
  expect(String(entries[0]?.id)).toBe(externalId);
  expect(s.notesOf(48213)).toHaveLength(1);
  expect(s.notesOf(48213)[0]?.member).toBe('jdoe');
  expect(s.ticket(48213).status.name).toBe('Resolved');
}

describe('resolve with a time entry on ConnectWise', () => {
  it('logs one entry as the technician, then moves the ticket, and reads the entry back', async () => {
    const { sim, acme, session } = await setup();
    const result = await acme.resolve(session.id, INPUT(session.stateVersion));
    expect(result.timeEntry).toMatchObject({ minutes: 35, verified: true });
    expectOneEntry(sim, result.timeEntry?.externalId);
    const ops = sim.requests.map((r) => r.operation);
    expect(ops.indexOf('addTimeEntry')).toBeGreaterThan(ops.indexOf('addNote'));
    expect(ops.indexOf('getTimeEntry')).toBeGreaterThan(ops.indexOf('addTimeEntry'));
    expect(ops.indexOf('setTicketStatus')).toBeGreaterThan(ops.indexOf('getTimeEntry'));
  });

  it('finds the entry again after a lost answer instead of logging it twice', async () => {
    const { sim, acme, session } = await setup();
    sim.loseResponses('addTimeEntry', 1);
    await expect(acme.resolve(session.id, INPUT(session.stateVersion))).rejects.toMatchObject({
      code: 'PSA_REQUEST_FAILED',
    });
    const result = await acme.resolve(session.id, INPUT(session.stateVersion));
    expectOneEntry(sim, result.timeEntry?.externalId);
    expect(sim.count('findTimeEntry')).toBe(1);
  });

  it('finds the entry again after a crash between its POST and its journal record', async () => {
    const { sim, acme, session } = await setup(crashOnceAfterTimeEntryPosted);
    await expect(acme.resolve(session.id, INPUT(session.stateVersion))).rejects.toThrow('process died');
    const result = await acme.resolve(session.id, INPUT(session.stateVersion));
    expectOneEntry(sim, result.timeEntry?.externalId);
    expect(sim.count('addTimeEntry')).toBe(1);
  });
});
