/**
 * The ConnectWise adapter on the simulator, as a `PsaConformanceHarness`:
 *
 * ```ts
 * runPsaConformance('connectwise', () => connectwiseHarness());
 * ```
 *
 * The adapter discovers its codebase, lists notes two to a page (so `findNote` follows pages),
 * caches nothing (every call reaches the simulator, so faults always show) and gives up on a
 * `Retry-After` longer than 20 ms at once, so the suite never sleeps.
 */
import type { NoteType, TicketRef } from '@closeout/core';
import type { PsaConformanceHarness, PsaHeldNote, PsaHeldTimeEntry } from '@closeout/core/testing';
import { type ConnectWiseAdapter, type ConnectWiseOptions, connectwise } from '@closeout/psa-connectwise';
import { ConnectWiseSimulator, type SimNote, type SimTimeEntry } from '@closeout/simulators/connectwise';
import nock from 'nock';

/** Board 1 "Help Desk" and board 2 "Tier 2"; ticket 48213 on Help Desk, status New. */
export function seededSimulator(): ConnectWiseSimulator {
  return new ConnectWiseSimulator()
    .addBoard({
      id: 1,
      name: 'Help Desk',
      statuses: [
        { id: 11, name: 'New' },
        { id: 12, name: 'In Progress' },
        { id: 13, name: 'Resolved', closed: true },
        { id: 14, name: 'Escalated' },
        { id: 15, name: 'Waiting on Customer' },
        { id: 16, name: 'Retired', inactive: true },
      ],
    })
    .addBoard({
      id: 2,
      name: 'Tier 2',
      statuses: [
        { id: 21, name: 'New' },
        { id: 23, name: 'Closed', closed: true },
      ],
    })
    .addMember({ id: 201, identifier: 'jdoe', name: 'Jane Doe' })
    .addTicket({ id: 48213, summary: 'Users on floor 3 cannot print', boardId: 1, statusId: 11 })
    .addTicket({ id: 48214, summary: 'VPN drops every hour', boardId: 2, statusId: 21 });
}

/** How a stored note is typed and who can see it, read from its flags as ConnectWise does. */
export function heldNote(n: SimNote): PsaHeldNote {
  const type: NoteType = n.internalAnalysisFlag
    ? 'internal_analysis'
    : n.resolutionFlag
      ? 'resolution'
      : 'discussion';
  return {
    id: String(n.id),
    text: n.text,
    type,
    // Internal analysis never reaches the customer; resolution and detail description notes can.
    customerVisible: !n.internalAnalysisFlag && (n.resolutionFlag || n.detailDescriptionFlag),
    createdAt: n.dateCreated,
    ...(n.member === undefined ? {} : { member: n.member }),
    contactEmailed: n.contactEmailed,
  };
}

/** A time entry as ConnectWise holds it, in the suite's terms. */
export function heldTimeEntry(e: SimTimeEntry): PsaHeldTimeEntry {
  return {
    id: String(e.id),
    minutes: Math.round(e.actualHours * 60),
    notes: e.notes,
    billable: e.billableOption === 'Billable',
    member: e.member,
    createdAt: e.dateEntered,
  };
}

/** Blocks every host but loopback; nock intercepts fetch for the simulated sites. */
export function blockNetwork(): void {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
}

/** The `PsaConformanceHarness` for the ConnectWise adapter, plus the simulator behind it. */
export function connectwiseHarness(overrides: Partial<ConnectWiseOptions> = {}): PsaConformanceHarness &
  Required<Pick<PsaConformanceHarness, 'seedNote' | 'setFault' | 'loseNextResponse'>> & {
    sim: ConnectWiseSimulator;
    adapter: ConnectWiseAdapter;
  } {
  blockNetwork();
  const sim = seededSimulator().install();
  const adapter = connectwise({
    ...sim.connection(),
    pageSize: 2,
    cacheTtlMs: 0,
    timeoutMs: 2_000,
    retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 20 },
    ...overrides,
  });
  const ticket: TicketRef = { provider: 'connectwise', id: '48213' };
  return {
    sim,
    adapter,
    ticket,
    statusIds: ['13', '14'],
    // "Closed" lives on the Tier 2 board only: ConnectWise answers 400 InvalidObject for it here.
    foreignStatusId: '23',
    secrets: [sim.publicKey, sim.privateKey, sim.clientId],
    async notes() {
      return sim.notesOf(48213).map(heldNote);
    },
    async timeEntries() {
      return sim.timeEntriesOf(48213).map(heldTimeEntry);
    },
    member: 'jdoe',
    async seedNote(note) {
      return { id: String(sim.seedNote(48213, note).id) };
    },
    setFault(operation, fault) {
      sim.setFault(operation, fault);
    },
    loseNextResponse(operation) {
      sim.loseResponses(operation, 1);
    },
    misstoreNextNote() {
      sim.misstoreNotes(1);
    },
    close() {
      sim.close();
      if (sim.violations.length > 0) {
        throw new Error(`ConnectWise contract violations:\n${sim.violations.join('\n')}`);
      }
    },
  };
}
