import { memoryStorage } from '@closeout/storage-memory';
import { describe, expect, it } from 'vitest';
import { createCloseout } from '../src/closeout.js';
import { finalize } from '../src/sessions/mutations.js';
import { caught } from './support/caught.js';

function fixedClock(iso = '2026-11-25T09:00:00.000Z') {
  let t = Date.parse(iso);
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

function setup() {
  const storage = memoryStorage();
  const clock = fixedClock();
  const acme = createCloseout({ storage, clock }).account('acme-msp');
  return { storage, clock, acme };
}

describe('sessions', () => {
  it('creates an open session at version 1 with the injected clock and a sortable id', async () => {
    const { acme } = setup();
    const a = await acme.sessions.create({ problem: '  Outlook prompts for a password  ' });
    const b = await acme.sessions.create({ problem: 'Second' });
    expect(a).toMatchObject({
      accountId: 'acme-msp',
      stateVersion: 1,
      status: 'open',
      problem: 'Outlook prompts for a password',
      ticket: null,
      activeFixId: null,
      createdAt: '2026-11-25T09:00:00.000Z',
    });
    expect(a.id).toMatch(/^ses_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(b.id > a.id).toBe(true);
  });

  it('records an outcome on the active fix (the most recently proposed) when no fixId is given', async () => {
    const { acme, clock } = setup();
    const s = await acme.sessions.create({ problem: 'Mapped drive missing' });
    const first = await acme.sessions.proposeFix(s.id, { title: 'Re-run logon script' });
    clock.advance(60_000);
    const second = await acme.sessions.proposeFix(s.id, { title: 'Re-map via GPO' });
    expect(second.activeFixId).toBe(second.fixes[1]?.id);
    const after = await acme.sessions.recordOutcome(s.id, { status: 'success' });
    expect(after.fixes[0]?.status).toBe('proposed');
    expect(after.fixes[1]).toMatchObject({ status: 'success', appliedAt: '2026-11-25T09:01:00.000Z' });
    // An explicit fixId targets that fix instead.
    const firstId = first.fixes[0]?.id as string;
    const again = await acme.sessions.recordOutcome(s.id, {
      fixId: firstId,
      status: 'failed',
      failureReason: 'script path unreachable',
    });
    expect(again.fixes[0]).toMatchObject({ status: 'failed', failureReason: 'script path unreachable' });
  });

  it('keeps the outcome fields of the latest outcome only, and a given appliedAt/verifiedAt', async () => {
    const { acme } = setup();
    const s = await acme.sessions.create({ problem: 'VPN' });
    await acme.sessions.proposeFix(s.id, { title: 'Update client' });
    const partial = await acme.sessions.recordOutcome(s.id, {
      status: 'partial',
      partialNotes: 'works on Wi-Fi only',
    });
    expect(partial.fixes[0]).toMatchObject({ status: 'partial', partialNotes: 'works on Wi-Fi only' });
    const success = await acme.sessions.recordOutcome(s.id, {
      status: 'success',
      appliedAt: '2026-11-25T08:00:00Z',
      verifiedAt: new Date('2026-11-25T08:30:00Z'),
    });
    expect(success.fixes[0]).toEqual({
      id: success.fixes[0]?.id,
      title: 'Update client',
      steps: [],
      status: 'success',
      proposedAt: '2026-11-25T09:00:00.000Z',
      appliedAt: '2026-11-25T08:00:00.000Z',
      verifiedAt: '2026-11-25T08:30:00.000Z',
    });
  });

  it('lists the offending fields in VALIDATION_FAILED', async () => {
    const { acme } = setup();
    const error = await caught(
      acme.sessions.create({ problem: '', ticket: { provider: 'connectwise', id: '' } }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    const paths = (error.details.issues as Array<{ path: string }>).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['problem', 'ticket.id']));
    expect(error.message).toContain('problem');
  });

  it('rejects an outcome when no fix was proposed', async () => {
    const { acme } = setup();
    const s = await acme.sessions.create({ problem: 'Nothing proposed yet' });
    const error = await caught(acme.sessions.recordOutcome(s.id, { status: 'success' }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.issues).toEqual([expect.objectContaining({ path: 'fixId' })]);
    expect((await acme.sessions.get(s.id)).stateVersion).toBe(1);
  });

  it('rejects every mutation of a finalized session with ALREADY_FINALIZED', async () => {
    const { acme, storage } = setup();
    const s = await acme.sessions.create({ problem: 'Finalized' });
    await storage.updateSession('acme-msp', s.id, (cur) =>
      finalize(
        cur,
        {
          outcome: 'resolved_local',
          text: 'Done',
          basedOnVersion: 1,
          note: { type: 'resolution' },
          finalizedAt: cur.updatedAt,
        },
        { now: cur.updatedAt, newId: () => 'unused' },
      ),
    );
    const before = await acme.sessions.get(s.id);
    expect(before).toMatchObject({ status: 'resolved_local', stateVersion: 2 });
    for (const attempt of [
      acme.sessions.addFinding(s.id, { text: 'late' }),
      acme.sessions.recordDecision(s.id, { text: 'late' }),
      acme.sessions.proposeFix(s.id, { title: 'late' }),
      acme.sessions.linkTicket(s.id, { provider: 'connectwise', id: '1' }),
    ]) {
      expect((await caught(attempt)).code).toBe('ALREADY_FINALIZED');
    }
    expect(await acme.sessions.get(s.id)).toEqual(before);
  });

  it('enforces the per-session limits', async () => {
    const { acme } = setup();
    const s = await acme.sessions.create({ problem: 'Many steps' });
    const error = await caught(
      acme.sessions.proposeFix(s.id, {
        title: 'Too many',
        steps: Array.from({ length: 51 }, (_, i) => `step ${i}`),
      }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toContain('steps');
  });

  it('rejects an empty account id', () => {
    const closeout = createCloseout({ storage: memoryStorage() });
    expect(() => closeout.account('')).toThrow(/account id/);
  });

  it('refuses account and session ids with surrounding whitespace instead of trimming them', async () => {
    const { storage, acme } = setup();
    const closeout = createCloseout({ storage });
    for (const id of ['acme-msp ', ' acme-msp', 'acme-msp\n', ' ']) {
      expect(() => closeout.account(id)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    }
    const s = await acme.sessions.create({ problem: 'Printer' });
    for (const call of [
      () => acme.sessions.get(` ${s.id}`),
      () => acme.sessions.addFinding(`${s.id} `, { text: 'x' }),
      () => acme.previews.resolutionNote(`${s.id}\t`),
      () => acme.resolve(` ${s.id}`, { text: 'x', basedOnVersion: 1, confirmUnresolved: true }),
    ]) {
      const error = await caught(call());
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.details.issues).toEqual([
        { path: '', message: 'must not contain whitespace, control or invisible characters' },
      ]);
    }
    expect((await acme.sessions.get(s.id)).stateVersion).toBe(1);
  });

  it('rejects a verifiedAt earlier than appliedAt, given or recorded, changing nothing', async () => {
    const { acme } = setup();
    const s = await acme.sessions.create({ problem: 'VPN' });
    await acme.sessions.proposeFix(s.id, { title: 'Update client' });
    const given = await caught(
      acme.sessions.recordOutcome(s.id, {
        status: 'success',
        appliedAt: '2026-11-25T08:00:00Z',
        verifiedAt: '2019-01-01T00:00:00Z',
      }),
    );
    expect(given.code).toBe('VALIDATION_FAILED');
    expect(given.details.issues).toEqual([
      { path: 'verifiedAt', message: expect.stringContaining('before appliedAt 2026-11-25T08:00:00.000Z') },
    ]);
    const after = await acme.sessions.get(s.id);
    expect(after.stateVersion).toBe(2);
    expect(after.fixes[0]?.status).toBe('proposed');
    // The recorded appliedAt counts as well: a later outcome cannot be verified before it.
    await acme.sessions.recordOutcome(s.id, {
      status: 'partial',
      partialNotes: 'two desks left',
      appliedAt: '2026-11-25T08:00:00Z',
    });
    const recorded = await caught(
      acme.sessions.recordOutcome(s.id, { status: 'success', verifiedAt: '2026-11-25T07:00:00Z' }),
    );
    expect(recorded.code).toBe('VALIDATION_FAILED');
    expect((await acme.sessions.get(s.id)).stateVersion).toBe(3);
  });

  it('defaults appliedAt to the verification time when only an earlier verifiedAt is given', async () => {
    const { acme } = setup();
    const s = await acme.sessions.create({ problem: 'VPN' });
    await acme.sessions.proposeFix(s.id, { title: 'Update client' });
    // Now is 09:00; the technician confirmed it at 08:30 and said nothing of when it was applied.
    const done = await acme.sessions.recordOutcome(s.id, {
      status: 'success',
      verifiedAt: '2026-11-25T08:30:00Z',
    });
    expect(done.fixes[0]).toMatchObject({
      appliedAt: '2026-11-25T08:30:00.000Z',
      verifiedAt: '2026-11-25T08:30:00.000Z',
    });
  });

  it('updates settings with status ids as text', async () => {
    const { acme } = setup();
    expect(await acme.settings.update({ resolvedStatusId: 42 })).toEqual({ resolvedStatusId: '42' });
  });
});
