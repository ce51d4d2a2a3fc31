/**
 * The Autotask adapter on the shared strict simulator, as a `PsaConformanceHarness`, plus the
 * seeded tenant the adapter's tests use. The adapter discovers its zone through the public lookup,
 * pages note queries two at a time (so `findNote` follows `nextPageUrl`), caches no picklist (every
 * call reaches the simulator, so faults always show) and retries fast.
 */
import { CloseoutError } from '@closeout/core';
import type { PsaConformanceHarness, PsaHeldNote, PsaHeldTimeEntry } from '@closeout/core/testing';
import { type AutotaskAdapter, type AutotaskOptions, autotask } from '@closeout/psa-autotask';
import {
  type AtNote,
  type AtTimeEntry,
  AutotaskSimulator,
  closeoutTypeOf,
} from '@closeout/simulators/autotask';
import nock from 'nock';

export const TICKET_ID = 48_213;
export const TICKET = { provider: 'autotask', id: String(TICKET_ID) } as const;
/** A licensed technician who logs time under {@link ROLE_ID}. */
export const TECH_ID = 29_682_900;
export const ROLE_ID = 29_683_400;
export const FAST_RETRY = { limit: 2, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 20 } as const;

/** Ticket 48213 "New" (1) and 48214 "In Progress" (8), on the default tenant (Complete 5, Resolved 29, Escalated 30). */
export function seededSimulator(
  options: ConstructorParameters<typeof AutotaskSimulator>[0] = {},
): AutotaskSimulator {
  return new AutotaskSimulator(options)
    .addResource({ id: TECH_ID, name: 'Jane Doe', licensed: true, roles: [ROLE_ID] })
    .addTicket({ id: TICKET_ID, title: 'Users on floor 3 cannot print', status: 1 })
    .addTicket({ id: 48_214, title: 'Outlook keeps asking for a password', status: 8 });
}

/** Blocks every host but loopback; nock intercepts fetch for the simulated zones. */
export function blockNetwork(): void {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
}

/** A stored note as closeout's note types and visibility see it. */
export function heldNote(sim: AutotaskSimulator, n: AtNote): PsaHeldNote {
  return {
    id: String(n.id),
    text: n.description,
    type: closeoutTypeOf(sim, n),
    customerVisible: sim.visibility(n).customerVisible,
    createdAt: n.createDateTime,
    member: String(n.creatorResourceID),
  };
}

/** A stored time entry in the suite's terms. */
export function heldTimeEntry(e: AtTimeEntry): PsaHeldTimeEntry {
  return {
    id: String(e.id),
    minutes: Math.round(e.hoursWorked * 60),
    notes: e.summaryNotes,
    billable: !e.isNonBillable,
    member: String(e.resourceID),
    createdAt: e.createDateTime,
  };
}

export function makeAdapter(
  sim: AutotaskSimulator,
  overrides: Partial<AutotaskOptions> = {},
): AutotaskAdapter {
  return autotask({
    ...sim.connection(),
    pageSize: 2,
    cacheTtlMs: 0,
    timeoutMs: 2_000,
    retry: FAST_RETRY,
    timeEntryRoleId: ROLE_ID,
    ...overrides,
  });
}

export function autotaskHarness(
  overrides: Partial<AutotaskOptions> = {},
): PsaConformanceHarness & { sim: AutotaskSimulator; adapter: AutotaskAdapter } {
  blockNetwork();
  const sim = seededSimulator().install();
  const adapter = makeAdapter(sim, overrides);
  const noteType = (type: string) =>
    sim.noteTypes.find((t) => t.label === { resolution: 'Task Summary', discussion: 'Task Detail' }[type])
      ?.value ?? 103;
  return {
    sim,
    adapter,
    ticket: TICKET,
    statusIds: ['29', '30'],
    // Inactive on this tenant: Autotask refuses it with a 500 validation error.
    foreignStatusId: '31',
    secrets: [sim.secret, sim.integrationCode],
    async notes() {
      return sim.notesOf(TICKET_ID).map((n) => heldNote(sim, n));
    },
    async timeEntries() {
      return sim.timeEntriesOf(TICKET_ID).map(heldTimeEntry);
    },
    member: String(TECH_ID),
    async seedNote(note) {
      const stored = sim.seedNote(TICKET_ID, {
        text: note.text,
        noteType: noteType(note.type),
        publish: note.type === 'internal_analysis' ? 9 : 7,
        createdAt: note.createdAt,
      });
      return { id: String(stored.id) };
    },
    setFault(operation, fault) {
      sim.setFault(operation, fault);
    },
    misstoreNextNote() {
      sim.misstoreNotes(1);
    },
    loseNextResponse(operation) {
      sim.loseResponses(operation, 1);
    },
    close() {
      sim.close();
      if (sim.violations.length > 0)
        throw new Error(`Autotask contract violations:\n${sim.violations.join('\n')}`);
    },
  };
}

/** The CloseoutError a promise rejects with (fails the test when it resolves or throws something else). */
export async function caught(promise: Promise<unknown>): Promise<CloseoutError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  if (!CloseoutError.isInstance(error)) throw error;
  return error;
}
