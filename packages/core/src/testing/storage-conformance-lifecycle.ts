import { describe, expect, it } from 'vitest';
import { type AccountScope, createCloseout } from '../closeout.js';
import { CloseoutError } from '../errors.js';
import { sessionEvent } from '../history/events.js';
import type { StorageAdapter } from '../storage/adapter.js';
import { samplePreview } from './storage-samples.js';

// Listing, deletion, history and retention: the part of the storage contract a host app's
// session list, audit trail and retention job stand on. Registered by runStorageConformance.

/** A clock the test moves by hand, so ties and ranges of `updatedAt` are exact. */
function manualClock(start = Date.parse('2026-03-02T09:00:00.000Z')) {
  let now = start;
  return {
    now: () => new Date(now),
    set: (iso: string) => {
      now = Date.parse(iso);
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(CloseoutError.isInstance(error), `expected a CloseoutError, got ${String(error)}`).toBe(true);
  return (error as CloseoutError).code;
}

export function lifecycleConformance(
  storageOf: () => StorageAdapter,
  freshAccount: (label: string) => string,
): void {
  const scope = (label: string, clock = manualClock()) => {
    const accountId = freshAccount(label);
    const closeout = createCloseout({ storage: storageOf(), clock });
    return { acme: closeout.account(accountId), clock, accountId, closeout };
  };
  const ticket = { provider: 'connectwise', id: '48213' };

  describe('listing', () => {
    it('pages through every session newest first, ties by id, with no repeat and no gap', async () => {
      const { acme, clock } = scope('list-order');
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) {
        // Pairs share a timestamp, so the id decides their order.
        if (i % 2 === 0) clock.advance(1_000);
        ids.push((await acme.sessions.create({ problem: `Session ${i}` })).id);
      }
      const expected = [...ids].sort((a, b) => {
        const ta = Math.floor(ids.indexOf(a) / 2);
        const tb = Math.floor(ids.indexOf(b) / 2);
        return ta === tb ? (a < b ? 1 : -1) : tb - ta;
      });
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await acme.sessions.list({ limit: 3, ...(cursor === undefined ? {} : { cursor }) });
        expect(page.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.items.map((s) => s.id));
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor !== undefined && pages < 10);
      expect(seen).toEqual(expected);
      expect(pages).toBe(3);
    });

    it('moves a changed session to the front and keeps its summary in step with it', async () => {
      const { acme, clock } = scope('list-summary');
      const older = await acme.sessions.create({ problem: 'Outlook asks for a password', ticket });
      clock.advance(1_000);
      await acme.sessions.create({ problem: 'Printer offline' });
      clock.advance(1_000);
      await acme.sessions.proposeFix(older.id, { title: 'Reset the credential cache' });
      const changed = await acme.sessions.recordOutcome(older.id, { status: 'success' });
      const page = await acme.sessions.list();
      expect(page.nextCursor).toBeNull();
      expect(page.items).toHaveLength(2);
      expect(page.items[0]).toEqual({
        id: older.id,
        problem: 'Outlook asks for a password',
        status: 'open',
        stateVersion: 3,
        ticket,
        activeFix: { id: changed.activeFixId, title: 'Reset the credential cache', status: 'success' },
        createdAt: older.createdAt,
        updatedAt: changed.updatedAt,
      });
    });

    it('filters by ticket, status and updated range, combined', async () => {
      const { acme, clock } = scope('list-filter');
      const a = await acme.sessions.create({ problem: 'A', ticket });
      clock.advance(1_000);
      const b = await acme.sessions.create({ problem: 'B', ticket: { provider: 'connectwise', id: '1' } });
      clock.advance(1_000);
      const c = await acme.sessions.create({ problem: 'C', ticket });
      clock.advance(1_000);
      const done = await acme.escalate(c.id, { text: 'Escalated to tier 2.', basedOnVersion: 1 });
      expect(done.outcome).toBe('escalated_local');
      const ids = async (q: Parameters<AccountScope['sessions']['list']>[0]) =>
        (await acme.sessions.list(q)).items.map((s) => s.id);

      expect(await ids({ ticket })).toEqual([c.id, a.id]);
      expect(await ids({ ticket: { provider: 'halopsa', id: '48213' } })).toEqual([]);
      expect(await ids({ status: 'open' })).toEqual([b.id, a.id]);
      expect(await ids({ status: ['escalated_local', 'resolved_local'] })).toEqual([c.id]);
      expect(await ids({ ticket, status: 'open' })).toEqual([a.id]);
      expect(await ids({ updatedAfter: a.updatedAt })).toEqual([c.id, b.id]);
      expect(await ids({ updatedBefore: b.updatedAt })).toEqual([a.id]);
      expect(
        await ids({ updatedAfter: a.updatedAt, updatedBefore: new Date(Date.parse(b.updatedAt) + 1) }),
      ).toEqual([b.id]);
    });

    it('lists only the calling account’s sessions, also for a ticket both accounts have', async () => {
      const one = scope('list-tenant-a');
      const other = scope('list-tenant-b');
      const mine = await one.acme.sessions.create({ problem: 'Mine', ticket });
      await other.acme.sessions.create({ problem: 'Theirs', ticket });
      expect((await one.acme.sessions.list({ ticket })).items.map((s) => s.id)).toEqual([mine.id]);
      expect((await one.acme.sessions.list()).items.map((s) => s.id)).toEqual([mine.id]);
      expect((await scope('list-tenant-empty').acme.sessions.list()).items).toEqual([]);
    });

    it('refuses a malformed cursor and an out-of-range limit with VALIDATION_FAILED', async () => {
      const { acme } = scope('list-invalid');
      await acme.sessions.create({ problem: 'One' });
      expect(await codeOf(acme.sessions.list({ cursor: 'not-a-cursor' }))).toBe('VALIDATION_FAILED');
      const forged = Buffer.from(JSON.stringify({ at: 1 })).toString('base64url');
      expect(await codeOf(acme.sessions.list({ cursor: forged }))).toBe('VALIDATION_FAILED');
      expect(await codeOf(acme.sessions.list({ limit: 0 }))).toBe('VALIDATION_FAILED');
      expect(await codeOf(acme.sessions.list({ limit: 101 }))).toBe('VALIDATION_FAILED');
      expect(await codeOf(acme.sessions.list({ status: 'closed' as 'open' }))).toBe('VALIDATION_FAILED');
    });
  });

  describe('deletion', () => {
    it('deletes the session with its previews, journal and history', async () => {
      const { acme, accountId } = scope('delete');
      const storage = storageOf();
      const s = await acme.sessions.create({ problem: 'Delete me', ticket });
      await acme.previews.resolutionNote(s.id);
      await storage.claimWriteback(accountId, s.id, { token: 'tok', now: 0, leaseMs: 1 });
      await storage.saveWriteback(accountId, s.id, 'tok', {
        kind: 'resolve',
        text: 'x',
        basedOnVersion: 1,
        startedAt: new Date(0).toISOString(),
      });
      expect((await acme.sessions.history(s.id)).length).toBeGreaterThan(0);

      await acme.sessions.delete(s.id);
      expect(await codeOf(acme.sessions.get(s.id))).toBe('SESSION_NOT_FOUND');
      expect(await codeOf(acme.sessions.history(s.id))).toBe('SESSION_NOT_FOUND');
      expect(await storage.getHistory(accountId, s.id)).toEqual([]);
      expect(await storage.getWriteback(accountId, s.id)).toBeNull();
      expect((await acme.sessions.list()).items).toEqual([]);
      // Its cached preview went with it: none is left for a purge to find orphaned.
      expect(await acme.sessions.purgeStalePreviews()).toEqual({ deleted: 0 });
      expect(await codeOf(acme.sessions.delete(s.id))).toBe('SESSION_NOT_FOUND');
    });

    it('answers SESSION_NOT_FOUND to another account and deletes nothing', async () => {
      const owner = scope('delete-owner');
      const intruder = owner.closeout.account(freshAccount('delete-intruder'));
      const s = await owner.acme.sessions.create({ problem: 'Not yours' });
      expect(await codeOf(intruder.sessions.delete(s.id))).toBe('SESSION_NOT_FOUND');
      expect(await codeOf(intruder.sessions.history(s.id))).toBe('SESSION_NOT_FOUND');
      expect(await intruder.sessions.purgeFinalizedBefore(new Date('2100-01-01'))).toEqual({ deleted: 0 });
      expect((await owner.acme.sessions.get(s.id)).id).toBe(s.id);
      expect(await owner.acme.sessions.history(s.id)).toHaveLength(1);
    });

    it('refuses while a writeback holds an unexpired claim, and deletes once the lease ran out', async () => {
      const { acme, clock, accountId } = scope('delete-claimed');
      const storage = storageOf();
      const s = await acme.sessions.create({ problem: 'Being posted' });
      const now = clock.now().getTime();
      await storage.claimWriteback(accountId, s.id, { token: 'tok', now, leaseMs: 60_000 });
      expect(await codeOf(acme.sessions.delete(s.id))).toBe('WRITEBACK_IN_PROGRESS');
      expect((await acme.sessions.get(s.id)).id).toBe(s.id);
      clock.advance(60_000);
      await acme.sessions.delete(s.id);
      expect(await codeOf(acme.sessions.get(s.id))).toBe('SESSION_NOT_FOUND');
    });
  });

  describe('history', () => {
    it('records every change oldest first, with its version, time, actor and ids', async () => {
      const { acme, clock } = scope('history');
      const s = await acme.sessions.create({ problem: 'VPN drops', ticket }, { actor: 'tech:jdoe' });
      clock.advance(1_000);
      const f = await acme.sessions.addFinding(
        s.id,
        { text: 'Drops every 10 minutes' },
        { actor: 'tech:jdoe' },
      );
      const d = await acme.sessions.recordDecision(s.id, { text: 'Check the IKE lifetime' });
      const p = await acme.sessions.proposeFix(
        s.id,
        { title: 'Raise the lifetime' },
        { actor: 'ai:assistant' },
      );
      await acme.sessions.recordOutcome(
        s.id,
        { status: 'failed', failureReason: 'Still drops' },
        { actor: 'tech:jdoe', expectedVersion: 4 },
      );
      await acme.sessions.linkTicket(s.id, { provider: 'connectwise', id: '9' }, { actor: 'tech:amy' });

      const history = await acme.sessions.history(s.id);
      expect(history.map((e) => [e.type, e.stateVersion, e.actor])).toEqual([
        ['created', 1, 'tech:jdoe'],
        ['finding_added', 2, 'tech:jdoe'],
        ['decision_recorded', 3, undefined],
        ['fix_proposed', 4, 'ai:assistant'],
        ['outcome_recorded', 5, 'tech:jdoe'],
        ['ticket_linked', 6, 'tech:amy'],
      ]);
      expect(history[0]?.at).toBe(s.createdAt);
      expect(history[1]?.at).toBe(f.updatedAt);
      expect(history[1]?.details).toEqual({ findingId: f.findings[0]?.id });
      expect(history[2]?.details).toEqual({ decisionId: d.decisions[0]?.id });
      expect(history[4]?.details).toEqual({ fixId: p.activeFixId, status: 'failed' });
      expect(history[5]?.details).toEqual({ ticket: { provider: 'connectwise', id: '9' } });
    });

    it('writes exactly one entry per committed change under concurrent mutations', async () => {
      const { acme } = scope('history-race');
      const s = await acme.sessions.create({ problem: 'Busy session' });
      const writers = 40;
      const results = await Promise.all(
        Array.from({ length: writers }, (_, i) => acme.sessions.addFinding(s.id, { text: `finding ${i}` })),
      );
      const history = await acme.sessions.history(s.id);
      expect(history.map((e) => e.stateVersion)).toEqual(
        Array.from({ length: writers + 1 }, (_, i) => i + 1),
      );
      // Each entry names the finding its own change added.
      const final = await acme.sessions.get(s.id);
      expect(history.slice(1).map((e) => e.details?.findingId)).toEqual(final.findings.map((f) => f.id));
      expect(new Set(results.map((r) => r.stateVersion)).size).toBe(writers);
    });

    it('writes no entry for a refused change, nor for a save that lost its claim', async () => {
      const { acme, accountId } = scope('history-refused');
      const storage = storageOf();
      const s = await acme.sessions.create({ problem: 'Stays at one entry' });
      expect(await codeOf(acme.sessions.addFinding(s.id, { text: 'late' }, { expectedVersion: 9 }))).toBe(
        'VERSION_CONFLICT',
      );
      expect(await codeOf(acme.sessions.addFinding(s.id, { text: 'x' }, { actor: ' tech:jdoe' }))).toBe(
        'VALIDATION_FAILED',
      );
      await expect(
        storage.updateSession(
          accountId,
          s.id,
          () => {
            throw new Error('refused');
          },
          { now: Date.now() },
          (next) => [sessionEvent('finding_added', next.stateVersion, next.updatedAt, undefined)],
        ),
      ).rejects.toThrow('refused');
      const entry = sessionEvent('note_posted', 1, s.createdAt, undefined, { noteId: 'n-1' });
      await storage.claimWriteback(accountId, s.id, { token: 'holder', now: 0, leaseMs: 60_000 });
      expect(
        await codeOf(
          storage.saveWriteback(
            accountId,
            s.id,
            'not-the-holder',
            { kind: 'resolve', text: 'x', basedOnVersion: 1, startedAt: s.createdAt },
            [entry],
          ),
        ),
      ).toBe('WRITEBACK_IN_PROGRESS');
      expect((await acme.sessions.history(s.id)).map((e) => e.type)).toEqual(['created']);
      // Under the claim the same save lands with its entry.
      await storage.saveWriteback(
        accountId,
        s.id,
        'holder',
        { kind: 'resolve', text: 'x', basedOnVersion: 1, startedAt: s.createdAt },
        [entry],
      );
      expect(await acme.sessions.history(s.id)).toEqual([
        expect.objectContaining({ type: 'created' }),
        entry,
      ]);
    });

    it('records a generated preview once, not a cache hit, and keeps history per account', async () => {
      const { acme, accountId } = scope('history-preview');
      const storage = storageOf();
      const s = await acme.sessions.create({ problem: 'Previewed' });
      await acme.previews.escalationPackage(s.id, { actor: 'tech:jdoe' });
      await acme.previews.escalationPackage(s.id, { actor: 'tech:jdoe' });
      const history = await acme.sessions.history(s.id);
      expect(history.map((e) => e.type)).toEqual(['created', 'preview_generated']);
      expect(history[1]).toMatchObject({
        stateVersion: 1,
        actor: 'tech:jdoe',
        details: { kind: 'escalation_package', generatorId: expect.any(String) },
      });
      const other = freshAccount('history-preview-other');
      await storage.appendHistory(other, s.id, [
        sessionEvent('status_verification_failed', 1, s.createdAt, undefined),
      ]);
      await storage.putPreview(other, 'k', samplePreview(s.id, 1), [
        sessionEvent('preview_generated', 1, s.createdAt, undefined),
      ]);
      expect(await storage.getHistory(other, s.id)).toEqual([]);
      expect(await acme.sessions.history(s.id)).toHaveLength(2);
      expect(await storage.getHistory(accountId, s.id)).toHaveLength(2);
    });
  });

  describe('retention', () => {
    it('purges finalized sessions changed before the date, keeping open and newer ones', async () => {
      const { acme, clock, accountId } = scope('purge');
      const storage = storageOf();
      clock.set('2026-01-10T12:00:00.000Z');
      const oldDone = await acme.sessions.create({ problem: 'Old, escalated' });
      await acme.escalate(oldDone.id, { text: 'Escalated.', basedOnVersion: 1 });
      const oldOpen = await acme.sessions.create({ problem: 'Old, still open' });
      clock.set('2026-02-10T12:00:00.000Z');
      const newDone = await acme.sessions.create({ problem: 'New, escalated' });
      await acme.escalate(newDone.id, { text: 'Escalated.', basedOnVersion: 1 });
      const other = scope('purge-other', manualClock(Date.parse('2026-01-01T00:00:00.000Z')));
      const theirs = await other.acme.sessions.create({ problem: 'Other account, escalated' });
      await other.acme.escalate(theirs.id, { text: 'Escalated.', basedOnVersion: 1 });

      expect(await acme.sessions.purgeFinalizedBefore('2026-02-01T00:00:00Z')).toEqual({ deleted: 1 });
      expect(await codeOf(acme.sessions.get(oldDone.id))).toBe('SESSION_NOT_FOUND');
      expect(await storage.getHistory(accountId, oldDone.id)).toEqual([]);
      expect(await storage.getWriteback(accountId, oldDone.id)).toBeNull();
      expect((await acme.sessions.list()).items.map((s) => s.id).sort()).toEqual(
        [oldOpen.id, newDone.id].sort(),
      );
      expect((await other.acme.sessions.get(theirs.id)).status).toBe('escalated_local');
      expect(await codeOf(acme.sessions.purgeFinalizedBefore('last week'))).toBe('VALIDATION_FAILED');
    });

    it('purges previews of superseded versions and of deleted sessions only', async () => {
      const { acme, accountId } = scope('purge-previews');
      const storage = storageOf();
      const s = await acme.sessions.create({ problem: 'Drafted twice' });
      await acme.previews.resolutionNote(s.id);
      await acme.sessions.addFinding(s.id, { text: 'More' });
      await acme.previews.resolutionNote(s.id);
      await acme.previews.escalationPackage(s.id);
      await storage.putPreview(accountId, 'orphan', samplePreview('ses_gone', 1));
      const other = scope('purge-previews-other');
      const theirs = await other.acme.sessions.create({ problem: 'Theirs' });
      await other.acme.previews.resolutionNote(theirs.id);
      await other.acme.sessions.addFinding(theirs.id, { text: 'More' });

      expect(await acme.sessions.purgeStalePreviews()).toEqual({ deleted: 2 });
      expect((await acme.previews.resolutionNote(s.id)).cached).toBe(true);
      expect((await acme.previews.escalationPackage(s.id)).cached).toBe(true);
      expect(await storage.getPreview(accountId, 'orphan')).toBeNull();
      expect(await acme.sessions.purgeStalePreviews()).toEqual({ deleted: 0 });
      expect(await other.acme.sessions.purgeStalePreviews()).toEqual({ deleted: 1 });
    });
  });
}
