// A resolve with a time entry through core on the Autotask adapter and simulator: one entry on
// the ticket, as the technician (impersonated resource), before the status change, read back;
// across a lost answer and a crash between the POST and its journal record; and a missing role
// refused before anything is posted.
import { createCloseout, type StorageAdapter } from '@closeout/core';
import { crashOnJournalSave } from '@closeout/core/testing';
import type { AutotaskSimulator } from '@closeout/simulators/autotask';
import { memoryStorage } from '@closeout/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import type { AutotaskOptions } from '../src/options.js';
import {
  blockNetwork,
  caught,
  makeAdapter,
  seededSimulator,
  TECH_ID,
  TICKET,
  TICKET_ID,
} from './support/harness.js';

let sim: AutotaskSimulator | undefined;
afterEach(() => {
  const violations = sim?.violations ?? [];
  sim?.close();
  sim = undefined;
  expect(violations).toEqual([]);
});

/** Storage whose first journal save recording a time entry id fails: the process died right there. */
const crashOnceAfterTimeEntryPosted = (storage: StorageAdapter) =>
  crashOnJournalSave(storage, (journal) => journal.timeEntryId !== undefined);

async function setup(
  options: { adapter?: Partial<AutotaskOptions>; wrap?: (s: StorageAdapter) => StorageAdapter } = {},
) {
  blockNetwork();
  sim = seededSimulator().install();
  const acme = createCloseout({
    storage: (options.wrap ?? ((s) => s))(memoryStorage()),
    psa: makeAdapter(sim, options.adapter),
    psaMember: (_account, actor) => (actor === 'tech:jdoe' ? String(TECH_ID) : undefined),
  }).account('acme-msp');
  await acme.settings.update({ resolvedStatusId: '29' });
  const s = await acme.sessions.create({ problem: 'Users on floor 3 cannot print', ticket: TICKET });
  await acme.sessions.proposeFix(s.id, { title: 'Reinstall HP UPD 7.1' });
  const session = await acme.sessions.recordOutcome(s.id, { status: 'success' });
  return { sim, acme, session };
}

const INPUT = (basedOnVersion: number) => ({
  text: 'Reinstalled the print driver; printing confirmed.',
  basedOnVersion,
  actor: 'tech:jdoe',
  timeEntry: { minutes: 35, notes: 'Print driver reinstall' },
});

function expectOneEntry(s: AutotaskSimulator, externalId: string | undefined) {
  const entries = s.timeEntriesOf(TICKET_ID);
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({
    resourceID: TECH_ID,
    creatorResourceID: TECH_ID,
    summaryNotes: 'Print driver reinstall',
  });
  expect(Math.round((entries[0]?.hoursWorked ?? 0) * 60)).toBe(35);
  expect(String(entries[0]?.id)).toBe(externalId);
  expect(s.notesOf(TICKET_ID)).toHaveLength(1);
  expect(s.notesOf(TICKET_ID)[0]?.creatorResourceID).toBe(TECH_ID);
  expect(s.ticket(TICKET_ID).statusLabel).toBe('Resolved');
}

describe('resolve with a time entry on Autotask', () => {
  it('logs one entry as the technician, then moves the ticket, and reads the entry back', async () => {
    const { sim, acme, session } = await setup();
    const result = await acme.resolve(session.id, INPUT(session.stateVersion));
    expect(result.timeEntry).toMatchObject({ minutes: 35, verified: true });
    expectOneEntry(sim, result.timeEntry?.externalId);
    const ops = sim.requests.map((r) => r.operation);
    expect(ops.indexOf('addTimeEntry')).toBeGreaterThan(ops.indexOf('addNote'));
    expect(ops.indexOf('getTimeEntry')).toBeGreaterThan(ops.indexOf('addTimeEntry'));
    expect(ops.indexOf('setTicketStatus')).toBeGreaterThan(ops.indexOf('getTimeEntry'));
    const post = sim.requests.find((r) => r.operation === 'addTimeEntry');
    expect(post?.headers.impersonationresourceid).toBe(String(TECH_ID));
  });

  it('refuses a missing role as a configuration error before anything is posted', async () => {
    const { sim, acme, session } = await setup({ adapter: { timeEntryRoleId: undefined } });
    const error = await caught(acme.resolve(session.id, INPUT(session.stateVersion)));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toContain('timeEntryRoleId');
    expect(sim.notesOf(TICKET_ID)).toEqual([]);
    expect(sim.count('addNote') + sim.count('addTimeEntry') + sim.count('setTicketStatus')).toBe(0);
  });

  it('finds the entry again after a lost answer instead of logging it twice', async () => {
    const { sim, acme, session } = await setup();
    sim.loseResponses('addTimeEntry', 1);
    expect((await caught(acme.resolve(session.id, INPUT(session.stateVersion)))).code).toBe(
      'PSA_REQUEST_FAILED',
    );
    const result = await acme.resolve(session.id, INPUT(session.stateVersion));
    expectOneEntry(sim, result.timeEntry?.externalId);
    expect(sim.count('findTimeEntry')).toBe(1);
  });

  it('finds the entry again after a crash between its POST and its journal record', async () => {
    const { sim, acme, session } = await setup({ wrap: crashOnceAfterTimeEntryPosted });
    await expect(acme.resolve(session.id, INPUT(session.stateVersion))).rejects.toThrow('process died');
    const result = await acme.resolve(session.id, INPUT(session.stateVersion));
    expectOneEntry(sim, result.timeEntry?.externalId);
    expect(sim.count('addTimeEntry')).toBe(1);
  });
});
