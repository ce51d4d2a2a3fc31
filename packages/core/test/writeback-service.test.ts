import { memoryStorage } from '@closeout/storage-memory';
import { describe, expect, it } from 'vitest';
import { createCloseout } from '../src/closeout.js';
import { PSAStatusVerificationError } from '../src/errors.js';
import { fakePsa } from '../src/testing/fake-psa.js';
import { ACCOUNT, caught, expectPostedOnce, NOTE, writebackFixture } from './writeback-fixture.js';

describe('writeback: resolve and escalate', () => {
  it('keeps the text locally when no ticket is linked, posting nothing', async () => {
    const f = await writebackFixture();
    const s = await f.session({ ticket: false });
    const result = await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion });
    expect(result).toEqual({
      outcome: 'resolved_local',
      sessionId: s.id,
      stateVersion: s.stateVersion + 1,
      note: { type: 'resolution' },
    });
    const after = await f.acme.sessions.get(s.id);
    expect(after.status).toBe('resolved_local');
    expect(after.finalization).toMatchObject({
      text: NOTE,
      basedOnVersion: s.stateVersion,
      outcome: 'resolved_local',
    });
    expect(f.psa.totalCalls).toBe(0);
  });

  it('keeps the text locally when the account has no PSA, and escalates locally too', async () => {
    const f = await writebackFixture({
      psaOption: () => (accountId) => (accountId === ACCOUNT ? undefined : undefined),
    });
    const a = await f.session();
    const b = await f.session();
    expect((await f.acme.resolve(a.id, { text: NOTE, basedOnVersion: a.stateVersion })).outcome).toBe(
      'resolved_local',
    );
    const escalated = await f.acme.escalate(b.id, { text: '## Problem\n…', basedOnVersion: b.stateVersion });
    expect(escalated).toMatchObject({ outcome: 'escalated_local', note: { type: 'internal_analysis' } });
    expect((await f.acme.sessions.get(b.id)).status).toBe('escalated_local');
    expect(f.psa.totalCalls).toBe(0);
    expect(f.psa.notes()).toHaveLength(0);
  });

  it('posts a customer-visible resolution note and verifies the status by re-reading the ticket', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    const result = await f.acme.resolve(s.id, { text: `  ${NOTE}\n`, basedOnVersion: s.stateVersion });
    const [note] = f.psa.notes(s.ticket?.id);
    expect(note).toMatchObject({ text: NOTE, type: 'resolution', customerVisible: true });
    expect(result).toEqual({
      outcome: 'resolved',
      sessionId: s.id,
      stateVersion: s.stateVersion + 1,
      note: { type: 'resolution', externalId: note?.id, verified: true },
      status: { id: f.psa.statusId('Resolved'), name: 'Resolved', verified: true },
    });
    const after = await expectPostedOnce(f, s);
    expect(after.status).toBe('resolved');
    expect(after.finalization?.text).toBe(NOTE);
    // Preflight, note, its read-back, status, and the re-fetch that proves it: one call each.
    expect(f.psa.calls).toEqual({
      listStatuses: 1,
      addNote: 1,
      getNote: 1,
      setTicketStatus: 1,
      getTicket: 1,
      findNote: 0,
      addTimeEntry: 0,
      findTimeEntry: 0,
      getTimeEntry: 0,
    });
  });

  it('fails loudly with PSA_STATUS_VERIFICATION_FAILED (502) when the PSA keeps the old status', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    f.psa.inject('setTicketStatus', { type: 'silent_status_rejection' });
    const error = await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion }));
    expect(error).toBeInstanceOf(PSAStatusVerificationError);
    expect(error.code).toBe('PSA_STATUS_VERIFICATION_FAILED');
    expect(error.httpStatus).toBe(502);
    const [note] = f.psa.notes(s.ticket?.id);
    expect(error.details).toMatchObject({
      expected: { id: f.psa.statusId('Resolved'), name: 'Resolved' },
      actual: { id: f.psa.statusId('New'), name: 'New' },
      noteId: note?.id,
      ticketId: s.ticket?.id,
    });
    const after = await f.acme.sessions.get(s.id);
    expect(after.status).toBe('open');
    expect(after.stateVersion).toBe(s.stateVersion);
    // The failed attempt released its claim and kept its journal: a retry goes at once, posts no
    // second note, and verifies the status this time.
    f.psa.clearFaults();
    await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion });
    await expectPostedOnce(f, s);
    expect(f.psa.calls.addNote).toBe(1);
  });

  it('skips the status change when the setting is unset, and says which setting', async () => {
    const f = await writebackFixture({ settings: { resolved: false, escalated: false } });
    const s = await f.session();
    const result = await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion });
    expect(result.status).toBeUndefined();
    expect(result.statusTransitionSkippedReason).toContain('resolvedStatusId');
    expect(result.note.externalId).toBe(f.psa.notes(s.ticket?.id)[0]?.id);
    expect(f.psa.calls).toMatchObject({ addNote: 1, setTicketStatus: 0, getTicket: 0, listStatuses: 0 });
    expect(f.psa.ticket(s.ticket?.id as string).status.name).toBe('New');
    const e = await f.session();
    const escalated = await f.acme.escalate(e.id, {
      text: 'Internal analysis',
      basedOnVersion: e.stateVersion,
    });
    expect(escalated.statusTransitionSkippedReason).toContain('escalatedStatusId');
    expect((await f.acme.sessions.get(s.id)).finalization?.statusTransitionSkippedReason).toBe(
      result.statusTransitionSkippedReason,
    );
  });

  it('answers ALREADY_FINALIZED (409) to a second post of a resolved session, posting nothing', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    const first = await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion });
    const calls = f.psa.totalCalls;
    for (const again of [
      () => f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion }),
      () => f.acme.resolve(s.id, { text: NOTE, basedOnVersion: first.stateVersion }),
      () => f.acme.escalate(s.id, { text: NOTE, basedOnVersion: first.stateVersion }),
    ]) {
      const error = await caught(again());
      expect(error.code).toBe('ALREADY_FINALIZED');
      expect(error.httpStatus).toBe(409);
      // The error carries the result that finalized it, for a caller retrying after a lost answer.
      expect(error.details.result).toEqual(first);
    }
    expect(f.psa.totalCalls).toBe(calls);
    expect(f.psa.notes()).toHaveLength(1);
    expect((await f.acme.sessions.get(s.id)).stateVersion).toBe(first.stateVersion);
  });

  it('escalates on the parallel path: internal note, escalated status, verified', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    const text = '## Problem\nPrinting fails\n\n## What we have tried\nSpooler restart (failed)';
    const result = await f.acme.escalate(s.id, { text, basedOnVersion: s.stateVersion });
    expect(result).toMatchObject({
      outcome: 'escalated',
      stateVersion: s.stateVersion + 1,
      note: { type: 'internal_analysis' },
      status: { id: f.psa.statusId('Escalated'), name: 'Escalated', verified: true },
    });
    const after = await expectPostedOnce(f, s, { statusName: 'Escalated', noteType: 'internal_analysis' });
    expect(after.status).toBe('escalated');
  });

  it('posts an escalation only as internal analysis, never customer-visible', async () => {
    const f = await writebackFixture({ settings: { escalated: false } });
    const sessions = [await f.session(), await f.session()];
    await f.acme.escalate(sessions[0]?.id as string, { text: 'Escalation A', basedOnVersion: 4 });
    await f.acme.escalate(sessions[1]?.id as string, { text: 'Escalation B', basedOnVersion: 4 });
    const notes = f.psa.notes();
    expect(notes).toHaveLength(2);
    for (const note of notes) {
      expect(note.type).toBe('internal_analysis');
      expect(note.customerVisible).toBe(false);
    }
    // The input has no way to pick the note type: an unknown key is ignored, not obeyed.
    const s = await f.session();
    await f.acme.escalate(s.id, { text: 'C', basedOnVersion: 4, type: 'resolution' } as never);
    expect(f.psa.notes(s.ticket?.id)[0]).toMatchObject({ type: 'internal_analysis', customerVisible: false });
  });

  it('answers STALE_PREVIEW (409) when basedOnVersion is not the current version, changing nothing', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    for (const basedOnVersion of [s.stateVersion - 1, s.stateVersion + 1]) {
      const error = await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion }));
      expect(error.code).toBe('STALE_PREVIEW');
      expect(error.httpStatus).toBe(409);
      expect(error.details).toMatchObject({ basedOnVersion, currentVersion: s.stateVersion });
    }
    expect(await f.acme.sessions.get(s.id)).toEqual(s);
    expect(f.psa.totalCalls).toBe(0);
    expect(await f.storage.getWriteback(ACCOUNT, s.id)).toBeNull();
  });

  it('rejects bad input with VALIDATION_FAILED and a foreign session with SESSION_NOT_FOUND', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    const bad: unknown[] = [
      { text: NOTE },
      { text: NOTE, basedOnVersion: 0 },
      { text: NOTE, basedOnVersion: '4' },
      { text: '   ', basedOnVersion: 4 },
      { text: 'x'.repeat(30_001), basedOnVersion: 4 },
      { text: NOTE, basedOnVersion: 4, allowDuplicateNote: 'yes' },
      undefined,
    ];
    for (const input of bad) {
      expect((await caught(f.acme.resolve(s.id, input as never))).code).toBe('VALIDATION_FAILED');
    }
    expect((await caught(f.acme.resolve('', { text: NOTE, basedOnVersion: 4 }))).code).toBe(
      'VALIDATION_FAILED',
    );
    const other = f.closeout.account('other-msp');
    expect((await caught(other.resolve(s.id, { text: NOTE, basedOnVersion: 4 }))).code).toBe(
      'SESSION_NOT_FOUND',
    );
    expect((await caught(other.escalate(s.id, { text: NOTE, basedOnVersion: 4 }))).code).toBe(
      'SESSION_NOT_FOUND',
    );
    expect(await f.acme.sessions.get(s.id)).toEqual(s);
    expect(f.psa.totalCalls).toBe(0);
  });

  it('fails before posting anything when the configured status is not on the ticket board, listing the board', async () => {
    const f = await writebackFixture();
    await f.acme.settings.update({ resolvedStatusId: f.psa.statusId('Done', '2') });
    const s = await f.session();
    const error = await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toContain('resolvedStatusId');
    for (const name of ['New', 'In Progress', 'Resolved', 'Escalated']) expect(error.message).toContain(name);
    expect(error.details).toMatchObject({ setting: 'resolvedStatusId', statusId: '22' });
    expect((error.details.boardStatuses as unknown[]).length).toBe(5);
    expect(f.psa.calls.addNote).toBe(0);
    expect(f.psa.notes()).toHaveLength(0);
    // Fixing the setting is enough: the retry goes through.
    await f.acme.settings.update({ resolvedStatusId: f.psa.statusId('Resolved') });
    await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion });
    await expectPostedOnce(f, s);
  });

  it('refuses to post when the ticket belongs to another PSA than the account adapter', async () => {
    const f = await writebackFixture();
    const s = await f.acme.sessions.create({
      problem: 'VPN',
      ticket: { provider: 'connectwise', id: '1001' },
    });
    f.psa.createTicket({ id: '1001' });
    const error = await caught(
      f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 1, confirmUnresolved: true }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toMatchObject({ ticketProvider: 'connectwise', psaProvider: 'fake' });
    expect(f.psa.totalCalls).toBe(0);
    expect((await f.acme.sessions.get(s.id)).status).toBe('open');
  });

  it('uses the per-account PSA resolver', async () => {
    const f = await writebackFixture({
      psaOption: (psa) => async (accountId) => (accountId === ACCOUNT ? psa : undefined),
    });
    const s = await f.session();
    expect((await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 })).outcome).toBe('resolved');
    const other = f.closeout.account('other-msp');
    const o = await other.sessions.create({ problem: 'x', ticket: f.psa.createTicket() });
    const local = await other.resolve(o.id, { text: NOTE, basedOnVersion: 1, confirmUnresolved: true });
    expect(local.outcome).toBe('resolved_local');
  });

  it('surfaces PSA failures as PSA_REQUEST_FAILED and frees the claim for an immediate retry', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    f.psa.inject('addNote', { type: 'http', status: 429, retryAfterSeconds: 7 }, { times: 1 });
    const error = await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }));
    expect(error).toMatchObject({ code: 'PSA_REQUEST_FAILED', retryable: true });
    expect(error.details.retryAfterSeconds).toBe(7);
    expect((await f.storage.getWriteback(ACCOUNT, s.id))?.claim).toBeNull();
    // Same clock, no lease wait: the retry looks the note up (absent), posts it, and completes.
    await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 });
    await expectPostedOnce(f, s);
    expect(f.psa.calls.findNote).toBe(1);
  });

  it('posts the current preview of its kind when text is absent', async () => {
    const f = await writebackFixture();
    const a = await f.session();
    const b = await f.session();
    const note = await f.acme.previews.resolutionNote(a.id);
    const pkg = await f.acme.previews.escalationPackage(b.id);
    await f.acme.resolve(a.id, { basedOnVersion: a.stateVersion });
    await f.acme.escalate(b.id, { basedOnVersion: b.stateVersion });
    expect(f.psa.notes(a.ticket?.id).map((n) => [n.type, n.text])).toEqual([
      ['resolution', note.markdown.trim()],
    ]);
    expect(f.psa.notes(b.ticket?.id).map((n) => [n.type, n.text])).toEqual([
      ['internal_analysis', pkg.markdown.trim()],
    ]);
    expect((await f.acme.sessions.get(a.id)).finalization?.text).toBe(note.markdown.trim());
  });
});

describe('writeback: text from the current preview', () => {
  it('posts the draft of the right kind when text is absent', async () => {
    const f = await writebackFixture();
    const asked: string[] = [];
    const wb = f.service({
      draft: async (sessionId, kind) => {
        asked.push(kind);
        return { markdown: `${kind} of ${sessionId}`, stateVersion: 4 };
      },
    });
    const a = await f.session();
    const b = await f.session();
    await wb.resolve(a.id, { basedOnVersion: 4 });
    await wb.escalate(b.id, { basedOnVersion: 4 });
    expect(asked).toEqual(['resolution_note', 'escalation_package']);
    expect(f.psa.notes(a.ticket?.id)[0]?.text).toBe(`resolution_note of ${a.id}`);
    expect(f.psa.notes(b.ticket?.id)[0]).toMatchObject({
      text: `escalation_package of ${b.id}`,
      type: 'internal_analysis',
    });
    expect((await f.acme.sessions.get(a.id)).finalization?.text).toBe(`resolution_note of ${a.id}`);
  });

  it('answers STALE_PREVIEW when the current preview is of another version, and never asks for a draft when text is given', async () => {
    const f = await writebackFixture();
    let drafts = 0;
    const wb = f.service({
      draft: async () => {
        drafts++;
        return { markdown: 'newer draft', stateVersion: 5 };
      },
    });
    const s = await f.session();
    const error = await caught(wb.resolve(s.id, { basedOnVersion: 4 }));
    expect(error.code).toBe('STALE_PREVIEW');
    expect(error.details).toMatchObject({ basedOnVersion: 4, currentVersion: 5 });
    expect(f.psa.totalCalls).toBe(0);
    await wb.resolve(s.id, { text: NOTE, basedOnVersion: 4 });
    expect(drafts).toBe(1);
  });
});

describe('writeback: a note post whose answer never came', () => {
  it('finds the note on retry instead of posting it again', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    f.psa.inject('addNote', { type: 'lost_response' }, { times: 1 });
    const error = await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }));
    expect(error).toMatchObject({ code: 'PSA_REQUEST_FAILED', ambiguous: true });
    expect(f.psa.notes(s.ticket?.id)).toHaveLength(1);
    const result = await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 });
    expect(f.psa.calls).toMatchObject({ addNote: 1, findNote: 1 });
    expect(result.note.externalId).toBe(f.psa.notes(s.ticket?.id)[0]?.id);
    await expectPostedOnce(f, s);
    expect((await f.storage.getWriteback(ACCOUNT, s.id))?.journal).toMatchObject({ noteRecovered: true });
  });

  it('finds it even when the PSA clock runs a minute behind ours', async () => {
    const behind = { now: () => new Date(Date.parse('2026-11-25T08:59:00.000Z')) };
    const f = await writebackFixture({ psa: { clock: behind } });
    const s = await f.session();
    f.psa.inject('addNote', { type: 'lost_response' }, { times: 1 });
    await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }));
    await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 });
    await expectPostedOnce(f, s);
  });

  it('does not take an older note with the same text for its own', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    const ticketId = s.ticket?.id as string;
    f.psa.seedNote(ticketId, {
      text: NOTE,
      type: 'resolution',
      createdAt: new Date('2026-11-24T09:00:00.000Z'),
    });
    f.psa.inject('addNote', { type: 'http', status: 500 }, { times: 1 });
    await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }));
    const result = await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 });
    const notes = f.psa.notes(ticketId);
    expect(notes).toHaveLength(2);
    expect(result.note.externalId).toBe(notes[1]?.id);
  });

  it('without findNote, refuses to post again unless allowDuplicateNote is set', async () => {
    const f = await writebackFixture({ psaOption: (psa) => psa.without('findNote') });
    const s = await f.session();
    f.psa.inject('addNote', { type: 'lost_response' }, { times: 1 });
    await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }));
    const error = await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }));
    expect(error).toMatchObject({ code: 'PSA_REQUEST_FAILED', retryable: false, ambiguous: true });
    expect(error.message).toContain('may have succeeded');
    expect(error.details.reason).toBe('note_may_exist');
    expect(f.psa.calls.addNote).toBe(1);
    // The caller checked the ticket and decided to post again anyway.
    await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4, allowDuplicateNote: true });
    expect(f.psa.notes(s.ticket?.id)).toHaveLength(2);
    expect((await f.acme.sessions.get(s.id)).status).toBe('resolved');
  });
});

describe('writeback: an unfinished writeback pins what a retry may do', () => {
  async function unfinished() {
    const f = await writebackFixture();
    const s = await f.session();
    f.psa.inject('setTicketStatus', { type: 'http', status: 503 }, { times: 1 });
    await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }));
    expect(f.psa.notes(s.ticket?.id)).toHaveLength(1);
    return { f, s };
  }

  it('refuses another kind or another text while its note may be on the ticket', async () => {
    const { f, s } = await unfinished();
    for (const attempt of [
      () => f.acme.escalate(s.id, { text: NOTE, basedOnVersion: 4 }),
      () => f.acme.resolve(s.id, { text: `${NOTE} (edited)`, basedOnVersion: 4 }),
      () => f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 5 }),
    ]) {
      const error = await caught(attempt());
      expect(error.code).toBe('WRITEBACK_IN_PROGRESS');
      expect(error.details).toMatchObject({
        reason: 'unfinished',
        unfinished: { kind: 'resolve', basedOnVersion: 4 },
      });
    }
    expect(f.psa.notes(s.ticket?.id)).toHaveLength(1);
    // Without text, the retry posts nothing new and finishes with the journaled text.
    const result = await f.acme.resolve(s.id, { basedOnVersion: 4 });
    expect(result.outcome).toBe('resolved');
    await expectPostedOnce(f, s);
  });

  it('refuses every change of the session while its note may be on the ticket, then finishes', async () => {
    const { f, s } = await unfinished();
    const other = f.psa.createTicket();
    for (const change of [
      () => f.acme.sessions.addFinding(s.id, { text: 'Late finding' }),
      () => f.acme.sessions.linkTicket(s.id, other),
      () => f.acme.sessions.recordOutcome(s.id, { status: 'failed', failureReason: 'Came back' }),
    ]) {
      const error = await caught(change());
      expect(error.code).toBe('WRITEBACK_IN_PROGRESS');
      expect(error.details).toMatchObject({ reason: 'unfinished', unfinished: { kind: 'resolve' } });
    }
    expect((await f.acme.sessions.get(s.id)).stateVersion).toBe(4);
    const result = await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 });
    expect(result.stateVersion).toBe(5);
    expect(f.psa.notes(other.id)).toHaveLength(0);
    const after = await expectPostedOnce(f, s);
    expect(after.fixes[0]?.status).toBe('success');
  });
});

describe('writeback: logging', () => {
  it('logs outcomes and failures with ids and codes, never the note text', async () => {
    const lines: unknown[][] = [];
    const logger = { info: (...a: unknown[]) => lines.push(a), warn: (...a: unknown[]) => lines.push(a) };
    const psa = fakePsa();
    const acme = createCloseout({ storage: memoryStorage(), psa, logger }).account(ACCOUNT);
    await acme.settings.update({ resolvedStatusId: psa.statusId('Resolved') });
    const s = await acme.sessions.create({ problem: 'x', ticket: psa.createTicket() });
    psa.inject('setTicketStatus', { type: 'silent_status_rejection' }, { times: 1 });
    await caught(acme.resolve(s.id, { text: NOTE, basedOnVersion: 1, confirmUnresolved: true }));
    await acme.resolve(s.id, { text: NOTE, basedOnVersion: 1, confirmUnresolved: true });
    const logged = JSON.stringify(lines);
    expect(logged).toContain('PSA_STATUS_VERIFICATION_FAILED');
    expect(logged).toContain('session resolved');
    expect(logged).toContain(s.id);
    expect(logged).not.toContain('HP Universal');
  });
});
