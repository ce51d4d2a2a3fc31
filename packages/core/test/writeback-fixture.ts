// Shared set-up of the writeback tests: memory storage, a fake PSA and closeout on one clock the
// tests move by hand, the account's status settings, and sessions ready to post.
import { memoryStorage } from '@closeout/storage-memory';
import { expect } from 'vitest';
import { createCloseout } from '../src/closeout.js';
import { accountContext } from '../src/context.js';
import type { Session } from '../src/model/session.js';
import type { PsaMemberOption, PsaOption } from '../src/psa/adapter.js';
import type { StorageAdapter } from '../src/storage/adapter.js';
import { type FakePsaOptions, fakePsa } from '../src/testing/fake-psa.js';
import { type WritebackServiceOptions, writebackService } from '../src/writeback/service.js';

export const ACCOUNT = 'acme-msp';
export const NOTE =
  'Replaced the corrupt HP Universal driver with v7.1; printing confirmed from three desks.';

export function manualClock(iso = '2026-11-25T09:00:00.000Z') {
  let t = Date.parse(iso);
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

export interface FixtureOptions {
  psa?: FakePsaOptions;
  /** Replaces the PSA option given to closeout (default: the fake PSA itself). */
  psaOption?: (psa: ReturnType<typeof fakePsa>) => PsaOption | undefined;
  /** Which status settings to save (default both). */
  settings?: { resolved?: boolean; escalated?: boolean };
  /** Wraps the storage closeout and the writeback service use (for storage fault injection). */
  wrapStorage?: (storage: StorageAdapter) => StorageAdapter;
  /** Maps the writeback's actor to the PSA member it is written as. */
  psaMember?: PsaMemberOption;
}

export async function writebackFixture(options: FixtureOptions = {}) {
  const storage = options.wrapStorage ? options.wrapStorage(memoryStorage()) : memoryStorage();
  const clock = manualClock();
  const psa = fakePsa({ clock, ...options.psa });
  const psaOption = options.psaOption ? options.psaOption(psa) : psa;
  const closeout = createCloseout({
    storage,
    clock,
    psa: psaOption,
    ...(options.psaMember === undefined ? {} : { psaMember: options.psaMember }),
  });
  const acme = closeout.account(ACCOUNT);
  const ctx = accountContext({
    accountId: ACCOUNT,
    storage,
    clock,
    logger: undefined,
    psa: psaOption,
    psaMember: options.psaMember,
  });
  const { resolved = true, escalated = true } = options.settings ?? {};
  await acme.settings.update({
    ...(resolved ? { resolvedStatusId: psa.statusId('Resolved') } : {}),
    ...(escalated ? { escalatedStatusId: psa.statusId('Escalated') } : {}),
  });

  /** The writeback service with test-only options (hooks, an injected draft). */
  const service = (overrides: Partial<WritebackServiceOptions> = {}) =>
    writebackService(ctx, {
      draft: async () => {
        throw new Error('no draft in this test');
      },
      ...overrides,
    });

  /** A session with a successful fix at version 4, linked to a new ticket unless `ticket: false`. */
  async function session(opts: { ticket?: boolean } = {}): Promise<Session> {
    const ticket = opts.ticket === false ? null : psa.createTicket();
    const s = await acme.sessions.create({ problem: 'Users on floor 3 cannot print', ticket });
    await acme.sessions.addFinding(s.id, { text: 'Spooler on PRN01 stops within a minute' });
    await acme.sessions.proposeFix(s.id, { title: 'Reinstall HP UPD 7.1' });
    return acme.sessions.recordOutcome(s.id, { status: 'success' });
  }

  return { storage, clock, psa, closeout, acme, ctx, service, session };
}

export type WritebackFixture = Awaited<ReturnType<typeof writebackFixture>>;

export { caught } from './support/caught.js';

/** Asserts the session's end state on the PSA: one note, the expected status, finalized exactly once. */
export async function expectPostedOnce(
  f: WritebackFixture,
  s: Session,
  expected: { statusName: string; noteType?: 'resolution' | 'internal_analysis' } = {
    statusName: 'Resolved',
  },
) {
  const ticketId = s.ticket?.id as string;
  const notes = f.psa.notes(ticketId);
  expect(notes).toHaveLength(1);
  expect(notes[0]?.type).toBe(expected.noteType ?? 'resolution');
  expect(f.psa.ticket(ticketId).status.name).toBe(expected.statusName);
  const after = await f.acme.sessions.get(s.id);
  expect(after.stateVersion).toBe(s.stateVersion + 1);
  expect(after.finalization?.note.externalId).toBe(notes[0]?.id);
  expect(after.finalization?.status).toEqual({
    id: f.psa.statusId(expected.statusName),
    name: expected.statusName,
    verified: true,
  });
  return after;
}
