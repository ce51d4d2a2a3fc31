import { describe, expect, it } from 'vitest';
import { createCloseout } from '../closeout.js';
import type { StorageAdapter } from '../storage/adapter.js';
import type { WritebackJournal } from '../writeback/journal.js';

const journal = (startedAt: string, extra: Partial<WritebackJournal> = {}): WritebackJournal => ({
  kind: 'resolve',
  text: 'Printer queue restored.',
  basedOnVersion: 1,
  startedAt,
  ...extra,
});

/**
 * `listUnfinishedWritebacks`, the storage side of `recoverWritebacks`: pinned journals of every
 * account whose claim is released or expired, oldest first. Part of `runStorageConformance`; the
 * store is shared with other tests, so only this test's accounts are looked at.
 */
export function recoveryConformance(
  getStorage: () => StorageAdapter,
  freshAccount: (label: string) => string,
): void {
  describe('unfinished writebacks across accounts', () => {
    it('lists pinned journals nobody holds, across accounts, oldest first, and nothing else', async () => {
      const storage = getStorage();
      const list = storage.listUnfinishedWritebacks?.bind(storage);
      expect(list, 'the store implements listUnfinishedWritebacks').toBeTypeOf('function');
      if (list === undefined) return;
      const closeout = createCloseout({ storage });
      const [a, b] = [freshAccount('recover-a'), freshAccount('recover-b')];
      const create = async (account: string) =>
        (await closeout.account(account).sessions.create({ problem: 'Printer offline' })).id;
      const now = Date.now();
      const pinnedAt = new Date(now - 60_000).toISOString();

      // Crashed: its lease (1 s) is still on at now + 500, over at now + 1000.
      const crashed = await create(a);
      await storage.claimWriteback(a, crashed, { token: 'crashed', now, leaseMs: 1_000 });
      await storage.saveWriteback(
        a,
        crashed,
        'crashed',
        journal('2026-01-02T00:00:00.000Z', { noteAttemptedAt: pinnedAt }),
      );
      // Failed and released in another account, and older: it comes first.
      const released = await create(b);
      await storage.claimWriteback(b, released, { token: 'failed', now, leaseMs: 60_000 });
      await storage.saveWriteback(
        b,
        released,
        'failed',
        journal('2026-01-01T00:00:00.000Z', { noteAttemptedAt: pinnedAt, noteId: '9001' }),
      );
      await storage.releaseWriteback(b, released, 'failed');
      // Not pinned (nothing left the process), and complete: never listed.
      const fresh = await create(a);
      await storage.claimWriteback(a, fresh, { token: 'fresh', now, leaseMs: 1 });
      await storage.saveWriteback(a, fresh, 'fresh', journal('2026-01-01T00:00:00.000Z'));
      const complete = await create(b);
      await storage.claimWriteback(b, complete, { token: 'done', now, leaseMs: 1 });
      await storage.saveWriteback(
        b,
        complete,
        'done',
        journal('2026-01-01T00:00:00.000Z', {
          noteAttemptedAt: pinnedAt,
          noteId: '1',
          finalizedAt: pinnedAt,
        }),
      );

      const mine = async (at: number) =>
        (await list({ now: at, limit: 1_000 }))
          .filter((u) => u.accountId === a || u.accountId === b)
          .map((u) => [u.accountId, u.sessionId]);
      expect(await mine(now + 500)).toEqual([[b, released]]);
      expect(await mine(now + 1_000)).toEqual([
        [b, released],
        [a, crashed],
      ]);
      const listed = (await list({ now: now + 1_000, limit: 1_000 })).find((u) => u.sessionId === released);
      expect(listed?.journal).toMatchObject({ kind: 'resolve', noteId: '9001', noteAttemptedAt: pinnedAt });
      expect(await list({ now: now + 1_000, limit: 1 })).toHaveLength(1);

      // Taken again, it is off the list until that lease ends too.
      await storage.claimWriteback(a, crashed, { token: 'recovering', now: now + 1_000, leaseMs: 1_000 });
      expect(await mine(now + 1_500)).toEqual([[b, released]]);
    });
  });
}
