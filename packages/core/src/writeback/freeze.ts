import type { StoredWriteback } from '../storage/adapter.js';
import { writebackInProgress } from './errors.js';

/**
 * Who is changing a session, as {@link StorageAdapter.updateSession} needs to know to honour the
 * writeback freeze.
 */
export interface SessionWriteGuard {
  /** The writer's clock in epoch ms; a writeback claim whose lease ends after it is live. */
  now: number;
  /** The writeback claim the writer holds: a writeback finalizing the session it froze. */
  claimToken?: string;
}

/**
 * True when the journal records a note POST that may have reached the PSA and the writeback has
 * not finished: the note on the ticket describes the state it was drafted from, so that state
 * must not change until the writeback is finished or proven not to have posted.
 */
export function isPinned(writeback: StoredWriteback | null): boolean {
  const journal = writeback?.journal;
  return journal != null && journal.noteAttemptedAt !== undefined && journal.finalizedAt === undefined;
}

/**
 * The writeback freeze: throws `WRITEBACK_IN_PROGRESS` (and so writes nothing) when `writeback`,
 * the session's writeback record read in the same atomic step as the session, forbids the writer
 * from changing the session:
 *
 * - another token holds a live claim (`expiresAt > guard.now`): a writeback is under way, reason
 *   `claimed`. A crashed writeback's claim ends with its lease;
 * - the journal is pinned ({@link isPinned}) and the writer does not hold the claim: a note that
 *   may be on the ticket describes the current state, reason `unfinished`; retrying that writeback
 *   finishes it, or proves nothing was stored and unpins it.
 *
 * Storage adapters call it inside {@link StorageAdapter.updateSession}; see that method for the
 * atomicity it needs.
 */
export function assertNotFrozen(
  sessionId: string,
  writeback: StoredWriteback | null,
  guard: SessionWriteGuard,
): void {
  const claim = writeback?.claim ?? null;
  const holds = claim !== null && guard.claimToken !== undefined && claim.token === guard.claimToken;
  if (holds) return;
  if (claim !== null && claim.expiresAt > guard.now) {
    throw writebackInProgress(sessionId, 'claimed', { expiresAt: claim.expiresAt });
  }
  if (writeback !== null && isPinned(writeback) && writeback.journal !== null) {
    throw writebackInProgress(sessionId, 'unfinished', { journal: writeback.journal });
  }
}
