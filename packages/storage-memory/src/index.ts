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
  StorageAdapter,
  StoredWriteback,
  WritebackJournal,
} from '@closeout/core';
import { assertNotFrozen, CloseoutError } from '@closeout/core';

/** Options for {@link memoryStorage}. */
export interface MemoryStorageOptions {
  /** Called with every stored session; a hook for tests that count writes. */
  onWrite?: (session: Session) => void;
}

const key = (accountId: string, id: string) => `${accountId}\u0000${id}`;

/**
 * Creates an in-memory store. Each operation runs without awaiting between its read and its write,
 * so it is atomic for every async caller in the process. Values are copied in and out, so a caller
 * holding a returned object cannot change what is stored.
 */
export function memoryStorage(options: MemoryStorageOptions = {}): StorageAdapter {
  const sessions = new Map<string, Session>();
  const settings = new Map<string, AccountSettings>();
  const previews = new Map<string, CachedPreview>();
  const writebacks = new Map<string, StoredWriteback>();
  const locks = new Map<string, Promise<void>>();

  function claimedBy(stored: StoredWriteback | undefined, token: string): stored is StoredWriteback {
    return stored?.claim?.token === token;
  }

  return {
    async insertSession(session) {
      const k = key(session.accountId, session.id);
      if (sessions.has(k)) throw new Error(`session ${session.id} already exists`);
      sessions.set(k, structuredClone(session));
      options.onWrite?.(session);
    },

    async getSession(accountId, sessionId) {
      const found = sessions.get(key(accountId, sessionId));
      return found === undefined ? null : structuredClone(found);
    },

    async updateSession(accountId, sessionId, mutate, guard = { now: Date.now() }) {
      const k = key(accountId, sessionId);
      const current = sessions.get(k);
      if (current === undefined) return null;
      // No await between these reads and the write below: no other caller can interleave, so the
      // freeze is judged on the writeback record as it is when the session is replaced.
      assertNotFrozen(sessionId, writebacks.get(k) ?? null, guard);
      const next = structuredClone(mutate(structuredClone(current)));
      sessions.set(k, next);
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

    async putPreview(accountId, cacheKey, preview) {
      previews.set(key(accountId, cacheKey), structuredClone(preview));
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

    async saveWriteback(accountId, sessionId, token, journal: WritebackJournal) {
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
    },

    async releaseWriteback(accountId, sessionId, token) {
      const k = key(accountId, sessionId);
      const stored = writebacks.get(k);
      if (claimedBy(stored, token)) writebacks.set(k, { journal: stored.journal, claim: null });
    },
  };
}
