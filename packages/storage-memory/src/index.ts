/**
 * `@closeout/storage-memory`: an in-process {@link StorageAdapter} for tests, demos and hosts that
 * run a single instance and can lose their sessions on restart.
 *
 * @packageDocumentation
 */

import type {
  AccountSettings,
  CachedPreview,
  Session,
  SessionEvent,
  SessionSummary,
  StorageAdapter,
  StorageListQuery,
  StoredWriteback,
  UnfinishedWriteback,
  WritebackJournal,
} from '@closeout/core';
import { assertNotFrozen, CloseoutError, isPinned, summarizeSession } from '@closeout/core';
import { freezeDeep } from './freeze.js';

/** Options for {@link memoryStorage}. */
export interface MemoryStorageOptions {
  /** Called with every stored session; a hook for tests that count writes. */
  onWrite?: (session: Session) => void;
}

const key = (accountId: string, id: string) => `${accountId}\u0000${id}`;

/** Newest first, ties by id descending: the order `listSessions` answers in. */
const newestFirst = (a: SessionSummary, b: SessionSummary) =>
  a.updatedAt === b.updatedAt ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.updatedAt < b.updatedAt ? 1 : -1;

function matches(s: SessionSummary, q: StorageListQuery): boolean {
  if (q.ticket !== undefined && (s.ticket?.provider !== q.ticket.provider || s.ticket.id !== q.ticket.id)) {
    return false;
  }
  if (q.statuses !== undefined && !q.statuses.includes(s.status)) return false;
  if (q.updatedAfter !== undefined && !(s.updatedAt > q.updatedAfter)) return false;
  if (q.updatedBefore !== undefined && !(s.updatedAt < q.updatedBefore)) return false;
  if (q.after !== undefined && newestFirst(s, { ...s, updatedAt: q.after.updatedAt, id: q.after.id }) <= 0) {
    return false;
  }
  return true;
}
/**
 * Creates an in-memory store. Each operation runs without awaiting between its read and its write,
 * so it is atomic for every async caller in the process. Values are copied in and out, so a caller
 * holding a returned object cannot change what is stored.
 *
 * A stored session is a frozen snapshot. A mutation is applied to it directly (core's transitions
 * build a new session and share the parts they leave alone), the result is frozen where it is new,
 * and the caller gets one copy: a mutation costs one copy of the session, however long it grows.
 */
export function memoryStorage(options: MemoryStorageOptions = {}): StorageAdapter {
  const sessions = new Map<string, Session>();
  const settings = new Map<string, AccountSettings>();
  const previews = new Map<string, CachedPreview>();
  const writebacks = new Map<string, StoredWriteback>();
  const locks = new Map<string, Promise<void>>();
  const histories = new Map<string, SessionEvent[]>();

  const append = (k: string, events: readonly SessionEvent[] | undefined) => {
    if (events === undefined || events.length === 0) return;
    const list = histories.get(k) ?? [];
    for (const event of events) list.push(structuredClone(event));
    histories.set(k, list);
  };

  /** Everything of one session, gone in one synchronous step. */
  const removeSession = (accountId: string, sessionId: string) => {
    const k = key(accountId, sessionId);
    sessions.delete(k);
    writebacks.delete(k);
    histories.delete(k);
    for (const [pk, preview] of previews) {
      if (pk.startsWith(`${accountId}\u0000`) && preview.sessionId === sessionId) previews.delete(pk);
    }
  };

  function claimedBy(stored: StoredWriteback | undefined, token: string): stored is StoredWriteback {
    return stored?.claim?.token === token;
  }

  return {
    async insertSession(session, history) {
      const k = key(session.accountId, session.id);
      if (sessions.has(k)) throw new Error(`session ${session.id} already exists`);
      sessions.set(k, freezeDeep(structuredClone(session)));
      append(k, history);
      options.onWrite?.(session);
    },

    async getSession(accountId, sessionId) {
      const found = sessions.get(key(accountId, sessionId));
      return found === undefined ? null : structuredClone(found);
    },

    async updateSession(accountId, sessionId, mutate, guard = { now: Date.now() }, history) {
      const k = key(accountId, sessionId);
      const current = sessions.get(k);
      if (current === undefined) return null;
      // No await between these reads and the write below: no other caller can interleave, so the
      // freeze is judged on the writeback record as it is when the session is replaced.
      assertNotFrozen(sessionId, writebacks.get(k) ?? null, guard);
      // `current` is frozen, so a transition that tried to change it in place would throw here
      // rather than alter the stored session behind a call that then fails.
      const next = freezeDeep(mutate(current));
      const entries = history?.(next);
      sessions.set(k, next);
      append(k, entries);
      options.onWrite?.(next);
      return structuredClone(next);
    },

    async getSettings(accountId) {
      return structuredClone(settings.get(accountId) ?? {});
    },

    async updateSettings(accountId, mutate) {
      const next = structuredClone(mutate(structuredClone(settings.get(accountId) ?? {})));
      settings.set(accountId, next);
      return structuredClone(next);
    },

    async getPreview(accountId, cacheKey) {
      const found = previews.get(key(accountId, cacheKey));
      return found === undefined ? null : structuredClone(found);
    },

    async putPreview(accountId, cacheKey, preview, history) {
      previews.set(key(accountId, cacheKey), structuredClone(preview));
      if (sessions.has(key(accountId, preview.sessionId))) append(key(accountId, preview.sessionId), history);
    },

    async listSessions(accountId, query) {
      const prefix = `${accountId}\u0000`;
      const found: SessionSummary[] = [];
      for (const [k, session] of sessions) {
        if (!k.startsWith(prefix)) continue;
        const summary = summarizeSession(session);
        if (matches(summary, query)) found.push(summary);
      }
      return structuredClone(found.sort(newestFirst).slice(0, query.limit));
    },

    async deleteSession(accountId, sessionId, { now }) {
      const k = key(accountId, sessionId);
      if (!sessions.has(k)) return { deleted: false, reason: 'not_found' };
      const claim = writebacks.get(k)?.claim;
      if (claim != null && claim.expiresAt > now) {
        return { deleted: false, reason: 'writeback_in_progress', expiresAt: claim.expiresAt };
      }
      removeSession(accountId, sessionId);
      return { deleted: true };
    },

    async getHistory(accountId, sessionId) {
      return structuredClone(histories.get(key(accountId, sessionId)) ?? []);
    },

    async appendHistory(accountId, sessionId, events) {
      const k = key(accountId, sessionId);
      if (sessions.has(k)) append(k, events);
    },

    async purgeFinalizedBefore(accountId, before) {
      const prefix = `${accountId}\u0000`;
      const doomed = [...sessions.entries()]
        .filter(([k, s]) => k.startsWith(prefix) && s.status !== 'open' && s.updatedAt < before)
        .map(([, s]) => s.id);
      for (const id of doomed) removeSession(accountId, id);
      return doomed.length;
    },

    async purgeStalePreviews(accountId) {
      const prefix = `${accountId}\u0000`;
      let deleted = 0;
      for (const [pk, preview] of previews) {
        if (!pk.startsWith(prefix)) continue;
        const session = sessions.get(key(accountId, preview.sessionId));
        if (session === undefined || preview.stateVersion < session.stateVersion) {
          previews.delete(pk);
          deleted++;
        }
      }
      return deleted;
    },

    async withLock(accountId, name, fn) {
      const k = key(accountId, name);
      const previous = locks.get(k) ?? Promise.resolve();
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const tail = previous.then(() => held);
      locks.set(k, tail);
      await previous;
      try {
        return await fn();
      } finally {
        release();
        // Forget the chain once nobody queued behind us, so the map does not grow without bound.
        if (locks.get(k) === tail) locks.delete(k);
      }
    },

    async getWriteback(accountId, sessionId) {
      const found = writebacks.get(key(accountId, sessionId));
      return found === undefined ? null : structuredClone(found);
    },

    async claimWriteback(accountId, sessionId, { token, now, leaseMs }) {
      const k = key(accountId, sessionId);
      const stored = writebacks.get(k) ?? { journal: null, claim: null };
      const claim = stored.claim;
      if (claim !== null && claim.token !== token && claim.expiresAt > now) {
        return { acquired: false, expiresAt: claim.expiresAt };
      }
      writebacks.set(k, { journal: stored.journal, claim: { token, expiresAt: now + leaseMs } });
      return { acquired: true, journal: structuredClone(stored.journal) };
    },

    async saveWriteback(accountId, sessionId, token, journal: WritebackJournal, history) {
      const k = key(accountId, sessionId);
      const stored = writebacks.get(k);
      if (!claimedBy(stored, token)) {
        throw new CloseoutError(
          'WRITEBACK_IN_PROGRESS',
          `Another writeback of session ${sessionId} took over`,
          {
            details: { sessionId },
          },
        );
      }
      writebacks.set(k, { journal: structuredClone(journal), claim: stored.claim });
      if (sessions.has(k)) append(k, history);
    },

    async listUnfinishedWritebacks({ now, limit }) {
      const found: UnfinishedWriteback[] = [];
      for (const [k, stored] of writebacks) {
        const session = sessions.get(k);
        if (session === undefined || session.status !== 'open' || !isPinned(stored)) continue;
        if (stored.claim !== null && stored.claim.expiresAt > now) continue;
        found.push({
          accountId: session.accountId,
          sessionId: session.id,
          journal: structuredClone(stored.journal as WritebackJournal),
        });
      }
      const order = (u: UnfinishedWriteback) =>
        `${u.journal.startedAt}\u0000${u.accountId}\u0000${u.sessionId}`;
      return found.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0)).slice(0, limit);
    },

    async releaseWriteback(accountId, sessionId, token) {
      const k = key(accountId, sessionId);
      const stored = writebacks.get(k);
      if (claimedBy(stored, token)) writebacks.set(k, { journal: stored.journal, claim: null });
    },
  };
}
