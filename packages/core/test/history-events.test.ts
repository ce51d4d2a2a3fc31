// The audit trail of a writeback and the host's onEvent: every entry stored with the step it
// records, delivered to onEvent after it is stored and after the call answered, and a handler
// that throws, rejects or hangs changes nothing.
import { memoryStorage } from '@closeout/storage-memory';
import { describe, expect, it, vi } from 'vitest';
import { createCloseout } from '../src/closeout.js';
import type { CloseoutEvent } from '../src/history/events.js';
import { ACCOUNT, caught, NOTE, writebackFixture } from './writeback-fixture.js';

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('history of a writeback', () => {
  it('records the preview, the posted note, the verified status and the finalization, with the actor', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    const preview = await f.acme.previews.resolutionNote(s.id, { actor: 'tech:jdoe' });
    const result = await f.acme.resolve(s.id, { basedOnVersion: preview.stateVersion, actor: 'tech:jdoe' });

    const history = await f.acme.sessions.history(s.id);
    expect(history.map((e) => e.type)).toEqual([
      'created',
      'finding_added',
      'fix_proposed',
      'outcome_recorded',
      'preview_generated',
      'note_posted',
      'note_verified',
      'status_verified',
      'finalized',
    ]);
    const [previewed, posted, received, verified, finalized] = history.slice(4);
    expect(received).toMatchObject({
      type: 'note_verified',
      stateVersion: 4,
      actor: 'tech:jdoe',
      details: { noteId: result.note.externalId, noteType: 'resolution' },
    });
    expect(previewed).toMatchObject({
      stateVersion: 4,
      actor: 'tech:jdoe',
      details: { kind: 'resolution_note' },
    });
    expect(posted).toMatchObject({
      stateVersion: 4,
      actor: 'tech:jdoe',
      details: { kind: 'resolve', noteId: result.note.externalId, noteType: 'resolution', ticket: s.ticket },
    });
    expect(verified).toMatchObject({
      stateVersion: 4,
      details: {
        noteId: result.note.externalId,
        status: { id: f.psa.statusId('Resolved'), name: 'Resolved' },
      },
    });
    expect(finalized).toMatchObject({
      stateVersion: 5,
      actor: 'tech:jdoe',
      details: {
        outcome: 'resolved',
        basedOnVersion: 4,
        noteId: result.note.externalId,
        status: { id: f.psa.statusId('Resolved'), name: 'Resolved', verified: true },
      },
    });
    // No entry carries the note's text.
    expect(JSON.stringify(history)).not.toContain('HP UPD');
  });

  it('records a failed status verification with expected and actual status, and no finalization', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    f.psa.inject('setTicketStatus', { type: 'silent_status_rejection' });
    const error = await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4, actor: 'tech:jdoe' }));
    expect(error.code).toBe('PSA_STATUS_VERIFICATION_FAILED');
    const history = await f.acme.sessions.history(s.id);
    expect(history.slice(-3).map((e) => e.type)).toEqual([
      'note_posted',
      'note_verified',
      'status_verification_failed',
    ]);
    expect(history.at(-1)).toMatchObject({
      actor: 'tech:jdoe',
      details: {
        expected: { id: f.psa.statusId('Resolved') },
        actual: { id: f.psa.ticket(s.ticket?.id as string).status.id },
      },
    });
  });

  it('records a note found again after a lost answer once, as recovered', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    f.psa.inject('addNote', { type: 'lost_response' }, { times: 1 });
    await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }));
    await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 });
    const notes = (await f.acme.sessions.history(s.id)).filter((e) => e.type === 'note_posted');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.details).toMatchObject({ recovered: true });
  });
});

describe('onEvent', () => {
  it('delivers every stored entry in order, with account and session, after it is stored', async () => {
    const storage = memoryStorage();
    const seen: CloseoutEvent[] = [];
    const storedWhenDelivered: boolean[] = [];
    const closeout = createCloseout({
      storage,
      onEvent: (event) => {
        seen.push(event);
        void storage.getHistory(event.accountId, event.sessionId).then((h) => {
          storedWhenDelivered.push(
            h.some((e) => e.type === event.type && e.stateVersion === event.stateVersion),
          );
        });
      },
    });
    const acme = closeout.account(ACCOUNT);
    const s = await acme.sessions.create({ problem: 'Printer offline' }, { actor: 'tech:jdoe' });
    await acme.sessions.addFinding(s.id, { text: 'Spooler stopped' });
    await acme.escalate(s.id, { text: 'Escalated to tier 2.', basedOnVersion: 2, actor: 'tech:amy' });
    await flush();
    await flush();

    const history = await acme.sessions.history(s.id);
    expect(seen).toEqual(history.map((e) => ({ ...e, accountId: ACCOUNT, sessionId: s.id })));
    expect(seen.map((e) => e.type)).toEqual(['created', 'finding_added', 'finalized']);
    expect(storedWhenDelivered).toEqual([true, true, true]);
  });

  it('answers the caller before a handler runs, so a slow synchronous handler delays nothing', async () => {
    const order: string[] = [];
    const closeout = createCloseout({
      storage: memoryStorage(),
      onEvent: () => {
        order.push('handler');
      },
    });
    await closeout.account(ACCOUNT).sessions.create({ problem: 'Quick' });
    order.push('answered');
    await flush();
    expect(order).toEqual(['answered', 'handler']);
  });

  it('logs a handler that throws or rejects, and a hanging one blocks nothing', async () => {
    const logger = { error: vi.fn() };
    let calls = 0;
    const closeout = createCloseout({
      storage: memoryStorage(),
      logger,
      onEvent: (event) => {
        calls++;
        if (event.type === 'created') throw new Error('handler bug');
        if (event.type === 'finding_added') return Promise.reject(new Error('webhook down'));
        return new Promise<void>(() => {});
      },
    });
    const acme = closeout.account(ACCOUNT);
    const s = await acme.sessions.create({ problem: 'Handler trouble' });
    await acme.sessions.addFinding(s.id, { text: 'one' });
    const third = await acme.sessions.recordDecision(s.id, { text: 'two' });
    await acme.sessions.proposeFix(s.id, { title: 'three' });
    await flush();
    await flush();
    expect(third.stateVersion).toBe(3);
    expect(calls).toBe(4);
    expect(logger.error).toHaveBeenCalledTimes(2);
    expect(logger.error).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'created', sessionId: s.id, error: 'Error' }),
      'onEvent handler failed',
    );
    // The handler's message (which might quote anything) is not logged.
    expect(JSON.stringify(logger.error.mock.calls)).not.toContain('webhook down');
  });

  it('delivers nothing for a refused change', async () => {
    const seen: string[] = [];
    const closeout = createCloseout({ storage: memoryStorage(), onEvent: (e) => void seen.push(e.type) });
    const acme = closeout.account(ACCOUNT);
    const s = await acme.sessions.create({ problem: 'Refusals' });
    await caught(acme.sessions.addFinding(s.id, { text: 'late' }, { expectedVersion: 7 }));
    await flush();
    expect(seen).toEqual(['created']);
  });
});
