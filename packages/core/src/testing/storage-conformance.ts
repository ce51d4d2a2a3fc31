import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountScope, Closeout } from '../closeout.js';
import { createCloseout } from '../closeout.js';
import { CloseoutError } from '../errors.js';
import type { Session } from '../model/session.js';
import type { CachedPreview } from '../previews/types.js';
import type { StorageAdapter } from '../storage/adapter.js';
import type { WritebackJournal } from '../writeback/journal.js';
import { describeWritebackFreeze } from './freeze-conformance.js';
import { lifecycleConformance } from './storage-conformance-lifecycle.js';
import { recoveryConformance } from './storage-conformance-recovery.js';
import { samplePreview } from './storage-samples.js';

/** Options for {@link runStorageConformance}. */
export interface StorageConformanceOptions {
  /** Called once after the suite, e.g. to close a pool. */
  teardown?: (storage: StorageAdapter) => Promise<void> | void;
  /** Concurrent mutations in the lost-update test (default 200). */
  concurrency?: number;
}

let accountSeq = 0;
/** A fresh account per test keeps tests independent on a store shared by the whole suite. */
const freshAccount = (label: string) =>
  `acct-${label}-${Date.now().toString(36)}-${(accountSeq++).toString(36)}`;

const sampleJournal = (): WritebackJournal => ({
  kind: 'resolve',
  text: 'Printer queue restored.',
  basedOnVersion: 3,
  startedAt: new Date(0).toISOString(),
});

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(CloseoutError.isInstance(error), `expected a CloseoutError ${code}, got ${String(error)}`).toBe(
    true,
  );
  expect((error as CloseoutError).code).toBe(code);
}

/**
 * The suite every {@link StorageAdapter} must pass. Call it at the top level of a vitest test file:
 *
 * ```ts
 * runStorageConformance('memory', () => memoryStorage());
 * ```
 *
 * `factory` is called once; tests use fresh account ids so they can share one store.
 */
export function runStorageConformance(
  name: string,
  factory: () => StorageAdapter | Promise<StorageAdapter>,
  options: StorageConformanceOptions = {},
): void {
  const concurrency = options.concurrency ?? 200;

  describe(`storage conformance: ${name}`, () => {
    let storage: StorageAdapter;
    let closeout: Closeout;
    const account = (label: string): AccountScope => closeout.account(freshAccount(label));

    beforeAll(async () => {
      storage = await factory();
      closeout = createCloseout({ storage });
    });
    afterAll(async () => {
      await options.teardown?.(storage);
    });

    describe('sessions', () => {
      it('stores a created session and reads it back as created', async () => {
        const acme = account('create');
        const created = await acme.sessions.create({
          problem: 'VPN drops every 10 minutes',
          ticket: { provider: 'connectwise', id: '4711' },
        });
        expect(created.stateVersion).toBe(1);
        expect(created.status).toBe('open');
        const read = await acme.sessions.get(created.id);
        expect(read).toEqual(created);
        expect(await storage.getSession(acme.accountId, created.id)).toEqual(created);
      });

      it('keeps the language a session was created with, and none when none was given', async () => {
        const acme = account('language');
        const german = await acme.sessions.create({ problem: 'Drucker druckt nicht mehr', language: 'de' });
        expect(german.language).toBe('de');
        expect((await acme.sessions.get(german.id)).language).toBe('de');
        await acme.sessions.addFinding(german.id, { text: 'Warteschlange stoppt nach einer Minute' });
        expect((await storage.getSession(acme.accountId, german.id))?.language).toBe('de');
        const plain = await acme.sessions.create({ problem: 'VPN drops' });
        expect('language' in (await acme.sessions.get(plain.id))).toBe(false);
        await expectCode(acme.sessions.create({ problem: 'x', language: 'xx' as 'de' }), 'VALIDATION_FAILED');
      });

      it('answers null for a missing session', async () => {
        expect(await storage.getSession(freshAccount('missing'), 'ses_nope')).toBeNull();
        expect(await storage.updateSession(freshAccount('missing'), 'ses_nope', (s) => s)).toBeNull();
      });

      it('bumps stateVersion by exactly one per mutation, with the change', async () => {
        const acme = account('bump');
        const s = await acme.sessions.create({ problem: 'Printer offline' });
        const v2 = await acme.sessions.addFinding(s.id, { text: 'Spooler service stopped' });
        expect(v2.stateVersion).toBe(2);
        const v3 = await acme.sessions.recordDecision(s.id, {
          text: 'Restart spooler',
          rationale: 'cheap first step',
        });
        expect(v3.stateVersion).toBe(3);
        const v4 = await acme.sessions.proposeFix(s.id, {
          title: 'Restart the print spooler',
          steps: ['services.msc', 'restart Print Spooler'],
        });
        expect(v4.stateVersion).toBe(4);
        const v5 = await acme.sessions.recordOutcome(s.id, {
          status: 'failed',
          failureReason: 'Spooler stops again after 30s',
        });
        expect(v5.stateVersion).toBe(5);
        const v6 = await acme.sessions.linkTicket(s.id, { provider: 'connectwise', id: '99' });
        expect(v6.stateVersion).toBe(6);
        const stored = await acme.sessions.get(s.id);
        expect(stored.stateVersion).toBe(6);
        expect(stored.findings.map((f) => f.text)).toEqual(['Spooler service stopped']);
        expect(stored.decisions[0]?.rationale).toBe('cheap first step');
        expect(stored.fixes[0]?.status).toBe('failed');
        expect(stored.fixes[0]?.failureReason).toBe('Spooler stops again after 30s');
        expect(stored.ticket).toEqual({ provider: 'connectwise', id: '99' });
      });

      it(`loses no update under ${concurrency} concurrent mutations of one session`, async () => {
        const acme = account('race');
        const s = await acme.sessions.create({ problem: 'Slow logons' });
        const texts = Array.from({ length: concurrency }, (_, i) => `finding ${i}`);
        const results = await Promise.all(texts.map((text) => acme.sessions.addFinding(s.id, { text })));
        const versions = results.map((r) => r.stateVersion).sort((a, b) => a - b);
        // Each write committed its own version: 2, 3, …, concurrency + 1, none twice.
        expect(versions).toEqual(Array.from({ length: concurrency }, (_, i) => i + 2));
        const final = await acme.sessions.get(s.id);
        expect(final.stateVersion).toBe(concurrency + 1);
        expect(final.findings.map((f) => f.text).sort()).toEqual([...texts].sort());
      });

      it('rejects a stale expectedVersion with VERSION_CONFLICT and changes nothing', async () => {
        const acme = account('stale');
        const s = await acme.sessions.create({ problem: 'Disk full on FS01' });
        await acme.sessions.addFinding(s.id, { text: 'D: at 99%' }, { expectedVersion: 1 });
        const before = await acme.sessions.get(s.id);
        await expectCode(
          acme.sessions.addFinding(s.id, { text: 'late' }, { expectedVersion: 1 }),
          'VERSION_CONFLICT',
        );
        expect(await acme.sessions.get(s.id)).toEqual(before);
      });

      it('hides a session from every other account (SESSION_NOT_FOUND on every operation)', async () => {
        const owner = account('owner');
        const other = account('other');
        const s = await owner.sessions.create({ problem: 'Shared mailbox missing' });
        await owner.sessions.proposeFix(s.id, { title: 'Re-add permission' });
        const before = await owner.sessions.get(s.id);
        const attempts: Array<Promise<unknown>> = [
          other.sessions.get(s.id),
          other.sessions.addFinding(s.id, { text: 'x' }),
          other.sessions.recordDecision(s.id, { text: 'x' }),
          other.sessions.proposeFix(s.id, { title: 'x' }),
          other.sessions.recordOutcome(s.id, { status: 'success' }),
          other.sessions.linkTicket(s.id, { provider: 'connectwise', id: '1' }),
        ];
        // Every attempt is already running; mark each as handled so that one rejecting while an
        // earlier one is still awaited (a store with real I/O) is not an unhandled rejection.
        for (const attempt of attempts) attempt.catch(() => undefined);
        for (const attempt of attempts) await expectCode(attempt, 'SESSION_NOT_FOUND');
        expect(await storage.getSession(other.accountId, s.id)).toBeNull();
        expect(await owner.sessions.get(s.id)).toEqual(before);
      });

      it('leaves storage untouched after rejected input', async () => {
        const acme = account('reject');
        const s = await acme.sessions.create({ problem: 'Teams crashes on start' });
        await acme.sessions.proposeFix(s.id, { title: 'Clear Teams cache' });
        const before = await acme.sessions.get(s.id);
        const rejected: Array<[Promise<unknown>, string]> = [
          [acme.sessions.addFinding(s.id, { text: '' }), 'VALIDATION_FAILED'],
          [acme.sessions.addFinding(s.id, { text: 'x'.repeat(100_000) }), 'VALIDATION_FAILED'],
          [acme.sessions.recordOutcome(s.id, { status: 'failed' }), 'VALIDATION_FAILED'],
          [acme.sessions.recordOutcome(s.id, { status: 'partial' }), 'VALIDATION_FAILED'],
          [
            acme.sessions.recordOutcome(s.id, { fixId: 'fix_unknown', status: 'success' }),
            'VALIDATION_FAILED',
          ],
          [acme.sessions.recordOutcome(s.id, { status: 'bogus' as 'success' }), 'VALIDATION_FAILED'],
          [acme.sessions.proposeFix(s.id, { title: '   ' }), 'VALIDATION_FAILED'],
          [acme.sessions.linkTicket(s.id, { provider: '', id: '1' }), 'VALIDATION_FAILED'],
          [acme.sessions.addFinding(s.id, { text: 'ok' }, { expectedVersion: 0 }), 'VALIDATION_FAILED'],
        ];
        for (const [attempt] of rejected) attempt.catch(() => undefined);
        for (const [attempt, code] of rejected) await expectCode(attempt, code);
        expect(await acme.sessions.get(s.id)).toEqual(before);
      });

      it('writes nothing when the mutate function throws', async () => {
        const acme = account('throw');
        const s = await acme.sessions.create({ problem: 'Wi-Fi drops' });
        const boom = new Error('boom');
        await expect(
          storage.updateSession(acme.accountId, s.id, () => {
            throw boom;
          }),
        ).rejects.toBe(boom);
        expect(await storage.getSession(acme.accountId, s.id)).toEqual(s);
      });

      it('returns copies: changing a returned session does not change storage', async () => {
        const acme = account('copy');
        const s = await acme.sessions.create({ problem: 'Copy check' });
        const read = (await storage.getSession(acme.accountId, s.id)) as Session;
        read.problem = 'tampered';
        read.findings.push({ id: 'x', text: 'x', createdAt: read.createdAt });
        expect(await storage.getSession(acme.accountId, s.id)).toEqual(s);
      });
    });

    describe('settings', () => {
      it('starts empty, updates, clears and stays per account', async () => {
        const a = account('settings-a');
        const b = account('settings-b');
        expect(await a.settings.get()).toEqual({});
        await a.settings.update({ resolvedStatusId: 17, escalatedStatusId: '23' });
        expect(await a.settings.get()).toEqual({ resolvedStatusId: '17', escalatedStatusId: '23' });
        await a.settings.update({ escalatedStatusId: null });
        expect(await a.settings.get()).toEqual({ resolvedStatusId: '17' });
        expect(await b.settings.get()).toEqual({});
        await expectCode(a.settings.update({ resolvedStatusId: '' }), 'VALIDATION_FAILED');
        expect(await a.settings.get()).toEqual({ resolvedStatusId: '17' });
      });

      it('keeps the account language, and clears it with null', async () => {
        const a = account('settings-language');
        await a.settings.update({ language: 'ja' });
        expect(await a.settings.get()).toEqual({ language: 'ja' });
        await expectCode(a.settings.update({ language: 'klingon' as 'ja' }), 'VALIDATION_FAILED');
        await a.settings.update({ language: null });
        expect(await a.settings.get()).toEqual({});
      });
    });

    describe('preview cache', () => {
      it('round-trips a preview per account and key', async () => {
        const a = freshAccount('cache-a');
        const b = freshAccount('cache-b');
        expect(await storage.getPreview(a, 'k1')).toBeNull();
        await storage.putPreview(a, 'k1', samplePreview('ses_1', 3));
        expect(await storage.getPreview(a, 'k1')).toEqual(samplePreview('ses_1', 3));
        expect(await storage.getPreview(b, 'k1')).toBeNull();
        expect(await storage.getPreview(a, 'k2')).toBeNull();
      });

      it('round-trips a fallback preview with its fallback, and replaces it under the same key', async () => {
        const a = freshAccount('cache-fallback');
        const fallback: CachedPreview = {
          ...samplePreview('ses_1', 3),
          fallback: {
            from: 'anthropic:claude-sonnet-5-5',
            reason: 'output_invalid',
            violations: [{ code: 'resolution_claim', path: 'summary' }],
          },
        };
        await storage.putPreview(a, 'k1', fallback);
        expect(await storage.getPreview(a, 'k1')).toEqual(fallback);
        await storage.putPreview(a, 'k1', samplePreview('ses_1', 3));
        expect(await storage.getPreview(a, 'k1')).toEqual(samplePreview('ses_1', 3));
      });

      it('keeps previews of one state under different keys side by side', async () => {
        const a = freshAccount('cache-kinds');
        const note = samplePreview('ses_1', 3);
        const pkg: CachedPreview = { ...note, kind: 'escalation_package', markdown: '## Problem' };
        await storage.putPreview(a, 'resolve-key', note);
        await storage.putPreview(a, 'escalate-key', pkg);
        expect(await storage.getPreview(a, 'resolve-key')).toEqual(note);
        expect(await storage.getPreview(a, 'escalate-key')).toEqual(pkg);
      });

      it('withLock lets one holder in at a time and returns its value', async () => {
        const a = freshAccount('lock');
        let inside = 0;
        let maxInside = 0;
        const order: number[] = [];
        const results = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            storage.withLock(a, 'preview:k', async () => {
              inside++;
              maxInside = Math.max(maxInside, inside);
              await new Promise((r) => setTimeout(r, 5));
              order.push(i);
              inside--;
              return i * 2;
            }),
          ),
        );
        expect(maxInside).toBe(1);
        expect(order).toHaveLength(8);
        expect(results).toEqual([0, 2, 4, 6, 8, 10, 12, 14]);
      });

      it('withLock releases the lock when the holder throws', async () => {
        const a = freshAccount('lock-throw');
        await expect(
          storage.withLock(a, 'preview:k', async () => {
            throw new Error('generator down');
          }),
        ).rejects.toThrow('generator down');
        expect(await storage.withLock(a, 'preview:k', async () => 'next')).toBe('next');
      });
    });

    describe('writeback journal', () => {
      it('gives the claim to exactly one of many concurrent claimants', async () => {
        const a = freshAccount('claim');
        const now = Date.now();
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            storage.claimWriteback(a, 'ses_1', { token: `t${i}`, now, leaseMs: 30_000 }),
          ),
        );
        expect(results.filter((r) => r.acquired)).toHaveLength(1);
        for (const r of results) if (!r.acquired) expect(r.expiresAt).toBe(now + 30_000);
      });

      it('saves and reads a journal under the claim, and keeps it after release', async () => {
        const a = freshAccount('journal');
        const now = Date.now();
        expect(await storage.getWriteback(a, 'ses_1')).toBeNull();
        const claim = await storage.claimWriteback(a, 'ses_1', { token: 'tok', now, leaseMs: 30_000 });
        expect(claim).toEqual({ acquired: true, journal: null });
        const journal = { ...sampleJournal(), noteAttemptedAt: new Date(now).toISOString(), noteId: '555' };
        await storage.saveWriteback(a, 'ses_1', 'tok', journal);
        expect(await storage.getWriteback(a, 'ses_1')).toEqual({
          journal,
          claim: { token: 'tok', expiresAt: now + 30_000 },
        });
        await storage.releaseWriteback(a, 'ses_1', 'tok');
        expect(await storage.getWriteback(a, 'ses_1')).toEqual({ journal, claim: null });
        // A retry claims at once after a release and sees the journal.
        const retry = await storage.claimWriteback(a, 'ses_1', { token: 'tok2', now, leaseMs: 30_000 });
        expect(retry).toEqual({ acquired: true, journal });
      });

      it('lets another claimant take over only after the lease expires', async () => {
        const a = freshAccount('lease');
        const now = Date.now();
        await storage.claimWriteback(a, 'ses_1', { token: 'crashed', now, leaseMs: 1_000 });
        await storage.saveWriteback(a, 'ses_1', 'crashed', sampleJournal());
        expect(
          await storage.claimWriteback(a, 'ses_1', { token: 'next', now: now + 999, leaseMs: 1_000 }),
        ).toEqual({
          acquired: false,
          expiresAt: now + 1_000,
        });
        const taken = await storage.claimWriteback(a, 'ses_1', {
          token: 'next',
          now: now + 1_000,
          leaseMs: 1_000,
        });
        expect(taken).toEqual({ acquired: true, journal: sampleJournal() });
        // The crashed claimant can no longer write, and its release does not free the new claim.
        await expectCode(
          storage.saveWriteback(a, 'ses_1', 'crashed', { ...sampleJournal(), noteId: 'dup' }),
          'WRITEBACK_IN_PROGRESS',
        );
        await storage.releaseWriteback(a, 'ses_1', 'crashed');
        expect((await storage.getWriteback(a, 'ses_1'))?.claim?.token).toBe('next');
        expect((await storage.getWriteback(a, 'ses_1'))?.journal).toEqual(sampleJournal());
      });

      it('renews a claim for its holder', async () => {
        const a = freshAccount('renew');
        const now = Date.now();
        await storage.claimWriteback(a, 'ses_1', { token: 'tok', now, leaseMs: 1_000 });
        const renewed = await storage.claimWriteback(a, 'ses_1', {
          token: 'tok',
          now: now + 500,
          leaseMs: 1_000,
        });
        expect(renewed.acquired).toBe(true);
        expect((await storage.getWriteback(a, 'ses_1'))?.claim).toEqual({
          token: 'tok',
          expiresAt: now + 1_500,
        });
      });

      it('keeps journals per account', async () => {
        const a = freshAccount('journal-a');
        const b = freshAccount('journal-b');
        const now = Date.now();
        await storage.claimWriteback(a, 'ses_1', { token: 'tok', now, leaseMs: 30_000 });
        await storage.saveWriteback(a, 'ses_1', 'tok', sampleJournal());
        expect(await storage.getWriteback(b, 'ses_1')).toBeNull();
        const other = await storage.claimWriteback(b, 'ses_1', { token: 'tok-b', now, leaseMs: 30_000 });
        expect(other).toEqual({ acquired: true, journal: null });
        await expectCode(storage.saveWriteback(b, 'ses_1', 'tok', sampleJournal()), 'WRITEBACK_IN_PROGRESS');
      });
    });

    describeWritebackFreeze(() => storage, freshAccount);
    lifecycleConformance(() => storage, freshAccount);
    recoveryConformance(() => storage, freshAccount);
  });
}
